"""A title whose cut fell inside a noun phrase, made whole again from its sentence.

A title is cut to a few words, and a cut sometimes lands between a noun's modifiers and the noun:
"Saddam sends his forces into the small" (the small, oil-rich sultanate), "Hood leaves the Atlanta
area to menace Sherman's" (supply lines), "Enver Pasha orders the creation of a new" (army), "The
German navy ravages Allied shipping off" (the American Atlantic coast), "Madero issues a “letter"
(from jail”), or between an infinitive and its object: "All the anti-Soviet governments agree to
form" (a new Russian Provisional Government). A reader wants the phrase whole. When the sentence
goes on right after the title's last words with the rest of that phrase, and the rest is short (a
noun's head a few words on, before any preposition, conjunction or punctuation), the title takes
it; when the rest is too long, a noun phrase left without its head is taken off instead
("Saddam sends his forces"). An infinitive whose object does not fit stays as it was ("to win" is
whole enough).

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re
from typing import Sequence

#: Words that open a noun phrase and never end one: after them a noun must follow.
_OPENERS = frozenset("his their its our my your this these those a an the".split())
#: Modifiers that do not end a noun phrase after a determiner ("the new", "a small").
_MODIFIERS = frozenset(
    """new old small large big great little former first second third last final main major key
    entire whole other several many few such same next early late high low long short
    young full vast huge considerable significant massive heavy fierce decisive combined
    remaining eventual initial joint permanent temporary formal official""".split()
)
#: Modifiers that never stand for a noun of their own ("the first", "a third", "the main" may): before
#: a comma they leave their phrase headless ("into the small, walled town").
_HEADLESS = frozenset("new old small large big little vast huge entire whole heavy fierce".split())
#: Endings of adjectives ("agrarian", "historic", "famous", "decisive", "successful").
_ADJECTIVE_ENDING = re.compile(r"[a-z]{3,}(?:al|ic|ous|ive|ful|ian|ese|ish|less|ible|able|ary)$")
#: Words that, after an object's words, end the phrase (a new phrase or clause begins at them).
_STOPS = frozenset(
    """of in on at to for from by with into onto upon under over against across among amid via than
    within without despite towards toward through during after before since until till as while
    when where which who whom whose that and or but nor because although though if so then
    was were is are be been had has have will would could should can may might must not
    also later soon again throughout around along beyond near about like per unlike including following
    behind below above beside besides except past""".split()
)
#: Particles a phrasal verb's infinitive may take before its object ("to shore up her position").
_PARTICLES = frozenset("up down out off back away through on over".split())
#: Prepositions that end phrasal verbs ("break off", "take over") but before a determiner or a
#: number open a phrase: "ravages Allied shipping off | the American Atlantic coast".
_OPEN_PREPOSITIONS = frozenset("off over along around about through behind past beyond outside inside".split())
#: The most words taken from the sentence, and the longest title that may result.
_MOST_TAKEN, _MOST_WORDS, _MOST_CHARS = 5, 14, 95

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "`": "'"})


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’`.,;:!?()").lower()


def _possessive(word: str) -> bool:
    return bool(re.search(r"[A-Za-z0-9](?:'s|’s|s'|s’)$", word.rstrip(",;:")))


def _open_quote(title: str) -> bool:
    """Whether ``title`` ends inside a quotation it opened: "Madero issues a “letter"."""
    plain = title.translate(_QUOTES)
    return plain.count('"') % 2 == 1


def _tokens(rest: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", rest)]


def _head_words(tokens: list[tuple[str, int, int]], infinitive: bool) -> list[str] | None:
    """The words that end the noun phrase the title was cut in: up to its head, before a stop word
    or a punctuation mark; None when no short phrase ends there."""
    taken: list[str] = []
    for k, (token, _, _) in enumerate(tokens):
        word = _bare(token)
        if not word or not re.search(r"\w", token):
            return None if not taken else taken
        if word in _STOPS and not (infinitive and k == 0 and word in _PARTICLES):
            break
        if re.fullmatch(r"[\d,.]+", word) and k and not taken[-1][-1:].isalpha():
            break
        if taken and re.fullmatch(r"[a-z]+ed", token.rstrip(",;:.!?")) and _bare(taken[-1]) not in _OPENERS \
                and not _bare(taken[-1]).endswith("ly"):
            break  # "the new “Surge” strategy | outlined by …": a participle after the head opens a clause
        taken.append(token)
        if re.search(r"[,;:.!?)]$", token.rstrip("\"'”’")) or re.search(r"[,;:.!?)]$", token):
            break
        if len(taken) > _MOST_TAKEN:
            return None
    if not taken or len(taken) > _MOST_TAKEN:
        return None
    last = _bare(taken[-1])
    if last in _OPENERS or last in _MODIFIERS or _possessive(taken[-1].rstrip(",;:.!?")):
        return None
    if infinitive and len(taken) == 1 and last in _PARTICLES and len(tokens) == 1 and taken[0][-1:].isalpha():
        return None  # "agreed to open on | 4 May": the particle is the date's preposition
    return taken


def _plain(sentence: str) -> str:
    """``sentence`` with its quotation marks straight, each character where it was (typewriter
    quotes, ``like this'', become one mark and a space)."""
    return sentence.replace("``", ' "').replace("''", '" ').translate(_QUOTES)


def _find_tail(title: str, sentence: str) -> re.Match[str] | None:
    """Where the title's last two words stand in the sentence, when they stand there once."""
    words = title.split()
    plain_title = [w.translate(_QUOTES) for w in words[-2:]]
    plain = _plain(sentence)
    pattern = r"(?<!\S)" + r"\s+".join(re.escape(w) for w in plain_title) + r"(?=[\s,;:.!?\"')]|$)"
    found = list(re.finditer(pattern, plain))
    if not found and re.fullmatch(r"[a-z]{4,}", plain_title[0]):
        # the title put its verb in the headline's present: "fish off" for "fished off"
        loose = r"(?<!\S)" + re.escape(plain_title[0][:3]) + r"[a-z]*\s+" + re.escape(plain_title[1]) + r"(?=[\s,;:.!?\"')]|$)"
        found = list(re.finditer(loose, plain))
    return found[0] if len(found) == 1 else None


