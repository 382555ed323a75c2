"""Sentences in Cyrillic or Greek letters (Russian, Ukrainian, Greek, as translated news and quotations
leave them): what the English event rules cannot tell of them.

WHY: every other event rule reads English words, so in a Russian or Greek article none of them matched
and every dated sentence became an event: a notice's opening hours ("Часы работы с 1 сентября 2023
года: …"), a deadline ("Η προθεσμία … λήγει στις 30 Ιουνίου 2024"), a figure at a date ("Средняя
температура в январе 2022 года была минус восемь градусов"), none of them a happening, which the same
sentence in English is not either. And the title kept the words the date leans on: "Средняя
температура в была …", "Στις η γέφυρα κατέρρευσε".

This module knows a few words of each of these languages, the ones that say *what kind* of sentence
it is, never a name, a place or a date of any article:

- :func:`is_foreign` — most of the sentence's letters are Cyrillic or Greek;
- :func:`tells_no_happening` — a timetable's heading before a colon, a deadline, or a figure or count said with a
  copula at the date: the kinds the English rules leave out (``states``, ``date_roles``); a plan
  ("запланировано на 15 мая") stays an event, as "is scheduled for 15 May" does in English;
- :func:`foreign_title` — the sentence without its date, the preposition before the date and the
  word for "year" after it ("в … году", "у … році", "στις …"), its first letter a capital.

Sentences in Latin letters (French, German, Spanish …) are left to the English rules: telling them
from English by their words is a larger task than this one.
"""

from __future__ import annotations

import re
import unicodedata

#: Share of a sentence's letters that must be Cyrillic or Greek for it to count as foreign.
_FOREIGN_SHARE = 0.6


#: a Greek or Cyrillic letter (the basic blocks, Greek with its accented forms)
_FOREIGN_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f]")


def is_foreign(sentence: str) -> bool:
    """Whether most of ``sentence``'s letters are Cyrillic or Greek (a Russian, Ukrainian or Greek
    sentence; an English one quoting a Russian name is not)."""
    if sentence.isascii() or _FOREIGN_LETTER.search(sentence) is None:
        return False  # (the cheap answer for nearly every sentence)
    foreign = len(_FOREIGN_LETTER.findall(sentence))
    letters = sum(1 for ch in sentence if ch.isalpha())
    return foreign >= _FOREIGN_SHARE * letters


def _fold_letter(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    if "\u0370" <= low <= "\u03ff" or "\u1f00" <= low <= "\u1fff":
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c)) or low
        low = "σ" if low == "ς" else low
    return low if len(low) == 1 else ch


def _fold(text: str) -> str:
    """Lower case without Greek accents ("Ωράριο" -> "ωραριο"), one letter for one (offsets stay);
    Cyrillic "й" stays a letter of its own."""
    return "".join(_fold_letter(ch) for ch in text)


#: A timetable's heading: opening hours, a schedule, a timetable (ru, uk, el).
_TIMETABLE = re.compile(
    r"(?<!\w)(?:часы\s+работы|режим\s+работы|график\s+работы|расписание|"
    r"години\s+роботи|режим\s+роботи|графік\s+роботи|розклад|"
    r"ωραριο|ωρεσ\s+λειτουργιασ|δρομολογια)(?!\w)")

#: A deadline: its noun, "no later than", or a must/need with "by"/"until" before the date.
_DEADLINE_WORDS = re.compile(
    r"(?<!\w)(?:(?:крайний\s+)?срок|не\s+позднее|кінцевий\s+термін|термін\s+подання|не\s+пізніше|"
    r"προθεσμια|το\s+αργοτερο|εωσ\s+και)(?!\w)")
_MUST = re.compile(
    r"(?<!\w)(?:нужно|необходимо|надо|следует|должн\w*|обязан\w*|"
    r"потрібно|необхідно|треба|слід|повинн\w*|зобов'?’?язан\w*|"
    r"πρεπει|οφειλ\w*|υποχρεουνται|υποχρεωμεν\w*)(?!\w)")
#: ru and uk plural imperatives ("позвоните", "подайте", "звоніть", "надішліть"): a request to the reader
_IMPERATIVE = re.compile(r"(?<!\w)\w{3,}(?:ите|йте|іть|їть|ьте)(?!\w)")
_BY = re.compile(r"(?:^|\s)(?:до|не\s+позднее|не\s+пізніше|(?:εωσ|μεχρι|ωσ)(?:\s+(?:τισ|την|τη|τον|το|στισ|στην|στο))?)\s*$")

