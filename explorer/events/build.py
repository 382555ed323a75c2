"""From tagged expressions to events: one event per dated (or anchored) occurrence in a document."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from explorer.documents.document import Document
from explorer.events.clause_order import bound_by_main_clause, clause_mark, after_clause_title, in_leading_clause
from explorer.events.clauses import clause_bounds
from explorer.events.date_roles import date_role
from explorer.events.furniture import Furniture
from explorer.events.modality import (frames_no_happening, is_absence, is_baseline, is_count_tally, is_failure_to_act,
                                      is_non_happening, is_running_tally, is_state, tells_how_things_stand_now)
from explorer.events.occurrences import (HABIT_WORDS, Occurrence, iter_after_clauses, iter_joined_clauses, iter_occurrences,
                                         occurrence_title, plain_past_clause, retitle_joined_dates)
from explorer.events.record import Event
from explorer.events.relative_dates import relative_others, relative_telling
from explorer.events.repeats import (
    fold_announced_perfects, fold_dates_naming_happenings, fold_lasting_until, fold_period_ends, fold_recap_lines,
    fold_restated_times, fold_results_after_report, fold_results_retold, fold_retellings, fold_summary_dates,
    merge_repeats, names_by_date,
)
from explorer.events.reports import drop_reports_beside_happenings, fold_repeated_reports
from explorer.events.salience import score_events
from explorer.events.story_time import carry_story_time, is_history, names_a_battle, story_paragraphs, told_after_a_date
from explorer.events.tense import present_of
from explorer.events.titles import make_title
from explorer.events.unnamed_retellings import fold_unnamed_retellings
from explorer.events.vote_counts import fold_vote_counts
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


def document_key(doc: Document) -> str:
    """A readable, stable prefix for event ids: the file name and a short hash of the text.

    The hash keeps two articles with the same file name in different folders apart, and, unlike the
    path, does not change when the same file is opened from elsewhere.
    """
    return _document_key(doc.name, doc.text)


def _document_key(name: str, text: str) -> str:
    stem = name.rsplit(".", 1)[0]
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "doc"
    return f"{slug}-{_text_digest(text)}"


@lru_cache(maxsize=64)
def _text_digest(text: str) -> str:
    """Cached: every event id of a document needs it, and hashing a long text for each was quadratic."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:4]


def event_id(doc: Document, timex: Timex) -> str:
    """Ids depend on the document and the expression's offset, not on row numbers, so they stay
    put when other documents are added or the extractor changes elsewhere in the text."""
    return f"{document_key(doc)}#{timex.start}"


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


