"""Kinds of error found on the session-eight fresh gold articles and the readable part (issue 12,
events-select), each checked on sentences of our own: a modal's first predicate, an instruction to
the reader, and a second predicate of the same subject with a date of its own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clauses import clause_bounds
from explorer.events.modality import is_non_happening
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


# --------------------------------------------------------------------- a modal is a finite verb


@pytest.mark.parametrize(("title", "expected"), [
    ("Work will start and should be finished", False),  # the start is told; the hope is the second predicate
    ("The new ward will open and could take patients", False),
    ("The council should sell the depot", True),  # advice as the first predicate stays no happening
    ("The team will not return", True),
])
def test_only_the_first_predicate_after_a_modal_counts(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_scheduled_start_with_a_hoped_for_end_is_an_event() -> None:
    text = "The club has won a grant to resurface its courts. Work will start in June and should be finished by the autumn."
    assert "June" in _dated(text)


# --------------------------------------------------------------------- instructions to the reader


@pytest.mark.parametrize(("title", "expected"), [
    ("Meet at the car park by the church", True),
    ("Send entries to the secretary", True),
    ("Please book with the box office", True),
    ("Remember to bring a packed lunch", True),
    ("Call 101 with any information", True),
    ("Check the website before setting out", True),
    ("Join us for the summer fair", False),  # an invitation names a happening
    ("Meeting is held in the village hall", False),
    ("Ring road closes for resurfacing", False),  # a noun, not the verb: "Ring road"
    ("Book festival opens in the town hall", False),
    ("Meet the Makers fair is held", False),
])
def test_an_instruction_to_the_reader_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_an_instruction_gives_no_event_but_the_walk_it_goes_with_does() -> None:
    text = ("The society's autumn walk along the old railway takes place on Sunday 12 October. "
            "Meet at the station car park at 10am. Send questions to the walks officer by Friday 10 October.")
    assert _dated(text, date(2025, 9, 30)) == ["Sunday 12 October"]


# --------------------------------------------------------------------- a second predicate with its own date


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Staff had been offered a 2% rise in January and had rejected it in a ballot last month.", "January", "last month"),
    ("The tenant was evicted in May and was rehoused by the council in June.", "May", "June"),
    ("The firm was founded in 2009 and has been sold to a rival this year.", "2009", "this year"),
    # an irregular participle, and a count as its object
    ("A helpline opened on 10 October and had taken 4,200 calls by Tuesday.", "10 October", "Tuesday"),
    ("The ferry sank in March and was drawn up from the harbour in June.", "March", "June"),  # (guard)
])
def test_an_auxiliary_and_a_participle_after_a_date_open_a_new_clause(sentence: str, first: str, second: str) -> None:
    a, b = sentence.index(first), sentence.index(second)
    assert clause_bounds(sentence, a, a + len(first)) != clause_bounds(sentence, b, b + len(second))


def test_two_dated_predicates_of_one_subject_are_two_events() -> None:
    text = "Staff at the depot had been offered a 2% rise in January and had rejected it in a ballot last month."
    assert _dated(text, date(2025, 4, 3)) == ["January", "last month"]



# --------------------------------------------------------------------- a log entry's stamp as a sentence of its own


_LOG = ("Call-out log\n\n"
        "4 January, 14:20. A walker slipped on ice below the north ridge and broke her wrist. She was carried to the road.\n\n"
        "9 January. Two climbers were benighted on the east face and were guided down by torchlight.\n\n"
        "12 January, 10:05. A dog fell from the quarry edge. The team lowered a member to it at 11:30.\n")


def test_a_stamp_standing_as_its_own_sentence_dates_the_entry_that_follows() -> None:
    events = [e for e in extract_document(Document("log.txt", _LOG, "t"), dct=date(2025, 2, 3)).events if e.timex]
    titles = {e.title: (e.begin, e.end) for e in events}
    assert titles.get("A walker slips on ice below the north ridge") == (date(2025, 1, 4), date(2025, 1, 4))
    assert any(title.startswith("Two climbers") and days == (date(2025, 1, 9), date(2025, 1, 9))
               for title, days in titles.items())


def test_an_entry_that_dates_its_own_happening_keeps_the_stamp_out() -> None:
    events = [e for e in extract_document(Document("log.txt", _LOG, "t"), dct=date(2025, 2, 3)).events if e.timex]
    assert not any(e.timex.startswith("12 January") for e in events)  # "… at 11:30" dates that entry


def test_a_date_answering_a_question_is_still_no_event() -> None:
    text = ("What was the worst year?\n\nSpring 2019. Floods reached the bakery twice, and we closed for a month "
            "on 3 April 2019.")
    assert _dated(text, None) == ["3 April 2019"]


# --------------------------------------------------------------------- a forecasting word used as a noun


@pytest.mark.parametrize(("title", "expected"), [
    ("The trust begins a mink-trapping project on the lower river", False),  # "project" is the thing begun
    ("The club starts an export drive and a new project with the school", False),
    ("The agency forecasts growth of 2 per cent", True),
    ("A spokesman expects a loss", True),
])
def test_a_forecasting_word_after_an_article_is_a_noun(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_project_begun_in_a_year_is_an_event() -> None:
    assert _dated("The trust began a tree-planting project on the common in 2021.") == ["2021"]


# --------------------------------------------------------------------- subordinate and relative clauses with their own date


def test_a_because_clause_with_its_own_subject_and_date_is_a_happening() -> None:
    text = "The lower path could not be walked in June because a rockfall in May had blocked it."
    events = [e for e in extract_document(Document("a.txt", text, "t"), dct=date(2024, 9, 1)).events if e.timex]
    assert [(e.timex, e.title) for e in events] == [("May", "A rockfall blocks it")]


def test_a_passive_relative_clause_after_a_comma_is_its_own_happening_told_of_its_noun() -> None:
    text = ("In March volunteers finished sorting the Hartley estate maps, which were given to the archive in 2021 "
            "by a local solicitor.")
    events = [e for e in extract_document(Document("a.txt", text, "t"), dct=date(2024, 4, 3)).events if e.timex]
    assert [e.timex for e in events] == ["March", "2021"]
    assert events[1].title.startswith("The Hartley estate maps are given")


# --------------------------------------------------------------------- how full, how hard, how old: states


@pytest.mark.parametrize(("title", "before_date", "expected"), [
    ("It is full", "The cafe opened in May, and on ", True),
    ("The boy is eleven", "The boy was eleven in ", True),
    ("It has been hard for hill farmers", "", True),
    ("The mill has been in the family's hands", "The mill has been in the family's hands since ", True),
    ("The side was two goals down", "The side was two goals down at ", False),  # a score, not an age
    ("The hall was cleared", "On Monday ", False),
])
def test_fullness_hardship_and_age_are_states(title: str, before_date: str, expected: bool) -> None:
    from explorer.events.states import is_state

    assert is_state(title, before_date) is expected


def test_a_full_room_on_a_day_is_no_event_but_the_opening_is() -> None:
    text = "The cafe opened in May above the ferry terminal, and on Friday evening it was full by eight o'clock."
    assert _dated(text, date(2024, 9, 22)) == ["May"]


# --------------------------------------------------------------------- an announced perfect and its dated telling


_OBITUARY = ("Obituary: Ada Lind, botanist\n\nPublished 9 March 2024\n\n"
             "Professor Ada Lind, who has died, spent thirty years collecting mosses on the western isles. "
             "She was born in 1931 in a mining town and studied botany at Carrow in 1950.\n\n"
             "She died on 2 March 2024 at her home in Carrow. Her brother, the pianist Olof Lind, died in 2009.\n")


def test_an_undated_perfect_joins_the_dated_telling_of_the_same_verb() -> None:
    events = extract_document(Document("obit.txt", _OBITUARY, "t"), dct=None).events
    deaths = [e for e in events if "dies" in e.title.split()]  # a word: "studies" holds "die"
    assert len(deaths) == 2  # hers, once, and her brother's
    hers = next(e for e in deaths if e.timex == "2 March 2024")
    assert any(start <= _OBITUARY.index("who has died") < end for start, end in hers.mentions)


def test_a_perfect_of_another_verb_stays_its_own_event() -> None:
    from dataclasses import replace

    from explorer.events.named_retellings import fold_announced_perfects

    events = extract_document(Document("obit.txt", _OBITUARY, "t"), dct=None).events
    dated = next(e for e in events if e.timex == "2 March 2024")
    announced = replace(dated, title="Professor Ada Lind has died", timex="", begin=None, end=None, certainty="undated",
                        sentence_start=54, mentions=())
    assert fold_announced_perfects([announced, dated]) != [announced, dated]
    retired = replace(announced, title="Professor Ada Lind has retired")
    assert fold_announced_perfects([retired, dated]) == [retired, dated]


# --------------------------------------------------------------------- the page's own telling


@pytest.mark.parametrize(("title", "expected"), [
    ("We will be back with news from the talks", True),
    ("We'll bring you the result as soon as it is declared", True),
    ("I will update this page at noon", True),
    ("Follow this page for updates", True),
    ("We will open a second shop in the spring", False),
    ("I will be back in court next month", False),
    ("The union will report back to its members", False),
])
def test_the_pages_own_telling_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_live_pages_sign_off_gives_no_event() -> None:
    text = ("Talks between the union and the operator will resume at the conciliation service tomorrow morning.\n\n"
            "That is all from us today. We will be back tomorrow with news from the talks.")
    assert _dated(text, date(2025, 3, 17)) == ["tomorrow morning"]


# --------------------------------------------------------------------- news announced in the perfect


@pytest.mark.parametrize("sentence", [
    "The society has also received a grant of £4,500 from the county heritage fund.",
    "Voltaic Shore has raised £18 million in a funding round.",
    "The club has signed a new striker from its neighbours.",
])
def test_news_told_in_the_perfect_is_an_undated_occurrence(sentence: str) -> None:
    events = extract_document(Document("a.txt", sentence, "t"), dct=date(2025, 6, 3)).events
    assert [e.certainty for e in events] == ["undated"]


@pytest.mark.parametrize("sentence", [
    "The society has received many letters about the chapel.",  # no article or sum: a tally, not the news
    "If the club has signed a striker, the fans will know soon.",
])
def test_a_perfect_with_no_single_thing_done_is_no_occurrence(sentence: str) -> None:
    assert not list(extract_document(Document("a.txt", sentence, "t"), dct=date(2025, 6, 3)).events)


# --------------------------------------------------------------------- how something started is no beginning


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Schools said most pupils made it in, though several started lessons late.", 0),
    ("Stonebridge started the stronger and led at the break.", 0),
    ("The visitors started brightly but faded after the interval.", 0),
    ("The fire started in a disused barn near the quarry.", 1),
    ("Grant started a bakery in the old station.", 1),
    ("Adeyemi started with four straight wins.", 1),
])
def test_a_start_told_by_its_manner_is_no_occurrence(sentence: str, expected: int) -> None:
    assert len(list(extract_document(Document("a.txt", sentence, "t"), dct=date(2025, 6, 3)).events)) == expected
