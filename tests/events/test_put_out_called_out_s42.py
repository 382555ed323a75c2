"""A fire put out and a rescue team or a militia called out are acts on their object, read as the
phrasal verbs whose particle stands before the object are ("took over the account", "sealed off the
street")."""

import pytest

from explorer.events.plain_past import plain_past_clause


@pytest.mark.parametrize("sentence, title", [
    ("Firefighters put out the blaze within 20 minutes.", "Firefighters put out the blaze within 20 minutes"),
    ("The harbour master called out the lifeboat crew from Carran.", "The harbour master calls out the lifeboat crew"),
])
def test_put_out_and_called_out_are_acts(sentence: str, title: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is not None and found[1].startswith(title), found
