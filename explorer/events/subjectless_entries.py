"""A log's, notebook's or diary's entry told with no subject: "4 August. Installed the weather station
on the ridge.", "Tue 13 Jan\nHarvested the cells after four hours.", "9 January. Painted the gallery."

Why: whoever keeps a log writes their own acts without naming themselves, a past verb opening the
line. The plain-past rule (:mod:`explorer.events.plain_past`) wants a subject, and so lists none of
them: a field season's or a lab week's notes lost every act but the ones told with a clock time. Read
here as the writer's own "We" would tell them: "We installed the weather station on the ridge" goes
through :func:`~explorer.events.plain_past.plain_past_clause` with the same verbs, objects, states and
sayings counted and not counted ("Felt tired", "Found it odd" stay out). Only inside an entry: on a
line a day stamp opens (:func:`~explorer.events.entry_present.in_an_entry` decides that) or right
under a day heading of a text written in dated sections (the headings the undated pass dates sections
by, those with the day alone on its line:
:meth:`~explorer.events.entry_days.EntryStamps.under_a_heading`). Elsewhere a sentence opening with a
past form is more often a participle's clause or a headline. The entry's day dates the act
(:class:`~explorer.events.entry_days.EntryStamps`). An entry told by its act's noun
("Evacuation of the upper camp after a storm warning.", "Inspection by the inspector.") is read the same
way and in the same places (:func:`nominal_entry_act`; its nouns live in
:data:`~explorer.events.happening_nouns.ENTRY_ACT_NOUNS` and the other lists there). Nothing here knows a
name or a date.
"""

from __future__ import annotations

import re

from explorer.events.entry_days import EntryStamps
from explorer.events.happening_nouns import (ENTRY_ACT_NOUNS, EPISODE_NOUNS, HELD_OR_BEFALLING, NEWS_NOUNS,
                                            OCCURRENCE_NOUNS, alternation)
from explorer.events.occurrences import Occurrence
from explorer.events.plain_past import plain_past_clause
from explorer.events.tense import present_of
from explorer.events.titles.document_subjects import record_subject
from explorer.temporal.anchor_context import paragraph_start
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from explorer.events.titles import make_title

#: A bare noun right after the verb, the object a log writes without its article ("Collected samples",
#: "Harvested cells"): a lower-case word that is no article, owner, pronoun, preposition or adverb.
_BARE_OBJECT = re.compile(
    r"[ \t]+(?P<noun>(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|some|all|both|each|every|no|"
    r"to|in|on|at|by|for|from|with|into|onto|out|up|down|off|over|back|away|through|across|along|around|"
    r"it|them|him|us|me|there|here|then|again|not|and|or|but)\b)[a-z][a-z-]+)\b")


#: The word that opens an entry's sentence, after a list's bullet ("- Added a night theme.").
_OPENING_VERB = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u00b7\u25aa][ \t]+)?(?P<verb>(?-i:[A-Z])[a-z]+)\b")


def _as_past(word: str) -> str | None:
    """``word`` as the past an entry's opening verb is read in: itself when it is a past ("added"), the
    past of a third person's present ("adds" -> "added", "fixes" -> "fixed": release notes and a
    record's items are told in the present as often as in the past), else None."""
    if present_of(word) is not None:
        return word
    if not word.endswith("s"):
        return None
    from explorer.events.entry_present import past_of  # (entry_present reads this module)
    return past_of(word)


def _opening_past(text: str, sentence_start: int, sentence_end: int, in_entry: bool,
                 entries: EntryStamps | None, present: bool = False) -> re.Match[str] | None:
    """The past verb opening an entry's sentence told with no subject ("Installed the gauge."), or None:
    only inside an entry (``in_entry``) or under a log's day heading (``entries``)."""
    m = _OPENING_VERB.match(text[sentence_start:sentence_end])
    if m is None or (_as_past(m.group("verb").lower()) if present else present_of(m.group("verb").lower())) is None:
        return None
    if not in_entry and (entries is None or not entries.under_a_heading(sentence_start)) \
            and not in_a_record(text, sentence_start) and not under_a_release_heading(entries, sentence_start):
        return None
    return m


