"""Which tagged expressions date a happening of their own.

A tagged date is not always the date of what its clause tells: a set or a free duration, the date of
a thing mentioned ("articles from 2020", "the 1958 building"), a person's life dates in brackets, or a
date inside someone's quoted words. The builder asks these questions of each expression before it
makes an event of it; they hold here so that the builder reads as the order of its steps.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Collection

from explorer.events.clauses import clause_bounds
from explorer.events.page_header import LINE_REACH
from explorer.events.quote_marks import as_curly
from explorer.events.record import Event
from explorer.events.tense import REGULAR_PAST
from explorer.number_words import spelled
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, alternatives
from explorer.temporal.timex import Timex


def is_event_worthy(timex: Timex) -> bool:
    """Sets and free durations ("for three years") are tagged but are not events; an anchored but
    undated expression is, and so is a duration that the tagger placed in time ("in the past four
    months": what happened then happened between four months ago and the document's date)."""
    if timex.type == "SET":
        return False
    if timex.type == "DURATION":
        return timex.begin is not None and timex.end_day is not None
    return timex.begin is not None or timex.anchor is not None


#: "articles from 2020", "a report dated May 3": the date of a thing that is mentioned, not of a
#: happening; the happening in that clause (publishing, republishing) has no date of its own here.
_DATED_THING = re.compile(
    r"\b(?:articles?|reports?|documents?|papers?|files?|letters?|photos?|photographs?|pictures?|videos?|"
    r"footage|records?|archives?|issues?|editions?|columns?|posts?|tweets?|books?|memoirs?|data|"
    # "the emails of September and October 2023 were protected disclosures", "the map sheet of 1971 was
    # redrawn": a message, a drawing or a map of that date, whatever the clause then tells of it
    r"e-?mails?|messages?|memos?|texts?|maps?|sheets?|drawings?|charts?|ledgers?|diaries|diary)\s+"
    r"(?:from|dated|of|published in|written in)\s+(?:the\s+)?(?:\S+\s+(?:and|or|to)\s+)?$|"
    # "The minutes of the meeting of 4 February 2023 were approved": the record of a past meeting
    r"\bminutes\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session|hearing|assembly)\s+(?:of|on|held\s+on)\s+$",
    re.IGNORECASE,
)


#: A decade, century or millennium value ("196", "10", "BC02"): coarse enough to name an era.
_ERA_VALUE = re.compile(r"(?:BC)?\d{1,3}")

#: What follows an era that modifies a noun ("the 11th century temple", "a 1960s song",
#: "19th-century houses"): a lowercase word that is not a function word or a verb form opening
#: the clause ("in the 11th century the temple was built", "in the 1990s prices rose").
_ERA_MODIFIES = re.compile(r"(?:-|[ \t]+)(?P<word>[a-z][a-z'’-]*)")
_NOT_A_NOUN = frozenset(
    "the a an this that these those his her its their our my your some many most all each every no any "
    "and or but nor so yet as than then when while whereas where which who whom whose what how why "
    "if because although though until till since before after once unless whether "
    "of in on at by for from to with without into onto over under about against between among through "
    "during across along around beyond within upon toward towards via per despite like near "
    "is are was were be been being am has have had do does did will would shall should can could may "
    "might must it he she they we i you there here not also only even still just already never ever "
    "saw began ended brought marked produced witnessed".split())


def modifies_noun(text: str, timex: Timex) -> bool:
    """A decade or century used as a noun's modifier ("the fabled 11th century temple", "a 1960s
    song", "19th-century houses") dates the thing, not the happening of its clause."""
    if _ERA_VALUE.fullmatch(timex.value) is None or timex.parts:
        return False
    m = _ERA_MODIFIES.match(text, timex.end)
    if m is None:
        return False
    word = m.group("word").lower()
    if word in _NOT_A_NOUN or word.endswith(("ed", "ly")):
        return False
    # "In the 1990s prices rose": a clause that opens with the era says when, whatever follows
    clause = re.split(r"[,.;:!?\n(\"“—–]", text[max(0, timex.start - 40):timex.start])[-1]
    return _OPENS_CLAUSE.fullmatch(clause) is None


_OPENS_CLAUSE = re.compile(
    r"(?i)\s*(?:(?:and|but|then)\s+)?(?:in|during|by|through|throughout|since|until|till|from|after|before|over|"
    r"from|around|about)\s+(?:the\s+)?(?:(?:early|mid|late|middle)[\s-]+)?")


#: A year between a determiner and a made thing: "the 1958 building needs a new roof", "a 1971 map
#: sheet", "her 1932 letter". The year the thing was built or written, not the clause's happening.
#: (Only things, never happenings: "the 2016 election", "the 2019 edition of the festival" stay.)
_YEAR_OF_THING = re.compile(
    r"[ \t]+(?:[A-Za-z]+[ \t]+)?(?i:buildings?|houses?|halls?|churche?s?|schools?|bridges?|maps?|sheets?|letters?|"
    r"e-?mails?|memos?|reports?|documents?|photos?|photographs?|paintings?|drawings?|recordings?|albums?|ledgers?|"
    r"cars?|engines?|models?|vintages?)\b(?!\s+of\b)")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|his|her|their|our|my|this|that)[ \t]+$")


