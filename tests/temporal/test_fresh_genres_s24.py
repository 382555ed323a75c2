"""Session 24 of issue 11: kinds found in twelve scratch articles of our own in new genres (a ship's
log, a quarterly report, a live blog, a medieval history, a sports season, a diary, a legal filing,
a methods section, translated news, a changelog, a family history, a weather review): dates left in
another language's month names, "the last few weeks of" a period, a quarter whose result is about to
be posted, a bare day of the month just told, a log's "Monday 10th", durations of contracts and
methods sections, report periods, and a promise reported from a past day. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.grammar.rules_foreign_months import FOREIGN_MONTHS

DCT = date(2020, 1, 2)


def _found(text: str, dct: date = DCT) -> dict[str, tuple[str, str | None, str | None]]:
    return {t.text: (t.value, t.begin and t.begin.isoformat(), t.end_day and t.end_day.isoformat())
            for t in tag(text, dct)}


@pytest.mark.parametrize("text, expression, value", [
    ("Die Abstimmung fand am 3. März 2019 statt, meldete die Agentur.", "3. März 2019", "2019-03-03"),
    ("The court in Kazan ruled on 12 марта 2019 года that the sale was void.", "12 марта 2019 года", "2019-03-12"),
    ("Villagers said the bridge fell on 14 апреля 2020.", "14 апреля 2020", "2020-04-14"),
    ("Le décret est paru le 1er janvier 2018 au Journal officiel.", "1er janvier 2018", "2018-01-01"),
    ("El acuerdo se firmó el 5 de mayo de 2017 en Sevilla.", "5 de mayo de 2017", "2017-05-05"),
    ("The mill reopened in März 2019, a spokesman said.", "März 2019", "2019-03"),
    ("The station closed в мае 2019 after a fire.", "мае 2019", "2019-05"),
    ("Il contratto scade il 30 settembre 2021.", "30 settembre 2021", "2021-09-30"),
    ("The Dutch ministry wrote on 7 maart 2016 that the dyke held.", "7 maart 2016", "2016-03-07"),
    ("The probe named Mars 2 reached orbit on 27 November 1971.", "27 November 1971", "1971-11-27"),
])
def test_a_foreign_month_is_read_with_its_day(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression][0] == value


@pytest.mark.parametrize("text, word", [
    ("Students of County Mayo 2019 champions lined up.", "Mayo 2019"),
    ("The Mars 2020 rover landed in a crater.", "Mars 2020"),
    ("Marco 2018 was the name of the yacht.", "Marco 2018"),
    ("The probe named Mars 2 reached orbit on 27 November 1971.", "Mars 2"),
])
def test_a_foreign_month_that_is_also_an_english_word_needs_a_full_date(text: str, word: str) -> None:
    assert word not in _found(text)


#: the members of phrases.LANGUAGES written in Latin or Cyrillic letters, besides English
_LATIN_OR_CYRILLIC = ("fr", "de", "es", "it", "pt", "nl", "ru", "tr")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


@pytest.mark.parametrize("code", _LATIN_OR_CYRILLIC)
def test_every_full_month_name_of_a_language_is_read(code: str) -> None:
    """dateparser's full-length month names (five letters or more) of each language are in the table,
    with the right month, unless spelled as the English month (the English rules read those)."""
    from dateparser.languages import default_loader

    from explorer.temporal.phrases import LANGUAGES

    assert code in LANGUAGES
    info = default_loader.get_locale(code).info
    for number, month in enumerate(_MONTHS, start=1):
        for name in info.get(month, []):
            if len(name) >= 5 and name.isalpha() and name.lower() not in _MONTHS:
                assert FOREIGN_MONTHS.get(name.lower()) == number, (code, name)


def test_a_foreign_month_without_its_accents_is_read() -> None:
    assert _found("Le vote a eu lieu le 3 fevrier 2019.")["3 fevrier 2019"][0] == "2019-02-03"
    assert _found("Toplanti 12 kasim 2019 tarihinde yapildi.")["12 kasim 2019"][0] == "2019-11-12"


@pytest.mark.parametrize("text, expression, begin, end", [
    ("Over the last few weeks of 2019 the harbour froze twice.", "the last few weeks of 2019", "2019-12-11", "2019-12-31"),
    ("Orders slowed during the final weeks of 2018.", "the final weeks of 2018", "2018-12-11", "2018-12-31"),
    ("The last two weeks of 2018 were quiet.", "The last two weeks of 2018", "2018-12-18", "2018-12-31"),
    ("The first few days of 2019 were cold.", "The first few days of 2019", "2019-01-01", "2019-01-07"),
])
def test_a_few_weeks_of_a_period_are_about_three(text: str, expression: str, begin: str, end: str) -> None:
    _, first, last = _found(text)[expression]
    assert (first, last) == (begin, end)


@pytest.mark.parametrize("text, value", [
    # told on 2 January: the figure of the quarter just ended is about to be posted
    ("The brewer said it will post a loss in the fourth quarter.", "2019-Q4"),
    ("The chain expects a profit of $4 million in the fourth quarter.", "2019-Q4"),
    ("The brewer posted a loss in the fourth quarter.", "2019-Q4"),
    # a plan, or a quarter still ahead: the coming one
    ("The brewer will open its new plant in the third quarter.", "2020-Q3"),
    ("The chain said it will return to profit in the second quarter.", "2020-Q2"),
])
def test_a_quarter_told_just_after_the_new_year(text: str, value: str) -> None:
    (found,) = [t for t in tag(text, DCT) if "quarter" in t.text]
    assert found.value == value


@pytest.mark.parametrize("text, dct, expression, value", [
    ("In March the orchard suffered. A hard frost came on the 9th and killed the blossom.",
     date(2021, 6, 20), "the 9th", "2021-03-09"),
    ("The choir toured in October 2016, and sang in the cathedral on the 14th and again on the 22nd.",
     date(2017, 2, 1), "the 22nd", "2016-10-22"),
    ("Sales slumped in August. The owners cut prices on the 3rd; the stock was gone by the 30th.",
     date(2019, 11, 12), "the 30th", "2019-08-30"),
    ("The first week of July was hot, and the river dried up on the 5th.",
     date(2022, 9, 1), "the 5th", "2022-07-05"),
])
def test_a_bare_day_is_in_the_month_just_told(text: str, dct: date, expression: str, value: str) -> None:
    assert _found(text, dct)[expression][0] == value


def test_a_bare_day_not_after_a_month_just_told() -> None:
    """The month was told long before: the day is read as before, in the report's month (not April)."""
    text = ("The festival began in April. " + "The crowds were large and the weather held. " * 3
            + "Tickets for next year go on sale on the 25th.")
    assert _found(text, date(2023, 6, 10))["the 25th"][0] == "2023-06-25"


