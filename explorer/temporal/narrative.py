"""News or narrative, decided per passage, and which explicit dates set the story's current time.

In news a yearless "December 7" or "Monday" is read against the day the article was written; in a
narrative (a history, a biography, a long look back) against the story's current time, the last
explicitly dated point. A document can hold both: a history that ends with "today, veterans meet
every year", a news story with a background paragraph. So the choice is made per passage (a
section, or a paragraph that says clearly which it is) and never from deictic words ("yesterday",
"last week") that only appear inside quoted speech.

Not every explicit date moves the story: a year in a citation or a parenthesis, "since 1990", a
birth year, a quoted date, a plan ("a campaign planned for 1976") or a relative clause about
something else is incidental, and one such year must not drag every later yearless date with it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand
from explorer.temporal.per_text import memo

_QUOTED = re.compile(r'"[^"\n]{1,600}"|“[^”\n]{1,600}”|«[^»\n]{1,600}»')
# A heading: a short line without the punctuation that ends a sentence.
_HEADING = re.compile(r"(?m)^[^\S\n]*[^\n.!?:;,]{1,80}[^\S\n]*$")
# What makes an explicit date incidental to the story, said just before it in its clause.
_INCIDENTAL_BEFORE = re.compile(
    r"(?i)\b(?:since|until|till|born|b\.|d\.|founded|established|built|published|printed|"
    r"found|discovered|excavated|dated|declassified|released|revealed|written|recorded|planned|scheduled|expected|intended|hoped|due|slated|"
    r"would|will|shall|later\s+(?:in|on)|as\s+of|copyright|retrieved|accessed|edition)\b[^,;.]*$")
# A masthead's founding date ("Est. May 19, 1883", "Founded 12 April 1902", "Serving readers since
# 3 March 1901"): the paper's, not the page's, and no time its stories are told at.
FOUNDED_CUE = re.compile(r"(?i)\b(?:est\.?|estd\.?|established|founded|since|incorporated|chartered|"
                         r"first\s+(?:printed|published|issued)\s+(?:on|in))[\s:|]*(?:on\s+|in\s+)?$")
_MASTHEAD_LINE = 80
# "has run the mill since 1989", "ever since 2004": the start of a state that lasts until the
# writer's now, no point a story stands at
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+(?:start|end|beginning|spring|summer|autumn|fall|winter)\s+of\s+)?$")
_RELATIVE_CLAUSE = re.compile(r"(?i)(?:,|\b(?:which|who|whom|whose)\b)[^,;]*\b(?:which|who|whom|whose)\b[^,;]*$")
#: a season, part of day, unit of time, month or weekday: after "that" it is a time ("drafted a bill that winter and
#: introduced it on 6 February 2019"), not a relative clause
_TIME_WORD = r"(?:(?:" + "|".join(sorted({*lx.SEASONS, *lx.PARTS_OF_DAY, *lx.UNITS})) + r")s?|" \
    + lx.MONTH_NAMES + "|" + lx.WEEKDAY_NAMES + r")\b"
# "ending a drought that began in 2011", "the mill that opened in 1889": a relative "that" after a
# noun (not after a verb of saying or knowing, where "that" opens what was said) and a past verb
_THAT_CLAUSE = re.compile(
    r"(?i)\b(?!(?:said|says|say|announced|reported|believed|thought|claimed|noted|added|stated|argued|"
    r"insisted|knew|know|felt|found|learned|showed|shows|revealed|warned|agreed|decided|ruled|hoped|expected|"
    r"so|such|now|and|but|or)\b)[a-z]{3,}\s+that\s+(?!(?:same\s+)?" + _TIME_WORD + r")(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|began|came|went|took|made|"
    r"won|lost|fell|rose|broke|ran|grew|built)\b[^,;]*$")
#: a participle phrase set off by commas after its noun, up to the date ("The oldest bell, cast in 1611,", "the
#: hall, rebuilt after a fire in 1868,"), and the comma that closes it before the clause's own verb: the date
#: is the noun's, whatever the participle (a making verb or not); read by ``story_time`` too ("the fund, set
#: up in 1996 by doctors," names no year for a day told after it)
APPOSED_PARTICIPLE = re.compile(
    rf"(?i),\s*(?:first\s+|originally\s+|later\s+|probably\s+|possibly\s+)?(?:[a-z]{{2,}}ed|(?:re)?{lx.IRREGULAR_PARTICIPLE})"
    r"(?:\s+(?:up|down|out|off|back))?\b[^,;.()]{0,50}\b(?:in|on|during|around|about|by|c\.)\s+$")
_ASIDE_CLOSES = re.compile(
    r"[^,;.()\n]{0,25},\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+)?(?:was|were|is|are|has|have|had|will|would|"
    rf"could|can|[a-z]{{2,}}ed|{lx.IRREGULAR_PARTICIPLE})\b")
# "This followed the general election in December 2005": the date of what came before the story's time.
_FOLLOWED = re.compile(r"(?i)\b(?:this|that|it|which)\s+(?:\w+ly\s+)?(?:followed|came\s+after)\s+(?!(?:in|on|at|during|by|from)\b)[^,;.]*$")
# "surpassing the May 2007 high", "below the 2004 peak": a date naming a level to compare with.
_MEASURE_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:highs?|lows?|peaks?|records?|levels?)\b")
#: a year the clause sets something against or draws a figure from, not the time it tells: a
#: comparison ("smaller than the 2011 team", "compared with 2022", "unlike 2019") or a source cited
#: ("according to a 2003 survey", "citing a 1998 study"); the words may stand a few words before it
#: "As in 1614, the orders sat apart", "as they had in 451 BC": the earlier time a history likens its
#: story to, no time the story goes back to
_COMPARED_OR_CITED = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike|versus|vs\.|"
    r"according\s+to|citing|quoting|as\s+in|as\s+(?:[\w'’-]+\s+){1,2}(?:had|did))\s+(?:[\w'’-]+\s+){0,3}$")
#: a figure's baseline said before the date, however far the measure runs: "down from 38 per cent at the
#: last election in", "up from £2.1m in" (the level the figure is set against, not the story's time)
_BASELINE_BEFORE = re.compile(
    r"(?i)^(?:[^;:.]*?\b(?:is|are|was|were|been|stood|ended|closed)\s+)?\s*(?:up|down)\s+from\b"
    r"(?:[^;:.]|(?<=\d)\.(?=\d)){0,70}$")
#: a year that modifies a possessed noun: "the band's 2011 debut single", "their 2023 tour", "its 1998
#: report" (the thing's date, not a time the text is at)
_POSSESSOR_BEFORE = re.compile(r"(?i)(?:\w['’]s?|\b(?:its|their|his|her|our|my|your))\s+$")
_MODIFIED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|of|in|on|at|for|the|a|an|was|were|is|are|had|has|when)\b)[a-z]{3,}\b")
#: a past perfect up to the date: "had been besieged in", "had last been used in", "had first met at
#: Osnabrück on", "had not met since"; also with the date set off after it ("had been besieged once
#: before, in 1422")
_FLASHBACK = re.compile(
    r"(?i)\bhad\s+(?:(?:\w+ly|not|never|first|last|once|twice|long|just|already|also|still|even|ever|only)\s+){0,2}"
    r"(?:been\s+)?\w+(?:ed|en|wn|ht|ng|ost|ade|eft|ook|ung|ame|ome|rn|nt|ld|un|on|it|et)\b[^,;.]*(?:,\s*(?:in|on|during)\s+)?$")


#: a bound right before a date: "until March 1646", "till 2015"
_UNTIL_THEN = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")
#: a bound a few words before a year: "until 1410", "until his death in 1862", "until the end of the war in 1945"
_UNTIL_A_STATE_ENDS = re.compile(r"(?i)\b(?:until|till)\s+(?:[\w'’-]+\s+){0,6}$")
#: a past act denied until a time: "did not go back to Saro until 2004", "was not found until 3 May",
#: "never spoke of it until 1990" tell that the act happened then
_NOT_UNTIL = re.compile(r"(?i)\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|never)\s"
                        r"[^,;:]*\b(?:until|till)\s+(?:[\w'’-]+\s+){0,6}$")
#: ... then a clause telling what happened at that bound: "until 2015, when inspectors found cracks".
#: WHY: the when-clause tells the happening that ended the state, so the story reaches the bound's
#: date; a bare until-date ("valid until 2028") stays no anchor
_WHEN_AFTER = re.compile(r",?[ \t]+when\b")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted speech and titles, in text order."""
    return list(_quoted_spans(text))


