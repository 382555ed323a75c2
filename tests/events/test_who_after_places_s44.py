"""Issue 12, session forty-four (titles): "who" after a noun and the place it is in ("a dealer in
Harlow, who sold it") stands for the noun, never the place: "The dealer sells it", not "Harlow sells
it". A name that is a person keeps its "who"; "which" and a noun with no article or plural stay. Our
own sentences in several genres and tenses, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.who_after_places import who_before_place


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return make_title(sentence, start, start + len(date))


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("The estate was sold in 1851 and the picture passed to a dealer in Harlow, who sold it two years later to a banker.",
         "two years later", "The dealer sells it"),
        ("Aid came from dockers in Valparaiso, who sent 300 pounds in early May.", "early May", "Dockers send 300 pounds"),
        ("The plans were sent to two engineers at Kellmore, who approved them on 3 June.", "3 June", "The two engineers approve them"),
        ("The club was founded by miners from Rothwell, who played their first match in September 1887.",
         "September 1887", "Miners play their first match"),
        ("Our samples went to a technician at Brenmoor, who will test them next week.", "next week",
         "The technician will test them"),
        ("Tickets are sold by a volunteer in Ashby, who opens the box office at 9am.", "9am", "The volunteer opens the box office"),
    ],
)
def test_who_after_a_place_is_the_noun_before_it(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date).startswith(title)


@pytest.mark.parametrize(
    "before, name, relative, text",
    [
        ("The letter reached ", "Ada Holm", "who", "The letter reached Ada Holm, who replied. She was pleased."),  # a person
        ("The ship was towed to a yard in ", "Bremen", "which", "The ship was towed to a yard in Bremen, which"),  # "which"
        ("The ship sailed in ", "May", "who", "The ship sailed in May, who"),  # no noun before the place
        ("The plan passed to a committee in ", "Leeds", "who", "The plan passed to a committee in Leeds, who"),  # no person
    ],
)
def test_who_keeps_its_name(before: str, name: str, relative: str, text: str) -> None:
    assert who_before_place(before, name, relative, text) is None
