"""Dates that do not say when something happened, read off the words just before them.

A date in a sentence may be the time of its clause's happening ("the bridge reopened on 4 June"), or
play another part: the baseline of a comparison ("up from 15 in 2017", "compared with 150 last
February", "the county's largest since 2014"), a tally's start or period ("has opened 14 branches
since 2012", "carried 6.2 million passengers last year"), an accounting period ("for the three months
ended Oct. 28"), opening hours ("open daily from April to October"), the time an activity took ("have
spent the past 26 months rebuilding the wall"), how long a state lasts ("the play runs until 30
April"), what may be or may have been ("people may have been exposed at the pool on 8 February", "an
eruption within the next two weeks could not be ruled out"), the target of a promise or of a forecast
("promised to double the budget in 2022", "a report is expected in the autumn"), or the date of a
thing the clause names ("stored for next year's edition", "the budget for 2021-22", a source cited as
"(Crane, 1998)"), how long a state had held, told in an aside ("who had run the council since 2007"),
or a story's own time ("the play is set in 1962"). Only the first is a happening an analyst puts on
a timeline: the others are figures, schedules, background to what they lead to, or not (yet)
happenings at all (the promising is one, when the text dates it).

Only the words of the date's own clause count (up to a comma, semicolon, colon or dash), so "It promised
to close stores, and it closed two on Monday" keeps Monday. Nothing here knows any particular name,
place or date.

The patterns of each family of roles live beside this module: ``date_roles_figures`` (comparisons,
tallies, trends, rates), ``date_roles_things`` (dates naming a thing, cut-offs, citations, pointers),
``date_roles_schedules`` (schedules and habits), ``date_roles_possible`` (possibilities, promises,
expectations, plans given up) and ``date_roles_states`` (background, stretches, states, described
times). Here are the clause readers and :func:`date_role`, whose order of checks decides a date that
fits two roles.
"""

from __future__ import annotations

import re

from explorer.events.date_roles_figures import (
    _A_DAY, _a_rate, _CHANGE_OVER_PERIOD, _FIGURE_OVER_PERIOD, _RECORDS_BEGAN, _SAID_BEFORE_FIGURE, _SPENT_OVER_PERIOD, _TO_FROM_COUNT, _FROM_EARLIER_FIGURE, _MULTIPLE_OR_LEVEL_OVER_PERIOD, _PERFECT_CHANGE_AFTER, _PERIOD_SAW_CHANGE, _MEASURE_CHANGE, _PASSIVE_CHANGE_BETWEEN, _COMPARED_EARLIER, _COMPARISON, _EARLIER_THAN, _FIGURE_FOR_PERIOD,
    _PART_OF_A_DAY, _PERFECT_CHANGE, _PERFECT_TALLY, _RANK_IN_PERIOD, _RESULTS_TOLD, _RUNNING_TO_NOW, _SAME_OR_THAN,
    _state_reached_by, stood_or_promised_by, measure_of_a_period, _SUPERLATIVE_SINCE, _BRACKET_CLOSES, _FIGURE_IN_BRACKETS_BEFORE, _TALLY_OVER, _TALLY_PERIOD, _TALLY_SINCE, _THAN_AFTER, _THAN_NEXT,
)
from explorer.events.date_roles_generic import holds_every_year
from explorer.events.date_roles_possible import (
    _ABLE_FROM, _A_VERB, _CONDITION_AFTER, _CONDITION_FIRST, _EXPECTED, _EXPECTED_IN_ASIDE, _FIGURE_NOUN_AFTER, _FORECAST_VERB_BEFORE,
    _IF_CLAUSE, _MAIN_MODAL, _MAY_HAVE, _MODAL_AFTER, _MOVED_FROM, _OWN_PARTICIPLE, _PAST_CLAUSE_AFTER, _PAST_TOLD,
    _POSSIBLE_IS, _WARNED_POSSIBILITY, _PROMISE, _PROMISED_CONTENT, _SUPERSEDED_PLAN, _PAST_PLAN, _PLAN_BEFELL_AFTER, _TO_NEW_DATE, _VERB_BEFORE,
)
from explorer.events.date_roles_schedules import (
    _ANY_SUCH_DAY, _DAY_OR_SEASON_NAME, _DAY_RANGE, _HABITUAL, _HOURS_LABEL, _IS_OPEN_BEFORE, _OPENING_HOURS,
    _OPEN_BEFORE, _RECURRING_AFTER, _RECURRING_BEFORE, _SITTING_HOURS, _TIME_OF_DAY, told_as_a_habit,
)
from explorer.events.date_roles_states import (
    _AHEAD_OF, _ASIDE_SINCE, _background_since, aside_since, _DESCRIBED, _OVER_BEFORE, _PAST_OR_FUTURE, _PRESENT_STATE_VERB,
    _PRESENT_WORD, _PROGRESSIVE, _SENTENCE_ENDS, _IT_WAS, _CLEFT_AFTER, _SPAN_SPENT, _STAGE_CAME, _STATE_FROM, _STATE_FROM_TO, _STATE_UNTIL, _UNTIL_AFTER, _STORY_TIME,
    _STRETCH_AHEAD, _TIME_SPENT, _HOW_BEFORE, _WENT_AFTER,
)
from explorer.events.date_roles_things import (
    _ABOUT_BEFORE, _ANNIVERSARY_AFTER, _AS_TOLD_BEFORE, _BACKDATED, _BOUND_BEFORE, _CITATION_AFTER,
    _CITATION_BEFORE, _CLASS_BY_DATE, _CUT_OFF, _DATES_TO, _DEADLINE_AFTER, _DETERMINER_BEFORE, _FOR_BEFORE,
    _GOODS_PERIOD, _PAGE_INTRO, _PERIOD_COVERED, _PERIOD_ENDED, _PLANNED_DATE_IS, _PLAN_NOUN_AFTER,
    _POSSESSIVE_AFTER, _READER_POINTER, _TIME_REFERRED_BACK, _VERB_GOES_ON, labels_a_name, marks_off_a_class, _RESULTS_CALL_AFTER, _CALL_DEADLINE,
)
from explorer.events.timetables import in_timetable
from explorer.temporal.name_years import year_in_name

