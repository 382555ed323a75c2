"""The direction a date's own clause gives it for sure: a past verb right at the date, a plain
future earlier in its clause, a deadline or limit a past verb looks ahead to.

:func:`explorer.temporal.tense.tense_at` weighs every verb of a sentence and may pick the wrong
one; the resolver asks these questions when it must know whether the date's own verb looks back
("closed two plants in March") or ahead ("will open a plant in November", "gave them until Friday
to reply"), and how far a yearless date may lie on the wrong side of the report (:func:`yearless_slack`).
They read the same verb markers as the tense (:mod:`explorer.temporal.tense_markers`).
"""

from __future__ import annotations

import re

from explorer.temporal.anchor_context import Context, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.telling_verbs import FORESEEING_VERBS, KNOWING_VERBS, SAYING_VERBS, TELLING_WITH_THAT_VERBS, telling_forms
from explorer.temporal.tense_markers import (
    BARE_PAST_AFTER_SUBJECT, ED_ADJECTIVES, FINITE_PAST, MODAL_MAY, PASSIVE_ED, PAST, PAST_AUX, REPORTING, SINCE,
    ed_verb_before_preposition,
    tense_markers,
)


# A past participle with its agent, ending right before the expression in the same clause: "the
# conditions set by the Secretary of State in May", "the rules drawn up by the old board in March".
# The agent pushes the participle beyond the few words :func:`adjacent_past` looks at, yet the act
# is done: the expression dates it. After "be"/"to be" (and "will be") it is a passive of that
# auxiliary's tense, not a done act.
_PARTICIPLE_BY = re.compile(
    r"(?i)(?<![\w-])(?P<verb>set|made|given|taken|done|put|won|sent|held|written|signed|drawn(?:\s+up)?|laid\s+down|"
    r"[a-z]{2,}ed)\s+by\s+(?:[\w.’'-]+\s+){1,9}(?:in|on|at|during|from)\s+$")


def participle_with_agent(ctx: Context, start: int) -> bool:
    # within the sentence, whose splitting already knows "U.S." and "Dr." are no sentence ends
    a, _ = sentence_of(ctx, start)
    clause = re.split(r"[,;:!?\n(\"“”]", ctx.text[max(a, start - 110):start])[-1]
    m = _PARTICIPLE_BY.search(clause)
    if m is None or m.group("verb").lower() in ED_ADJECTIVES:
        return False
    return not re.search(r"(?i)\b(?:be|being|is|are|am|been)\s+(?:\w+ly\s+)?$", clause[:m.start()])


# ", and Reilly said ...": a clause of its own after the expression's, not the clause it opens
_NEXT_COORDINATE = re.compile(r"(?i),\s*(?:and|but|or|while|whereas)\b")


