"""Dates written with another language's month names, as translated news and quotations leave them:
"12 марта 2019 года", "le 26 décembre 2018", "am 3. März 2019", "5 de mayo de 2017", "in März 2019",
"12 Φεβρουαρίου 2026".

WHY: the English rules know only English months, so such a date read as its bare year ("2019"), a
whole year on the timeline for a happening of one day. These are the month names of the languages
our users' articles come in (:data:`explorer.temporal.phrases.LANGUAGES`, the ones in Latin or
Cyrillic letters, with Ukrainian, and Greek), in the forms a date uses (Russian: the genitive after a day, the
nominative and the prepositional after "в" before a year; Ukrainian: the same, its locative after "у"
or "в" ("у березні 2022 року"); Greek: the genitive after a day, the nominative and the accusative
after "τον" before a year ("τον Μάρτιο 2021"), with or without accents, as capitals print them).

A month name that is also an English word or a common name ("Mars", "Mayo", "Marco", "Mei") counts
only in a full date (day, month and year), where no English reading fits; the others also with a day
alone ("12 марта") or a year alone ("März 2019"). A foreign month said alone is left to the writer's
context, which we cannot read.
"""

from __future__ import annotations

import re
import unicodedata

from explorer.temporal.grammar.blocks import YEAR
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec, valid_day

#: month names by month number, each language's spellings; the accent-free forms wire copy and
#: keyboards leave ("fevrier", "kasim") are made from these (:func:`_without_accents`); English
#: spellings stay out, the English rules read them
_NAMES: tuple[str, ...] = (
    # 1 January
    "janvier enero gennaio janeiro januari januar jänner ocak январь января январе ιανουάριος ιανουαρίου січень січня січні ιανουάριο",
    "février febrero febbraio fevereiro februari februar feber şubat февраль февраля феврале φεβρουάριος φεβρουαρίου лютий лютого лютому φεβρουάριο",
    "mars marzo março maart märz maerz mart март марта марте μάρτιος μαρτίου березень березня березні μάρτιο",
    "avril abril aprile nisan апрель апреля апреле απρίλιος απριλίου квітень квітня квітні απρίλιο",
    "mai mayo maggio maio mei mayıs май мая мае μάιος μαΐου μαίου травень травня травні μάιο",
    "juin junio giugno junho juni haziran июнь июня июне ιούνιος ιουνίου червень червня червні ιούνιο",
    "juillet julio luglio julho juli temmuz июль июля июле ιούλιος ιουλίου липень липня липні ιούλιο",
    "août agosto augustus ağustos август августа августе αύγουστος αυγούστου серпень серпня серпні αύγουστο",
    "septembre septiembre setiembre settembre setembro septembro eylül сентябрь сентября сентябре σεπτέμβριος σεπτεμβρίου вересень вересня вересні σεπτέμβριο",
    "octobre octubre ottobre outubro oktober ekim октябрь октября октябре οκτώβριος οκτωβρίου жовтень жовтня жовтні οκτώβριο",
    "novembre noviembre novembro kasım ноябрь ноября ноябре νοέμβριος νοεμβρίου листопад листопада листопаді νοέμβριο",
    "décembre diciembre dicembre dezembro dezember aralık декабрь декабря декабре δεκέμβριος δεκεμβρίου грудень грудня грудні δεκέμβριο",
)


def _without_accents(name: str) -> str:
    """``name`` with the marks over and under its Latin or Greek letters dropped ("février" ->
    "fevrier", "şubat" -> "subat", the dotless "ı" as "i"; "μαρτίου" -> "μαρτιου", as Greek capitals
    print it: "ΜΑΡΤΙΟΥ"). A Cyrillic name is left whole: its "й" is a letter of its own, not an "и"
    with a mark."""
    if not (all(unicodedata.name(ch, "").startswith("LATIN") for ch in name)
            or all(unicodedata.name(ch, "").startswith("GREEK") for ch in name)):
        return name
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return bare.replace("ı", "i")


#: every foreign month spelling -> its number
FOREIGN_MONTHS: dict[str, int] = {
    spelling: i for i, names in enumerate(_NAMES, start=1) for name in names.split()
    for spelling in (name, _without_accents(name))}
#: spellings that are English words or names as well ("Mars", "County Mayo", "Marco", "Mart"): only
#: in a full date
_ALSO_ENGLISH = frozenset({"mars", "mart", "mayo", "marco", "mai", "mei", "maio", "juli", "juni", "ekim", "nisan", "ocak"})

_MONTH = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
#: a day: "1er" (French), "3." (German), "1º" (Spanish, Portuguese), "1η" (Greek)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:er|º|°|\.|η)?"
#: the year, with what follows it in Russian ("года", "году", "г.") or Ukrainian ("року", "р.") inside the span
_YEAR = rf"(?P<year>{YEAR})(?:\s+(?:года|году|г\.|року|р\.))?"


@rule(rf"(?<![\w.,])(?:{_DAY}\s+(?:de\s+)?)?(?i:(?P<mon>{_MONTH}))(?![\w])(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?",
      priority=3, trigger=rf"(?i:\b(?:{_MONTH})\b)")
def foreign_month_date(m: re.Match[str], text: str) -> Cand | None:
    """A day, a month or both with another language's month name; the year when one is said."""
    mon = FOREIGN_MONTHS[m["mon"].lower()]
    day = int(m["day"]) if m["day"] else None
    year = int(m["year"]) if m["year"] else None
    if m["mon"].lower() in _ALSO_ENGLISH and (day is None or year is None):
        return None
    if day is None and year is None:
        return None
    if day is None:
        assert year is not None
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=year, month=mon))
    if not valid_day(year or 2000, mon, day):
        return None
    if year is None:
        return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mon, day=day))
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=year, month=mon, day=day))


__all__ = ["FOREIGN_MONTHS", "foreign_month_date"]
