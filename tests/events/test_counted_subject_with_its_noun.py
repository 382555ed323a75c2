"""A count with its own noun opening a title ("The three students were released") is named already:
the rule that names a count standing alone ("The three were charged" -> "The three men are charged")
read "students" as the verb and named the group again, "The three students students are released".
A word in "-s" after the count is its verb only with no verb after it. Session forty-five (lead), seen
on a protest diary of our own in the app.
"""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s10 import _labelled_events


@pytest.mark.parametrize("text, expression, title", [
    ("Three students were arrested after dark. The three students were released without charge on Monday.",
     "Monday", "The three students are released without charge"),
    ("Two dogs were found in the quarry. The two dogs were rehomed on 4 May.", "4 May", "The two dogs are rehomed"),
    ("Five sailors were rescued on 3 May. The five sailors were flown home on 6 May.", "6 May",
     "The five sailors are flown home"),
    # the count alone is still named by its group
    ("Three men were arrested in May. The three were charged with robbery on Saturday.", "Saturday",
     "The three men are charged with robbery"),
])
def test_a_count_with_its_noun_is_not_named_twice(text: str, expression: str, title: str) -> None:
    assert next(e for e in _labelled_events(text) if e.timex == expression).title == title
