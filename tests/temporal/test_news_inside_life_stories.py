"""A news report told inside a life story (issue 11, "decide news or narrative per passage"): an
obituary or a profile opens with news in the present perfect, tells a life in past years, and comes
back to the news. A yearless day told from the writer's now (a past perfect, a reporting verb, the
writer's future, the lede's happening retold) is the most recent such day before the document date,
or undated and anchored on the document when no date is to be had; never a day of the last year the
life story told. A history's reported speech, with no present-perfect lede, stays in its year.
All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.timex import DOCUMENT_ANCHOR

LIFE = "She joined the board in 1971, chaired it from 1988 to 1993 and stood down in 2002. "
DCT = date(2024, 3, 20)


def _value(text: str, expression: str, dct: date | None) -> tuple[str, str | None]:
    found = [t for t in tag(text, dct) if t.text == expression]
    assert found, f"{expression!r} not tagged in {text!r}"
    return found[0].value, found[0].anchor


@pytest.mark.parametrize("lede, news, expression, value", [
    ("A former chairwoman has died, the trust has said. ", "The trust said she had opened a new ward on 9 January.",
     "9 January", "2024-01-09"),
    ("Tributes have been paid to a former chairwoman. ", "Her son said she had died peacefully on 14 March.",
     "14 March", "2024-03-14"),
    ("A former chairwoman has died aged 90. ", "She had given her last talk to members on 2 November.",
     "2 November", "2023-11-02"),
    ("A former chairwoman has died aged 90. ", "She died at home on 11 March after a short illness.",
     "11 March", "2024-03-11"),
    ("A former chairwoman has been honoured by the city. ", "She received the award at a dinner on 1 February, "
     "the mayor's office confirmed.", "1 February", "2024-02-01"),
])
def test_a_news_day_inside_a_life_story_is_before_the_document_date(lede: str, news: str, expression: str,
                                                                    value: str) -> None:
    assert _value(lede + LIFE + news, expression, DCT)[0] == value


@pytest.mark.parametrize("lede", [
    "Former chairwoman dies\nMary Dunn died on Friday aged 90, the trust said. ",
    "Mary Dunn, a former chairwoman, died yesterday in hospital. ",
    "Mary Dunn retired on Tuesday after a long career. ",
])
def test_a_lede_told_on_a_day_of_the_writers_now_opens_news(lede: str) -> None:
    text = lede + LIFE + "She had given her last talk to members on 2 November."
    assert _value(text, "2 November", None) == ("XXXX-11-02", DOCUMENT_ANCHOR)
    assert _value(text, "2 November", DCT)[0] == "2023-11-02"


@pytest.mark.parametrize("news, expression, value", [
    ("She died in hospital on 27 June.", "27 June", "XXXX-06-27"),
    ("Her family said she had died on 27 June.", "27 June", "XXXX-06-27"),
    ("A memorial will be held at the hall on 8 July.", "8 July", "XXXX-07-08"),
    ("Her funeral will take place on 8 July.", "8 July", "XXXX-07-08"),
])
def test_with_no_document_date_a_news_day_is_undated_on_the_document(news: str, expression: str, value: str) -> None:
    text = "A former chairwoman has died.\n" + LIFE + "\n" + news
    assert _value(text, expression, None) == (value, DOCUMENT_ANCHOR)


@pytest.mark.parametrize("text, expression, value", [
    ("In 1941 the war widened. The minister said he had met the envoy on 2 October.", "2 October", "1941-10-02"),
    ("On Sunday, 7 December 1941, the fleet was attacked. The admiral said he had sent a warning on 29 "
     "November.", "29 November", "1941-11-29"),
    ("The fleet sailed south in 1805. Its captain wrote that he had sighted land on 19 June.", "19 June", "1805-06-19"),
    ("In 1916 the regiment moved north. Its colonel told his officers that the attack would begin on "
     "1 July.", "1 July", "1916-07-01"),
    # a history that opens with a perfect that describes, not reports: still a story
    ("Historians have long argued over the war's causes. It began in 1756. A general wrote that he had "
     "reached the river on 3 May.", "3 May", "1756-05-03"),
    ("The siege has been called the longest of its age. It began in 1648. A soldier said he had "
     "seen the walls breached on 4 May.", "4 May", "1648-05-04"),
])
@pytest.mark.parametrize("dct", [None, date(2015, 6, 1)])
def test_reported_speech_in_a_history_stays_in_the_story(text: str, expression: str, value: str,
                                                         dct: date | None) -> None:
    assert _value(text, expression, dct)[0] == value

