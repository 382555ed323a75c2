"""Issue 12, kind 1: a title cut to a bare fragment ("Of term", "Which ends") names no subject and no
verb; the phrase's head or the clause that tells the happening gives it back. Our own sentences."""

from __future__ import annotations

from explorer.events.titles import make_title


def _title(sentence: str, expression: str, others: tuple[str, ...] = ()) -> str:
    start = sentence.index(expression)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return make_title(sentence, start, start + len(expression), others=spans)


def test_a_relative_clause_whose_when_clause_tells_the_happening() -> None:
    # "cast" reads as a verb, so no antecedent is found for "which"
    sentence = ("As chair she fought a long campaign against the sale of the old cast iron bridge, which ended "
                "when the parish council bought it in the spring of 1979.")
    assert _title(sentence, "the spring of 1979") == "The parish council buys it"


def test_a_diary_label_keeps_the_head_of_its_phrase() -> None:
    sentence = "First week of spring term: Monday 6 January (gates open at 8.40am)"
    assert _title(sentence, "First week").lower().startswith("first week of spring term")


def test_a_diary_label_keeps_its_head_for_the_date_after_it_too() -> None:
    sentence = "First week of spring term: Monday 6 January (gates open at 8.40am)"
    title = _title(sentence, "Monday 6 January", others=("First week",))
    assert title.lower().startswith("first week of spring term") and "January" not in title


def test_a_relative_without_a_subordinate_clause_is_left_to_the_other_rules() -> None:
    from explorer.events.titles.finish import past_a_relative

    words = "which closed its doors for good".split()
    assert past_a_relative(words) == words