@memo()
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    # found once per text: dating a document, telling its passages apart and tagging it all ask
    return tuple((m.start(), m.end()) for m in _QUOTED.finditer(text))


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _is_year_date(c: Cand) -> bool:
    return c.kind == "abs" and c.spec is not None and c.spec.gran not in ("DE", "CE") and (
        c.spec.year is not None)


def _is_deictic(c: Cand) -> bool:
    """An expression whose meaning is the writer's now: "yesterday", "last week", "on Tuesday"."""
    if c.kind == "dct":
        return not (c.type == "TIME" and not c.n)  # a clock time is on the story's day as well
    return c.kind == "under" and c.spec is not None and c.spec.weekday is not None and c.spec.month is None


@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    narrative: bool


def _sections(text: str) -> list[tuple[int, int]]:
    """Sections between headings; the whole text when it has none."""
    cuts = [0]
    for m in _HEADING.finditer(text):
        if m.start() > 0 and text[m.start() - 1:m.start()] == "\n" and len(m.group(0).split()) <= 10:
            cuts.append(m.start())
    cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


#: how many explicit years a dated text with little deictic (a tenth of its years at most) names to be
#: a history whatever its years: a recent war's history names its last two years most ("in March
#: 2008 ... by December 2009"), which a story told after them would not
_HISTORY_YEARS = 30


