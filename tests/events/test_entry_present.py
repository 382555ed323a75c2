"""An entry's later acts told in the present (explorer.events.entry_present): its module's examples
give what it says they give, and a line is an entry exactly when the tagger reads its stamp as an
entry's (explorer.temporal.anchor_context.opens_entry). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.entry_present import in_an_entry
from explorer.ingest import extract_document


def _events(text: str, dct: date | None) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


def test_an_entrys_later_act_is_listed_undated_where_no_date_bounds_it() -> None:
    text = "Timeline of the feud\n\nMay 2011: A ferry firm cuts its winter crossings. The coastguard sends two boats to the reef.\n"
    assert _events(text, None) == [("A ferry firm cuts its winter crossings", date(2011, 5, 1)),
                                   ("The coastguard sends two boats to the reef", None)]


def test_a_diary_stamp_with_no_act_dates_the_next_sentences_act() -> None:
    text = "Log\n\n12 March. Fog overnight. Petra sprains her wrist on the foredeck.\n"
    assert _events(text, date(2022, 6, 1)) == [("Petra sprains her wrist on the foredeck", date(2022, 3, 12))]


@pytest.mark.parametrize(("line", "entry"), [
    ("May 2011: Crews dig.", True), ("2011. Crews dig.", True), ("12 March. Crews dig.", True),
    ("Friday 12 March: Crews dig.", True), ("March 12 – Crews dig.", True), ("  2011: Crews dig.", True),
    ("May 2011 : Crews dig.", True),
    # (an unspaced dash is no stamp's end for the tagger either: "2011-12", "2011-Crews")
    ("2011- Crews dig.", False), ("2011 Crews dig.", False), ("20115. Crews dig.", False), ("In 2011. Crews dig.", False),
])
def test_a_line_is_an_entry_as_the_tagger_reads_its_stamp(line: str, entry: bool) -> None:
    text = "Notes\n" + line
    assert in_an_entry(text, text.index("Crews")) is entry
