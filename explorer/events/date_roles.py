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
expectations, plans given up), ``date_roles_states`` (background, stretches, states, described
times) and ``date_roles_terms`` (terms, rules, deadlines, duties, a schedule's hours and suppositions,
read last). Here are the clause readers and :func:`date_role`, whose order of checks decides a date that
fits two roles.
"""

from __future__ import annotations

import re

from explorer.events.date_roles_figures import (
    A_DAY, ACTS_COUNTED_OVER, CHANGE_FROM_BASELINE, ACTS_COUNTED_AFTER_STRETCH, CHANGE_AFTER_PERIOD, MEASURE_BEFORE_PERIOD, MEASURE_TO_FIGURE, MEASURE_TO_FIGURE_AFTER, STRETCH_PUT_FIRST, a_rate, CHANGE_OVER_PERIOD, FIGURE_OVER_PERIOD, RECORDS_BEGAN, SAID_BEFORE_FIGURE, SPENT_OVER_PERIOD, TO_FROM_COUNT, FROM_EARLIER_FIGURE, MULTIPLE_OR_LEVEL_OVER_PERIOD, PERFECT_CHANGE_AFTER, PERFECT_TALLY_AFTER, PERIOD_PUT_FIRST, PERIOD_SAW_CHANGE, RANK_APPOSED, RANKED_PERIOD, MEASURE_CHANGE, PASSIVE_CHANGE_BETWEEN, COMPARED_EARLIER, COMPARISON, MOVED_UP_OR_DOWN_FROM, EARLIER_THAN, FIGURE_FOR_PERIOD,
    COUNT_ITSELF, COUNTED_DAY, DAY_COUNTED, WORTH_THEN, PART_OF_A_DAY, PERFECT_CHANGE, PERFECT_TALLY, RANK_IN_PERIOD, RESULTS_TOLD, RUNNING_TO_NOW, SAME_OR_THAN,
    a_multiple_of_another_time, baseline_on, figure_at_period_end, figure_in_a_schedule, figure_under_a_label, state_reached_by, stood_or_promised_by, measure_of_a_period, SUPERLATIVE_OF_PERIOD, SUPERLATIVE_SINCE, SUPERLATIVE_WITHIN, BRACKET_CLOSES, FIGURE_IN_BRACKETS_BEFORE, TALLY_AFTER_PERIOD, SIZE_OR_HOURS_AFTER_PERIOD, STRETCH_TOLD_FIRST, UNNAMED_PERIOD, LARGE_COUNT_AFTER_PERIOD, TALLY_OVER, TALLY_PERIOD, TALLY_SINCE, WORK_COUNTED_BEFORE_PERIOD, THAN_AFTER, THAN_NEXT,
)
from explorer.events.date_roles_generic import holds_every_day, holds_every_year
from explorer.events.nominal_plans import is_a_nominal_plan
from explorer.events.ranked_time_answers import answers_a_ranked_subject
from explorer.events.date_roles_possible import (
    ABLE_FROM, A_VERB, CONDITION_AFTER, CONDITION_FIRST, EXPECTED, EXPECTED_IN_ASIDE, EXPECTED_OF_A_PERSON, expected_of_a_named_person, FIGURE_NOUN_AFTER, FORECAST_VERB_BEFORE,
    IF_CLAUSE, MAIN_MODAL, MAY_HAVE, MODAL_AFTER, MOVED_FROM, OWN_PARTICIPLE, PAST_CLAUSE_AFTER, PAST_TOLD,
    POSSIBLE_IS, WARNED_POSSIBILITY, PROMISE, PROMISED_AHEAD_BEFORE, PROMISED_AHEAD_DATE, PROMISED_CONTENT, PROMISED_THING, SUPERSEDED_PLAN, PAST_PLAN, PLAN_BEFELL_AFTER, TO_NEW_DATE, VERB_BEFORE,
)
from explorer.events.date_roles_schedules import (
    ANY_SUCH_DAY, DAY_OR_SEASON_NAME, DAY_RANGE, HABITUAL, HOURS_LABEL, IS_OPEN_BEFORE, OPENING_HOURS,
    OPEN_BEFORE, RECURRING_AFTER, RECURRING_BEFORE, SITTING_HOURS, TIME_OF_DAY, told_as_a_habit,
)
from explorer.events.date_roles_states import (
    AHEAD_OF, ASIDE_SINCE, background_since, aside_since, DESCRIBED, DESCRIBED_SUBJECT, OVER_BEFORE, PAST_OR_FUTURE, PRESENT_STATE_VERB,
    PRESENT_WORD, PROGRESSIVE, SENTENCE_ENDS, IT_WAS, CLEFT_AFTER, SPAN_SPENT, STAGE_CAME, STATE_FROM, STATE_FROM_TO, STATE_UNTIL, UNTIL_AFTER, holds_until, plan_moved, STORY_TIME, WORK_PART_SET,
    STRETCH_AHEAD, TIME_SPENT, HOW_BEFORE, WENT_AFTER, KEPT_AHEAD, held_over_a_span, used_over_a_span,
)
from explorer.events.date_roles_things import (
    ABOUT_BEFORE, ANNIVERSARY_AFTER, AS_TOLD_BEFORE, BACKDATED, BOUND_BEFORE, CITATION_AFTER,
    CITATION_BEFORE, CLASS_BY_DATE, CUT_OFF, DATES_TO, DEADLINE_AFTER, DETERMINER_BEFORE, FOR_BEFORE,
    GOODS_PERIOD, OBJECT_NAMED_BY_DATE, PAGE_INTRO, page_says_what_it_holds, PERIOD_BOUNDS, PERIOD_BOUNDS_AFTER, PERIOD_COVERED, PERIOD_NAME, PERIOD_ENDED, PLANNED_DATE_IS, PLAN_NOUN_AFTER,
    POSSESSIVE_AFTER, READER_POINTER, TIME_REFERRED_BACK, VERB_GOES_ON, labels_a_name, marks_off_a_class, names_a_listed_thing, RESULTS_CALL_AFTER, CALL_DEADLINE,
)
from explorer.events.date_roles_terms import term_role
from explorer.events.date_roles_held import be_state_by, changed_by_an_era, held_by_then
from explorer.events.lasting_until import ran_until
from explorer.events.date_sentence import whole_sentence_before
from explorer.events.press_briefings import told_the_press_then
from explorer.events.timetables import in_timetable
from explorer.temporal.name_years import year_in_name
from explorer.events.happening_verbs import NOT_HAPPENING_VERBS
from explorer.events.tense import IRREGULAR_PASTS

#: Before "as of <date>", a past act on an object ("suspended flights to the island as of 4 March", "raised
#: its fees as of 1 April"): the day the act took effect, not a cut-off picking who or what counts ("the
#: register as at 31 March", "held 300 staff as of June": a state, a count).
_ACT_TAKING_EFFECT = re.compile(
    rf"\b(?!(?:{NOT_HAPPENING_VERBS}|was|were|had|held|stood|numbered|totalled|totaled|counted|owned|employed)\b)"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\s+(?:[\w’'-]+\s+){{1,8}}?as\s+(?:of|at|from)\s+(?:on\s+)?$")

#: How far back the date's clause is read: these roles are told by the few words before the date.
_REACH = 90
#: The end of the clause before the date: what lies before it is another clause's.
_CLAUSE_START = re.compile(r"(?s).*(?:,(?!\d{3}\b)|[;:—–()\"“”]|\s-\s|\.\s+(?=[A-Z]|$))")  # not "8 a.m. to", "Oct. 28", "600,000"
#: Where the date's clause ends after it: a full stop, a semicolon, a dash, or a comma that opens
#: another clause (", which", ", and", ", but", ", while", ", who"). A comma right after a fronted date
#: ("By the 2nd century BCE, caravans …") does not end it.
#: (a negated second predicate after "and" is a clause of its own: "was laid off in 1931 and did not work
#: regularly again until 1934" tells no habit of the lay-off)
_CLAUSE_END_AFTER = re.compile(r"[;:.!?—–(\"“”]|,\s+(?:and|but|while|which|who|whose|where|when|although|though)\b|"
                               r"\s+and\s+(?:did\s+not|didn['’]t|never)\b")


def _rest_of_clause(after: str) -> str:
    m = _CLAUSE_END_AFTER.search(after)
    return after[: m.start()] if m else after


def _own_clause(before: str) -> str:
    """The part of ``before`` (the text up to the date) in the date's own clause."""
    m = _CLAUSE_START.match(before)
    return before[m.end():] if m else before


