"""Issue 12, session twelve (titles-two): a subject narrowed by a clause of its own keeps the main
clause's predicate in the title, and a past told back a step in reported speech is that past
happening. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.relatives import without_subject_clause
from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a restrictive relative clause in the subject, then the main clause's auxiliary
        ("Rain fell. A teacher who taught at the school for a decade was dismissed on Monday.", "Monday",
         "A teacher is dismissed"),
        ("Rain fell. A nurse who worked nights was attacked in a car park on Friday.", "Friday",
         "A nurse is attacked in a car park"),
        ("Rain fell. The man who was arrested in May was charged on 3 June.", "3 June", "The man is charged"),
        # a past participle and its preposition narrowing the subject (a reduced relative)
        # (session thirteen: a passive's described agent is told first, in the active)
        ("Rain fell. A statue buried under the square for centuries was uncovered by builders in 2019.", "2019",
         "Builders uncover a statue"),
        ("Rain fell. Two walkers stranded on the ridge overnight were rescued on Sunday.", "Sunday",
         "Two walkers are rescued"),
    ],
)
def test_a_subjects_own_clause_is_left_out_of_the_main_clauses_title(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "clause, expression",
    [
        ("A teacher who joined in 2010 was dismissed on Monday.", "2010"),  # the relative clause's own date
        ("The last great flood recorded in the valley was in 1953.", "1953"),  # a copula: a state
        ("I heard long afterwards that she had died in Hull in 1931.", "1931"),  # a pronoun subject
        ("The ferry sailed from Leith and was damaged in May.", "May"),  # a conjunct, not a subject's clause
        ("The ferry sailed from Leith after it was damaged in May.", "May"),  # a clause with its own subject
        ("The council, which met in May, was dissolved in June.", "June"),  # an aside: left to other rules
    ],
)
def test_clauses_that_are_no_subjects_own_clause_are_left_alone(clause: str, expression: str) -> None:
    start = clause.index(expression)
    assert without_subject_clause(clause, start, start + len(expression)) is None


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Rain fell. The council said the bridge had been closed in May.", "May", "The bridge is closed"),
        ("Rain fell. Police said the driver had been arrested on Friday.", "Friday", "The driver is arrested"),
    ],
)
def test_a_past_told_back_a_step_is_the_happening_told(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_a_had_of_possession_stays_the_tellers() -> None:
    assert _titled("Rain fell. The firm said it had no plans for May.", "May").startswith("The firm says")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a main clause in the present, then a clause telling when or why, after a comma
        ("Rain fell. The line closes on 3 March, when a storm surge is expected.", "3 March", "The line closes"),
        ("Rain fell. The museum reopens on 3 March, as repairs are finished.", "3 March", "The museum reopens"),
        ("Rain fell. The line closed on 3 March, when a storm surge hit the coast.", "3 March", "The line closes"),
        ("Rain fell. The school closed on 3 March as snow blocked the roads.", "3 March", "The school closes"),
    ],
)
def test_a_trailing_clause_of_when_or_why_leaves_the_title(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "when" with no comma may hold the date's own happening; a pronoun's clause is left too
        ("Rain fell. He followed this rule when he stepped down (1880).", "1880", "He follows this rule when he steps down"),  # (s34: the clause in the present too)
        ("Rain fell. The king died in 1701, as he had wished.", "1701", "The king dies, as he had wished"),
    ],
)
def test_a_clause_that_may_hold_the_date_stays(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # an owner's office before a modal or "is to": the noun after is a verb, and the office stays
        ("Rain fell. Norland's ambassador will return to the capital on 3 June.", "3 June",
         "Norland's ambassador will return to the capital"),
        ("Rain fell. Norland's envoy is to visit the capital later this month.", "later this month",
         "Norland's envoy is to visit the capital"),
        # a happening told by its noun, with the owner's modifiers between, is still retold
        ("Rain fell. Marta Olsen's visit to Kessa on 3 June was short.", "3 June", "Marta Olsen visits Kessa"),
    ],
)
def test_a_verb_after_an_owners_office_is_no_happening_noun(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def _undated_titles(text: str) -> list[str]:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    doc = Document("a.txt", "Court news\n\n" + text, "t")
    return [e.title for e in extract_document(doc, dct=date(2026, 3, 12)).events if not e.timex]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive with its agent, told in the sentence after the one naming who underwent it (the agent
        # kept since session 43, see test_passive_agents_named_s43)
        ("Marta Kell was convicted in February of theft. She was sentenced by Judge Anna Ferro.",
         "Marta Kell is sentenced by Judge Anna Ferro"),
        ("Marta Kell, 47, was found guilty in February of theft. She was sentenced by Judge Anna Ferro, who "
         "said the thefts had hurt the firm.", "Marta Kell is sentenced by Judge Anna Ferro"),
        # a description as the patient is written in lower case after the agent
        ("Marta Kell was convicted in February of theft. The driver was sentenced by Judge Anna Ferro.",
         "Judge Anna Ferro sentences the driver"),
    ],
)
def test_an_undated_passive_names_its_patient_from_its_own_sentence(text: str, expected: str) -> None:
    assert expected in _undated_titles(text)