def test_a_bare_day_before_the_day_just_told_is_in_its_month() -> None:
    """ "had left on the 12th" after "30 September": an earlier day of the same month."""
    text = "The ferry sailed on 30 September. Its sister ship had left on the 12th."
    assert _found(text, date(2020, 10, 20))["the 12th"][0] == "2020-09-12"


@pytest.mark.parametrize("text, expression, value", [
    ("The tenant shall cure any breach within fifteen (15) days of notice.", "fifteen (15) days", "P15D"),
    ("The licence lasts for thirty-six (36) months from signing.", "thirty-six (36) months", "P36M"),
    ("Either party may end it on ninety (90) calendar days' notice.", "ninety (90) calendar days", "P90D"),
    ("Leaves were soaked in buffer for 48 h before staining.", "48 h", "PT48H"),
    ("Larvae were counted every 2.5 h under red light.", "2.5 h", "PT2H30M"),
])
def test_durations_in_formal_registers(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression][0] == value


@pytest.mark.parametrize("text, words", [
    ("The clause gives two (3) days, a drafting slip the court noted.", "(3)"),
    ("Pencils marked 2 H and 4 H were used for the sketches.", " H"),
    ("She ran the 400 m in under a minute.", "400"),
])
def test_no_duration_from_a_slip_or_a_grade(text: str, words: str) -> None:
    """A slip's count, a pencil's grade, a race's metres: none is a time."""
    assert not [t for t in tag(text, DCT) if words in t.text]


