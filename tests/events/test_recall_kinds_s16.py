"""Events recall, session sixteen (issue 12): an undated act whose main clause follows an opening
phrase that sets its scene — a participle phrase ("Having lost the vote, the chairman resigned …"), a
"while" clause with a participle, or a source ("According to two aides, …") — is the main clause's
act, as after an opening "When" clause; and so is a move told by its subject and a past verb with the
place it goes to, into or from ("The family moved to the coast", "The boat grounded on the shingle").
The look-alikes stay out: a state or a saying after an opening phrase, a role, a result, an answer or
a state told with a preposition ("trained as a nurse", "moved into profit", "replied to the letter"). Sentences written for this test; none names anything from a gold article or a corpus."""

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



@pytest.mark.parametrize(("sentence", "title"), [
    ("The Dunns moved to the coast after the war.", "The Dunns move to the coast"),
    ("The trawler grounded on a sandbank off the point.", "The trawler grounds on a sandbank off the point"),
    ("The keeper climbed into the lantern room with a torch.", "The keeper climbs into the lantern room with a torch"),
    ("The delegation returned home without a deal.", "The delegation returns home without a deal"),
    ("Marta Venn emigrated to Canada with her sister.", "Marta Venn emigrates to Canada with her sister"),
    ("The first prize went to a potter from the valley.", "The first prize goes to a potter from the valley"),
])
def test_a_move_told_by_its_place_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The young clerk trained as a surveyor.",          # a role
    "The bakery moved into profit.",                   # a result
    "The secretary replied to the letter.",            # an answer: a saying
    "The meadow belonged to the abbey.",               # a state
    "The crowd voted for the motion.",                 # a party, not a place
    "The old road ran to the coast.",                  # where a thing lies: a verb of extent
])
def test_a_role_a_result_an_answer_or_a_state_is_no_move(sentence: str) -> None:
    assert _plain(sentence) is None
