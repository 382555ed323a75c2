"""A lane's label rows grow (or stay) with its height: making the window taller never takes a row
of labels from a lane. The room left when the next level of rows does not fit every lane used to be
handed out a row at a time to the busiest lane, so a short view gave it three rows and a slightly
taller one two (every lane then got a second row, and the busy lane lost its third)."""

from __future__ import annotations

from datetime import date, timedelta

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import ExtractedDocument


def lanes_corpus() -> list[ExtractedDocument]:
    """Three articles, each with a cluster of events a few days apart (4, 2 and 2 of them) and two
    lone events at the ends of the range: one busy lane, two quieter ones."""
    out = []
    for d, (year, n) in enumerate(((2000, 4), (2005, 2), (2010, 2))):
        days = [date(1990, 6, 1)] + [date(year, 3, 1) + timedelta(days=2 * i) for i in range(n)] + [date(2020, 6, 1)]
        events, parts, pos = [], [], 0
        for i, day in enumerate(days):
            expr = day.strftime("%d %B %Y")
            sentence = f"The council of region {d} held its long meeting number {i} on {expr}."
            t_start = pos + sentence.index(expr)
            events.append(Event(
                id=f"r{d}#{t_start}", doc=f"/rows/doc{d}.txt", title=f"Council meeting number {i} of region {d}",
                sentence=sentence, sentence_start=pos, sentence_end=pos + len(sentence), timex=expr,
                timex_start=t_start, timex_end=t_start + len(expr), value=day.isoformat(), type="DATE",
                begin=day, end=day, certainty="exact"))
            parts.append(sentence)
            pos += len(sentence) + 1
        doc = Document(f"/rows/doc{d}.txt", " ".join(parts), f"Region {d} council", date(2021, 1, 1), "header")
        out.append(ExtractedDocument(doc, (), tuple(events)))
    return out


def lane_rows_by_height(window, qtbot, heights) -> dict[int, list[tuple[float, int]]]:
    """Resize the window to each height (as a user drags its edge) and note, for each lane in view,
    its drawn height and the label rows it was given and drew."""
    seen: dict[int, list[tuple[float, int]]] = {}
    item = window.timeline.item
    for h in heights:
        window.resize(window.width(), h)
        qtbot.waitUntil(lambda: window.height() == h)
        window.timeline.plot.grab()  # paint, as the screen does
        drawn: dict[int, set[int]] = {}
        for box in item.last_labels:
            drawn.setdefault(box.lane, set()).add(box.row)
        for lane, (rows, height) in item.last_lane_rows.items():
            assert len(drawn.get(lane, ())) <= rows  # never more rows drawn than given
            seen.setdefault(lane, []).append((height, rows))
    return seen


def test_a_taller_window_never_takes_label_rows_from_a_lane(make_window, qtbot):
    window = make_window()
    window.add_documents(lanes_corpus())
    qtbot.waitUntil(lambda: window.timeline.lane_count() == 3)
    seen = lane_rows_by_height(window, qtbot, range(300, 700, 2))
    assert max(rows for v in seen.values() for _, rows in v) >= 3  # the busy lane had rows to gain
    for lane, v in seen.items():  # by window height, growing
        rows = [r for _, r in v]
        fell = [k for k in range(1, len(rows)) if rows[k] < rows[k - 1]]
        assert not fell, f"lane {lane}: {rows[fell[0] - 1]} label rows, then {rows[fell[0]]} in a taller window"
        taller_fewer = [(a, b) for a in v for b in v if a[0] > b[0] + 0.5 and a[1] < b[1]]
        assert not taller_fewer, f"lane {lane}: (height, rows) {taller_fewer[0]}"
