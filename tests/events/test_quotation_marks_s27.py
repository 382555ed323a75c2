"""A speaker's words are no happening of the story, however the quotation is marked: with the two
backquotes and two apostrophes of wire archives (``…''), or carried on from an earlier sentence of the
paragraph, where the sentence alone shows only the closing mark (session 27, read on TimeBank news)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 14)).events]


def _mentions(titles: list[str], word: str) -> bool:
    return any(word in t.lower() for t in titles)


# --------------------------------------------------------------------- a quotation carried on from an earlier sentence


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("``", "''")])
@pytest.mark.parametrize(("text", "spoken"), [
    ("A shopkeeper was shot dead in Leeds on Tuesday night, police said. {o}They came to rob the place. "
     "There were three customers inside, and they just started shooting.{c} a detective said.\n", "shoot"),
    ("A ferry ran aground off the island of Orr on Monday. {o}We heard a bang. Then the engine room flooded "
     "and the captain resigned on the spot,{c} one passenger said.\n", "resign"),
    ("Two climbers were rescued from Ben Lair on Sunday. {o}The weather turned fast. Our guide had already "
     "been injured in a fall,{c} said one of them.\n", "injur"),
])
def test_words_inside_a_quotation_opened_in_an_earlier_sentence_give_no_event(
        text: str, spoken: str, opening: str, closing: str) -> None:
    titles = _titles(text.format(o=opening, c=closing))
    assert titles, "the narrated happening of the first sentence is kept"
    assert not _mentions(titles, spoken), titles


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("``", "''")])
def test_narration_after_a_closed_quotation_still_gives_its_events(opening: str, closing: str) -> None:
    text = (f"A warehouse burned down in Hull on Tuesday. {opening}We lost everything,{closing} the owner said. "
            "The night manager resigned, and firefighters found a second fire in the yard.\n")
    titles = _titles(text)
    assert _mentions(titles, "resign"), titles


# --------------------------------------------------------------------- wire archives' backquotes


@pytest.mark.parametrize(("text", "spoken"), [
    ("Sinn Fein will return to the peace talks on Monday.\n``We were unjustly pushed out of the talks in February "
     "but we are back,'' Adams said Sunday.\n", "pushed"),
    ("The coach was sacked on Monday. ``The board lost its nerve after we were beaten in March,'' the captain "
     "told reporters on Tuesday.\n", "beaten"),
])
def test_a_backquoted_quotation_opening_its_sentence_is_dated_by_no_saying(text: str, spoken: str) -> None:
    assert not _mentions(_titles(text), spoken), _titles(text)


@pytest.mark.parametrize(("text", "spoken"), [
    ("In a speech on state radio on Thursday, the general called the president ``a liar.'' ``We pray that there will "
     "be no war in which you will bury your soldiers after you had pushed them into a dark tunnel,'' the general said.\n",
     "tunnel"),
    ("The mayor resigned on Friday. ``I was pleased that the auditors stated this morning that nobody had "
     "broken the rules,'' she said.\n", "auditors"),
])
def test_words_between_backquotes_give_no_event(text: str, spoken: str) -> None:
    titles = _titles(text)
    assert titles and not _mentions(titles, spoken), titles


def test_a_long_paragraph_of_quotations_keeps_its_last_quotation_apart_from_narration() -> None:
    # the first quotation opens more than a few hundred characters before the date in the second one: the
    # reach that looks back for an opening mark sees only the first one's closing mark
    first = " ".join(["We have answered every question the inspectors put to us, and we will go on doing so."] * 5)
    text = (f"The minister spoke on Friday. “{first}” the minister said. “I was glad that the inspectors "
            "confirmed this morning that the accounts were in order,” she added.\n")
    assert not _mentions(_titles(text), "inspectors confirm"), _titles(text)


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”")])
def test_narration_long_after_a_closed_quotation_in_its_paragraph_still_gives_its_events(opening: str, closing: str) -> None:
    # the quotation closes more than a few hundred characters before the happening: counted from the
    # paragraph's start, its marks pair up, so the happening is narration
    middle = ("On 10 May the council urged talks with the rebels and the bishop appealed to the duke for mediation. "
              "On 14 May the duke sent a letter to all the towns suggesting a meeting on neutral ground, and on "
              "15 May the council made an offer of its own to the rebel leaders. ")
    spoken = "Our position has weakened so fast that I no longer believe we can hold the river through the winter. "
    text = (f"The envoy warned the council {opening}{spoken * 3}{closing} {middle}Both offers were rejected by the rebels.\n")
    titles = _titles(text)
    assert _mentions(titles, "rejected"), titles