def year_of_thing(text: str, timex: Timex) -> bool:
    """A bare year, or a year across two ("2017-18"), used as a made thing's modifier ("the 1958
    building", "her 1932 letter", "the 2017-18 Annual Report") dates the thing, not the happening of
    its clause."""
    written = text[timex.start:timex.end]
    if re.fullmatch(r"\d{4}[-–/]\d{2}(?:\d{2})?", written) is None and (
            re.fullmatch(r"\d{4}", timex.value) is None or timex.parts or not written.isdigit()):
        return False
    return bool(_DETERMINER_BEFORE.search(text[max(0, timex.start - 12):timex.start])
                and _YEAR_OF_THING.match(text, timex.end))


def is_dated_thing(text: str, timex: Timex) -> bool:
    """Whether the expression dates a thing the clause mentions ("articles from 2020", "the 11th
    century temple") rather than the clause's happening: such an expression makes no event."""
    if modifies_noun(text, timex) or year_of_thing(text, timex):
        return True
    low = max(0, timex.start - 60)  # only the last words before it matter: never scan a long line
    line_start = text.rfind("\n", low, timex.start) + 1
    return bool(_DATED_THING.search(text[max(line_start, low):timex.start]))


#: "every Christmas", "each May", "every other Sunday": the day or month after "every" or "each" comes
#: round again. Where the tagger reads the date alone ("Christmas"), the clause still tells a habit
#: ("The brothers wrote to each other every Christmas"), not a happening on that one day.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)(?:[ \t]+(?:other|single|second|third))?[ \t]+$|"
                           # "makes regular spring and autumn visits", "the annual Christmas fair", "her usual
                           # Sunday walk": a day or a season as the modifier of something that comes round again
                           r"\b(?:regular|annual|yearly|usual|customary|traditional|weekly|monthly)[ \t]+"
                           r"(?:[A-Za-z]+[ \t]+(?:and|or)[ \t]+)?$",
                           re.IGNORECASE)


def repeats_every(text: str, timex: Timex) -> bool:
    """Whether the expression is a day or a month told after "every" or "each" (see :data:`_EVERY_BEFORE`)."""
    return bool(_EVERY_BEFORE.search(text[max(0, timex.start - 24):timex.start]))


