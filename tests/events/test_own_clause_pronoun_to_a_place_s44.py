"""A clause of its own after ", and" whose named subject takes someone told by a pronoun, the writer
too, to a place ("…, and Kirby pulled me through the mud to the far bank") is a happening of its own,
as one acting on an object is (issue 12: recall of acts with no date of their own; memoirs, diaries,
trip reports and letters tell the writer carried, driven or led somewhere). Sentences written for this
test; a figure of speech's "place" ("put us to the test", "brought us to the brink") stays out."""

import pytest

from explorer.events.joined_clauses import iter_joined_clauses


def _titles(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, title", [
    ("Our boat grounded on a sandbank, and Kirby pulled me through the mud to the far bank.", "Kirby pulls me through the mud"),
    ("The coastguard spotted our flare, and Ellis towed us into the harbour.", "Ellis tows us into the harbour"),
    ("Our car broke down, and Hollis drove us to the nearest garage.", "Hollis drives us to the nearest garage"),
    ("The storm hit the camp, and Teodor led us over the ridge to the hut.", "Teodor leads us over the ridge"),
    ("The mare went lame, and Farrier Kell walked her back to the yard.", "Farrier Kell walks her back to the yard"),
    ("The ice gave way, and Marta pulled him out of the water.", "Marta pulls him out of the water"),
])
def test_a_named_subject_taking_someone_to_a_place_is_an_act(sentence: str, title: str) -> None:
    assert any(t.startswith(title) for t in _titles(sentence)), _titles(sentence)


@pytest.mark.parametrize("sentence", [
    "The lecture ran long, and Mara brought us to the brink of despair.",
    "The season was hard, and Coach Ellis put us to the test.",
])
def test_a_figure_of_speech_stays_out(sentence: str) -> None:
    assert _titles(sentence) == []
