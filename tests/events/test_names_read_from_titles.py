"""A title that names what a pronoun stood for ("It punished the rebels" titled "Carthage punishes the
rebels") gives its subject a capital of its own. Read back from the title, only a collective noun
("Police", "Parliament") is a description of who acted; a name that merely ends like a common noun
("-age", "-ment") stays a name and is no lower-case description. Made-up names."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description


@pytest.mark.parametrize("title, sentence", [
    ("Carthage punishes the rebels", "It punished the rebels in 238 BC."),
    ("Valdorage taxes the ports", "It taxed the ports in 1120."),
    ("Brennage signs the treaty", "It signed the treaty in 1401."),
    ("Eskerment seizes the fort", "It seized the fort in 1204."),
])
def test_a_name_read_from_the_title_is_no_description(title: str, sentence: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) is None


@pytest.mark.parametrize("title, sentence, actor", [
    ("Police arrest two men", "They arrested two men on Friday.", "police"),
    ("Parliament passes the bill", "It passed the bill in 1832.", "parliament"),
])
def test_a_collective_read_from_the_title_is_the_description(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0, lone_word=True) == actor
