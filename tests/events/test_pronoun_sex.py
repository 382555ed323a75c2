"""Issue 12, kind 3: "he"/"she" opening a title is not read as the story's main person when the text
itself tells that person is of the other sex, and among several people the text's evidence picks.
Our own sentences, none from the sample or the gold set."""

from __future__ import annotations

import pytest

from explorer.events import gender
from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("Ruth Abernathy", "Mrs Ruth Abernathy chaired the board.", "she"),
        ("John Vale", "The prize went to Sir John Vale in 1990.", "he"),
        ("Vera Lind", "Vera Lind, a retired actress, chaired the board.", "she"),
        ("Anna Berg", "Paul Decker ran the mill. Anna Berg, his daughter, kept the books.", "she"),
        ("Otto Brand", "Otto Brand was born in Graz. He studied law.", "he"),
        # (no shape, and a first name given to either sex: nothing told)
        ("Robin Brand", "Robin Brand was born in Graz and studied law.", None),
        ("Kim Sato", "Mr Sato spoke first. Ms Sato spoke last.", None),
    ],
)
def test_the_text_tells_a_persons_sex_or_nothing(name, text, expected) -> None:
    assert gender.sex_in_text(name, text) == expected


def test_he_is_not_the_protagonist_the_text_calls_mrs() -> None:
    text = ("Mrs Ruth Abernathy chaired the board for a decade. Ruth Abernathy, a teacher by training, "
            "praised the plan. He resigned in March 2004.")
    assert not _titled(text, "March 2004").startswith("Ruth Abernathy")


def test_she_is_the_person_the_text_tells_is_a_woman_among_two_subjects() -> None:
    text = ("Paul Decker ran the mill. Anna Berg, his daughter, kept the books. Paul Decker sold the mill. "
            "Anna Berg moved away. She opened a shop in May 1921.")
    assert _titled(text, "May 1921") == "Anna Berg opens a shop"


def test_he_after_a_woman_named_in_the_sentence_is_the_man_named_there() -> None:
    text = ("Vera Lind, a retired actress, ran the theatre. Vera Lind hired Karl Weiss in 1960, and "
            "he directed it in 1965.")
    assert _titled(text, "1965").startswith("Karl Weiss")


def test_a_possessive_opening_a_sentence_is_not_a_person() -> None:
    # "Her Atlas …. She …" once made "Her Atlas" a person the text pairs with "she"
    text = ("Professor Lena Moor, who has died, studied river birds. Her Field Guide, printed in 1980, is still used. "
            "She was elected to the academy in 1990. Students recall her patience. She retired in 2004.")
    assert _titled(text, "2004") == "Professor Lena Moor retires"


def test_a_surname_alone_as_subject_counts_for_the_full_name() -> None:
    text = ("The minister, Arne Dahl, met officials in Riga. Dahl told reporters the talks went well. "
            "Dahl has made trade a theme of his term. Officials said little. He signed a loan in March.")
    assert _titled(text, "March") == "Arne Dahl signs a loan"


def test_the_subject_of_the_pronouns_own_sentence_comes_first() -> None:
    text = ("General Paul Orme lost the first battle and was replaced by General Karl Stam. "
            "Stam, too, failed to take the ridge; he was beaten at the Battle of Hollow Creek in June 1790.")
    assert _titled(text, "June 1790").startswith("Karl Stam")


def test_a_participle_opener_is_not_a_person() -> None:
    from explorer.events.titles.pronouns import subject_people

    assert subject_people("Leaving Granby, the army marched south. Ruth Oduya led it.") == ["Ruth Oduya"]


def test_the_main_person_is_not_taken_when_the_last_sentences_are_about_someone_else() -> None:
    text = ("General Ivo Marsh took the valley. Marsh burned the farms. Marsh then rested. "
            "Meanwhile the northern army moved east. Crossing the hills, Pell's column marched to the sea. "
            "He reached the coast in May 1864.")
    assert not _titled(text, "May 1864").startswith("Ivo Marsh")


def test_a_name_in_apposition_to_the_sentences_subject_is_the_person() -> None:
    text = ("The harbour café opened last month. The owner, Dora Finch, spent six years in a bakery in Porto "
            "before she came back to the island in 2019.")
    assert _titled(text, "2019") == "Dora Finch comes back to the island"


def test_a_titled_work_in_apposition_after_a_possessive_is_not_a_person() -> None:
    from explorer.events.titles.pronouns import subject_people

    assert subject_people("Their second record, Deep Water, sold well. Ada Lunn left in 2004.") == ["Ada Lunn"]
