"""Candidate names in one document: capitalised word sequences, cut at titles and demonyms.

"Iranian Foreign Minister Mohammad Javad Zarif" gives one mention, "Mohammad Javad Zarif", marked as
titled (evidence of a person); "then-Quds Force Chief Major General Qassim Suleimani" gives "Quds Force"
and "Qassim Suleimani"; "Islamic Revolutionary Guard Corps (IRGC)" gives the long name and the acronym,
linked. A capitalised word that opens a sentence is kept but marked, so the corpus-wide step can drop
the ones that are ordinary words ("Diplomatic moves were discussed").

Pure functions of the text, picklable results: usable from the pipeline's worker processes.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Callable

from explorer.entities.gazetteer import ascii_lower_phrase, gazetteer
from explorer.entities.lexicon import (
    CONNECTORS, FUNCTION_WORDS, IRREGULAR_DEMONYM_COUNTRIES, IRREGULAR_DEMONYMS, MONTHS_AND_DAYS, ORG_HEADS, ORG_OF_HEADS,
    PARTICLES, PLACE_HEADS, PLACE_OF_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PORTFOLIOS,
)
from explorer.sentences import split_sentences

_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:(?:-['’]?|['’])[^\W\d_]+)*")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|as|ad|ash|ar|an|at|az|ad|ed)-(?=[^\W\d_])")
_TIME_PREFIX = re.compile(r"^(?:then|ex|former|now)-(?=[^\W\d_])", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$")
#: Letters joined to digits: a model's or a unit's designation ("M-16", "B52", "T-34"), no name.
_DESIGNATION = re.compile(r"-?\d")
_DESIGNATION_BEFORE = re.compile(r"(?:\d-?|-\d)$")
#: What follows a unit: the end of the phrase (punctuation, the end) or a function word.
_UNIT_FOLLOWS = re.compile(
    r"\s*(?:$|[,.;:!?)\]\u2013\u2014-]|(?:on|in|at|of|and|or|to|the|a|an|when|until|till|from|that|this|every|each|"
    r"local|time|sharp|today|tomorrow|yesterday|tonight)\b)", re.IGNORECASE)
#: A clock time or a figure of one or two digits (not a year), then a space, right before a word.
_UNIT_AFTER_FIGURE = re.compile(r"(?:(?<![\d.,:])\d{1,2}|(?<![\d.,:])\d{1,2}[:.]\d{2}|(?<![\d,])\d+\.\d+) ?$")
#: Era markers stand beside years ("264 BC", "AD 9"): never a name nor part of one ("BC Hannibal").
ERA_WORDS = frozenset("bc b.c. bce b.c.e. ad a.d. ce c.e.".split())
#: Capitalised words that name no one: time zones, temperature scales, weekdays as plurals
#: ("on Tuesdays"). They cut a run of capitals as a month or a weekday does.
NOT_NAMES = frozenset(
    """utc gmt cet cest est edt pst pdt bst celsius fahrenheit kelvin mondays tuesdays wednesdays
    thursdays fridays saturdays sundays""".split()
)
#: Month names and a preposition that are given names too ("Jan", "April", "Per").
_GIVEN_NAME_WORDS = frozenset("jan april may june august per".split())
#: Before a name set off as an apposition or after a role: "her deputy, ", "his son ", "the lawyer ".
_NAME_SET_OFF = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+)$")
_COMPASS = frozenset("north south east west central middle upper lower northern southern eastern western northeast northwest southeast southwest".split())
_PLACE_PREPOSITIONS = frozenset("in to from at into near across toward towards outside inside throughout via".split())
#: Prepositions that place what follows them: a one-word name after them is a place ("in Aarhus"),
#: unlike after "to", "from" or "at", which also take a company ("sold to X", "worked at X").
#: Months that are also given names, read as names right after a person's title.
_MONTH_NAMES = frozenset("jan april may june august".split())
#: Verbs and nouns after which "at" places what follows: "landed at Keflavik", "the harbour at Brendvik".
_ARRIVAL_VERBS = frozenset("landed arrived docked stopped called anchored harbour harbor port airport station quay".split())
#: Nouns after which "in" takes a company, not a place: "shares in Homefield", "a stake in X".
_HELD_IN = frozenset("shares share stake stakes holding holdings investment investments interest interests trading confidence".split())
_LOCATIVE_PREPOSITIONS = frozenset("in into near across outside inside throughout via around".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """One candidate name: ``text`` is exactly ``document[start:end]``."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]  # hyphenated words split, particles kept: ("Bashar", "al", "Assad")
    sentence: int
    initial: bool = False  # begins its sentence
    titled: bool = False  # came after a person's title ("President", "Mr.")
    cue: str | None = None  # "org" / "place" from the form of the name itself
    speech: bool = False  # followed by a verb of saying
    place_prep: bool = False  # after "in", "to", "from"...
    article: bool = False  # after "the"
    expands: int | None = None  # for "(IRGC)": index of the long name it abbreviates
    said_before: bool = False  # after a verb of saying: "writes Jane Roe"
    role_before: bool = False  # after a lower-case title: "opposition leader Jane Roe"
    apposition: bool = False  # followed by ", the/a ... spokeswoman" or ", the sister of"
    pronoun_after: bool = False  # "he"/"she" later in the sentence or in the next one
    locative: bool = False  # after "in", "into", "near", "throughout"…: where something is, not who
    headline: bool = False  # on a short line mostly in Title Case: no evidence of anything
    quoted: bool = False  # in quotation marks or after a colon in Title Case: a work's or a thing's name


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_FIELD_INDEX = {name: i for i, name in enumerate(_MENTION_FIELDS)}
_mention_values = operator.attrgetter(*_MENTION_FIELDS)


