"""Names with a lower-case particle inside ("Dar es Salaam", "Osama bin Laden", "Abu Bakr al-Baghdadi")
stay whole in the entity list and in event titles: a name is never cut at its particle. Made-up
sentences; the names are well-known places and people, not the sample's."""

from __future__ import annotations

import pytest

from explorer.entities import build_index
from explorer.events.tense import headline_tense
from explorer.events.titles.phrases import without_second_name
from explorer.events.titles import make_title


def _names(text: str) -> set[str]:
    index = build_index([("doc", text)])
    return {e.name for e in index.entities.values()}


@pytest.mark.parametrize("text, name", [
    ("Officials in Dar es Salaam said the blast killed ten people on Friday.", "Dar es Salaam"),
    ("The embassy in Dar es Salaam reopened. Staff in Dar es Salaam returned to work.", "Dar es Salaam"),
])
def test_a_place_is_not_cut_at_its_particle(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert "Dar" not in names and "Salaam" not in names


@pytest.mark.parametrize("sentence, date, title", [
    ("Osama bin Laden was killed in Abbottabad in May 2011.", "May 2011", "Osama bin Laden is killed in Abbottabad"),
    ("Abu Bakr al-Baghdadi declared a caliphate in Mosul in June 2014.", "June 2014",
     "Abu Bakr al-Baghdadi declares a caliphate in Mosul"),
    ("In 1824 Ludwig van Beethoven conducted the premiere in Vienna.", "1824",
     "Ludwig van Beethoven conducts the premiere in Vienna"),
])
def test_a_title_keeps_the_whole_name(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("title, present", [
    ("Bashar al-Assad declared a truce", "Bashar al-Assad declares a truce"),
    ("Ludwig van Beethoven wrote a symphony", "Ludwig van Beethoven writes a symphony"),
])
def test_the_verb_after_a_particle_name_is_put_in_the_present(title: str, present: str) -> None:
    assert headline_tense(title) == present


def test_a_coordinated_place_with_a_particle_is_not_a_noun_phrase() -> None:
    # "Dar es Salaam" is a name; "es" is no common noun heading "Nairobi and Dar" ("Middle East and
    # North Africa director" is what the rule is for).
    words = "Bombs hit the embassies in Nairobi and Dar es Salaam on the same morning".split()
    assert without_second_name(words, 1, 10) == words


@pytest.mark.parametrize("clause", [
    "The mayor of Rio de Janeiro visited Dar es Salaam",
    "The governor of New South Wales resigned",
])
def test_the_place_of_an_office_is_not_its_holder(clause: str) -> None:
    from explorer.events.names import without_office

    assert without_office(clause) == clause


def test_the_holder_after_a_title_with_of_is_still_named() -> None:
    from explorer.events.names import without_office

    assert without_office("Secretary of State Mike Pompeo visited Oslo") == "Mike Pompeo visited Oslo"
