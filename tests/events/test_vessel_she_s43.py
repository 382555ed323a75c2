"""A "she" opening a sentence after one opened by a name written with "the" ("The brig Calla left Hull",
"The Morning Star was refitted") is the vessel: titles were "She strikes a sandbank", naming nothing.
A plural ("The Hendersons"), a person's title alone ("The Queen") and a name the text tells as a
woman's are left to the person rules. Every sentence here is written for this file."""

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", "A story\n\n" + text, "a")).events}


@pytest.mark.parametrize("text, title", [
    ("The brig Calla left Hull on 2 May. On the 9th she struck a sandbank.", "The Calla strikes a sandbank"),
    ("The Morning Star was refitted at Leith in 1921. She sank off Arran in 1923.", "The Morning Star sinks off Arran"),
    ("The ferry Ondine was built at Govan. She sank off Arran in 1921.", "The Ondine sinks off Arran"),
    ("The Elsa Grey ran the mail to Barra for forty years. In 1958 she was sold for scrap.", "The Elsa Grey is sold for scrap"),
])
def test_she_is_the_vessel_named_before(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


@pytest.mark.parametrize("text, wrong", [
    ("The Queen opened the bridge in 1961. She returned in 1977 to open the museum.", "The Queen returns"),
    ("The Hendersons moved to Leeds in 1950. She died there in 1960.", "The Hendersons dies"),
])
def test_no_vessel_is_read_into_she(text: str, wrong: str) -> None:
    assert not any(t.startswith(wrong) for t in _titles(text)), _titles(text)
