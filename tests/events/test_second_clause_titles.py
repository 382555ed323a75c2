"""Issue 12, kind 2: a second happening coordinated after an aside ("… and then, having had no reply,
wrote …") is titled by its own verb with the shared subject, not by the first clause cut at "and then".
Our own sentences."""

from __future__ import annotations

from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


SENTENCE = ("She first wrote to the housing office on 3 March and then, having heard nothing back, "
            "took the landlord to the tribunal on 9 May.")


def test_the_second_happening_has_its_own_verb_and_the_shared_subject() -> None:
    assert _title(SENTENCE, "9 May") == "She takes the landlord to the tribunal"


def test_the_first_happening_keeps_its_clause() -> None:
    title = _title(SENTENCE, "3 March")
    assert title.startswith("She first writes to the housing office") and not title.endswith("then")


def test_a_named_subject_is_shared_too() -> None:
    sentence = "Ruth Obi wrote to the council in May and then, after a long wait, met the mayor in June."
    assert _title(sentence, "June") == "Ruth Obi meets the mayor"