#: A copula or a verb of amount whose complement is a figure: "была минус восемь", "ήταν 12.000",
#: "составила 3%", "налічувало 400", "ανερχόταν σε 50".
_COPULA = (r"(?:был|была|было|были|составлял\w*|составил\w*|составляет|составляют|насчитывал\w*|"
           r"був|була|було|були|становив|становила|становило|становили|становить|налічував\w*|"
           r"ηταν|ειναι|ειχε|ειχαν|ανερχοταν|ανηλθε|αριθμουσε)")
_FIGURE = re.compile(
    rf"(?<!\w){_COPULA}\s+(?:(?:около|примерно|более|менее|почти|близько|майже|понад|περιπου|πανω\s+απο|"
    r"σχεδον|σε|στουσ|στα|στισ|στο)\s+)?(?:\d|минус|плюс|мінус|μειον|συν)")


def tells_no_happening(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """Why the Cyrillic or Greek ``sentence`` with a date at [timex_start, timex_end) tells no
    happening ("timetable", "deadline", "figure"), or None: a foreign sentence's share of what the
    English rules (``states``, ``date_roles``) leave out."""
    if not is_foreign(sentence):
        return None
    folded = _fold(sentence)  # (one letter for one: the date's offsets hold)
    heading = _TIMETABLE.search(folded)
    if heading is not None and ":" in folded[heading.end():]:
        return "timetable"  # "Часы работы с 1 сентября: …", not "Режим роботи … змінено"
    before = folded[:timex_start]
    if _DEADLINE_WORDS.search(folded) or (_BY.search(before) and (_MUST.search(folded) or _IMPERATIVE.search(folded))):
        return "deadline"
    # the figure is not the date's own number ("был 5 мая назначен")
    without_date = folded[:timex_start] + " " * (timex_end - timex_start) + folded[timex_end:]
    if _FIGURE.search(without_date):
        return "figure"
    return None


#: What the date leans on before it: a preposition or article (ru, uk, el)
_BEFORE_DATE = re.compile(
    r"(?:(?<=\s)|^)(?:в|во|с|со|на|к|от|до|по|у|з|із|від|о|об|"
    r"στισ|στο|στη|στην|την|τον|το|τη|απο|σε|κατα|"
    r"(?:εωσ|μεχρι|μετα\s+απο|πριν\s+απο)(?:\s+(?:τισ|την|τη|τον|το|στισ|στην|στο))?)\s*$")
#: What follows a year: "года", "году", "г.", "року", "році", "р." (the Greek says none)
_AFTER_DATE = re.compile(r"^\s*(?:года|году|годы|годах|г\.|гг\.|року|році|роки|роках|р\.)(?!\w)")

#: Words a title keeps at most (a label, not the sentence)
_MAX_WORDS = 14


#: What a dateline leaves once its date is cut: the city in capitals, a comma and the dash.
_DATELINE_LEFT = re.compile(r"([^\W\d_]{2,}(?:[ -][^\W\d_]{2,})*),?\s*[–—-]+\s*")


def foreign_title(sentence: str, timex_start: int, timex_end: int,
                  others: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> str:
    """A title for the foreign ``sentence``: the sentence without the date at [timex_start,
    timex_end) (and the sentence's other dates, ``others``), with the preposition before each date and
    the word for "year" after it, the punctuation left hanging, at most a label's words."""
    spans = sorted({(timex_start, timex_end), *others}, reverse=True)
    text = sentence
    for start, end in spans:
        if not (0 <= start <= end <= len(text)) or end == start:
            continue
        before = _BEFORE_DATE.search(_fold(text[:start]))
        if before is not None:
            start = before.start()
        after = _AFTER_DATE.match(text[end:])
        if after is not None:
            end += after.end()
        text = text[:start] + " " + text[end:]
    text = re.sub(r"\s+([,.:;!?])", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[,.:;–—-]+\s*", "", text)
    dateline = _DATELINE_LEFT.match(text)
    if dateline is not None and dateline.group(1).isupper():
        # the dateline's city, its date cut out ("МОСКВА, — …"), is where the story was filed, no part
        # of what happened
        text = text[dateline.end():]
    text = re.sub(r"\s*:\s*$", "", text)
    text = re.sub(r"\s*[,.:;–—-]+$", "", text)
    text = re.sub(r"(\w)\s*:\s+(?=\w)", r"\1: ", text)
    words = text.split()
    if len(words) > _MAX_WORDS:
        words = words[:_MAX_WORDS]
        text = re.sub(r"[,.:;–—-]+$", "", " ".join(words)) + "…"
    if text:
        text = text[0].upper() + text[1:]
    return text


__all__ = ["foreign_title", "is_foreign", "tells_no_happening"]
