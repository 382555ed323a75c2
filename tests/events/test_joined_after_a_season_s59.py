"""A second act joined by "and" after a season, or after a past perfect that was said (session 59,
found on a probe page of our own, a bus depot's closure report).

- "in the spring and stopped …": a season ends a date's phrase as a month does, so the act joined
  after it is a clause of its own ("spring" was read as a verb joined to "stopped").
- "He said (that) the company had closed the depot in the spring and stopped maintenance in August":
  the bare past joined after the perfect's date shares its "had": it is what was said, not the
  speaker's act, and gets its own title. "said he was tired and left" (no perfect) is left alone.
Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event


@pytest.mark.parametrize(("text", "expression", "title"), [
    ("He said the company had closed the depot in the spring and stopped maintenance in August.", "August",
     "The company stops maintenance"),
    ("He said the company had closed the depot in the spring and stopped maintenance in August.", "the spring",
     "The company closes the depot"),
    ("He said that the company had closed the depot in the spring and stopped maintenance in August.", "August",
     "The company stops maintenance"),
    ("The warden said the trust had planted the hedge in the winter and opened the path in May.", "May",
     "The trust opens the path"),
    ("Residents said the council had shut the baths in the autumn and sold the site on 3 March.", "3 March",
     "The council sells the site"),
    # a pronoun after the speaker is the speaker: the speakers' own words name them
    ("Inspectors from the county office said they had visited the farm on 2 May and seized six dogs on 6 May.",
     "6 May", "Inspectors from the county office seize six dogs"),
    # guard: a month before the joined act was already a break
    ("He said the company had closed the depot in May and stopped maintenance in August.", "August",
     "The company stops maintenance"),
])
def test_the_act_joined_after_a_season_or_a_said_perfect_has_its_own_title(text: str, expression: str,
                                                                          title: str) -> None:
    assert _event(text, expression).title == title