def whole_last_phrase(title: str, sentence: str, dates: Sequence[tuple[int, int]] = ()) -> str:
    """``title`` with the noun phrase its cut left without a head made whole from ``sentence`` (or,
    when the rest is too long, taken off); ``dates`` are the spans of the sentence's date expressions,
    never taken into a title. The title itself when its last words end a phrase."""
    words = title.split()
    if len(words) < 3:
        return title
    tail = _find_tail(title, sentence)
    if tail is None:
        return title
    rest = _plain(sentence)[tail.end():]
    if re.match(r"\s*(?:--|_\s|[–—(])", rest):
        return title
    last, before = _bare(words[-1]), _bare(words[-2])
    tokens = []
    for token in _tokens(rest):
        if any(a < tail.end() + token[2] and tail.end() + token[1] < b for a, b in dates):
            break  # a date is never part of a title: the phrase ends before it
        tokens.append(token)
    glued = bool(rest) and not rest[:1].isspace()  # "small," "off."
    kind = None
    if _open_quote(title) and '"' in " ".join(words[-3:]).translate(_QUOTES):
        kind = "quote"  # "Madero issues a “letter": the quotation is closed a few words on
    elif glued:
        # "into the small, oil-rich sultanate": only a comma after a modifier leaves it headless
        kind = "trim" if rest[:1] == "," and last in _HEADLESS and before in _OPENERS and words[-1].isalpha() else None
    elif _possessive(words[-1]) or last in _OPENERS - {"a", "an", "the"} and last != "her":
        kind = "noun"
    elif last == "her" and tokens and re.fullmatch(r"[a-z][a-z-]+", _bare(tokens[0][0])) and _bare(tokens[0][0]) not in _STOPS:
        kind = "noun"
    elif before in _OPENERS and words[-1].isalpha() and words[-1].islower() and last in _MODIFIERS:
        kind = "noun"
    elif before in _OPENERS and words[-1].isalpha() and words[-1].islower() and _ADJECTIVE_ENDING.match(last):
        # "a plan for agrarian | reform": only taken on, never taken off (an "-al", "-ive" word may be
        # the noun itself: "the trial", "an offensive")
        kind = "adjective"
    elif before == "to" and re.fullmatch(r"[a-z]+", words[-1]) and last not in _OPENERS and len(words) >= 4:
        kind = "infinitive"
    elif last in _OPEN_PREPOSITIONS and tokens and (_bare(tokens[0][0]) in _OPENERS or tokens[0][0][:1].isdigit()):
        kind = "noun"
    if kind is None and _name_as_modifier(words, tokens):
        # "… off the American Atlantic | coast.": a name modifying the one noun that ends the phrase
        return f"{title} {tokens[0][0].rstrip(',;:.!?')}"
    if kind is None:
        return title
    if kind == "quote":
        closing = re.match(r"([^\"]{1,60}?)\"", rest)
        if closing and len(closing.group(1).split()) <= 4 and len(words) + len(closing.group(1).split()) <= _MOST_WORDS:
            return _quoted(f"{title}{closing.group(1)}\"")
        return title
    if kind == "adjective" and (not tokens or _bare(tokens[0][0]) in _STOPS or not tokens[0][0][:1].islower()):
        return title
    if kind == "noun" and tokens and _bare(tokens[0][0]) in _STOPS:
        return title  # "cut by a third | in", "repaired the main | on": the word is the noun itself
    if kind == "infinitive" and (not tokens or _bare(tokens[0][0]) in _STOPS - _PARTICLES):
        return title
    taken = _head_words(tokens, kind == "infinitive") if kind != "trim" else None
    if taken:
        text = " ".join(taken).rstrip(",;:.!?)")
        if _open_quote(text) or text.count("(") != text.count(")"):
            taken = None
        else:
            longer = f"{title} {text}"
            if len(longer.split()) <= _MOST_WORDS and len(longer) <= _MOST_CHARS:
                return _quoted(longer)
    if kind in ("infinitive", "adjective"):
        return title
    return _trimmed(words)


