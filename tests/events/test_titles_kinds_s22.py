"""Title kinds of session 22 (issue 12): a name with an owned description in apposition is who acted
("Lena Brook, his widow, sold the farm" names Lena Brook, not "His widow"). Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, expression: str, context: str = "") -> str:
    at = sentence.index(expression)
    return make_title(sentence, at, at + len(expression), context)


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Lena Brook, his widow, sold the farm in 1962.", "1962", "Lena Brook sells the farm"),
    ("Ivo Renn, their coach, resigned on Monday.", "Monday", "Ivo Renn resigns"),
    ("Omar al-Rashid, her brother, opened the clinic in 1988.", "1988", "Omar al-Rashid opens the clinic"),
    ("Mara Quell, her younger sister, took over the shop in May.", "May", "Mara Quell takes over the shop"),
])
def test_a_name_before_an_owned_description_is_the_subject(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def test_an_owned_aside_before_no_verb_is_left_to_the_other_rules() -> None:
    # "and two friends" follows the aside: a list, not a name and its description
    assert not _title("Tomas Orr, his brother, and two friends founded the band in 1977.", "1977").startswith("Tomas Orr found")


def _extracted(tmp_path, text: str) -> list:
    from explorer.ingest import extract_paths

    (tmp_path / "notes.txt").write_text(text)
    return extract_paths([str(tmp_path)], jobs=1).events


@pytest.mark.parametrize(("sentence", "title"), [
    # an undated act whose "he"/"she" follows an opening clause told of someone: that one
    ("After Lena Orm defeated the guards, she opened the gates of the city.", "Lena Orm opens the gates of the city"),
    ("When Tarvin heard the bridge had fallen, he retreated into the hills.", "Tarvin retreats into the hills"),
    ("After Tarvin took the fort, on 3 May, he marched north along the coast.", "Tarvin marches north along the coast"),
])
def test_an_opening_clauses_subject_is_whom_the_main_clauses_pronoun_stands_for(tmp_path, sentence: str, title: str) -> None:
    text = f"The war of the ports\n\nThe northern army crossed the river in 1820. {sentence}\n"
    assert title in [e.title for e in _extracted(tmp_path, text)]

