"""The one combined trigger pass finds exactly what each trigger's own ``finditer`` finds.

Scanning runs a rule only in windows around its trigger's matches; the combined pass
(:mod:`explorer.temporal.grammar.trigger_pass`) finds those matches for all triggers at once, so
any difference would silently change what the tagger finds. Checked on the sample articles, on
sentences with overlapping and oddly cased trigger words, and on random strings built from the
pieces triggers are made of."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from explorer.temporal.grammar import RULES, scanner, trigger_pass
from explorer.temporal.grammar.trigger_pass import Reading, TriggerPass, beginnings

DATA = Path(__file__).resolve().parents[2] / "data"

SENTENCES = [
    "JANOV and DECEMBER 3, Sept. 4 and MAYOR May 5; Marek in Mar. 2019, the 1990s, '90s and the sixties.",
    "At 14:30 UTC, 1430 EST or 7 p.m. GMT, 12 noon; 3-5pm; mon at 9, Fri, 2nite, 9 o'clock tonight.",
    "thethe the past hour the 3rd, of the month, this week 2015, month of May, every day, each year.",
    "Q3 2k19 and 2K20, 1/2 of a year-end, ½ a year, 2019-03-11, 3/4/2019, 12hrs, 3mins, 10yrs, wks ago.",
    "In 218 BC and 216 B.C., AD 14 and 14 CE, the 470s BC; nineteen ninety-one, christmas, new   year.",
    "Mondays and SUNDAYS, everyday, weekend, wknd, quarterly, fiscal 2019, calendar year, spring break.",
    "Days after, the day before yesterday, Tuesday mornings, 26December, 3rd jan, 7 - 9 am, the 1st.",
]

ALPHABET = ["Jan", "JAN", "jan", "uary", "May", "MAY", "day", "Day", "DAY", "mon", "the", "The", " ", "  ", "\n", "\t",
            "0", "1", "2", "9", "19", "20", "201", ":", ":3", "0s", "'", "’", "‘", "-", "–", ".", ",", "a", "p", "m",
            "am", "p.m", "of", "this", "past", "hour", "min", "sec", "BC", "B.C", "A.D", "CE", "GMT", "Z", "utc", "Q",
            "k", "K", "yr", "wk", "s", "ago", "every", "each", "year", "week", "night", "fri", "Fri", "sat", "noon",
            "christmas", "new", "eve", "½", "/", "x", "é", "É", "—", "today", "Yesterday", "noon", "MIDNIGHT", "daily",
            "weekly", "coming", "months", "ahead", "spring", "Summer", "Monday", "now", "currently", "as soon as possible"]


def _served() -> TriggerPass:
    return scanner.prepared_scan().one


def _spans(m: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """Where the match and each of its groups stand: what a rule's builder reads."""
    return tuple(m.span(g) for g in range(m.re.groups + 1))


def _own_matches(one: TriggerPass, text: str) -> dict[object, list[tuple[tuple[int, int], ...]]]:
    lower = text.lower()
    return {key: [_spans(m) for m in c.finditer(lower if on_lower else text)] for key, c, on_lower in one.served}


def _texts() -> list[str]:
    rng = random.Random(11)
    fuzz = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(5, 120))) for _ in range(400)]
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))] + fuzz


def test_the_pass_serves_the_rules_triggers_and_the_rules_scanned_over_the_whole_text() -> None:
    triggers = {t for *_, t in RULES if t is not None}
    whole = {p for _n, p, _b, _pr, t in RULES if t is None}
    served = {key for key, _, _ in _served().served}
    assert served <= triggers | whole
    # a pattern it cannot read keeps its own pass (slower, the same matches)
    assert len(served & triggers) >= 0.9 * len(triggers) and len(served & whole) >= 0.8 * len(whole)


