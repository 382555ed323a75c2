"""Text saved from a web page keeps the page's furniture above the headline: a link back, a
breadcrumb, a "follow us" call, the site's attribution line, a date stamp on the headline's own line.
None of them is the article's title (seen on real pages dropped in as a user would; the texts here
are our own, built the same way)."""

import pytest

from explorer.documents.headline import guess_title
from explorer.documents.page_furniture import is_navigation, without_date_stamp

BODY = "The harbour board met on Tuesday and approved the new quay after a long and bitter debate.\n"


@pytest.mark.parametrize(
    "text, title",
    [
        # a link back to where the reader came from
        (f"Return to Reports main page\n\nHarbour Board Backs The New Quay\n\n{BODY}", "Harbour Board Backs The New Quay"),
        (f"Skip to main content\n\nHarbour Board Backs The New Quay\n\n{BODY}", "Harbour Board Backs The New Quay"),
        # the site's attribution line above the entry's name
        (f"From Lawnotes: Plain Legal Research\n\nCrown v. Ferris\n\nSupreme Court of Westmark\n\n{BODY}", "Crown v. Ferris"),
        (f"From Riverwiki, the free encyclopedia\n\nOld Mill Bridge Collapse\n\n{BODY}", "Old Mill Bridge Collapse"),
        # a call to follow the site
        (f"Follow Parish Notes on Mastodon\n\nVillage Hall Roof Is Finally Mended\n\n{BODY}", "Village Hall Roof Is Finally Mended"),
        # a breadcrumb: skipped, or its last crumb when the page repeats it as its heading
        (f"Home › Sport › Cricket\n\nCounty Side Wins The Final At Last\n\n{BODY}", "County Side Wins The Final At Last"),
        (f"Home>Archive>Harbour Strike\n\nHarbour Strike\n\nBy Ann Lee | May 2, 1990\n{BODY}", "Harbour Strike"),
        # an advertisement slot before the headline
        (f"Advertisement\n\nHarbour Board Backs The New Quay\n\n{BODY}", "Harbour Board Backs The New Quay"),
    ],
)
def test_furniture_above_the_headline_is_never_the_title(text: str, title: str) -> None:
    assert guess_title(text, "page.txt") == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a date stamp, then the headline on the same line
        ("date 2019-03-02 Ferry operator cancels winter sailings\n"
         "The ferry operator cancelled its winter sailings on Friday, citing falling bookings.\n",
         "Ferry operator cancels winter sailings"),
        ("Published: March 2, 2019 | Ferry operator cancels winter sailings\n"
         "The ferry operator cancelled its winter sailings on Friday, citing falling bookings.\n",
         "Ferry operator cancels winter sailings"),
        # a date stamp, then the story's first sentence: the sentence's subject and verb
        ("2019-03-02 The ferry operator cancelled its winter sailings on Friday, citing falling bookings "
         "for the third year running.\n", "The ferry operator cancelled its winter sailings"),
    ],
)
def test_a_date_stamp_before_the_headline_is_not_part_of_it(text: str, title: str) -> None:
    assert guess_title(text, "page.txt") == title


def test_an_encyclopedia_entry_is_named_by_its_short_heading() -> None:
    text = "Tide mill\n\nSee also: Watermill.\n\nA tide mill is a water mill driven by the rise and fall of the tide.\n"
    assert guess_title(text, "page.txt") == "Tide mill"


@pytest.mark.parametrize(
    "line",
    ["Back to the Moon After Fifty Years", "From Paris With Love, A Baker's Story Of Two Cities",
     "Follow the river on foot for a day", "Sales rose > 5% in May"],
)
def test_headlines_that_look_like_furniture_stay_headlines(line: str) -> None:
    assert not is_navigation(line)


@pytest.mark.parametrize(
    "line",
    ["March 3, 2019 was the day the ferry sank", "2019-03-02", "Dated 2 March 2019"],
)
def test_a_date_opening_a_sentence_is_no_stamp(line: str) -> None:
    assert without_date_stamp(line) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("Visiting the three flooded villages on the northern bank of the river for the second time this month, "
         "the governor promised new embankments before the rains.\n", "The governor promised new embankments"),
        ("Rebutting the claims made by the opposition about the relief measures in the flooded districts of the "
         "state, the transport minister said the government is handling the crisis well.\n",
         "The transport minister said the government is handling the crisis"),
    ],
)
def test_a_long_fronted_participle_phrase_is_not_the_title(text: str, title: str) -> None:
    """A page with no headline is named by its lead's subject and verb, not by the first ten words of
    a participle's phrase in front of them."""
    assert guess_title(text, "page.txt") == title


@pytest.mark.parametrize("date_line", ["Thursday, April 2, 2009", "12 March 2015", "Posted on 12 March 2015"])
def test_a_blog_posts_date_above_its_title_is_skipped(date_line: str) -> None:
    """A blog prints the post's date above its title, and an image's address may stand above the
    first paragraph: the short title the story opens with is still the title."""
    text = (f"{date_line}\n\nAda Lind\n\nhttp://example.org/images/ada_lind_1969.jpg\n"
            "Ada Lind (born 3 May 1941) is a Norwegian rower who won two world titles and coached the national team.\n")
    assert guess_title(text, "post.txt") == "Ada Lind"
