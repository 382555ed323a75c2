"""Dates the lead found wrong in session fifty-four on probe pages of its own (a by-election count, a
surveyor's field diary): sentences written for the test, none from the sample, the gold set or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(
    "text, dct, day, value",
    [
        ("Turnout was 31 per cent, down from 38 per cent at the last election in May 2022. The vote was called "
         "after the councillor resigned in March.", date(2024, 6, 7), "March", "2024-03"),
        ("Ticket sales reached 41,000, up from 29,000 at the 2021 festival in July 2021. The organisers booked the "
         "headline act in February.", date(2023, 8, 20), "February", "2023-02"),
        ("Membership stood at 640, down from 810 when the club last counted in September 2019. The committee "
         "raised the fee in January.", date(2024, 5, 2), "January", "2024-01"),
        ("Exports were up from £2.1m in the spring of 2020. The firm opened a depot in Leeds in April.",
         date(2023, 10, 1), "April", "2023-04"),
    ],
)
def test_a_month_after_a_baseline_year_is_the_pages(text, dct, day, value) -> None:
    assert _values(text, dct)[day] == value


@pytest.mark.parametrize(
    "text, dct, day, value",
    [
        # guards: a retold account's month after a year told as the story's, no baseline
        ("The bridge was closed in May 2019 after cracks were found. Engineers began the repairs in July.",
         date(2023, 4, 2), "July", "2019-07"),
    ],
)
def test_a_retold_account_still_goes_on_in_its_year(text, dct, day, value) -> None:
    assert _values(text, dct)[day] == value


@pytest.mark.parametrize(
    "text",
    [
        "We left Carrow by the morning coach with two chainmen.",
        "She caught the night train to Inverness and slept through Perth.",
        "The summons came in the evening post.",
        "He read about the fire in the morning edition.",
        "They crossed on the night ferry from Harwich.",
    ],
)
def test_a_carrier_named_by_its_part_of_day_is_no_time(text) -> None:
    # a part of day that modifies a carrier or a publication ("the morning coach") says when it runs,
    # not when the sentence's act happened
    assert _values(text, date(2023, 10, 1)) == {}


@pytest.mark.parametrize(
    "text, expression",
    [
        # guards: a part of day before a clause's subject keeps its time
        ("In the morning police arrived at the farm.", "the morning"),
        ("In the morning train drivers walked out.", "the morning"),
        ("In the morning, the train left without us.", "the morning"),
        ("The ferry sailed in the evening.", "the evening"),
    ],
)
def test_a_part_of_day_before_a_subject_stays_a_time(text, expression) -> None:
    assert expression in _values(text, date(2023, 10, 1))


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # a participle phrase set off by commas dates its noun, whatever the participle: the story stays
        ("The bells were lowered in October 2021. The oldest bell, cast in 1611, was tuned but kept its metal. "
         "Carpenters replaced the frame over the following winter.", "the following winter", "2021-WI"),
        ("The statue was taken down in May 1998. The plinth, laid in 1887, was lifted. Two years later the "
         "square was paved.", "Two years later", "2000"),
        ("The crew reached the wreck in June 2004. The bell, rung for the last time in 1851, still hung in its "
         "frame. The next month they raised it.", "The next month", "2004-07"),
        ("The choir toured Norway in 1962. Its banner, woven in 1910, was restored. The following spring the "
         "choir sang in Bergen.", "The following spring", "1963-SP"),
    ],
)
def test_a_year_in_an_apposed_participle_phrase_leaves_the_story(text, expression, value) -> None:
    assert _values(text, None)[expression] == value


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # guards: the participle is the clause's own verb after a time phrase, not an aside; an apposed date
        # after the story's time is the story going on ("His report, presented on 3 March 1848, warned")
        ("In 1847 the chapter hired an architect. His report, presented on 3 March 1848, warned of decay. Work "
         "began in the following spring.", "the following spring", "1849-SP"),
        ("The works began in 1990. In 1994, rebuilt after the fire, the hall reopened. A year later it closed.",
         "A year later", "1995"),
    ],
)
def test_a_participle_that_is_no_aside_keeps_the_story(text, expression, value) -> None:
    assert _values(text, None)[expression] == value


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # a weekday in a past perfect looks back from the story's day, not from the page's
        ("On Friday 14 March customers could not pay for 97 minutes. The change had passed review on Wednesday.",
         date(2025, 3, 21), "Wednesday", "2025-03-12"),
        ("The ferry ran aground on 9 October. Its captain had reported a faulty rudder on Monday.",
         date(2024, 10, 15), "Monday", "2024-10-07"),
        ("The vote was held on Thursday 5 June. Two members had resigned from the committee on Tuesday.",
         date(2025, 6, 12), "Tuesday", "2025-06-03"),
    ],
)
def test_a_weekday_in_a_past_perfect_looks_back_from_the_storys_day(text, dct, expression, value) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # guards: no past perfect, or the story's day is the page's own, or weeks behind it
        ("The ferry ran aground on 9 October. Its captain reported a faulty rudder on Monday.",
         date(2024, 10, 15), "Monday", "2024-10-14"),
        ("The vote was held today. Two members had resigned on Tuesday.", date(2025, 6, 12), "Tuesday", "2025-06-10"),
        ("The ferry ran aground on 9 August. Its owners had sold it on Monday.", date(2024, 10, 15), "Monday",
         "2024-10-14"),
    ],
)
def test_a_weekday_in_a_past_perfect_guards(text, dct, expression, value) -> None:
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # the story's own weekday is its day; a weekday that bounds the perfect's state, or belongs to a
        # clause after it, is counted from the page as before
        ("The minister resigned on Monday 8 September, hours after the cabinet had approved the bill on Monday "
         "morning.", date(2025, 9, 11), "Monday morning", "2025-09-08TMO"),
        ("The shelling began on Monday 9 March. About 5,000 people had fled since Tuesday.", date(2026, 3, 12),
         "Tuesday", "2026-03-10"),
        ("Servers came back online on Monday 9 February, and ships that had waited at anchor were cleared by "
         "Tuesday night.", date(2026, 2, 11), "Tuesday night", "2026-02-10TNI"),
        ("The pool shut on Friday 12 September. The council had agreed that classes would move from Tuesday.",
         date(2025, 9, 19), "Tuesday", "2025-09-23"),
    ],
)
def test_a_weekday_in_a_past_perfect_further_guards(text, dct, expression, value) -> None:
    assert _values(text, dct)[expression] == value
