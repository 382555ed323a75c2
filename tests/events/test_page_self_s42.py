"""A page speaking of itself (issue 12, session forty-two, event precision): its own coverage ("Our full
report will be online this evening", "More in our Saturday edition"), its notice's upkeep ("This notice
will be updated on Monday 3 March"), its credit line ("Compiled by R. Holm, 14.02.2021") or a pointing opening before the story it tells ("Here is how the
week unfolded", "Which brings us to last Friday") tells no happening (``page_self.speaks_of_the_page``).
Another's report, a next issue announced with a doer of its own, and a happening after a time stamp
stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.page_self import speaks_of_the_page
from tests.events.extracted_events import events_of

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize("sentence", [
    "Our full report will be online this evening.",
    "More pictures and all the results in our Saturday edition.",
    "That's where we'll leave our live coverage for today.",
    "This notice will be updated on Monday 3 March.",
    "Here is how the week unfolded, day by day.",
    "Which brings us to last Friday.",
    "21:05 — That's all for tonight.",
    # the page's credit or currency line
    "Compiled by R. Holm and T. Vane, 14.02.2021.",
    "Prepared by the records office | Current through March 31, 2024",
    "Transcript of a conversation recorded for the village archive on 9 May 2023.",
    # session 56: the next of the page's own numbered series, the call for its copy, its own publication
    "Works bulletin No. 7 will be published in September.",
    "Progress report No. 22, covering May, will be issued on 9 July 2025.",
    "Copy for the autumn issue by 5pm on Friday 11 July, please.",
])
def test_the_page_speaking_of_itself_is_no_event(sentence: str) -> None:
    events = events_of(sentence, _DAY)
    assert not [e for e in events if e.timex], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The inquiry will publish its report on 30 September.", "report"),
    ("The committee will hear a full report at its meeting on 19 November.", "report"),
    ("The ferry reached the harbour at 9pm, our reporter said.", "ferry"),
    ("21:05 — Police have closed the bridge.", "bridge"),
    # a participle opening a sentence with a subject of its own
    ("Compiled by monks in the 1120s, the chronicle was printed in 1890.", "compiled"),
    ("Compiled by monks in the 1120s, the chronicle was printed in 1890.", "print"),
    # (guards, session 56: another's numbered report, and a story's report told in a sentence)
    ("The inquiry's report will be published on 30 September.", "report"),
    ("The council said this report was published in March after two years of work.", "report"),
])
def test_another_s_report_or_a_happening_stays(sentence: str, word: str) -> None:
    events = events_of(sentence, _DAY)
    assert [e for e in events if word in e.title.lower()], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("title", "sentence", "speaks"), [
    ("Our full report will be online", "Our full report will be online tonight.", True),
    ("Which brings us", "Which brings us to Monday.", True),
    ("The board will publish its report", "The board will publish its report in May.", False),
    ("We publish our annual report", "We published our annual report in May.", False),
])
def test_speaks_of_the_page(title: str, sentence: str, speaks: bool) -> None:
    assert speaks_of_the_page(title, sentence) is speaks


def test_the_page_s_own_publication_in_its_timeline_is_no_event() -> None:
    """"2025-06-19  This notice published." closing a notice's timeline (session 56): the page's own
    telling; the timeline's other entries stay."""
    page = ("Timeline\n\n2025-06-02  Patch sent to the reporter.\n2025-06-18  Version 2.1 released.\n"
            "2025-06-19  This notice published.")
    timexes = [e.timex for e in events_of(page, _DAY) if e.timex]
    assert timexes == ["2025-06-02", "2025-06-18"], timexes