def _replaced(m: Mention, **changes: object) -> Mention:
    """``dataclasses.replace`` for a :class:`Mention`, without its generic pass over the fields:
    every mention of a document goes through here once or twice (a third of ``find_mentions``)."""
    values = list(_mention_values(m))
    for name, value in changes.items():
        values[_FIELD_INDEX[name]] = value
    return Mention(*values)


@dataclass(frozen=True, slots=True)
class DocumentMentions:
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]
    lower_words: frozenset[str]  # words seen in lower case: "revolution", so "Revolution" is a word
    noninitial: frozenset[str]  # lower-cased single words seen capitalised inside a sentence


@dataclass(slots=True)
class _Word:
    text: str
    start: int
    end: int
    possessive: bool = False


def _is_capitalised(word: str) -> bool:
    # both prefixes end in a hyphen: a word without one is answered without a regex (called per word)
    return word[:1].isupper() or "-" in word and (bool(_ARTICLE_PREFIX.match(word)) or bool(_TIME_PREFIX.match(word)))


def _is_shouting(word: str) -> bool:
    if not word.isupper():  # the same answer as the letters' (a full stop has no case): most words stop here
        return False
    letters = word.replace(".", "")
    # a shouted double name or an elided one is shouted too: "ELLIS-BRANDT", "O'NEILL" (a speaker label
    # "JANE DOE-SMITH:" opening each turn was read as a name of one shouted and one plain word)
    return len(letters) >= 2 and letters.isupper() and letters.replace("-", "").replace("'", "").replace("’", "").isalpha()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    out = set(IRREGULAR_DEMONYMS) | set(IRREGULAR_DEMONYM_COUNTRIES)  # "Danish", "Norwegian": no suffix rule finds them
    for country in gazetteer().countries:
        c = country.lower()
        if " " in c:
            head, _, c = c.rpartition(" ")
            if not all(w in _COMPASS for w in head.split()):
                continue
        forms = {c + "n", c + "ian", c + "an", c + "i", c + "ese", c + "ish", c[:-1] + "ian", c[:-1] + "an",
                 c[:-1] + "ese", c[:-1] + "ish", c[:-2] + "ish", c[:-2] + "ese"}
        if c.endswith("y"):
            forms.add(c[:-1])
        if c.endswith("istan"):
            forms.add(c[:-5])
        out |= forms
        out |= {f + "s" for f in forms}
    places = gazetteer().places
    return frozenset(d for d in out if d not in places)


