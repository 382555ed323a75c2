"""A company the index took for a person is no one "he" or "she" stands for (session 52, h52t): "Valdmark
Dairies … Mr Berg … a junior accountant discovered the ledger. She reported it" gave the actor Valdmark
Dairies once the men were passed over; a name ending in a legal form or a trade (``aliases.is_company_name``)
is a company's, whatever kind the index gave it."""

from __future__ import annotations

import pytest

from explorer.entities.index import Entity
from explorer.entities.subject import resolve_subject
from explorer.events import gender


@pytest.mark.parametrize("company", ["Brennock Bakeries", "Harland Foods", "Tessaly Holdings"])
def test_she_passes_over_a_company_taken_for_a_person(company: str) -> None:
    before = [(0, Entity(f"person:{company}", company, "person")), (60, Entity("person:Olav Lode", "Olav Lode", "person"))]
    sexes = {"Olav Lode": gender.MALE}
    found = resolve_subject("She reports it to the auditors", before, lambda at: True,
                            sex_of=lambda entity: sexes.get(entity.name))
    assert found is None, found


def test_she_still_finds_the_woman_before_a_company() -> None:
    # guard: a person's name is no company's, and she is found as before
    before = [(0, Entity("person:Ada Lind", "Ada Lind", "person")), (30, Entity("person:Harland Foods", "Harland Foods", "person")),
              (60, Entity("person:Olav Lode", "Olav Lode", "person"))]
    sexes = {"Olav Lode": gender.MALE}
    found = resolve_subject("She reports it to the auditors", before, lambda at: True,
                            sex_of=lambda entity: sexes.get(entity.name))
    assert found is not None and found.name == "Ada Lind", found
