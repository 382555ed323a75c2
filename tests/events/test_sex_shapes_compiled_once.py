"""A person's sex is read from shapes compiled once (explorer.events.gender), not from patterns built
for each name: whatever the text, the answer is the one the per-name patterns over the whole text
give (tests/events/sex_oracle.py). Fragments written for this test."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.events import gender
from explorer.events import names
from tests.events.pattern_recorder import record_patterns
from tests.events.sex_oracle import sex_over_the_whole_text

_NAMES = ["Ada Quill", "Quill", "Tom Reeve", "J. Orr-Hay", "Orr-Hay", "Kit O’Neil", "Ines", "Jr.", "Vale"]
_PIECES = [*_NAMES, "Mrs", "Mr.", "Sir", "Dame", "Lady", "Ada", "Tom", ",", ".", "!", "?", ";", ":", "(", ")",
           " ", " ", " ", "\n", "a", "the", "his", "her", "Her", "The", "duke's", "retired", "widow", "widower",
           "husband", "actress", "fisherman", "human", "He", "She", "he", "left", "sold", "it", "was", "born",
           "-", "’s", "O’", "Reeve's", "1901"]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(_NAMES))
def test_the_shapes_read_around_each_mention_give_what_the_whole_text_gives(pieces: list[str], name: str) -> None:
    text = "".join(p if p in ",.!?;:()\n-’" or p.startswith("’") else " " + p for p in pieces)
    assert gender.sex_in_text(name, text) == sex_over_the_whole_text(name, text)


def test_no_pattern_is_compiled_for_a_name(monkeypatch) -> None:
    text = ("Mrs Ada Quill opened the mill in 1901. Sir Tom Reeve, a widower, sold it. Her husband, Lars Remke, "
            "left. Noor Vale was born in 1890. She studied law.")
    built = record_patterns(monkeypatch, gender, names)
    assert [gender.sex_in_text(n, text) for n in ("Ada Quill", "Tom Reeve", "Lars Remke", "Noor Vale")] == [
        gender.FEMALE, gender.MALE, gender.MALE, gender.FEMALE]
    # (the shapes' own patterns, built once, may be looked up; none is made from a name)
    assert [p for p in built if any(part in p for part in ("Quill", "Reeve", "Remke", "Vale"))] == []


def test_the_recorder_sees_a_pattern_built_by_a_search(monkeypatch) -> None:
    # (what the test above would miss if it watched re.compile alone)
    built = record_patterns(monkeypatch, gender)
    re.search(r"(?<!\w)" + re.escape("Ada Quill") + r"(?!\w)", "Mrs Ada Quill")
    assert any("Quill" in p for p in built)
