"""A subject whose noun phrase carries its own time ("An explosion at 06:10 on Friday wrecked …", "A
rockfall in the night of 9 March closed …") is the noun phrase, not a date word read as a name: the act
joined to it by "and" is the explosion's ("An explosion injures nine workers", was "Friday injures …")."""

import pytest

from explorer.events.clauses import subject_before
from explorer.events.joined_clauses import iter_joined_clauses


@pytest.mark.parametrize("sentence, title", [
    ("An explosion at 06:10 on Friday wrecked the paint plant and injured nine workers.", "An explosion injures nine workers"),
    ("A flash flood early on Sunday swept through the campsite and killed four people.", "A flash flood kills four people"),
    ("A fire on the evening of 2 June gutted the old chapel and destroyed its organ.", "A fire destroys its organ"),
    ("The blast at 14:20 on Tuesday shattered windows across the estate and injured a postman.", "The blast injures a postman"),
    ("A rockfall in the night of 9 March closed the pass and trapped three lorries.", "A rockfall traps three lorries"),
])
def test_the_joined_act_is_the_timed_subjects(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, verb, subject", [
    # (a place or a name inside the subject is part of it)
    ("The mill in the town closed its doors and sacked forty men.", "sacked", "The mill in the town"),
    ("The crew of the Marta May rescued two divers and towed their boat to Ardhu.", "towed", "The crew of the Marta May"),
])
def test_a_subject_without_a_time_of_its_own_is_kept_whole(sentence: str, verb: str, subject: str) -> None:
    assert subject_before(sentence, sentence.index(verb)) == subject
