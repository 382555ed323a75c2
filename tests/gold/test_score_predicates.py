"""The title rule's verb matching (``score.names_predicate``): a headline's regular forms name the gold
predicate. "flies" did not name "fly" (nor "tries" "try"): the stem of a three-letter verb in "y"
kept its "y", and ten readable titles that said "flies" were counted unacceptable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402


@pytest.mark.parametrize("title, predicate", [
    ("The minister flies to Kabul", "fly"),
    ("A climber tries the north face", "try"),
    ("The river dries up", "dry up"),
    ("The council pays the contractor", "pay"),
    ("The company carries out the recall", "carry out"),
    ("The theatre stages a revival", "stage"),
])
def test_a_regular_form_names_the_predicate(title: str, predicate: str) -> None:
    assert score.names_predicate(title, predicate)


@pytest.mark.parametrize("title, predicate", [
    ("The minister flies to Kabul", "flee"),
    ("The council pays the contractor", "play"),
    ("The river dries up", "dry out"),
])
def test_another_verb_does_not(title: str, predicate: str) -> None:
    assert not score.names_predicate(title, predicate)
