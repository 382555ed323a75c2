"""Kinds the lead found in session forty-nine on probe pages of its own (a local fire report, a
university department's history, a book review): each row is a sentence written for the test, none
from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # an object relative clause ("that the board later mined") whose verb the word cut left out goes
        ("In 1965 the survey team found the coal seam that the national board later mined for two decades.",
         "1965", "The survey team finds the coal seam"),
        ("On 3 May the committee rejected the proposal that the finance director had drafted over the winter.",
         "3 May", "The committee rejects the proposal"),
        ("In 2011 the trust bought the old mill which its founder's grandson had sold to a developer in 1980.",
         "2011", "The trust buys the old mill"),
    ],
)
def test_an_object_relative_the_word_cut_left_open_goes(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize(
    "sentence, expression, needle",
    [
        # after a verb, "that" opens what was said: it stays
        ("On 4 March the chief inspector wrote that the new pumps were safe.", "4 March", "that the new pumps"),
        # a relative clause whose verb fits inside the cut stays whole
        ("In 1990 the town bought the field that we use.", "1990", "that we use"),
    ],
)
def test_a_that_clause_the_cut_keeps(sentence, expression, needle) -> None:
    assert needle in _title(sentence, expression)


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a phrase of purpose or occasion after the date, then a bare plural subject with its own phrase
        ("In 2014, for the centenary of the war's outbreak, pupils from the village school researched every name.",
         "2014", "Pupils from the village school research every name"),
        ("In May 2019, despite the heavy rain, volunteers from the rowing club cleared the towpath.",
         "May 2019", "Volunteers from the rowing club clear the towpath"),
        ("On 2 June, with the harvest already late, farmers in the valley began cutting the barley.",
         "2 June", "Farmers in the valley begin cutting the barley"),
        # a sentence adverb between commas after the opening date is no part of the title
        ("By June, though, three members of the cabinet had resigned.", "June", "Three members of the cabinet resign"),
        ("In March, nevertheless, the board approved the sale.", "March", "The board approves the sale"),
    ],
)
def test_an_aside_after_the_opening_date_is_no_title(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


def _events(text: str, dct=None) -> list:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    return list(extract_document(Document("a.txt", text, "t"), dct=dct or date(2026, 1, 15)).events)


@pytest.mark.parametrize(
    "sentence, title, day",
    [
        # ", and" then a bare plural subject whose participle phrase stands before its verb: a second
        # happening with its own date, titled without what the subject was doing meanwhile
        ("Three fire engines were sent to the scene, and crews wearing breathing apparatus brought the blaze "
         "under control shortly after 1am on Wednesday.", "Crews bring the blaze under control", "2026-01-14"),
        ("The lorry overturned on the bypass, and drivers heading north waited for hours on Friday.",
         "Drivers wait for hours", "2026-01-09"),
        ("The council approved the plan, and residents living near the site protested on 3 March 2025.",
         "Residents protest", "2025-03-03"),
    ],
)
def test_a_bare_subject_with_a_participle_phrase_after_and(sentence, title, day) -> None:
    events = _events(sentence)
    dated = [e for e in events if e.begin is not None and e.begin.isoformat() == day]
    assert [e.title for e in dated] == [title]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Crews wearing breathing apparatus brought the blaze under control on 4 May 2024.", "crews"),
        ("Residents living near the site protested on 3 March 2024.", "residents"),
        ("Farmers selling milk at a loss dumped it outside the dairy on 9 June 2015.", "farmers"),
    ],
)
def test_a_participle_phrase_is_no_part_of_the_actor(sentence, actor) -> None:
    from tests.entities.test_actor_kinds import _actors

    assert [a[0] for a in _actors(sentence).values()] == [actor]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negated second predicate after "and" is a clause of its own: the first act keeps its date
        # and is no habit ("regularly" is the negated clause's)
        ("Jan was laid off in 1931 and did not work regularly again until 1934.", [("1931", "Jan is laid off")]),
        ("The reactor was shut down in 1986 and did not run normally again until 1990.",
         [("1986", "The reactor is shut down")]),
        ("He retired in 2001 and did not return to the stage until 2010.",
         [("2001", "He retires"), ("2010", "He returns to the stage")]),
        # "but" and a second predicate with its own date: two happenings, each with its own title
        ("The trip has been planned for a year. It was first announced last March but was postponed in September.",
         [("last March", "The trip is first announced"), ("September", "It is postponed")]),
        ("The plant was sold in 2019 but was bought back in 2022.",
         [("2019", "The plant is sold"), ("2022", "The plant is bought back")]),
        # a future passive then "and will" and a second act: the subject is the words before the first "will"
        ("She will be met at the airport by the prime minister on Monday afternoon and will lay a wreath at "
         "the memorial that evening.",
         [("Monday afternoon", "She will be met at the airport"),
          ("that evening", "She will lay a wreath at the memorial")]),
    ],
)
def test_second_predicates_with_their_own_dates(text, expected) -> None:
    from datetime import date

    assert [(e.timex, e.title) for e in _events(text, date(2026, 3, 8))] == expected


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # the time spent is the verb's object: "time" stands for it, so the title keeps its verb's sense
        ("The team spent Tuesday and Wednesday making casts of the prints.", "Tuesday and Wednesday",
         "The team spends time making casts of the prints"),
        ("She spent the summer of 1921 painting in Cornwall.", "the summer of 1921", "She spends time painting in Cornwall"),
        # a noun ending in "-ed" of two letters before it is no participle after an object
        ("The buildings were demolished after a fire that gutted the main shed that April.", "that April",
         "A fire guts the main shed"),
        ("A gale wrecked the garden shed on 4 May.", "4 May", "A gale wrecks the garden shed"),
        # a subject's participle phrase, then a perfect: the perfect is the main verb, not a participle
        # after its object
        ("A retired teacher walking her dog on the beach has found footprints exposed by last week's storm.",
         "last week", "A retired teacher has found footprints exposed by the storm"),
        ("Walkers crossing the moor have found a cairn damaged by last winter's floods.", "last winter",
         "Walkers have found a cairn damaged by the floods"),
    ],
)
def test_titles_that_keep_their_verb(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # what a time saw done is told in the present of its subject
        ("The 1990s saw the company expand into Asia.", "The 1990s", "The company expands into Asia"),
        ("2007 saw the club win its first title.", "2007", "The club wins its first title"),
        ("The 1980s saw the miners strike for a year.", "The 1980s", "The miners strike for a year"),
    ],
)
def test_what_a_time_saw_done(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected


def test_the_actor_of_what_a_time_saw_done() -> None:
    from tests.entities.test_actor_kinds import _actors

    assert list(_actors("The 1990s saw the company expand into Asia.").values()) == [("the company",)]


@pytest.mark.parametrize(
    "sentence, expression, needle",
    [
        # a saying verb with a phrase before its "that" tells what was said: the clause stays
        ("The skipper reported over the radio at 10 p.m. that the engine was losing power.", "10 p.m.", "engine"),
        ("On Monday the minister told journalists that the plan was a step backwards.", "Monday", "plan"),
    ],
)
def test_what_was_said_after_a_phrase_stays(sentence, expression, needle) -> None:
    assert needle in _title(sentence, expression)


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a clause of time holding the date, then its main clause with no comma: the title is the time
        # clause's act, not both run together
        ("When it cleared on Monday morning we found the flags had been blown away.", "Monday morning", "It clears"),
        ("When the guide arrived at noon he checked the ropes.", "noon", "The guide arrives"),
        # guards: a clock time before the main clause's pronoun dates the main act; with a comma the time
        # clause is told alone, as before
        ("After the ferry docked at 6pm they walked up to the castle.", "6pm", "They walk up to the castle"),
        ("When the storm cleared on Monday morning, we found the flags had been blown away.", "Monday morning",
         "The storm clears"),
    ],
)
def test_a_time_clause_and_its_unmarked_main_clause(sentence, expression, expected) -> None:
    assert _title(sentence, expression) == expected
