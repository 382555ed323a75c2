"""The evidence around a candidate name that it names a person, or that it names no one.

A verb of saying or a lower-case role before it ("writes Jane Roe", "opposition leader Jane Roe"), an
apposition after it (", the company's chief executive"), a pronoun that follows, a headline line or
quotation marks around it: read once per mention, after the names are cut out of their runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from explorer.entities.lexicon import FUNCTION_WORDS, SPEECH_VERBS, TITLE_HEADS
from explorer.entities.mention import Mention, replaced
from explorer.entities.name_runs import is_title_word

_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b", re.IGNORECASE)
_LINE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_OPEN_QUOTES = "\"“‘«'"
_CLOSE_QUOTES = "\"”’»'"
#: Lines of at most this many words can be headlines, section titles or page furniture.
HEADLINE_MAX_WORDS = 14


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of short lines that do not end as a sentence and whose words are mostly capitalised
    ("Switch to Site Light?", "The Slow Effect: Escalation Due to Energy Trade?")."""
    out = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        stripped = line.strip()
        if not stripped or stripped.endswith((".", ";", ",")) and not stripped.endswith("..."):
            continue
        words = _LINE_WORD.findall(stripped)
        if not 2 <= len(words) <= HEADLINE_MAX_WORDS:
            continue
        content = [w for w in words if w.lower() not in FUNCTION_WORDS or w[:1].isupper() and w is not words[0]]
        content = [w for w in words if w.lower() not in FUNCTION_WORDS] or content
        capitalised = sum(1 for w in content if w[:1].isupper())
        if content and capitalised >= 0.6 * len(content):
            out.append((start, start + len(line)))
    return out


def context_cues(text: str, mentions: list[Mention], sentences: tuple[tuple[int, int], ...]) -> list[Mention]:
    """The evidence around each mention that it names a person, or that it names no one."""
    heads = headline_lines(text)  # lines in order, none overlapping: the one a mention may be on is found by bisection
    head_starts = [a for a, _ in heads]
    starts = sorted(m.start for m in mentions if len(m.words) > 1 and m.cue is None)  # who could be "he"
    out = []
    for m in mentions:
        if m.expands is not None:
            out.append(m)
            continue
        s_start, s_end = sentences[m.sentence] if m.sentence < len(sentences) else (m.start, m.end)
        before = text[max(s_start, m.start - 60):m.start]
        prev_words = _LETTERS.findall(before)
        prev = prev_words[-1] if prev_words else ""
        separated = before.rstrip()[-1:] in _SEPARATORS  # ``rstrip`` strips what ``\s`` matches
        low = prev.lower()
        said_before = not separated and low in SPEECH_VERBS
        role_before = not separated and prev.islower() and (is_title_word(low, TITLE_HEADS) or low in KINSHIP
                                                            or low in OCCUPATIONS) or bool(_PERSON_OF.search(before))
        after = text[m.end:s_end]
        apposition = bool(_APPOSITION.match(after) or _PERSON_POSSESSION.match(after))
        next_end = sentences[m.sentence + 1][1] if m.sentence + 1 < len(sentences) else s_end
        pronoun = _PRONOUN.search(text, m.end, next_end)
        # Only when no other name stands between: "a report by Kayhan London, Minister Jane Roe, on his visit".
        if pronoun is None:
            pronoun_after = False
        else:
            first = bisect_left(starts, m.end)
            pronoun_after = not (first < len(starts) and starts[first] < pronoun.start())
        line = bisect_right(head_starts, m.start) - 1
        headline = line >= 0 and m.start < heads[line][1]
        quoted = (text[m.start - 1:m.start] in _OPEN_QUOTES and text[m.start - 1:m.start] != ""
                  and text[m.end:m.end + 2].lstrip(",.")[:1] in _CLOSE_QUOTES) or bool(_AFTER_TITLE_COLON.search(before))
        out.append(replaced(m, said_before=said_before, role_before=role_before, apposition=apposition,
                             pronoun_after=pronoun_after, headline=headline, quoted=quoted))
    return out


_LETTERS = re.compile(r"[^\W\d_]+")
#: A mention after one of these (and spaces) is set off from the word before it.
_SEPARATORS = frozenset(',;:()"“”')


#: ", the company's chief executive", ", a spokeswoman for", ", the sister of": a person in apposition.
KINSHIP = frozenset("""sister brother wife husband son daughter mother father widow widower uncle aunt cousin
    nephew niece grandson granddaughter grandfather grandmother""".split())
#: "investigative reporter Bob Woodward", "presidential aide Jack Valenti": a person's occupation
#: written before the name, as a title is (only right before it: no apposition rule of its own).
OCCUPATIONS = frozenset("""reporter journalist correspondent aide adviser advisor historian writer author novelist
    poet analyst editor columnist diplomat activist lawyer economist scholar scientist physician surgeon
    engineer architect painter sculptor composer singer actor actress philosopher theologian""".split())
_APPOSITION = re.compile(
    r",\s+(?:the|a|an|his|her|its|their|[^\W\d_]+['’]s)\s+(?:[^\W\d_-]+[- ]){0,3}?(?:"
    + "|".join(sorted(TITLE_HEADS | KINSHIP, key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)
#: What only a person has, written before the name: "the government of Ada Moor" (a ruler's),
#: "the death of", "the wife of". A place never takes these here: the gazetteer makes it one first.
_PERSON_OF = re.compile(
    r"\b(?:government|regime|administration|cabinet|reign|dictatorship|presidency|premiership|death|assassination"
    r"|murder|execution|funeral|birth|wife|husband|widow|son|daughter|mother|father)\s+of\s+$",
    re.IGNORECASE,
)
#: ... and after it, its possessive: "Ada Moor's death", "Ada Moor's wife".
_PERSON_POSSESSION = re.compile(
    r"['’]s\s+(?:own\s+)?(?:death|assassination|murder|execution|funeral|birth|childhood|wife|husband|widow"
    r"|son|daughter|mother|father|brother|sister)\b",
    re.IGNORECASE,
)
#: "... Through Jihadist Eyes: A Perfect Enemy": the subtitle of a work.
_AFTER_TITLE_COLON = re.compile(r"[A-Z][^\W\d_]*:\s+(?:(?:A|An|The)\s+)?$")
