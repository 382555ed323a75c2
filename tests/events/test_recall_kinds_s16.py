"""Events recall, session sixteen (issue 12): an undated act whose main clause follows an opening
phrase that sets its scene — a participle phrase ("Having lost the vote, the chairman resigned …"), a
"while" clause with a participle, or a source ("According to two aides, …") — is the main clause's
act, as after an opening "When" clause; the look-alikes stay out: a state or a saying after such a
phrase. Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

import pytest

from explorer.events.plain_past import plain_past_clause


def _plain(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence))
    return found[1] if found else None


@pytest.mark.parametrize(("sentence", "title"), [
    ("Having lost the vote, the chairman dissolved the committee.", "The chairman dissolves the committee"),
    ("Having been warned twice, the landlord repaired the boiler.", "The landlord repairs the boiler"),
    ("Facing a hostile crowd outside the hall, the mayor cancelled the speech.", "The mayor cancels the speech"),
    ("Trailing by nine points at the break, the Otters outscored them in the last quarter.",
     "The Otters outscore them in the last quarter"),
    ("While clearing the ditch, two volunteers uncovered a stone coffin.", "Two volunteers uncover a stone coffin"),
    ("According to two aides, the governor offered the rebels an amnesty.", "The governor offers the rebels an amnesty"),
    ("Following the collapse of the talks, the union called a strike.", "The union calls a strike"),
    ("Seeing no improvement, she arranged a transfer to the clinic.", "She arranges a transfer to the clinic"),
])
def test_an_act_after_an_opening_participle_or_source_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "Having grown up by the sea, she loved the harbour.",            # a state after the phrase
    "According to the minutes, the board considered the offer.",     # a thought, no act
    "Speaking to reporters, the minister described the plan.",       # a saying
    "Trailing at the break, the Otters fell further behind.",        # a manner, no object
])
def test_a_state_or_a_saying_after_an_opening_phrase_is_no_happening(sentence: str) -> None:
    assert _plain(sentence) is None

