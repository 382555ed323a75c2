"""Tense: whether a date is said of the past or the future, from the verbs around it.

A yearless "June" or "Tuesday" is the nearest earlier or later one depending on the verbs around
it. :func:`tense_at` weighs the verb markers of the date's sentence (found once per sentence by
:mod:`explorer.temporal.tense_markers`) by their distance to the date, after the cues right at the
date that decide alone: a reporting verb next to it ("said on Tuesday"), a deadline or a plan
("effective", "ahead of"), a notice, a headline's bare infinitive. What a date's own clause says
for sure (a past verb right at it, a plain future, a deadline) is read in
:mod:`explorer.temporal.clause_direction`.
"""

from __future__ import annotations

import re

from explorer.temporal.notices import hours_follow, is_notice
from explorer.temporal.anchor_context import Context, inside_quotes, sentence_of
from explorer.temporal.lexicon import WEEKDAY_NAMES
from explorer.temporal.tense_markers import DAY_AHEAD, ING_NOT_VERB, MODAL_MAY, SAID, SINCE, tense_markers


# Prepositions and nouns that look ahead, but only decide when no verb does ("remain until March 6")
_WEAK_FUTURE = re.compile(r"(?i)\b(?:until|till|til|deadline|effective|" + MODAL_MAY + r"|might|"
                          # "unlikely before the autumn"; a bare "before Friday's close" follows the
                          # verbs a sentence may have that are not read as markers ("hit", "cut")
                          r"before(?=\s+the\b)|"
                          # "the earliest that could happen is Monday": a happening that may come, not
                          # an ability ("could not be located Wednesday")
                          r"could\s+(?:happen|come|begin|start|open|reopen|resume|end|finish|arrive|return|"
                          r"take\s+place))\b(?!\s+have)")
# A question with no verb that marks its tense asks about plans ("movie on fri?", "dinner sat night?")
# (a post may close it with emoji or hashtags: "who's out sat nite? 🍻", "drinks fri? #tgif")
_BARE_QUESTION = re.compile(r"\?(?:\s*(?:#\w+|[^\w\s]))*\s*$")
# The post's form with its subject and "be" dropped ("flying out on sunday", "heading home fri") is
# read only where the sentence has no verb marker at all: an opening participle clause of a report
# ("Sentencing him on Thursday, the judge said ...") dates what the main verb says.
_OPENING_ING = re.compile(r"(?i)^\W*(?:@\w+\s+)*" + ING_NOT_VERB + r"[a-z]{2,}ing\b" + DAY_AHEAD)
# A sentence that opens with a bare verb is an instruction, carried out after it is read ("Send
# notices to the editor by Wednesday evening", "Bring a packed lunch on Saturday"); after "Please" any
# verb is ("Please pay the balance by Friday", "Please return the form by 3 June")
_IMPERATIVE = re.compile(
    r"(?i)^\W*(?:please\s+[a-z]{2,}|(?:send|bring|come|join|book|call|email|e-mail|phone|ring|register|apply|submit|"
    r"visit|remember|contact|reserve|sign\s+up|tell|let\s+us\s+know|don't\s+forget|do\s+not\s+forget|"
    r"make\s+sure|get\s+in\s+touch|hand\s+in|pay|return|renew|collect|complete))\b")
_REPORTED_AFTER = re.compile(
    r"(?i)^(?:'s)?\s*,?\s*(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\b")
# A reporting verb as a passive after "be" is a telling not yet done ("the results will be announced on
# Saturday", "staff are to be told at a meeting on Friday"): the sentence's own tense decides.
_NOT_PASSIVE = r"(?<!\bbe\s)"
_REPORTED_ON = re.compile(
    r"(?i)" + _NOT_PASSIVE + r"\b(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\s+(?:on\s+|late\s+|early\s+)?$")
