"""Page furniture never becomes events: footnotes, citations, bylines, headings, teasers, and whatever
follows the story's end marker."""

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.furniture import Furniture, is_heading

STORY = (
    "Ledger Of The Valley Towns 1861-1863\n\n"
    "By Jane Roe and A. Writer\n\n"
    "The council of the valley towns met on March 3, 2012 to settle the dispute over the river, and the "
    "mayor Karl Berger signed the agreement that evening before a crowd of farmers and traders.[1] "
    "The agreement held for two years and brought peace to the valley towns and their markets.\n\n"
    "- READ MORE: The river dispute flared again in 2014 after the drought.\n\n"
    "Advertisement\n\n"
    "Book now: the Riverton summer fair opens its gates on July 1, 2016 with rides for the whole family.\n\n"
    "The towns later built a bridge, which opened in 2015 and doubled the trade between them.\n\n"
    "[1] The Valley Herald (Riverton), March 4, 2012.\n\n"
    "[2] The agreement was later amended on June 5, 2013, its archive says.\n\n"
    "Support Us\n\n"
    "Through its careful work the Valley Institute will shape the region in the 21st century.\n"
)


def _events(text: str) -> list:
    doc = Document("a.txt", text, "t", date(2016, 1, 1), "given")
    return build_events(doc, temporal.tag(text, doc.date))


def test_no_event_comes_from_furniture_but_the_story_is_kept() -> None:
    events = _events(STORY)
    dated = {e.timex for e in events if e.timex}
    assert {"March 3, 2012", "2015"} <= dated  # the story
    assert "1861-1863" not in dated  # a section heading with its years
    assert "March 4, 2012" not in dated  # a footnote's citation date
    assert "2014" not in dated  # a teaser link
    assert "July 1, 2016" not in dated  # the advert after an "Advertisement" label
    assert "the 21st century" not in dated  # the publisher's boilerplate after "Support Us"
    # A footnote that tells something keeps its event: only the citation's date is furniture.
    assert "June 5, 2013" in dated


def test_furniture_reasons() -> None:
    f = Furniture(STORY)
    assert f.why(STORY.index("1861")) == "heading"
    assert f.why(STORY.index("Jane Roe")) == "byline"
    assert f.why(STORY.index("March 4, 2012"), STORY.index("March 4, 2012") + 13) == "citation date"
    assert f.why(STORY.index("21st")) == "after the story's end"
    assert f.why(STORY.index("bridge")) is None


def test_headings_are_short_capitalised_lines_not_sentences() -> None:
    assert is_heading("Eastern Theater 1861-1863")
    assert is_heading("An American-Zionist Conspiracy")
    assert not is_heading("The council met on March 3, 2012.")
    assert not is_heading("the towns later built a bridge over the river in 2015 and")


def test_an_end_marker_near_the_top_does_not_end_the_story() -> None:
    text = "Related\n\n" + STORY.split("Support Us")[0]
    assert "March 3, 2012" in {e.timex for e in _events(text)}


def test_dates_of_things_mentioned_are_not_happenings() -> None:
    text = ("The newspaper, which has covered the valley for decades and won several prizes for its reporting, "
            "recently republished several of its articles from 2020 and 2021 about the river dispute.\n")
    assert not [e for e in _events(text) if e.timex in ("2020", "2021")]


def test_a_duration_placed_in_time_is_an_event_over_that_period() -> None:
    text = ("According to several reports, in the past four months the two councils have held intensive talks "
            "about the river and the bridge and the markets of the valley towns.\n")
    [event] = [e for e in _events(text) if e.timex]
    assert event.timex == "the past four months"
    assert (event.begin.year, event.begin.month, event.end) == (2015, 9, date(2016, 1, 1))
    assert event.title.startswith("The two councils hold intensive talks")


