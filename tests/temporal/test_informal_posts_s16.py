"""Informal posts, session sixteen: which way a bare weekday looks when a post says it in the
present ("I'm driving up on Saturday", "I'm OOO thurs-fri", a question closed with an emoji), a day
something is pushed to, office chat's "EOD"/"COB"/"EOW", and the hour written with "h" ("19h").
Each row is our own sentence, written on a Wednesday, with the expressions TimeML marks in it (each
end of a range apart, as the corpora's scorer reads them)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

WED = date(2025, 2, 12)  # a Wednesday

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # a present progressive with a weekday is an arrangement: the weekday ahead
    ("I'm driving up on Saturday", [("Saturday", "2025-02-15")]),
    ("we're flying out on sat", [("sat", "2025-02-15")]),
    ("the band is playing Friday night", [("Friday night", "2025-02-14TNI")]),
    ("She is leaving on Monday, her sister says.", [("Monday", "2025-02-17")]),
    ("@jo_k heading home friday. dinner l8r", [("friday", "2025-02-14")]),
    ("Im def going thurs", [("thurs", "2025-02-13")]),
    # ... unlike the past progressive or a past verb nearer the day
    ("He was driving home on Saturday", [("Saturday", "2025-02-08")]),
    ("The meeting on Friday was long", [("Friday", "2025-02-07")]),
    ("we are meeting up after Sunday's game was cancelled", [("Sunday", "2025-02-09")]),
    ("The scheme was thrown out by the county's planning board on Tuesday evening.", [("Tuesday evening", "2025-02-11TEV")]),
    ("Passing sentence on Friday, the judge said the harm was lasting.", [("Friday", "2025-02-07")]),
    ("he's driving up on Saturday", [("Saturday", "2025-02-15")]),
    # a present absence is an arrangement too
    ("I'm OOO thurs-fri", [("thurs", "2025-02-13"), ("fri", "2025-02-14")]),
    ("she's off on Friday", [("Friday", "2025-02-14")]),
    ("we are away Saturday and Sunday", [("Saturday", "2025-02-15"), ("Sunday", "2025-02-16")]),
    ("He was off on Friday", [("Friday", "2025-02-07")]),
    # a question closed with emoji or hashtags still asks about a plan
    ("drinks fri? 🍻", [("fri", "2025-02-14")]),
    ("who's free sat nite?? #bored", [("sat nite", "2025-02-15TNI")]),
    ("Movie on Sunday? 🎬🍿", [("Sunday", "2025-02-16")]),
    # the day a thing is pushed or bumped to lies ahead
    ("the launch got pushed to Thurs", [("Thurs", "2025-02-13")]),
    ("our call is bumped to Monday", [("Monday", "2025-02-17")]),
    ("release pushed out to Friday, sorry all", [("Friday", "2025-02-14")]),
    # "tmrw" in a clause says it looks ahead, "yday" that it looks back, as "tomorrow" and "yesterday" do
    ("beach tmrw, then camping sat-sun", [("tmrw", "2025-02-13"), ("sat", "2025-02-15"), ("sun", "2025-02-16")]),
    ("2moro: packing, then the drive on Friday", [("2moro", "2025-02-13"), ("Friday", "2025-02-14")]),
    ("yday gym, and Saturday a long walk", [("yday", "2025-02-11"), ("Saturday", "2025-02-08")]),
    # office chat's end of the day, week or month
    ("can you send it by EOD?", [("EOD", "2025-02-12")]),
    ("need sign-off eod pls", [("eod", "2025-02-12")]),
    ("done by COB, promise", [("COB", "2025-02-12")]),
    ("figures due EOW", [("EOW", "2025-W07")]),
    ("invoices by EOM as usual", [("EOM", "2025-02")]),
    ("a corn cob and a bread roll", []),
    ("follow @eod_news and #eom_deals, see example.com/eod", []),
    # the hour written with "h"
    ("on se retrouve at 19h", [("19h", "2025-02-12T19:00")]),
    ("dinner 20h30 at the usual place", [("20h30", "2025-02-12T20:30")]),
    ("19h: polls close across the region", [("19h", "2025-02-12T19:00")]),
    ("Live:\n21h - first results are in", [("21h", "2025-02-12T21:00")]),
    ("doors from 18h, music until 23h", [("18h", "2025-02-12T18:00"), ("23h", "2025-02-12T23:00")]),
    ("another 12h shift done", []),
    ("the shop is open 24h now", [("now", "PRESENT_REF")]),
    ("find it at example.com/19h and @bar_21h", []),
    # a day of the month before its clause's verb or a conjunction; an ordinal before a noun counts it
    ("The meeting on the 20th will review it.", [("the 20th", "2025-02-20")]),
    ("the bill paid on the 1st was late", [("the 1st", "2025-02-01")]),
    ("moving out on the 28th so pls pack", [("the 28th", "2025-02-28")]),
    ("we live on the 5th floor", []),
    # a day number said again is the day just named with its month
    ("The assault came on 20 September. The onslaught on the 20th was successful.",
     [("20 September", "2024-09-20"), ("the 20th", "2024-09-20")]),
    ("Rent is due March 1st. Paid on the 1st, as ever.", [("March 1st", "2025-03-01"), ("the 1st", "2025-03-01")]),
    ("got it on the 2nd try", []),
    # a short day that is also a word, where nothing but a day fits; "back" looks ahead
    ("back mon", [("mon", "2025-02-17")]),
    ("I'm OOO thurs-fri, back mon", [("thurs", "2025-02-13"), ("fri", "2025-02-14"), ("mon", "2025-02-17")]),
    ("school starts mon!", [("mon", "2025-02-17")]),
    ("EDIT (wed): link fixed", [("wed", "2025-02-12")]),
    ("came back on Friday", [("Friday", "2025-02-07")]),
    ("I sat back and sat down", []),
    ("Back sun, sea and sand", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_informal_posts(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t.text, t.value) for t in timeml_view(tag(text, WED))]
    assert got == expected