# A reporting verb with its audience or setting before the date: "told reporters on Friday", "told a
# news conference on Monday", "said in a statement on Tuesday", "told staff at the depot late
# Thursday". The date says when the telling was, whatever the reported clause's tense ("The mill will
# close, its owner told reporters on Friday"). The audience is a short noun phrase (a determiner only
# first, no pronoun, modal or "that"), so a reported clause ("told staff the mill closes on Friday",
# "said it will close on") never passes for one.
_NP_WORD = r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|it|he|she|they|we|you|i|" \
    r"will|would|shall|should|could|can|may|might|must|to|is|are|was|were|be|been|has|have|had|not|and|or|" \
    r"on|in|at|by|for|next|last|this)\b)[A-Za-z][\w'’.-]*\s+"
_DET = r"(?:the|a|an|his|her|their|its|our)\s+"
_SETTING = r"(?:in|at|during)\s+(?:" + _DET + r")?(?:" + _NP_WORD + r"){1,3}"
# "to" with a determiner or a name after it is an audience ("in an email to the staff", "to Reuters");
# "to" with a bare lowercase word may be an infinitive ("told staff to expect closure on Friday")
_TO_AUDIENCE = r"to\s+(?:" + _DET + r"(?:" + _NP_WORD + r"){1,2}|(?-i:[A-Z])[\w'’.-]*\s+)"
_REPORTED_TO_ON = re.compile(
    r"(?i)" + _NOT_PASSIVE + r"\b(?:(?:told|briefed|informed)\s+(?:" + _DET + r")?(?:" + _NP_WORD + r"){1,2}(?:" + _SETTING + r")?|"
    r"(?:said|announced|stated|confirmed|declared|added|reported|disclosed|told|wrote)\s+"
    r"(?:" + _SETTING + r"(?:" + _TO_AUDIENCE + r")?|" + _TO_AUDIENCE + r"(?:" + _SETTING + r")?))"
    r"(?:on\s+|late\s+|early\s+)?$")


def reported_on(s: str, rel: int) -> bool:
    """Whether a reporting verb stands right before position ``rel`` of ``s``: "said on Tuesday",
    "officials said Friday", "told reporters Friday", "said in a statement on Tuesday". WHY: the date
    there says when the news was told, whatever the tense of the clause reported ("The mill will
    close, its owner told reporters on Friday"), and it is a day of the writer's week, not one counted
    from a date the sentence told the happening on ("sank on 2 May 2019, officials said Friday")."""
    return _REPORTED_ON.search(s[max(0, rel - 20):rel]) is not None \
        or _REPORTED_TO_ON.search(s[max(0, rel - 70):rel]) is not None
# "effective Feb. 1", "to take effect March 1", "goes into effect Sunday", "comes into force on Monday":
# a change announced ahead of the day it applies (the past "went into effect" is no match)
_EFFECTIVE_BEFORE = re.compile(r"(?i)\b(?:effective|take\s+effect|takes\s+effect|taking\s+effect"
                               r"|(?:go|goes|going|come|comes|coming)\s+into\s+(?:effect|force))\s+(?:on\s+|as\s+of\s+)?$")
# "postponed until Tuesday morning", "extended its deadline to 9 a.m. Tuesday": a delay looks ahead of
# the day it was decided, whatever the tense of the verb that reports it
_DELAYED_UNTIL = re.compile(
    r"(?i)\b(?:postponed|extended|delayed|deferred|adjourned|put\s+off|pushed(?:\s+(?:back|out))?|bumped|rescheduled|moved)\b"
    r"[^.;:]{0,40}\b(?:until|till|to)\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)?\s*(?:[A-Z]{3}\s+)?)?$")
# Longing for a day still to come, in a post's present: "can't wait for fri", "so looking forward to
# Saturday" (not "couldn't wait for", told of the past)
_LOOKING_FORWARD = re.compile(
    r"(?i)(?:\b(?:can['’]?t|cannot|can\s+not)\s+wait\s+(?:for|till|til|until)|\blooking\s+forward\s+to)\s+(?:on\s+)?$")
# The day a thing is set for: "has called a meeting for Wednesday", "issued an amber wind warning for
# Sunday", "its forecast for Friday rose to 36C", "the strikes planned for Thursday". A meeting is
# called, a warning issued and a forecast made ahead of the day it is for, so a weekday after "for"
# lies after the telling, whatever the tense of the verb that tells of the making. Not a possessive
# ("for Monday's match": the match is dated by its own verbs), nor a plan told from further back
# ("had been planned for Saturday", "was scheduled for Friday": the day may be gone), see _SET_FROM_BEFORE
_SET_FOR = re.compile(rf"(?i)(?<!\bwait\s)\bfor\s+(?:on\s+)?(?={WEEKDAY_NAMES}\b(?![’']s))")  # not "couldn't wait for"
_SET_FROM_BEFORE = re.compile(r"(?i)\b(?:had|was|were)\b[^.;:,]*$")
# ... nor a thing set for the day and then told of as done with ("a memorial service planned for
# Saturday was cancelled": the cancelling may come after the day, told on the Sunday)
_SET_THEN_TOLD_AFTER = re.compile(r"(?i)\w+[^.;:,]{0,40}?\b(?:was|were|had)\b")
#: what is done "ahead of" a day is done before the day comes, whatever the tense of the doing:
#: "markets are calm ahead of Monday's vote", "troops massed in the run-up to Sunday's poll"
AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]?up\s+to|in\s+advance\s+of)\s+(?:next\s+|this\s+)?$")
#: a weekday's event still to come, told by the event's own happening after it ("Sunday's vote will be
#: held", "Monday's talks are scheduled to start", "Friday's match is set for 3 p.m."): news names a
#: day's event once it happened ("Wednesday's ruling will be appealed" is past), but an event cannot
#: be held or start again once it has
_EVENT_HAPPENS_AHEAD = re.compile(
    r"(?i)^['’]s\s+(?:[\w-]+\s+){1,3}?(?:(?:will|is\s+to|are\s+to)\s+|(?:is|are)\s+(?:scheduled|set|due|slated|expected|planned|likely|going)\s+to\s+)"
    r"(?:start|begin|open|take\s+place|be\s+held|go\s+ahead|be\s+played|be\s+staged|get\s+under\s*way|kick\s+off)\b"
    r"|^['’]s\s+(?:[\w-]+\s+){1,3}?(?:is|are)\s+(?:scheduled|set|slated|due|planned)\s+(?:for|at)\b"
    r"|^['’]s\s+(?:[\w-]+\s+){1,3}?would\s+(?:start|begin|open|take\s+place|be\s+held|go\s+ahead)\b")
