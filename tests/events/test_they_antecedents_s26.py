"""Whom "they" opening a title stands for (session 26, issue 12): a plural without "-s" opening the
sentence before ("Police found … They arrested two men" -> "Police arrest two men"), never a count in
brackets ("50 miles (80 kms) south of Belfast" gave "The kms arrest two men") nor a quantifier
("Few expected it")."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


@pytest.mark.parametrize(("before", "sentence", "title"), [
    # a plural without "-s" opening the sentence before is who "they" are
    ("Police found 600 pounds (270 kgs) of explosives on Sunday in a barn 30 miles (48 kms) north of the city. ",
     "They arrested two men in connection with the find.", "Police arrest two men in connection with the find"),
    ("People gathered outside the court on Monday. ", "They chanted slogans for an hour.", "People chant slogans for an hour"),
    # a count in brackets is never who "they" are
    ("The convoy stopped on Monday, 20 miles (32 kms) from the border. ", "They unloaded the trucks.", None),
])
def test_they_takes_a_plural_subject_never_a_bracketed_count(before: str, sentence: str, title: str | None) -> None:
    got = make_title(sentence, 0, 0, context=before)
    assert "kms" not in got
    if title is not None:
        assert got == title


@pytest.mark.parametrize("before", [
    "Few expected much of the Kestrels in April. ",
    "Many doubted the plan at first. ",
])
def test_they_never_stands_for_a_quantifier(before: str) -> None:
    got = make_title("They had finished bottom of the second division last season.", 0, 0, context=before)
    assert not got.startswith(("Few", "Many"))
