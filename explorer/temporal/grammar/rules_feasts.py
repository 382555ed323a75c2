"""Feasts of the church year named the long way, as chronicles, charters and parish records date by
them: "on the feast of St John the Baptist", "the feast of the Assumption", "the morrow of
Michaelmas", "the eve of St Andrew". The fixed feasts only (their day of the month never moves); a
feast counted from Easter ("Whitsun", "Ascension Day") is read by the holiday rule, which computes
Easter. "the morrow of" a feast is the day after it, "the eve"/"the vigil" the day before, "the
octave" the eighth day (a week after). The year is the one said right after it ("1312", ", 1312",
"in 1312"), else the feast is read like a month and day without a year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.temporal.grammar.blocks import YEAR
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec

_SAINT = r"(?:St\.?|Saint|SS\.?|Saints|Ss\.?)\s+"

#: the fixed feasts (Western calendar) by what follows "the feast of"
_FIXED: dict[str, tuple[int, int]] = {
    "john the baptist": (6, 24), "the nativity of john the baptist": (6, 24), "peter and paul": (6, 29),
    "peter and st paul": (6, 29), "michael": (9, 29), "michael and all angels": (9, 29), "martin": (11, 11),
    "andrew": (11, 30), "thomas": (12, 21), "thomas the apostle": (12, 21), "stephen": (12, 26),
    "john the evangelist": (12, 27), "the holy innocents": (12, 28), "mary magdalene": (7, 22),
    "james": (7, 25), "james the great": (7, 25), "lawrence": (8, 10), "laurence": (8, 10),
    "bartholomew": (8, 24), "matthew": (9, 21), "luke": (10, 18), "simon and jude": (10, 28),
    "nicholas": (12, 6), "george": (4, 23), "mark": (4, 25), "barnabas": (6, 11), "giles": (9, 1),
    "hilary": (1, 13), "agnes": (1, 21), "matthias": (2, 24), "valentine": (2, 14), "david": (3, 1),
    "patrick": (3, 17), "gregory": (3, 12), "benedict": (3, 21), "swithin": (7, 15), "swithun": (7, 15),
    "margaret": (7, 20), "denis": (10, 9), "edmund": (11, 20), "catherine": (11, 25), "katherine": (11, 25),
    "lucy": (12, 13), "dunstan": (5, 19), "philip and james": (5, 1), "peter ad vincula": (8, 1),
    "all saints": (11, 1), "all souls": (11, 2), "the assumption": (8, 15), "the annunciation": (3, 25),
    "the purification": (2, 2), "the circumcision": (1, 1), "the epiphany": (1, 6),
    "the nativity of the virgin": (9, 8), "the nativity of our lady": (9, 8),
    "the exaltation of the holy cross": (9, 14), "the invention of the holy cross": (5, 3),
    "the conversion of st paul": (1, 25), "the conversion of saint paul": (1, 25),
    "the conception of the virgin": (12, 8), "the immaculate conception": (12, 8),
    "the transfiguration": (8, 6),
}
#: the feasts the holiday rule names on their own ("Michaelmas"), read after "the morrow of"
_NAMED: dict[str, tuple[int, int]] = {
    "michaelmas": (9, 29), "martinmas": (11, 11), "candlemas": (2, 2), "lammas": (8, 1), "lady day": (3, 25),
    "midsummer": (6, 24), "midsummer day": (6, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "epiphany": (1, 6), "the epiphany": (1, 6), "all saints": (11, 1), "all hallows": (11, 1),
}
_SHIFT = {"morrow": 1, "eve": -1, "vigil": -1, "octave": 7}


def _norm(name: str) -> str:
    """A feast's name as the table keys it: one space, lower case, no "St"/"Saint" before a name."""
    name = re.sub(r"\s+", " ", name).lower()
    name = re.sub(r"\b(?:saints?|ss?t?)\b\.? ?", "", name)
    return re.sub(r" +", " ", name).strip()