#: ... or by a gathering, a contest or a ballot (things held on a day, not outcomes of one) doing
#: something to come: "Tuesday's meeting will decide", "Sunday's election will be the first since
#: 1990", "Saturday's summit is expected to draw 20 leaders". An outcome still looks back ("Friday's
#: ruling will affect thousands"), and so does a passive, told of what is done with a past event
#: ("Monday's vote will be challenged in court")
_HELD_EVENT = (r"(?:meeting|talks|summit|conference|session|hearing|election|elections|vote|ballot|poll|polls"
               r"|referendum|runoff|run-off|primary|primaries|caucus(?:es)?|debate|match|game|final|race|derby"
               r"|ceremony|parade|concert|rally|march|auction|meet|showdown|contest|tournament|festival|launch)")
_HELD_EVENT_AHEAD = re.compile(
    rf"(?i)^['’]s\s+(?:[\w-]+\s+){{0,2}}?{_HELD_EVENT}\b(?:,[^,.;]{{1,80}},)?\s+"
    r"(?:will|(?:is|are)\s+(?:expected|likely|due|scheduled|set|slated|going)\s+to|(?:is|are)\s+to)\s+"
    r"(?!be\s+\w+ed\b|be\s+(?:seen|held\s+up|thrown|overturned|taken)\b|have\b|not\s+be\s+\w+ed\b)\w")
