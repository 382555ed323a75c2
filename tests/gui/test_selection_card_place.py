"""Where the selected event's card goes (geometry only, no window): above its mark when there is
room, inside the plot, never over the selected mark or the time axis below the last lane, and
away from labels and other lanes' marks when a place beside the mark is free of them."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF

from explorer.gui.timeline.items import BAR_HALF_PX, CARD_AXIS_CLEAR_PX, CARD_GAP_PX, SelectionHighlight

BOX = QRectF(0, 0, 800, 300)  # the plot's view box, in device pixels; the axis is drawn below it
W, H = 200.0, 30.0
LANES = (40.0, 100.0, 160.0, 220.0, 280.0)  # the last lane sits just above the axis


class _Item:
    """What the card reads of the timeline item: where it drew labels and each lane's marks."""

    def __init__(self, labels=()) -> None:
        self.labels = list(labels)

    def label_rects(self) -> list[QRectF]:
        return self.labels

    def mark_bands(self) -> list[QRectF]:
        return [QRectF(0, y - BAR_HALF_PX, BOX.width(), 2 * BAR_HALF_PX) for y in LANES]


def _place(qtbot, x: float, lane_y: float, labels=()) -> QRectF:
    card = SelectionHighlight()
    card._labelled_by = _Item(labels)
    return card._card_place(W, H, x, x, lane_y, BOX)


def _mark(x: float, y: float) -> QRectF:
    return QRectF(x - 8, y - BAR_HALF_PX, 16, 2 * BAR_HALF_PX)


def test_the_card_goes_above_its_mark_when_there_is_room(qtbot):
    for x, y in ((100.0, 160.0), (700.0, 220.0), (400.0, 100.0)):
        rect = _place(qtbot, x, y)
        assert rect.bottom() < y - BAR_HALF_PX, (x, y, rect)
        assert BOX.contains(rect) and not rect.intersects(_mark(x, y))


def test_at_the_last_lane_the_card_stays_off_the_axis_and_off_the_lane(qtbot):
    for x in (50.0, 400.0, 780.0):  # at the left edge, in the middle, against the right edge
        y = LANES[-1]
        rect = _place(qtbot, x, y)
        assert rect.bottom() <= BOX.bottom() - CARD_AXIS_CLEAR_PX  # the axis below the box is not covered
        assert not rect.intersects(_mark(x, y)) and rect.bottom() < y - BAR_HALF_PX
        assert BOX.contains(rect)


def test_at_the_top_lane_the_card_never_covers_the_mark(qtbot):
    for x in (30.0, 300.0, 790.0):  # no room above: pushed into the box, a card may cover the mark
        y = 30.0
        rect = _place(qtbot, x, y)
        assert BOX.contains(rect) and not rect.intersects(_mark(x, y)), (x, rect)


def test_labels_above_send_the_card_to_a_free_place(qtbot):
    x, y = 400.0, 160.0
    above = [QRectF(0, y - BAR_HALF_PX - 3 - H, BOX.width(), H)]  # a row of titles right above the mark
    rect = _place(qtbot, x, y, above)
    assert not any(rect.intersects(r) for r in above) and rect.top() > y
    left_free = [QRectF(x, 0, BOX.width() - x, BOX.height())]  # labels everywhere right of the mark
    rect = _place(qtbot, x, y, left_free)
    assert rect.right() < x and not rect.intersects(_mark(x, y))


def test_when_every_place_beside_the_mark_hides_a_title_the_card_slides_clear_of_it(qtbot):
    """A mark near the plot's right edge with titles above its lane and one title in the lane
    below, starting just left of the mark: the four places beside the mark all cover part of a
    title, so the card slides left, to end before that title, and hides none."""
    x, y = 760.0, 100.0  # near the right edge: a card to the right is pushed back over the mark's column
    above = [QRectF(500, y - BAR_HALF_PX - 3 - 18, 290, 16)]  # titles above the selected lane
    below = [QRectF(700, y + BAR_HALF_PX + 6, 170, 14)]  # a title in the next lane, under the mark
    rect = _place(qtbot, x, y, above + below)
    assert not any(rect.intersects(r) for r in above + below), rect
    assert not rect.intersects(_mark(x, y)) and BOX.contains(rect)
    assert x - rect.right() <= 120.0 + CARD_GAP_PX  # still beside its mark, not across the plot


def test_a_card_slides_no_further_than_its_reach(qtbot):
    """Titles wall-to-wall around the mark: no place within reach is free, so the card stays
    beside its mark (covering the least) rather than wandering across the plot."""
    x, y = 400.0, 160.0
    wall = [QRectF(0, y - 60, BOX.width(), 50), QRectF(0, y + 10, BOX.width(), 50)]
    rect = _place(qtbot, x, y, wall)
    assert min(abs(rect.left() - x), abs(rect.right() - x)) <= CARD_GAP_PX + 1


class _NotedItem(_Item):
    """A timeline item that also wrote notes at lanes' ends (a folded lane's "◀ 9 events, …")."""

    def __init__(self, labels=(), notes=()) -> None:
        super().__init__(labels)
        self.notes = list(notes)

    def note_rects(self) -> list[QRectF]:
        return self.notes


def test_a_lanes_note_is_kept_clear_like_a_title(qtbot):
    """A mark near the plot's left edge, titles in a row over its lane and the next lane's note
    ("◀ 14 events, …") starting just right of the mark: left of the mark the card is pushed back
    over it, above it covers titles, and below-right it covers the note. Weighed as a band of marks,
    the note lost to the titles and the card sat over it; now the card keeps clear of both."""
    x, y = 30.0, 160.0
    titles = [QRectF(0, y - BAR_HALF_PX - 3 - H, BOX.width(), H)]
    note = [QRectF(40, y + BAR_HALF_PX + 8, 160, 14)]
    card = SelectionHighlight()
    card._labelled_by = _NotedItem(titles, note)
    rect = card._card_place(W, H, x, x, y, BOX)
    assert not any(rect.intersects(r) for r in titles + note), rect
    assert not rect.intersects(_mark(x, y)) and BOX.contains(rect)
    card._labelled_by = _Item(titles)  # the same view without the note: the card goes below-right
    assert card._card_place(W, H, x, x, y, BOX).intersects(note[0])