#: The gazetteer's answers by name, for the gazetteer they came from: the same names recur in every
#: document, and each lookup folds every word of the name (a tenth of ``find_mentions``).
_LOOKUPS: dict[str, str | None] = {}
_LOOKUPS_OF: list[object] = [None]
#: Kept answers at most (a long import's names): past it they are forgotten and found again.
LOOKUPS_KEPT = 200_000


def _place_lookup(name: str) -> str | None:
    """``gazetteer().lookup(name)``, remembered."""
    gaz = gazetteer()
    if _LOOKUPS_OF[0] is not gaz:  # another gazetteer (one read again after a failed read)
        _LOOKUPS.clear()
        _LOOKUPS_OF[0] = gaz
    found = _LOOKUPS.get(name, _LOOKUPS)
    if found is _LOOKUPS:
        if len(_LOOKUPS) >= LOOKUPS_KEPT:
            _LOOKUPS.clear()
        found = _LOOKUPS[name] = gaz.lookup(name)
    return found  # type: ignore[return-value]


def is_demonym(word: str) -> bool:
    return word.lower() in _demonyms()


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    out: dict[str, str] = {}
    countries = sorted(gazetteer().countries, key=len)  # "Iran" before "Iran, Islamic Republic"
    for country in countries:
        c = country.lower()
        if " " in c or "," in c:
            continue
        forms = [c + "n", c + "ian", c + "an", c + "i", c + "ese", c + "ish", c[:-1] + "ian", c[:-1] + "an",
                 c[:-1] + "ese", c[:-1] + "ish", c[:-2] + "ish", c[:-2] + "ese"]
        if c.endswith("y"):
            forms.append(c[:-1])
        if c.endswith("istan"):
            forms.append(c[:-5])
        for form in forms:
            out.setdefault(form, country)
            out.setdefault(form + "s", country)
    for word, country in IRREGULAR_DEMONYM_COUNTRIES.items():
        found = gazetteer().lookup(country)
        out[word] = found or country
    return out


def demonym_country(word: str) -> str | None:
    """The country of a nationality adjective: "Russian" -> "Russia", "Saudi" -> "Saudi Arabia"."""
    low = word.lower()
    return _demonym_countries().get(low) if low in _demonyms() or low in IRREGULAR_DEMONYM_COUNTRIES else None


def _split_words(word: str) -> list[str]:
    word = _TIME_PREFIX.sub("", word)
    return [part for part in word.split("-") if part]