#: ... or by getting ready for it or waiting for it, said in the present: "officials are preparing for
#: Sunday's vote", "fans gearing up for Saturday's final", "investors are waiting for Friday's jobs
#: report", "markets await Monday's rate decision" (a past "braced for", "waited for" may tell of a day gone)
_READYING_FOR = re.compile(
    r"(?i)\b(?:prepar(?:e|es|ing)|brac(?:e|es|ing)|gear(?:s|ing)?\s+up|get(?:s|ting)?\s+ready|(?:is|are|am)\s+ready"
    r"|look(?:s|ing)?\s+(?:ahead|forward)|(?:\b(?:is|are|am)|(?<=\w)['’](?:re|m|s))\s+(?:\w+\s+)?waiting|waits)\s+(?:for|to)\s+$"
    r"|\bawait(?:s|ing)?\s+$")


def possessive_day_ahead(text: str, start: int, end: int) -> bool:
    """Whether the event of a possessive weekday ("Sunday's vote") lies ahead of the report: held,
    started or scheduled after it, or readied for in the present (see the patterns above)."""
    after = text[end:end + 160]
    return bool(_EVENT_HAPPENS_AHEAD.match(after) or _HELD_EVENT_AHEAD.match(after)
                or _READYING_FOR.search(text[max(0, start - 40):start]))


# Back at work or school with no verb in the sentence: a post about the days ahead ("back at work
# A label that opens a sentence and looks ahead: a diary's "Coming up: retail sales on Tuesday", a
# newsletter's "Looking ahead:", an outlook's "Into next week: ... on Wednesday night"; what follows
# with no verb of its own is still to come
_AHEAD_LABEL = re.compile(
    r"(?i)^\W*(?:coming\s+up|looking\s+ahead|still\s+to\s+come|up\s+next|(?:the\s+)?week\s+ahead|(?:into\s+)?next\s+week|"
    r"this\s+weekend|(?:the\s+)?outlook|dates\s+for\s+(?:your|the)\s+diary)[ \t]*:")
# A forecast's day lines: after a line opened by "Today:", "Tonight:" or "Tomorrow:", a sentence that
# opens with a day and a colon ("Friday: windy", "Sunday afternoon: rain") tells a day to come
_TOLD_AS_DONE = re.compile(r"(?i)\b(?:was|were|had|did)\b")
_FORECAST_FIRST_LINE = re.compile(r"(?im)^[ \t]*(?:today|tonight|tomorrow)[ \t]*:")
_DAY_LABEL_OPENS = re.compile(rf"(?i)^\W*(?:{WEEKDAY_NAMES}|this\s+weekend)(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]*:")
# monday and i already hate it"); a verb ("was back at work Monday") gives its own tense first
_BACK_AT = re.compile(r"(?i)\bback\s+(?:(?:at|to)\s+(?:work|school|class|uni|college|the\s+office)\s+)?(?:on\s+)?$")


def headline_plan(ctx: Context, pos: int) -> bool:
    """A headline's bare infinitive with no verb marker in its line ("Prices to peak in June")."""
    a, b = sentence_of(ctx, pos)
    s = ctx.text[a:b]
    return not tense_markers(ctx, a, b, s) and _HEADLINE_INFINITIVE.search(s[:pos - a]) is not None