def adjacent_past(ctx: Context, start: int, end: int) -> bool:
    """A past-tense verb right before the expression, or in the clause it opens ("In January, X
    brought in ..."), or a past participle whose agent leads up to it ("set by the minister in
    May"), so that the expression dates a past event for sure."""
    if participle_with_agent(ctx, start) or SINCE.search(ctx.text[max(0, start - 24):start]):
        return True  # "set by the minister in May"; "for the first time since March"
    a, _ = sentence_of(ctx, start)
    # within the sentence, whose splitting knows "p.m." and "Jan." are no sentence ends
    before = re.split(r"[,;:!?\n(\"]", ctx.text[max(a, start - 40):start])[-1]
    words = before.split()[-4:]
    for i, w in enumerate(words):
        w = w.lower()
        if w in ED_ADJECTIVES or not PAST.fullmatch(w):
            continue
        if w not in FINITE_PAST and i > 0 and words[i - 1].lower() in ("be", "been", "being", "to", "the", "a", "an"):
            continue
        if w not in ("last", "earlier", "ago", "yesterday"):
            return True
    for m in BARE_PAST_AFTER_SUBJECT.finditer(ctx.text, max(a, start - 80), start):
        if len(ctx.text[m.end("v"):start].split()) <= 4 and not re.search(r"[,;:!?(\"]", ctx.text[m.end("v"):start]):
            return True  # "the company cut 500 jobs in May"
    after = re.split(r"[.;:!?\n]", ctx.text[end:end + 45], maxsplit=1)[0]
    if after.startswith(",") and len(before.split()) <= 3 and not _NEXT_COORDINATE.match(after) \
            and _bare_past_opens(after[1:]):
        return True  # "On 21 April, a storm hit the coast": a past like its present, but for the "-s"
    if after.startswith(",") and len(before.split()) <= 3 and not _NEXT_COORDINATE.match(after):
        # only an expression that opens its clause ("In January, X brought in"): one that ends a
        # clause ("leaves on 2 April, so I have twelve days left") is not what the next one dates
        for pm in PAST.finditer(after):
            w = pm.group(0).lower()
            if w in ED_ADJECTIVES or (w not in FINITE_PAST and PASSIVE_ED.search(after[max(0, pm.start() - 12):pm.start()])):
                continue
            return True
    first = after.split()[:2]
    if not before.strip() and first and PAST.fullmatch(first[0]) and first[0].lower() not in ED_ADJECTIVES \
            and not (len(first) > 1 and _PLAN_AFTER_SUBJECT.fullmatch(first[1])):
        # "January was bitter", "December brought floods", "Friday saw the first frost": the
        # expression is its clause's subject, and the past verb right after it dates it for sure
        # ("March was due to see the launch" is a plan)
        return True
    opener = ctx.text[a:start].split()
    if not after.startswith(",") and len(opener) == 1 and opener[0].lower() in _OPENING_PREPOSITIONS:
        # "In May the plant reopened", "On May 9 he resigned": an expression opening its sentence
        # without a comma dates the clause it opens just the same; its verb follows a short subject
        for i, w in enumerate(after.split()[:6]):
            w = w.strip("'’\"").lower()
            if w in _NOT_PAST_YET:
                break
            if i > 0 and PAST.fullmatch(w) and w not in ED_ADJECTIVES \
                    and (w in FINITE_PAST or not w.endswith("ed") or after.split()[i - 1].lower() not in _BE_WORDS):
                return True
        if _bare_past_opens(after):
            return True  # "On 21 April a storm hit the coast", "On Monday the council cut the grant"
    return False


def _bare_past_opens(clause: str) -> bool:
    """Whether ``clause`` opens with its subject and a past whose form is the bare verb's ("a storm hit",
    "the council cut"), read as a past only where a present would need its "-s" (see
    ``tense_markers.BARE_PAST_AFTER_SUBJECT``)."""
    m = BARE_PAST_AFTER_SUBJECT.match(clause.lstrip())
    return m is not None and len(clause.lstrip()[:m.start("v")].split()) <= 4


# after "was" right behind a date that is its clause's subject: a plan, not a past ("May was set to bring")
_PLAN_AFTER_SUBJECT = re.compile(r"(?i)due|set|expected|scheduled|supposed|going|to|planned|meant|slated")
# the prepositions a date opening a sentence takes ("In May", "On Friday", "By June", "Over Easter",
# "At Christmas"); a bare name
# opening a post ("Memorial Day 2 was fun") is left to the tense as before
_OPENING_PREPOSITIONS = frozenset({"in", "on", "by", "during", "early", "late", "last", "since", "over", "at", "throughout"})
# words before a sentence's finite verb that say its verb is not a plain past ("will", "is to")
_NOT_PAST_YET = frozenset({"will", "would", "shall", "should", "may", "might", "must", "can", "could", "is",
                           "are", "am", "to", "plans", "expects", "hopes", "intends", "won't", "wouldn't"})
_BE_WORDS = frozenset({"be", "been", "being", "is", "are", "am"})

# After "to", a word no bare infinitive takes the form of: a plural ("opened to yachts", "spoke to
# reporters"; not "-ss"/"-us": "to discuss", "to focus") or a long "-ing" form ("reopened to passing
# traffic"; "to bring", "to spring" are verbs). "to" is then a preposition, not a plan.
_NO_INFINITIVE = r"[a-z]*(?:[^\Wsu]s|[a-z]{4}ing)\b"

# Between a past verb and a month, what says the month is a plan after all: an infinitive ("agreed
# to hold talks in February"), a plan or a modal ("plans a new offering in January"), a present that
# schedules ("the plant opens in February")
PLAN_BETWEEN = re.compile(
    r"(?i)\bto\s+(?!(?:a|an|the|his|her|its|their|our|this|that|early|late|mid|\d)\b)(?!" + _NO_INFINITIVE + r")(?-i:[a-z]+)|\b(?:plans?|will|would|could|" + MODAL_MAY + r"|might|"
    r"should|shall|expects?|is|are|be|opens?|begins?|starts?|ends?|closes?|expires?|matures?|resumes?|payable|due|set|"
    r"scheduled|slated)\b")


