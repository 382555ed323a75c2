"""Go to date (G) reads a number alone as a year ("480", "1066", "12"), a year with its era in any
case ("44 BC", "44 bc", "480 B.C.", "AD 1066") and every form its placeholder and README promise
("March 2019", "26 Dec 2018", "the 1990s", "264 BC", "146 B.C.", "the 3rd century BC"). A bare
"480" was rejected as no date, and "12" showed December of this year."""

from __future__ import annotations

import pytest

from explorer.ingest import extract_paths

from .keys import CTRL, K, press, selected

HISTORY = """A short history of old wars

In 480 BC the Persians burned Athens. In 44 BC Caesar was murdered in Rome by a group of senators. \
In 476 the last western emperor was deposed by Odoacer. In 480 the emperor Julius Nepos was killed \
in Dalmatia. In 732 the Franks defeated an Umayyad army near Tours. In 1066 the Normans invaded \
England and won at Hastings. In 1990 the two German states united. On 26 December 2018 the old \
bridge collapsed. In March 2019 the council rebuilt the bridge.
"""


@pytest.fixture(scope="module")
def history_documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    (folder / "wars.txt").write_text(HISTORY, encoding="utf-8")
    return list(extract_paths([folder]).documents)


@pytest.fixture
def win(make_window, history_documents, qtbot):
    window = make_window()
    window.add_documents(history_documents)
    dated = sum(1 for extracted in history_documents for event in extracted.events if event.begin)
    assert dated >= 9  # every sentence's happening ("invaded England and won at Hastings" is two)
    qtbot.waitUntil(lambda: window.timeline.mark_count() == dated)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def go_to(win, qtbot, phrase: str) -> list[str]:
    """G, the phrase typed, Enter: what the status bar was told."""
    messages: list[str] = []
    win.goto.went.connect(messages.append)
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    press(qtbot, K.Key_G, CTRL)
    qtbot.waitUntil(win.goto.bar.edit.hasFocus)
    win.goto.bar.edit.clear()
    qtbot.keyClicks(win.goto.bar.edit, phrase)
    press(qtbot, K.Key_Return)
    win.goto.went.disconnect(messages.append)
    return messages


@pytest.mark.parametrize(("phrase", "shown", "title"), [
    ("480", "0480-01-01 \u2013 0480-12-31", "Julius Nepos"),
    ("1066", "1066-01-01 \u2013 1066-12-31", "Normans"),
    ("732", "0732-01-01 \u2013 0732-12-31", "Franks"),
    ("44 BC", "1 January 44 BC \u2013 31 December 44 BC", "Caesar"),
    ("44 bc", "1 January 44 BC \u2013 31 December 44 BC", "Caesar"),
    ("480 BC", "1 January 480 BC \u2013 31 December 480 BC", "Persians"),
    ("480 B.C.", "1 January 480 BC \u2013 31 December 480 BC", "Persians"),
    ("AD 1066", "1066-01-01 \u2013 1066-12-31", "Normans"),
    ("1066 AD", "1066-01-01 \u2013 1066-12-31", "Normans"),
    ("the 480s", "0480-01-01 \u2013 0489-12-31", "Julius Nepos"),
    ("the 1990s", "1990-01-01 \u2013 1999-12-31", "German states"),
    ("March 2019", "2019-03-01 \u2013 2019-03-31", "council"),
    ("26 Dec 2018", "2018-12-26", "bridge collapses"),
])
def test_a_year_or_a_promised_form_shows_its_event(win, qtbot, phrase, shown, title):
    messages = go_to(win, qtbot, phrase)
    assert messages and messages[-1].startswith(f"Showing {shown}; selected: "), messages
    assert title in selected(win).title
    assert not win.goto.bar.isVisible()  # the bar closed: the date was read


@pytest.mark.parametrize(("phrase", "asked", "title"), [
    ("12", "0012-01-01 \u2013 0012-12-31", "The last western emperor"),  # not December of this year
    ("264 BC", "1 January 264 BC \u2013 31 December 264 BC", "Caesar"),
    ("146 B.C.", "1 January 146 BC \u2013 31 December 146 BC", "Caesar"),
    ("the 3rd century BC", "1 January 300 BC \u2013 31 December 201 BC", "Caesar"),
])
def test_a_year_without_events_goes_to_the_next_one(win, qtbot, phrase, asked, title):
    messages = go_to(win, qtbot, phrase)
    assert messages and messages[-1].startswith(f"No event shown in {asked}; the next: "), messages
    assert selected(win).title.startswith(title)


def test_year_zero_is_explained_not_guessed(win, qtbot):
    messages = go_to(win, qtbot, "0")
    assert not messages and win.goto.bar.isVisible()
    assert "no year 0" in win.goto.bar.message.text()


def test_the_status_bar_stops_naming_the_selection_once_another_is_selected(win, qtbot):
    """"Showing 1066; selected: …the Normans…" stayed in the status bar for five seconds after Find or
    an arrow key had selected another event elsewhere in time."""
    go_to(win, qtbot, "1066")
    said = win.statusBar().currentMessage()
    assert said.startswith("Showing 1066") and "Normans" in said
    first = selected(win).id
    press(qtbot, K.Key_Period)  # zoom to the selection: the same event, the message stays
    assert win.statusBar().currentMessage() == said
    press(qtbot, K.Key_Right)
    assert selected(win).id != first
    assert not win.statusBar().currentMessage().startswith("Showing 1066")