def _words_of(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in text.split():
        w = w.rstrip(".")
        out.extend(_split_words(w) if "-" in w else [w])
    return tuple(w for w in out if w)


def find_mentions(text: str, progress: Callable[[int], None] | None = None) -> DocumentMentions:
    """Every candidate name in ``text``, with the cues the corpus-wide classifier needs.
    ``progress(offset)``: where the reading is, at each sentence (a megabyte took seconds untold)."""
    sentences = split_sentences(text)
    lower_words: set[str] = set()
    noninitial: set[str] = set()
    mentions: list[Mention] = []
    for s_index, sentence in enumerate(sentences):
        if progress is not None:
            progress(sentence.start)
        words = [_Word(m.group(), m.start(), m.end())
                 for m in _WORD.finditer(text, sentence.start, sentence.end)]
        for w in words:
            # Each test below runs for every word of the text: the regexes only where they can match
            # (both designation patterns need a digit, the one after maybe after a hyphen; both
            # prefixes a hyphen; a possessive an "s"), the address test only for a word not yet seen.
            after = text[w.end:w.end + 1]
            if (after == "-" or after.isdigit()) and _DESIGNATION.match(text, w.end) \
                    or w.start > 0 and _designation_before(text, w.start):
                # "the U.S. M-16 rifle", "a B-52", "AK-47": the letters of a model's designation are
                # no name nor part of one (a name cut there gave the actor "U.S. M")
                w.text = w.text.lower()
                continue
            if len(w.text) <= 3 and w.text.isupper() and _UNIT_AFTER_FIGURE.search(text[max(0, w.start - 12):w.start]) \
                    and _UNIT_FOLLOWS.match(text, w.end):
                # "2 AM on Sunday", "10:30 PM.", "5 GW of power": capitals after a clock time or a small
                # figure, ending the phrase, are its unit, no body's initials; before a noun they are a
                # body or a country ("12 US soldiers", "3 KMT divisions"), and a year is no figure of
                # this kind ("In 1998 IBM bought")
                w.text = w.text.lower()
                continue
            if w.text[-1:] == "s" and _POSSESSIVE.search(w.text):
                w.text, w.end, w.possessive = w.text[:-2], w.end - 2, True
            if w.text[:1].islower():
                low = w.text.lower()
                if low not in lower_words \
                        and ("-" not in w.text or not _ARTICLE_PREFIX.match(w.text) and not _TIME_PREFIX.match(w.text)) \
                        and not _in_address(text, w.start, w.end):
                    lower_words.add(low)
        _sentence_mentions(text, words, s_index, mentions, noninitial)
    spans = tuple((s.start, s.end) for s in sentences)
    mentions = _context_cues(text, mentions, spans)
    return DocumentMentions(_one_copy_of_each_name(mentions), spans, frozenset(lower_words), frozenset(noninitial))


def _designation_before(text: str, start: int) -> bool:
    """``_DESIGNATION_BEFORE`` on the two characters before ``start``, tried only when one is a digit
    (``isdigit`` takes in every character ``\\d`` matches)."""
    if not (text[start - 1].isdigit() or start >= 2 and text[start - 2].isdigit()):
        return False
    return bool(_DESIGNATION_BEFORE.match(text[max(0, start - 2):start]))


def _one_copy_of_each_name(mentions: list[Mention]) -> tuple[Mention, ...]:
    """``mentions`` holding one copy of each name's text, of its words and of each word: a name said
    500 times in a long document held 500 copies of each (strings and tuples), most of what its
    mentions weighed; shared, they also pickle once from a worker process. Equal values, so every
    reader sees what it saw."""
    names: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
    words: dict[str, str] = {}
    out: list[Mention] = []
    for m in mentions:
        shared = names.get((m.text, m.words))
        if shared is None:
            shared = names[(m.text, m.words)] = (m.text, tuple(words.setdefault(w, w) for w in m.words))
        out.append(m if shared[0] is m.text and shared[1] is m.words else _replaced(m, text=shared[0], words=shared[1]))
    return tuple(out)


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a word is part of a web or mail address ("www.acme.example", "info@acme.example"),
    where a name is written in lower case: such a word never shows that the name is a common word."""
    before, after = text[max(0, start - 1):start], text[end:end + 2]
    return before in (".", "@", "/") or after[:1] in _ADDRESS_MARKS and bool(_ADDRESS_AFTER.match(after))


#: What follows a word inside an address: one of these marks, then a letter.
_ADDRESS_MARKS = frozenset(".@/")
_ADDRESS_AFTER = re.compile(r"[.@/][^\W\d_]")



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


def _context_cues(text: str, mentions: list[Mention], sentences: tuple[tuple[int, int], ...]) -> list[Mention]:
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
        role_before = not separated and prev.islower() and (_is_title_word(low, TITLE_HEADS) or low in KINSHIP
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
        out.append(_replaced(m, said_before=said_before, role_before=role_before, apposition=apposition,
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


def _sentence_mentions(text: str, words: list[_Word], s_index: int, out: list[Mention], noninitial: set[str]) -> None:
    runs: list[list[int]] = []
    current: list[int] = []

    def close() -> None:
        while current and not _is_capitalised(words[current[-1]].text):
            current.pop()
        if current:
            runs.append(current.copy())
        current.clear()

    for i, w in enumerate(words):
        shout = _is_shouting(w.text) and (
            (i + 1 < len(words) and _is_shouting(words[i + 1].text) and "." not in w.text)
            or (i > 0 and _is_shouting(words[i - 1].text) and "." not in w.text)
            or text[w.end:w.end + 1] == ":"
        )
        if shout:
            close()
            continue
        if current:
            prev = words[current[-1]]
            gap = text[prev.end:w.start]
            collective = prev.text.lower() in _NAME_POSSESSIVES and gap[:3] in ("'s ", "’s ", "' ", "’ ")
            joined = gap == " " or collective or (gap == ". " and (len(prev.text) == 1 or prev.text.lower() in TITLE_HEADS)
                                                  and not _sentence_end_after_name(words, current, w))
            if (prev.possessive and not collective) or not joined:
                close()
        if _is_capitalised(w.text):
            current.append(i)
            if i > 0 and " " not in w.text:
                noninitial.add(w.text.lower())
            continue
        low = w.text.lower()
        if current and (low in PARTICLES or _connector_allowed(words, current, low)):
            current.append(i)
            continue
        close()
    close()
    for run in runs:
        _run_mentions(text, words, run, s_index, out)


def _sentence_end_after_name(words: list[_Word], current: list[int], nxt: _Word) -> bool:
    """ "… led by Hun Sen. In 1998 …": an abbreviated title's spelling after a name's word, then a
    function word, is a name's last word and the end of a sentence (the splitter took "Sen." for an
    abbreviation), not a title before a name ("Lt. Gen. Smith", "Massachusetts Sen. John Kerry")."""
    prev = words[current[-1]].text.lower()
    if prev not in _TITLE_ABBREVIATIONS or len(current) < 2 or nxt.text.lower() not in FUNCTION_WORDS:
        return False
    before = words[current[-2]].text.lower().rstrip(".")
    return _is_capitalised(words[current[-2]].text) and not (
        _is_title_word(before, TITLE_HEADS) or before in TITLE_MODIFIERS or before in _TITLE_ABBREVIATIONS)


def _connector_allowed(words: list[_Word], current: list[int], low: str) -> bool:
    if low not in CONNECTORS:
        return False
    seq = [words[i].text.lower() for i in current]
    if "of" in seq:
        return low in ("the", "and", "for", "of") and seq[-1] != low
    head = seq[-1]
    if low == "for":  # "Minister for Maritime Affairs Ana Ruiz": a title's portfolio, as after "of"
        return head in TITLE_HEADS
    if low != "of":
        return False
    return head in ORG_OF_HEADS or head in PLACE_OF_HEADS or head in TITLE_HEADS


#: Adjectives that are function words where they open a sentence ("New rules apply") but open names
#: inside one ("on the New York Stock Exchange", "the Old Bailey").
_NAME_OPENING_ADJECTIVES = frozenset({"new", "old"})


def _adjective_opens_name(text: str, words: list[_Word], run: list[int]) -> bool:
    """Whether the run's first word is a capitalised "New" or "Old" that belongs to the name after it:
    inside a sentence, after another word and a space (capitalised there only as part of a name: "on
    the New York Stock Exchange" was cut to "York Stock Exchange"), or at its start when with the next
    word it is a known place ("New Zealand Rugby Union said …"). A "New" after a colon or a quotation
    mark opens its clause, as a sentence's first word does."""
    if len(run) < 2:
        return False
    first, second = words[run[0]], words[run[1]]
    if first.text.lower() not in _NAME_OPENING_ADJECTIVES or not first.text[:1].isupper() \
            or not second.text[:1].isupper() or second.text.lower() in FUNCTION_WORDS \
            or second.text.lower() in MONTHS_AND_DAYS or second.text.lower() == "year":
        return False  # ("New Year" is a day of the calendar, no name of anyone's)
    if run[0] > 0 and text[words[run[0] - 1].end:first.start] == " ":
        return True
    return _place_lookup(f"{first.text} {second.text}") is not None


def _run_mentions(text: str, words: list[_Word], run: list[int], s_index: int, out: list[Mention]) -> None:
    gaz = gazetteer()
    first = run[0]
    if len(run) == 1 and out:
        a = words[run[0]]
        letters = a.text.replace(".", "")
        if (letters.isupper() and len(letters) >= 2 and text[a.start - 2:a.start] == " ("
                and text[a.end:a.end + 1] == ")" and out[-1].end == a.start - 2 and len(out[-1].words) > 1):
            out.append(Mention(a.start, a.end, a.text, (a.text,), s_index, cue="org", expands=len(out) - 1))
            return
    whole = text[words[run[0]].start:words[run[-1]].end]
    if _place_lookup(whole) is not None and not any(w.lower() in TITLE_HEADS for w in whole.split()):
        _emit(text, words, run, s_index, out, titled=False)
        return
    # A word that is also a month or a preposition ("Jan", "May", "Per") opening a two-word name set
    # off after a comma or a role noun ("Her deputy, Per Holm,"; "his son Jan Roos") is a given name
    given_first = len(run) >= 2 and words[run[0]].text.lower() in _GIVEN_NAME_WORDS \
        and words[run[1]].text.lower() not in MONTHS_AND_DAYS and words[run[1]].text.lower() not in FUNCTION_WORDS \
        and _is_capitalised(words[run[1]].text) and _NAME_SET_OFF.search(text[max(0, words[run[0]].start - 40):words[run[0]].start]) is not None
    # Leading function words and dates: "The", "In", "On Monday" (not a name's own "New": see below).
    while run and not given_first and not _adjective_opens_name(text, words, run) \
            and (words[run[0]].text.lower() in FUNCTION_WORDS or words[run[0]].text.lower() in MONTHS_AND_DAYS
                   or words[run[0]].text.lower() in ERA_WORDS or words[run[0]].text.lower() in NOT_NAMES
                   or not _is_capitalised(words[run[0]].text)):
        run = run[1:]
    # Cut at demonyms and at title chains.
    pieces: list[tuple[list[int], bool]] = []
    piece: list[int] = []
    titled = False
    k = 0
    while k < len(run):
        i = run[k]
        low = words[i].text.lower()
        tail = words[run[-1]].text.lower()
        if low in _COMPASS and k + 1 < len(run) and is_demonym(words[run[k + 1]].text):
            k += 1  # "North Korean": drop both words
            continue
        given_name = (titled or given_first and k == 0) and not piece and low in _MONTH_NAMES and k + 1 < len(run) \
            and words[run[k + 1]].text.lower() not in MONTHS_AND_DAYS  # "Foreign Minister Jan Kral", "Judge April Ross"
        if (is_demonym(words[i].text) and not (k == 0 and (tail in ORG_HEADS or tail in PLACE_HEADS))) \
                or (low in MONTHS_AND_DAYS and not given_name) or low in ERA_WORDS or low in NOT_NAMES:
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], False, k + 1
            continue
        end = _title_chain_end(words, run, k)
        if end < 0:  # a title "of" something: drop the title, the rest is no person
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], False, -end
            continue
        if end > k:
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], True, end
            continue
        piece.append(i)
        k += 1
    if piece:
        pieces.append((piece, titled))
    for piece, titled in pieces:
        while piece and not _is_capitalised(words[piece[-1]].text):
            piece = piece[:-1]
        while piece and not _is_capitalised(words[piece[0]].text):
            piece = piece[1:]
        if not piece:
            continue
        if len(piece) == 1 and "-" in words[piece[0]].text and not _ARTICLE_PREFIX.match(words[piece[0]].text):
            # "Khamenei-Soleimani partnership": two names joined, not one double name.
            w0 = words[piece[0]]
            parts = [(m.group(), w0.start + m.start()) for m in re.finditer(r"[^-]+", w0.text)]
            if _TIME_PREFIX.match(w0.text):
                parts = parts[1:]
            if len(parts) > 1 and all(p[:1].isupper() for p, _ in parts) and parts[0][0].lower() not in PARTICLES:
                if any(is_demonym(part) or part.endswith("o") and n < len(parts) - 1 for n, (part, _) in enumerate(parts)):
                    # "Palestinian-Israeli talks", "Franco-German treaty": a compound adjective of peoples
                    # (a demonym, or a combining form in -o before the last part) names no one and no
                    # place, not even the part no demonym list knows
                    continue
                for n, (part, at) in enumerate(parts):
                    if is_demonym(part):
                        continue
                    sub = _Word(part, at, at + len(part))
                    out.append(_mention(text, [sub], s_index, first == piece[0] and n == 0, titled, words, piece[0]))
                continue
        _emit(text, words, piece, s_index, out, titled, sentence_first=first)