def tense_at(ctx: Context, pos: int) -> str | None:
    """"past", "future" or None, from the verb markers nearest to ``pos`` in its sentence.

    A reporting verb right next to the expression ("said Friday", "on Tuesday said") is what the
    expression dates, so it decides; elsewhere reporting verbs only say when the news was told and
    count less than any other verb."""
    a, b = sentence_of(ctx, pos)
    s = ctx.text[a:b]
    rel = pos - a
    if is_notice(s, [at for at, _, _ in tense_markers(ctx, a, b, s)]):
        return "future"  # "Closed Monday.", "Market open Fri–Sun": a notice speaks forward (notices.py)
    if reported_on(s, rel) or SINCE.search(s[max(0, rel - 24):rel]):
        return "past"  # "said on Tuesday", "told reporters on Tuesday"; "for the first time since March" looks back
    if _EFFECTIVE_BEFORE.search(s[max(0, rel - 24):rel]) or _DELAYED_UNTIL.search(s[max(0, rel - 70):rel]) \
            or _LOOKING_FORWARD.search(s[max(0, rel - 30):rel]) \
            or AHEAD_OF.search(s[max(0, rel - 30):rel]) and not s.startswith("'s", rel + len(re.match(r"\w*", s[rel:])[0])):
        # (a possessive weekday after "ahead of" is left to the resolver: "sold shares ahead of
        # Monday's vote" on a Saturday may be the Monday gone)
        return "future"
    if (set_for := _SET_FOR.search(s, max(0, rel - 8), rel + 20)) is not None and set_for.end() == rel \
            and not _SET_FROM_BEFORE.search(s[max(0, rel - 60):rel]) and not _SET_THEN_TOLD_AFTER.match(s, rel):
        return "future"  # "has called a meeting for Wednesday": a thing is set before the day it is for
    end = re.match(r"[\w.]*", s[rel:])
    after = s[rel + (end.end() if end else 0):]
    if _REPORTED_AFTER.match(after):
        return "past"  # "Bush on Tuesday said"
    if (_AHEAD_LABEL.match(s) or _DAY_LABEL_OPENS.match(s) and _FORECAST_FIRST_LINE.search(ctx.text, max(0, a - 3000), a)) \
            and not _TOLD_AS_DONE.search(s):
        # a look-ahead's or a forecast's line speaks forward; its "-ed" words are states ("unsettled",
        # "scattered showers"), only a finite past ("was", "were", "had") tells a thing done
        return "future"
    best: tuple[int, str] | None = None
    for start, name_here, penalty in tense_markers(ctx, a, b, s):
        if name_here == "aside":
            if not start <= rel <= s.find(",", start):
                continue  # a participle aside dates what it says, nothing outside it
            name_here = "past"
        d = abs(start - rel) + penalty
        if best is not None and d >= best[0]:
            continue  # cannot come nearer, whatever lies between
        if start > rel and name_here == "future" and _reported_after(s, rel, start, tense_markers(ctx, a, b, s)):
            continue  # "shut a plant on Monday and said on Thursday it will sell ...": the report's future
        if start > rel and _NEXT_CLAUSE.search(s[rel:start]):
            d += 40  # a verb in the next clause ("met on Friday and will meet ...") says less
        if best is None or d < best[0]:
            best = (d, name_here)
    if best is None:
        if _WEAK_FUTURE.search(s) or _BARE_QUESTION.search(s) and not inside_quotes(ctx, pos):
            return "future"
        if _BACK_AT.search(s[max(0, rel - 30):rel]) or _OPENING_ING.match(s):
            return "future"
        if _HEADLINE_INFINITIVE.search(s[:rel]):
            return "future"  # "Minister to visit Paris Monday": a headline's bare infinitive is a plan
        if _IMPERATIVE.match(s) and not inside_quotes(ctx, pos):
            return "future"
        if hours_follow(s, rel):
            return "future"  # "Visitors are welcome Sat 10-4": opening hours tell when to come (notices.py)
        return None
    return best[1]


def _reported_after(s: str, rel: int, start: int, markers: list[tuple[int, str, int]]) -> bool:
    """Whether a future at ``start`` lies inside a report whose verb comes after the expression at
    ``rel`` ("held a fair on Saturday, and the trust said on Tuesday it will add a wing"): that future is
    what was said, dated from the report, and says nothing of the expression's direction. A reporting
    verb set off by commas (", officials said, will decide") is a parenthesis, not such a report."""
    for at, _, penalty in markers:
        if rel < at < start and penalty == 30 and SAID.match(s, at) \
                and not re.match(r"[a-z]+\s*,", s[at:start], re.IGNORECASE):
            return True
    return False


# A headline's (or a post's) "to" + verb with no finite verb in the sentence: "Minister to visit Paris
# Monday", "back to work monday". The verb is lowercase and no determiner, so "trip to Paris" and "to the
# summit" are no plans; a sentence with any tense marker never gets here.
_HEADLINE_INFINITIVE = re.compile(
    r"(?<![\w'’])[Tt]o\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|date|be|been|"
    r"and|or|some|all|each|every|one|two|three)\b)[a-z]{3,}\b")

_NEXT_CLAUSE = re.compile(r",|\b(?:and|but|while|whereas)\b")
