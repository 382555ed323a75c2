"""Session twenty-three: kinds of news expression the readable TimeBank quarter barely shows, checked
on sentences written for these tests (none from the corpora or the gold set), three registers each.

Each case is (sentence, document date, expected (text, value) pairs in the TimeML view).
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2003, 10, 22)  # a Wednesday in an earnings season

CASES = [
    # a company's or a government's year said with "this" is the report's year, as "this year" is;
    # "financial year" is the British name of the fiscal year
    ("This fiscal year looks better for the chain than the last.", D, [("This fiscal year", "2003")]),
    ("The ministry expects a small surplus this financial year.", D, [("this financial year", "2003")]),
    ("Sales for the financial year rose 4% on the back of new stores.", D, [("the financial year", "2003")]),
    ("The charity's financial year was its hardest yet, trustees wrote.", D, [("financial year", "2003")]),
    # a yearless quarter whose results are long out (it ended over a quarter before the report),
    # told in the future, is next year's; the quarter just ended stays this year's, its results
    # still to come; and a past one stays this year's
    ("The foundry will reopen in the second quarter, its owners said.", D, [("the second quarter", "2004-Q2")]),
    ("The chain is going to close the stores in the second quarter.", D, [("the second quarter", "2004-Q2")]),
    ("Management will have the line running again by the end of the first quarter.", D,
     [("the end of the first quarter", "2004-Q1")]),
    ("Planners will move the depot in the first quarter.", D, [("the first quarter", "2004-Q1")]),
    ("The brewer expects a loss in the third quarter.", D, [("the third quarter", "2003-Q3")]),
    ("The foundry reopened in the second quarter.", D, [("the second quarter", "2003-Q2")]),
    # "long out" is past the longest quarter (92 days): on the fourth quarter's last day the third,
    # just ended, is still this year's; the day after the third ends, the second is long out
    ("Our grocer will post a loss in the third quarter, its chairman warned.", date(2003, 12, 31),
     [("the third quarter", "2003-Q3")]),
    ("Our grocer will post a loss in the second quarter, its chairman warned.", date(2003, 10, 1),
     [("the second quarter", "2004-Q2")]),
    # a trip, a hearing or a decision told in the simple present with a weekday is on the calendar,
    # ahead of the page (told on a Wednesday); the past tense and the plural noun look back
    ("The premier travels to the coast on Tuesday to inspect the flood defences.", D, [("Tuesday", "2003-10-28")]),
    ("Our envoy testifies Thursday before the Senate panel.", D, [("Thursday", "2003-10-23")]),
    ("The squad heads to Leeds on Saturday for the cup tie.", D, [("Saturday", "2003-10-25")]),
    ("The council decides Monday whether to close the pool.", D, [("Monday", "2003-10-27")]),
    ("The chancellor flies to Rome Friday, his office says.", D, [("Friday", "2003-10-24")]),
    ("The premier travelled to the coast on Tuesday.", D, [("Tuesday", "2003-10-21")]),
    ("Her travels on Tuesday took her to three towns.", D, [("Tuesday", "2003-10-21")]),
    # ... and so is one told with its object between the verb and the day ("holds a hearing
    # Tuesday"); the past form and a bare plural object keep their own reading
    ("The select committee holds a hearing Tuesday on the levy.", D, [("Tuesday", "2003-10-28")]),
    ("Our MP faces a confidence vote on Monday, so expect fireworks.", D, [("Monday", "2003-10-27")]),
    ("The studio unveils its new console on Thursday, insiders say.", D, [("Thursday", "2003-10-23")]),
    ("The select committee held a hearing Tuesday on the levy.", D, [("Tuesday", "2003-10-21")]),
    ("The studio unveiled its new console on Thursday.", D, [("Thursday", "2003-10-16")]),
    # ... but a word of that list after a determiner or a possessive is a noun ("her presents", "its
    # signs"), however it is followed: the sentence's own verb says the tense
    ("Grandma wrapped her presents the whole of Sunday.", D, [("Sunday", "2003-10-19")]),
    ("The crew repainted its signs the whole of Monday.", D, [("Monday", "2003-10-20")]),
    ("The band mixed their releases the whole of Saturday.", D, [("Saturday", "2003-10-18")]),
    # "as recently as <date>": the date is the expression, the adverb only says it is near (as in
    # "most recently last October"); alone, "recently" is a vague past
    ("The otters were spotted as recently as 1998, rangers say.", D, [("1998", "1998")]),
    ("As recently as a month ago the well was full.", D, [("a month ago", "2003-09")]),
    ("lol the bar was packed as recently as last year", D, [("last year", "2002")]),
    ("The bakery recently changed hands.", D, [("recently", "PAST_REF")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES)
def test_news_kind(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    got = [(t.text, t.value) for t in timeml_view(tag(text, dct))]
    assert got == expected
