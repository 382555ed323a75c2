"""A happening told through its teller ("Ada Voss says the growers had lost their crop") has the told
clause's subject among its actors (issue 12, session twenty-one): first when the told clause tells a
past act, after the teller when it tells what would be. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events
from explorer.events.told_subjects import told_clause


def _actors(text: str, expression: str) -> tuple[str, ...]:
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, text)])
    return next(index.label(e).actors for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex == expression)


@pytest.mark.parametrize(
    "title, told",
    [
        ("Ada Voss says the growers had lost their crop", ("the growers had lost their crop", True)),
        ("The agency reminds members that the fund had closed", ("the fund had closed", True)),
        ("Ada Voss says the vote would take place", ("the vote would take place", False)),
        ("Ada Voss says he sails to Oslo", None),
        ("The union tells pickets", None),
        ("Ada Voss says “the harvest was a disaster”", None),
        ("Ada Voss opens the hall", None),
    ],
)
def test_told_clause(title: str, told: tuple[str, bool] | None) -> None:
    assert told_clause(title) == told


def test_the_subject_of_a_told_past_act_comes_first() -> None:
    text = "Ada Voss, who chairs the growers' union, said on Friday that the orchards had lost half their fruit in May."
    actors = _actors(text, "May")
    assert actors[:1] == ("the orchards",), actors