@pytest.mark.parametrize(("chunk", "short"), [(1 << 16, 500), (5, 0), (64, 0), (1 << 16, 10 ** 9)])
def test_every_served_pattern_matches_as_its_own_finditer(chunk: int, short: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # a long text's places are listed a chunk at a time (tiny chunks put trigger words across their
    # edges), a short one's by one search
    monkeypatch.setattr(trigger_pass, "_CHUNK", chunk)
    monkeypatch.setattr(trigger_pass, "_SHORT", short)
    one = _served()
    for text in _texts():
        got = one.matches(text, text.lower())
        assert got is not None, text
        assert {key: [_spans(m) for m in found] for key, found in got.items()} == _own_matches(one, text), text


GUARDED = ["ſpring of 2019, the day; ſince Monday", "ıt was 2019, sınce the day", "on ٢٠١٩ and 2019 day, 3 days"]


@pytest.mark.parametrize("text", GUARDED)
def test_a_text_some_beginnings_cannot_stand_for_leaves_those_patterns_to_their_own_pass(text: str) -> None:
    # "ſ" and "ı" match "s" and "i" under IGNORECASE but do not lowercase to them; \d matches "٢"
    one = _served()
    got = one.matches(text, text.lower())
    assert got is not None
    assert set(got) < {key for key, _, _ in one.served}
    own = _own_matches(one, text)
    assert {key: [_spans(m) for m in found] for key, found in got.items()} == {key: own[key] for key in got}


@pytest.mark.parametrize("text", SENTENCES + GUARDED + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))])
def test_the_scan_finds_what_it_finds_without_the_pass(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = scanner.scan_text(text)
    monkeypatch.setattr(scanner, "_one_pass", lambda text, lower: Reading())
    assert fast == scanner.scan_text(text)


@pytest.mark.parametrize("chunk", [1 << 16, 3])
def test_the_windows_a_scan_uses_are_those_of_each_triggers_own_pass(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trigger_pass, "_CHUNK", chunk)
    one = _served()
    served = {t for t, _, _ in one.served if isinstance(t, str)}
    text = (DATA / min(p.name for p in DATA.glob("*.txt"))).read_text(encoding="utf-8")
    asked: list[str] = []
    own = scanner.trigger_windows
    monkeypatch.setattr(scanner, "trigger_windows", lambda t, trig, low=None: asked.append(trig) or own(t, trig, low))
    windows = scanner.one_pass_windows(text, text.lower())
    scanner.scan_text(text)
    assert not served & set(asked)  # the served triggers were not scanned one by one
    for trigger in served:
        assert windows[trigger] == own(text, trigger, text.lower())


@pytest.mark.parametrize(("pattern", "on_lower", "want"), [
    (r"(?=(?:May|MAY)\b)(?:May|MAY)", False, {"may"}),  # a lookahead is passed over; cases lowercased
    (r"(?i:\b(?:yr|wk)\b)", False, {"yr", "wk"}),
    (r"\d{4}", True, {"ddd"}),
    (r"(?:jan|feb)[a-z]*\.?", True, {"jan", "feb"}),
    (r"x?ab", True, {"xab", "ab"}),
])
def test_beginnings_read_from_the_pattern(pattern: str, on_lower: bool, want: set[str]) -> None:
    got = beginnings(pattern, on_lower)
    assert got is not None
    as_text = {"".join("d" if d else "".join(sorted(chars)) for chars, d, _s in head) for head in got}
    assert as_text == want


@pytest.mark.parametrize("pattern", [r".day", r"[^x]day", r"(a)\1", r"(?:x|\w)day", r"\w+day"])
def test_a_pattern_whose_beginning_cannot_be_read_is_not_served(pattern: str) -> None:
    assert beginnings(pattern, True) is None
    one = TriggerPass([(pattern, re.compile(pattern), True)])
    assert one.served == []


def test_a_rule_registered_later_is_scanned_and_one_taken_away_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.temporal.grammar import Cand

    text = "They met at the zorbday feast."
    extra = ("zorbday", re.compile(r"zorbday"), lambda m, t: Cand(m.start(), m.end(), "abs"), 0, "(?i:zorb)")
    assert not any(text[c.start:c.end] == "zorbday" for c in scanner.scan_text(text))
    monkeypatch.setattr(scanner, "RULES", [*RULES, extra])
    assert any(text[c.start:c.end] == "zorbday" for c in scanner.scan_text(text))
    assert "(?i:zorb)" in {key for key, _, _ in scanner.prepared_scan().one.served}
    monkeypatch.setattr(scanner, "RULES", list(RULES))
    assert not any(text[c.start:c.end] == "zorbday" for c in scanner.scan_text(text))


def test_a_pattern_on_the_lowercased_text_with_a_case_insensitive_part_is_guarded_too() -> None:
    pattern = re.compile(r"(?i:i)x")  # run on the lowercased text, it still matches "ı" for "i"
    one = TriggerPass([("k", pattern, True)])
    assert [m.span() for m in pattern.finditer("ıx")] == [(0, 2)]
    got = one.matches("ıx", "ıx")
    assert got is not None and "k" not in got  # left to its own pass, which finds it
    assert [m.span() for m in one.matches("ix ix", "ix ix")["k"]] == [(0, 2), (3, 5)]  # type: ignore[index]


def test_without_pythons_private_regex_parser_no_pattern_is_served(monkeypatch: pytest.MonkeyPatch) -> None:
    """``re._parser`` is CPython's private module: on a Python without it every pattern keeps its own
    pass rather than the import failing."""
    assert beginnings(r"(?:jan|feb)uary", True) is not None
    monkeypatch.setattr(trigger_pass, "_parser", None)
    assert beginnings(r"(?:jan|feb)uary", True) is None


@pytest.mark.parametrize(("pattern", "length", "want"), [
    (r"(?:jan|feb)uary", 4, {"janu", "febu"}),
    (r"\d{4}", 4, {"dddd"}),
    (r"x?ab", 4, {"xab", "ab"}),  # a match shorter than the length begins with itself
    (r"(?:jan|feb)uary", 2, {"ja", "fe"}),
])
def test_beginnings_of_a_given_length(pattern: str, length: int, want: set[str]) -> None:
    # the combined pass reads its triggers' beginnings further (trigger_pass.TRIGGER_HEAD) than a
    # rule's are read: fewer places stand for a longer beginning
    got = beginnings(pattern, True, 0, length)
    assert got is not None
    assert {"".join("d" if d else "".join(sorted(chars)) for chars, d, _s in head) for head in got} == want

