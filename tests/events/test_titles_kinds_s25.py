"""Title kinds of session 25 (issue 12), our own sentences in several registers.

"They" named: in a subordinate clause, the plural subject of the main clause it hangs on ("Her nephews
kept the letters …, until they gave them …"); opening a sentence, the plural subject of the last clause
of the sentence before (when no earlier clause of it has one too) or the bare plural a singular
subject's joined verb took ("… and hired Flemish gunners. They shelled …").

A subject narrowed by "that" and its own past verb keeps the main verb after it: "The bridge that
carried the railway collapsed in 1907" -> "The bridge collapses", never "The bridge carries the
railway collapsed"."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at as _title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The bridge that carried the railway collapsed in 1907.", "1907", "The bridge collapses"),
    ("A storm that flooded the lower valley hit the coast on Monday.", "Monday", "A storm hits the coast"),
    ("The mill that made the town's paper closed in March, after a fire.", "March", "The mill closes, after a fire"),
])
def test_a_that_clause_narrowing_the_subject_keeps_the_main_verb(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def test_a_date_inside_the_that_clause_is_left_to_the_clause_rules() -> None:
    got = _title("The storm that flooded the valley in 2019 hit the coast again on Monday.", "2019", "Monday")
    assert not got.startswith("The storm hits the coast")


# "They" named: the plural subject of the main clause a subordinate clause hangs on, the plural subject
# of the last clause before, or the bare plural a singular subject's joined verb took.


def _doc_titles(text: str) -> list[str]:
    """The titles of ``text`` read as a dropped file is (no document date given)."""
    from tests.events.extracted_events import events_of

    return [e.title for e in events_of(text)]


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Her nephews kept the letters for sixty years, until they gave them to the county archive in 2019.", "2019",
     "Her nephews give them to the county archive"),
    ("Striking porters stayed out for a month, until they returned to work on 3 June.", "3 June",
     "Striking porters return to work"),
    ("The old tenants kept the keys after the sale, because they moved out only in March.", "March",
     "The old tenants move out"),
])
def test_they_in_a_subordinate_clause_is_the_main_clauses_plural_subject(sentence: str, expression: str,
                                                                        title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("text", "title"), [
    # a season review: the team named in the last clause of the sentence before
    ("The coach was sacked in October, but by Christmas the Harriers had won six games in a row. "
     "They clinched the title on 2 May.", "The Harriers clinch the title"),
    # a local history: the bare plural a singular subject hired
    ("In 1645 the earl raised a troop of horse and hired Flemish gunners. "
     "They shelled the castle in June.", "Flemish gunners shell the castle"),
])
def test_they_opening_a_sentence_takes_the_plural_just_before(text: str, title: str) -> None:
    assert title in _doc_titles(text)


def test_they_keeps_its_pronoun_when_the_clause_before_is_singular() -> None:
    got = _title("Rain fell all week, and the club lost its coach. They signed a new one in March.", "March")
    assert not got.startswith("The club lost")
    assert "Rain" not in got