def _verdict(years: list[int], deictic: int, dct: date | None, dct_known: bool) -> bool | None:
    """True (narrative), False (news) or None (too little to say) for one stretch of text."""
    if not years:
        return None if deictic == 0 else False
    if deictic > max(2, len(years) // 10):
        return False
    if dct is not None and dct_known:
        # a history is told after its years (two calendar years or more: a recent war's history
        # too); a news story about the past still says when it is told, so with few years one
        # deictic expression is enough to read it as news
        old = sum(1 for y in years if y < dct.year - 1)
        if len(years) < 3:
            return None
        if len(years) >= _HISTORY_YEARS:
            return True  # dozens of years told, with hardly a "Monday": a history, however recent its war
        return old >= 0.75 * len(years) and (len(years) >= 8 or deictic == 0)
    # no document date we can trust: dated points with little deictic outside quotes tell a story
    if len(years) >= 3 and deictic <= max(2, len(years) // 10):
        return True
    return None if deictic == 0 else False


#: the writer's own future: "will travel", "won't be rebuilt" (also read by ``story_time``)
WRITERS_FUTURE = re.compile(r"\b(?:will|won't|shall)\s+(?:not\s+|also\s+|then\s+|now\s+)?(?:be\s+)?[a-z]{3,}")
#: what an agreement, a law or a rule lays down ("It establishes that U.S. forces will withdraw by June",
#: "the treaty provides that either party shall"): a term told in any year, no future of the writer's
#: own. Not a condition: "If the cuts go ahead, nurses will have to walk" is the writer's own future
_TERMS_BEFORE = re.compile(
    r"(?i)\b(?:establish|stipulat|provid|specif|requir|mandat|guarante|lay|lai|set)(?:e|es|ed|ing|ies|ied|s|d)?"
    r"\s+(?:out\s+|down\s+)?that\b[^;:!?]*$")
#: where a sentence ends and the next begins: a word's last letters, a full stop and a capital ("U.S.
#: forces" runs on), or a line break
_SENTENCE_BREAK = re.compile(r"[a-z0-9)]{2}[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\n")


def terms_laid_down(text: str, pos: int) -> bool:
    """Whether the "will" at ``pos`` is in a term laid down (a clause after "establishes that",
    "provides that"), not the writer's own future."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 400), pos)), default=max(0, pos - 400))
    return _TERMS_BEFORE.search(text, start, pos) is not None


def passages(text: str, cands: list[Cand], dct: date | None, dct_known: bool) -> list[Passage]:
    """The text cut into sections, each marked narrative or news.

    A section too short to judge follows the document as a whole; the document with no date at all
    is a narrative unless it speaks deictically (there is nothing else to read "Monday" against)."""
    quotes = quoted_spans(text)
    qstarts = [a for a, _ in quotes]
    spans = _sections(text)
    stats: list[tuple[list[int], int]] = [([], 0) for _ in spans]
    loose = [0 for _ in spans]  # day-and-month dates without a year, per section
    starts = [a for a, _ in spans]
    for c in cands:
        if _inside(quotes, qstarts, c.start) or c.rel == "short_year":
            continue  # a three-digit year counts only once the passage is known to be a story
        i = max(0, bisect.bisect_right(starts, c.start) - 1)
        years, deictic = stats[i]
        if c.kind == "under" and c.spec is not None and c.spec.month and c.spec.day and c.spec.year is None:
            loose[i] += 1
        for part in (c.parts or [c]):
            if _is_year_date(part):
                assert part.spec is not None and part.spec.year is not None
                years.append(part.spec.year if not part.spec.bc else -part.spec.year)
        if _is_deictic(c):
            stats[i] = (years, deictic + 1)
    if dct_known:
        # the writer's own future ("the show will travel to Lyon") is told from the document's date:
        # a dated article that looks ahead is news, however many old years its background names
        for m in WRITERS_FUTURE.finditer(text):
            if not _inside(quotes, qstarts, m.start()) and not terms_laid_down(text, m.start()):
                i = max(0, bisect.bisect_right(starts, m.start()) - 1)
                stats[i] = (stats[i][0], stats[i][1] + 1)
    all_years = [y for ys, _ in stats for y in ys]
    overall = _verdict(all_years, sum(d for _, d in stats), dct, dct_known)
    if overall is None:
        overall = dct is None or not dct_known and not any(d for _, d in stats) and len(all_years) >= 3
    out = []
    for (a, b), (years, deictic), days in zip(spans, stats, loose):
        here = overall
        if overall and deictic >= 3 and deictic > len(years) // 5:
            here = False  # "Today, veterans ...": a clearly deictic section of a history
        elif not overall and len(years) >= 3 and _verdict(years, deictic, dct, dct_known):
            here = True  # a background section of a news story, told with its own years
        elif not overall and _past_account(a, years, deictic, days, dct, dct_known):
            here = True
        out.append(Passage(a, b, here))
    return out


def _past_account(start: int, years: list[int], deictic: int, days: int, dct: date | None, dct_known: bool) -> bool:
    """A headed section of a dated text ("Background" in a judgment, "What happened" in a report)
    that states a year before the document's and then tells its days without years, with nothing
    deictic: an account of past events in order, whose "on 8 November" follows the account's year
    ("In the autumn of 2023 ... on 14 September ... On 8 November ..."), not the document's."""
    if start == 0 or not dct_known or dct is None or deictic or not years or days < 3:
        return False
    return max(years) < dct.year


def narrative_at(parts: list[Passage], pos: int) -> bool:
    # searched in place: a list of the starts made for each expression was quadratic in a text of
    # many short lines (100,000 lines: 50,000 passages, 4,000 expressions, most of its 14 s)
    i = bisect.bisect_right(parts, pos, key=_start) - 1
    return parts[max(0, i)].narrative if parts else False


def _start(passage: Passage) -> int:
    return passage.start


_PROSPECTIVE = re.compile(
    r"(?i)\b(?:planned|scheduled|expected|intended|hoped|due|slated|would|will|shall)\b[^,;.]*$")


def is_prospective(text: str, sentence_start: int, c: Cand) -> bool:
    """A date the clause looks ahead to ("a campaign planned for 1976"): not something reported."""
    return bool(_PROSPECTIVE.search(text[max(sentence_start, c.start - 80):c.start]))


# a comparison reaches the date only while its phrase runs on: "since 2018, took over in August"
# closed the "since" with its own year and a comma, and the date after it is the story's again
_LOOKS_BACK = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|than\s+(?:in\s+)?|prior\s+to|since)\b(?![^.;:]*\b\d{3,4}\b[^.;:]*,)[^.;:]{0,40}$")


def looks_back(text: str, sentence_start: int, c: Cand) -> bool:
    """The clause before a yearless date looks back from the story's time: a past perfect ("who
    had spent the spring organising") or a comparison ("compared to the carnage of November")."""
    before = text[max(sentence_start, c.start - 80):c.start]
    clause = re.split(r"[;:—–]|\s-\s", before)[-1]
    if re.search(r"(?i)\b(?:by|until|till)\s+(?:the\s+)?$", clause):
        return False  # "had been repulsed by January": where the story got to, not behind it
    return bool(_FLASHBACK.search(clause) or _LOOKS_BACK.search(clause))


def opens_no_story(text: str, c: Cand) -> bool:
    """The text's first dated expression that sets no story time: a masthead's or footer's founding
    date on a short line of its own, no sentence ("Est. May 19, 1883"), or the start of a state
    lasting until now ("has run the mill since 1989"). Taken for the story's time, the first put an
    earnings page's yearless dates in 1883 and the second made "that night" a night of 1989."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:c.start]
    line = text[line_start:line_end].rstrip()
    if len(line) <= _MASTHEAD_LINE and not line.endswith((".", "!", "?")) and FOUNDED_CUE.search(before[-40:]):
        return True
    return bool(_SINCE_BEFORE.search(before[-60:]))


def in_apposed_participle(text: str, sentence_start: int, c: Cand) -> bool:
    """Whether the date ``c`` closes a participle phrase set off by commas after its noun ("The oldest bell,
    cast in 1611, was tuned", "His report, presented on 3 March 1848, warned"): the noun's date, which the
    resolver takes for a look back only when it lies before the story's time (the report's presenting is
    the story going on; the bell's casting is not)."""
    clause = re.split(r"[;:—–]|\s-\s", _CLOSED_ASIDE.sub(" ", text[sentence_start:c.start]))[-1]
    return APPOSED_PARTICIPLE.search(clause[-80:]) is not None and _ASIDE_CLOSES.match(text, c.end) is not None


def compared_or_cited(text: str, sentence_start: int, c: Cand) -> bool:
    """Whether the date ``c`` is one its clause compares with or cites a source from ("than the
    2011 team", "compared with 2022", "according to a 2003 survey", "down from 38 per cent at the
    last election in May 2022"): a year that is no time of the story, so a yearless date after it
    keeps the writer's year."""
    before = text[sentence_start:c.start]
    clause = re.split(r"[;:—–]|,(?!\d{3})|\s-\s", before)[-1]  # (not the comma of "29,000")
    return _COMPARED_OR_CITED.search(clause[-80:]) is not None or _BASELINE_BEFORE.search(clause) is not None


def names_a_level(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` names a level to compare with ("the May 2007 high")."""
    return _MEASURE_AFTER.match(text, end, end + 12) is not None


#: "the border of", "the old constitution of", "the floods of": a thing named by its year (a time word,
#: "the winter of 1684", is read with its year as one expression and never comes here)
_A_THING_OF = re.compile(r"(?i)\bthe\s+(?:[a-z]+\s+){0,2}[a-z]{3,}\s+of\s+$")


def names_a_things_year(text: str, c: Cand) -> bool:
    """Whether the bare year ``c`` names a thing by its year ("restored the border of 1815", "a
    rule like the constitution of 1791"): told after the sentence has said when it happens, such a
    year looks back to the thing, not the story's time (see ``Resolver``)."""
    return c.kind == "abs" and not c.parts and c.spec is not None and c.spec.gran == "Y" \
        and _A_THING_OF.search(text, max(0, c.start - 40), c.start) is not None


def names_a_thing_by_its_year(text: str, c: Cand) -> bool:
    """Whether the bare year ``c`` stands between "the" and a noun it dates ("the 1614 rules", "the
    1852 survey", "the 451 BC border stones"): a thing of that year, named as the story goes on."""
    return c.kind == "abs" and not c.parts and c.spec is not None and c.spec.gran == "Y" \
        and re.search(r"(?i)\bthe\s+$", text[max(0, c.start - 5):c.start]) is not None \
        and _MODIFIED_NOUN_AFTER.match(text, c.end) is not None


#: a thing's term running out rather than an act of the story ending: "Its charter ran until 1539", "the
#: lease lasted until 1990", "the ban remained until 1975" (the story does not move to the term's end)
_LASTED_UNTIL = re.compile(r"(?i)\b(?:ran|lasted|remained|continued|stayed|applied|existed|survived|endured)\b(?:\s+[\w'’-]+){0,2}\s*$")


def _past_state_ended(head: str, c: Cand) -> bool:
    """Whether a bare year after "until" ends a state the clause tells in the past ("studied with him
    until his death in 1862", "ruled until 1410"). WHY: a history's story stands at that year when the
    state ends, so "the following year" after it is the year after; a plan, a flashback or a limit
    still ahead ("will stay until 2030", "expected to remain until 2031") is no such end, and only a
    year is taken, since a past verb before "until 3 March" in news is often a limit to come
    ("was remanded until 3 March"). Nor is a thing's term running out ("Its charter ran until 1539")."""
    from explorer.temporal.tense_markers import PAST  # tense_markers reads anchor_context, which reads us

    return c.kind == "abs" and c.spec is not None and c.spec.gran == "Y" and c.spec.year is not None \
        and bool(PAST.search(head)) and not _INCIDENTAL_BEFORE.search(head) \
        and not re.search(r"(?i)\b(?:will|would|shall|to|remains?|stays?)\s+(?:\w+\s+)?$|['’]ll\b", head) \
        and not _LASTED_UNTIL.search(head)


#: the verbs of making and finding among the incidental cues: "the church, built in 1642", "a report
#: published in 1998", "documents found in 1990" date a thing, not the story's time
_MADE_OR_FOUND = re.compile(r"(?i)(?:founded|established|built|published|printed|found|discovered|excavated|"
                            r"declassified|released|revealed|written|recorded)$")
#: what makes such a verb the clause's own act: "was"/"were" before it ("Camp 2 was established on 22
#: September") or an object after it ("the arbitrator published his award on 19 June")
_OWN_AUXILIARY = re.compile(r"(?i)\b(?:was|were)\s+(?:\w+ly\s+)?$")
#: ... but not after "had" or "has": "They had built a stockade that night" looks back with its perfect
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:had|has|have)\s+(?:\w+ly\s+|just\s+|already\s+|also\s+)?$")
_OWN_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\s")


def _incidental_word(tail: str) -> bool:
    """Whether the clause before a date holds a cue that makes the date incidental. WHY the verbs of
    making and finding are cues only as a reduced relative: told as the clause's own act, in the
    passive with "was" or with an object, they are what the story does on that day, and "Two days
    later" counts from it."""
    m = _INCIDENTAL_BEFORE.search(tail)
    while m is not None:
        word = m.group(0).split()[0]
        if not (_MADE_OR_FOUND.match(word) and not _PERFECT_BEFORE.search(tail, 0, m.start())
                and (_OWN_AUXILIARY.search(tail, 0, m.start()) or _OWN_OBJECT.match(tail, m.start() + len(word)))):
            return True
        m = _INCIDENTAL_BEFORE.search(tail, m.start() + len(word))
    return False


#: a parenthesis or a bracket closed again: an aside, set off from the clause it stands in
_CLOSED_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def in_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a parenthesis or a bracket opened after ``start`` (a sentence's
    start) and not yet closed: "The hall (built in 1820) ..." has 1820 inside."""
    before = text[start:pos]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def is_incidental(text: str, sentence_start: int, c: Cand, quotes: list[tuple[int, int]]) -> bool:
    """An explicit date that is not the story's time: quoted, in parentheses, a plan, a citation,
    a birth year, "since <year>", a relative clause or a past-perfect flashback. An aside closed
    before the date is no cue: "The Palm House (built in 1868) closed in 2019" dates the closing."""
    if any(a <= c.start < b for a, b in quotes):
        return True
    if names_a_level(text, c.end):
        return True  # "surpassing the May 2007 high": a level the story compares with
    if in_parentheses(text, sentence_start, c.start):
        return True
    before = text[sentence_start:c.start]
    clause = re.split(r"[;:—–]|\s-\s", _CLOSED_ASIDE.sub(" ", before))[-1]
    tail = clause[-80:]
    if _UNTIL_THEN.search(tail) and _WHEN_AFTER.match(text, c.end):
        return False  # "held the fort until March 1646, when the rebels took it": the story reaches that day
    if _NOT_UNTIL.search(tail) and not _RELATIVE_CLAUSE.search(tail) and not _FLASHBACK.search(tail):
        return False  # "I did not go back until 2004": the going back is in 2004, and the story with it
    bound = _UNTIL_A_STATE_ENDS.search(tail)
    if bound and _past_state_ended(tail[:bound.start()], c) and not _RELATIVE_CLAUSE.search(tail) \
            and not re.search(r"(?i),\s*(?:which|who|whose|whom)\b[^,]*$", tail) and not _FLASHBACK.search(tail):
        return False
    if _incidental_word(tail) or _FOLLOWED.search(tail):
        return True
    if _RELATIVE_CLAUSE.search(tail) or re.search(r"(?i),\s*(?:which|who|whose|whom)\b[^,]*$", tail) \
            or _THAT_CLAUSE.search(tail):
        return True
    if c.kind == "abs" and c.spec is not None and c.spec.gran == "Y" and _POSSESSOR_BEFORE.search(before[-12:]) \
            and _MODIFIED_NOUN_AFTER.match(text, c.end):
        return True  # "the band's 2011 debut single": the single's year
    if c.kind == "abs" and compared_or_cited(text, sentence_start, c):
        return True  # "smaller than the 2011 team", "according to a 2003 survey": no time the story is at
    if re.search(r"(?i)\bbefore\s+(?:the\s+|its\s+|their\s+)?$", tail):
        return True  # "before the summer offensive": a time the story is not at
    return bool(_FLASHBACK.search(tail))


#: what lies between a day the text named and a later weekday when the telling moves on from that
#: day: a sentence's end, or "and"/"then"/"later" joining the next act ("met on 1 March 2021 and on
#: Tuesday signed"); a reporting verb between ("said on 2 March that on Monday ...") dates the report,
#: whose weekday may lie before it.
_MOVES_ON = re.compile(r"(?i)[.!?]\s|\b(?:and|then|later|afterwards)\b")
_REPORT_BETWEEN = re.compile(r"(?i)\b(?:said|says|told|tells|announced|reported|added|stated|claimed)\b")


def moves_on_from(text: str, named_end: int, pos: int) -> bool:
    """Whether a weekday at ``pos`` is told after the day named ending at ``named_end``, so that,
    with no document date to count from, it is the first such weekday on or after that day (the
    story's time moves forward) rather than one before a guessed report date."""
    between = text[named_end:pos]
    return bool(_MOVES_ON.search(between)) and not _REPORT_BETWEEN.search(text[max(0, named_end - 200):pos])