def _is_title_word(word: str, words: frozenset[str]) -> bool:
    return word in words or (len(word) > 4 and word.endswith("s") and word[:-1] in words)


#: Collective nouns whose possessive is a word of a body's name, not its owner ("the Korean People's
#: Army", "the People's Republic of China", "the Workers' Party"); any other possessive ends a name
#: ("Iran's Foreign Ministry").
_NAME_POSSESSIVES = frozenset("people workers children women veterans peasants soldiers citizens nations".split())


#: Titles written short only before a name ("Sen. Kerry", "Gen Lee"): after a name, a name's own word.
_TITLE_ABBREVIATIONS = frozenset("sen rep gen gov col maj lt capt sgt adm mr mrs ms dr prof rev".split())


def _title_chain_end(words: list[_Word], run: list[int], k: int) -> int:
    """If a title starts at ``run[k]`` and a name follows it, the index in ``run`` just after the title."""
    j = k
    has_head = False
    last_head = k
    while j < len(run):
        w = words[run[j]].text
        parts = [p.lower() for p in _split_words(w)] or [w.lower()]
        if all(_is_title_word(p, TITLE_HEADS) or p in TITLE_MODIFIERS for p in parts):
            if any(_is_title_word(p, TITLE_HEADS) for p in parts):
                has_head, last_head = True, j + 1
            j += 1
            continue
        if has_head and w.lower() in ("of", "for"):
            j += 1
            portfolio = j
            while j < len(run) and words[run[j]].text.lower() in TITLE_PORTFOLIOS:
                j += 1
            if j == portfolio:
                named = _name_after_portfolio(words, run, portfolio)
                if named < 0:  # "Secretary of Iran's Council": what follows is no name
                    return -j
                return named
            last_head = j
            continue
        break
    if not has_head:
        return k
    rest = [words[i].text for i in run[last_head:]]
    last = words[run[last_head - 1]].text.lower()
    if not rest and k > 0 and last.endswith("s") and last not in TITLE_HEADS and not is_demonym(words[run[k - 1]].text):
        return k  # "The Harbour Kings", "Dunmore Rangers": a plural ending a name is no title before one
    if not rest and k > 0 and last_head == k + 1 and last.rstrip(".") in _TITLE_ABBREVIATIONS:
        return k  # "Prime Minister Hun Sen staged": an abbreviated title stands before a name, never after one
    if not rest or not _is_capitalised(rest[0]) or rest[-1].lower() in ORG_HEADS:
        # A bare title ("the Supreme Leader") or part of an organisation ("General Assembly").
        return k if rest and rest[-1].lower() in ORG_HEADS else len(run) if not rest else k
    return last_head


