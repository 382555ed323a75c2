"""Empty states, documents without a date, and the default layout on a small screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt

NEWS = {
    "minister.txt": "Minister resigns\n\nThe minister resigned yesterday after a week of protests. "
                    "Talks resume next Monday.\n",
    "flood.txt": "Flood hits the valley\n\nThe river burst its banks on Tuesday. Two days later the water receded.\n",
}


def _open(qtbot, window, paths) -> None:
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([str(p) for p in paths])


def test_a_missing_path_shows_an_empty_state_that_says_what_happened(qtbot, make_window, tmp_path):
    window = make_window()
    assert "No articles open" in window.timeline.empty_state_text()  # before anything is opened
    missing = tmp_path / "no-such-folder"
    _open(qtbot, window, [missing])
    text = window.timeline.empty_state_text()
    assert text is not None and "does not exist" in text and str(missing) in text
    assert "Ctrl+O" in text and "Drop a folder" in text


def test_a_folder_without_articles_shows_an_empty_state(qtbot, make_window, tmp_path):
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    window = make_window()
    _open(qtbot, window, [tmp_path])
    text = window.timeline.empty_state_text()
    assert text is not None and "has no article" in text


def test_while_articles_are_read_the_empty_timeline_says_so(qtbot, make_window, tmp_path):
    import shutil
    from pathlib import Path

    shutil.copy(Path(__file__).parent / "data" / "harbour-bridge-vote.txt", tmp_path / "vote.txt")
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([str(tmp_path)])
        text = window.timeline.empty_state_text()  # the import has started; nothing is read yet
        assert text is not None and "Reading the articles" in text and "No articles open" not in text
    assert window.timeline.empty_state_text() is None  # its events are drawn


def test_the_empty_state_goes_when_events_arrive(qtbot, window):
    assert window.timeline.empty_state_text() is None


@pytest.fixture
def news(tmp_path):
    for name, text in NEWS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _begins(window) -> set[date]:
    return {window.model.event_by_key(k).begin for k in range(window.model.key_count())} - {None}


def test_documents_without_a_date_get_a_bar_and_one_date_for_all(qtbot, make_window, news):
    window = make_window()
    _open(qtbot, window, [news])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    assert "2 of 2 documents have no date" in bar.text.text()
    assert not bar.isWindow()  # a bar in the window, not a dialog: the user can go on working
    hint = bar.date.placeholderText()  # the example is shown whole in the empty box (it was cut to "a date in words, …")
    assert "3 March 2019" in hint and bar.date.fontMetrics().horizontalAdvance(hint) + 30 <= bar.date.width()
    assert date(2019, 3, 2) not in _begins(window)
    bar.date.setFocus()
    qtbot.keyClicks(bar.date, "3 March 2019")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert date(2019, 3, 2) in _begins(window)  # "yesterday" re-resolved at once
    assert all(r.date_status == "given" for r in window.model.project.documents())
    window.undo_stack.undo()  # one step takes both back
    qtbot.waitUntil(bar.isVisible)
    assert all(r.date_status == "none" for r in window.model.project.documents())


def test_one_document_at_a_time(qtbot, make_window, news):
    window = make_window()
    _open(qtbot, window, [news])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    minister = next(i for i in range(bar.which.count()) if bar.which.itemText(i).startswith("Minister resigns"))
    assert minister > 0  # after "for all 2"
    bar.which.setCurrentIndex(minister)
    bar.which.activated.emit(minister)  # as a user's pick does
    bar.date.setFocus()  # where the user clicks to type
    qtbot.keyClicks(bar.date, "2019-03-03")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    status = {r.document.title: r.date_status for r in window.model.project.documents()}
    assert sorted(status.values()) == ["given", "none"]
    assert status[next(t for t in status if t.startswith("Minister resigns"))] == "given"
    assert bar.isVisible() and "Flood hits the valley" in bar.text.text()  # its headline


def test_a_typo_says_so_and_sets_nothing(qtbot, make_window, news):
    window = make_window()
    _open(qtbot, window, [news])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    bar.date.setFocus()
    with qtbot.waitSignal(bar.message) as said:
        qtbot.keyClicks(bar.date, "blue fish")
        qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    assert "Not a date" in said.args[0] or "Type a date" in said.args[0]
    assert all(r.date_status == "none" for r in window.model.project.documents())


def test_at_1366x768_the_source_shows_a_page_and_splitters_are_remembered(qtbot, make_window):
    from explorer.resources import sample_dir

    window = make_window()
    window.resize(1366, 768)
    _open(qtbot, window, [sample_dir()])
    qtbot.wait(50)
    text = window.source.text
    lines = text.viewport().height() / text.fontMetrics().lineSpacing()
    assert lines >= 12, f"the source pane shows {lines:.1f} lines"
    assert window.timeline.plot.height() >= 240, "the timeline keeps room too"
    window.resizeDocks([window.facets], [300], Qt.Orientation.Horizontal)  # the user widens the dock
    qtbot.wait(20)
    window.splitter.setSizes([300, 400])
    window.bottom_splitter.setSizes([700, 300])
    saved = (window.splitter.sizes(), window.bottom_splitter.sizes())
    window.close()
    again = make_window()
    again.resize(window.size())
    assert (again.splitter.sizes(), again.bottom_splitter.sizes()) == saved


def test_the_actors_dock_reopens_as_wide_as_it_was_closed_and_never_too_narrow_to_read(qtbot, make_window):
    """Under a real window system the dock came back narrower on every launch (225, 120, 75 px) until
    names were cut: Qt's restored width did not survive the first layout after loading. The width the
    user left is what the next launch shows, once the load has laid the window out, and a remembered
    width too narrow for a short name is widened to one."""
    from explorer.resources import sample_dir

    window = make_window()
    window.resize(1366, 768)
    _open(qtbot, window, [sample_dir()])
    window.resizeDocks([window.facets], [310], Qt.Orientation.Horizontal)  # the user widens the dock
    qtbot.waitUntil(lambda: window.facets.width() == 310)
    window.close()
    assert int(QSettings().value("window/actorsWidth")) == 310

    QSettings().setValue("window/state", QByteArray())  # as if Qt's own state were lost: ours still holds
    again = make_window()
    again.resize(1366, 768)
    _open(qtbot, again, [sample_dir()])
    qtbot.waitUntil(lambda: again.facets.width() == 310)
    again.close()

    QSettings().setValue("window/actorsWidth", 20)  # saved squeezed: reopened wide enough for a name
    third = make_window()
    third.resize(1366, 768)
    _open(qtbot, third, [sample_dir()])
    floor = third.facets.fontMetrics().horizontalAdvance("M" * 12)
    qtbot.waitUntil(lambda: third.facets.width() >= floor)


def test_a_bar_coming_or_going_leaves_the_splitter_as_the_user_set_it(qtbot, make_window, news):
    """The undated-documents bar (and the find bars) take their room from the timeline's pane, not
    from the splitter: closing the bar must not move the handle the user placed (the sample, with two
    articles whose date is unknown, once reopened with other sizes than it was closed with)."""
    window = make_window()
    window.resize(1366, 768)
    _open(qtbot, window, [news])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    window.splitter.setSizes([300, 400])
    before = window.splitter.sizes()
    timeline_height = window.timeline.height()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.wait(20)
    assert window.splitter.sizes() == before
    assert window.timeline.height() > timeline_height  # the bar's room goes back to the timeline


def test_at_1366x768_the_samples_five_lanes_are_all_in_view(qtbot, make_window):
    """With lanes sized by their label rows, the five sample articles fit a small screen's timeline
    without a scroll bar; each lane's name is drawn. (The undated-documents bar no longer shows on the
    sample: its two articles without a date tell their own dates, see test_undated_histories.py.)"""
    from explorer.resources import sample_dir

    window = make_window()
    window.resize(1366, 768)
    _open(qtbot, window, [sample_dir()])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 5)
    qtbot.wait(50)
    assert not window.undated_docs.isVisible()
    assert timeline.lanes_in_view() == 5 and not timeline.lane_scroll.isVisible()
    timeline.plot.repaint()
    assert set(timeline.lane_axis.drawn()) >= set(range(5))


@pytest.mark.parametrize("files", [8, 1])
def test_the_undated_bar_is_one_line_even_with_long_document_names(qtbot, make_window, tmp_path, files):
    """Eight news files (or one) with headline-long names and no date, in a 1600 and a 1366 px window: the
    bar's text stays on one line (a second line was a lane less of the timeline), the chooser is
    narrow but its list shows each name, and the examples of relative dates are in the tooltip."""
    for i in range(files):
        head = f"The committee postpones its decision on the harbour expansion again, wire {i}"
        (tmp_path / f"wire-{i}.txt").write_text(f"{head}\n\n{NEWS['minister.txt']}", encoding="utf-8")
    window = make_window()
    window.resize(1600, 1000)
    _open(qtbot, window, [tmp_path])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    for width in (1600, 1366):
        window.resize(width, 900)

        def one_line() -> None:
            line = bar.text.fontMetrics().lineSpacing()
            needs = bar.text.heightForWidth(bar.text.width())  # the wrapped text's height at its width
            assert needs < 1.6 * line, (width, needs, line)
            assert bar.height() <= max(w.sizeHint().height() for w in (bar.which, bar.date, bar.set_button)) + 12

        # until the window is laid out at its new width (a fixed 30 ms wait failed on a loaded
        # machine, the bar measured at the width before); still two lines after 5 s is a failure
        qtbot.waitUntil(lambda: window.width() == width and bar.mapTo(window, QPoint(bar.width(), 0)).x() <= width)
        qtbot.waitUntil(one_line, timeout=5_000)
    view = bar.which.view()
    assert bar.which.width() < view.minimumWidth()  # the list is wider than the box
    advance = bar.which.fontMetrics().horizontalAdvance
    assert view.minimumWidth() > max(advance(bar.which.itemText(i)) for i in range(bar.which.count()))
    assert (files == 1 or f"{files} of {files} documents have no date" in bar.text.text()) and "last week" in bar.text.toolTip()
