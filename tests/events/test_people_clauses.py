"""Events recall, session twenty-three (issue 12): a clause of its own told by people.

"…, and the committee met again in private", "…, and his lawyers went to the supreme court", "…, and
dozens of volunteers cleared the fallen trees": a clause joined to an act by ", and", ", but", a
semicolon or a bare "and", whose subject names people (a body, a crew, a role, someone's men, a count
of them), tells what they did whatever follows its verb (see ``explorer.events.people_clauses``). A
thing's clause without an object ("and the level rose"), a pronoun's, a habit, a feeling or a reaction,
and a bare plural with only a place after it ("and drivers returned to the old route") are left out.
Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.people_clauses import PEOPLE_CLAUSE, reads_as_a_clause
from explorer.ingest import extract_document


def _joined(sentence: str) -> dict[str, str]:
    return {found.trigger: title for found, title in iter_joined_clauses(sentence, 0, len(sentence))}


def _people_verbs(sentence: str) -> list[str]:
    return [m.group("verb") for m in PEOPLE_CLAUSE.finditer(sentence) if reads_as_a_clause(sentence, m)]


@pytest.mark.parametrize(("sentence", "verb", "title"), [
    # a match report, minutes, a court report, a trek diary, storm news, a school newsletter, politics
    ("The referee abandoned the match in the second half, and the players walked off.", "walked",
     "The players walk off"),
    ("The chairman adjourned the hearing on Tuesday, and the committee met again in private.", "met",
     "The committee meets again in private"),
    ("The court dismissed the appeal in March, and his lawyers went to the supreme court.", "went",
     "His lawyers go to the supreme court"),
    ("Our guide turned back at the col, and our porters camped by the lake.", "camped",
     "Our porters camp by the lake"),
    ("The storm cut the power on Sunday, and dozens of volunteers cleared the fallen trees.", "cleared",
     "Dozens of volunteers clear the fallen trees"),
    ("The fire alarm sounded at noon, and the pupils filed out into the yard.", "filed",
     "The pupils file out into the yard"),
    ("The minister resigned in May, and her deputy took over the department.", "took",
     "Her deputy takes over the department"),
    # a "when" clause before the joint ends there: the clause after ", and" is a main clause of its own
    ("The keeper rang the bell when the fog came down, and the lifeboat crew put to sea within minutes.", "put",
     "The lifeboat crew puts to sea within minutes"),
])
def test_a_clause_of_its_own_told_by_people_is_a_happening(sentence: str, verb: str, title: str) -> None:
    assert _joined(sentence).get(verb) == title


@pytest.mark.parametrize("sentence", [
    # a state or a feeling after people
    "Sales rose in May, and the staff were delighted.",
    "The club lost in March, and the players felt let down.",
    # a habit told in the clause before
    "The village flooded every winter, and the children rowed to school.",
    # people in general with a place after them: what such people do
    "The bridge reopened in April, and drivers returned to the old route.",
    # those who watch, and a reaction
    "The tenor sang the final aria, and the audience cheered.",
    "The rent went up in June, and the tenants complained.",
    # two subjects of one verb, and a participle after a listed noun
    "The mayor and the councillors closed the bridge.",
    "With her went a botanist, a photographer and six porters hired in the town.",
    # what followed as a tally, and what was not received
    "She scored a century in May, and the team went on to win six matches.",
    "A teacher wrote to the ministry; the governors received no reply.",
    # a pronoun: left to the rules that want an object after it
    "The engine failed off the point, and they drifted for an hour.",
    # a thing, not people
    "The pumps ran all night, and the water level dropped by a metre.",
])
def test_no_people_clause(sentence: str) -> None:
    assert _people_verbs(sentence) == []


def test_a_people_clause_after_a_saying_is_what_was_said() -> None:
    # (the engineers' walk-out is part of what the mayor said, not a happening the sentence tells)
    assert "walked" not in _joined("The mayor said the bridge was safe, and the engineers walked off the site.")


def test_a_people_clause_shares_the_date_of_the_clause_before() -> None:
    doc = Document("a.txt", "Town notes\n\nThe chairman adjourned the hearing on 3 June 2025, and the committee met "
                   "again in private. The report was published on 20 June 2025.", "t")
    events = list(extract_document(doc, dct=date(2025, 6, 30)).events)
    met = [e for e in events if e.title.startswith("The committee meets")]
    assert len(met) == 1, [e.title for e in events]
    assert met[0].begin == date(2025, 6, 3)
