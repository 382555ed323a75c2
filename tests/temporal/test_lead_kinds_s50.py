"""Dates the lead found wrong in session fifty on probe pages of its own (a submarine's service history
with no publication date): sentences written for the test, none from the sample, the gold set or a
corpus."""

from __future__ import annotations

import pytest

from explorer.temporal.tagger import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, None)}


@pytest.mark.parametrize(
    "text, day",
    [
        # the narrator's "will" speaks from the page's own day, which an undated page does not give: no
        # year from the story's last one
        ("The Hollin lifeboat was launched in May 1931 and retired in 1968. A collector bought her in 1994. "
         "The town will hold a parade for her on 14 June.", "14 June"),
        ("The mill opened in 1820 and closed in 1962. Volunteers restored the wheel in 2001. The society "
         "will open the mill to visitors in April.", "April"),
        ("Bishop Alric founded the priory in 1120. The last canons left in 1538. The trust'll celebrate "
         "the founding on 3 October.", "3 October"),
        ("The regiment was raised in 1794 and disbanded in 1922. Its colours hang in the cathedral, where "
         "the association shall lay a wreath on 11 November.", "11 November"),
    ],
)
def test_a_narrators_future_in_an_undated_page_takes_no_story_year(text, day) -> None:
    assert _values(text)[day].startswith("XXXX")


@pytest.mark.parametrize(
    "text, day, value",
    [
        # a story's future in the past keeps the story's time
        ("The mill closed in 1962. In 1963 the owners said they would reopen it on 1 May.", "1 May", "1963-05-01"),
        # a "will" in quoted speech is the speaker's, told in the story's year
        ('The mill closed in 1962. Its owner told the paper in 1963: "We will reopen on 1 May."', "1 May",
         "1963-05-01"),
        # a past told after the story's year keeps that year
        ("The mill closed in 1962. Volunteers restored the wheel in 2001 and reopened it on 1 May.", "1 May",
         "2001-05-01"),
    ],
)
def test_story_futures_keep_the_story_year(text, day, value) -> None:
    assert _values(text)[day] == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a subject's verb in the simple present or the present progressive with a month ahead tells an
        # arrangement: the month to come, not the one gone (told on 4 March 2024)
        ("Her son joins the army in September.", "2024-09"),
        ("The bakery moves to new premises in October.", "2024-10"),
        ("Her eldest daughter starts medicine at Edinburgh in September.", "2024-09"),
        ("Dr Lowe is taking up the post in August.", "2024-08"),
        ("She retires from the bench on 12 August.", "2024-08-12"),
        # the past, a modal or an "-ing" opener is no arrangement
        ("Her son joined the army in September.", "2023-09"),
        ("Rising prices in September hurt the firm.", "2023-09"),
    ],
)
def test_a_present_arrangement_looks_ahead(sentence, value) -> None:
    from datetime import date

    got = {t.text: t.value for t in tag("Report\n\n" + sentence, date(2024, 3, 4))}
    month = next(k for k in got if k[0].isdigit() or k[0].isupper())
    assert got[month] == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a relative clause's past ("who retired in December") dates its month, whatever the main
        # clause's future (told on 9 January 2026)
        ("She will succeed Lord Finnegan, who retired in December.", "2025-12"),
        ("The new head will replace Ms Okafor, who retired in November after a decade.", "2025-11"),
        ("The firm will take over the site from Harlow Foods, which closed it in October.", "2025-10"),
        # (guards) an aside closed before the month leaves the future its own; a plain future looks ahead
        ("The council will open the depot, which is finished, in December.", "2026-12"),
        ("She will retire in December.", "2026-12"),
    ],
)
def test_a_relative_clauses_past_under_a_future(sentence, value) -> None:
    from datetime import date

    got = {t.text: t.value for t in tag("Report\n\n" + sentence, date(2026, 1, 9))}
    month = next(k for k in got if k in ("December", "November", "October"))
    assert got[month] == value


@pytest.mark.parametrize(
    "text, step, value",
    [
        # a step forward after a range counts from where the range ends; a step back from where it begins
        ("He served in the navy between 1940 and 1946 and became a teacher two years later.", "two years later",
         "1948"),
        ("She worked at the mill from March to June 2001 and left for Leeds a month later.", "a month later",
         "2001-07"),
        ("The delegates met from 3 to 5 May 2001 and signed the treaty two days later.", "two days later",
         "2001-05-07"),
        ("The war lasted from 1914 to 1918; two years earlier the old king had died.", "two years earlier", "1912"),
    ],
)
def test_a_step_after_a_range(text, step, value) -> None:
    assert _values(text)[step] == value


def test_a_headlines_present_is_no_arrangement() -> None:
    # a headline tells done news in the present; a reported month is the one gone
    from datetime import date

    text = "Bakery sales rise in May\n\nSales at the town's bakeries rose 4 percent in May, the guild said on Monday."
    assert [t.value for t in tag(text, date(2024, 6, 20)) if t.text == "May"] == ["2024-05", "2024-05"]
