"""Places and peoples by name: the gazetteer's answers remembered, nationality adjectives, states.

"Russian" -> Russia, "Islamic Republic of Iran" -> Iran: what the reading of names asks of every run
of capitals, and what the grouping of organisations and places asks again across the corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from explorer.entities.gazetteer import ascii_lower_phrase, gazetteer
from explorer.peoples import COMPASS, FORMER_DEMONYMS, IRREGULAR_DEMONYM_COUNTRIES, IRREGULAR_DEMONYMS


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    # "Danish", "Norwegian", "Soviet": no suffix rule finds them
    out = set(IRREGULAR_DEMONYMS) | set(IRREGULAR_DEMONYM_COUNTRIES) | FORMER_DEMONYMS
    for country in gazetteer().countries:
        c = country.lower()
        if " " in c:
            head, _, c = c.rpartition(" ")
            if not all(w in COMPASS for w in head.split()):
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


def place_lookup(name: str) -> str | None:
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