def test_with_no_notes_nor_titles_the_level_places_come_after_the_four_corners(qtbot):
    """The places level with the mark cover its own lane's marks: chosen only when the corners hide text."""
    card = SelectionHighlight()
    card._labelled_by = _NotedItem()
    rect = card._card_place(W, H, 400.0, 400.0, 160.0, BOX)
    assert rect.bottom() < 160.0 - BAR_HALF_PX


class _ItemWithOwnBadge(_Item):
    """An item whose labels include the badge of the cluster the selected event (position 7) is in."""

    def __init__(self, others, badge: QRectF) -> None:
        super().__init__([*others, badge])
        self.last_labels = [_Box(()) for _ in others] + [_Box((6, 7, 8))]

    def label_rects(self, shown_only: bool = False) -> list[QRectF]:
        return self.labels


class _Box:
    def __init__(self, members) -> None:
        self.members = np.asarray(members, np.int64)


def test_the_card_keeps_off_the_badge_of_the_selected_events_own_cluster(qtbot):
    """Every place beside the mark covers some title; the one over the least is over the badge
    counting the selected event's cluster (the only thing saying where the event is): the card
    takes another, as it never takes one over the mark itself."""
    for x, y, badge_dx in ((400.0, 150.0, 20.0), (300.0, 100.0, 60.0), (560.0, 210.0, 110.0)):
        above = y - BAR_HALF_PX - 3 - H  # the top of the card's first choice, above and right
        right = x + CARD_GAP_PX
        badge = QRectF(right + badge_dx, above + 8, 30, 12)
        # rows of titles the whole plot wide, one every 14 px, but for a gap above and right
        # of the mark where only the badge is: there the card would hide the least
        rows = [above + 8 + 14 * k for k in range(-20, 21) if 0 <= above + 8 + 14 * k <= BOX.height() - 12]
        others = [QRectF(0, top, BOX.width(), 12) for top in rows if top != above + 8]
        others += [QRectF(0, above + 8, right, 12), QRectF(right + W, above + 8, BOX.width(), 12)]
        card = SelectionHighlight()
        card._labelled_by = _ItemWithOwnBadge(others, badge)
        card._positions = np.asarray([7], np.int64)
        rect = card._card_place(W, H, x, x, y, BOX)
        assert not rect.intersects(badge), (x, y, rect)
        assert BOX.contains(rect) and not rect.intersects(_mark(x, y))


class _LanesItem(_Item):
    """Lanes 30 px apart, one above and one below the selected mark's (a card is as tall as a lane, so
    it covers a band of marks wherever it goes): ``hulls`` are the lines through each lane's
    marks in view (:meth:`~explorer.gui.render.TimelineItem.lane_mark_hulls`)."""

    def __init__(self, lanes, hulls, labels=()) -> None:
        super().__init__(labels)
        self.lanes, self.hulls = lanes, list(hulls)

    def mark_bands(self) -> list[QRectF]:
        return [QRectF(0, y - BAR_HALF_PX, BOX.width(), 2 * BAR_HALF_PX) for y in self.lanes]

    def lane_mark_hulls(self) -> list[QRectF]:
        return self.hulls


def _hull(x0: float, x1: float, y: float) -> QRectF:
    return QRectF(x0, y - 0.5, x1 - x0, 1.0)


def _place_among(x: float, y: float, lanes, hulls, labels=()) -> QRectF:
    card = SelectionHighlight()
    card._labelled_by = _LanesItem(lanes, hulls, labels)
    return card._card_place(W, H, x, x, y, BOX)


def test_the_card_does_not_hide_every_mark_of_the_lane_above(qtbot):
    """The lane above has all its marks in view just right (or left) of the selected mark: the card
    goes to the other side rather than leave that lane looking empty."""
    for x, y, (a, b) in ((400.0, 160.0, (430.0, 560.0)), (300.0, 190.0, (320.0, 330.0)),
                         (500.0, 160.0, (360.0, 470.0)), (600.0, 220.0, (420.0, 590.0))):
        above = y - 30.0
        hull = _hull(a, b, above)
        rect = _place_among(x, y, (above, y, y + 30.0), [hull])
        assert not rect.contains(hull), (x, y, rect)
        assert rect.bottom() < y - BAR_HALF_PX and not rect.intersects(_mark(x, y))  # still above its mark


def test_a_card_hiding_a_label_is_better_than_one_hiding_a_whole_lane(qtbot):
    x, y = 400.0, 160.0
    hull = _hull(420.0, 470.0, 130.0)  # the lane above: two marks just right of the selected one
    label = QRectF(250.0, 120.0, 120.0, 12.0)  # a title just left of it, in the lane above
    rect = _place_among(x, y, (130.0, y, 190.0), [hull], [label])
    assert not rect.contains(hull) and not rect.intersects(_mark(x, y))


def test_a_lane_whose_marks_reach_past_the_card_does_not_move_it(qtbot):
    """Covering some of a lane's marks leaves it visibly full: the card keeps its first place."""
    x, y = 400.0, 160.0
    rect = _place_among(x, y, (130.0, y, 190.0), [_hull(380.0, 700.0, 130.0)])
    assert rect.left() > x and rect.bottom() < y - BAR_HALF_PX  # above, to the right: the first place
