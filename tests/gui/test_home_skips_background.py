"""Home goes to the start of the story, End to its end: a history's background remark ("it was
founded in the middle of the 9th century", a century-long bar) is no start. Twelve war histories'
Home selected such a founding, 867-834 BC, one bar filling an otherwise empty view, the wars it
introduced out of sight. Home now selects the first real event, shown among its neighbours near
the view's left edge (centred, the left half of the view was empty time); Left from it still
reaches the background remark."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import ExtractedDocument

from explorer.gui.formatting import day_start_seconds

from .keys import K, press, selected


def _article(name: str, days: list[tuple[date, date]], salience: float = 0.0) -> ExtractedDocument:
    """One article, one dated sentence per ``(begin, end)``; salience as the records are built."""
    events, sentences, pos = [], [], 0
    for i, (begin, end) in enumerate(days):
        expr = f"the year {begin.year}" if begin == end else f"the years {begin.year} to {end.year}"
        sentence = f"The council of {name} met for the {i + 1}th time in {expr}."
        t_start = pos + sentence.index(expr)
        events.append(Event(
            id=f"{name}#{t_start}", doc=f"/home/{name}.txt", title=f"The council of {name} meets ({i + 1})",
            sentence=sentence, sentence_start=pos, sentence_end=pos + len(sentence), timex=expr,
            timex_start=t_start, timex_end=t_start + len(expr), value=str(begin.year), type="DATE",
            begin=begin, end=end, certainty="exact", salience=salience))
        sentences.append(sentence)
        pos += len(sentence) + 1
    doc = Document(f"/home/{name}.txt", " ".join(sentences), f"The {name} history", None, "unknown")
    return ExtractedDocument(doc, (), tuple(events))


def _marks_in_view(timeline, events) -> list[int]:
    timeline.plot.repaint()
    area = timeline.plot.viewport().rect()
    return [p.x() for e in events if (p := timeline.viewport_pos_of(e.id)) is not None and area.contains(p)]


def _share_of_view(timeline, day: date) -> float:  # noqa: ANN001
    """Where ``day`` stands across the visible time range (0 its left edge, 1 its right): measured in
    time, not in pixels, because the plot's viewport also holds the lane names, whose width depends on
    the window and the fonts."""
    x0, x1 = timeline.visible_range()
    return (day_start_seconds(day) - x0) / (x1 - x0)


def test_home_selects_the_first_real_event_among_its_neighbours_not_a_background_century(qtbot, make_window):
    window = make_window()
    # a history that opens on its city's founding "in the 9th century" (a century-long bar) and then
    # tells its wars, a day a year; and a modern article, most of the folder: the first view is the
    # modern era, the history named at its edge
    founding = (date(800, 1, 1), date(899, 12, 31))
    old = _article("old", [founding] + [(date(y, 3, 1), date(y, 3, 1)) for y in range(1200, 1300, 4)])
    modern = _article("modern", [(date(y, 3, 1), date(y, 3, 1)) for y in range(1900, 2000)]
                      + [(date(2001, 1, 1), date(2100, 12, 31))])  # "the 21st century": its closing remark
    window.add_documents([old, modern])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == len(old.events) + len(modern.events))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)

    assert not _marks_in_view(timeline, old.events[1:])
    press(qtbot, K.Key_Home)
    first_war = old.events[1]
    assert selected(window).id == first_war.id, selected(window).title
    xs = _marks_in_view(timeline, old.events[1:])
    width = timeline.plot.viewport().width()
    assert first_war.id in {e.id for e in old.events[1:] if timeline.viewport_pos_of(e.id) is not None}
    assert len(xs) >= 10 and max(xs) - min(xs) >= width / 3, "its neighbours are in view with it"
    # at the start of the view, its story after it: not centred with nothing but empty time before it
    assert _share_of_view(timeline, first_war.begin) < 0.15

    press(qtbot, K.Key_Left)  # the founding is still there, one step before
    assert selected(window).id == old.events[0].id

    press(qtbot, K.Key_End)
    assert selected(window).id == modern.events[-2].id, selected(window).title  # not the century after
    assert len(_marks_in_view(timeline, modern.events[:-1])) >= 10
    assert _share_of_view(timeline, modern.events[-2].begin) > 0.85


def test_home_in_a_folder_of_background_only_still_selects_the_earliest(qtbot, make_window):
    window = make_window()
    centuries = _article("ages", [(date(y, 1, 1), date(y + 99, 12, 31)) for y in (1001, 1201, 1401)])
    window.add_documents([centuries])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 3)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_End)
    assert selected(window).id == centuries.events[-1].id
    press(qtbot, K.Key_Home)
    assert selected(window).id == centuries.events[0].id


def test_home_skips_an_event_the_salience_calls_background_when_the_folder_has_salience(qtbot, make_window):
    """A year named in passing (salience below the first view's threshold) before the story's own
    events is no start either, as the first view's fit already says; records built without any
    salience (all 0) are not judged by it."""
    window = make_window()
    passing = _article("passing", [(date(1950, 1, 1), date(1950, 12, 31))], salience=0.05)
    story = _article("story", [(date(1990, 1, d), date(1990, 1, d)) for d in range(1, 29)], salience=0.5)
    window.add_documents([passing, story])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 29)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_End)
    press(qtbot, K.Key_Home)
    assert selected(window).id == story.events[0].id
    press(qtbot, K.Key_Left)
    assert selected(window).id == passing.events[0].id