def test_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    """A log's heading "Monday 10th" after "Monday 3 May" is the 10th, never the Monday named before."""
    text = ("Journal of the ketch Plover.\n\nMonday 3 May 1852. Light airs. Left the quay at noon.\n\n"
            "Tuesday 4th. Fog all day.\n\nMonday 10th. Reached the banks and began fishing.\n")
    assert _found(text, date(1852, 5, 3))["Monday 10th"][0] == "1852-05-10"


FEB = date(2024, 2, 12)


@pytest.mark.parametrize("text, expression, value", [
    # a quarter code that ends its sentence, after a preposition of time
    ("Margins were 14% in Q3, against 11% in Q2.", "Q2", "2023-Q2"),
    ("Orders recovered in Q4. Analysts were surprised.", "Q4", "2023-Q4"),
    # a fiscal year whose end is written day first moves a yearless quarter to the months it covers
    ("Our financial year ends on 31 March. Sales in the third quarter rose 4%.", "the third quarter", "2023-Q4"),
    ("The group, whose fiscal year begins on 1 October, said profit fell in the first quarter.",
     "the first quarter", "2023-Q4"),
    # the half of a calendar year a report with a fiscal year names
    ("The new plant should open in the first half of calendar 2025.", "the first half of calendar 2025", "2025-H1"),
])
def test_report_periods(text: str, expression: str, value: str) -> None:
    assert _found(text, FEB)[expression][0] == value


def test_a_numbered_question_is_no_quarter() -> None:
    assert "Q3" not in _found("Answer every question on sales. Q3. Name the largest market.", FEB)


MARCH_2022 = date(2022, 3, 3)


@pytest.mark.parametrize("text, expression, value", [
    ("On August 9, 2020, the landlord wrote that the roof would be repaired by the end of the year.",
     "the end of the year", "2020"),
    ("In 2017 the council pledged that the pool would reopen next year.", "next year", "2018"),
    ("The bakery announced in May 2019 that it would open two shops this year.", "this year", "2019"),
])
def test_a_promise_reported_from_a_past_day_counts_from_that_day(text: str, expression: str, value: str) -> None:
    assert _found(text, MARCH_2022)[expression][0] == value


@pytest.mark.parametrize("text, expression, value", [
    # no speech reported: news counts from the page
    ("She joined the board in 2017 and became chair this year.", "this year", "2022"),
    # said, but no future of the past: the writer's year
    ("In 2019 he said the fund is growing; it will close next year.", "next year", "2023"),
    # quoted words keep their own reading
    ("On May 2, 2020, she said: \"We would like to finish this year.\"", "this year", "2022"),
])
def test_no_promise_no_move(text: str, expression: str, value: str) -> None:
    assert _found(text, MARCH_2022)[expression][0] == value


@pytest.mark.parametrize("text, expression, value", [
    # told on Tuesday 14 May 2019: the report's weekday is of the writer's week
    ("The ferry ran aground on 2 May 2019, the coastguard said Friday.", "Friday", "2019-05-10"),
    ("The tribunal ruled on 12 March 2019 that the deal was void, the agency reported on Monday.", "Monday", "2019-05-13"),
])
def test_a_weekday_of_the_report(text: str, expression: str, value: str) -> None:
    assert _found(text, date(2019, 5, 14))[expression][0] == value


def test_a_date_in_an_aside_dates_no_promise() -> None:
    text = "Ms Ortiz, who joined the bank in 2019, said the branch would close next year."
    assert _found(text, MARCH_2022)["next year"][0] == "2023"
