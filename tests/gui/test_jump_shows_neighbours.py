"""A selected event far from the view is brought in among its neighbours: after zooming out over an
old history, End shows the modern article's events spread across the plot, not in one corner of a
view fifteen centuries wide."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import ExtractedDocument

from .keys import K, go_to, press, selected


def _history(name: str, years: range) -> ExtractedDocument:
    """One article with one dated sentence a year (day events, so each is one mark)."""
    events, sentences, pos = [], [], 0
    for i, year in enumerate(years):
        expr = f"1 March {year}"
        sentence = f"The council of {name} met for the {i + 1}th time on {expr}."
        t_start = pos + sentence.index(expr)
        day = date(year, 3, 1)
        events.append(Event(
            id=f"{name}#{t_start}", doc=f"/jump/{name}.txt", title=f"The council of {name} meets ({i + 1})",
            sentence=sentence, sentence_start=pos, sentence_end=pos + len(sentence), timex=expr,
            timex_start=t_start, timex_end=t_start + len(expr), value=day.isoformat(), type="DATE",
            begin=day, end=day, certainty="exact"))
        sentences.append(sentence)
        pos += len(sentence) + 1
    doc = Document(f"/jump/{name}.txt", " ".join(sentences), f"The {name} history", date(2020, 1, 1), "header")
    return ExtractedDocument(doc, (), tuple(events))


def test_end_from_a_zoomed_out_old_history_shows_the_modern_events_across_the_plot(qtbot, make_window):
    window = make_window()
    modern = _history("modern", range(1900, 2000, 4))
    window.add_documents([_history("old", range(200, 400, 8)), modern])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 50)
    go_to(window, qtbot, "the 3rd century")  # the reader reads the old history...
    press(qtbot, K.Key_Home)
    while timeline.visible_range()[1] - timeline.visible_range()[0] < 1000 * 365 * 86400:
        press(qtbot, K.Key_Minus)  # ...zoomed out to a millennium or more, the modern article off screen
    assert timeline.viewport_pos_of(modern.events[-1].id).x() > timeline.plot.viewport().width()
    wide = timeline.visible_range()
    press(qtbot, K.Key_End)  # the modern article's last council
    assert selected(window).id == modern.events[-1].id
    timeline.plot.repaint()
    area = timeline.plot.viewport().rect()
    xs = [p.x() for e in modern.events if (p := timeline.viewport_pos_of(e.id)) is not None and area.contains(p)]
    assert area.contains(timeline.viewport_pos_of(modern.events[-1].id))
    assert len(xs) >= 20, "its neighbours are in view with it"
    assert max(xs) - min(xs) >= area.width() / 2, (wide, timeline.visible_range(), min(xs), max(xs))