#: Words that join a portfolio's parts: "Transport and Ports", "Culture, Media and Sport".
_PORTFOLIO_JOINERS = frozenset("and for of".split())


def _name_after_portfolio(words: list[_Word], run: list[int], start: int) -> int:
    """Where a person's name begins after a portfolio that no word list knows: "the Minister of Mines
    G. Kishan Reddy", "the Minister of Transport and Ports Ada Cole", "Minister for Coastal Affairs Ana
    Ruiz". The portfolio is its first word (or the longest place name there: "Governor of New York"),
    the known portfolio words after it and each word a joiner ("and", "for") adds; a name of two words
    or more must be left (an initial counts: "G. Kishan Reddy"), none of them an organisation's or a
    place's head. -1 when no such name follows (the title was run into a name: "Mines G. Kishan Reddy")."""
    if start >= len(run) or not _is_capitalised(words[run[start]].text) or len(words[run[start]].text) == 1:
        return -1
    i = start + 1
    for size in (3, 2):  # "Governor of New York Jane Roe": the place, not its first word
        if start + size < len(run) and _place_lookup(" ".join(words[n].text for n in run[start:start + size])):
            i = start + size
            break
    while i < len(run):
        low = words[run[i]].text.lower()
        if low in TITLE_PORTFOLIOS:
            i += 1
        elif low in _PORTFOLIO_JOINERS and i + 1 < len(run):
            i += 2
        else:
            break
    name = [words[n].text for n in run[i:]]
    if len(name) < 2 or not all(_is_capitalised(w) for w in name) \
            or any(w.lower() in ORG_HEADS or w.lower() in PLACE_HEADS or w.lower() in TITLE_HEADS for w in name):
        return -1
    return i


