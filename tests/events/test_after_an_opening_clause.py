"""The main clause's act after an opening "After …" clause that has a dated act of its own is no
longer ``exact`` (``events.event_dates.after_an_opening_clause``). The pass that made the opening
clause's event hands over the main event's id: the step reads no derivation text. Sentences written
for this test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.event_dates import after_an_opening_clause
from explorer.ingest import extract_document

_SENTENCES = (
    ("After the bakery repaid its debts in April 2024, the owner opened a second shop.", "April 2024"),
    ("After the ferry company sold its oldest boat on Tuesday, the harbour master retired.", "Tuesday"),
)


def _events(sentence: str):
    return extract_document(Document("a.txt", "Harbour notes\n\n" + sentence, "t"), dct=date(2025, 6, 30)).events


def _main(events, timex: str):
    found = [e for e in events if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in events]
    return found[0]


@pytest.mark.parametrize("sentence, timex", _SENTENCES)
def test_the_pipeline_marks_the_main_act_after_the_opening_clauses_act(sentence: str, timex: str) -> None:
    main = _main(_events(sentence), timex)
    assert main.certainty == "inferred" and main.derivation.endswith("after the opening clause's act")


@pytest.mark.parametrize("sentence, timex", _SENTENCES)
def test_the_step_goes_by_the_ids_it_is_given_not_by_derivation_text(sentence: str, timex: str) -> None:
    exact = replace(_main(_events(sentence), timex), certainty="exact", derivation="explicit")
    # no other event's derivation names it: only the ids handed over decide
    assert after_an_opening_clause([exact], {exact.id})[0].certainty == "inferred"
    assert after_an_opening_clause([exact], set())[0] == exact


def test_an_event_with_no_opening_after_clause_is_left_as_it_was() -> None:
    exact = replace(_main(_events("The bakery repaid its debts in April 2024."), "April 2024"), certainty="exact")
    assert after_an_opening_clause([exact], {exact.id}) == [exact]
