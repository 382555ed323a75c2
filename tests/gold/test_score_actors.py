"""The title rule's actor matching (``score.names_actor``): a family's plural names its surname. "The
Vrankas arrive from Ljubljana" did not name the gold actor "Vranka" (its own gold title, judged
unacceptable with seven more of the same kind); a common noun's plural is no such family ("ships" is
no "ship" named)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402


@pytest.mark.parametrize("title, actor, named", [
    ("The Vrankas arrive from Ljubljana", "Vranka|Teodor|Ilse|couple", True),
    ("The Oyelarans open a kitchen", "couple|they|Oyelaran", True),
    ("The Hales sell the farm", "Anna Hale|Hale", True),
    ("The company ships the parts", "ship", False),
    ("The boards approve the merger", "board", False),
])
def test_a_family_s_plural_names_the_surname(title: str, actor: str, named: bool) -> None:
    assert score.names_actor(title, actor) is named


@pytest.mark.parametrize("title, actor, named", [
    ("We're back in the studio to record the album", "band|We|we", True),
    ("They've signed the lease", "tenants|they", True),
    ("I'm moving to Leeds", "I|writer", True),
    ("We'll open the hall", "club|we", True),
    ("Tom's team wins the cup", "Tom", True),
    ("We're back in the studio", "band", False),
])
def test_a_contraction_names_its_pronoun(title: str, actor: str, named: bool) -> None:
    """A title opening on a contracted pronoun names it: "We're back" names "We" (the README's rule: the
    title names the actor), where the word "we're" had matched no actor."""
    assert score.names_actor(title, actor) is named
