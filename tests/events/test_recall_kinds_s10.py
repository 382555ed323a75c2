"""Kinds of missed event found in session ten (issue 12, events-recall), on the readable gold part and
on the passages of our own in ``recall_passages_s10.py``: each kind fixed here is checked on sentences
written for this test; the passages' happenings still missed are listed, with why, in
:data:`KNOWN_MISSES` (strict xfail, so a fix shows up as an unexpected pass)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clauses import clause_bounds
from explorer.ingest import extract_document

from tests.events.recall_passages_s10 import PASSAGES
from tests.events.test_recall_genres_s9 import _missing  # the same pairing of happenings with events, and the same lead

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _titles(text: str) -> list[str]:
    return [e.title for e in _events(text)]


# ------------------------------------------------------------ several undated happenings in one sentence


@pytest.mark.parametrize(("text", "words"), [
    # a release and a founding, each in its own clause of one sentence with no date
    ("Marek Dolan was arrested after the protests and spent a year in prison. He was released under an "
     "amnesty and later founded the Civic Union party.", ["arrest", "releas", "found"]),
    ("The agency faced questions for months. Its director resigned and the board was dissolved.", ["resign", "dissolv"]),
])
def test_each_clause_of_an_undated_sentence_tells_its_own_happening(text: str, words: list[str]) -> None:
    titles = _titles(text)
    assert len(titles) == len(words)
    for word in words:
        assert any(word in title.lower() for title in titles), (word, titles)


def test_two_triggers_of_one_clause_are_one_happening() -> None:
    # "the resignation" and "resigned" in one clause tell one happening, not two
    titles = _titles("The party's deputy leader, Ana Ruiz, resigned over her resignation letter's leak.")
    assert len(titles) == 1


# ------------------------------------------------------------ undated happenings the issue names


@pytest.mark.parametrize(("text", "title"), [
    # a second participle sharing the first's "was": its own happening, told in the passive
    ("She was appointed professor of surgery and later elected president of the Royal College.",
     "She is later elected president of the Royal College"),
    ("The two rebel leaders were arrested in the capital and later released without charge.",
     "The two rebel leaders are later released without charge"),
    # "twice" between "was" and the participle
    ("He founded a housing charity and was twice convicted of contempt of court.", "He is twice convicted"),
    # a denial of what was said, in the active
    ("The claims were widely shared online. The agency denied the claims in a short statement.", "The agency denies the claims"),
    # a sentence of four words
    ("She was born in Leeds. She died in Bath.", "She dies"),
])
def test_an_undated_happening_the_issue_names_is_an_event(text: str, title: str) -> None:
    assert any(title in found for found in _titles(text)), _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    # people counted as the object of a one-off act
    ("Thousands marched on Sunday. Police arrested 40 people, and the law was suspended two days later.",
     "Police arrest 40 people"),
    ("Rebels attacked the base overnight. The raid killed at least six soldiers, the army said.", "The raid kills at least six soldiers"),
    # "and hundreds of …" after a first clause opens a clause of its own (a count of what befell the many,
    # "hundreds of buildings collapsed", is a tally: test_precision_kinds_s10)
    ("At least 14 people were killed and hundreds of fighters captured the port.", "Hundreds of fighters capture the port"),
])
def test_a_counted_act_or_a_counted_subject_is_a_happening(text: str, title: str) -> None:
    assert any(title.lower() in found.lower() for found in _titles(text)), _titles(text)


def test_the_act_not_its_object_names_the_occurrence() -> None:
    events = _events("Police arrested 40 people in the square.")
    assert [e.derivation for e in events] == ["no date in the text: a notable occurrence (arrested)"]


@pytest.mark.parametrize("text", [
    # ("He denied that the talks had failed." was here: a public denial "that …" is an act the readable gold
    # keeps every time in news, five times by five writers; see test_reporting_s38e)
    "He later resigned.",  # three words: a fragment
])
def test_a_denial_of_a_content_or_a_fragment_is_no_event(text: str) -> None:
    assert _titles(text) == []


# ------------------------------------------------------------ a named subject's clause in a dated sentence


@pytest.mark.parametrize(("text", "dated", "word"), [
    ("A first treaty, signed in Oslo in March 2019, set quotas for the fishing fleets, but Varnia accused "
     "Tolmark of breaking it within a year.", "March 2019", "accuses"),
    ("In 2004 the mill lost its roof in a storm, and Okoro led a campaign that paid for a new one.", "2004", "leads"),
    ("The old ferry was withdrawn in June 2018, and Parliament was recalled from its summer break.", "June 2018", "recalled"),
])
def test_a_named_subject_after_and_or_but_tells_a_second_happening(text: str, dated: str, word: str) -> None:
    events = _events(text)
    assert any(e.timex == dated for e in events)
    second = [e for e in events if word in e.title.lower()]
    assert second and all(e.timex != dated for e in second), [(e.title, e.timex) for e in events]


@pytest.mark.parametrize("text", [
    # a saying, a thought or a state is no happening of its own
    "The bridge closed in May 2020, and Harlan said it would reopen.",
    "The port was closed in May 2020, and Harlan knew the risk.",
    # a bare noun phrase after "and": a consequence or a manner, not a named actor's act
    "The railway reached the town in 1847, and the population doubled.",
])
def test_a_saying_a_state_or_an_unnamed_consequence_is_no_second_event(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize(("text", "title"), [
    # a "before" clause with a subject and a past verb of its own, as an "after" clause
    ("Mr Okafor was arrested in March 2023 and spent eight months in detention before a judge released him on bail.",
     "A judge releases him on bail"),
    ("The council shut the pool in May 2021 before a survey revealed cracks in the roof.", "A survey reveals cracks in the roof"),
])
def test_a_before_clause_with_its_own_subject_is_a_happening(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


# ------------------------------------------------------------ clause breaks before a second dated happening


def test_and_with_a_relative_time_opens_a_clause() -> None:
    sentence = ("In 2022 the Greens threatened to leave the coalition, and last spring the Liberals boycotted a "
                "cabinet meeting.")
    at = sentence.index("2022")
    _, right = clause_bounds(sentence, at, at + 4)
    assert sentence[:right].rstrip().endswith("coalition")
    assert sorted(e.timex for e in _events(sentence)) == ["2022", "last spring"]


def test_a_present_verb_then_and_will_with_its_own_date_is_two_happenings() -> None:
    sentence = "A review of the ferry timetable starts next week and will report in September."
    at = sentence.index("next week")
    _, right = clause_bounds(sentence, at, at + len("next week"))
    assert "September" not in sentence[:right]
    assert sorted(e.timex for e in _events(sentence)) == ["September", "next week"]


def test_two_subjects_of_one_verb_stay_one_clause() -> None:
    # no date before the "and": the rule above must not split a coordinated subject
    sentence = "The mayor and the council will meet in September."
    assert len(_events(sentence)) == 1


# ------------------------------------------------------------ a list of one subject's dated happenings


_TOUR = ("The foreign minister, Lena Brandt, met officials in Vienna on Monday, held talks with Hungary's prime "
         "minister in Budapest on Tuesday and saw Slovakia's president in Bratislava on Wednesday, on a tour "
         "meant to revive the river treaty.")


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Wednesday"])
def test_each_happening_of_a_list_of_dated_verbs_has_its_own_clause(day: str) -> None:
    at = _TOUR.index(day)
    left, right = clause_bounds(_TOUR, at, at + len(day))
    others = {"Monday", "Tuesday", "Wednesday"} - {day}
    assert not any(other in _TOUR[left:right] for other in others), _TOUR[left:right]


def test_a_list_of_dated_verbs_gives_an_event_a_day() -> None:
    assert sorted(e.timex for e in _events(_TOUR)) == ["Monday", "Tuesday", "Wednesday"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    # an age between commas, not a date: the clause is the whole sentence
    ("Tobi Lane, 19, won the Harbour Open on Sunday, finishing level on points with the seed.", "Sunday"),
    # a participle after a comma that has no date of its own stays with the clause before it
    ("Customers will receive £40 in June 2025, paid automatically by the company.", "June 2025"),
])
def test_a_comma_before_a_verb_with_no_date_of_its_own_is_no_break(sentence: str, date_text: str) -> None:
    at = sentence.index(date_text)
    assert clause_bounds(sentence, at, at + len(date_text)) == (0, len(sentence))


_MILESTONES = "The scheme's milestones: design approved (May 2019), construction started (June 2020), opened (July 2022)."


@pytest.mark.parametrize(("day", "clause"), [
    ("May 2019", "design approved (May 2019)"), ("June 2020", "construction started (June 2020)"),
    ("July 2022", "opened (July 2022)"),
])
def test_a_list_of_happenings_dated_in_brackets_gives_a_clause_each(day: str, clause: str) -> None:
    at = _MILESTONES.index(day)
    left, right = clause_bounds(_MILESTONES, at, at + len(day))
    assert _MILESTONES[left:right].rstrip(".").endswith(clause)
    assert "(" not in _MILESTONES[left:right].rstrip(".")[: -len(clause)]


def test_a_list_of_happenings_dated_in_brackets_gives_an_event_each() -> None:
    assert sorted(e.timex for e in _events(_MILESTONES)) == ["July 2022", "June 2020", "May 2019"]


def test_a_bracketed_date_inside_a_clause_is_no_break() -> None:
    sentence = "The bridge (opened in May 2019) carries 9,000 cars a day."
    at = sentence.index("May 2019")
    assert clause_bounds(sentence, at, at + 8) == (0, len(sentence))


# ------------------------------------------------------------ the passages of our own


#: Happenings of the passages still missed, by kind (see the report of session ten); each a strict
#: xfail. "tagger": the date is not tagged (timex-forms); "verb": an undated happening told with a
#: common verb the occurrence list does not hold (kept short on purpose: the gold's readers list few
#: undated ones, and every verb added cost precision on the gold); "clause": two happenings in one
#: clause, or a shared subject with no date of its own, paired with one event; "nominal": a happening
#: named by a noun; "plan": an announced plan.
KNOWN_MISSES = {
    "news-flood": "verb: 'the army was called in'",
    "news-ceasefire": "verb: 'when shelling resumed', and 'collapsed' takes the sentence",
    "pol-nominal": "nominal: 'After the 2019 floods, the council rebuilt …': one date, two happenings",
    "hist-castle": "clause: 'besieged twice during the civil war and was slighted … in 1648', one event for two",
    "hist-undated": "verb: 'swept away', 'replaced', 'built' (undated passives)",
    "bio-scientist": "clause: 'studied …, emigrated … in 1949 and joined … in 1952': the undated first verb joins the second",
    "bio-artist": "clause: 'where he met the sculptor', a relative clause of place",
    "biz-results": "verb: 'reported a 12 percent rise', a company's results told with a reporting verb",
    "biz-bankrupt": "verb: 'were sold', 'were made redundant' (undated passives)",
    "sci-retraction": "clause: 'after it was published', 'when the lab's data were found to be fabricated'",
    "sport-final": "verb: 'Both semi-finals were decided on penalties'",
    "local-consult": "plan: 'A consultation … runs until 14 October' (a date's role as a deadline)",
    "local-undated": "verb: 'was closed', 'were found', 'was demolished', 'was built' (undated passives)",
    "court-undated": "verb: 'was sued', 'settled the case'",
    "weather-storm": "verb: 'Power was cut', 'a ferry ran aground'",
    "health-outbreak": "verb: 'had been infected', 'was closed'",
    "earnings": "verb: 'raised its forecast', 'announced a … buyback', a company's news told undated (tried: the gold's "
                "reader of a results story does not list it, so it cost precision)",
    "strike-hist": "clause: 'After five weeks the employers gave in, and the men returned … on 16 September': the "
                   "undated opening clause (tried for all opening clauses: 3 of 11 matched the gold)",
    "pool-leak": "verb: 'after staff noticed water leaking', a perception verb in an after-clause",
    "obit2": "clause: 'Marta Leone, who has died aged 90, founded … in 1961': the death's aside shares the date's "
             "clause; 'and moved to Lisbon', a shared subject with no date of its own (tried: 3 of 19 matched the gold)",
    "court-airport": "plan: 'said they would complete the deal by the end of the month'",
    "dam-talks": "nominal: 'met in Cairo on Sunday for a fourth round of talks': two happenings, one date",
    "mine": "clause: '40 hours after the tunnel flooded', a measured after-clause",
}


@pytest.mark.parametrize(("text", "triggers"), [
    pytest.param(text, triggers, id=name, marks=[pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True)]
                 if name in KNOWN_MISSES else []) for name, _, text, triggers in PASSAGES
])
def test_every_happening_of_a_passage_is_an_event(text: str, triggers: list[str]) -> None:
    assert _missing(text, triggers) == []


def test_the_passages_are_eighty_or_more_across_genres() -> None:
    assert len(PASSAGES) >= 80 and len({name for name, *_ in PASSAGES}) == len(PASSAGES)
    assert len({genre for _, genre, _, _ in PASSAGES}) >= 8
    assert set(KNOWN_MISSES) <= {name for name, *_ in PASSAGES}
