"""Acts told in the present inside a dated entry: "August 2015: A drilling rig begins drilling in the
disputed area. The navy sends two ships to the field.", "7 October. Snow overnight. Mara twists her
ankle on the descent."

Why: a timeline, a year-headed profile or a diary tells each entry in the historical present, its
stamp opening the line. The stamp dates the entry's first act; its later sentences, told in the same
present, are the entry's other happenings, which a reader lists as the plain-past rule lists a story's
past acts (``plain_past``), with the same time: bounded by the dated sentences around them, and
undated where none is near ("The navy sends two ships to the field" above is listed with no date;
"Mara twists her ankle" takes the diary's 7 October, the stamp's own sentence telling no act). Read
the same way: the present verb is put in the past and the sentence is read by
:func:`~explorer.events.plain_past.plain_past_clause`, so the same subjects, objects, states and
sayings count and do not count. Only on an entry's line (its stamp read as the tagger reads one,
:func:`~explorer.temporal.anchor_context.opens_entry`): elsewhere a present sentence more often tells
what is so ("The plant employs 300 people").
"""

from __future__ import annotations

import re
from functools import lru_cache

from explorer.events.entry_days import EntryStamps
from explorer.events.occurrences import Occurrence
from explorer.events.plain_past import plain_past_clause
from explorer.events.subjectless_entries import in_a_record, nominal_entry_act, subjectless_entry_act
from explorer.events.tense import present_of
from explorer.events.titles.achieved import past_of as base_past_of
from explorer.temporal.anchor_context import opens_entry
from explorer.temporal.lexicon import MONTH_NAMES, MONTHS, WEEKDAYS, alternatives


def _capitalised_forms(names: dict[str, int]) -> str:
    """The lexicon's month or weekday names in every form, capitalised, longest first ("Thursday",
    "Thurs", "Thur", "Thu"): a log's stamp cuts them short as often as it spells them out."""
    return alternatives(tuple(sorted((name.capitalize() for name in names), key=len, reverse=True)))


#: A weekday's or a month's name at a stamp, full or cut short ("Wed", "Tues.", "Sept."), not followed
#: by more letters; its full stop is the stamp's only before more of the date ("Tues. 4 May"), else it
#: ends the stamp's sentence ("13 Aug. Wind NW"), which the entry's reading wants after the stamp.
_ABBREVIATION_STOP = r"(?:\.(?=,?[ \t]+\d))?(?![a-z])"
_STAMP_WEEKDAY = rf"(?:{_capitalised_forms(WEEKDAYS)}){_ABBREVIATION_STOP}"
_STAMP_MONTH = rf"(?:{_capitalised_forms(MONTHS)}){_ABBREVIATION_STOP}"
#: A day's number, perhaps with its ordinal ending ("5th").
_STAMP_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: A day in figures, day first or year first: "11.03.2019", "14/6/17", "2019-03-11".
_NUMERIC_DAY = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?!\d)"
#: A date stamp at a line's start: "August 2015", "2004", "7 October", "Tuesday 3 September", "March 4",
#: and a log's short forms: "Wed 22 July", "Tues. 4 May", "Sat 5th September", "Mon 3rd" (a weekday
#: and a day's ordinal, the month left to the heading).
#: What must follow it for the line to be an entry (a colon, a full stop or a spaced dash, then the
#: entry's words) is the tagger's reading of an entry's stamp, :func:`~explorer.temporal.anchor_context.opens_entry`.
_ENTRY_STAMP = re.compile(
    # (a day written in figures too, as a field notebook or a war diary stamps it: "11.03.2019.",
    # "14/06/1917", "2019-03-11"; read before a year alone, which would take its first four figures)
    rf"[ \t]*(?P<stamp>{_NUMERIC_DAY}|(?:{_STAMP_WEEKDAY},?\s+)?(?:{_STAMP_DAY}\s+{_STAMP_MONTH}(?:\s+\d{{4}})?|"
    rf"{_STAMP_MONTH}\s+{_STAMP_DAY}(?:,\s+\d{{4}})?|{MONTH_NAMES}\s+\d{{4}}|\d{{4}})(?!\d)|"
    rf"{_STAMP_WEEKDAY},?\s+\d{{1,2}}(?:st|nd|rd|th))")
