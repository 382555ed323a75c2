"""Notable occurrences without a date become undated events, and relative dates hang on them."""

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.occurrences import find_occurrence
from explorer.ingest import extract_document


def occurrence(sentence: str) -> str | None:
    found = find_occurrence(sentence, 0, len(sentence))
    return found.word if found else None


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The finance minister Karl Berger resigned over the budget dispute.", "resigned"),
        ("After Maria Lopez’s death the party split into two camps.", "death"),
        ("The resignation of Prime Minister Tanaka shocked the markets.", "resignation"),
        ("General Okafor was appointed chief of staff by the new government.", "appointed"),
        ("Ahmed Khan was arrested at the border with two companions.", "arrested"),
    ],
)
def test_narrated_occurrences_are_found(sentence: str, word: str) -> None:
    assert occurrence(sentence) == word


@pytest.mark.parametrize(
    "sentence",
    [
        "If the minister resigned, the coalition would fall apart quickly.",  # hypothetical
        "“I never resigned from anything,” Berger told the reporters.",  # inside a quotation
        "Deaths rose sharply across the region this spring.",  # a statistic, nobody named
        "The governor signed off on the new budget for schools.",  # phrasal verb: approved
        "A withdrawal is one of the conditions set by the council.",  # generic noun
        "READ MORE: Berger resigned after the dispute with the party.",  # page furniture
        "He resigned.",  # too short to say who and what
    ],
)
def test_generic_quoted_and_hypothetical_mentions_are_not_occurrences(sentence: str) -> None:
    assert occurrence(sentence) is None


STORY = (
    "The Long Road Of A Minister\n"
    "The ministry was founded in 1990 and grew quickly under a series of strong leaders who shaped its "
    "policies for many years to come, according to historians of the period.\n"
    "In 2016 the ministry expanded its budget. Later, Foreign Minister Karl Berger theatrically resigned "
    "over being shut out of meetings. Two weeks later, the president awarded a medal to his rival.\n"
)


def test_relative_date_hangs_on_the_undated_occurrence_before_it() -> None:
    events = extract_document(Document("s.txt", STORY, "S"), dct=date(2020, 1, 1)).events
    resigned = [e for e in events if e.timex == "" and "resigned" in e.sentence]
    assert len(resigned) == 1
    assert resigned[0].title == "Karl Berger resigns"
    later = [e for e in events if e.timex == "Two weeks later"]
    assert len(later) == 1
    assert later[0].certainty == "undated" and later[0].begin is None
    assert later[0].anchor == resigned[0].id
    assert "+ 2 weeks" in later[0].derivation or "+ 14 days" in later[0].derivation


def test_undated_occurrence_is_bounded_by_close_dated_neighbours_in_forward_narrative() -> None:
    text = (
        "Heading Of The Story Goes Here\n"
        "The union called a strike in March 2011 and the factories stopped for a long time while the "
        "talks went on between the two sides in the capital and elsewhere.\n"
        "The plant manager Anna Weiss was dismissed by the board. The factories reopened in June 2011.\n"
    )
    events = extract_document(Document("s.txt", text, "S"), dct=date(2012, 1, 1)).events
    [dismissed] = [e for e in events if e.timex == ""]
    assert (dismissed.begin, dismissed.end, dismissed.certainty) == (date(2011, 3, 1), date(2011, 6, 30), "inferred")
    assert "bounded by neighbours" in dismissed.derivation


def test_a_narrative_that_jumps_back_gives_no_bound() -> None:
    text = (
        "Heading Of The Story Goes Here\n"
        "The union called a strike in March 2011 and the factories stopped for a long time while the "
        "talks went on between the two sides in the capital and elsewhere.\n"
        "The plant manager Anna Weiss was dismissed by the board. The factory had opened in 1950.\n"
    )
    events = extract_document(Document("s.txt", text, "S"), dct=date(2012, 1, 1)).events
    [dismissed] = [e for e in events if e.timex == ""]
    assert dismissed.certainty == "undated" and dismissed.begin is None


def test_sentences_with_their_own_date_get_no_extra_undated_event() -> None:
    text = "Heading Of The Story Goes Here\nKarl Berger resigned on March 3, 2012 after a long and bitter dispute with the party leadership over money.\n"
    events = extract_document(Document("s.txt", text, "S"), dct=date(2012, 4, 1)).events
    assert [e.timex for e in events] == ["March 3, 2012"]


def test_a_relative_date_hangs_on_the_nearest_of_several_occurrences_after_its_anchor() -> None:
    """The occurrence is found by bisection over the occurrences in text order (issue 15: a scan of
    every occurrence for each event was quadratic): the last one between the anchor and the
    expression, never one before the anchor."""
    text = (
        "The Long Road Of A Minister\n"
        "The ministry was founded in 1990 and grew quickly under a series of strong leaders who shaped its "
        "policies for many years to come, according to historians of the period.\n"
        "Foreign Minister Karl Berger theatrically resigned over being shut out of meetings. "
        "In 2016 the ministry expanded its budget. "
        "Deputy Minister Anna Weiss abruptly resigned after the vote on the budget. "
        "Finance Minister Paul Lenz angrily resigned over the cuts to his department. "
        "Two weeks later, the president awarded a medal to his rival.\n"
    )
    events = extract_document(Document("s.txt", text, "S"), dct=date(2020, 1, 1)).events
    undated = {e.sentence.split()[2]: e for e in events if e.timex == ""}
    [later] = [e for e in events if e.timex == "Two weeks later"]
    assert later.anchor == undated["Paul"].id, (later.anchor, {k: v.id for k, v in undated.items()})


def test_a_neighbour_dated_by_a_span_of_years_gives_no_bound() -> None:
    # background told by a decade ("the late 1980s") is not the story's time: the capture between it and
    # "mid-2004" must not be dated to fifteen years
    text = (
        "Heading Of The Story Goes Here\n"
        "The rebels were blamed for the mass killings of villagers when the movement held the valley in the "
        "late 1980s.\n"
        "At the time the engineer Paul Marsh was captured, the rebels were a united force. "
        "The movement began to split in mid-2004 after its leader left.\n"
    )
    events = extract_document(Document("s.txt", text, "S"), dct=date(2006, 2, 1)).events
    [captured] = [e for e in events if e.timex == "" and "captured" in e.sentence]
    assert captured.certainty == "undated" and captured.begin is None
