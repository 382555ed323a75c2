"""A rule's matches inside its trigger's windows, its pattern tried only where a match can begin.

Scanning runs each rule's pattern over the windows around its trigger words, and ``finditer``
tries the whole pattern at every position of a window. Most rules open with a lookbehind (a word
boundary of their own), which keeps the regex engine from skipping to a possible first character,
so it was most of the scan's time (11 of the sample's 21 ms), although a rule's match can begin
only where its first few characters stand: a month rule's "Oct", "13 ", "Wed" or "thi".

Here those beginnings are read from the parsed pattern (:func:`.trigger_pass.beginnings`, the
reading the combined trigger pass makes), one lookahead finds where they stand in the window, and
the pattern is tried there alone, left to right, each place after the previous match's end:
what ``finditer`` over the window does, so the matches are the same. A pattern whose beginnings
cannot be read, or a text that holds a character the beginnings cannot stand for (a digit other
than 0-9 before a pattern that can begin with a digit, a case partner such as "ı" or "ſ"), keeps
the plain ``finditer``.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.trigger_pass import (ASCII_DIGITS, OTHER_DIGIT, Token, beginnings, case_partners, casefix,
                                                    trie_regex)

#: what a text holds that some rules' places cannot stand for: case partners, a digit other than 0-9
Oddities = tuple[frozenset[str], bool]


def _by_first_character(found: set[tuple[Token, ...]]) -> str:
    """The beginnings as one alternation by first character, each character followed by a lookahead
    for the rest: an alternation of single characters lets the regex engine skip ahead to the next
    one of them (a pattern opening with a lookahead is tried at every position)."""
    by_first: dict[str, set[tuple[Token, ...]]] = {}
    for head in found:
        chars, digit, _ = head[0]
        for ch in chars | (set(ASCII_DIGITS) if digit else set()):
            by_first.setdefault(ch, set()).add(head[1:])
    return "|".join(re.escape(ch) + ("" if () in rest else "(?=" + trie_regex(rest) + ")")
                    for ch, rest in sorted(by_first.items()))


class WindowMatcher:
    """One rule's pattern, with where its matches can begin as a pattern of its own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = beginnings(pattern.pattern, False, pattern.flags)
        #: where a match can begin, in the lowercased text; None when that cannot be read
        self.places: re.Pattern[str] | None = None
        self.digit_first = False
        self.partners: frozenset[str] = frozenset()
        if found is not None and not any(h[0][2] for h in found):  # one beginning with any space: no use
            self.places = re.compile(_by_first_character(found))
            self.digit_first = any(h[0][1] for h in found)
            self.partners = frozenset(case_partners(found, pattern, False))

    def usable(self, odd: Oddities) -> bool:
        """Whether the places can be trusted on a text with the ``odd`` characters it holds."""
        partners, other_digit = odd
        return self.places is not None and not (partners & self.partners or other_digit and self.digit_first)

    def matches(self, text: str, lower: str | None, windows: list[tuple[int, int]],
                odd: Oddities) -> list[re.Match[str]]:
        """``pattern.finditer(text, a, b)`` for each window (a, b), in order. ``lower`` is
        ``text.lower()`` when it keeps every offset (else None: the plain pass is run)."""
        pattern = self.pattern
        out: list[re.Match[str]] = []
        if lower is None or not self.usable(odd):
            for a, b in windows:
                out.extend(pattern.finditer(text, a, b))
            return out
        places = self.places
        assert places is not None
        for a, b in windows:
            behind = a
            for place in places.finditer(lower, a, b):  # each place is one character: none is stepped over
                at = place.start()
                if at < behind:
                    continue  # inside the previous match: finditer goes on after it
                hit = pattern.match(text, at, b)
                if hit is not None:
                    out.append(hit)
                    behind = hit.end()
        return out


#: every character that case-insensitive matching equates with another it does not lowercase to;
#: the ASCII ones ("i" and "s", partners of "ı" and "ſ") stand in almost every text and are taken as
#: present, the others are searched for
_CASE_PARTNERS = frozenset(chr(x) for xs in (casefix._EXTRA_CASES.values() if casefix is not None else ()) for x in xs)
_ASCII_PARTNERS = frozenset(ch for ch in _CASE_PARTNERS if ch.isascii())
_OTHER_PARTNERS = re.compile("[" + "".join(map(re.escape, sorted(_CASE_PARTNERS - _ASCII_PARTNERS))) + "]") if _CASE_PARTNERS - _ASCII_PARTNERS else None


def oddities(text: str) -> Oddities:
    """The case partners that ``text`` may hold (of any rule: each rule asks for its own, see
    :meth:`WindowMatcher.usable`), and whether it holds a digit other than 0-9: what some rules'
    places cannot stand for. Found once per text for all the rules."""
    found = set(_OTHER_PARTNERS.findall(text)) if _OTHER_PARTNERS is not None else set()
    return frozenset(found | _ASCII_PARTNERS), OTHER_DIGIT.search(text) is not None