def test_a_story_paragraph_moved_below_the_end_marker_is_the_story_again() -> None:
    """An edit that moves a paragraph of the story below the footer keeps its events; the site's own
    boilerplate there (naming only the site) stays furniture."""
    paragraph = ("The mayor Karl Berger later resigned over the bridge contract, and the council of the valley "
                 "towns named Anna Vogel to finish the work that the river dispute had held up for years.\n")
    moved = STORY.replace("The towns later built", "Karl Berger and Anna Vogel later built") + paragraph
    f = Furniture(moved)
    assert f.why(moved.index("resigned over")) is None
    assert f.why(moved.index("21st")) == "after the story's end"
    assert Furniture(STORY + paragraph.replace("Karl Berger", "the author").replace("Anna Vogel", "a friend")).why(
        len(STORY) + 10) == "after the story's end"


def test_a_wire_dateline_date_is_no_event_but_its_story_is() -> None:
    text = ("PELL JUNCTION, Nev., February 16, 2023 — The county commission approved the new solar farm on "
            "Tuesday after a two-year review of its water use and its effect on the desert tortoise.\n\n"
            "The Halverstown team played in the 1920s and 1930s before moving to the coast in 1951.\n\n"
            "The 1920s and 1930s\n\nThe club won the cup in 1931 and again in 1936.\n")
    dated = {e.timex for e in _events(text) if e.timex}
    assert "February 16, 2023" not in dated and "Tuesday" in dated
    assert is_heading("The 1920s and 1930s")  # a decade is one word, as a heading's year is


def test_a_sentence_case_headline_gives_no_second_event_for_its_story() -> None:
    text = (
        "Mill owner posts record profit for the third quarter of 2019, raises dividend\n\n"
        "The owner of the Brookfield paper mill said on Tuesday that it earned more than in any quarter "
        "before, as prices for packaging rose across the region during the summer months of the year.\n"
    )
    events = _events(text)
    assert [e.timex for e in events if e.timex] == ["Tuesday"]
    assert Furniture(text).why(text.index("2019")) == "headline"
    # a first line that is a sentence of the story is no headline
    assert Furniture("The mill opened in 2019.\n\n" + text[text.index("The owner"):]).why(10) is None


def test_a_section_heading_in_sentence_case_gives_no_event() -> None:
    prose = ("The relief columns reached the port in the spring and held it against two assaults, while the "
             "fleet kept the sea lanes open for the merchants of the coast. ")
    text = (prose + "\n\nRelief of the port: summer 1702\n\n" + prose + "The siege ended on 3 June 1703.\n\n"
            "1704: the treaty\n1705: the fleet sails home\n")
    events = _events(text)
    dated = {e.timex for e in events if e.timex}
    assert "summer 1702" not in dated and "3 June 1703" in dated
    furniture = Furniture(text)
    assert furniture.why(text.index("1704")) is None and furniture.why(text.index("1705")) is None  # a chronology


def test_a_heading_run_into_its_section_gives_no_event() -> None:
    text = (
        "Kilbride Priory\n\n"
        "Kilbride Priory was a small Augustinian house on the river Esk whose church was rebuilt in stone in "
        "1230 and whose last canons left in 1536.\n\n"
        "The priory now\n"
        "The nave was used as a barn for two centuries, and only the west front stands today; the county "
        "took the site into care in 1951 and opens it every summer.\n"
    )
    furniture = Furniture(text)
    heading = text.index("The priory now")
    assert furniture.why(heading, heading + len("The priory now")) == "heading"
    assert furniture.why(text.index("The nave")) is None
    assert "now" not in {e.timex for e in _events(text)}


def test_a_line_with_a_date_is_no_run_in_heading() -> None:
    from explorer.events.furniture import is_run_in_heading

    prose = ("Walked the cliff path north of the harbour for most of the morning and watched the seals on the "
             "rocks below the old salmon bothy until the tide turned.")
    assert not is_run_in_heading("Monday 4 March in Brora", "", prose)  # a diary entry's date line
    assert is_run_in_heading("On the cliffs", "", prose)
    assert not is_run_in_heading("On the cliffs", "", "Short line.")  # no prose after it