#: After a superlative's "since" date, a "when" clause telling what happened then: "the region's worst fire
#: since 2017, when a blaze destroyed 40 homes". The date is that happening's, as well as the baseline.
_WHEN_ACT_AFTER = re.compile(r"^\s*,\s*when\s+[^.;:]{0,60}?\b(?:(?!(?:lasted|remained|stayed|existed|seemed|appeared|looked|"
                             r"lived|numbered|totalled|totaled|needed|wanted)\b)[a-z]{3,}ed|(?:was|were)\s+[a-z]+(?:ed|en)|fell|struck|"
                             r"hit|broke|tore|swept|burnt|sank|won|lost|took|came|began|rose)\b", re.IGNORECASE)


#: a year made into an adjective by a hyphened word: "the 2004-built vessel", "a 1960s-era radar",
#: "its 2019-vintage fleet" (not a second year or figure: "2004-05", "2019-20"); read by the titles too
YEAR_ADJECTIVE_AFTER = re.compile(r"-[a-z]{3,}\b")


def date_role(text: str, start: int, end: int) -> str | None:
    """Why the date at ``text[start:end]`` tells no happening ("comparison", "tally", "time spent",
    "state's end", "possibility", "promise", "trend", "reference point",
    "expectation", "dated thing", "citation", "label", "state reached", "habit", "present state", "time described", "time referred back",
    "background since", "stretch ahead", "state held", "use held", "activity's end", "state kept", "press briefing", "pointer", "page intro", "anniversary", "superseded plan", "name": a year inside a proper name), or None when it may well be the time of one."""
    if TIME_REFERRED_BACK.fullmatch(text[start:end]):
        return "time referred back"
    if year_in_name(text, start, end):
        return "name"  # "honoured the War of 1812", "played the 1812 Overture": a name, not the clause's time
    before = text[max(0, start - _REACH):start]
    line = before.rfind("\n")
    if line != -1:
        before = before[line + 1:]
    after = text[end:end + 60]
    if CITATION_BEFORE.search(before) and CITATION_AFTER.match(after):
        return "citation"
    if YEAR_ADJECTIVE_AFTER.match(after):
        return "dated thing"  # "the 2004-built carrier", "a 1960s-era radar": the thing's year
    if labels_a_name(before, text[start:end], after):
        return "label"
    if POSSESSIVE_AFTER.match(after) and (FOR_BEFORE.search(before) or ABOUT_BEFORE.search(before)) or PERIOD_COVERED.search(before):
        return "dated thing"
    if RESULTS_CALL_AFTER.match(after) and re.search(r"-(?:quarter|half|year)$", text[start:end], re.IGNORECASE):
        return "dated thing"
    if PLAN_NOUN_AFTER.match(after) and (DETERMINER_BEFORE.search(before) or re.match(r"['’]s\s", after)):
        return "dated thing"
    if told_the_press_then(whole_sentence_before(text, start), text[end:end + 200]):
        return "press briefing"  # "told analysts on a conference call Tuesday morning that …": the telling's date
    if CALL_DEADLINE.search(before):
        return "reference point"
    if DEADLINE_AFTER.match(after) and BOUND_BEFORE.search(before):
        return "reference point"
    if ANNIVERSARY_AFTER.match(after) and re.fullmatch(r"\W*", whole_sentence_before(text, start)):
        return "anniversary"
    if PAGE_INTRO.match(whole_sentence_before(text, start)) or page_says_what_it_holds(whole_sentence_before(text, start)):
        return "page intro"
    if READER_POINTER.match(whole_sentence_before(text, start) + text[start:start + 160]):
        return "pointer"
    clause = _own_clause(before)
    if plan_moved(whole_sentence_before(text, start), after) or SUPERSEDED_PLAN.search(clause) or PAST_PLAN.search(clause) and not PLAN_BEFELL_AFTER.match(after) or MOVED_FROM.search(clause) and TO_NEW_DATE.match(after):
        return "superseded plan"
    if FORECAST_VERB_BEFORE.search(clause) and FIGURE_NOUN_AFTER.match(after):
        return "expectation"
    if RANK_IN_PERIOD.search(clause) and (TALLY_PERIOD.fullmatch(text[start:end]) or re.search(r"\bof\s+$", clause)):
        return "tally"
    if RANK_APPOSED.search(before[-90:]) and RANKED_PERIOD.fullmatch(text[start:end]):
        return "tally"  # "…on 29 October, the last confirmed sighting of the year": a rank, no happening of its own
    if DAY_COUNTED.match(text[end:end + 80]) or COUNT_ITSELF.fullmatch(text[start:end]) and COUNTED_DAY.search(clause) \
            and re.match(r"\s+(?:of|since|in)\b", after):
        return "tally"  # "Today is the eighth day of the strike": a day counted into a lasting happening
    if figure_under_a_label(clause, after) or figure_at_period_end(clause, text[start:end], after) or WORTH_THEN.search(clause):
        return "figure"
    if figure_in_a_schedule(clause, text[start:end], after):
        return "figure"  # ("a 1.5 per cent rise this year and 2 per cent next year": each year a figure's term)
    if (COMPARISON.search(clause) or COMPARED_EARLIER.search(before) or CHANGE_FROM_BASELINE.search(clause)) and not MOVED_UP_OR_DOWN_FROM.search(clause) \
            or SUPERLATIVE_SINCE.search(clause) and not _WHEN_ACT_AFTER.match(after) \
            or SUPERLATIVE_WITHIN.search(clause) or SUPERLATIVE_OF_PERIOD.search(clause) and TALLY_PERIOD.fullmatch(text[start:end]) \
            or SAME_OR_THAN.search(clause) or a_multiple_of_another_time(clause, after) \
            or RECORDS_BEGAN.search(clause) or TO_FROM_COUNT.search(clause) or FROM_EARLIER_FIGURE.search(clause) \
            or baseline_on(clause, text[start:end]):
        return "comparison"
    if THAN_AFTER.match(after) or EARLIER_THAN.search(text[start:end]) and THAN_NEXT.match(after):
        return "comparison"
    if FIGURE_IN_BRACKETS_BEFORE.search(before) and BRACKET_CLOSES.match(after):
        return "comparison"
    if ANY_SUCH_DAY.search(clause) and DAY_OR_SEASON_NAME.match(text[start:end]):
        return "habit"
    if AS_TOLD_BEFORE.search(clause):
        return "time referred back"
    if CUT_OFF.search(clause) and not _ACT_TAKING_EFFECT.search(clause) or PLANNED_DATE_IS.search(clause) or CLASS_BY_DATE.search(clause) and VERB_GOES_ON.match(after) or GOODS_PERIOD.search(before) or BACKDATED.search(clause) or (
            DATES_TO.search(clause) and not re.match(r",?\s+when\b", after)):  # "dates back to 2019, when …": the when-clause's
        return "dated thing"
    if marks_off_a_class(whole_sentence_before(text, start), text[end:end + 120]):
        return "dated thing"
    if names_a_listed_thing(text[max(0, start - 300):start], text[end:end + 120]):
        return "dated thing"
    if TALLY_SINCE.search(clause) or TALLY_OVER.search(clause) or ACTS_COUNTED_OVER.search(clause) or FIGURE_FOR_PERIOD.search(clause) or measure_of_a_period(clause, after) or (
            (SPENT_OVER_PERIOD.search(clause) or WORK_COUNTED_BEFORE_PERIOD.search(clause)) and not A_DAY.search(text[start:end])):
        return "tally"
    # ("In December the airport handled 412,000 passengers": the period put first, its tally after it)
    if PERIOD_PUT_FIRST.fullmatch(clause) and not A_DAY.search(text[start:end]) and (TALLY_AFTER_PERIOD.match(after) or SIZE_OR_HOURS_AFTER_PERIOD.match(after)):
        return "tally"
    if PERIOD_PUT_FIRST.fullmatch(clause) and UNNAMED_PERIOD.fullmatch(text[start:end]) and LARGE_COUNT_AFTER_PERIOD.match(after):
        return "tally"  # ("During the year, the gallery welcomed 14,500 visitors": a year in numbers)
    if STRETCH_TOLD_FIRST.fullmatch(clause) and not A_DAY.search(text[start:end]) and not PART_OF_A_DAY.search(text[start:end]) \
            and not re.search(r"\b(?:day|days|minutes?)\b", text[start:end], re.IGNORECASE) and LARGE_COUNT_AFTER_PERIOD.match(after):
        return "tally"  # ("Over the summer, volunteers collected 300 bags of litter": a stretch's total)
    # ("Between 9 February and 31 March the teams held 118 clinics": a stretch put first, acts counted over it)
    if (STRETCH_PUT_FIRST.fullmatch(clause) or re.fullmatch(r"\W*", clause) and re.match(r"within\b", text[start:end], re.IGNORECASE)) \
            and ACTS_COUNTED_AFTER_STRETCH.match(after):
        return "tally"
    if PERFECT_TALLY.search(clause) and re.match(r"(?:this|so\s+far\s+this|the\s+past|the\s+last)\b", text[start:end], re.IGNORECASE):
        return "tally"
    # ("This year the festival has drawn 40,000 visitors": the stretch put first, its clause opening the sentence)
    if re.match(r"(?:this|so\s+far\s+this|the\s+past|the\s+last)\b", text[start:end], re.IGNORECASE) \
            and re.fullmatch(r"\W*(?:so\s+far\s+)?(?:(?:in|during|over|for)\s+)?", clause, re.IGNORECASE) and PERFECT_TALLY_AFTER.match(after):
        return "tally"
    if PERFECT_CHANGE.search(clause) and not A_DAY.search(text[start:end]) and (
            RUNNING_TO_NOW.match(text[start:end]) or re.search(r"\bsince\s+$", clause, re.IGNORECASE)):
        return "trend"
    # ("Since 2010, the council's funding has fallen by 40%": a change since a date put first)
    # (not a person's own act: "Since 2014, she has doubled the roll")
    if (RUNNING_TO_NOW.match(text[start:end]) or re.match(r"\W*since\s+$", clause, re.IGNORECASE)
            and not re.match(r"\s*,?\s*(?:he|she|they|we|I|you)\s", after, re.IGNORECASE)) \
            and not A_DAY.search(text[start:end]) and PERFECT_CHANGE_AFTER.match(after):
        return "trend"
    if (CHANGE_OVER_PERIOD.search(clause) or MEASURE_CHANGE.search(clause) or MULTIPLE_OR_LEVEL_OVER_PERIOD.search(clause) or FIGURE_OVER_PERIOD.search(clause) and not SAID_BEFORE_FIGURE.search(whole_sentence_before(text, start))) \
            and not A_DAY.search(text[start:end]) and not PART_OF_A_DAY.search(text[start:end]) \
            and not re.search(r"\bday\b", text[start:end], re.IGNORECASE) and not RESULTS_TOLD.search(whole_sentence_before(text, start)):
        return "trend"
    if PASSIVE_CHANGE_BETWEEN.search(clause) or PERIOD_SAW_CHANGE.match(after):
        return "trend"
    # ("Inflation had fallen to 2.9 percent in September", "after inflation in February jumped to 4.8%", "Over
    # the month of February Brent lost 6 per cent": a measure's level or change over a period, by its figure)
    if (MEASURE_TO_FIGURE.search(whole_sentence_before(text, start)) or MEASURE_BEFORE_PERIOD.search(clause) and MEASURE_TO_FIGURE_AFTER.match(after)
            or PERIOD_PUT_FIRST.fullmatch(clause) and CHANGE_AFTER_PERIOD.match(after)) \
            and not A_DAY.search(text[start:end]) and not PART_OF_A_DAY.search(text[start:end]) \
            and not re.search(r"\bday\b", text[start:end], re.IGNORECASE) and not RESULTS_TOLD.search(whole_sentence_before(text, start)):
        return "trend"
    if ASIDE_SINCE.search(clause) or aside_since(before, clause, after):
        return "state's start"
    if background_since(clause, after, text[start:end]):
        return "background since"
    if STORY_TIME.search(clause) or WORK_PART_SET.search(before):
        return "story's time"
    if PERIOD_ENDED.search(clause) or PERIOD_BOUNDS.search(clause) or PERIOD_NAME.fullmatch(text[start:end]) and PERIOD_BOUNDS_AFTER.match(after) \
            or OBJECT_NAMED_BY_DATE.search(before) and not re.match(r",?\s+when\b|['’]s?\s", after):
        return "dated thing"
    if OPENING_HOURS.search(before) or RECURRING_BEFORE.search(clause) or RECURRING_AFTER.match(after):
        return "schedule"
    if IS_OPEN_BEFORE.search(clause) or OPEN_BEFORE.search(clause) and DAY_RANGE.match(text[start:end]):
        return "schedule"
    if HOURS_LABEL.search(before):
        return "schedule"
    if in_timetable(text, start, end):
        return "schedule"
    if SITTING_HOURS.search(clause) and TIME_OF_DAY.fullmatch(text[start:end]):
        return "schedule"
    may_have = MAY_HAVE.search(before)
    if may_have and not A_VERB.search(may_have.group("rest")):
        return "possibility"
    if POSSIBLE_IS.search(clause) or WARNED_POSSIBILITY.search(clause) or IF_CLAUSE.search(whole_sentence_before(text, start)):
        return "possibility"
    rest = _rest_of_clause(after)
    condition_after = CONDITION_AFTER.search(rest)
    if condition_after and not PAST_TOLD.search(clause + " " + rest[:condition_after.start()]):
        return "possibility"
    if VERB_BEFORE.search(clause):  # "first staged the following year, the play has rarely …": after
        rest = rest.split(",", 1)[0]  # the comma is another clause; a fronted date's clause goes on
    # a participle aside after a comma is the subject's manner, not the date's clause ("made five
    # journeys between 1931 and 1939, usually travelling with local guides")
    rest = re.split(r",\s+(?:[a-z]+ly|[a-z]+ing)\b", rest, maxsplit=1)[0]
    if HABITUAL.search(clause) or HABITUAL.search(rest):
        return "habit"
    if a_rate(clause, _rest_of_clause(text[end:end + 120]), before):
        return "habit"
    if told_as_a_habit(before, clause, text[start:end], rest) or holds_every_year(clause, text[start:end], rest) \
            or holds_every_day(clause, text[start:end]):
        return "habit"
    if DESCRIBED_SUBJECT.fullmatch(clause) and DESCRIBED.match(after):
        return "time described"
    if HOW_BEFORE.search(clause) and WENT_AFTER.match(after):
        return "time described"
    if STAGE_CAME.search(whole_sentence_before(text, start)) and SENTENCE_ENDS.match(after):
        return "time described"
    if answers_a_ranked_subject(whole_sentence_before(text, start), text[end:end + 200]):
        return "time described"  # "The busiest day was a Saturday in December": which day ranked so, no happening
    if IT_WAS.search(whole_sentence_before(text, start)) and not CLEFT_AFTER.match(after):
        return "time described"
    if PRESENT_WORD.fullmatch(text[start:end]):
        told = clause + " " + _rest_of_clause(after)
        verb = PRESENT_STATE_VERB.search(told)
        if verb:  # the clause up to the comma after its verb: ", opened in 2011" is an aside's
            comma = told.find(",", verb.end())
            own = told[: len(told) if comma == -1 else comma]
            if not PAST_OR_FUTURE.search(own) and not PROGRESSIVE.search(own):
                return "present state"
    if TIME_SPENT.search(clause) and SPAN_SPENT.match(text[start:end]):
        return "time spent"
    if KEPT_AHEAD.search(clause):
        return "state kept"  # "The firm will keep its prices next year"
    if held_over_a_span(clause, text[start:end], rest):
        return "state held"  # "For most of the 2000s she worked as a teacher", "Throughout July the vines stayed healthy"
    if used_over_a_span(clause, text[start:end], rest):
        return "use held"  # "Between 1950 and 1970 the hall was let to dance clubs"
    if STATE_UNTIL.search(clause) or holds_until(clause, after) or STATE_FROM.search(before) and UNTIL_AFTER.match(text[start:end] + after) or STATE_FROM_TO.search(before):
        return "state's end"
    if ran_until(clause, text[start:end], after):
        return "activity's end"  # "Ilse ran a boarding house until the 1950s": a lasting activity's bound
    if OVER_BEFORE.search(before) and STRETCH_AHEAD.fullmatch(text[start:end]):
        return "stretch ahead"
    if MODAL_AFTER.search(after) and not OWN_PARTICIPLE.search(clause):
        return "possibility"
    if ABLE_FROM.search(clause):
        return "possibility"
    if AHEAD_OF.search(clause):
        return "reference point"
    if PROMISE.search(clause):
        return "promise"
    if PROMISED_THING.search(clause) and (PROMISED_AHEAD_BEFORE.search(clause) or PROMISED_AHEAD_DATE.match(text[start:end])):
        return "promise"  # ("has promised a tour of Norway next summer": the promised thing's target)
    sentence = whole_sentence_before(text, start)
    promised = PROMISED_CONTENT.search(sentence)
    if promised and not PAST_CLAUSE_AFTER.search(promised.group("rest")):
        return "promise"
    condition = CONDITION_FIRST.search(sentence)
    if condition and MAIN_MODAL.search(condition.group("main")):
        return "possibility"
    # (a person's act foreseen for the very day, "The minister is expected to resign today", is that day's news)
    if (EXPECTED.search(clause) or EXPECTED_IN_ASIDE.search(clause)
            or (EXPECTED_OF_A_PERSON.search(clause) or expected_of_a_named_person(clause, text)
                or expected_of_a_named_person(sentence, text))
            and not re.fullmatch(r"today|tonight|this\s+(?:morning|afternoon|evening)", text[start:end], re.IGNORECASE)) \
            and not is_a_nominal_plan(clause):
        # ("Completion is expected in 2027": a happening's noun planned at its date; see nominal_plans)
        return "expectation"
    if state_reached_by(clause, after) or stood_or_promised_by(sentence, after) or held_by_then(sentence, after) or be_state_by(clause) and not re.match(r",?\s*when\b", after) \
            or changed_by_an_era(sentence, text[start:end], after):
        return "state reached"
    # (a rule's bound, a standing permission, a window, an action item, a class marked off by a date, a
    # schedule's hour, a supposition: see date_roles_terms)
    return term_role(text, start, end)
