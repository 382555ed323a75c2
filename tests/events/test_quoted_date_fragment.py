"""A quotation that holds only a date ("“From 2013 onward,” after the election of X as president, …")
is the writer dating the sentence's own happening in the speaker's words: its date dates that
happening. A quoted sentence with a date stays what someone said, and so does a date-only quotation
that the attribution breaks ("“Next week,” she said, “we open the bridge.”"). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.event_dates import is_quoted
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None):
    out = extract_document(Document("a.txt", text, "t"), dct=dct)
    return [(e.title, e.begin.year if e.begin else None) for e in out.events]


@pytest.mark.parametrize("text, dct, year", [
    ("“From 2013 onward,” after the election of Hana Cole as mayor, the council “met every week.”", date(2021, 1, 1), 2013),
    ("“Since 1998,” after the founding of the cooperative, the farmers “sold their milk together.”", None, 1998),
    ("“In 2004,” after the opening of the new bridge, traffic in the old town “fell by half,” he recalled.", date(2019, 5, 2), 2004),
])
def test_a_date_only_quotation_dates_the_sentences_happening(text: str, dct: date | None, year: int) -> None:
    years = [y for _, y in _dated(text, dct)]
    assert year in years


def test_a_quoted_sentence_with_a_date_stays_what_was_said() -> None:
    text = "“We met the minister on 3 May 2016 and nothing came of it,” the chairman said."
    assert is_quoted(text, text.index("3 May"))


def test_a_date_only_quotation_broken_by_the_attribution_stays_quoted() -> None:
    text = "“Next week,” she said, “we open the bridge.”"
    assert is_quoted(text, text.index("Next"))


def test_the_fragment_rule_needs_the_whole_quotation_to_be_the_date() -> None:
    text = "“From 2013 onward we worked as one,” he said."
    assert is_quoted(text, text.index("2013"))
    fragment = "“From 2013 onward,” after the election, he “worked as one.”"
    assert not is_quoted(fragment, fragment.index("2013"))
