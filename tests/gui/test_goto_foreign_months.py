"""Go to Date (Ctrl+G) with a Ukrainian month as a user types it ("у березні 2022": in March 2022, the
locative) or a Greek one after "τον" ("τον Μάρτιο 2021"): the box read only the year and showed all of
2022. Key presses (each letter a key event with its text); what the status bar says and which event is selected."""

from __future__ import annotations

import pytest

from explorer.ingest import extract_paths

from .keys import CTRL, K, press, selected
from .test_filter_accents import type_text

TEXT = """Літопис міста

У січні 2022 року відкрили нову бібліотеку. 14 березня 2022 року міст через річку розібрали. \
У серпні 2022 року на площі поставили пам'ятник.
"""


@pytest.fixture
def win(make_window, qtbot, tmp_path):
    (tmp_path / "litopys.txt").write_text(TEXT, encoding="utf-8")
    documents = list(extract_paths([tmp_path]).documents)
    window = make_window()
    window.add_documents(documents)
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 3)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


@pytest.mark.parametrize("phrase", ["у березні 2022", "в березні 2022 року", "березень 2022"])
def test_a_ukrainian_month_goes_to_that_month(win, qtbot, phrase):
    messages: list[str] = []
    win.goto.went.connect(messages.append)
    press(qtbot, K.Key_G, CTRL)
    qtbot.waitUntil(win.goto.bar.edit.hasFocus)
    type_text(qtbot, phrase)  # (key by key, as a Ukrainian keyboard sends it)
    press(qtbot, K.Key_Return)
    assert messages and messages[-1].startswith("Showing 2022-03-01 \u2013 2022-03-31; selected: "), messages
    assert selected(win).title.startswith("Міст через річку розібрали")
    assert not win.goto.bar.isVisible()
