"""A file opened alone that cannot be read says why where the user looks, in the timeline's empty
state: a 0-byte file or a binary file named .txt opened on "No articles open / Drop a folder or
articles here", the reason only in the status bar's small print (h38g review, binary-alone.png)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, data, reason", [
    ("zero.txt", b"", "empty"),
    ("noise.txt", bytes(range(256)) * 40, "binary"),
])
def test_an_unreadable_file_opened_alone_says_why_on_the_timeline(qtbot, make_window, tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        window.open_paths([str(path)])
    text = window.timeline.empty_state_text()
    assert text is not None and "No articles open" not in text
    assert "Nothing could be opened" in text and name in text and reason in text
    assert window.model.document_count() == 0
