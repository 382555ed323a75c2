"""Two kinds from own pages (a press release, a school newsletter), with pages of our own:

- a press release's dateline with the wire's name between slashes ("CAMBRIDGE, England, 4 February 2025
  /PRNewswire/ -- …") is furniture, as "(Reuters) -" is: it gave an event titled "CAMBRIDGE, England,
  /PRNewswire/", the wire became the story's actor, and a title began "TORONTO, /CNW/ - …";
- an undated past act told after a dated one and before a plan ahead of the page ("The library opened
  on 10 March. Mrs Okafor cut the ribbon. Term ends on 4 April", written on 21 March) happened by the
  page's date: its window had run to the plan's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_precision_kinds_s10 import _events


@pytest.mark.parametrize(("line", "subject", "wire"), [
    ("CAMBRIDGE, England, 4 February 2025 /PRNewswire/ -- Northgate Bio today announced that it had completed "
     "enrolment in its trial.", "Northgate Bio", "PRNewswire"),
    ("TORONTO, March 3, 2024 /CNW/ - Maple Foods said today it had bought a bakery in Hamilton.", "Maple Foods", "CNW"),
    ("OSLO, Norway, 12 May 2023 /Nordic Wire/ -- Fjord Cables today opened its new plant in Bergen.", "Fjord Cables", "Nordic Wire"),
])
def test_a_release_wire_dateline_is_furniture(line: str, subject: str, wire: str) -> None:
    events = _events(f"Company news\n\n{line}\n", None)
    assert events and all(e.title.startswith(subject) for e in events), [e.title for e in events]
    assert not any(wire in a for e in events for a in e.actors)


def test_guard_an_agency_in_brackets_stays_furniture() -> None:
    events = _events("Company news\n\nTORONTO, March 3, 2024 (Reuters) - Maple Foods said today it had bought a bakery.\n", None)
    assert [e.title for e in events] == ["Maple Foods says it had bought a bakery"]


@pytest.mark.parametrize(("text", "act", "page"), [
    ("Friday 21 March 2025\n\nThe new library opened on 10 March. Mrs Okafor cut the ribbon.\n\n"
     "Term ends on Friday 4 April.", "cuts the ribbon", date(2025, 3, 21)),
    ("Monday 2 June 2025\n\nThe club's new pavilion was finished on 14 May. The mayor unveiled a plaque.\n\n"
     "The season opens on 21 June.", "unveils a plaque", date(2025, 6, 2)),
])
def test_a_past_act_before_a_plan_happened_by_the_page_date(text: str, act: str, page: date) -> None:
    event = next(e for e in _events(text, None) if act in e.title)
    assert event.end is not None and event.end <= page