def _emit(text: str, words: list[_Word], piece: list[int], s_index: int, out: list[Mention], titled: bool,
          sentence_first: int | None = None) -> None:
    # A single capital before digits ("Airbus A320", "model K200") is a model code, not part of a name.
    while piece and len(words[piece[-1]].text) == 1 and text[words[piece[-1]].end:words[piece[-1]].end + 1].isdigit():
        piece = piece[:-1]
    if not piece:
        return
    span = [words[i] for i in piece]
    initial = piece[0] == 0 or (sentence_first is not None and piece[0] == sentence_first == 0)
    out.append(_mention(text, span, s_index, initial, titled, words, piece[-1], first_index=piece[0]))


def _mention(text: str, span: list[_Word], s_index: int, initial: bool, titled: bool, words: list[_Word],
             last_index: int, first_index: int | None = None) -> Mention:
    start = span[0].start
    m = _TIME_PREFIX.match(span[0].text)
    if m:
        start += m.end()
    end = span[-1].end
    surface = text[start:end]
    name_words = _words_of(surface)
    first_index = last_index if first_index is None else first_index
    before = words[first_index - 1].text.lower() if first_index > 0 else ""
    # the word before is right before the name ("in Aarhus"), not before a number ("In 1642 Abel Tasman")
    adjacent = first_index > 0 and not text[words[first_index - 1].end:start].strip()
    after = words[last_index + 1].text.lower() if last_index + 1 < len(words) else ""
    return Mention(
        start, end, surface, name_words, s_index,
        initial=initial and first_index == 0,
        titled=titled,
        cue=_form_cue(surface, name_words),
        speech=after in SPEECH_VERBS,
        place_prep=before in _PLACE_PREPOSITIONS,
        locative=adjacent and ((before in _LOCATIVE_PREPOSITIONS and not (
            first_index > 1 and words[first_index - 2].text.lower() in _HELD_IN))
            or before == "at" and first_index > 1 and words[first_index - 2].text.lower() in _ARRIVAL_VERBS),
        article=before == "the",
    )


