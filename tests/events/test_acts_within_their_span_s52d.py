"""An undated act whose clause closes on a span ("rejected it within a week", "picked the story up within
days") ends where the span ends, counted from its first day (session 52, h52d; ``within_spans``). Dated by
the story's day and bounded by the next date told, such acts had run a month or more on (in the readable and
opened parts, five writers' sets: "The royal council recognised Casimir within a week" after 3 March 1684 was
3–31 March, "Newspapers picked the story up within days" after 12 March 2019 ran to the end of May). Our own
sentences; each failed before (the guards marked).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


#: the page's date: after the stories below, as a news page retelling them is
_PAGE = date(2028, 11, 20)


def _span(text: str, words: str) -> tuple[str, str]:
    found = [e for e in events_of(text, _PAGE) if words in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events_of(text, _PAGE)]
    return str(found[0].begin), str(found[0].end)


@pytest.mark.parametrize("text,words,span", [
    ("The town council made a written offer of £2 million for the old mill on 9 April 2027. The owners rejected it "
     "within a week, saying the price was too low. The council raised its offer in June.", "reject it",
     ("2027-04-09", "2027-04-16")),
    ("The ferry Marit ran aground off Skarra on 2 October 2027. Her owners sold the wreck within days, saying repairs "
     "would cost too much. A new ferry arrived in December.", "sell the wreck", ("2027-10-02", "2027-10-09")),
    ("The club made a written offer of £4 million on 3 July 2027. The striker's club rejected it within a fortnight, "
     "saying he was not for sale. The club made a second offer in September.", "rejects it",
     ("2027-07-03", "2027-07-17")),
])
def test_an_act_ends_where_its_span_ends(text: str, words: str, span: tuple[str, str]) -> None:
    assert _span(text, words) == span


@pytest.mark.parametrize("text,words", [
    # guards: "within a week of" counts from its own anchor; a month counted from a first of the month, which may
    # stand for the whole month; no length ("within weeks")
    ("The town council made a written offer for the old mill on 9 April 2027. The owners rejected it within a week "
     "of the auction, saying the price was too low. The council raised its offer in June.", "reject it"),
    ("The town council made a written offer for the old mill on 1 April 2027. The owners rejected it within a month, "
     "saying the price was too low. The council raised its offer in June.", "reject it"),
    ("The ferry Marit ran aground off Skarra on 2 October 2027. Her owners sold the wreck within weeks, saying "
     "repairs would cost too much. A new ferry arrived in December.", "sell the wreck"),
])
def test_a_span_that_counts_from_elsewhere_leaves_the_act_as_it_was(text: str, words: str) -> None:
    found = [e for e in events_of(text, _PAGE) if words in e.title.lower()]
    assert found and all("of its first day" not in e.derivation for e in found), [(e.title, e.derivation) for e in found]
