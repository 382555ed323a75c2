"""Cancelling an import before any article is read leaves the timeline saying so, not that the
folder "has no article that can be read" (it had: the user only stopped the reading)."""

from __future__ import annotations

import pytest

PROSE = ("The council met on 12 March 2019 in the capital. Two weeks later the minister resigned. "
         "In 2018 the army moved north, and the talks stalled.\n\n")


@pytest.mark.timeout(120)
def test_an_import_cancelled_before_any_article_says_it_was_cancelled(qtbot, make_window, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "long.txt").write_text(PROSE * 20_000, encoding="utf-8")  # about 3 MB: long to extract
    (folder / "short.txt").write_text(PROSE, encoding="utf-8")
    window = make_window()
    ctl = window.project_ctl
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: ctl.job is not None and ctl.job.is_running(), timeout=10_000)
    with qtbot.waitSignal(ctl.importFinished, timeout=60_000):
        window.actions["cancel_import"].trigger()
    assert window.model.document_count() == 0
    text = window.timeline.empty_state_text()
    assert text is not None and "Import cancelled" in text, text
    assert "no article that can be read" not in text
    # the folder opened again is read: the message was about the cancelled import only
    # (waited for on the import's end, not on the document's arrival: the timeline's empty state
    # follows the import, and a loaded machine showed "Reading the articles" between the two)
    with qtbot.waitSignal(window.loadFinished, timeout=60_000):
        window.open_paths([str(folder / "short.txt")])
    assert window.model.document_count() == 1
    assert window.timeline.empty_state_text() is None
