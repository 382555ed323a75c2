"""Who "we" are (issue 12): a notice's "we" is the body that signs it, a witness's "we" the body the
text says they speak for; "I" under a speaker's label is the speaker. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.mentions import find_mentions
from explorer.entities.writer_body import writer_readings
from explorer.events.build import build_events


def _labelled(text: str):
    doc = Document("a.txt", text, "", date(2026, 5, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize("text", [
    "Marrow Angling Club\nNotice to members\n\nWe will close the car park on 12 June. Thank you.\n\nThe Committee, Marrow Angling Club\n",
    "From: Customer Services, Tollbridge Water Ltd\nDate: 1 May 2026\n\nDear customer,\n\nWe replaced the main under your street on 20 April.\n\nYours sincerely,\nAda Venn\n",
    "Notice\n\nWe repaired the sluice gates on 3 March and we will reopen the towpath on 9 May.\n\nKestle Canal Trust\n",
])
def test_a_notices_we_is_the_body_that_signs_it(text: str) -> None:
    events = [e for e in _labelled(text) if e.title.startswith("We ")]
    assert events
    body = next(line for line in text.replace(",", "\n").splitlines() if line.strip().endswith(("Club", "Ltd", "Trust")))
    assert all(e.actors[:1] == (body.strip(),) for e in events), [(e.title, e.actors) for e in events]


@pytest.mark.parametrize("text", [
    # a place after a preposition on the title line names no writer
    "Winter at Harrowby Mill\n\nWe reached the mill on 2 November 1951 and lit the stoves.\n",
    # a diary's dated heading names where it was written
    "Notes from the coast\n\nMonday 7 March 2016, Stannick\nWe walked to the lighthouse on 8 March.\n",
    # someone else's "we", quoted
    "Tarn Rowing Club\n\n\"We will appeal,\" a rival coach said on 3 May. \"We lodged a complaint on 1 May.\"\n\nTarn Rowing Club\n",
])
def test_no_body_where_the_text_does_not_sign_as_one(text: str) -> None:
    for event in _labelled(text):
        if event.title.startswith("We "):
            assert event.actors[:1] == ("we",), (event.title, event.actors)


_HEARING = """Select Committee on Ports
Oral evidence, 3 November 2026

Witnesses: Dr Ines Morvan, former harbour engineer, Dunlow Port Trust; Karl Seddon, chief executive, Dunlow Port Trust

CHAIR: Dr Morvan, why did you leave?

DR INES MORVAN: I resigned in March 2024. I had warned the board in January 2024.

CHAIR: Mr Seddon, when did you arrive?

KARL SEDDON: I joined the trust in June 2024. We closed the quay to lorries on 4 November 2024.
"""


def test_i_under_a_speakers_label_is_the_speaker_named_in_full() -> None:
    titles = {e.title: e.actors for e in _labelled(_HEARING)}
    assert "Ines Morvan resigns" in titles and titles["Ines Morvan resigns"][:1] == ("Ines Morvan",), titles
    assert any(t.startswith("Karl Seddon joins") for t in titles), titles  # not the "Mr Seddon" of the question


def test_a_witnesss_we_is_the_body_the_witness_list_gives_them() -> None:
    closed = next(e for e in _labelled(_HEARING) if e.title.startswith("We close"))
    assert closed.actors[:1] == ("Dunlow Port Trust",), closed.actors


def test_turns_and_signature_lines_are_read_from_the_text() -> None:
    starts, turns = writer_readings(_HEARING)
    assert len(turns) == 5  # the four labelled answers and questions, and the "Witnesses:" line
    assert sum(1 for *_, body in turns if body >= 0) == 2  # the two witnesses' turns name their trust
    assert not any(_HEARING[s:].startswith("Witnesses") for line in starts for s in line)  # a long line is no signature


@pytest.mark.parametrize(("sentence", "name"), [
    ("The roof was mended by Pell & Daughters in May.", "Pell & Daughters"),
    ("Orrin & Sallow, the builders, replaced the beams.", "Orrin & Sallow"),
    ("The clock was made by Hallam & Sons of Derby.", "Hallam & Sons"),
])
def test_names_joined_by_an_ampersand_are_one_firm(sentence: str, name: str) -> None:
    mentions = find_mentions(sentence).mentions
    assert [(m.text, m.cue) for m in mentions if "&" in m.text] == [(name, "org")]


@pytest.mark.parametrize("text", [
    "Mara Quinn has left Tollport Athletic. The 41-year-old was appointed coach in June 2023.",
    "Ben Ortiz was arrested on 1 May 2025. The 29-year-old was charged with theft on 2 May 2025.",
    "Ivo Rand, 52, was fined on 2 May 2025.",
    "Ivo Rand, aged 52, was fined on 2 May 2025.",
])
def test_a_person_told_by_their_age_is_a_person(text: str) -> None:
    index = build_index([("a.txt", text)])
    name = text.split(" has ")[0].split(" was ")[0].split(",")[0]
    assert index.find(name) is not None and index.find(name).kind == "person", {e.name: e.kind for e in index.entities.values()}


def test_a_passives_described_agent_is_the_first_actor() -> None:
    event = _labelled("Parish notes\n\nThe old school closed in 1960. It was bought by the parish council in 1962.\n")[-1]
    assert event.actors[:1] == ("the parish council",), (event.title, event.actors)


def test_a_description_stands_for_no_body_only_ever_named_in_passing() -> None:
    """Known readings with no body named as a subject are no licence to take any body: "the insurer"
    is not the roofing firm named as an object, nor the town it comes from."""
    text = ("Club news\n\nThe work was awarded to Pell & Daughters, a roofing firm from Stanbury, on 29 September 2026. "
            "The insurer sent an assessor on 1 October 2026.\n")
    event = _labelled(text)[-1]
    assert event.actors[:1] == ("the insurer",), (event.title, event.actors)