def past_verb_reaches(ctx: Context, pos: int) -> bool:
    """Whether the past verb nearest to ``pos`` in its sentence governs it: nothing between them
    turns the month into a plan."""
    a, b = sentence_of(ctx, pos)
    s = ctx.text[a:b]
    rel = pos - a
    past = [start for start, name, _ in tense_markers(ctx, a, b, s) if name == "past"]
    if not past:
        return False
    v = min(past, key=lambda start: abs(start - rel))
    between = s[v:rel] if v < rel else s[rel:v]
    if v < rel and _MADE_TO_HAPPEN.match(between):
        # "forced the minister to resign on 9 March": the infinitive tells what the past verb made
        # happen, then, not a plan ("ordered the firm to pay by 9 March" is one)
        between = re.sub(r"\bto\s+[a-z]+\b", "", between, count=1)
    between = re.sub(r"^\S+", "", between, count=1) if v < rel else between  # not the verb itself
    return not PLAN_BETWEEN.search(between)


#: A past verb that makes its object do what the infinitive after it says, done when it is told: "forced
#: the minister to resign", "led the party to split", "prompted officials to close the port".
_MADE_TO_HAPPEN = re.compile(r"(?i)(?:forced|compelled|obliged|caused|led|prompted|drove|pushed|helped|managed)\s+"
                             r"(?:(?:[\w’'-]+\s+){0,4}?)to\s+[a-z]+\b")


#: After "is" or "are", a plan fixed ahead: "is planned for", "are due to", "is set to", "is slated for"
#: (read here and by ``story_time``'s plan of the writer's now).
SCHEDULED = r"planned|scheduled|slated|set|due"
# A plain future in the writer's own voice: "will host", "is planned for", "is scheduled to".
_FUTURE_WORDS = (
    r"will|shall|'ll|(?:is|are)\s+(?:" + SCHEDULED + r")|(?:is|are)\s+going\s+to|"
    # the writer's own forecast: "the agency expects prices to peak in June"
    r"expects?|"
    # an obligation still to be met ("should be finished by June"), not one looked back on ("should have")
    r"(?:should|must)(?!\s+(?:not\s+)?have\b)")
_PLAIN_FUTURE = re.compile(r"(?i)\b(?:" + _FUTURE_WORDS + r")\b")


#: the verbs reporting what was said, promised, foreseen or known, as a bare alternation
TELLING = telling_forms(SAYING_VERBS, FORESEEING_VERBS, KNOWING_VERBS, TELLING_WITH_THAT_VERBS, present=True)
#: a verb reporting what was said, promised or foreseen
SAYING = re.compile(r"(?i)\b(?:" + TELLING + r")\b")
#: the future of the past after it: what the speaker then said was to come
FUTURE_OF_THE_PAST = re.compile(r"(?i)\b(?:would|could|might|was\s+going\s+to|were\s+going\s+to|was\s+to|were\s+to)\b")


def reported_future(text: str, start: int, end: int, after: int = 0) -> int | None:
    """Where the future of the past of a plan reported as said then ends ("said the flights would",
    "promised in March 2019 that the line was to"): the end of the last "would"-like word after a
    verb of saying in ``text[start:end]`` (and after ``after``), in that verb's clause (no ";"
    between); else None. One reading for both who ask: which side of the report a reported date is
    on (``plainly_future``) and from which day a reported "next year" counts (``reported_years``)."""
    say = SAYING.search(text, start, end)
    if say is None:
        return None
    stop = text.find(";", say.end(), end)
    last = None
    for last in FUTURE_OF_THE_PAST.finditer(text, max(say.end(), after), end if stop < 0 else stop):
        pass
    return last.end() if last is not None else None


# a deadline, limit or aim: "gave them until mid-November to answer", "prepared for the March
# accession" look ahead of their past verb
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(until|till|by|through|before|for)\s+(?:the\s+)?(?:early\s+|late\s+|end\s+of\s+)?$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# an infinitive just before the date, after the clause's verb: "decided to strike on", "agreed to
# hold talks in" (not "to the", "to 3%", "moved to Leeds in", nor a place or state gone to without its
# article: "were lowered to safety on", "was taken to hospital in", "went to court on")
_TO_A_BARE_NOUN = r"(?:safety|hospital|court|prison|jail|school|work|shore|land|sea|port|bed|church|market|trial|town|power|office|death)\b"
_INFINITIVE_BEFORE = re.compile(
    r"\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b|" + _TO_A_BARE_NOUN + r")[a-z]{2,}\s+(?:[\w'’-]+\s+){0,3}(?:on|in|by)?\s*$")


