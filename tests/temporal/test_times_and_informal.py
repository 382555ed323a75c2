"""Times of day and informal writing: each row is a sentence, a document date and exactly the
expressions (text, type, TIMEX3 value) TimeML marks in it. Our own sentences, not corpus text."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2019, 1, 10)  # a Thursday

CASES: list[tuple[str, date | None, list[tuple[str, str, str]]]] = [
    # 24-hour and zoned clock times, alone and after their day
    ("The ship sank at 14:30 UTC.", D, [("14:30 UTC", "TIME", "2019-01-10T14:30")]),
    ("The plane landed at 1430 GMT.", D, [("1430 GMT", "TIME", "2019-01-10T14:30")]),
    ("The barrage stopped at 05:30hrs.", D, [("05:30hrs", "TIME", "2019-01-10T05:30")]),
    ("On 12 March 1944 2100 hours the attack began.", D, [("12 March 1944 2100 hours", "TIME", "1944-03-12T21:00")]),
    ("They will meet on March 7 1430 GMT.", D, [("March 7 1430 GMT", "TIME", "2019-03-07T14:30")]),
    ("Doors open May 10, 2014 2pm.", D, [("May 10, 2014 2pm", "TIME", "2014-05-10T14:00")]),
    ("It flew 1500 hours of missions.", D, []),
    ("As John 3:16 says.", D, []),
    # a weekday or a date with its part of day
    ("He left on Tuesday afternoon.", D, [("Tuesday afternoon", "TIME", "2019-01-08TAF")]),
    ("It was cold the night of 5 March 1945.", D, [("the night of 5 March 1945", "TIME", "1945-03-05TNI")]),
    ("She spoke the evening of June 4, 2018.", D, [("the evening of June 4, 2018", "TIME", "2018-06-04TEV")]),
    # a part of day alone: on the document's day in news, on no named day in a story
    ("Fighting resumed during the night.", D, [("the night", "TIME", "2019-01-10TNI")]),
    ("On the morning talk show he smiled.", D, []),
    ("In 1944 the army crossed the river. They attacked at night.", None,
     [("1944", "DATE", "1944"), ("night", "TIME", "XXXX-XX-XXTNI")]),
    # informal forms
    ("see you monday, or tmr", D, [("monday", "DATE", "2019-01-07"), ("tmr", "DATE", "2019-01-11")]),
    ("Sat night party, then next Fri", D, [("Sat night", "TIME", "2019-01-12TNI"), ("next Fri", "DATE", "2019-01-11")]),
    ("the sun is out and we sat down on wed", D, []),
    ("we meet every mon", D, [("every mon", "SET", "XXXX-WXX-1")]),
    ("party tonite! tdy was fun", D, [("tonite", "TIME", "2019-01-10TNI"), ("tdy", "DATE", "2019-01-10")]),
    ("nxt yr will be better", D, [("nxt yr", "DATE", "2020")]),
    ("only 2 hrs left, 30mins more", D, [("2 hrs", "DURATION", "PT2H"), ("30mins", "DURATION", "PT30M")]),
    ("doors at 730pm", D, [("730pm", "TIME", "2019-01-10T19:30")]),
    ("LEE MIN HO waved", D, []),
]


@pytest.mark.parametrize("text,dct,want", CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: date | None, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]
    assert got == want
