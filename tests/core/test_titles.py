import pytest

from explorer.events.titles import make_title


def title_for(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("The Quds Force was formally established in 1990.", "1990", "The Quds Force was formally established"),
        ("According to the report, the minister resigned on May 3, 2011.", "May 3, 2011", "The minister resigned"),
        ("On Tuesday the council approved the budget.", "Tuesday", "The council approved the budget"),
        ("[1] Al-Akhbar (Lebanon), October 12, 2015.", "October 12, 2015", "Al-Akhbar (Lebanon)"),
        ("February 9, 2020: Mohammad Sadr discussed the relationship.", "February 9, 2020",
         "Mohammad Sadr discussed the relationship"),
        ("So the army withdrew in 2003.", "2003", "The army withdrew"),
    ],
)
def test_titles_drop_the_date_and_the_framing(sentence: str, expression: str, expected: str) -> None:
    assert title_for(sentence, expression) == expected


def test_long_clauses_are_cut_to_a_few_words() -> None:
    title = title_for("In 2001 the new government of the country announced a long list of reforms to the tax code.", "2001")
    assert len(title.rstrip("…").split()) <= 8 and title.endswith("…")
    assert title.startswith("The new government")


def test_a_sentence_that_is_only_a_date_still_gets_a_title() -> None:
    assert title_for("March 2019", "March 2019") == "March 2019"