#: How far back the date's clause is read: these roles are told by the few words before the date.
_REACH = 90
#: The end of the clause before the date: what lies before it is another clause's.
_CLAUSE_START = re.compile(r"(?s).*(?:,(?!\d{3}\b)|[;:—–()\"“”]|\s-\s|\.\s+(?=[A-Z]|$))")  # not "8 a.m. to", "Oct. 28", "600,000"
#: Where the date's clause ends after it: a full stop, a semicolon, a dash, or a comma that opens
#: another clause (", which", ", and", ", but", ", while", ", who"). A comma right after a fronted date
#: ("By the 2nd century BCE, caravans …") does not end it.
_CLAUSE_END_AFTER = re.compile(r"[;:.!?—–(\"“”]|,\s+(?:and|but|while|which|who|whose|where|when|although|though)\b")


def _rest_of_clause(after: str) -> str:
    m = _CLAUSE_END_AFTER.search(after)
    return after[: m.start()] if m else after


#: A sentence's end and the space after it, before the next sentence's first letter or quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _sentence_before(before: str) -> str:
    """The part of ``before`` in the date's sentence: what follows the last sentence break. (Found by
    one scan for the last break: a backtracking ``.*`` search for it restarted at every character
    when there was none, and took a millisecond a date on a page of dates run together.)"""
    last = None
    for last in _SENTENCE_BREAK.finditer(before):
        pass
    return before[last.end():] if last else before


def _whole_sentence_before(text: str, start: int) -> str:
    """The date's sentence up to the date, read further back than :data:`_REACH` (to its line's start)."""
    before = text[max(0, start - 300):start]
    line = before.rfind("\n")
    return _sentence_before(before[line + 1:] if line != -1 else before)


def _own_clause(before: str) -> str:
    """The part of ``before`` (the text up to the date) in the date's own clause."""
    m = _CLAUSE_START.match(before)
    return before[m.end():] if m else before