def under_a_release_heading(entries: EntryStamps | None, sentence_start: int) -> bool:
    """Whether the sentence stands right under a labelled, dated heading of a text written in such
    sections (:class:`~explorer.events.heading_dates.HeadingDates`): a release history's or a record's
    "Version 3.1 (12 February 2024)" over "Added a search box. Removed the old menu.", whose heading
    names no one as often as it names its product, so that :func:`in_a_record` finds no subject."""
    return entries is not None and entries.labelled.heading_over(sentence_start) is not None


#: A day alone on its line, a diary's heading: "Tuesday 13 May", "13 May 2025.", "May 13:".
_DAY_LINE = re.compile(
    rf"[ \t]*(?:{WEEKDAY_NAMES},?\s+)?(?:\d{{1,2}}\s+{MONTH_NAMES}(?:\s+\d{{4}})?|{MONTH_NAMES}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"[ \t]*[.:]?[ \t]*")


def under_a_day_line(text: str, sentence_start: int) -> bool:
    """Whether the sentence stands in the paragraph a day alone on its line heads ("Tuesday 13 May",
    then "Dried the boots by the stove and mended a torn gaiter."), below that line: read without the
    text's dates, for the readers of a sentence's joined acts, which a diary's sections share."""
    para = paragraph_start(text, sentence_start)
    end = text.find("\n", para)
    if end < 0 or end >= sentence_start:
        return False
    return _DAY_LINE.fullmatch(text, para, end) is not None


def in_a_record(text: str, sentence_start: int) -> bool:
    """Whether the sentence stands in a record whose heading names its subject (a CV, a cruise
    log, a release history, a body's minutes: :func:`~explorer.events.titles.document_subjects.record_subject`):
    such a record tells its subject's acts with no subject on every line, not only under day stamps
    (and after another sentence of the line: "Received a grant on 12 February. Paid £95 for the hall")."""
    return record_subject(text[:sentence_start]) is not None


def told_without_subject(text: str, sentence_start: int, sentence_end: int, in_entry: bool,
                         entries: EntryStamps | None = None) -> bool:
    """Whether the sentence is a log entry's told with no subject, whose every bare verb is the writer's
    ("Went ashore and engaged a shipwright", "Took in the topsails and hove to"): the acts joined to its
    opening one share that missing subject, which no capitalised word of the clause before stands for
    (in "Loaded slate at Porth Esgair and cleared the harbour" the place is no subject)."""
    return _opening_past(text, sentence_start, sentence_end, in_entry, entries) is not None


def subjectless_entry_act(text: str, sentence_start: int, sentence_end: int, in_entry: bool,
                          entries: EntryStamps | None = None, present: bool = False) -> tuple[Occurrence, str] | None:
    """The act of an entry's sentence opening with a past verb and no subject ("Installed the weather
    station on the ridge."), titled as the writer's own act ("I install the weather station on the ridge"),
    or None; with ``present``, also one opening with a third person's present that the caller found
    acting on an object ("Adds a plugin loader.", see ``entry_present``). ``in_entry``: the caller found a day stamp opening the sentence's line; ``entries``: the
    text's day stamps and headings (None: only a stamped line is an entry)."""
    sentence = text[sentence_start:sentence_end]
    m = _opening_past(text, sentence_start, sentence_end, in_entry, entries, present)
    if m is None:
        return None
    verb = m.group("verb")
    past = _as_past(verb.lower())
    assert past is not None
    told = "We " + past + sentence[m.end("verb"):]
    found = plain_past_clause(told, 0, len(told), writer=True)
    bare = _BARE_OBJECT.match(sentence, m.end("verb"))
    if found is None and bare is not None:
        # a log drops its articles ("Harvested cells after four hours"): read as "harvested the cells"
        told = "We " + past + " the " + sentence[bare.start("noun"):]
        found = plain_past_clause(told, 0, len(told), writer=True)
    if found is None or found[0].trigger_start != 3:
        found = _log_act(told)
    if found is None or found[0].trigger_start != 3:
        return None
    start = sentence_start + m.start("verb")
    # titled as the dated pass titles an entry's stamped sentence ("I install the weather station on the
    # ridge"), so that a sentence both read is one happening to the folds
    # (with the text before it, whose heading may name the log's keeper: ``titles.log_keepers``)
    # (from the verb: a list's bullet before it is no word of the title)
    # (and a present told as its past, "Adds a loader" as "Added a loader", so the title names the record's subject)
    entry = past.capitalize() + sentence[m.end("verb"):]
    return Occurrence(start, start + len(verb), verb), make_title(entry.strip(), 0, 0, text[:sentence_start])


#: Past verbs that open an entry with no subject but tell no act of the writer's: a feeling, a state,
#: a thought, a saying or a wish ("Felt tired", "Seemed quiet", "Wanted to turn back", "Said so").
_NOT_LOG_ACTS = frozenset(
    "felt seemed looked sounded thought knew wondered hoped wanted wished liked loved hated needed realised "
    "realized remembered forgot believed expected feared was were had did got kept stayed remained said told "
    "found meant became appeared tried considered decided".split())
#: What follows an entry's opening verb when it acts: an article or an owner, a name, a number, a
#: preposition or a particle ("Dropped support for …", "Climbed Ben Corrach", "Docked in Galway",
#: "Hove to for 20 hours", "Ate lunch on the step").
_ACT_COMPLEMENT = re.compile(
    r"We (?P<verb>[a-z]+)(?=\s+(?:(?:the|a|an|our|my|its|their|two|three|four|five|six|\d[\w.,]*|home|up|down|in|into|"
    r"on|onto|at|to|from|out|off|over|across|through|along|round|around|back|alone|ashore|aboard|lunch|dinner|"
    r"breakfast|support|camp|anchor|sail|course|work)\b|(?-i:[A-Z])))")


def _log_act(told: str) -> tuple[Occurrence, str] | None:
    """The act of an entry's "We …" reading that :func:`plain_past_clause` leaves out for a third
    person's sentence ("We dropped support for Windows 7", "We reached station 1", "We docked in
    Galway", "We climbed Ben Corrach"), or None: in an entry, an opening past verb acting on something
    or going somewhere is the keeper's act, whatever it would measure in a news sentence. Feelings,
    states, thoughts, sayings and a passive ("Relieved by …") are left out."""
    m = _ACT_COMPLEMENT.match(told)
    if m is None or m.group("verb") in _NOT_LOG_ACTS or present_of(m.group("verb")) is None:
        return None
    if re.match(r"\s+(?:by|that)\b", told[m.end():]):
        return None
    verb = m.group("verb")
    return Occurrence(3, 3 + len(verb), verb), told


#: An entry told by its act's noun, opening the sentence, with what it was of, by whom, where or with
#: whom: "Evacuation of the upper camp after a storm warning.", "Inspection by the inspector.", "Talks
#: at the conciliation service, no deal.", "Meeting with the supplier."
_NOMINAL_ENTRY = re.compile(
    rf"\s*(?P<noun>(?=(?-i:[A-Z]))(?:{alternation({*ENTRY_ACT_NOUNS, *EPISODE_NOUNS, *HELD_OR_BEFALLING, *NEWS_NOUNS, *OCCURRENCE_NOUNS})}))"
    r"\s+(?:of|by|at|with)\s+\S", re.IGNORECASE)


def nominal_entry_act(text: str, sentence_start: int, sentence_end: int, in_entry: bool,
                      entries: EntryStamps | None = None) -> tuple[Occurrence, str] | None:
    """The act an entry names by its noun ("Evacuation of the upper camp after a storm warning."), titled
    as the noun's phrase, or None. Only in an entry (``in_entry``: a day stamp opens its line) or under
    a log's day heading (``entries``, as for :func:`subjectless_entry_act`): in a story such a sentence
    is a heading or a caption."""
    m = _NOMINAL_ENTRY.match(text, sentence_start, sentence_end)
    if m is None or not in_entry and (entries is None or not entries.under_a_heading(sentence_start)):
        return None
    return (Occurrence(m.start("noun"), m.end("noun"), m.group("noun")),
            make_title(text[sentence_start:sentence_end].strip(), 0, 0))
