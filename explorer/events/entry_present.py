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
from explorer.events.subjectless_entries import nominal_entry_act, subjectless_entry_act
from explorer.events.tense import present_of
from explorer.events.titles.achieved import past_of as base_past_of
from explorer.temporal.anchor_context import opens_entry
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES

#: A date stamp at a line's start: "August 2015", "2004", "7 October", "Tuesday 3 September", "March 4".
#: What must follow it for the line to be an entry (a colon, a full stop or a spaced dash, then the
#: entry's words) is the tagger's reading of an entry's stamp, :func:`~explorer.temporal.anchor_context.opens_entry`.
_ENTRY_STAMP = re.compile(
    rf"[ \t]*(?P<stamp>(?:{WEEKDAY_NAMES},?\s+)?(?:\d{{1,2}}\s+{MONTH_NAMES}(?:\s+\d{{4}})?|"
    rf"{MONTH_NAMES}\s+\d{{1,2}}(?:,\s+\d{{4}})?|{MONTH_NAMES}\s+\d{{4}}|\d{{4}})(?!\d))")
#: A present verb after a sentence's subject: the word to put in the past. Of the third person
#: ("Mara twists her ankle") or of the plural ("Engineers isolate the filter bed", "They find a
#: cracked pipe", "Rescuers reach the boat"): a timeline tells a crew's, a body's or a crowd's acts in
#: the same historical present as one person's.
_PRESENT_WORD = re.compile(r"\b[a-z]{3,}\b")
#: The end of a plural subject, right before a verb read as a plural's present ("Engineers", "They",
#: "Police", "The two crews"): a noun read as a base verb has a singular before it ("The upper section").
_PLURAL_SUBJECT_END = re.compile(r"(?:\b(?-i:They|they|We|we)|[a-z]{2}(?<!ss)(?<!ous)(?<!is)s|\b(?:people|police|staff|crew|"
                                 r"men|women|children))\s+$")


@lru_cache(maxsize=4096)
def past_of(word: str) -> str | None:
    """The past tense whose present (:func:`~explorer.events.tense.present_of`) is the third person
    ``word`` ("twists" -> "twisted", "carries" -> "carried", "sends" -> "sent"), or None when none is:
    the past of its base (:func:`~explorer.events.titles.achieved.past_of`), read back."""
    bases = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else "")
    return next((past for base in bases if base and (past := base_past_of(base)) and present_of(past) == word), None)


def in_an_entry(text: str, sentence_start: int) -> bool:
    """Whether the sentence stands on a line that a date stamp opens, after the stamp ("2004. Halloran
    visits the valley", "August 2015: … The navy sends two ships")."""
    line = text.rfind("\n", 0, sentence_start) + 1
    stamp = _ENTRY_STAMP.match(text, line)
    return stamp is not None and sentence_start >= stamp.end() and opens_entry(text, stamp.start("stamp"), stamp.end())


def entry_present_act(text: str, sentence_start: int, sentence_end: int,
                      entries: EntryStamps | None = None) -> tuple[Occurrence, str] | None:
    """The act an entry's later sentence tells in the present ("Mara twists her ankle on the descent"),
    with its title, or None: read as its past by :func:`plain_past_clause`. One told in the past with
    no subject ("Installed the gauge.") is read by :func:`subjectless_entry_act`, also right under a
    day heading of ``entries`` (the text's day stamps and headings; None: only on a stamped line)."""
    # (or in the section a date alone on its line heads: "Tuesday 11 August", then its lines)
    in_entry = in_an_entry(text, sentence_start) or (entries is not None and entries.in_a_section(sentence_start))
    sentence = text[sentence_start:sentence_end]
    first = sentence.split()[0] if sentence.split() else ""
    if present_of(first.lower()) is not None:
        # "Carried loads to Camp 1.": a log's line told in the past with no subject ("loads" is no verb)
        return subjectless_entry_act(text, sentence_start, sentence_end, in_entry, entries)
    if (nominal := nominal_entry_act(text, sentence_start, sentence_end, in_entry, entries)) is not None:
        return nominal  # "Evacuation of the upper camp.": an entry told by its act's noun
    if not in_entry:
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
