"""Titles with no verb (issue 12, session ten round three): a subject cut at the comma before an aside,
a clause break before the subject's verb, a preposition read as a participle. Each sentence is made up;
the title must keep the subject and give it its verb."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize("sentence, expression, subject, verb", [
    # an aside of a quantifier after the subject: "many with …" is the trucks', the verb comes after it
    ("Early on Monday, dozens of buses, many with foreign plates, rolled south out of the harbour town.",
     "Monday", "Dozens of buses", "roll"),
    # a list set off by "including", its verb after the list
    ("On 4 March 1977, nine councils, including Ardley, Brinsford, Colmere and Dunhaven, approved a joint water plan.",
     "4 March 1977", "Nine councils", "approve"),
    # the subject's own list of adjectives: "a road, rail and ferry authority"
    ("A regional road, rail and ferry authority has run the crossings since 1990, when the old board closed.",
     "1990", "A regional road, rail and ferry authority", "has"),
    # an opening "as" clause broken off before the main clause's subject and verb
    ("On 3 June, as talks between the union and the mill owners broke down, the workers began a strike.",
     "3 June", "The workers", "begin"),
])
def test_subject_keeps_its_verb_past_an_aside(sentence: str, expression: str, subject: str, verb: str) -> None:
    title = _title(sentence, expression)
    assert title.startswith(subject), title
    rest = title[len(subject):].split()
    assert rest and verb in rest[0].lower(), title  # the verb right after the subject, not the bare subject


def test_between_is_no_participle() -> None:
    # "between" ends in "-en" but is no participle: the subject keeps its verb and what it was
    title = _title("Harvest losses between May and June 1921 were 40,000 tonnes, mostly of wheat.", "May and June 1921")
    assert title.startswith("Harvest losses") and "40,000" in title, title


def test_comma_before_a_clause_of_its_own_still_cuts() -> None:
    # (a guard for the fix above, which passes without it too) the cut at the comma stays when what follows is a clause of its own ("where …"), not the subject's verb
    sentence = ("On Friday, officials in the two border provinces, where the envoy arrived next, "
                "were already counting the damage after the storm.")
    title = _title(sentence, "Friday")
    assert "where" not in title.split(), title


def test_two_subjects_of_one_saying_verb() -> None:
    # "police and EU inspectors said": the clause break before "and" leaves no verb; the title goes on
    title = _title("On Tuesday, harbour police and EU inspectors said they had found the missing crates.", "Tuesday")
    assert title.startswith("Harbour police and EU inspectors"), title
    assert "said" in title or "say" in title, title



def test_a_date_between_an_opening_clause_and_its_own() -> None:
    # "After X won …, on 2 May 1911, she signed …": the date opens the clause after it, not a bare date title
    sentence = "After the mayor won the vote in the spring, on 2 May 1911, she signed the harbour charter with the guild."
    title = _title(sentence, "2 May 1911")
    assert "2 May" not in title and "signs the harbour charter" in title, title


def test_a_date_before_a_subordinate_clause_keeps_its_main_clause() -> None:
    # (a guard for the rule above) "In 1991, after a neighbour confided …, she began …": the date's
    # happening is the main clause's, never the subordinate one's
    sentence = "In 1991, after a friend admitted that he could not swim, she began teaching adults at the town pool."
    title = _title(sentence, "1991")
    assert "admit" not in title and "friend" not in title, title


def test_the_pronoun_after_an_opening_clause_is_its_subject() -> None:
    # "After Marlow won the vote, on 2 May 1911, he signed …": "he" is the opening clause's subject, not
    # the last person the paragraph before named as a subject
    context = ("Tomas Marlow ran for mayor. Tomas Marlow won support in the villages. Pavel Olsen and Karl Brandt "
               "fought for the quay. Olsen took the quay in March. ")
    sentence = "After Marlow won the vote in the spring, on 2 May 1911, he signed the harbour charter with the guild."
    start = sentence.index("2 May 1911")
    title = make_title(sentence, start, start + len("2 May 1911"), context=context)
    assert title.startswith(("Marlow signs", "Tomas Marlow signs")), title
