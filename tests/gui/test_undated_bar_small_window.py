"""At 640×480 the no-date bar stays about one line (its long message wrapped to five lines and left
the timeline one lane, /work/tmp36/h36g-shots/g2-small.png): a short message, the long one in the
tooltip; back at a wide window the long message returns."""

from __future__ import annotations

from .test_empty_and_undated import NEWS, _open


def test_at_640_by_480_the_no_date_bar_is_short_and_leaves_the_timeline_its_room(qtbot, make_window, tmp_path):
    for name, text in NEWS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    window = make_window()
    _open(qtbot, window, [tmp_path])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    assert "2 of 2 documents have no date" in bar.text.text()
    window.resize(640, 480)
    controls = max(w.sizeHint().height() for w in (bar.which, bar.date, bar.set_button))

    def short() -> None:
        assert "no date" in bar.text.text().lower() and "cannot be placed" not in bar.text.text()
        line = bar.text.fontMetrics().lineSpacing()
        assert bar.text.heightForWidth(bar.text.width()) < 2.6 * line
        assert bar.height() <= controls + 2 * line + 12, bar.height()

    qtbot.waitUntil(lambda: window.width() == 640, timeout=5_000)
    qtbot.waitUntil(short, timeout=5_000)
    # and it stays so once the layout has settled: the label used to get 47 px and wrap the short
    # message onto three lines ("No / date: / set one"), a state the first poll could miss
    qtbot.wait(400)
    short()
    assert "last week" in bar.text.toolTip()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: "2 of 2 documents have no date" in bar.text.text(), timeout=5_000)
