"""Kinds of unacceptable titles counted on the TimeBank and WikiWars folders in session eleven (titles-
two, issue 12): a telling cut inside what it told ("The British Foreign Office says conditions", "X says
that the governor"). Our own sentences, none from the sample, the gold set or a corpus; the second
batch was written after the rule, as a check on text it was not made from."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # the told clause's subject alone, after a date between the verb and it
        ("The regional water board said today reservoir levels in the northern valleys remain far below normal.",
         "today", "The regional water board says reservoir levels in the northern valleys remain far below normal"),
        # a date after "on" before the told clause; the title ended inside its object
        ("The city council said on Tuesday it had approved the new bus lanes.", "Tuesday",
         "The city council says it had approved the new bus lanes"),
        # the told clause ended on its verb
        ("A cousin of the missing climber said Thursday that she regretted letting him set off alone and hoped "
         "for news.", "Thursday", "A cousin of the missing climber says she regretted letting him set off alone"),
        # too long whole: its last phrases go, the clause stays ("… the target | of a failed kidnapping plot")
        ("The state news agency said Monday that the governor had been the target of a failed kidnapping plot.",
         "Monday", "The state news agency says the governor had been the target"),
        ("Port officials reported on Sunday that cargo volumes at the container terminal fell to their lowest "
         "level in a decade.", "Sunday",
         "Port officials report cargo volumes at the container terminal fell to their lowest level"),
        # written after the rule
        ("Organisers of the marathon announced on Thursday that the race route had been shortened because of "
         "the heat.", "Thursday",
         "Organisers of the marathon announce the race route had been shortened because of the heat"),
        ("The coastguard said early Saturday that the missing fishing boat had been found drifting off the cape.",
         "Saturday", "The coastguard says the missing fishing boat had been found drifting off the cape"),
        ("The club confirmed on Sunday that its head coach had resigned after the cup defeat.", "Sunday",
         "The club confirms its head coach had resigned after the cup defeat"),
        ("Farmers in the valley said last week that the drought had destroyed most of the barley crop.",
         "last week", "Farmers in the valley say the drought had destroyed most of the barley crop"),
    ],
)
def test_a_telling_keeps_what_it_told_whole(sentence: str, expression: str, expected: str) -> None:
    """ "The state news agency says that the governor" names neither the happening told nor a whole
    object: the told clause is kept whole when short, else less its last phrases, never cut inside."""
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a whole clause already: what follows is a phrase of its own, which the title may leave out
        ("Investigators said Tuesday that the fire started in a storage room on the ground floor.", "Tuesday",
         "Investigators say that the fire started in a storage room"),
        # a noun object, no told clause
        ("The mayor announced on Friday the closure of the old harbour bridge to heavy lorries and buses "
         "for the whole of the summer.", "Friday", None),
    ],
)
def test_a_whole_told_clause_or_a_noun_object_is_left_as_it_was(sentence: str, expression: str,
                                                                  expected: str | None) -> None:
    title = _title(sentence, expression)
    if expected is not None:
        assert title == expected
    assert "harbour bridge to heavy lorries and buses for the whole" not in title


def test_a_told_clause_with_a_relative_in_it_is_not_made_longer() -> None:
    """ "… announces 15,000 troops whose tours had been extended in order": a relative clause inside the
    told subject puts its verb far away; a title that took it would end inside it again."""
    sentence = ("The defence ministry announced on Monday that 2,000 reservists whose service had been extended "
                "for the border exercises would be sent home by the end of the month.")
    assert "whose" not in _title(sentence, "Monday")


def _events(text: str):
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    return build_events(doc, temporal.tag(text, doc.date))


def test_the_event_keeps_the_whole_title_and_the_same_events() -> None:
    """The title is made where events are made (``build_events``), so the project, the export and the
    window show it; making it whole neither adds nor drops an event (a reported expectation, "…
    would stay closed", stays the cut title the filters judged)."""
    text = ("The harbour master said on Tuesday that the storm had sunk two trawlers at their moorings. "
            "A spokeswoman for the mining company said on Friday that the flooded shaft would stay closed for weeks.")
    events = _events(text)
    titles = [e.title for e in events]
    assert "The harbour master says the storm had sunk two trawlers at their moorings" in titles
    assert len(events) == 2


def test_the_exported_record_carries_the_whole_title(tmp_path: Path) -> None:
    """The user's route: ``extract`` on a folder, the title in the JSON lines."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "port.txt").write_text(
        "Port report\n\nPort officials reported on Sunday that cargo volumes at the container terminal fell "
        "to their lowest level in a decade.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "explorer", "extract", "--jobs", "1", "--dct", "2024-03-04",
                          str(folder)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    titles = [json.loads(line)["title"] for line in run.stdout.splitlines()]
    assert "Port officials report cargo volumes at the container terminal fell to their lowest level" in titles


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a possessor's office between the name and its verb
        ("Marta Ilvesk, Norland's minister of fisheries, resigned on Thursday after the quota scandal.", "Thursday",
         "Marta Ilvesk resigns after the quota scandal"),
        ("Pieter Vos, Kaland's ambassador to the league, walked out of the session on Monday.", "Monday",
         "Pieter Vos walks out of the session"),
        # a home town with its county
        ("Tomas Brenn, of Harwick, Essex, was elected mayor in May 2019.", "May 2019", "Tomas Brenn is elected mayor"),
    ],
)
def test_an_aside_after_the_subjects_name_leaves_the_name_as_subject(sentence: str, expression: str,
                                                                     expected: str) -> None:
    """ "Norland's minister of fisheries, resigned …" and "Essex, is elected mayor" open with the aside
    and lose the name: the name before the aside is the subject (the aside opens with a capital, which
    hid it from the appositive rule)."""
    assert _title(sentence, expression) == expected