#: a past perfect in the clause ("By April, the dam had been repaired", "prices had doubled by June")
#: or a past passive straight before "by" ("the repairs were finished by April"): the act was done by
#: the date, so the date is no limit still ahead but one the report looks back on
_DONE_BY_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:already|largely|mostly|nearly|almost|been|not|all)\s+){0,2}[a-z]{2,}(?:ed|en|wn|ne|t)\b")
_DONE_BY_PASSIVE = re.compile(r"(?i)\b(?:was|were)\s+(?:(?:already|largely|mostly|fully|all)\s+)?[a-z]{2,}(?:ed|en|wn|ne|t)\s+by\s+$")


def _done_by(ctx: Context, c: Cand) -> bool:
    """Whether the "by" before ``c`` says when a thing told as done was done (see above)."""
    a, b = sentence_of(ctx, c.start)
    if _DONE_BY_PASSIVE.search(ctx.text, max(a, c.start - 40), c.start):
        return True
    clause = re.split(r"[;:]|,\s+(?:but|and|while|although|when|as)\b", ctx.text[a:b])
    at = c.start - a
    for part in clause:
        if at < len(part):
            return _DONE_BY_PAST_PERFECT.search(part) is not None and not re.search(r"(?i)\b(?:will|shall|'ll)\b", part)
        at -= len(part)
    return False


def deadline_ahead(ctx: Context, c: Cand) -> bool:
    """A time the clause's past verb may look ahead to: a plan it decided ("decided to strike on
    Jan. 4"), an aim ("prepared for the March accession"),
    a deadline ("paid automatically by 31 March") or a limit set for something still to be done
    ("gave them until Jan. 9 to reply"), unlike a state that lasted up to it ("was closed until
    Jan. 3") or a past happening placed before a day ("prices rose before Independence Day": the
    past verb points back, so the day is the last one before the report)."""
    if _INFINITIVE_BEFORE.search(ctx.text[max(0, c.start - 40):c.start]):
        return True  # "decided to strike on Jan. 4": the past verb decides a plan
    m = _DEADLINE_BEFORE.search(ctx.text[max(0, c.start - 24):c.start])
    if m is None:
        return False
    if m.group(1).lower() == "by" and _done_by(ctx, c):
        return False  # "By April, the dam had been repaired": done by then, no limit ahead
    return m.group(1).lower() not in ("until", "till", "before") or _TO_VERB.match(ctx.text, c.end) is not None


# "ordered residents to leave by noon Thursday", "if the company agreed by Thursday to keep ...": a
# deadline set for an infinitive's act lies ahead of the verb that set it (as TBAQ's "asked it to
# respond by Oct. 31" does), unlike a past act done by a day ("had filed reports by Wednesday")
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:noon\s+|midnight\s+)?$")
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+$")
#: a modal of what may yet be and its verb right before "until": "could last until", "may remain
#: closed until", "should stay in force until" (not "could have lasted until", told of the past)
_MODAL_UNTIL = re.compile(r"(?i)\b(?:could|might|may|should|must|can|would)\s+(?:not\s+|well\s+|still\s+)?"
                          r"(?!have\b)[a-z]+(?:\s+(?!until\b|till\b)[\w-]+){0,3}\s+(?:until|till)\s+$")
_INFINITIVE_THEN_BY = re.compile(
    r"\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{2,}\s+(?:[\w'’-]+\s+){0,4}by\s+(?:noon\s+|midnight\s+)?$")


# A condition or time clause under a future or a modal says its verb in the present or the past,
# yet looks ahead with it: "were likely to buy as soon as trading opened Monday", "will not hand him
# over if they lose when the case is heard in May", "could be called off if the company agreed by
# Thursday"
_CONDITION_UNDER_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|would|could|might|shall|'ll|likely\s+to|expected\s+to)\b[^.;:!?]{0,100}?"
    r"\b(?:as\s+soon\s+as|once|if|unless|when)\s+(?:[\w'’-]+\s+){1,7}$")


def condition_under_future(ctx: Context, c: Cand) -> bool:
    a, _ = sentence_of(ctx, c.start)
    before = ctx.text[a:c.start]
    m = _CONDITION_UNDER_FUTURE.search(before)
    return m is not None and not REPORTING.search(before, m.start())