#: A name opening its sentence, then its life dates in brackets: "Margarethe Lind (4 February 1890 –".
_LIFE_DATES_BEFORE = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*)[ \t]+\((?:born[ \t]+|b\.[ \t]+)?$")


#: A name that is no person's: one opened by an article ("The First Punic War (264 BC - 241 BC) was fought
#: …": a person's name takes none) or ending in a word for a happening, an era or a realm ("Ionian Revolt
#: (499-493 BC)", "Northern Expedition (1926-1928)"). Its bracket spans the happening's own time, which is
#: read as any range is, not a birth and a death.
_NOT_A_PERSON = re.compile(
    r"^(?:The|A|An)\b|\b(?:Wars?|Battle|Revolt|Revolution|Rebellion|Uprising|Rising|Siege|Campaign|Expedition|Crisis|"
    r"Dynasty|Empire|Kingdom|Republic|Era|Age|Period|Reign|Treaty|Conflict|Offensive|Operation|Occupation|Interbellum)$")


def life_dates_owner(text: str, timex: Timex) -> str | None:
    """Whose life a range in brackets right after a name opening a paragraph spans ("Margarethe Lind
    (4 February 1890 – 17 October 1967) was a Swedish-born engineer"): the range is no happening of
    its own, its first day is the birth of the one named. None for any other expression."""
    if len(timex.parts) != 2 or not text[timex.end:timex.end + 2].startswith(")"):
        return None
    m = _LIFE_DATES_BEFORE.search(text[max(0, timex.start - 80):timex.start])
    return m.group(1) if m and not _NOT_A_PERSON.search(m.group(1)) else None


#: How far back the start of a paragraph is looked for, to count its straight quotation marks.
_PARAGRAPH_REACH = 4000


def is_quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a direct quotation of its paragraph ("'We had planned to call
    the roofer on Tuesday,' she said"): what someone said, in their words, not what the story reports
    as having happened; the story tells its happenings in its own words. A quotation that is only a
    date ("“From 2013 onward,” after the election of Rouhani, …") is not: it is the writer dating
    the sentence's own happening in the speaker's words."""
    low = max(0, offset - _PARAGRAPH_REACH)
    start = text.rfind("\n", low, offset)
    paragraph = text[(low if start == -1 else start + 1):offset]
    before = paragraph[-LINE_REACH:]
    marks = as_curly(before)  # ("``…'': the wire archives' marks; see ``quote_marks``)
    # The reach may cut a long paragraph's earlier quotation in two, leaving its closing mark without
    # its opening one: the last curly mark tells, and straight marks, which look alike both ways, are
    # counted from the paragraph's start (or not at all when it lies too far back to count).
    straight = (start != -1 or low == 0) and paragraph.count('"') % 2 == 1
    inside = marks.rfind("“") > marks.rfind("”") or straight
    if not inside:
        return False
    only_date = _QUOTED_DATE_ONLY.match(text, _quote_open(before, offset))
    # “Next week,” she said, “we open the bridge.”: a speaker's sentence broken by the attribution
    return only_date is None or _SAID_AFTER.match(text, only_date.end()) is not None


#: a quotation that holds nothing but a date and its preposition: “From 2013 onward,” “In May,”
_QUOTED_DATE_ONLY = re.compile(
    r"[“\"](?:(?:from|since|in|on|by|until|after|before|starting|beginning)\s+)?(?:the\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?:\s+(?:onwards?|on|forward))?[,.]?[”\"]", re.IGNORECASE)


_SAID_AFTER = re.compile(r"\s*(?:[\w’'.-]+\s+){0,3}?(?:said|says|told|tells|added|adds|asked|wrote|writes|recalled|recalls)\b")


def _quote_open(before: str, offset: int) -> int:
    """The offset in the text of the quotation mark that opens the quotation ``before`` ends in."""
    at = max(before.rfind("“"), before.rfind('"'), before.rfind("``"))
    return offset - len(before) + at if at >= 0 else offset


#: Between a dated clause and the next one of the same sentence: a comma and a coordinating word ("…
#: on Monday, and about 3,000 people left", "… on Thursday, while Crane shares fell"), the next clause
#: telling a happening of the same time.
_COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+")
#: What puts the next clause at another time than the dated one: a step on ("later", "then", "within a
#: year", "two days before the sale", "in a month"), a step back ("had already collapsed"), a
#: subordinate clause of time, a sentence break, or a date of the clause's own.
_ANOTHER_TIME = re.compile(
    r"\b(?:then|later|afterwards?|eventually|subsequently|soon|since|until|till|within|after|before|when|once|"
    r"by\s+the\s+time|so\s+far|now|still|yet|ago|next|following|previous|already|had)\b"
    r"|\bin\s+(?:a|an|" + spelled(1, 10) + r"|\d+|a\s+few|several)\s+(?:\w+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
    r"|[.;:!?]"
    # a date of its own that dates no event ("and a survey in 2019 counted 7,200 pairs")
    r"|\b(?:1\d{3}|20\d{2})\b|\b(?:" + alternatives(FULL_MONTHS + FULL_WEEKDAYS, without=("May",))
    + r"|today|yesterday|tomorrow)\b")


#: A relative clause opened after the last comma before a date: ", which had closed in", ", who joined in".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:()]*$")


def coordinated_join(between: str) -> int | None:
    """Where the one coordinating join (", and", ", but", ", while") of the text between a dated
    clause and the next ends, or None when there is none or more than one: the next clause is then
    told apart from the dated one."""
    joins = list(_COORDINATED.finditer(between))
    return joins[0].end() if len(joins) == 1 else None


def another_time_between(text: str) -> bool:
    """Whether ``text`` steps to another time than a dated clause before it (see :data:`_ANOTHER_TIME`)."""
    return _ANOTHER_TIME.search(text) is not None


def dated_by_a_coordinated_clause(events: list[Event]) -> list[Event]:
    """A happening with no date of its own, told in a clause coordinated with a dated one of the same
    sentence ("In February the trawler capsized in a storm, and one of its crew of three died"; "Shares
    in one rose 6 percent on Thursday, while the other's fell 2 percent"), took place at that clause's
    time: the coordination tells the two together, and a reader dates both. It takes the dated clause's
    window (certainty ``inferred``, the date named in its ``derivation``) instead of none or the wider
    window between its dated neighbours. A clause that steps on in time ("and two days later", "but
    within a year", "and then") or a subordinate one of time ("after", "when") keeps what it had."""
    dated_of_sentence: dict[int, list[Event]] = {}
    for e in events:
        if e.timex and e.begin is not None:
            dated_of_sentence.setdefault(e.sentence_start, []).append(e)
    out = []
    for e in events:
        dated = dated_of_sentence.get(e.sentence_start)
        if e.timex or not dated or e.certainty == "exact":
            out.append(e)
            continue
        at = e.timex_start - e.sentence_start  # an undated happening's offsets are its predicate's
        before = [d for d in dated if d.timex_end <= e.timex_start]
        if not before or any(d.timex_start >= e.timex_start for d in dated):
            out.append(e)  # nothing dated before it, or a date after it that may be its own
            continue
        d = max(before, key=lambda x: x.timex_end)
        between = e.sentence[d.timex_end - e.sentence_start:at]
        rest = e.sentence[at:].rstrip().rstrip(".!?\"”’')")
        if coordinated_join(between) is None or another_time_between(between) or another_time_between(rest) \
                or _RELATIVE_OPEN.search(e.sentence, 0, d.timex_start - e.sentence_start):
            # ("The crew reopened the old mine, which had closed in 1998, and pumped out the water": the
            # date is the relative clause's, which its comma closes before "and"; the act is the main clause's)
            out.append(e)
            continue
        out.append(replace(e, begin=d.begin, end=d.end, certainty="inferred",
                           derivation=f"no date of its own: told in a clause coordinated with {d.timex!r}"))
    return out


#: A clause told of what is to come: "will decide later this week", "is to return later this month".
_TO_COME = re.compile(r"(?i)\b(?:will|shall|won't|'ll|is\s+to|are\s+to|going\s+to|due\s+to|set\s+to|scheduled|"
                      r"plans?\s+to|planned\s+(?:to|for)|expected\s+to|later\s+this)\b")
#: A clause told of what is done: a past or perfect verb ("confirmed this month", "has cut", "were
#: sold"), or "earlier this year".
_DONE = re.compile(r"(?i)\b(?:was|were|had|has|have|did|earlier\s+this)\b"
                   r"|" + REGULAR_PAST +
                   r"|\b(?:won|lost|left|met|held|made|took|gave|began|became|rose|fell|sold|bought|brought|told|"
                   r"found|said|sent|spent|paid|built|led|ran|came|went|saw|broke|chose|drove|flew|wrote)\b")


#: A date that says by its own words that it is past: "earlier this year", "earlier this month".
_EARLIER = re.compile(r"(?i)earlier\b")
#: A date that says by its own words that it is to come: "later this month" (the plan's own date).
_LATER = re.compile(r"(?i)later\b")
#: A past verb of making a plan known, with the plan as its object: "announced plans to", "unveiled a
#: proposal to", "approved plans for". The clause tells the announcing, which is done ("plans to" alone
#: reads as to come: "The firm plans to build a depot later this year").
_PLAN_MADE = re.compile(
    r"(?i)\b(?:announced|unveiled|outlined|published|revealed|disclosed|confirmed|said|told|agreed|approved|"
    r"submitted|filed|presented|set\s+out|laid\s+out)\s+(?:(?:its|their|his|her|the|a|an|new|first)\s+)*"
    r"(?:plans?|proposals?|intention|scheme|bid)\b")


def within_the_document_date(events: list[Event], doc_date: date | None) -> list[Event]:
    """A date read against the document's date that holds its day ("this month", "earlier this year",
    "later this week", "March" in a story of 20 March) dates a happening told as done on or before that day, and one
    told as to come on or after it: a reader of "confirmed this month" in a story of 20 January knows
    it was not on the 25th. The window is cut at the document's date on the side the clause's tense
    rules out (named in the ``derivation``); a clause with no tense of its own ("This summer, the
    harbour hosts …") keeps the whole window."""
    if doc_date is None:
        return events
    out = []
    for e in events:
        if not e.timex and _done_after(e, doc_date):
            # a past act with no date of its own, its window reaching past the document's date to a
            # dated neighbour to come ("... walked out. The cuts take effect in April 2027.")
            out.append(replace(e, end=doc_date, derivation=f"{e.derivation}; done, by the document's date"))
            continue
        if (not e.timex or not isinstance(e.begin, date) or not isinstance(e.end, date)
                or not e.begin <= doc_date <= e.end or e.begin == e.end
                or not e.derivation.startswith("document date")):  # "Q3 2025" is not read against the day
            out.append(e)
            continue
        at = e.timex_start - e.sentence_start
        left, right = clause_bounds(e.sentence, at, at + len(e.timex))
        clause = e.sentence[left:right]
        if _EARLIER.match(e.timex) or (_TO_COME.search(clause) and _PLAN_MADE.search(clause)
                                       and not _LATER.match(e.timex)):
            # "Earlier this year the firm announced plans to build a depot": the announcing is done;
            # the plan is only its object
            out.append(replace(e, end=doc_date, derivation=f"{e.derivation}; done, by the document's date"))
        elif _TO_COME.search(clause):
            out.append(replace(e, begin=doc_date, derivation=f"{e.derivation}; to come, from the document's date"))
        elif _DONE.search(clause.replace(e.timex, " ")) or _DONE.match(e.timex):  # "earlier this year"
            out.append(replace(e, end=doc_date, derivation=f"{e.derivation}; done, by the document's date"))
        else:
            out.append(e)
    return out


#: A sentence opening with a clause of time before its main clause: "After the company repaid its loan
#: in March 2025, …", "Following a meeting on Friday, …".
_OPENING_AFTER = re.compile(r"(?i)^\s*(?:after|following)\b[^,;:]*$")


def after_an_opening_clause(events: list[Event], main_acts: Collection[str]) -> list[Event]:
    """"After the company repaid its bank loan in March 2025, the founder bought the family's shares":
    the date is the opening clause's, whose act is dated by it as an event of its own; the main
    clause's act came after it, on a day the text does not give. The main clause's event keeps the
    window (where a reader would look for it) but is no longer ``exact``: it is ``inferred``, and its
    ``derivation`` says after what.

    ``main_acts`` holds the ids of the dated events whose opening clause gave an event of its own, as
    :func:`explorer.events.undated_events.add_undated_occurrences` found them: the pass that made the
    opening clause's event knows which event it took the date of, and says so here rather than in a
    derivation text to be read back."""
    out = []
    for e in events:
        at = e.timex_start - e.sentence_start
        if e.id in main_acts and e.timex and e.certainty == "exact" and _OPENING_AFTER.match(e.sentence[:at]):
            e = replace(e, certainty="inferred", derivation=f"{e.derivation}; after the opening clause's act")
        out.append(e)
    return out


def _done_after(e: Event, doc_date: date) -> bool:
    """Whether an event with no date of its own (its offsets are its predicate's) is told in the past
    tense and its window runs on past the document's date."""
    if not isinstance(e.begin, date) or not isinstance(e.end, date) or not e.begin <= doc_date < e.end:
        return False
    at = e.timex_start - e.sentence_start
    left, right = clause_bounds(e.sentence, at, at)
    verb = re.match(r"[\w’'-]+", e.sentence[at:])
    return (verb is not None and _DONE.fullmatch(verb.group()) is not None
            and not _TO_COME.search(e.sentence[left:right]))
