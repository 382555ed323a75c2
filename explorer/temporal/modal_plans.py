"""Plans told with "would" or "could" in news: which side of the page a yearless month lies on.

News tells a proposal, a plan or a condition with the conditional mood ("Under the plan, pupils
would move to the new school from August", "the levy could rise in April if the bill passes"): the
mood speaks of what is not yet so, and seen from the page that is ahead of it. Left without a tense,
the resolver takes the nearest occurrence of the month, which in January is last August: a plan that
has already happened. The same "would" in a story told in the past is the future of the story's own
time ("the talks collapsed, and the unions would strike in April", "he would later return in
March"), so the rule keeps away from narrative texts, from clauses after a past verb in the same
sentence, and from the "would" of a life story looking on ("would later", "would eventually"). A
reported plan ("said it would close in March") is already read ahead by ``tense``'s reported future
and is left to it; a negated modal ("would not comment on Monday", "could not be reached") is a
refusal or failure told of the past, not a plan.
"""

from __future__ import annotations

import re

from explorer.temporal.anchor_context import Context, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.tense_markers import ED_ADJECTIVES, PASSIVE_ED, PAST, REPORTING

#: the conditional modal of a plan and the verb it governs: "would move", "could rise", not
#: "would not", "could have", nor the story's look ahead ("would later", "would eventually")
_PLAN_MODAL = re.compile(
    r"(?i)\b(?:would|could)\s+(?!(?:not|never|have|later|eventually|soon|often|usually|always|go\s+on)\b)"
    r"(?:also\s+|then\s+|only\s+|first\s+)?[a-z]{2,}\b")
#: an "-ed" word that is no finite past: a participle opening a condition ("If approved, ...",
#: "once completed"), or one after the modal's "be"/"have" ("would be completed")
_PARTICIPLE_BEFORE = re.compile(r"(?i)\b(?:if|once|unless|when|where|as|until|though|although)\s+$")


def _finite_past(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a past verb that tells something done, not an "-ed" adjective,
    a passive participle or the participle of a condition."""
    for m in PAST.finditer(text, a, b):
        word = m.group(0).lower()
        if word in ED_ADJECTIVES:
            continue
        before = text[max(a, m.start() - 16):m.start()]
        if word.endswith("ed") and (PASSIVE_ED.search(before) or _PARTICIPLE_BEFORE.search(before)):
            continue
        return True
    return False


def plan_ahead(ctx: Context, c: Cand) -> bool:
    """A yearless month, season or weekday under a "would"/"could" of plan in a news sentence with no past
    verb or report before it: the occurrence ahead of the page is meant (see the module's note)."""
    spec = c.spec
    if ctx.narrative or c.rel is not None or spec is None or spec.year is not None or spec.day is not None:
        return False
    weekday = spec.weekday is not None and spec.month is None
    if not weekday and (spec.weekday is not None or spec.gran not in ("M", "S")):
        return False
    a = sentence_of(ctx, c.start)[0]
    found = list(_PLAN_MODAL.finditer(ctx.text, a, c.start))
    if not found:
        return False
    modal = found[-1]
    if weekday and (modal.group(0)[:5].lower() == "could" or ctx.text.startswith(("'s", "’s"), c.end)):
        # "could be located Wednesday", "could see it on Monday": a weekday under "could" is most
        # often what one was able to do that day; "Thursday's ruling" names a day's happening
        return False
    if c.start - modal.end() > 80 or REPORTING.search(ctx.text, a, c.start):
        return False  # a modal far off belongs to another clause; a reported plan is tense's
    return not _finite_past(ctx.text, a, c.start)