def weekday_deadline(ctx: Context, c: Cand) -> bool:
    """A bare weekday that is the deadline of an infinitive before or after it (see above), or a
    limit set with "until" for an act still to come ("gave the defence until Friday to respond"),
    unlike a state that lasted up to it ("stayed until Friday")."""
    before = ctx.text[max(sentence_of(ctx, c.start)[0], c.start - 60):c.start]
    if _UNTIL_BEFORE.search(before) is not None:
        # "could last until Friday", "may stay shut until Monday": a modal's state still to run up to
        # the day, as "gave them until Friday to respond" is a limit still to come
        return _TO_VERB.match(ctx.text, c.end) is not None or _MODAL_UNTIL.search(before) is not None
    if _BY_BEFORE.search(before) is None:
        return False
    return _INFINITIVE_THEN_BY.search(before) is not None or _TO_VERB.match(ctx.text, c.end) is not None


def yearless_slack(ctx: Context, c: Cand, tense: str | None, strong_past: bool, plain_future: bool) -> int | None:
    """Days a yearless date may lie on the wrong side of the report for its tense and still be read
    in the document's year (see :func:`choose`).

    A past verb right at the date ("closed two plants in March", written in February) or the
    writer's own future ("will open a plant in November", written on 30 December) leaves none: the
    date is last year's or next year's. A future reported from a statement ("said they would act
    by Jan. 14") counts from the day it was said, a few days before the report; a past verb with a
    deadline ("gave them until mid-November") looks ahead of itself; a tense read from a verb
    further off is often the wrong verb's: None leaves it to :func:`choose`'s month of slack."""
    if tense == "past" and strong_past:
        return 0
    if tense == "future" and plain_future:
        # a reported day may have passed since it was said; a reported month still under way at
        # the saying would be under way at the report too
        own = plainly_future(ctx, c.start, reported=False)
        return 0 if own or c.spec is None or c.spec.gran != "D" else 7
    return None


#: ... and told of the thing forecast: "the merger is expected to close in the first quarter", "rates
#: are likely to rise in September". Which side of the report a yearless month or quarter is on
#: (yearless.py) reads it; whether a date is the writer's own rather than the story's does not (a
#: trial "set for Sept. 15 and expected to run until early October" runs in that September's year)
_FORECAST = re.compile(r"(?i)\b(?:" + _FUTURE_WORDS + r"|(?:is|are)\s+(?:widely\s+|now\s+|also\s+)?(?:expected|likely|forecast|projected|predicted)\s+to)\b")


def plainly_future(ctx: Context, pos: int, reported: bool = True, forecast: bool = False) -> bool:
    """A future verb earlier in the expression's clause with no past verb between them ("will
    double its flights by August"), or a plan reported as one ("said the flights would leave on");
    with ``forecast``, a thing forecast too ("is expected to close in the first quarter")."""
    a, _ = sentence_of(ctx, pos)
    clause = re.split(r"[;:]|,\s+(?:but|while|although|after|when)\b", ctx.text[a:pos])[-1]
    aside = re.search(r",\s+(?:who|which)\b[^,]*$", clause)
    if aside:
        clause = aside.group(0)  # an aside's relative clause still open is its own: "will succeed X, who retired in"
    found = list((_FORECAST if forecast else _PLAIN_FUTURE).finditer(clause))
    if found and reported and REPORTING.search(clause, found[-1].end()):
        # "Schools will close Thursday, and airports said they would suspend flights from Thursday
        # evening": the writer's future is another clause's; this one reports a plan
        found = []
    if not found:
        said_end = reported_future(ctx.text, a, pos) if reported else None
        if said_end is None:
            return False
        rest = ctx.text[said_end:pos]
    else:
        rest = clause[found[-1].end():]
    if PAST_AUX.search(clause[:found[-1].start()] if found else ""):
        return False
    if any(not PASSIVE_ED.search(rest[max(0, m.start() - 12):m.start()]) for m in REPORTING.finditer(rest)):
        # "will march next week, organisers said on Monday": the report is past; a passive ("a date
        # would be announced in the autumn") reports nothing
        return False
    return not any((w.group(0).lower() not in ED_ADJECTIVES or ed_verb_before_preposition(rest, w))
                   and not PASSIVE_ED.search(rest[max(0, w.start() - 12):w.start()])
                   for w in PAST.finditer(rest))