_KEYS = {_norm(k): v for k, v in _FIXED.items()}


def _saint_alt() -> str:
    names = []
    for k in sorted(_FIXED, key=len, reverse=True):
        words = [r"(?:St\.?|Saint)" if w == "st" else re.escape(w) for w in k.split()]
        body = r"\s+".join(words).replace(r"and\s+", rf"and\s+(?:{_SAINT})?")
        names.append(body if k.startswith(("the ", "all ")) else _SAINT + body)
    return "|".join(names)


_YEAR_AFTER = rf"(?:,?\s+(?:in\s+)?(?P<year>{YEAR}))?"
_FEAST = (rf"\b(?:(?P<the>[Tt]he)\s+)?(?:(?P<shift>morrow|eve|vigil|octave)\s+of\s+(?:(?:the\s+)?(?:[Ff]east|[Dd]ay)\s+of\s+)?|"
          rf"(?:[Ff]east|[Dd]ay)\s+of\s+)(?P<saint>(?i:{_saint_alt()}))(?![\w'])")
_NAMED_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _NAMED), key=len, reverse=True))
_MORROW = (rf"\b(?P<the>[Tt]he)\s+(?P<shift>morrow|eve|vigil|octave)\s+of\s+"
           rf"(?P<named>(?i:{_NAMED_ALT}))(?![\w'])")


_FEAST_AT_END = re.compile(rf"(?:{_FEAST}|\b(?P<alone>(?i:{_NAMED_ALT})))\s*,?\s*(?:in\s+)?$")


def feast_said_last(phrase: str) -> tuple[int, int] | None:
    """The month and day of the fixed feast that ``phrase`` ends with ("succeeded his father at
    Martinmas", "was crowned on the feast of St Stephen in"), or None: what a year said right after
    it is the day of."""
    m = _FEAST_AT_END.search(phrase)
    if m is None:
        return None
    if m["alone"] is not None:
        return _NAMED.get(re.sub(r"\s+", " ", m["alone"]).lower())
    if m["shift"]:
        return None
    return _KEYS.get(_norm(m["saint"]))


def _cand(m: re.Match[str], text: str, mo: int, d: int) -> Cand:
    shift = _SHIFT[re.sub(r"\s+", " ", m["shift"].lower())] if m["shift"] else 0
    if shift:
        moved = date(2001, mo, d) + timedelta(days=shift)  # a common year: no fixed feast is on 29 February
        mo, d = moved.month, moved.day
    ym = re.match(_YEAR_AFTER, text[m.end():m.end() + 12])
    if ym and ym["year"]:
        said = not ym[0].lstrip(", ").lower().startswith("in")
        end = m.end() + ym.end() if said else m.end()  # "in 1409" stays its own expression
        return Cand(m.start(), end, "abs", spec=Spec("D", year=int(ym["year"]), month=mo, day=d))
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


@rule(_FEAST, priority=3, trigger=r"(?i:feast|day\s+of|morrow\s+of|eve\s+of|vigil\s+of|octave\s+of)")
def feast_of_saint(m: re.Match[str], text: str) -> Cand | None:
    """ "the feast of St John the Baptist" (24 June), "the morrow of the feast of St Martin" (12
    November), "the Feast of the Assumption, 1350": a fixed feast's day."""
    hit = _KEYS.get(_norm(m["saint"]))
    if hit is None:
        return None
    return _cand(m, text, *hit)


@rule(_MORROW, priority=3, trigger=r"(?i:morrow|eve\s+of|vigil|octave)")
def morrow_of_feast(m: re.Match[str], text: str) -> Cand | None:
    """ "the morrow of Michaelmas" (30 September), "the eve of Candlemas 1400": the day next to a named
    feast."""
    name = re.sub(r"\s+", " ", m["named"]).lower()
    if not m["named"][0].isupper() and name not in ("the epiphany",):
        return None
    return _cand(m, text, *_NAMED[name])
