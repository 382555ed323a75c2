"""Made small (640×480), the window keeps the selected event's sentence in the source pane: the pane
got shorter than where the sentence stood, and it was left off screen (h36g-shots/g3-small.png)."""

from __future__ import annotations

from .keys import K, press


def test_the_selected_sentence_stays_in_the_source_when_the_window_is_made_small(qtbot, make_window, tmp_path):
    filler = ("The committee met in the long room and read the minutes of its last meeting aloud, one "
              "item after another, while the rain ran down the windows. ")
    paragraphs = [f"{filler * 3}" for _ in range(6)]
    paragraphs.append("The harbour wall was finished on 4 June 1862 after eleven years of work.")
    paragraphs += [f"{filler * 3}" for _ in range(12)]
    (tmp_path / "harbour-history.txt").write_text("Harbour history\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    window = make_window()
    window.resize(1400, 900)
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([str(tmp_path)])
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Home)
    text = window.source.text
    event = window.selection.current_event()
    assert event is not None and "harbour wall" in event.sentence
    qtbot.waitUntil(text._cursor_in_view)
    window.resize(640, 480)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: text.height() < 300 and text._cursor_in_view(), timeout=3_000)
