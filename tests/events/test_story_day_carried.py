"""An undated act told after a sentence dated to one day, with no later date near, takes that day
(session eighteen, event dates: ``story_day.undated_acts_on_the_story_day``).

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _event(text: str, word: str):
    events = extract_document(Document("a.txt", text, "A")).events
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end, e.derivation) for e in events]
    return found[0]


@pytest.mark.parametrize("text, word, day", [
    ("Lift failure at Marlow Tower\n\nPublished 12 May 2026\n\nOn 3 May 2026 a lift at Marlow Tower stopped "
     "between two floors with six people inside. The caretaker pressed the alarm. Engineers freed the "
     "passengers through the roof hatch.", "free", date(2026, 5, 3)),
    ("Statement of a witness\n\nDated 20 October 2025\n\nOn 14 October 2025 I was waiting at the bus stop on "
     "Fen Lane. A delivery van reversed into the shelter. The driver climbed out and inspected the glass.",
     "reverse", date(2025, 10, 14)),
    ("Case note\n\nWritten 2 September 2026\n\nThe dog was brought in on 28 August 2026 with a swollen paw.\n\n"
     "The nurse shaved the leg. The surgeon removed a grass seed from between the pads.", "remove",
     date(2026, 8, 28)),
])
def test_an_undated_act_after_a_dated_day_takes_that_day(text: str, word: str, day: date) -> None:
    event = _event(text, word)
    assert (event.begin, event.end, event.certainty) == (day, day, "inferred")
    assert "story's day" in event.derivation


def test_an_act_far_after_the_dated_sentence_is_not_carried() -> None:
    filler = " ".join(f"The {w} was quiet." for w in ("street", "square", "market", "harbour", "station", "park", "yard"))
    text = (f"Notes\n\nPublished 12 May 2026\n\nOn 3 May 2026 the ferry broke down off Castle Point. {filler} "
            "A tug towed the ferry into port.")
    assert _event(text, "tow").begin is None


def test_a_day_after_the_page_is_a_plan_and_not_carried() -> None:
    text = ("Vote ahead\n\nPublished 2 March 2026\n\nThe council votes on the new bus lanes on 9 March 2026. "
            "Shopkeepers collected 400 signatures against them.")
    event = _event(text, "collect")
    assert event.begin is None or event.begin <= date(2026, 3, 2)


@pytest.mark.parametrize("verb, carried", [("closed", True), ("has closed", False)])
def test_a_present_perfect_is_not_carried(verb: str, carried: bool) -> None:
    text = ("Bridge reopens\n\nPublished 10 June 2026\n\nOn 4 June 2026 the swing bridge at Orm reopened to traffic. "
            "The bridge is painted green. Its span is 60 metres long. Drivers are pleased. "
            f"The ferry operator {verb} its ticket office in the town.")
    event = _event(text, "close")
    assert ((event.begin, event.end) == (date(2026, 6, 4), date(2026, 6, 4))) is carried


def test_an_act_after_the_start_of_something_lasting_is_not_carried() -> None:
    text = ("Strike\n\nPublished 20 May 2026\n\nThe bus strike began on 3 May 2026. "
            "A driver blocked the depot gates with his car.")
    event = _event(text, "block")
    assert (event.begin, event.end) != (date(2026, 5, 3), date(2026, 5, 3))


def test_a_present_perfect_between_brings_the_text_to_the_page_and_stops_the_carry() -> None:
    text = ("Pool reopens\n\nPublished 9 July 2026\n\nThe town pool reopened on 1 July 2026. "
            "Swimmers have returned in large numbers. The lifeguards painted the changing rooms.")
    event = _event(text, "paint")
    assert (event.begin, event.end) != (date(2026, 7, 1), date(2026, 7, 1))


def test_the_story_day_goes_on_from_the_last_act_told_on_it() -> None:
    # session twenty-one: the carry counts from the last act placed on the story's day, not from the
    # dated sentence, so a long plain account keeps its day while it goes on act by act
    text = ("Engine fire on the Harwick ferry\n\nPublished 30 April 2026\n\n"
            "On 21 April 2026 the ferry Lenna left Harwick with 90 passengers on board. "
            "Smoke rose from the engine room. The engineer shut the fuel valves. "
            "The master sounded the alarm. The crew mustered the passengers on deck. "
            "A pump failed. The chief officer fought the fire with foam. "
            "The coastguard launched a lifeboat. The lifeboat escorted the ferry back to port.")
    event = _event(text, "escort")
    assert (event.begin, event.end, event.certainty) == (date(2026, 4, 21), date(2026, 4, 21), "inferred")


# --------------------------------------------------------------------------- session 25


_MEETING = ("Ferry fares to rise\n\nBy A Writer | Friday 8 May 2026\n\n"
            "The harbour board voted on Thursday to raise ferry fares by a tenth after a long debate. ")


@pytest.mark.parametrize("between", [
    # a plan ahead of the page, told between the day and the act
    "The new fares will apply from 1 September 2026. ",
    # a speaker's perfect in a quotation
    "Its chairman was blunt: \"Every port that has raised its fares has seen more passengers.\" ",
    # both
    "The new fares will apply from 1 September 2026. \"We have waited long enough,\" the chairman said. ",
])
def test_a_plan_or_a_quoted_perfect_in_between_does_not_stop_the_story_s_day(between: str) -> None:
    act = _event(_MEETING + between + "A councillor tabled an amendment to exempt pensioners.", "amendment")
    assert act.begin == act.end == date(2026, 5, 7), act.derivation


def test_a_perfect_of_the_report_s_own_still_stops_it() -> None:
    act = _event(_MEETING + "Fares have risen twice since the crossing opened. "
                 "A councillor tabled an amendment to exempt pensioners.", "amendment")
    assert act.begin != date(2026, 5, 7) or act.end != date(2026, 5, 7), act.derivation
