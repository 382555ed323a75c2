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
    # a recording's timecodes, counting from zero, are no times of day (session 56); a chat log's stamps are
    ("[00:00:00] HOST: Welcome back.\n[00:00:07] GUEST: Thanks.\n[00:01:12] GUEST: We left at 14:30.", D,
     [("14:30", "TIME", "2019-01-10T14:30")]),
    ("(0:00:03) JO: Hello.\n(0:02:41) AL: It shut in 1998.", D, [("1998", "DATE", "1998")]),
    ("[14:32:05] ana: back soon\n[14:40:11] ben: ok", D,  # (guard: a chat log's stamps)
     [("14:32:05", "TIME", "2019-01-10T14:32:05"), ("14:40:11", "TIME", "2019-01-10T14:40:11")]),
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
    ("see you monday, or tmr", D, [("monday", "DATE", "2019-01-14"), ("tmr", "DATE", "2019-01-11")]),  # a plan: the coming Monday
    ("Sat night party, then next Fri", D, [("Sat night", "TIME", "2019-01-12TNI"), ("next Fri", "DATE", "2019-01-11")]),
    ("the sun is out and we sat down on wed", D, []),
    ("we meet every mon", D, [("every mon", "SET", "XXXX-WXX-1")]),
    ("party tonite! tdy was fun", D, [("tonite", "TIME", "2019-01-10TNI"), ("tdy", "DATE", "2019-01-10")]),
    ("nxt yr will be better", D, [("nxt yr", "DATE", "2020")]),
    ("only 2 hrs left, 30mins more", D, [("2 hrs", "DURATION", "PT2H"), ("30mins", "DURATION", "PT30M")]),
    ("doors at 730pm", D, [("730pm", "TIME", "2019-01-10T19:30")]),
    ("LEE MIN HO waved", D, []),
    # a timeline's stamp written year first, opening its line, is one date (session 56)
    ("2019, June: The towns sign a pact.\n2024, 3 April: Work starts.", D,
     [("2019, June", "DATE", "2019-06"), ("2024, 3 April", "DATE", "2024-04-03")]),
    ("2023, summer: Shells are found.", D, [("2023, summer", "DATE", "2023-SU")]),
    # ranges and lists of days: each end its own TIMEX3, the shared month and year distributed
    ("They met on 3 and 4 May 2012.", D, [("3", "DATE", "2012-05-03"), ("4 May 2012", "DATE", "2012-05-04")]),
    ("Fighting lasted between 5 and 9 August 1914.", D, [("5", "DATE", "1914-08-05"), ("9 August 1914", "DATE", "1914-08-09")]),
    ("It ran from 3 to 5 June 2011.", D, [("3", "DATE", "2011-06-03"), ("5 June 2011", "DATE", "2011-06-05")]),
    ("It ran on May 3 and 4, 2012.", D, [("May 3", "DATE", "2012-05-03"), ("4, 2012", "DATE", "2012-05-04")]),
    # the past clause the day opens puts it before the report (session 14; was 2019, read ahead)
    ("On May 3 and 4 others came.", D, [("May 3", "DATE", "2018-05-03")]),
    ("From March to May 2011 the talks went on.", D, [("March", "DATE", "2011-03"), ("May 2011", "DATE", "2011-05")]),
    ("The war of 1914-18 was long.", D, [("1914", "DATE", "1914"), ("18", "DATE", "1918")]),
    # seasons, periods, vague durations, sets
    ("In 1944 in spring the army moved.", D, [("1944", "DATE", "1944"), ("spring", "DATE", "1944-SP")]),
    ("They ran a summer camp near a hot spring.", D, []),
    ("Growth slowed in mid-2015.", D, [("mid-2015", "DATE", "2015")]),
    ("It took minutes. It lasted decades.", D, [("minutes", "DURATION", "PTXM"), ("decades", "DURATION", "PXDE")]),
    ("He ran every morning; 500 died per month.", D, [("every morning", "SET", "XXXX-XX-XXTMO"), ("per month", "SET", "P1M")]),
    ("The chip runs 15 million instructions per second.", D, []),
    ("Sales rose at the beginning of the year.", D, [("the beginning of the year", "DATE", "2019")]),
    ("Sales rose in the fiscal year.", D, [("the fiscal year", "DATE", "2019")]),
    ("It blew up at 10:35 a.m. (0735 GMT).", D, [("10:35 a.m.", "TIME", "2019-01-10T10:35")]),
    ("It happened mid-afternoon yesterday.", D, [("mid-afternoon yesterday", "TIME", "2019-01-09TAF")]),
    ("Profit fell in the fiscal-first quarter.", D, [("the fiscal-first quarter", "DATE", "2019-Q1")]),
    # narrative forms
    ("The Gallipoli campaign (1915) failed; see note [1191].", None, [("1915", "DATE", "1915")]),
    ("In 1940 a second offensive began.", None, [("1940", "DATE", "1940")]),
    ("The battle (August-September 1950) was long.", None, [("August", "DATE", "1950-08"), ("September 1950", "DATE", "1950-09")]),
    ("The battle (21 March - 21 June 1952) was long.", None, [("21 March", "DATE", "1952-03-21"), ("21 June 1952", "DATE", "1952-06-21")]),
    ("In 1918 the front broke. In October of that year Austria fell.", None,
     [("1918", "DATE", "1918"), ("October of that year", "DATE", "1918-10")]),
    ("In 1942 they launched the main summer offensive.", None, [("1942", "DATE", "1942"), ("summer", "DATE", "1942-SU")]),
    ("The recent coup changed the army.", D, [("recent", "DATE", "PAST_REF")]),
    ("In May 1940 they fought. By the end of the month it was over.", None,
     [("May 1940", "DATE", "1940-05"), ("the end of the month", "DATE", "1940-05")]),
    ("Profit rose in the first quarter of 2013 from the previous quarter.", D,
     [("the first quarter of 2013", "DATE", "2013-Q1"), ("the previous quarter", "DATE", "2012-Q4")]),
    ("Snow fell all through the winter of 2011-12.", D, [("the winter of 2011-12", "DATE", "2011-WI")]),
    ("The polls will close at midnight on Sunday.", D, [("midnight", "TIME", "2019-01-13T24:00"), ("Sunday", "DATE", "2019-01-13")]),
    ("We rested after a long weekend; a weekend of talks followed.", D, [("a long weekend", "DATE", "2019-W01-WE")]),
    # an ordinal inside a longer word is no ordinal
    ("The semifinal quarter was tense.", D, []),
    ("The 1921st century club met.", D, []),
]


@pytest.mark.parametrize("text,dct,want", CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: date | None, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]
    assert got == want
