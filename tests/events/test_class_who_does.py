"""``date_roles_generic.holds_every_day``: a class described by a relative clause in the plain present
("Patients who take the pill at night") is read with the same plain-present reading as a class's own
verb, so a passive or an adjective after "are" counts as it does there. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.date_roles_generic import holds_every_day


@pytest.mark.parametrize(("clause", "date_text", "every_day"), [
    ("Patients who are treated at ", "night", True),  # "are" before a participle: a present, as for a subject
    ("Cyclists who usually ride in ", "the early morning", True),
    ("Cyclists who rode in ", "the early morning", False),  # a past
    ("Cyclists who will ride in ", "the morning", False),  # a modal
    ("Cyclists who are expected to ride in ", "the morning", False),  # a plan
    ("Cyclists who ride in ", "tonight", False),  # one night named
])
def test_a_class_described_by_its_habit(clause: str, date_text: str, every_day: bool) -> None:
    assert holds_every_day(clause, date_text) is every_day


@pytest.mark.parametrize(("clause", "season", "every_year"), [
    ("Farmers plant in ", "spring", True),
    # (a plan after "are" was let through by the bare-verb branch, which read "are" as a verb)
    ("Farmers are expected to plant in ", "spring", False),
    ("Growers are due to harvest in ", "autumn", False),
])
def test_a_plan_after_are_is_no_habit(clause: str, season: str, every_year: bool) -> None:
    from explorer.events.date_roles_generic import holds_every_year

    assert holds_every_year(clause, season, "") is every_year
