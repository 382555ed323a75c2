"""Verb forms that told a weekday still to come as one gone (issue #11), checked on sentences of our
own in three registers (wire, business, a post) for every report day of a week:

* a reporting verb as a passive after "be" ("will be announced on Friday", "are to be told at a
  meeting on Monday") is a telling not yet done: the date is not the report's own day gone, as it is
  for "announced on Friday";
* "meeting" after a present "be" ("is meeting his counterpart Friday", "are meeting in Geneva on
  Monday") is the verb of a plan, not the noun "meeting";
* a company putting any period's results on the calendar in the present ("reports third-quarter
  earnings Thursday", "posts full-year figures on Tuesday"), not only quarterly or annual ones;
* waiting for a day's event in the present ("investors are waiting for Friday's jobs report",
  "markets await Monday's rate decision"), as getting ready for it already was;
* a release, a rule starting to apply or a court date in the present ("the report comes out Friday",
  "the new law goes into effect Sunday", "the treaty comes into force on Monday", "the pay cut kicks in
  Monday", "the suspect appears in court Friday"), as "takes effect" and "kicks off" already were.

The controls keep the past readings: "was announced on", "announced on ... that", "held a meeting on",
"reported third-quarter results on", "waited for Friday's ...", "came out", "went into effect",
"appeared in court".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day
from tests.temporal.weekdays import latest as _latest

AHEAD = [
    # a passive reporting verb
    "The verdict will be announced on {day}, a court spokesman said.",
    "Quarterly figures are to be disclosed on {day}, ahead of the shareholder vote.",
    "winners will be announced on {day}!! stay tuned",
    "Staff are to be told at a meeting on {day} which depots will close.",
    # "meeting" as a present progressive verb
    "Foreign ministers are meeting in Geneva on {day} to discuss the ceasefire.",
    "The board is meeting {day} to weigh the rival bid, people familiar with the matter said.",
    "we're meeting the breeder on {day} to pick a puppy :)",
    # any period's results put on the calendar
    "The bank reports third-quarter earnings on {day}.",
    "Acme posts full-year figures {day}; a loss is likely.",
    # waiting for a day's event
    "Investors are waiting for {day}'s jobs report before buying.",
    "Markets await {day}'s rate decision by the central bank.",
    "we're all waiting for {day}'s finale lol",
    # a release, a rule starting to apply, a court date
    "The inquiry's report comes out {day}, a spokesman said.",
    "The new speed limit goes into effect {day} on all county roads.",
    "The pay cut kicks in {day} for about 900 staff.",
    "The accused appears in court {day} on an arson charge.",
    "omg the new season comes out {day}!!!",
]

GONE = [
    "The verdict was announced on {day}, a court spokesman said.",
    "The agency announced on {day} that it would cut 200 jobs.",
    "The council held a meeting on {day} to discuss the budget.",
    "The meeting on {day} ended without a deal.",
    "The bank reported third-quarter earnings on {day}.",
    "Investors waited for {day}'s jobs report before buying.",
    "The inquiry's report came out {day}, a spokesman said.",
    "The new speed limit went into effect {day} on all county roads.",
    "The accused appeared in court {day} on an arson charge.",
]


def _cases(templates: list[str]) -> list[tuple[str, int, date]]:
    return [(t, k, dct) for t in templates for k in range(7) for dct in WEEK if dct.weekday() != k]


@pytest.mark.parametrize(("template", "weekday", "dct"), _cases(AHEAD))
def test_a_telling_or_a_meeting_still_to_come_lies_ahead(template: str, weekday: int, dct: date) -> None:
    text = template.format(day=NAMES[weekday])
    assert _day(text, NAMES[weekday], dct) == _coming(weekday, dct), (text, dct)


@pytest.mark.parametrize(("template", "weekday", "dct"), _cases(GONE))
def test_a_telling_or_a_meeting_done_stays_gone(template: str, weekday: int, dct: date) -> None:
    text = template.format(day=NAMES[weekday])
    assert _day(text, NAMES[weekday], dct) == _latest(weekday, dct), (text, dct)