#: Words that follow an object without being its noun ("… the Confederate Army | twice").
_NOT_HEADS = frozenset("twice once again today yesterday tonight there here too either instead anyway".split())


def _name_as_modifier(words: list[str], tokens: list[tuple[str, int, int]]) -> bool:
    """Whether the title ends on a run of capitalised words after "the", "a" or "an" that the sentence
    goes on with one lower-case noun ending the phrase: "off the American Atlantic | coast"."""
    if not tokens or len(words) + 1 > _MOST_WORDS or not words[-1][:1].isupper():
        return False
    k = len(words) - 1
    while k > 0 and words[k][:1].isupper() and not re.search(r"[,;:]$", words[k]):
        k -= 1
    if _bare(words[k]) not in ("the", "a", "an") or k == len(words) - 1:
        return False
    head = tokens[0][0]
    bare = _bare(head)
    after = tokens[1][0] if len(tokens) > 1 else ""
    return (re.fullmatch(r"[a-z]{3,}[,;:.!?]?", head) is not None and bare not in _STOPS and bare not in _NOT_HEADS
            and not re.search(r"(?:ly|ent|ant|ous|ive|ble|ful|ing|ed)$", bare)
            and (re.search(r"[,;:.!?]$", head) is not None or not after or _bare(after) in _AFTER_HEAD))


#: Words that may follow the one noun a name modifies, ending its phrase: "the Atlantic coast | of".
_AFTER_HEAD = frozenset("of in on at from with for by and or but which who that where".split())


def _quoted(title: str) -> str:
    """Straight quotation marks as curly ones, as titles show them."""
    title = re.sub(r'(?:(?<=^)|(?<=\s))"([^"]{1,80})"', r"“\1”", title)
    return title


def _trimmed(words: list[str]) -> str:
    """The title without the headless noun phrase it ends on, and the preposition that opened it:
    "Saddam sends his forces into the small" -> "Saddam sends his forces"; the title itself when too
    little would be left."""
    for k in range(len(words) - 1, max(len(words) - 5, 1), -1):
        if _bare(words[k]) in _STOPS - {"that", "and", "or", "but"}:
            if k >= 3:
                return " ".join(words[:k]).rstrip(",;:")
            break
    for k in range(len(words) - 1, max(len(words) - 4, 1), -1):
        if _bare(words[k]) in _OPENERS:
            if k >= 3:
                return " ".join(words[:k]).rstrip(",;:")
            break
    return " ".join(words)