#: A present verb after a sentence's subject: the word to put in the past. Of the third person
#: ("Mara twists her ankle") or of the plural ("Engineers isolate the filter bed", "They find a
#: cracked pipe", "Rescuers reach the boat"): a timeline tells a crew's, a body's or a crowd's acts in
#: the same historical present as one person's.
_PRESENT_WORD = re.compile(r"\b(?!(?:and|but|for|nor|yet|with|from|into|onto|over|under|than|then|per|via|the|its|"
                           r"their|our|his|her|all|both|each|also|only|not|off|out|too|who|which|that|this|these|"
                           r"those|after|before|since|until|while|when|where|near|along|across|about|around)\b)[a-z]{3,}\b")
#: The end of a plural subject, right before a verb read as a plural's present ("Engineers", "They",
#: "Police", "The two crews"): a noun read as a base verb has a singular before it ("The upper section").
_PLURAL_SUBJECT_END = re.compile(r"(?:\b(?-i:They|they|We|we)|[a-z]{2}(?<!ss)(?<!ous)(?<!is)s|\b(?:people|police|staff|crew|"
                                 r"men|women|children))\s+$")


#: A list's bullets before an entry's first word.
_BULLETS = frozenset("- \u2013 \u2014 \u2022 * \u00b7 \u25aa".split())


@lru_cache(maxsize=4096)
def past_of(word: str) -> str | None:
    """The past tense whose present (:func:`~explorer.events.tense.present_of`) is the third person
    ``word`` ("twists" -> "twisted", "carries" -> "carried", "sends" -> "sent"), or None when none is:
    the past of its base (:func:`~explorer.events.titles.achieved.past_of`), read back."""
    bases = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else "")
    return next((past for base in bases if base and (past := base_past_of(base)) and present_of(past) == word), None)


#: What follows a present verb opening a record's item when it acts on something: an article, an owner,
#: a number ("Adds a plugin loader", "Fixes the crash", "Drops support for …"). A plural noun opening
#: a sentence is followed by its verb instead ("Volunteers saved the stock", "Samples unloaded").
_ITEM_OBJECT = frozenset("a an the its their our his her this these two three four five several new support".split())


def _a_present_item(words: list[str], first: str, dated_item: bool) -> bool:
    """Whether ``first`` (a sentence's first word, ``words`` its words) is a third person's present
    opening a dated record's item with no subject ("Adds a plugin loader."), acting on an object."""
    if not dated_item or not first[:1].isupper() or not first.endswith("s") or past_of(first.lower()) is None:
        return False
    after = words[words.index(first) + 1] if first in words and words.index(first) + 1 < len(words) else ""
    return after.lower() in _ITEM_OBJECT or after[:1].isdigit()


def in_an_entry(text: str, sentence_start: int) -> bool:
    """Whether the sentence stands on a line that a date stamp opens, after the stamp ("2004. Halloran
    visits the valley", "August 2015: … The navy sends two ships")."""
    line = text.rfind("\n", 0, sentence_start) + 1
    stamp = _ENTRY_STAMP.match(text, line)
    return stamp is not None and sentence_start >= stamp.end() and opens_entry(text, stamp.start("stamp"), stamp.end())


#: The separator after an entry's stamp: a dash, a colon or a full stop, then the entry's words.
_STAMP_SEPARATOR = re.compile(r"\s*[–—:.-]+\s+")


def entry_words_start(text: str, sentence_start: int) -> int | None:
    """Where an entry's words begin in a sentence that holds its own stamp ("2004 – The firm opens a
    depot …", "March 2016: A fire destroys …"), as an offset in the sentence; None when the sentence
    opens with no entry's stamp. A stamp of a day and a month is read by the log-line rule of
    :mod:`explorer.events.joined_clauses` already; a year or a month and year alone is read here."""
    stamp = _ENTRY_STAMP.match(text, sentence_start)
    if stamp is None:
        return None
    separator = _STAMP_SEPARATOR.match(text, stamp.end())
    if separator is None or not in_an_entry(text, separator.end()):
        return None
    return separator.end() - sentence_start