def date_role(text: str, start: int, end: int) -> str | None:
    """Why the date at ``text[start:end]`` tells no happening ("comparison", "tally", "time spent",
    "state's end", "possibility", "promise", "trend", "reference point",
    "expectation", "dated thing", "citation", "label", "state reached", "habit", "present state", "time described", "time referred back",
    "background since", "stretch ahead", "pointer", "page intro", "anniversary", "superseded plan", "name": a year inside a proper name), or None when it may well be the time of one."""
    if _TIME_REFERRED_BACK.fullmatch(text[start:end]):
        return "time referred back"
    if year_in_name(text, start, end):
        return "name"  # "honoured the War of 1812", "played the 1812 Overture": a name, not the clause's time
    before = text[max(0, start - _REACH):start]
    line = before.rfind("\n")
    if line != -1:
        before = before[line + 1:]
    after = text[end:end + 60]
    if _CITATION_BEFORE.search(before) and _CITATION_AFTER.match(after):
        return "citation"
    if labels_a_name(before, text[start:end], after):
        return "label"
    if _POSSESSIVE_AFTER.match(after) and (_FOR_BEFORE.search(before) or _ABOUT_BEFORE.search(before)) or _PERIOD_COVERED.search(before):
        return "dated thing"
    if _RESULTS_CALL_AFTER.match(after) and re.search(r"-(?:quarter|half|year)$", text[start:end], re.IGNORECASE):
        return "dated thing"
    if _PLAN_NOUN_AFTER.match(after) and (_DETERMINER_BEFORE.search(before) or re.match(r"['’]s\s", after)):
        return "dated thing"
    if _CALL_DEADLINE.search(before):
        return "reference point"
    if _DEADLINE_AFTER.match(after) and _BOUND_BEFORE.search(before):
        return "reference point"
    if _ANNIVERSARY_AFTER.match(after) and re.fullmatch(r"\W*", _whole_sentence_before(text, start)):
        return "anniversary"
    if _PAGE_INTRO.match(_whole_sentence_before(text, start)):
        return "page intro"
    if _READER_POINTER.match(_whole_sentence_before(text, start) + text[start:start + 160]):
        return "pointer"
    clause = _own_clause(before)
    if _SUPERSEDED_PLAN.search(clause) or _PAST_PLAN.search(clause) and not _PLAN_BEFELL_AFTER.match(after) or _MOVED_FROM.search(clause) and _TO_NEW_DATE.match(after):
        return "superseded plan"
    if _FORECAST_VERB_BEFORE.search(clause) and _FIGURE_NOUN_AFTER.match(after):
        return "expectation"
    if _RANK_IN_PERIOD.search(clause) and (_TALLY_PERIOD.fullmatch(text[start:end]) or re.search(r"\bof\s+$", clause)):
        return "tally"
    if _COMPARISON.search(clause) or _SUPERLATIVE_SINCE.search(clause) or _COMPARED_EARLIER.search(before) or _SAME_OR_THAN.search(clause) \
            or _RECORDS_BEGAN.search(clause) or _TO_FROM_COUNT.search(clause) or _FROM_EARLIER_FIGURE.search(clause):
        return "comparison"
    if _THAN_AFTER.match(after) or _EARLIER_THAN.search(text[start:end]) and _THAN_NEXT.match(after):
        return "comparison"
    if _FIGURE_IN_BRACKETS_BEFORE.search(before) and _BRACKET_CLOSES.match(after):
        return "comparison"
    if _ANY_SUCH_DAY.search(clause) and _DAY_OR_SEASON_NAME.match(text[start:end]):
        return "habit"
    if _AS_TOLD_BEFORE.search(clause):
        return "time referred back"
    if _CUT_OFF.search(clause) or _PLANNED_DATE_IS.search(clause) or _CLASS_BY_DATE.search(clause) and _VERB_GOES_ON.match(after) or _GOODS_PERIOD.search(before) or _BACKDATED.search(clause) or (
            _DATES_TO.search(clause) and not re.match(r",?\s+when\b", after)):  # "dates back to 2019, when …": the when-clause's
        return "dated thing"
    if marks_off_a_class(_whole_sentence_before(text, start), text[end:end + 120]):
        return "dated thing"
    if _TALLY_SINCE.search(clause) or _TALLY_OVER.search(clause) or _FIGURE_FOR_PERIOD.search(clause) or measure_of_a_period(clause, after) or (
            _SPENT_OVER_PERIOD.search(clause) and not _A_DAY.search(text[start:end])):
        return "tally"
    if _PERFECT_TALLY.search(clause) and re.match(r"(?:this|so\s+far\s+this|the\s+past|the\s+last)\b", text[start:end], re.IGNORECASE):
        return "tally"
    if _PERFECT_CHANGE.search(clause) and not _A_DAY.search(text[start:end]) and (
            _RUNNING_TO_NOW.match(text[start:end]) or re.search(r"\bsince\s+$", clause, re.IGNORECASE)):
        return "trend"
    # ("Since 2010, the council's funding has fallen by 40%": a change since a date put first)
    # (not a person's own act: "Since 2014, she has doubled the roll")
    if (_RUNNING_TO_NOW.match(text[start:end]) or re.match(r"\W*since\s+$", clause, re.IGNORECASE)
            and not re.match(r"\s*,?\s*(?:he|she|they|we|I|you)\s", after, re.IGNORECASE)) \
            and not _A_DAY.search(text[start:end]) and _PERFECT_CHANGE_AFTER.match(after):
        return "trend"
    if (_CHANGE_OVER_PERIOD.search(clause) or _MEASURE_CHANGE.search(clause) or _MULTIPLE_OR_LEVEL_OVER_PERIOD.search(clause) or _FIGURE_OVER_PERIOD.search(clause) and not _SAID_BEFORE_FIGURE.search(_whole_sentence_before(text, start))) \
            and not _A_DAY.search(text[start:end]) and not _PART_OF_A_DAY.search(text[start:end]) \
            and not _RESULTS_TOLD.search(_whole_sentence_before(text, start)):
        return "trend"
    if _PASSIVE_CHANGE_BETWEEN.search(clause) or _PERIOD_SAW_CHANGE.match(after):
        return "trend"
    if _ASIDE_SINCE.search(clause) or aside_since(before, clause, after):
        return "state's start"
    if _background_since(clause, after, text[start:end]):
        return "background since"
    if _STORY_TIME.search(clause):
        return "story's time"
    if _PERIOD_ENDED.search(clause):
        return "dated thing"
    if _OPENING_HOURS.search(before) or _RECURRING_BEFORE.search(clause) or _RECURRING_AFTER.match(after):
        return "schedule"
    if _IS_OPEN_BEFORE.search(clause) or _OPEN_BEFORE.search(clause) and _DAY_RANGE.match(text[start:end]):
        return "schedule"
    if _HOURS_LABEL.search(before):
        return "schedule"
    if in_timetable(text, start, end):
        return "schedule"
    if _SITTING_HOURS.search(clause) and _TIME_OF_DAY.fullmatch(text[start:end]):
        return "schedule"
    may_have = _MAY_HAVE.search(before)
    if may_have and not _A_VERB.search(may_have.group("rest")):
        return "possibility"
    if _POSSIBLE_IS.search(clause) or _WARNED_POSSIBILITY.search(clause) or _IF_CLAUSE.search(_whole_sentence_before(text, start)):
        return "possibility"
    rest = _rest_of_clause(after)
    condition_after = _CONDITION_AFTER.search(rest)
    if condition_after and not _PAST_TOLD.search(clause + " " + rest[:condition_after.start()]):
        return "possibility"
    if _VERB_BEFORE.search(clause):  # "first staged the following year, the play has rarely …": after
        rest = rest.split(",", 1)[0]  # the comma is another clause; a fronted date's clause goes on
    # a participle aside after a comma is the subject's manner, not the date's clause ("made five
    # journeys between 1931 and 1939, usually travelling with local guides")
    rest = re.split(r",\s+(?:[a-z]+ly|[a-z]+ing)\b", rest, maxsplit=1)[0]
    if _HABITUAL.search(clause) or _HABITUAL.search(rest):
        return "habit"
    if _a_rate(clause, _rest_of_clause(text[end:end + 120]), before):
        return "habit"
    if told_as_a_habit(before, clause, text[start:end], rest) or holds_every_year(clause, text[start:end], rest):
        return "habit"
    if re.fullmatch(r"\s*(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+(?:and|or)\s+)?", clause, re.IGNORECASE) and _DESCRIBED.match(after):
        return "time described"
    if _HOW_BEFORE.search(clause) and _WENT_AFTER.match(after):
        return "time described"
    if _STAGE_CAME.search(_whole_sentence_before(text, start)) and _SENTENCE_ENDS.match(after):
        return "time described"
    if _IT_WAS.search(_whole_sentence_before(text, start)) and not _CLEFT_AFTER.match(after):
        return "time described"
    if _PRESENT_WORD.fullmatch(text[start:end]):
        told = clause + " " + _rest_of_clause(after)
        verb = _PRESENT_STATE_VERB.search(told)
        if verb:  # the clause up to the comma after its verb: ", opened in 2011" is an aside's
            comma = told.find(",", verb.end())
            own = told[: len(told) if comma == -1 else comma]
            if not _PAST_OR_FUTURE.search(own) and not _PROGRESSIVE.search(own):
                return "present state"
    if _TIME_SPENT.search(clause) and _SPAN_SPENT.match(text[start:end]):
        return "time spent"
    if _STATE_UNTIL.search(clause) or _STATE_FROM.search(before) and _UNTIL_AFTER.match(text[start:end] + after) or _STATE_FROM_TO.search(before):
        return "state's end"
    if _OVER_BEFORE.search(before) and _STRETCH_AHEAD.fullmatch(text[start:end]):
        return "stretch ahead"
    if _MODAL_AFTER.search(after) and not _OWN_PARTICIPLE.search(clause):
        return "possibility"
    if _ABLE_FROM.search(clause):
        return "possibility"
    if _AHEAD_OF.search(clause):
        return "reference point"
    if _PROMISE.search(clause):
        return "promise"
    sentence = _whole_sentence_before(text, start)
    promised = _PROMISED_CONTENT.search(sentence)
    if promised and not _PAST_CLAUSE_AFTER.search(promised.group("rest")):
        return "promise"
    condition = _CONDITION_FIRST.search(sentence)
    if condition and _MAIN_MODAL.search(condition.group("main")):
        return "possibility"
    if _EXPECTED.search(clause) or _EXPECTED_IN_ASIDE.search(clause):
        return "expectation"
    if _state_reached_by(clause, after) or stood_or_promised_by(sentence, after):
        return "state reached"
    return None
