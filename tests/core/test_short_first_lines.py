"""A one- or two-word first line: a headline or a section's name is no byline; a real byline stays one."""
import pytest

from explorer.documents.headline import guess_title

STORY = ("The council voted on Monday to close the library for three months while its roof is repaired, "
         "a move that residents opposed at a crowded meeting.\n")


@pytest.mark.parametrize("first, title", [
    ("Floods", "Floods"),
    ("Storm warning", "Storm warning"),  # a headline in sentence case
    ("Roof Trouble", "Roof Trouble"),  # a word the story uses in lower case is no name
])
def test_a_short_headline_is_the_documents_title(first: str, title: str) -> None:
    # (left: two capitalised words that the story never uses, "Storm Warning", read as a name alone)
    assert guess_title(f"{first}\n\n{STORY}", "/tmp/story.txt") == title


@pytest.mark.parametrize("first", ["By Ann Lee", "Ann Lee", "J. Okafor", "Obituaries", "Local News", "Match Report", "Our history"])
def test_a_byline_or_a_sections_name_is_not_the_title(first: str) -> None:
    title = guess_title(f"{first}\n\n{STORY}", "/tmp/story.txt")
    assert title != first and title.startswith("The council"), title


def test_a_byline_under_a_headline_leaves_the_headline() -> None:
    for byline in ("By Ann Lee", "Ann Lee"):
        assert guess_title(f"Library shuts for repairs\n\n{byline}\n\n{STORY}", "/tmp/s.txt") == "Library shuts for repairs"


def test_a_day_with_its_part_of_the_day_leaves_no_stray_word() -> None:
    text = ("The river burst its banks on Tuesday night, cutting the town in two and closing both bridges "
            "until the water fell on Thursday.\n")
    assert "banks night" not in guess_title(text, "/tmp/flood.txt")