def test_a_line_saying_when_the_page_was_published_or_updated_gives_no_event() -> None:
    text = (
        "Twelve months of rye bread\n\n"
        "I baked my first loaf in January after a friend gave me a jar of starter, and by the spring I was "
        "baking three times a week for the neighbours and the school fair.\n\n"
        "Updated on 2 May 2021: the recipe now uses less salt.\n\n"
        "Posted on 14 April 2021 by Maren\n"
    )
    furniture = Furniture(text)
    assert furniture.why(text.index("Updated on")) == "publication line"
    assert furniture.why(text.index("I baked")) is None
    assert "2 May 2021" not in {e.timex for e in _events(text)}
    assert "January" in {e.timex for e in _events(text)}


_NOTES_THEN = (
    "Ferry Returns To The Island\n\n"
    "The ferry to the island sailed again on May 4, 2021 after two winters in dry dock, and the harbour "
    "board said it would add a second boat in 2022. Islanders met the first crossing with a brass band "
    "and a long lunch on the quay, the board's chair said.\n\n"
    "[1] Island Courier, May 5, 2021.\n"
    "[2] Harbour board minutes, 12 April 2021.\n\n"
)


def test_a_short_closing_after_the_story_notes_gives_no_event() -> None:
    """The publisher's or author's closing line after the numbered notes (here with a century-wide date
    in several phrasings) is the page's, not the story's."""
    for closing in ("Tidewater Books publishes histories of the coastal towns of the 20th century.",
                    "The author writes about island life in the 21st century and teaches at a college.",
                    "Gull Press, a small publisher, prints maps of the 19th century harbours.\n"):
        text = _NOTES_THEN + closing
        kept = {e.value for e in _events(text)}
        assert "2021-05-04" in kept
        assert not {"19", "20", "21"} & kept, closing


def test_a_long_paragraph_after_the_notes_stays_the_story() -> None:
    closing = ("The second boat arrived in the busiest summer the island had known, and the harbour board said it "
               "had never seen so many visitors, with every room on the island booked from June to September and "
               "the ferry running four crossings a day.")
    text = _NOTES_THEN + closing
    furniture = Furniture(text)
    assert furniture.why(text.index(closing) + 5) is None
    short = _NOTES_THEN + "Tidewater Books publishes histories of the coast."
    assert Furniture(short).why(len(short) - 5) == "after the story's notes"


def test_stamps_of_publication_and_update_on_one_line_give_no_event() -> None:
    """A live page's stamp line with no colon after its words (session 56): "First published 21:05,
    Monday 4 May 2026 | Updated 02:15, Tuesday 5 May 2026". An entry after its update stamp stays."""
    text = ("Count goes on in Harlow\n\n"
            "First published 21:05, Monday 4 May 2026 | Updated 02:15, Tuesday 5 May 2026\n\n"
            "Updated 01:20: Counting stopped at the leisure centre after a fire alarm.\n\n"
            "The returning officer declared the result at 02:05 on Tuesday.\n")
    furniture = Furniture(text)
    assert furniture.why(text.index("First published")) == "publication line"
    assert furniture.why(text.index("Updated 01:20")) is None
    assert "Tuesday 5 May 2026" not in {e.timex for e in _events(text)}


def test_the_line_opening_a_quoted_email_gives_no_event() -> None:
    """"On Wed, 14 Jan 2026 at 11:02, Tom Ashby <t.ashby@example.org> wrote:" labels a quoted message in
    a reply (session 56); the messages' own sentences stay."""
    text = ("Subject: Re: kiln parts\n\n"
            "The parts finally came on 16 January 2026.\n\n"
            "On Wed, 14 Jan 2026 at 11:02, Tom Ashby <t.ashby@example.org> wrote:\n"
            "> Can you chase the supplier?\n\n"
            "On Tue, 13 Jan 2026 at 17:45, Priya Nair wrote:\n"
            "> The parts left the foundry on 9 January 2026.\n")
    furniture = Furniture(text)
    assert furniture.why(text.index("On Wed")) == "quote attribution"
    assert furniture.why(text.index("On Tue")) == "quote attribution"
    timexes = {e.timex for e in _events(text)}
    assert not timexes & {"Wed, 14 Jan 2026", "Tue, 13 Jan 2026"}, timexes
    assert {"16 January 2026", "9 January 2026"} <= timexes, timexes
