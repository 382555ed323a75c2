"""A spokesman's word to the press dated by its telling (issue 12, session 56, event precision): "told
analysts on a conference call Tuesday morning that …", "told a press conference at 11:30 that …" date
the telling, which a reader does not list (``press_briefings.told_the_press_then``: the role "press
briefing"). What the words tell keeps its own date, and evidence given to a court stays. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import date_role_of, events_of

_DAY = date(2026, 3, 12)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The chief executive, Dana Cole, told analysts on a conference call Tuesday morning that fuel had cost "
     "the airline 90 cents a gallon.", "Tuesday morning"),
    ("The governor told a press conference at 11:30 that five members had backed the hold.", "11:30"),
    ("The port's director told journalists in Harwick on Monday that cargo volumes were falling.", "Monday"),
    ("Its founder briefed investors on a call at 8am on Thursday.", "8am"),
    ("Its founder briefed investors on a call at 8am on Thursday.", "Thursday"),
])
def test_a_telling_to_the_press_dates_no_happening(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "press briefing"
    assert date_text not in [e.timex for e in events_of("Markets\n\n" + sentence, _DAY)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    # (guards: what the words tell keeps its date; a meeting before the telling; evidence given to a court)
    ("An army spokesman told reporters in the capital that troops had withdrawn on Wednesday evening.",
     "Wednesday evening"),
    ("After a meeting with the minister on Friday, she told reporters that the deal was fair.", "Friday"),
    ("The witness told the court on Monday that she had seen the car.", "Monday"),
])
def test_what_the_words_tell_or_evidence_given_keeps_its_date(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) != "press briefing"
    assert date_text in [e.timex for e in events_of("News\n\n" + sentence, _DAY)]
