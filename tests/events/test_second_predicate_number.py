"""A second predicate after "and"/"but" takes the number the headline tense gave the first verb.

The headline tense decides once whether a title's subject is plural ("Residents complain", "The bus
stops"); the second predicate reads that decision back off the turned verb instead of guessing again
from the subject's words, where "always" or "news" looked like a singular's present ("always" is the
"-s" of a past "alwayed"). Our own sentences, in several registers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.events.titles.second_predicates import second_predicate_in_present


@pytest.mark.parametrize(("title", "sentence", "expected"), [
    # a word in "-s" between a plural subject and its verb is no present of a singular
    ("Residents always complain and blocked the road", "Residents always complained and blocked the road.",
     "Residents always complain and block the road"),
    ("Fans sometimes sing and waved flags", "Fans sometimes sang in the stands and waved flags.",
     "Fans sometimes sing and wave flags"),
    # "news" before a singular noun makes no plural of it
    ("The news crew arrives and was turned away", "The news crew arrived at the gate and was turned away.",
     "The news crew arrives and is turned away"),
    ("Our news desk moves and was renamed", "Our news desk moved upstairs and was renamed.",
     "Our news desk moves and is renamed"),
    # a singular subject keeps the singular
    ("The choir always sings and was praised", "The choir always sang at Easter and was praised.",
     "The choir always sings and is praised"),
])
def test_the_second_predicate_takes_the_first_verbs_number(title: str, sentence: str, expected: str) -> None:
    assert second_predicate_in_present(title, sentence) == expected


@pytest.mark.parametrize(("past", "third"), [
    ("stopped", "stops"), ("admitted", "admits"), ("regretted", "regrets"), ("planned", "plans"),
    ("flooded", "floods"), ("closed", "closes"), ("watched", "watches"), ("carried", "carries"),
])
def test_each_way_a_past_is_made_gives_a_singular_first_verb(past: str, third: str) -> None:
    """A doubled last consonant too ("stopped" -> "stops"): the first verb is known as turned from the
    sentence's past, and a singular's, so "was" after "and" becomes "is"."""
    sentence = f"The office {past} it in May and was then sold."
    assert second_predicate_in_present(f"The office {third} it and was then sold", sentence) \
        == f"The office {third} it and is then sold"


@pytest.mark.parametrize(("title", "expected"), [
    ("The strike began and halted all traffic", "The strike begins and halts all traffic"),
    ("Dockers walked out and blocked the gates", "Dockers walk out and block the gates"),
])
def test_headline_tense_and_the_last_pass_turn_a_joined_verb_alike(title: str, expected: str) -> None:
    """Both read the joined verb's present by ``tense.joined_present``, in the first verb's number:
    the headline tense while the folds read titles, the last pass on what it left."""
    from explorer.events.tense import headline_tense

    assert headline_tense(title) == expected
    first_only = " ".join(expected.split(" ")[:expected.split(" ").index("and") + 1] + title.split(" ")[title.split(" ").index("and") + 1:])
    assert second_predicate_in_present(first_only, title + ".") == expected


def test_joined_present_takes_the_number_it_is_given() -> None:
    from explorer.events.tense import joined_present

    assert [joined_present(past, plural) for past, plural in [("halted", False), ("halted", True), ("carried", True),
                                                              ("won", False), ("town", False)]] \
        == ["halts", "halt", "carry", "wins", None]


_WORD = st.sampled_from("the a mill town news always rebels and but was were closed sold is are then "
                        "floods flooded , town, Ana Holt never".split())


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12), st.lists(_WORD, max_size=12))
def test_only_one_verb_after_the_first_join_changes(title_words: list[str], sentence_words: list[str]) -> None:
    """Whatever the words, the title keeps its length and every word but one past after "and"/"but",
    or after a comma that lists a series of acts ("flees the capital, was caught")."""
    title = " ".join(title_words)
    out = second_predicate_in_present(title, " ".join(sentence_words)).split(" ")
    assert len(out) == len(title_words)
    changed = [i for i, (a, b) in enumerate(zip(title_words, out)) if a != b]
    assert len(changed) <= 1
    assert all(i > 0 and any(w in ("and", "but") or w.endswith(",") for w in title_words[:i]) for i in changed)
