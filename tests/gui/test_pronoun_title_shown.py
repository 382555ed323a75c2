"""The title a user sees in the table for an event told with "he": the person's name, as the export
gives it (the naming is done once, on the document's extraction, so the window shows it too)."""

from __future__ import annotations

from explorer.gui.event_roles import Column

ARTICLE = ("The northern front\n\nThe army held the passes through the autumn. In January, General van Horst fell "
           "ill and had to return to the capital; he died there in March 1921 and was replaced by his deputy.\n")


def test_the_table_shows_the_named_title(qtbot, make_window, tmp_path):
    (tmp_path / "front.txt").write_text(ARTICLE, encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        window.open_paths([str(tmp_path)])
    proxy = window.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() >= 1, timeout=10_000)
    titles = [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]
    assert any(t.startswith("General van Horst dies there") for t in titles), titles
    assert not any(t.startswith("He dies") for t in titles)
