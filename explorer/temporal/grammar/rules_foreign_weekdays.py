"""Weekdays written in Russian, Ukrainian and Greek, as translated news and quotations leave them:
"во вторник", "в прошлую пятницу", "у вівторок", "минулої п'ятниці", "την Τρίτη", "το Σάββατο",
"την περασμένη Πέμπτη".

WHY: the English weekday rules know only English names, so "the talks resume во вторник" had no date
at all, while the month names of these languages are read (``rules_foreign_months``). A weekday counts
here only where its language marks it as a day: after the preposition or article a day takes
("в"/"во"/"у" with the accusative, "την"/"τη"/"το" before the capitalised Greek name), or with
"last"/"next"/"this" of its own; the Greek names of Tuesday to Thursday are also the feminine ordinals
("την τρίτη φορά", the third time), so only the capitalised name after its article counts, and not
before a noun in lower case. "Last"/"next"/"this" in the phrase decide the occurrence; without them the
resolver's usual reading of a weekday applies.

The span keeps the preposition or article ("во вторник", "την Τρίτη"), unlike English's "on": these
mark the case of the day itself, and an event's title, cut of its date, would keep them mid-sentence
("Государственная дума во одобрила").
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec

#: Russian (accusative after "в"/"во"; genitive after "прошлой"/"следующей"...) and Ukrainian weekdays,
#: stems with their endings, Monday first
_SLAVIC = (
    r"понедельник|понеділок|понеділка",
    r"вторник|вівторок|вівторка",
    r"сред[ауы]|середу|середи",
    r"четверг|четвер|четверга",
    r"пятниц[ауы]|п['’]?ятниц[юія]",
    r"суббот[ауы]|субот[уаи]",
    r"воскресенье|воскресенья|неділ[юяі]",
)
_SLAVIC_ALL = "|".join(f"(?:{w})" for w in _SLAVIC)
_SLAVIC_LAST = r"прошл(?:ый|ую|ое|ой|ого)|минул(?:ий|у|ого|ої|ій)"
_SLAVIC_NEXT = r"следующ(?:ий|ую|ее|ей|его)|ближайш(?:ий|ую|ее|ей|его)|наступн(?:ий|у|ого|ої|ій)"
_SLAVIC_THIS = r"эт(?:от|у|о|ой|ого)|ц(?:ей|ю|е|ього|ієї)"
#: Greek weekdays, capitalised, with or without accents, Monday first
_GREEK = ("Δευτέρα|Δευτερα", "Τρίτη|Τριτη", "Τετάρτη|Τεταρτη", "Πέμπτη|Πεμπτη",
          "Παρασκευή|Παρασκευη", "Σάββατο|Σαββατο", "Κυριακή|Κυριακη")
_GREEK_ALL = "|".join(f"(?:{w})" for w in _GREEK)
_GREEK_LAST = r"περασμένη|περασμενη|περασμένο|περασμενο|προηγούμενη|προηγουμενη"
_GREEK_NEXT = r"επόμενη|επομενη|επόμενο|επομενο|ερχόμενη|ερχομενη|ερχόμενο|ερχομενο"


#: nouns an ordinal counts ("την Τρίτη φορά", "τη Δευτέρα θέση"), which a weekday does not go before
_GREEK_ORDINAL_NOUNS = r"φορά|φορα|θέση|θεση|ώρα|ωρα|ημέρα|ημερα|μέρα|μερα|σειρά|σειρα|φάση|φαση|χρονιά|χρονια|δόση|δοση|εβδομάδα|εβδομαδα"
#: a future in the weekday's sentence: Greek "θα", the Russian and Ukrainian future auxiliaries and the
#: verbs a schedule uses ("состоится", "відбудеться"); a weekday told so is the coming one
_FUTURE = re.compile(r"(?i)(?<!\w)(?:θα|будет|будут|буду|будем|состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|"
                     r"продолжится|продолжатся|планируется|ожидается|буде|будуть|будемо|відбудеться|відбудуться|"
                     r"розпочнеться|продовжиться|планується|очікується|\w+тиме(?:мо|те)?|\w+тимуть)(?!\w)")


def _told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``..``end`` tells of the future (see :data:`_FUTURE`)."""
    a = max(text.rfind(c, 0, start) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?;\n") if i >= 0]
    return _FUTURE.search(text, a, min(ends) if ends else len(text)) is not None


def _rel(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    for rel, pattern in (("last", _SLAVIC_LAST + "|" + _GREEK_LAST), ("next", _SLAVIC_NEXT + "|" + _GREEK_NEXT),
                         ("this", _SLAVIC_THIS + "|αυτή|αυτη|αυτό|αυτο")):
        if re.fullmatch(pattern, w):
            return rel
    return None


def _weekday(word: str, names: tuple[str, ...]) -> int:
    return next(i for i, pattern in enumerate(names) if re.fullmatch(pattern, word, re.IGNORECASE))


@rule(rf"(?i:(?<![\w])(?:(?:во?|у)\s+)?(?:(?P<rel>{_SLAVIC_LAST}|{_SLAVIC_NEXT}|{_SLAVIC_THIS})\s+)?)(?P<wd>(?i:{_SLAVIC_ALL}))(?!\w)",
      priority=2, trigger=r"(?i:понед|вторн|вівтор|сред[ауы]|серед|четв|пятниц|['’]?ятниц|суббот|субот|воскрес|неділ)")
def slavic_weekday(m: re.Match[str], text: str) -> Cand | None:
    """ "во вторник", "в прошлую пятницу", "у вівторок", "минулої п'ятниці": a Russian or Ukrainian
    weekday after the preposition a day takes, or with "last"/"next"/"this"; "среда" alone ("the
    environment") and a heading's bare name stay out."""
    prep = re.match(r"(?i)(?:во?|у)\s", m[0])
    if not prep and not m["rel"]:
        return None
    wd = _weekday(m["wd"], _SLAVIC)
    rel = _rel(m["rel"]) or ("coming" if _told_ahead(text, m.start(), m.end()) else None)
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=wd), rel=rel)


@rule(rf"(?<![\w])(?:(?P<this>(?i:αυτή|αυτη|αυτό|αυτο))\s+)?(?i:την|τη|το|τον)\s+(?:(?P<rel>(?i:{_GREEK_LAST}|{_GREEK_NEXT}))\s+)?(?P<wd>{_GREEK_ALL})(?!\w)(?!\s+(?i:{_GREEK_ORDINAL_NOUNS})\b)",
      priority=2, trigger=r"Δευτ|Τρίτ|Τριτ|Τετ|Πέμπ|Πεμπ|Παρασκ|Σάββ|Σαββ|Κυριακ")
def greek_weekday(m: re.Match[str], text: str) -> Cand | None:
    """ "την Τρίτη", "το Σάββατο", "την περασμένη Πέμπτη", "αυτή την Παρασκευή": a capitalised Greek
    weekday after its article (the names of Tuesday to Thursday are also ordinals, "την τρίτη φορά";
    one before a lower-case noun is left out)."""
    wd = _weekday(m["wd"], _GREEK)
    rel = _rel(m["rel"]) or ("this" if m["this"] else None) or ("coming" if _told_ahead(text, m.start(), m.end()) else None)
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=wd), rel=rel)
