"""The Qt-free navigation rules (explorer.navigation): fast, no window."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from explorer import navigation as nav
from explorer.events.record import Event


def ev(eid: str, begin: date | None, end: date | None = None, doc: str = "a", start: int = 0, **kw) -> Event:
    return Event(id=eid, doc=doc, title=kw.pop("title", eid), sentence=kw.pop("sentence", f"sentence {eid}"),
                 sentence_start=start, sentence_end=start + 10, timex="x", timex_start=start, timex_end=start + 1,
                 value="", type="DATE", begin=begin, end=end, certainty="exact" if begin else "undated", **kw)


A = ev("a", date(2001, 3, 1), date(2001, 3, 31), start=10)
B = ev("b", date(2003, 5, 5), start=50)
C = ev("c", date(2010, 1, 1), date(2010, 12, 31), start=90)
D = ev("d", date(1998, 1, 12), doc="b", start=5)
E = ev("e", date(1997, 1, 1), date(2004, 12, 31), doc="b", start=40)
U = ev("u", None, doc="b", start=70)
ALL = [A, B, C, D, E, U]


def test_time_order_steps_chronologically_and_stops_at_the_ends():
    order = nav.TimeOrder(ALL)
    assert [e.id for e in order.events] == ["e", "d", "a", "b", "c"]  # undated left out
    assert order.step(None, +1) is E and order.step(None, -1) is C
    assert order.step(E, +1) is D and order.step(D, -1) is E
    assert order.step(C, +1) is C and order.step(E, -1) is E
    assert order.first() is E and order.last() is C
    assert order.step(U, +1) is E and order.step(U, -1) is C  # undated: from the ends


def test_a_hidden_current_event_steps_from_where_it_would_be():
    order = nav.TimeOrder([E, D, B, C])  # A filtered out
    assert order.step(A, +1) is B and order.step(A, -1) is D


def test_equal_dates_have_a_stable_order_narrower_first():
    day = ev("day", date(2001, 3, 1), start=1)
    order = nav.TimeOrder([A, day])
    assert order.events == [day, A]


def test_text_order_within_the_document_including_undated():
    assert nav.step_in_text(ALL, D, +1, None) is E
    assert nav.step_in_text(ALL, E, +1, None) is U
    assert nav.step_in_text(ALL, U, +1, None) is U  # stays at the end
    assert nav.step_in_text(ALL, A, -1, None) is A
    assert nav.step_in_text(ALL, None, +1, "a") is A  # nothing selected: the shown document
    assert nav.step_in_text(ALL, None, -1, "a") is C
    assert nav.step_in_text(ALL, None, +1, None) is None


def test_lanes_skip_empty_ones_and_closest_in_time():
    has = {0: True, 1: False, 2: True}.get
    assert nav.next_lane(3, 0, +1, has) == 2
    assert nav.next_lane(3, 2, +1, has) is None
    assert nav.next_lane(3, 2, -1, has) == 0
    assert nav.next_lane(3, None, +1, has) == 0 and nav.next_lane(3, None, -1, has) == 2
    assert nav.closest_in_time([D, E, U], nav.midpoint(A)) is E  # 1997-2004 is centred on 2001
    assert nav.closest_in_time([D, U], nav.midpoint(A)) is D
    assert nav.closest_in_time([U], 0.0) is None


def test_search_matches_titles_sentences_actors_places_case_insensitively():
    k = ev("k", date(2003, 5, 5), title="Treaty signed", sentence="The treaty was signed.",
           actors=("Hamid Karzai",), places=("Kabul",))
    assert nav.search([A, k, U], "kabul") == [k]
    assert nav.search([A, k], "KARZAI") == [k]
    assert nav.search([A, k], "treaty") == [k]
    assert nav.search([A, B, U], "sentence") == [A, B, U]  # dated in time order, then undated
    assert nav.search([A, k], "  ") == []


def test_stepping_through_matches_wraps_and_starts_from_the_selection():
    found = [E, A, C]
    assert nav.step_in_matches(found, None, +1) is E
    assert nav.step_in_matches(found, A, +1) is C and nav.step_in_matches(found, C, +1) is E
    assert nav.step_in_matches(found, E, -1) is C
    assert nav.step_in_matches(found, B, +1) is C and nav.step_in_matches(found, B, -1) is A  # not a match
    assert nav.step_in_matches([], A, +1) is None


def test_nearest_event_to_a_date_prefers_overlap():
    order = nav.TimeOrder(ALL)
    assert order.nearest(date(2003, 5, 1), date(2003, 5, 31)) is B
    assert order.nearest(date(2019, 3, 1), date(2019, 3, 31)) is C
    assert order.nearest(date(1990, 1, 1), date(1999, 12, 31)) is E  # starts nearest 1990


def test_go_to_date_lands_at_or_after_the_date_never_before():
    order = nav.TimeOrder(ALL)
    assert order.at_or_after(date(2003, 5, 1), date(2003, 5, 31)) is B  # on the date
    assert order.at_or_after(date(2002, 1, 1), date(2002, 12, 31)) is E  # the 1997-2004 span covers it
    assert order.at_or_after(date(2005, 1, 1), date(2005, 12, 31)) is C  # nothing on it: the next one
    assert order.at_or_after(date(2011, 1, 1), date(2011, 1, 31)) is None  # nothing after: none
    assert order.at_or_after(date(1990, 1, 1), date(1999, 12, 31)) is E  # starts nearest 1990
    only_c = nav.TimeOrder([D, C])  # a filter keeps 1998 and 2010: 2003 goes to 2010, not 1998
    assert only_c.at_or_after(date(2003, 1, 1), date(2003, 12, 31)) is C
    assert nav.TimeOrder([]).at_or_after(date(2003, 1, 1), date(2003, 1, 1)) is None


def test_span_with_margin_is_in_epoch_seconds():
    x0, x1 = nav.span_with_margin(date(1970, 1, 1), date(1970, 1, 10), fraction=0.1, min_days=0)
    assert (x0, x1) == (-86400.0, 11 * 86400.0)
    assert nav.epoch_to_ordinal(0.0) == date(1970, 1, 1).toordinal()


def test_history_back_forward_like_a_browser():
    h = nav.History(limit=3)
    for eid in "abc":
        h.visit(eid)
    h.visit("c")  # no duplicate
    assert h.back() == "b" and h.back() == "a" and h.back() is None
    assert h.forward() == "b"
    h.visit("x")  # drops the forward part
    assert h.forward() is None and h.back() == "b"
    assert h.back(exists=lambda i: i != "a") is None and h.current() == "b"
    h.visit("y")
    h.visit("z")
    assert len(h) == 3


def test_the_navigation_module_does_not_load_qt():
    code = "import sys, explorer.navigation; print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_after_a_page_of_lanes_the_selection_takes_the_lane_at_its_place_in_the_view():
    every = lambda lane: True  # noqa: E731
    assert nav.lane_on_new_page(3, 0, 7, 8, 40, every) == 10  # fourth in view before, fourth after
    assert nav.lane_on_new_page(10, 7, 0, 8, 40, every) == 3  # and back up
    assert nav.lane_on_new_page(5, 30, 32, 8, 40, every) == 32  # scrolled less than a page: clamped into view
    assert nav.lane_on_new_page(6, 0, 35, 8, 40, every) == 39  # the last page is short
    assert nav.lane_on_new_page(3, 0, 7, 8, 40, lambda lane: lane not in {10, 11}) == 9  # the nearest lane with events
    assert nav.lane_on_new_page(3, 0, 7, 8, 40, lambda lane: lane not in {9, 10, 11}) == 12
    assert nav.lane_on_new_page(3, 0, 7, 8, 40, lambda lane: lane > 14) is None  # no lane in view has any
    assert nav.lane_on_new_page(0, 0, 0, 8, 0, every) is None  # no lanes at all