def _form_cue(surface: str, name_words: tuple[str, ...]) -> str | None:
    lows = [w.lower() for w in name_words]
    if not lows:
        return None
    if (len(lows) > 1 and lows[-1] in ORG_HEADS) or (len(lows) > 2 and lows[0] in ORG_OF_HEADS and lows[1] == "of"):
        return "org"
    if _place_lookup(surface) is not None:
        return "place"
    if len(lows) > 2 and "of" in lows and place_name(surface) is not None:
        return "place"  # "Islamic Republic of Iran"
    if len(lows) > 1 and lows[-1] in REGIME_HEADS:
        return "org"  # "the Islamic Republic", "the Hashemite Kingdom": a state's regime, not a place
    if len(lows) > 1 and lows[0] in _COMPASS and _place_lookup(" ".join(name_words[1:])) is not None:
        return "place"
    if (len(lows) > 1 and lows[-1] in PLACE_HEADS) or (len(lows) > 2 and lows[0] in PLACE_OF_HEADS and lows[1] == "of"):
        return "place"
    if len(lows) == 1 and surface.replace(".", "").isupper() and len(surface.replace(".", "")) >= 2:
        return "org"
    return None


#: Last words of the names of states as regimes; the gazetteer knows the ones that are places
#: ("Czech Republic", "United Kingdom").
REGIME_HEADS = frozenset("republic kingdom emirate caliphate sultanate principality".split())
_STATE_OF = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:republic|kingdom|emirate|state|sultanate|principality)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def place_name(text: str) -> str | None:
    """The gazetteer's name of a place, "Islamic Republic of Iran" being Iran."""
    gaz = gazetteer()
    found = gaz.lookup(text)
    if found is None:
        m = _STATE_OF.match(text)
        if m:
            inner = gaz.lookup(m.group(1))
            found = inner if inner is not None and gaz.is_country(inner) else None
    return found


def place_key(text: str) -> str:
    return ascii_lower_phrase(text)
