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
        # (session thirteen: told news of a completed act is titled by the act, its "it" by the teller)
        ("The city council said on Tuesday it had approved the new bus lanes.", "Tuesday",
         "The city council approves the new bus lanes"),
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


def _extracted(text: str):
    from explorer.ingest import extract_document

    return list(extract_document(Document("a.txt", text, "", date(2024, 3, 1), "given")).events)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the person named with a rank and a particle in the sentence's first clause
        ("The northern front\n\nThe army held the passes through the autumn. In January, General van Horst fell "
         "ill and had to return to the capital; he died there in March 1921 and was replaced by his deputy.",
         "March 1921", "General van Horst dies there"),
        # the one person of the sentence before, in an opening participle
        ("A trial\n\nThe court heard three witnesses on the first day. Taking the stand in her own defence, Lidia "
         "Marr said she had never met the accused. She also denied on Friday that she had signed the contract.",
         "Friday", "Lidia Marr also denies"),
    ],
)
def test_a_pronoun_title_names_its_person_where_the_document_is_extracted(text: str, expression: str,
                                                                           expected: str) -> None:
    """ "He dies there" names no one on a timeline: the document's extraction (every route's) names
    the person the document's entities resolve the pronoun to."""
    event = next(e for e in _extracted(text) if e.timex == expression)
    assert event.title.startswith(expected)


@pytest.mark.parametrize(
    "text, expression",
    [
        # the text calls the only person named "Mr"
        ("The bakery\n\nMr Tobias Renn opened the bakery on Quay Street in 1925. The street was rebuilt after "
         "the war. She sold it to a cooperative in 1931.", "1931"),
    ],
)
def test_a_pronoun_title_keeps_the_pronoun_when_the_person_is_in_doubt(text: str, expression: str) -> None:
    event = next(e for e in _extracted(text) if e.timex == expression)
    assert event.title.startswith(("He ", "She "))


def test_a_relabel_keeps_the_title() -> None:
    """The views rely on a relabel (after the user merges actors) never changing a title: the naming
    is the extraction's, not the actor index's labelling."""
    from explorer.entities import build_index

    text = ("The northern front\n\nThe army held the passes through the autumn. In January, General van Horst "
            "fell ill and had to return to the capital; he died there in March 1921 and was replaced by his deputy.")
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    event = next(e for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex == "March 1921")
    assert event.title.startswith("He dies")
    assert build_index([(doc.path, text)]).label(event).title == event.title


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a side named after "by the", made the subject of an active title
        ("The hill fort was stormed by the Danes in 1015.", "1015", "Danes storm the hill fort"),
        ("The old harbour was captured by the Venetians in 1420.", "1420", "Venetians capture the old harbour"),
        # a count before the people's name
        ("Some 2,000 striking Belgians marched through the capital on Sunday.", "Sunday",
         "Some 2,000 striking Belgians march through the capital"),
        # a people's plural opening the title
        ("In the spring of 1809 the Germans crossed the river.", "the spring of 1809", "The Germans cross the river"),
        ("Romans built the first bridge here in 120 AD.", "120 AD", "Romans build the first bridge here"),
    ],
)
def test_a_plural_side_takes_a_plural_verb(sentence: str, expression: str, expected: str) -> None:
    """ "Allies conquers Africa", "Some 1,500 ethnic Albanians marches": a people or a side is plural."""
    assert _title(sentence, expression) == expected


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("The mill was bought by Thomas Evans in 1891.", "1891", "Thomas Evans buys the mill"),
        ("The firm was sold by the Philippines in 1990.", "1990", None),
    ],
)
def test_a_name_ending_in_s_stays_singular(sentence: str, expression: str, expected: str | None) -> None:
    title = _title(sentence, expression)
    if expected is not None:
        assert title == expected
    assert "Philippines sell " not in title


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # a contact relative clause ("the treaty he had signed") cut after its subject pronoun
        ("In March 1950 the regent appeared to accept a trade agreement he had rejected in earlier talks with the "
         "northern provinces.", "March 1950", "The regent appears to accept a trade agreement"),
    ],
)
def test_a_title_never_ends_on_a_subject_pronoun(sentence: str, expression: str, expected: str) -> None:
    """ "… a border demarcation treaty he": the word cut left the next clause's subject dangling."""
    assert _title(sentence, expression) == expected
