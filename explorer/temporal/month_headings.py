"""A year told month by month under headings: a garden's, a club's or a council's year in review.

"January", "February", ... each a line of its own over what happened in it, written at the end of the
year or just after it. A heading month read alone is the one nearest the page: written in December,
"January" and "February" were the coming ones, and the review's first months ran into the next year,
past the page's own date. Headings in calendar order that end by the page's month are the months of
the year the page is in; ending after it, of the year before (a review of 2025 published in January
2026). A programme of months ahead ("The winter season" with "January: a talk on ...") is told in the
future and keeps its nearest months.

A review may instead name its year in its headline ("Annual Report 2023", "2023 in review", "Our
year: 2023") and tell the months in running text: published in February 2024, its "On 3 January two
walkers lost their way" is 2023's January, not the page's (:func:`headline_year_reviewed`).
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.grammar.blocks import MON_FULL, month_number

#: a month's name alone on its line, a colon after it at most: a section's heading
_MONTH_LINE = re.compile(rf"(?m)^[ \t]*(?P<mon>{MON_FULL})[ \t]*:?[ \t]*$")
#: how many month headings make a year told month by month (two could be any two sections)
_MIN_HEADINGS = 3
#: a headline that names the one year it reviews: "Annual Report 2023", "Review of 2023", "2023 in
#: review", "Our year: 2023", "Yearbook 2023", "2023 annual review", "Highlights of 2023"
_REVIEW_HEADLINE = re.compile(
    r"(?i)^(?=.*\b(?:annual\s+(?:report|review|return|summary)|yearbook|in\s+review|review\s+of|our\s+year|"
    r"(?:the\s+)?year\s+in|highlights\s+of|round-?up\s+of|report\s+for)\b)(?!.*\b\d{4}\b.*\b\d{4}\b)[^.!?\n]*?\b(?P<y>1[89]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)[^.!?\n]*$")
#: how many lines from the top the headline may stand (a kicker or a logo line may come first)
_HEADLINE_LINES = 3


def month_headings(text: str) -> list[tuple[int, int]]:
    """Where each month heading starts and the month it names, in text order."""
    return [(m.start("mon"), month_number(m["mon"])) for m in _MONTH_LINE.finditer(text)]


def reviewed_year(text: str, page: date) -> int | None:
    """The year a review under month headings in calendar order tells, seen from the page's date:
    the page's year when the last heading's month has begun by the page, else the year before. None
    when the text has fewer than three month headings or they are not in calendar order."""
    months = [month for _, month in month_headings(text)]
    if len(months) < _MIN_HEADINGS or any(b <= a for a, b in zip(months, months[1:])):
        return None
    return page.year if months[-1] <= page.month else page.year - 1


def headline_year_reviewed(text: str) -> int | None:
    """The year a review names in its headline, among the first lines: one year, with a word of
    reviewing ("annual", "review", "our year"). None for any other headline, a range of years
    included ("Report 2022-2023", "Annual Report 2024-25" review no one year)."""
    lines = [line for line in text.lstrip().splitlines()[:_HEADLINE_LINES * 2] if line.strip()][:_HEADLINE_LINES]
    for line in lines:
        if len(line) <= 90 and (m := _REVIEW_HEADLINE.match(line.strip())):
            return int(m["y"])
    return None


def is_month_heading(text: str, start: int) -> bool:
    """Whether a month heading starts at ``start``."""
    return any(at == start for at, _ in month_headings(text))


__all__ = ["headline_year_reviewed", "is_month_heading", "month_headings", "reviewed_year"]
