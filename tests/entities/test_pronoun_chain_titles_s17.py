"""Issue 12, session seventeen (titles, second round): an undated act told by "She …" names the person
a chain of sentences told by the same pronoun goes back to ("Mara Quell joined …. She won …. In 1985
she toured …. She later founded …"), and a headline's line ends a sentence; a rival person, the other
sex, a sentence with no pronoun or a chain too long leaves the pronoun. "It has refunded …" after
sentences opened by "It" names the body the first of them opens with. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest.extract import extract_document

JOINED = "Mara Quell joined the city orchestra in 1979. "


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("quell.txt", text, "Quell"), date(2020, 1, 1)).events]


@pytest.mark.parametrize(
    "text, expected",
    [
        (JOINED + "She won the principal chair within a year. In 1985 she toured Japan with a string quartet. "
                  "She later founded a music school.", "Mara Quell later founds a music school"),
        ("Teodor Lasc took over the family bakery in 1971. His brother ran the shop, and he baked. "
         "He eventually opened a second bakery.", "Teodor Lasc opens a second bakery"),
        # a headline's line, holding a body's name, before the person's first sentence
        ("Profile: Ines Varn, Tarnby Rowing Club\n\nInes Varn joined the club in 1988. She later won the "
         "national sculls title.", "Ines Varn later wins the national sculls title"),
    ],
)
def test_a_chain_of_the_same_pronoun_leads_back_to_the_name(text: str, expected: str) -> None:
    assert expected in _titles(text)


@pytest.mark.parametrize(
    "text, left",
    [
        # another person named in the chain
        (JOINED + "Her teacher, Anna Holt, retired in 1980. In 1985 she toured Japan with a string quartet. "
                  "She later founded a music school.", "She later founds a music school"),
        # the other sex
        (JOINED + "In 1985 she toured Japan with a string quartet. He later founded a music school.",
         "He later founds a music school"),
        # a sentence between that tells of no one by the pronoun
        (JOINED + "The orchestra toured Japan in 1985. The hall closed for repairs that winter. "
                  "She later founded a music school.", "She later founds a music school"),
    ],
)
def test_the_pronoun_stays_when_the_chain_breaks(text: str, left: str) -> None:
    assert left in _titles(text)


@pytest.mark.parametrize("body", ["Harrow Energy", "Tolland Power Ltd", "Brackley Council"])
def test_sentences_opened_by_it_lead_back_to_the_body(body: str) -> None:
    # "It says …. It has refunded …": the body the first sentence opens with, past a heading line
    text = (f"Mr Dane moved into the flat in 2021.\n\nWhat {body} says\n\n{body} says its meters would "
            "normally have caught the fault. It says it does not know why that did not happen. "
            "It has refunded Mr Dane's bill.")
    assert f"{body} refunds Mr Dane's bill" in _titles(text)


def test_it_stays_when_another_body_is_named_on_the_way() -> None:
    text = ("Mr Dane moved into the flat in 2021. Harrow Energy says its meters would normally have caught "
            "the fault. Brook Water says the readings were sent. It says it does not know why that did "
            "not happen. It has refunded Mr Dane's bill.")
    assert "Harrow Energy refunds Mr Dane's bill" not in _titles(text)