def entry_present_act(text: str, sentence_start: int, sentence_end: int,
                      entries: EntryStamps | None = None) -> tuple[Occurrence, str] | None:
    """The act an entry's later sentence tells in the present ("Mara twists her ankle on the descent"),
    with its title, or None: read as its past by :func:`plain_past_clause`. One told in the past with
    no subject ("Installed the gauge.") is read by :func:`subjectless_entry_act`, also right under a
    day heading of ``entries`` (the text's day stamps and headings; None: only on a stamped line)."""
    # (or in the section a date alone on its line heads: "Tuesday 11 August", then its lines)
    in_entry = in_an_entry(text, sentence_start) or (entries is not None and entries.in_a_section(sentence_start))
    sentence = text[sentence_start:sentence_end]
    words = sentence.split()
    # (after a list's bullet: "- Added a night theme.")
    first = words[1] if len(words) > 1 and words[0] in _BULLETS else words[0] if words else ""
    present = present_of(first.lower()) is None
    if not present or _a_present_item(words, first, in_entry or entries is not None and in_a_record(
            text, sentence_start) and entries.under_a_dated_heading(sentence_start)):
        # ("Adds a plugin loader." under "Version 5.0 (10 January 2025)": a record's item told in the
        # present, read as its past)
        # "Carried loads to Camp 1.": a log's line told in the past with no subject ("loads" is no verb)
        return subjectless_entry_act(text, sentence_start, sentence_end, in_entry, entries, present)
    if (nominal := nominal_entry_act(text, sentence_start, sentence_end, in_entry, entries)) is not None:
        return nominal  # "Evacuation of the upper camp.": an entry told by its act's noun
    if not in_entry and (entries is None or not entries.under_a_heading(sentence_start)):
        # (right under a day heading of a text dated in sections, as on a stamped line: a timeline's
        # "Tuesday 11 August" over "Twelve people are treated in hospital. Tests find …" tells its
        # entries in the same historical present; see EntryStamps.under_a_heading)
        return None
    for m in _PRESENT_WORD.finditer(sentence):
        word = m.group()
        if not word.endswith("s") and not _PLURAL_SUBJECT_END.search(sentence, 0, m.start()):
            continue  # "The upper section stays closed" is no "upper" that "sectioned": a base needs a plural before it
        # (a plural's present is the verb's base: "They find" is read as "They found")
        # (no participle or past read as a base: "The council begins pumping" is not "begins pumped")
        past = past_of(word) if word.endswith("s") else None if word.endswith(("ing", "ed")) else base_past_of(word)
        if past is None:
            continue
        told = sentence[:m.start()] + past + sentence[m.end():]
        # (the writer's "we" too: a diary's entries tell the writer's own acts, as a log's do)
        found = plain_past_clause(told, 0, len(told), writer=True)
        if found is None or found[0].trigger_start != m.start():
            continue
        return Occurrence(sentence_start + m.start(), sentence_start + m.end(), m.group()), found[1]
    return None


#: "is"/"are" before a past participle, a passive told in the present ("A burst main is identified as …").
#: A form of "be" or "have" within two words: the word before it is in its subject, no verb.
_BE_OR_HAVE_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s+(?:was|were|is|are|had|has|have)\b")
_PRESENT_PASSIVE = re.compile(r"\b(?P<be>is|are)\s+(?P<part>[a-z]{3,}(?:ed|en|wn|lt|nt|ught))\b")


def told_in_the_past(sentence: str) -> str:
    """An entry's sentence told in the historical present ("Colin Parry apologises at a meeting attended
    by 600 people", "A burst main is identified as the source") with its first act put in the past, as
    the title rules read a story's acts ("apologised", "was identified"); the sentence itself when no
    present act is found. The titles are written in the present again; read in the present, the rules
    took "attended by" for the act and "identified" for a present's verb ("is identifies")."""
    passive = _PRESENT_PASSIVE.search(sentence)
    for m in _PRESENT_WORD.finditer(sentence):
        if passive is not None and passive.start() <= m.start():
            break
        word = m.group()
        if present_of(word) is not None and (plain := plain_past_clause(sentence, 0, len(sentence), writer=True)) \
                and plain[0].trigger_start == m.start():
            return sentence  # "The inspectors left the school": told in the past already
        if not word.endswith("s") and not _PLURAL_SUBJECT_END.search(sentence, 0, m.start()):
            continue
        if _BE_OR_HAVE_AFTER.match(sentence, m.end()):
            continue  # "The first gas street lamps were lit": a noun of the subject, its verb after it
        past = past_of(word) if word.endswith("s") else None if word.endswith(("ing", "ed")) else base_past_of(word)
        if past is None:
            continue
        told = sentence[:m.start()] + past + sentence[m.end():]
        found = plain_past_clause(told, 0, len(told), writer=True)
        if found is not None and found[0].trigger_start == m.start():
            return told
    if passive is not None and present_of(passive.group("part")) is not None:
        was = "was" if passive.group("be") == "is" else "were"
        return sentence[:passive.start("be")] + was + sentence[passive.end("be"):]
    return sentence
