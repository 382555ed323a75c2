"""Kinds of non-event found on new text of the never-opened genres (a statistics report, a policy
explainer, a council budget, a profile; session nineteen, issue 12, event precision). Each kind is
checked on sentences of our own, written for these tests, beside sentences of the same shape that
stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2025, 6, 12)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


def _role(sentence: str, date_text: str) -> str | None:
    at = sentence.index(date_text)
    return date_role(sentence, at, at + len(date_text))


# --------------------------------------------------------------------- a measure's new figure or total over a period


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Deaths on the county's roads fell to 87 last year.", "last year"),
    ("Diesel prices came down nearly three cents a litre over the past month.", "the past month"),
    ("Tourist numbers rose from 61,000 to 74,500 in 2022.", "2022"),
    ("Grain exports climbed to $1.8 billion in the first quarter.", "the first quarter"),
    ("Fines collected by the port totalled about £410,000 in 2019.", "2019"),
    ("Hospital waiting times averaged 19 weeks during the winter.", "the winter"),
])
def test_a_measures_new_figure_or_total_over_a_period_is_a_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "trend"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Shares in the ferry line fell to 212 pence on Thursday.", "Thursday"),  # a day's move
    ("The river rose to 6.1 metres in March 1953 and flooded the quay.", "March 1953"),  # a flood's height
    ("The general rose to power in 1961.", "1961"),  # no figure
    ("The club climbed to third in April.", "April"),  # a rank
    ("The brewer said its sales rose to £12 million in 2024.", "2024"),  # results told by the company
])
def test_a_days_move_a_height_or_a_rank_is_no_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Voter turnout rose to 58 percent in 2021.", "2021"),  # a rate's level: the election's measure
    ("The operator said passenger numbers rose to 3.2 million in the year.", "the year"),  # a report's figures
])
def test_a_rates_level_or_a_reports_figure_is_left_to_other_rules(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"


# --------------------------------------------------------------------- when a series of records starts


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("It was the wettest July since records began in 1884.", "1884"),
    ("Only 41 millimetres fell, the lowest total since official records started in 1921.", "1921"),
    ("The river was at its lowest in records going back to 1862.", "1862"),
])
def test_when_records_began_is_a_comparisons_far_end(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "comparison"
    assert _dated("The reservoir was closed on Monday. " + sentence) == ["Monday"]


def test_records_kept_from_a_date_as_a_happening_stay() -> None:
    # the observatory opening is a happening; the records' start is told as one too
    assert "1853" in _dated("The first weather records were kept in 1853, when the observatory opened.")


# --------------------------------------------------------------------- a role held since a date, fronted as an aside


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("As head teacher of the school since 2014, she has doubled the roll.", "2014"),
    ("As chair of the trust since March 2020, Tom Hale has overseen two rescues.", "March 2020"),
])
def test_a_role_held_since_a_date_fronted_as_an_aside_is_background(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "state's start"
    assert date_text not in _dated(sentence)


def test_a_clause_opened_by_as_with_a_verb_of_its_own_is_no_aside() -> None:
    assert _role("As rents have climbed since 2019, the charity has opened a hostel.", "2019") != "state's start"


# --------------------------------------------------------------------- a date that marks off the people a notice speaks to


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Anyone who ate at the canteen on 4 March should call the health line.", "4 March"),
    ("Customers who bought a blender between May and July are asked to stop using it.", "May and July"),
    ("Pupils who sat the exam in January do not need to register again.", "January"),
    ("Anyone born before 1950 will receive the winter payment automatically.", "1950"),
    ("Those who paid their fee after 1 April can claim a refund.", "1 April"),
])
def test_a_date_marking_off_the_people_a_notice_speaks_to_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "dated thing"
    assert date_text not in _dated("The clinic issued a warning on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("A woman who was stopped on Friday has been charged with theft.", "Friday"),  # someone in particular
    ("Residents who fled on Saturday will return when the water falls.", "Saturday"),  # a plain future of a noun
    ("Those who marched in 1968 remember the day well.", "1968"),  # no advice, no future
    ("Passengers who were stranded on Sunday were given hotel rooms.", "Sunday"),
])
def test_a_happening_told_of_people_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "dated thing"


# --------------------------------------------------------------------- a guess at when, a budget, a bare count compared


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("He plans to step down once the bridge opens, which he expects to be in 2028.", "2028"),
    ("The ward will reopen after the refit, which managers hope will be in the spring.", "the spring"),
])
def test_someones_guess_at_when_is_an_expectation(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "expectation"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The trust will spend 48 million next year, most of it on agency staff.", "next year"),
    ("Cruise passengers spent about £2.4 million during the summer.", "the summer"),
])
def test_a_sum_spent_over_a_period_is_a_tally(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "tally"
    assert date_text not in _dated("The harbour reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The club spent £6 million on a goalkeeper in August.", "August"),  # a purchase
    ("The club spent £6 million on Tuesday.", "Tuesday"),  # a day's deal
])
def test_a_purchase_or_a_days_spending_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "tally"


def test_a_bare_count_moved_from_on_an_earlier_date_is_compared() -> None:
    sentence = "Burglaries are falling again, to 212 from 264 in the same period last year."
    assert _role(sentence, "last year") == "comparison"
    # a move between places is no comparison
    assert _role("Families moved to 3 camps from 12 villages in March.", "March") != "comparison"


# --------------------------------------------------------------------- one happening retold with another verb


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events]


@pytest.mark.parametrize("text", [
    "Mayor Ines Dorr resigned on Monday after a row over parking fees. Dorr quit after councillors backed a motion "
    "of no confidence.",
    "Tarrant Mills bought the Ossley spinning works on 3 March. Tarrant Mills acquired the works for 12 million pounds.",
])
def test_one_happening_retold_with_a_verb_a_reader_takes_for_it_is_one_event(text: str) -> None:
    assert len(_titles(text)) == 1, _titles(text)


def test_a_killing_of_many_under_a_name_is_not_that_persons_death() -> None:
    from explorer.events.named_retellings import bases_of_verb

    assert not bases_of_verb("assassinated") & bases_of_verb("killed")
    assert bases_of_verb("quit") & bases_of_verb("resigned")


# --------------------------------------------------------------------- between two dates, a cost, a results call


@pytest.mark.parametrize(("sentence", "date_text", "role"), [
    ("Admissions for asthma fell by 30 percent between March and August.", "March and August", "trend"),
    ("The refit cost us 4 million pounds in the half year.", "the half year", "tally"),
    ("Good afternoon, and welcome to the Tarrow Group second-quarter results call.", "second-quarter", "dated thing"),
    ("Thank you for joining our full-year earnings webcast.", "full-year", "dated thing"),
])
def test_a_change_between_dates_a_cost_over_a_period_and_a_results_call_date_no_happening(
        sentence: str, date_text: str, role: str) -> None:
    assert _role(sentence, date_text) == role


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The fire cost the owner £2m on Tuesday.", "Tuesday"),  # a day's loss
    ("Tarrow reported second-quarter profit of $41 million.", "second-quarter"),  # the results themselves
])
def test_a_days_cost_or_a_quarters_results_are_left_to_other_rules(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) not in ("tally", "dated thing")


# --------------------------------------------------------------------- a period described by an adjective, a tally of hyphenated goods


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("August was wet. We lifted the onions early.", "August"),
    ("February was cold and bright.", "February"),
    ("2022 was exceptionally hard, with two floods.", "2022"),
])
def test_a_period_described_by_an_adjective_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "time described"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("June was spent rebuilding the wall.", "June"),  # what was done in it
    ("March was when the river rose.", "March"),  # a cleft naming the happening
])
def test_a_period_told_with_what_was_done_in_it_is_not_described(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "time described"


def test_a_tally_of_hyphenated_goods_over_a_period() -> None:
    assert _role("The firm sold about 300,000 e-bikes last year.", "last year") == "tally"


# --------------------------------------------------------------------- a subject's span, a passive change over years, a weekly hour, how a period went


@pytest.mark.parametrize(("sentence", "date_text", "role"), [
    ("Closures of village post offices since 2012 have forced pensioners to travel.", "2012", "background since"),
    ("Grants to youth clubs were reduced by 40 percent between 2016 and 2021.", "2016 and 2021", "trend"),
    ("The bar may now stay open until 2am on Fridays and Saturdays.", "2am", "schedule"),
    ("We will judge the scheme once we see how the summer went.", "the summer", "time described"),
])
def test_a_span_of_many_a_change_over_years_a_weekly_hour_or_how_a_period_went(sentence: str, date_text: str, role: str) -> None:
    assert _role(sentence, date_text) == role


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The pier has been closed since 2012.", "2012"),  # a state begun on a date, kept by the README
    ("Bus fares were raised by 10 percent in January.", "January"),  # one period: the decision's time
    ("The concert starts at 7pm on Friday.", "7pm"),  # one day
])
def test_a_state_begun_a_raise_in_a_month_or_one_days_hour_stay(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) is None


# --------------------------------------------------------------------- a call to the reader with its deadline


@pytest.mark.parametrize(("sentence", "date_text", "role"), [
    ("Offers are invited by noon on 14 May.", "14 May", "reference point"),
    ("Nominations are welcome until 2 October.", "2 October", "reference point"),
])
def test_a_call_to_the_reader_with_its_deadline_dates_no_happening(sentence: str, date_text: str, role: str) -> None:
    assert _role(sentence, date_text) == role


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Bids for the contract closed on 14 May.", "14 May"),  # a happening of the bidding
    ("The council invited offers for the site on 3 May.", "3 May"),  # the inviting, told as an act
])
def test_a_closing_or_an_invitation_told_as_an_act_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) not in ("tally", "reference point")
