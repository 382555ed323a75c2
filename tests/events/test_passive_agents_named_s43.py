"""A passive's title keeps the one who acted, by name when the sentence names them after a description:
"He retired in 1971 and was succeeded by his deputy, Tom Ardle" titled "Arne Holt is succeeded" (and "The
mill is bought by a local banker") told nobody who acted. An undated passive cut at its participle lost
its "by" phrase too ("The fire is put out"). A count after "by" is no doer ("defeated by four votes").
Every sentence here is written for this file, in several genres and tenses."""

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document
from explorer.events.titles.passive_agents import with_passive_agent


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", "A story\n\n" + text, "a")).events}


@pytest.mark.parametrize("text, title", [
    ("Arne Holt ran the choir from 1950. He retired in 1971 and was succeeded by his deputy, Tom Ardle.",
     "Arne Holt is succeeded by Tom Ardle"),
    ("The mayor resigned in March 2019 and was replaced by her deputy, Carla Nunes.",
     "The mayor is replaced by Carla Nunes"),
    ("In 1788 the mill was bought by a local banker, Josiah Hart, who rebuilt it.", "The mill is bought by Josiah Hart"),
    ("The editor was dismissed in June 2004 and replaced by the paper's sports writer, Ben Kale.",
     "The editor is replaced by Ben Kale"),
    ("Kessler retired from the board in 2011 and was replaced by the chief engineer, Ruth Mallory, who led the firm "
     "until 2020.", "Kessler is replaced by Ruth Mallory"),
    ("The station was opened on 4 May 1923 by the local MP, Sir Edward Lane.", "Sir Edward Lane opens the station"),
    ("Her first novel was published in 1962 by a small Dublin firm, Dolmen Books.", "Dolmen Books publishes her first novel"),
    ("The fire was put out by the crew within twenty minutes.", "The fire is put out by the crew"),
])
def test_the_passive_names_who_acted(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


@pytest.mark.parametrize("title, sentence, expected", [
    # a saying after the comma, not the agent's name
    ("The house is sold", "The house was sold by the family, Hale said.", "The house is sold by the family"),
    # a place after the description's phrase, not its name
    ("The goods are shipped", "The goods were shipped by a firm in Leeds, England.", "The goods are shipped by a firm"),
    # counts, not doers
    ("The amendment is defeated", "The amendment was defeated by four votes.", "The amendment is defeated"),
    ("The header is freed", "The header was freed by six.", "The header is freed"),
    # the agent of a later participle
    ("The hall is rebuilt with money raised", "The hall was rebuilt with money raised by former pupils.",
     "The hall is rebuilt with money raised"),
    ("The walkers are found", "The walkers were found by two shepherds on the moor.", "The walkers are found by two shepherds"),
])
def test_what_is_no_named_doer(title: str, sentence: str, expected: str) -> None:
    assert with_passive_agent(title, sentence) == expected
