"""A past account told in the historical present inside a dated page ("On 28 June 1914 a student
shoots the heir to the throne. … On 1 August Germany declares war on Russia").

In news a bare day or month ("on 1 August", "in September") is said of the writer's own year, and a
present verb beside it speaks of what is coming; so a retold story's steps are only its own when
told the way a story goes on ("the next day", "that spring": see ``story_time``). A history or a
profile told in the present changes that: once its own date is said with a year long before the
page's, in a clause with no past and no future verb, the present is the story's narrating tense, and
the bare days told after it in the same tense are the story's days, not the writer's coming ones.
"""

from __future__ import annotations

from explorer.temporal.anchor_context import Context
from explorer.temporal.grammar import Cand
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex

#: How many years before the page's date an account's year must lie to be history told in the
#: present rather than news of the last year told in a headline's present.
_YEARS_BEFORE = 2


def goes_on_in_the_present(ctx: Context, account: Timex, c: Cand) -> bool:
    """Whether the bare day or month ``c`` continues a past account that ``account`` (its date, said
    with its year) opened in the historical present: both clauses are told in the present (no past,
    no future verb beside either) and the account's year is at least :data:`_YEARS_BEFORE` before
    the page's. (The other conditions of a retold account, the same passage and nothing deictic
    between, are ``story_time``'s.)"""
    if ctx.dct is None or account.end_day is None or c.kind != "under" or c.spec is None:
        return False
    spec = c.spec
    if spec.year is not None or c.rel is not None or spec.month is None or spec.weekday is not None:
        return False
    if account.end_day.year > ctx.dct.year - _YEARS_BEFORE:
        return False
    return tense_at(ctx, account.start) is None and tense_at(ctx, c.start) is None
