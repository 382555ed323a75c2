"""A rule tried only where its match can begin finds, in each window, what its own ``finditer`` over
that window finds (:mod:`explorer.temporal.grammar.window_matches`): the scan's candidates depend on
it, so any difference would silently change what the tagger finds. Checked for every rule on the
sample articles, on sentences of our own, on random strings made of the pieces rules read, and on
texts holding characters the places cannot stand for ("ı", "ſ", Arabic-Indic digits)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal.grammar import RULES, scanner
from explorer.temporal.grammar.window_matches import WindowMatcher, oddities
from tests.temporal.test_trigger_pass import SENTENCES as TRIGGER_SENTENCES

DATA = Path(__file__).resolve().parents[2] / "data"

#: the trigger pass's sentences (overlapping and oddly cased trigger words), and two of ours
SENTENCES = [*TRIGGER_SENTENCES, "On Wed. 13 October 2015, late last month, the 3rd of May, 2019 at 7 p.m., some 40 years later.",
             "Christmas Eve, Thanksgiving weekend, MAY 5 and SEPT. 4, Jan 1 2000 - Feb 2 2001, 2019-03-11T10:00."]
PIECES = ["Jan", "JAN", "uary", "May", "day", "Day", "mon", "the", " ", "  ", "\n", "\n\n", "0", "1", "2", "9",
          "19", "20", ":", ":3", "'", "’", "-", "–", ".", ",", "am", "p.m.", "of", "this", "last", "next", "hour",
          "year", "week", "ago", "later", "BC", "A.D.", "Q", "k", "every", "each", "night", "Fri", "noon", "early",
          "mid", "ı", "ſ", "٢", "\u212a", "christmas", "october", "13th", "weeks", "about", "some", "decade", "1990s"]
ODD = ["ſpring of 2019, the day; ſince Monday", "ıt was 2019, sınce the day", "on ٢٠١٩ and 2019 day, 3 days ago"]


def _windowed_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, pattern) for name, pattern, _b, _p, trigger in RULES if trigger is not None]


def _matchers() -> list[tuple[str, WindowMatcher]]:
    """The scan's own matcher of each rule read in windows."""
    prepared = scanner.prepared_scan()
    return [(name, prepared.matcher(i)) for i, (name, *_, trigger) in enumerate(prepared.entries) if trigger is not None]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in found]


def _own(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    return [m for a, b in windows for m in pattern.finditer(text, a, b)]


def _check(text: str, windows: list[tuple[int, int]]) -> None:
    lower = text.lower()
    if len(lower) != len(text):
        lower = None  # type: ignore[assignment]
    odd = oddities(text)
    for name, matcher in _matchers():
        got = matcher.matches(text, lower, windows, odd)
        assert _spans(got) == _spans(_own(matcher.pattern, text, windows)), (name, text, windows)


def test_almost_every_rule_has_places_it_can_begin_at() -> None:
    # a rule without them is read as before (slower, the same matches)
    matchers = [m for _n, m in _matchers()]
    assert len(matchers) == len(_windowed_rules())
    assert sum(m.places is not None for m in matchers) >= 0.9 * len(matchers)


@pytest.mark.parametrize("text", SENTENCES + ODD + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))])
def test_every_rule_matches_in_windows_as_its_own_finditer(text: str) -> None:
    n = len(text)
    _check(text, [(0, n)])
    _check(text, [(0, n // 3), (n // 3 + 5, n)])  # windows cut words and dates in two
    _check(text, [(max(0, i - 9), min(n, i + 31)) for i in range(0, n, 57)])


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.integers(0, 30), st.integers(1, 60))
def test_random_texts_and_windows(pieces: list[str], start: int, width: int) -> None:
    text = "".join(pieces)
    _check(text, [(min(start, len(text)), min(len(text), start + width))])


@pytest.mark.parametrize("text", ODD)
def test_a_text_with_a_character_the_places_cannot_stand_for_reads_those_rules_plainly(text: str) -> None:
    odd = oddities(text)
    assert odd[0] or odd[1]
    matchers = [m for _n, m in _matchers()]
    assert any(m.places is not None and not m.usable(odd) for m in matchers)
    assert all(m.usable(oddities("a plain 2019 text")) for m in matchers if m.places is not None)


def test_the_scan_finds_what_plain_finditer_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = SENTENCES + ODD + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    rng = random.Random(18)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(5, 80))) for _ in range(200)]
    fast = [scanner.scan_text(t) for t in texts]
    monkeypatch.setattr(WindowMatcher, "usable", lambda self, odd: False)
    assert fast == [scanner.scan_text(t) for t in texts]