#: A name opening its sentence, then its life dates in brackets: "Margarethe Lind (4 February 1890 –".
_LIFE_DATES_BEFORE = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*)[ \t]+\((?:born[ \t]+|b\.[ \t]+)?$")


def life_dates_owner(text: str, timex: Timex) -> str | None:
    """Whose life a range in brackets right after a name opening a paragraph spans ("Margarethe Lind
    (4 February 1890 – 17 October 1967) was a Swedish-born engineer"): the range is no happening of
    its own, its first day is the birth of the one named. None for any other expression."""
    if len(timex.parts) != 2 or not text[timex.end:timex.end + 2].startswith(")"):
        return None
    m = _LIFE_DATES_BEFORE.search(text[max(0, timex.start - 80):timex.start])
    return m.group(1) if m else None


def is_quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a direct quotation of its paragraph ("'We had planned to call
    the roofer on Tuesday,' she said"): what someone said, in their words, not what the story reports
    as having happened; the story tells its happenings in its own words. A quotation that is only a
    date ("“From 2013 onward,” after the election of Rouhani, …") is not: it is the writer dating
    the sentence's own happening in the speaker's words."""
    low = max(0, offset - _LINE_REACH)
    start = text.rfind("\n", low, offset)
    before = text[(low if start == -1 else start + 1):offset]
    inside = before.count("“") > before.count("”") or before.count('"') % 2 == 1
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
    at = max(before.rfind("“"), before.rfind('"'))
    return offset - len(before) + at if at >= 0 else offset


#: How far around an expression its line is looked at: a dateline is short, and scanning a
#: megabyte-long line once per expression would make extraction quadratic.
_LINE_REACH = 400


def _line_at(text: str, offset: int) -> tuple[int, int]:
    """The line around ``offset``, cut to ``_LINE_REACH`` characters either side."""
    low = max(0, offset - _LINE_REACH)
    start = text.rfind("\n", low, offset)
    start = low if start == -1 else start + 1
    high = min(len(text), offset + _LINE_REACH)
    end = text.find("\n", offset, high)
    return start, high if end == -1 else end


def header_end(text: str) -> int:
    """Where the article body begins: the first line long enough to be prose (20+ words).

    Headlines, bylines and datelines sit above it; a date there that equals the document's own date
    is the publication date, not something that happened.
    """
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) >= 20:
            return offset
        offset += len(line) + 1
    return 0


#: A wire dateline before its date: "PELL JUNCTION, Nev., ", "HAVANA (AP) ", "BRANSFORD, Ohio, ".
_DATELINE_OPENER = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:\([A-Za-z]{2,10}\))?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,?\s*$")
#: The same in title case: "Portbury, 2 April 2025 — …", "Brightwater, 21 August 2022 — …".
_PLACE_OPENER = re.compile(r"^[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?,[ \t]*$")
#: ... then a dash, after the agency's name when it follows the date: "KARVEL, March 14 (Wire) — …"
_DATELINE_DASH = re.compile(r"^\s*(?:\([A-Z][\w .&’'-]{1,24}\)\s*)?(?:—|–|--|-|_|:)")
#: ... or, with no place before the date, the agency's name in brackets, then the dash: "Jan 2 (Wire) – …"
#: (a date opening its line before a bare dash is a timeline's entry, "June 24 – The tower collapses").
_AGENCY_DASH = re.compile(r"^\s*\([A-Z][\w .&’'-]{1,24}\)\s*(?:—|–|--|-)")


def is_dateline(doc: Document, timex: Timex, body_start: int) -> bool:
    """A publication date in page furniture: alone on its line, or the document date in the header."""
    line_start, line_end = _line_at(doc.text, timex.start)
    if "\n" in doc.text[timex.start:timex.end]:
        # an expression across lines ("Saturday, August 3\n\n2:15 p.m. — A fire is reported"): what
        # follows it on its last line tells whether it stands alone
        line_end = _line_at(doc.text, timex.end - 1)[1]
    rest = doc.text[line_start:timex.start] + doc.text[timex.end:line_end]
    if not re.search(r"[A-Za-z]{2,}", rest):
        return True
    opener = doc.text[line_start:timex.start]
    if (_DATELINE_OPENER.match(opener) or _PLACE_OPENER.match(opener)) and _DATELINE_DASH.match(doc.text[timex.end:line_end]):
        return True  # "PELL JUNCTION, Nev., February 16, 2023 — …": the story's dateline, not a happening
    if not opener.strip() and _AGENCY_DASH.match(doc.text[timex.end:line_end]):
        return True  # "March 4 (Wire) — …": a wire's dateline with no place, the day it filed the story
    return (
        timex.start < body_start
        and doc.date is not None
        and timex.begin == doc.date
        and timex.end_day == doc.date
    )


#: A word of a sentence besides its date: a sentence with none ("Winter 2020.") is a bare date.
_WORD = re.compile(r"[^\W\d_]{2,}")

#: How much text before a sentence its title may look at to name whom "he", "she" or "his" stands for.
TITLE_CONTEXT = 2000


def last_paragraph_part(text: str, timex: Timex) -> Timex:
    """An expression read across a blank line ("Saturday, August 3" as a heading, then "2:15 p.m. — A
    fire is reported"): its happening is told in the last paragraph, so the event is placed there,
    on the expression's last part; its date is the whole expression's."""
    cut = text.rfind("\n\n", timex.start, timex.end)
    if cut == -1:
        return timex
    start = cut + 2
    while start < timex.end and text[start].isspace():
        start += 1
    return replace(timex, start=start, text=text[start:timex.end], parts=())


def stamped_entry_end(text: str, sentences: SentenceIndex, s_start: int, s_end: int,
                      dated: dict[int, list[Timex]]) -> int | None:
    """Where a log or diary entry ends when its stamp is a sentence of its own ("4 January, 14:20. A
    walker slipped on ice below the crag."): a date alone at the start of its line, followed on that
    line by a sentence with no date of its own, stamps that sentence; else None. (A date alone that
    answers a question, "Spring 2019. Floods reached the bakery …, and we closed … on 3 April 2019.",
    is followed by a sentence that dates itself, and stamps nothing.)"""
    line_start = text.rfind("\n", 0, s_start) + 1
    if text[line_start:s_start].strip():
        return None
    index = sentences.index_at(s_start)
    if index + 1 >= len(sentences.sentences):
        return None
    following = sentences.sentences[index + 1]
    if "\n" in text[s_end:following.start] or not _WORD.search(text[following.start:following.end]):
        return None
    # the entry's other sentences, to the end of its line, date nothing of their own: an entry with
    # a clock time further on ("… located them at 19:40") tells its happenings by those
    line_end = text.find("\n", s_end)
    line_end = len(text) if line_end < 0 else line_end
    n = index + 1
    while n < len(sentences.sentences) and sentences.sentences[n].start < line_end:
        if dated.get(n):
            return None
        n += 1
    return following.end


def build_events(doc: Document, timexes: Sequence[Timex],
                 stage: Callable[[str], Callable[[int], None]] | None = None) -> list[Event]:
    """The events of ``doc`` told by its ``timexes``. ``stage(name)`` (a big document's progress,
    ``explorer.ingest.document_progress``) is told when the pass over the dates ("events") and the
    pass over the sentences for undated happenings, then the folding of retellings ("folds") begin;
    each returns a report of the offset its pass reached. Either may raise, to stop."""
    progress = stage("events") if stage is not None else None
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    events: list[Event] = []
    furniture = Furniture(doc.text)
    by_sentence: dict[int, list[Timex]] = {}  # the event dates of each sentence, for titles
    for t in timexes:
        if is_event_worthy(t):
            by_sentence.setdefault(sentences.index_at(t.start), []).append(t)
    for timex in timexes:
        if progress is not None:
            progress(timex.start)  # how far a big document is (explorer.ingest.document_progress); may raise to stop
        if not is_event_worthy(timex) or is_dateline(doc, timex, body_start):
            continue
        timex = last_paragraph_part(doc.text, timex)
        if furniture.why(timex.start, timex.end) or is_dated_thing(doc.text, timex) or is_quoted(doc.text, timex.start):
            continue
        if date_role(doc.text, timex.start, timex.end):
            continue  # a comparison's baseline, a promise's target, a cited source: no happening
        born = life_dates_owner(doc.text, timex)
        if born is not None:
            # "Margarethe Lind (4 February 1890 – 17 October 1967) was …": her birth, on the first day.
            timex = replace(timex.parts[0], anchor=None)
        sentence = sentences.at(timex.start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (timex.start, timex.end)
        s_end = max(s_end, timex.end)
        text = doc.text[s_start:s_end]
        entry_start = None
        if not _WORD.search(doc.text[s_start:timex.start]) and not _WORD.search(doc.text[timex.end:s_end]):
            entry_end = stamped_entry_end(doc.text, sentences, s_start, s_end, by_sentence)
            if entry_end is None:
                continue  # "Winter 2020." answering a question: a date on its own tells no happening
            s_end = entry_end  # "4 January, 14:20. A walker slipped on ice …": a log entry's stamp
            entry_start = sentences.sentences[sentences.index_at(s_start) + 1].start
            text = doc.text[s_start:s_end]
        # "The treasurer, who had joined the fund in 1994, resigned": the date is the joining's, told of
        # the noun its clause describes, not the main clause's
        relative = relative_telling(text, timex.start - s_start, timex.end - s_start) if entry_start is None and born is None else None
        anchor = timexes[timex.anchor] if timex.anchor is not None and 0 <= timex.anchor < len(timexes) else None
        anchor_id = event_id(doc, anchor) if anchor is not None else (
            document_key(doc) if timex.anchor == DOCUMENT_ANCHOR else None)
        events.append(
            Event(
                id=event_id(doc, timex),
                doc=doc.path,
                title=f"{born} is born" if born is not None else make_title(
                    relative[0], relative[1], relative[2], context=doc.text[max(0, s_start - TITLE_CONTEXT):s_start],
                    others=relative_others(relative, timex, by_sentence.get(sentences.index_at(timex.start), ())),
                ) if relative is not None else make_title(
                    doc.text[entry_start:s_end], 0, 0, context=doc.text[max(0, entry_start - TITLE_CONTEXT):entry_start],
                ) if entry_start is not None else make_title(
                    text, timex.start - s_start, timex.end - s_start, context=doc.text[max(0, s_start - TITLE_CONTEXT):s_start],
                    others=[(t.start - s_start, t.end - s_start) for t in by_sentence.get(sentences.index_at(timex.start), ())
                            if t is not timex and s_start <= t.start and t.end <= s_end],
                ),
                sentence=text,
                sentence_start=s_start,
                sentence_end=s_end,
                timex=timex.text,
                timex_start=timex.start,
                timex_end=timex.end,
                value=timex.value,
                type=timex.type,
                begin=timex.begin,
                end=timex.end_day if timex.begin is not None else None,
                certainty=timex.certainty if timex.begin is not None else "undated",
                mod=timex.mod,
                derivation=timex.derivation,
                anchor=anchor_id,
            )
        )
    folding = stage("folds") if stage is not None else None
    events = one_journey(drop_reports_beside_happenings(doc.text, events))
    told = [e for e in events if not _tells_no_happening(doc.text, e)]
    events = stamps_beside_their_dates(one_per_clause(retitle_joined_dates(doc.text, told)))
    events = fold_period_ends(doc.text, fold_lasting_until(doc.text, fold_restated_times(doc.text, events)))
    events = fold_dates_naming_happenings(doc.text, fold_announced_perfects(merge_repeats(add_undated_occurrences(doc, timexes, events, folding))))
    events = fold_vote_counts(doc.text, fold_unnamed_retellings(doc.text, fold_retellings(events, doc.date), doc.date))
    events = fold_results_retold(doc.text, fold_recap_lines(doc.text, fold_repeated_reports(doc.text, events)))
    events = fold_results_after_report(doc.text, events)
    if doc.date is None:  # an article with no date of its own: a history, whose opening summarises
        events = fold_summary_dates(events, _lede(doc.text, body_start))
    headline_end = _headlines_end(doc.text, body_start)
    if headline_end > 0:  # a headline or standfirst summarises the body ("decision due next year")
        events = fold_summary_dates(events, (0, headline_end))
    return with_document_date(doc, score_events(events))


def _tells_no_happening(text: str, e: Event) -> bool:
    """Whether a dated event's clause tells no happening: a non-happening, a tally, a comparison's
    baseline, a guess or gloss, how things stand today, a state or an absence (see ``modality``)."""
    before = text[e.sentence_start:e.timex_start]
    return (is_non_happening(e.title) or is_running_tally(e.title) or is_baseline(e.timex, e.title, before)
            or frames_no_happening(before)
            or tells_how_things_stand_now(e.sentence, e.timex_start - e.sentence_start, e.timex_end - e.sentence_start)
            or is_state(e.title, before if e.timex else "") or is_absence(e.title, before if e.timex else "")
            or _only_its_date(e))


#: Words a title may hold beside its date and still say nothing more ("On Saturday, December 15th").
_NO_MORE_WORDS = frozenset("on in at the of a an by from to and until".split())


def _only_its_date(e: Event) -> bool:
    """Whether a dated event's title is its date and nothing more ("Saturday, December 15th" from a
    date line over a page's fixtures, "Christmas Day" from a list): no one did anything."""
    if not e.timex:
        return False
    date_words = {w.lower() for w in re.findall(r"[\w’']+", e.timex)}
    return not [w for w in re.findall(r"[\w’']+", e.title) if w.lower() not in date_words | _NO_MORE_WORDS]

def _headlines_end(text: str, body_start: int) -> int:
    """Where the lines at the top that read as headlines end: lines above the body that do not end
    as a sentence does (a headline, a standfirst, a dateline). A line above the body that ends with a
    full stop is prose (short lines of a story whose first long line comes later), and ends them."""
    offset = 0
    while offset < body_start:
        end = text.find("\n", offset, body_start)
        end = body_start if end == -1 else end
        if text[offset:end].rstrip().endswith((".", "!", "?")):
            return offset
        offset = end + 1
    return body_start


def _lede(text: str, body_start: int) -> tuple[int, int]:
    """The opening paragraph of the body: from its first prose line to the end of that line."""
    end = text.find("\n", body_start)
    return body_start, len(text) if end == -1 else end


def _span_days(event: Event) -> float:
    if event.begin is None or event.end is None:
        return float("inf")
    return float((event.end - event.begin).days) if hasattr(event.end - event.begin, "days") else float(event.end - event.begin)


#: A time measured from another happening: "eight months after", "two days before".
_MEASURED_FROM = re.compile(r"(?i)\b(?:after|before)$")

#: Between two listed dates: a comma, "and", "or", and "and again in" ("in 2019 and again in 2021").
_LIST_JOINER = re.compile(r"^\s*(?:,|,?\s*and(?:\s+again(?:\s+in)?)?|,?\s*or|&)\s*$")


def _a_list_of_dates(events: Sequence[Event]) -> bool:
    """Whether two of the expressions follow each other with only a comma or "and" between them."""
    ordered = sorted(events, key=lambda e: e.timex_start)
    for a, b in zip(ordered, ordered[1:]):
        between = a.sentence[a.timex_end - a.sentence_start:b.timex_start - a.sentence_start]
        if _LIST_JOINER.match(between):
            return True
    return False


#: How often, told apart from the dates listed: "on at least four occasions", "several times", "twice",
#: "repeatedly", "again and again".
_HOW_OFTEN = re.compile(
    r"(?i)\b(?:(?:on\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|many|numerous|a\s+few|a\s+number\s+of|dozens\s+of)\s+(?:occasions|times)|twice|thrice|"
    r"repeatedly|again\s+and\s+again|more\s+than\s+once)\b")


def _counted_apart_from_dates(events: Sequence[Event]) -> bool:
    """Whether the clause before a list of years counts its acts by something other than the years
    ("reported wet ground on at least four occasions in 2022 and 2023", "went on strike twice in 2022
    and 2023"): the years then bound the acts without telling one apiece, and the event spans them
    (the written convention in ``tests/gold/README.md``). A list with no such count ("won the cup in
    2015 and 2017") is one act a year, as many events."""
    first = min(events, key=lambda e: e.timex_start)
    start, _ = _date_clause(first)
    told = first.sentence[max(start, 0):first.timex_start - first.sentence_start]
    return bool(_HOW_OFTEN.search(told))


def _consecutive_days(events: Sequence[Event]) -> list[int] | None:
    """Indexes of ``events`` (one sentence, one title) when they are all single days that follow one
    another ("on Saturday and Sunday", "on 2 and 3 May", "on 11, 12 and 13 June"): a happening told
    over the days it lasted, not a happening repeated. Months or years listed ("in July, August and
    September") are as many happenings, and so are days with a gap between them."""
    order = sorted(range(len(events)), key=lambda i: events[i].timex_start)
    days = []
    for i in order:
        e = events[i]
        if e.begin is None or e.end is None or e.begin != e.end or e.certainty == "undated":
            return None
        days.append(e.begin.toordinal())
    if any(b - a != 1 for a, b in zip(days, days[1:])):
        return None
    return order


def _date_clause(event: Event) -> tuple[int, int]:
    """The clause of the event's date in its sentence: two dates in two clauses ("secured a place on
    April 11 and beat the leaders on May 9") tell two happenings, whatever their titles say."""
    if not event.timex:
        return (-1, -1)
    start = event.timex_start - event.sentence_start
    return clause_bounds(event.sentence, start, start + len(event.timex))


def _names_a_thing(event: Event) -> bool:
    """Whether the event's date is a determiner's modifier ("the 1935 journey", "its 2019 report")."""
    at = event.timex_start - event.sentence_start
    return bool(event.timex) and names_by_date(event.sentence, replace(event, timex_start=at, timex_end=at + len(event.timex)))


#: A live blog's or a timeline's entry stamp: a time or a date opening its line, then a dash or a colon
#: ("18:41 — The ferry operator says all sailings this evening are cancelled").
_ENTRY_STAMP_AFTER = re.compile(r"^[ \t]*(?:—|–|--|-|:)[ \t]")


def _entry_stamp(event: Event) -> bool:
    """Whether the event's date is the stamp its line opens with."""
    if not event.timex:
        return False
    at = event.timex_start - event.sentence_start
    line_start = event.sentence.rfind("\n", 0, at) + 1
    return not event.sentence[line_start:at].strip() and bool(
        _ENTRY_STAMP_AFTER.match(event.sentence[at + len(event.timex):]))


def stamps_beside_their_dates(events: Sequence[Event]) -> list[Event]:
    """An entry stamp ("18:41 — …") when its entry's sentence dates the same clause's happening with a
    date of its own ("… all sailings this evening are cancelled") is when the entry was written, not a
    second happening: the stamp's event joins the dated one (named in its ``derivation``)."""
    out = list(events)
    drop: set[int] = set()
    # a twin is looked for among its own sentence's events only: a log of 20,000 stamped lines made
    # a scan of every event for every stamp quadratic
    stamped = [_entry_stamp(event) for event in events]
    of_sentence: dict[int, list[int]] = {}
    for j, event in enumerate(events):
        of_sentence.setdefault(event.sentence_start, []).append(j)
    for i, event in enumerate(events):
        if not stamped[i]:
            continue
        twin = next((j for j in of_sentence[event.sentence_start] if j != i and j not in drop and events[j].timex
                     and events[j].title == event.title and not stamped[j]), None)
        if twin is not None:
            out[twin] = replace(out[twin], derivation=f"{out[twin].derivation}; told under the entry stamp {event.timex}")
            drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


def one_per_clause(events: Sequence[Event]) -> list[Event]:
    """Several date expressions told of one happening ("go on sale at 9 a.m. on Tuesday 12 March and
    to the public a week later, on 19 March", "in the 2019-20 financial year") are one event: two
    events of one sentence whose titles come out the same are one happening, since each clause of a
    sentence is titled from itself. The most precise date is kept (the first of equally precise ones);
    the others are named in its ``derivation``. Dates listed one after another ("to Moscow in July,
    August and September 2015") are as many happenings, and stay apart, but for days that follow one
    another ("free travel on Saturday and Sunday"): one happening over the days it lasted."""
    groups: dict[tuple[int, str, tuple[int, int]], list[int]] = {}
    for n, event in enumerate(events):
        groups.setdefault((event.sentence_start, event.title, _date_clause(event)), []).append(n)
    drop: set[int] = set()
    keep_as: dict[int, Event] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # "rejected on Wednesday night, eight months after councillors turned down …": a time measured
        # from another happening dates the same happening again, and lists nothing
        if _a_list_of_dates([events[n] for n in members]) and not any(_MEASURED_FROM.search(events[n].timex) for n in members):
            run = _consecutive_days([events[n] for n in members])
            if run is None and _counted_apart_from_dates([events[n] for n in members]):
                run = sorted(range(len(members)), key=lambda i: events[members[i]].timex_start)
            if run is not None:  # "on Saturday and Sunday", "on 2 and 3 May": one happening, two days
                first = members[run[0]]
                last = events[members[run[-1]]]
                keep_as[first] = replace(events[first], end=last.end, derivation=(
                    f"{events[first].derivation}; through {last.timex}, "
                    f"{'the next day listed' if _consecutive_days([events[n] for n in members]) else 'the acts counted apart from the dates'}"))
                drop.update(members[i] for i in run[1:])
            continue
        # "After the ministry raised its offer on Monday, the union called off the strike on Wednesday":
        # the opening clause's date is its own happening's; the main clause keeps the other
        # (and "…, after talks broke down on 30 January"); a leading one without a verb of its own ("After
        # a week of talks in May, …") only gives way to the main clause's date
        own = {n: title for n in members if (title := after_clause_title(events[n])) is not None}
        if own and len(own) < len(members):
            for n, title in own.items():
                keep_as[n] = replace(events[n], title=title, derivation=f"{events[n].derivation}; told in an "
                                     "after- or before-clause of its own")
            members = [n for n in members if n not in own]
            if len(members) < 2:
                continue
        leading = [n for n in members if in_leading_clause(events[n])]
        # "Her account of the 1935 journey was published in 1937": a date naming a thing of the clause
        # ("the 1935 journey") gives way to the clause's own date
        best = min(members, key=lambda n: (n in leading, _names_a_thing(events[n]), _span_days(events[n]), n))
        others = [events[n].timex for n in members if n != best]
        keep_as[best] = replace(events[best], derivation=f"{events[best].derivation}; also dated by {', '.join(others)}")
        drop.update(n for n in members if n != best)
    return [keep_as.get(n, event) for n, event in enumerate(events) if n not in drop]


#: Between two clock times of one sentence: "and" and a verb of arriving or ending, the same subject
#: going on ("left at 8:30 and arrived a little after noon", "began at 10:00 and ended at 12:40").
_SAME_SUBJECT_GOES_ON = re.compile(
    r"^\s+and\s+(?:then\s+|later\s+|finally\s+)?(?:arrived|reached|landed|docked|pulled\s+in|got\s+(?:in|to|back)|returned|"
    r"ended|finished|stopped|closed|concluded|wound\s+up)\b"
)


def one_journey(events: Sequence[Event]) -> list[Event]:
    """Two clock times of one day told of one subject in one sentence, the second an arrival or an end
    ("The bus left at 8:30 and arrived a little after noon", "the hearing began at 10:00 and ended
    at 12:40"), are the stages of one happening (the trip, the hearing), not two: the first stays. Other pairs of times stay apart: "was shot at 10:57 and died at 10:58" are
    two happenings, and so are "issued on Sunday evening, was lifted at 06:00"."""
    out = list(events)
    drop: set[int] = set()
    for i in range(len(events) - 1):
        a, b = events[i], events[i + 1]
        if i in drop or a.sentence_start != b.sentence_start or a.type != "TIME" or b.type != "TIME":
            continue
        if a.begin is None or a.begin != b.begin or not a.timex or not b.timex or b.timex_start < a.timex_end:
            continue
        if not _SAME_SUBJECT_GOES_ON.match(a.sentence[a.timex_end - a.sentence_start:b.timex_start - a.sentence_start]):
            continue
        out[i] = replace(out[i], derivation=f"{out[i].derivation}; until {b.timex}, the same trip's next stage")
        drop.add(i + 1)
    return [e for n, e in enumerate(out) if n not in drop]


def with_document_date(doc: Document, events: list[Event]) -> list[Event]:
    """Stamp each event with its document's date and where that date came from."""
    when = doc.date.isoformat() if doc.date is not None else None
    source = "unknown" if doc.date is None or doc.date_source == "none" else doc.date_source
    return [replace(e, doc_date=when, doc_date_source=source) for e in events]  # type: ignore[arg-type]


#: Right after a passive's verb, the happening that did it: "were killed by a series of attacks".
_BY_WHAT = re.compile(r"\s+by\s+(?:a|an|the|two|three|several|\d)")

_OFFSET = re.compile(r"[+-] \d+(?:\.\d+)? \w+$")


def _counted_on(offset: re.Match[str] | None) -> bool:
    """Whether an expression's derivation counts a step on from its anchor ("two days later": "+ 2
    days"), and so may count from an undated happening told in between. "Later that month" ("+ 0
    months") and a named month or season only take their year or month from the anchor."""
    return offset is not None and float(offset.group().split()[1]) != 0


def _undated_event(doc: Document, sentence_start: int, sentence_end: int, found: Occurrence) -> Event:
    text = doc.text[sentence_start:sentence_end]
    trigger_start = found.trigger_start
    told = text
    if found.trigger.split()[0].lower() in ("was", "were", "has", "have", "had"):
        # A passive with no agent named: the title ends with it ("… hostages were released").
        told = text[: found.trigger_end - sentence_start]
    return Event(
        id=f"{document_key(doc)}#u{trigger_start}",
        doc=doc.path,
        title=occurrence_title(doc.text, found) or make_title(told, trigger_start - sentence_start, trigger_start - sentence_start),
        sentence=text,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        timex="",
        timex_start=trigger_start,
        timex_end=trigger_start,
        value="",
        type="DATE",
        begin=None,
        end=None,
        certainty="undated",
        derivation=f"no date in the text: a notable occurrence ({found.word})",
    )


def _joined_clause_events(doc: Document, sentence_start: int, sentence_end: int, dated: Sequence[Event],
                          told: list[tuple[int, int]], furniture: Furniture) -> list[Event]:
    """The happenings of a dated sentence told in a clause joined by "and" ("Reyn sacked the minister in
    November and ordered an inquiry", "…on April 2, and the opposition tabled a motion"): each takes the
    time of the dated event told before it in the sentence, as a reader does; one with a date of its own
    in its clause is that date's event already. ``told`` (the clauses that already gave a happening) is
    extended in place."""
    text = doc.text[sentence_start:sentence_end]
    found_events: list[Event] = []
    for found, title in iter_joined_clauses(doc.text, sentence_start, sentence_end):
        left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
        listed = _LISTED_AFTER_DATE.search(text, 0, found.trigger_start - sentence_start) is not None
        if listed:
            # "flew to the front on Tuesday, met her commanders and dismissed …": a listed act after a
            # dated one; the date before its comma is the act before it
            left = found.trigger_start - sentence_start
        cut = text.rfind(", ", left, found.trigger_start - sentence_start)
        if cut != -1 and (text.lstrip().startswith("When ") or text.startswith((", where ", ", when "), cut)):
            # the main clause after an opening "When" clause, or a "where" clause: the date before the
            # comma is the other clause's ("When the bank refused credit in July, an accountant found …")
            left = cut
            if any(title.split()[1:2] == e.title.split()[1:2] or title.lower()[:20] == e.title.lower()[:20] for e in dated
                   if e.sentence_start == sentence_start):
                continue  # the dated event is told from this clause already
        if furniture.why(found.trigger_start) or any(
                sentence_start + left <= e.timex_start and e.timex_end <= sentence_start + right for e in dated) or any(
                a <= found.trigger_start - sentence_start < b for a, b in told):
            continue
        earlier = [e for e in dated if e.timex_end <= found.trigger_start and e.begin is not None]
        if not earlier:
            continue  # "…, and the board approved it on 3 May": the date that follows is the clause's own
        source = earlier[-1]
        told.append((left, right))
        found_events.append(replace(
            _undated_event(doc, sentence_start, sentence_end, found), title=title, begin=source.begin, end=source.end,
            certainty="inferred", derivation=f"the time of {source.id}: told in a clause joined to it by 'and' ({found.word})"
                                             + (f"; {_LISTED_MARK} '{found.trigger}'" if listed else "")))
    return found_events


#: The derivation's mark of an act listed after a dated one, whose title the dated one must not run into.
_LISTED_MARK = "listed after its date as"


def _cut_listed_titles(events: list[Event]) -> list[Event]:
    """A dated event's title that runs into the act listed after its date ("Ilse Radan flies to the
    front, met her commanders") ends before that act, which is an event of its own."""
    cuts: dict[str, str] = {}
    for e in events:
        m = re.search(rf"the time of (\S+): .*; {_LISTED_MARK} '([^']+)'", e.derivation)
        if m:
            cuts.setdefault(m.group(1), m.group(2))
    if not cuts:
        return events
    out = []
    for e in events:
        verb = cuts.get(e.id)
        at = e.title.find(f", {verb}") if verb else -1
        out.append(replace(e, title=e.title[:at]) if at > 0 and len(e.title[:at].split()) >= 3 else e)
    return out


#: Between a dated clause and an occurrence's verb: "and" (perhaps "then", "later", "also") right
#: before the verb, and nothing that opens a clause of another kind (a relative, a report, a cause).
_AND_BEFORE_VERB = re.compile(r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+)?$")
_OTHER_CLAUSE_BETWEEN = re.compile(r"[;:—–()]|\b(?:who|which|that|when|where|while|said|says|told|after|before|because|"
                                   r"until|since|if|but)\b", re.IGNORECASE)


def _joined_to_dated(text: str, found: Occurrence, dated: Sequence[Event]) -> Event | None:
    """The dated event of a sentence whose clause an occurrence is joined to by "and" ("drained the
    marsh in 1402 and founded three farms"), or None when the occurrence stands in a clause of another
    kind or before every date of the sentence."""
    earlier = [e for e in dated if e.timex and e.begin is not None and e.timex_end <= found.trigger_start]
    if not earlier:
        return None
    between = text[earlier[-1].timex_end:found.trigger_start]
    if not _AND_BEFORE_VERB.search(between) or _OTHER_CLAUSE_BETWEEN.search(between):
        return None
    return earlier[-1]


#: Right before a listed verb: a date's last word and a comma ("… on Tuesday, met her commanders").
_LISTED_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year|later|earlier)),\s+$")
#: Prepositions that open a date's phrase ("in March 2025", "on 3 May").
_DATE_PREPOSITIONS = frozenset("in on at by during from".split())
#: What opens the clause after an act when it shares the act's subject: a bare past verb.
_BARE_VERB_NEXT = re.compile(r"\W*(?:(?:and|but|then)\s+)?(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\b")


def _opening_act_beside_date(doc: Document, sentence_start: int, sentence_end: int, dates: Sequence[tuple[int, int]],
                             dated: Sequence[Event], told: list[tuple[int, int]], furniture: Furniture) -> Event | None:
    """The happening of a dated sentence's opening clause when the date belongs to a later clause: "The
    opposition tabled a motion of no confidence, and on 4 December parliament passed it", "Malm withdrew
    the budget; the Greens left on 20 November". The opening subject and past verb acting on something
    (see :func:`plain_past_clause`) tell a happening of their own, told before the dated one; the
    neighbours' dates bound it, as for a plain act in an undated sentence. One whose clause holds a date
    is that date's event already, and so is one the dated event's title already tells. ``told`` is
    extended in place."""
    plain = plain_past_clause(doc.text, sentence_start, sentence_end)
    if plain is None:
        return None
    found, title = plain
    text = doc.text[sentence_start:sentence_end]
    left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
    if any(sentence_start + left <= a and b <= sentence_start + right for a, b in dates) or any(
            a < right and left < b for a, b in told) or any(a < sentence_start + right for a, _ in dates):
        return None  # a date in its clause or before its clause ends: the dated event tells it
    if _BARE_VERB_NEXT.match(text, right):
        return None  # "The board suspended him within days and dismissed him on 3 February": one subject's
        # acts, the dated one told last, which gold readers list as the one happening
    verb = present_of(found.trigger) or found.trigger
    if any(verb[:4].lower() in e.title.lower() for e in dated) or furniture.why(found.trigger_start, found.trigger_end) \
            or is_non_happening(title) or HABIT_WORDS.search(text, left, right):
        return None  # (nor a habit: "A presenter played the track every week for a month, and … in 1997")
    told.append((left, right))
    return replace(_undated_event(doc, sentence_start, sentence_end, found), title=title,
                   derivation=f"no date of its own: a past act told by its subject before a dated clause ({found.word})")


def _joined_undated(doc: Document, sentence_start: int, sentence_end: int, told: list[tuple[int, int]],
                    furniture: Furniture) -> list[Event]:
    """The happenings joined by "and" or listed with the happening of a sentence that has no date (see
    :func:`~explorer.events.occurrences.iter_joined_clauses`), outside the clauses that gave one already;
    ``told`` is extended in place."""
    text = doc.text[sentence_start:sentence_end]
    found_events = []
    for found, title in iter_joined_clauses(doc.text, sentence_start, sentence_end):
        at = found.trigger_start - sentence_start
        if any(a <= at < b for a, b in told) or furniture.why(found.trigger_start, found.trigger_end) or is_non_happening(title):
            continue
        # (its verb only: the clause of a listed act may run over the acts listed beside it, each a
        # happening of its own: "hired two apprentices, repainted the shop and donated …")
        told.append((at, found.trigger_end - sentence_start))
        found_events.append(replace(_undated_event(doc, sentence_start, sentence_end, found), title=title,
                                    derivation=f"no date in the text: an act joined to the sentence's happening ({found.word})"))
    return found_events


def _up_to_verb(clause: tuple[int, int], found: Occurrence, sentence_start: int) -> tuple[int, int]:
    """The part of a plain act's clause that tells it: from the clause's start to the act's verb. The
    acts listed after it with the same subject ("hired two apprentices, repainted the shop and donated
    …") are happenings of their own, which the whole clause would hide."""
    return clause[0], min(clause[1], found.trigger_end - sentence_start)


def _between_dated(i: int, dated: dict[int, list[tuple[int, int]]], paragraph: range) -> bool:
    """Whether sentence ``i`` is told between dated sentences: the story's time runs there, and a plain
    past act belongs to it. The dated sentences are the next ones on each side (within
    :data:`_PLAIN_PAST_WINDOW`), or a little further when both are in the act's own paragraph
    (``paragraph``: its sentences' indices), which tells one stretch of the story ("Hollin sent two
    porters back. When they came to the fork, Hollin chose the northern branch."). A background
    sentence with no date near it ("The company paid her parents £410") tells of no time a reader could
    place, and neither does one whose dates lie in other paragraphs."""
    if (any(i - k in dated for k in range(1, _PLAIN_PAST_WINDOW + 1))
            and any(i + k in dated for k in range(1, _PLAIN_PAST_WINDOW + 1))):
        return True
    return (any(i - k in dated and i - k in paragraph for k in range(1, _PARAGRAPH_WINDOW + 1))
            and any(i + k in dated and i + k in paragraph for k in range(1, _PARAGRAPH_WINDOW + 1)))


#: How far (in sentences) a dated sentence may be on each side of a plain past act told between them.
_PLAIN_PAST_WINDOW = 1
#: How far when the dated sentences on both sides are in the act's own paragraph.
_PARAGRAPH_WINDOW = 3


def _paragraph_of(sentences: SentenceIndex, text: str, i: int) -> range:
    """The indices of the sentences of sentence ``i``'s paragraph (a line of the text)."""
    start = text.rfind("\n", 0, sentences.sentences[i].start) + 1
    end = text.find("\n", sentences.sentences[i].end)
    end = len(text) if end == -1 else end
    first = sentences.index_at(start)
    last = sentences.index_at(max(start, end - 1))
    return range(first, last + 1)


def add_undated_occurrences(doc: Document, timexes: Sequence[Timex], events: list[Event],
                            progress: Callable[[int], None] | None = None) -> list[Event]:
    """Add undated events for notable occurrences in sentences with no date of their own, and re-hang
    relative expressions ("two weeks later") on such an occurrence when it is their nearest antecedent.
    ``progress(offset)``: told each sentence's start (most of a big document's time is here).
    """
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    # Where the events' own dates are: an occurrence in a clause of its own beside them is another
    # happening ("…, in Khamenei's ban on talks, and Rohani said on October 7, 2015"), one in their
    # clause is theirs.
    dated: dict[int, list[tuple[int, int]]] = {}
    dated_events: dict[int, list[Event]] = {}
    for event in events:
        if event.timex:
            dated.setdefault(sentences.index_at(event.timex_start), []).append((event.timex_start, event.timex_end))
            dated_events.setdefault(sentences.index_at(event.timex_start), []).append(event)
    furniture = Furniture(doc.text)
    # a measure's change dated by a period ("Steel prices fell 8 percent over the quarter"): a statistic,
    # its date dropped as a trend; the change is no undated happening either
    trends = [(t.start, t.end) for t in timexes if date_role(doc.text, t.start, t.end) == "trend"]
    # a history told by years: its undated happenings after a date are told at the story's current time
    history = is_history(doc.date, events)
    paragraph_of = story_paragraphs(doc.text, sentences) if history else []
    occurrences: list[Event] = []
    # plain past acts ("The board hired a firm"): kept only where the neighbours bound them, and no
    # anchor for a relative expression (a yearless "At the end of May" after one keeps its own date)
    plain_acts: list[Event] = []
    # plain acts told where no date is near: kept undated when the neighbours cannot bound them
    loose_acts: list[Event] = []
    joined: list[Event] = []  # dated by the clause they are joined to: no relative expression hangs on them
    # told in a clause of a dated sentence ("… on 3 April, after a farewell dinner"): ordered against
    # that sentence's main clause, and no anchor for its date ("3 April" follows the story, not them)
    clause_acts: list[Event] = []

    def _plain_act(plain, start: int, end: int, read: list[tuple[int, int]], why: str):
        """``(event, clause)`` of a past act told by its subject, unless its clause already gave an
        occurrence (``read``), it stands in furniture, or its title tells no happening."""
        found, title = plain
        at = clause_bounds(doc.text[start:end], found.trigger_start - start, found.trigger_end - start)
        if any(a < at[1] and at[0] < b for a, b in read) or furniture.why(found.trigger_start, found.trigger_end) \
                or is_non_happening(title):
            return None
        event = replace(_undated_event(doc, start, end, found), title=title,
                        derivation=f"no date in the text: {why} ({found.word})")
        return event, at

    for i, sentence in enumerate(sentences.sentences):
        if progress is not None:
            progress(sentence.start)
        if sentence.start < body_start:
            continue
        text = doc.text[sentence.start:sentence.end]
        told: list[tuple[int, int]] = []  # the clauses that gave an occurrence: one happening each
        read: list[tuple[int, int]] = []  # the clauses of the occurrences read in it (kept or dropped below)
        for found in iter_occurrences(doc.text, sentence.start, sentence.end):
            left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
            read.append((left, right))
            if furniture.why(found.trigger_start, found.trigger_end):
                continue
            if i in dated and any(sentence.start + left <= a and b <= sentence.start + right for a, b in dated[i]):
                continue
            if any(a < right and left < b for a, b in told):
                continue
            if any(sentence.start + left <= a and b <= sentence.start + right for a, b in trends):
                continue
            occurrence = _undated_event(doc, sentence.start, sentence.end, found)
            if found.trigger.lower() in occurrence.title.lower() and is_non_happening(occurrence.title):
                # "Truces have usually collapsed": a habit, a possibility or a denial, as for a dated one
                # (only when the title tells the occurrence's own clause, not an opening one before it)
                continue
            if frames_no_happening(doc.text[sentence.start:found.trigger_start]):
                # "… but I speculated that perhaps he had been sentenced": a guess at a happening, not one told
                continue
            if is_failure_to_act(occurrence.title):
                # "The regulator failed to enforce the law": with no date, a finding about someone, not
                # a happening ("The first round of talks failed to yield results" stays)
                continue
            if (is_count_tally(occurrence.title) or is_running_tally(occurrence.title)) and not _BY_WHAT.match(doc.text, found.trigger_end):
                # "At least 41 people have died": with no date of its own, a tally of a happening told
                # elsewhere ("800 civilians were killed by a series of bomb attacks" names its happening)
                continue
            mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated.get(i, ()))
            if mark is not None:  # "… on 3 June after the roof collapsed": ordered against the main clause
                occurrence = replace(occurrence, derivation=f"{occurrence.derivation}; {mark}")
            elif i in dated and (source := _joined_to_dated(doc.text, found, dated_events[i])) is not None:
                # "The abbot drained the marsh in 1402 and founded three farms": the second verb of the
                # subject shares the time of the dated clause it is joined to, as a joined clause does
                joined.append(replace(occurrence, begin=source.begin, end=source.end, certainty="inferred",
                                      derivation=f"the time of {source.id}: told in a clause joined to it by 'and' ({found.word})"))
                told.append((left, right))
                continue
            occurrences.append(occurrence)
            told.append((left, right))
        story_time = i not in dated and (_between_dated(i, dated, _paragraph_of(sentences, doc.text, i)) or (
            history and told_after_a_date(i, dated.keys(), paragraph_of)))
        if story_time and (plain := plain_past_clause(doc.text, sentence.start, sentence.end)):
            # "The board hired a forensic accounting firm": an undated happening told by its subject and a
            # past verb acting on something; the neighbours' dates bound it below, as for an occurrence
            # (beside an occurrence read in another clause too: "Elsen formed an alliance, and their army
            # invaded the kingdom"; not in the clause of one read, kept or dropped)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                plain_acts.append(act[0])
                told.append(_up_to_verb(act[1], plain[0], sentence.start))
        if history and not story_time and not told and i not in dated and names_a_battle(text) and (
                plain := plain_past_clause(doc.text, sentence.start, sentence.end)):
            # "Tarrant defeated the rebels at the Battle of the Reeds": a history's named battle is a
            # happening a reader lists wherever it is told; kept undated when no date is near
            act = _plain_act(plain, sentence.start, sentence.end, read, "an act at a named battle")
            if act is not None:
                occurrences.append(act[0])
                told.append(act[1])
        loose = False  # whether the sentence's act was told where no date is near
        if i not in dated and not story_time and not told and (plain := plain_past_clause(doc.text, sentence.start, sentence.end)):
            # "The parish council bought the old forge" with no dated sentence beside it: a
            # plain act told by its subject is a happening a reader lists wherever it stands; where the
            # neighbours cannot bound it, it is kept undated (a history's background sentences fall to
            # the same filters as any act: furniture, a title that tells no happening)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                loose_acts.append(act[0])
                told.append(_up_to_verb(act[1], plain[0], sentence.start))
                loose = True
        if i not in dated and (told or story_time):
            # "Callder moved to the mainland, married a teacher and opened a chandlery": the other acts of
            # an undated sentence's happening, joined to it by "and" or listed with it, are happenings
            # of their own at the same story time; the neighbours' dates bound them, as for a plain act
            # (so is a clause of its own in a sentence of the story's time whose first clause tells none:
            # "The players agreed to defer their wages, and the supporters raised £40,000")
            # (beside a loose act, kept undated as it is)
            (loose_acts if loose else plain_acts).extend(_joined_undated(doc, sentence.start, sentence.end, told, furniture))
        if i in dated and (act := _opening_act_beside_date(doc, sentence.start, sentence.end, dated[i],
                                                          dated_events[i], told, furniture)) is not None:
            plain_acts.append(act)  # "The opposition tabled a motion, and on 4 December parliament passed it"
        if i in dated:  # "the committee asked for more data in March 2022 after three patients developed jaundice"
            for found, title in iter_after_clauses(doc.text, sentence.start, sentence.end):
                left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
                # "was arrested in March 2023, two days after he announced his candidacy": the date before
                # the "after" is the main clause's, told before the clause's own happening
                left = max(left, *(text.lower().rfind(w, left, found.trigger_start - sentence.start) for w in (" after ", " before ")))
                comma = text.find(", ")
                if text.lstrip().startswith(("After ", "Before ")) and 0 < found.trigger_start - sentence.start < comma < right:
                    right = comma  # "After the floods destroyed the bridge, the army built … on 12 May": the opening clause ends there
                inside = [e for e in dated_events[i] if sentence.start + left <= e.timex_start and e.timex_end <= sentence.start + right]
                if inside and right == comma and not furniture.why(found.trigger_start) and not any(
                        (present_of(found.trigger) or found.trigger)[:4].lower() in e.title.lower() for e in dated_events[i]):
                    # "After the company repaid its loan in March 2025, Harth bought the shares": the date is
                    # the opening clause's, whose happening the dated event (titled from the main clause)
                    # does not tell; it is an event of its own at that date
                    told.append((left, right))
                    words = doc.text[sentence.start:inside[0].timex_start].split()
                    date_word = inside[0].timex.split()[0]
                    marker = f" {words[-1]} {date_word}" if words and words[-1].lower() in _DATE_PREPOSITIONS else f" {date_word}"
                    if title.find(marker) > 0:  # "The company repays its bank loan in March": the date is no part of it
                        title = title[:title.find(marker)]
                    joined.append(replace(_undated_event(doc, sentence.start, sentence.end, found), title=title,
                                          begin=inside[0].begin, end=inside[0].end, certainty="inferred",
                                          derivation=f"dated in its own opening clause by {inside[0].id} ({found.word})"))
                    continue
                if furniture.why(found.trigger_start) or inside or any(
                        a <= found.trigger_start - sentence.start < b for a, b in told):
                    continue
                told.append((left, right))
                # "… on 3 June after a flood destroyed …" / "… before the builders started …": the clause's
                # word orders its happening against the main clause's date (see clause_order)
                # (a counted or named subject joined by "and" or "but" is a clause of its own, not ordered)
                mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated[i]) or "told in a clause of its own"
                clause_acts.append(replace(_undated_event(doc, sentence.start, sentence.end, found), title=title,
                                           derivation=f"no date of its own: {mark} ({found.word})"))
            joined.extend(_joined_clause_events(doc, sentence.start, sentence.end, dated_events[i], told, furniture))
        elif told and text.lstrip().startswith("After "):
            # "After engineers had laid a pontoon bridge, two battalions crossed the river": the opening
            # clause of an undated sentence whose main clause told a happening tells one of its own, before
            # it; the neighbours bound it as they bound the main clause's
            comma = text.find(", ")
            for found, title in iter_after_clauses(doc.text, sentence.start, sentence.end):
                at = found.trigger_start - sentence.start
                if not 0 < at < comma or furniture.why(found.trigger_start) or any(
                        o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                    continue
                told.append((0, comma))
                (loose_acts if loose else plain_acts).append(replace(
                    _undated_event(doc, sentence.start, sentence.end, found), title=title,
                    derivation=f"no date in the text: told in an opening 'after' clause ({found.word})"))
    if joined:
        events = _cut_listed_titles(sorted(events + joined, key=lambda e: (e.sentence_start, e.timex_start)))
    if not occurrences and not plain_acts and not clause_acts and not loose_acts:
        return events
    occurrences.sort(key=lambda o: o.timex_start)  # in text order: the look-up below bisects them
    rehung: list[Event] = []
    at_offset = {t.start: t for t in reversed(timexes)}  # the first expression at each offset
    told_at = [o.timex_start for o in occurrences]  # in text order: one per sentence, sentences in order
    for event in events:
        timex = at_offset.get(event.timex_start)
        if timex is None or timex.anchor is None or timex.anchor == DOCUMENT_ANCHOR:
            rehung.append(event)
            continue
        # the last occurrence between the anchor and the expression (by bisection: a scan of every
        # occurrence for each event was quadratic in a long text)
        last = bisect.bisect_left(told_at, timex.start) - 1
        offset = _OFFSET.search(event.derivation)
        if last < 0 or told_at[last] < timexes[timex.anchor].end or not _counted_on(offset):
            # a month or a season named outright ("driven back by late March", "that autumn") took only
            # its year from the anchor: it keeps its date whatever happening is told in between
            rehung.append(event)
            continue
        nearest = occurrences[last]
        rehung.append(
            replace(
                event,
                begin=None,
                end=None,
                certainty="undated",
                anchor=nearest.id,
                derivation=f"anchored on undated event {nearest.id}" + (f" {offset.group()}" if offset else ""),
            )
        )
    # Only events within the window can bound an occurrence: look them up by sentence, not by a scan.
    by_sentence: dict[int, list[tuple[int, Event]]] = {}
    for n, event in enumerate(rehung):
        by_sentence.setdefault(sentences.index_at(event.sentence_start), []).append((n, event))

    def nearby(o: Event) -> list[Event]:
        here = sentences.index_at(o.sentence_start)
        found = [item for i in range(here - NEIGHBOUR_WINDOW, here + NEIGHBOUR_WINDOW + 1) for item in by_sentence.get(i, ())]
        return [event for _, event in sorted(found, key=lambda item: item[0])]

    def bound(o: Event) -> Event:
        if history and bound_by_main_clause(o, nearby(o), sentences) is None:
            # a history's current time is the last date told; a date further on may be years later
            carried = carry_story_time(o, rehung, sentences, paragraph_of)
            if carried.begin is not None:
                return carried
        return bound_by_neighbours(o, nearby(o), sentences)

    occurrences = [bound(o) for o in occurrences + clause_acts]
    # a plain act the neighbours cannot bound (the text jumps back there) has no story time to be told in
    occurrences += [p for p in (bound(o) for o in plain_acts) if p.begin is not None]
    occurrences += [bound(o) for o in loose_acts]
    return sorted(rehung + occurrences, key=lambda e: (e.sentence_start, e.timex_start))


#: How far (in sentences) a dated neighbour may be to bound an undated occurrence.
NEIGHBOUR_WINDOW = 3

#: A neighbour dated by a span longer than this (in days) cannot bound an occurrence.
_BOUND_SPAN_DAYS = 366


def _spans_years(event: Event) -> bool:
    """Whether the event is dated only by a span of years ("the late 1970s", "the 1990s", "1976-1996").

    Such a date is background, not the story's current time: bounding the next undated occurrence by
    it dated "At the time Howes was captured" (told between "the late 1970s" and "mid-1996") to twenty
    years.
    """
    assert event.begin is not None
    return event.end is not None and event.end.toordinal() - event.begin.toordinal() > _BOUND_SPAN_DAYS


def bound_by_neighbours(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex) -> Event:
    """Between the nearest dated events before and after it, when the narrative there runs forward.

    Only close neighbours count, and only when the earlier one does not start after the later one
    ends: a text that jumps back in time gives no honest bound, and the occurrence stays undated.
    A happening told in an "after" or "before" clause is ordered against its main clause instead.
    """
    ordered = bound_by_main_clause(occurrence, events, sentences)
    if ordered is not None:
        return ordered
    here = sentences.index_at(occurrence.sentence_start)
    dated = [e for e in events if e.begin is not None and e.certainty != "undated"]
    before = [e for e in dated if 0 <= here - sentences.index_at(e.sentence_start) <= NEIGHBOUR_WINDOW and e.timex_start < occurrence.timex_start]
    after = [e for e in dated if 0 <= sentences.index_at(e.sentence_start) - here <= NEIGHBOUR_WINDOW and e.timex_start > occurrence.timex_start]
    if not before or not after:
        return occurrence
    first, last = before[-1], after[0]
    assert first.begin is not None and last.end is not None
    if first.begin > last.end or _spans_years(first) or _spans_years(last):
        return occurrence
    return replace(
        occurrence,
        begin=first.begin,
        end=last.end,
        certainty="inferred",
        derivation=f"{occurrence.derivation}; bounded by neighbours {first.id} and {last.id}",
    )
