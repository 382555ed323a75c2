"""Dates that play another part than the time of a happening make no event: a comparison's
baseline, a promise's or a forecast's target, a cited source, the thing a preparation is for. Dates of
happenings beside them keep theirs. Our own sentences, through the route a dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _dated(text: str) -> set[str]:
    """The expressions that date an event of ``text`` (an article dated 10 June 2024)."""
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 10))
    return {e.timex for e in out.events if e.timex}


@pytest.mark.parametrize("text, baseline", [
    ("The Liberals won 31 seats on Thursday, up from 19 in 2019.", "2019"),
    # (a month's figure, "fell to 2,100 crossings in May", is a statistic of its own: the day's move is compared)
    ("Ferry traffic fell to 2,100 crossings on Monday, down from 3,400 crossings a year earlier.", "a year earlier"),
    ("The clinic gave 640 doses on Monday, compared with about 90 in the whole of last March.", "last March"),
    ("The flood on Sunday was the valley's worst since 1987.", "1987"),
    ("Merchants sold 9,000 cases on Friday, the largest sale in the regional wine trade since 2011.", "2011"),
])
def test_a_comparisons_baseline_is_no_happening(text: str, baseline: str) -> None:
    dated = _dated(text)
    assert baseline not in dated
    assert dated  # the happening compared keeps its date


@pytest.mark.parametrize("text, target", [
    ("The minister met the growers on Monday and promised to double the fund in 2025.", "2025"),
    ("The mayor vowed to reopen the baths by next summer.", "next summer"),
    ("The insurer said the claims would be met by a settlement expected next spring.", "next spring"),
    ("A first survey of the new reef is expected in the autumn of 2025.", "the autumn of 2025"),
])
def test_a_promise_or_forecast_has_no_date_of_happening(text: str, target: str) -> None:
    assert target not in _dated(text)


def test_a_forecast_that_names_its_happening_stays() -> None:
    # "expected to open in May": the opening is scheduled, and readers want it on the timeline
    assert "May 2025" in _dated("The new bridge over the estuary is expected to open in May 2025.")


def test_the_promising_itself_keeps_its_date() -> None:
    assert "Monday" in _dated("The minister met the growers on Monday and promised to double the fund in 2025.")


@pytest.mark.parametrize("text, start", [
    ("The bakery chain has opened 14 branches in the north since 2012.", "2012"),
    ("The museum had received more than 300 letters from former workers since March.", "March"),
    ("Volunteers have planted three thousand trees along the river since last spring.", "last spring"),
    ("The toll bridge has taken more than a million crossings since 2016.", "2016"),
])
def test_the_start_of_a_tally_is_no_happening(text: str, start: str) -> None:
    assert start not in _dated(text)


@pytest.mark.parametrize("text, start", [
    ("Ingrid Falk has led the cooperative since 2017.", "2017"),
    ("Test trains have run on the new line since late April.", "late April"),
])
def test_the_start_of_a_state_stays(text: str, start: str) -> None:
    assert start in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("Crews have spent the past 18 months rebuilding the harbour wall.", "the past 18 months"),
    ("We landed at dawn and spent the morning asleep in the hostel.", "the morning"),
    ("The revival of the comedy runs until 30 April at the Lyric.", "30 April"),
    ("On Fridays the gallery will stay open until 9 p.m.", "9 p.m."),
])
def test_time_spent_and_a_states_run_are_no_happenings(text: str, span: str) -> None:
    assert span not in _dated(text)


def test_a_happening_by_a_date_is_not_a_states_end() -> None:
    assert "30 April" in _dated("The gallery closed on 30 April for repairs.")


def test_the_period_a_budget_covers_is_no_happening() -> None:
    text = "The town's budget for 2023-24, set in March, pays for two more buses."
    dated = _dated(text)
    assert "2023-24" not in dated and "March" in dated


@pytest.mark.parametrize("text, span", [
    ("Engineers said on Friday that the leak had slowed over the past day but that a new burst within the next "
     "two weeks could not be ruled out.", "the next two weeks"),
    ("Tickets bought for the ferry service between 4 and 18 June will be valid on buses.", "4 and 18 June"),
])
def test_a_date_in_the_subject_of_a_possibility_is_no_happening(text: str, span: str) -> None:
    assert span not in _dated(text)


def test_a_participle_before_the_date_keeps_its_happening() -> None:
    assert "Tuesday" in _dated("A plan unveiled on Tuesday would build a new school by 2030.")


def test_a_modal_in_a_clause_of_its_own_leaves_the_date() -> None:
    text = "The two firms ended their talks in December after a row over who would run the new company."
    assert "December" in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("The ferry line carried 2.4 million passengers last year and runs nine boats.", "last year"),
    ("The shop sold twelve tandems that year, most of them to the local cycling club.", "that year"),
    ("For the six months ended March 31, the brewer earned $8.1 million, compared with $6.9 million, "
     "or 31 cents a share, in the year-earlier period.", "March 31"),
    ("For the six months ended March 31, the brewer earned $8.1 million, compared with $6.9 million, "
     "or 31 cents a share, in the year-earlier period.", "the year-earlier period"),
    ("The castle is in the care of a trust and is open daily from May to September.", "May to September"),
    ("The bank has set up a helpline, open every day from 9 a.m. to 6 p.m., for worried savers.", "6 p.m."),
    ("Officials listed places where people may have been exposed, including the library on the "
     "morning of March 3.", "the morning of March 3"),
])
def test_tallies_accounting_periods_opening_hours_and_possibilities_are_no_happenings(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("The last cargo was sold in London in the spring of 1690.", "the spring of 1690"),
    ("Laboratory tests carried out in March 2020 showed that the fragments survived.", "March 2020"),
    ("The ferry line carried its first passengers in May 1921.", "May 1921"),
])
def test_sales_and_carriage_told_as_happenings_stay(text: str, span: str) -> None:
    assert span in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("The Liberals, who had held the seat since 1997, lost it by 212 votes on Thursday.", "1997"),
    ("The novel unfolds over one week in the winter of 1947, in a snowbound hotel.", "the winter of 1947"),
    ("The opera is set in 1830, in a Venetian palace.", "1830"),
])
def test_a_states_start_in_an_aside_and_a_storys_own_time_are_no_happenings(text: str, span: str) -> None:
    assert span not in _dated(text)


def test_the_main_clause_beside_an_aside_keeps_its_date() -> None:
    assert "Thursday" in _dated("The Liberals, who had held the seat since 1997, lost it by 212 votes on Thursday.")


@pytest.mark.parametrize("text, baseline", [
    ("The mill reported sales of $8.5 million, up 39% from $6.1 million a year earlier.", "a year earlier"),
    ("Sales rose to $8.5 million from $6.1 million a year ago.", "a year ago"),
    ("Net income fell to $2.7 million, down from $9.7 million, or 70 cents a share last year.", "last year"),
])
def test_a_figures_baseline_is_read_across_commas_and_percentages(text: str, baseline: str) -> None:
    at = text.index(baseline)
    assert date_role(text, at, at + len(baseline)) == "comparison"


def test_a_happening_after_a_comparison_keeps_its_date() -> None:
    assert "Monday" in _dated("Prices were down 5 percent from the peak after the storm on Monday destroyed the crop.")


def test_a_named_time_spent_on_something_dates_it() -> None:
    assert "493 BC" in _dated("The Persians spent 493 BC reducing the cities of the coast.")


def test_a_comparison_in_the_sentence_before_does_not_reach_the_date() -> None:
    assert "Last month" in _dated("Sales were $4.2 billion compared with $3.7 billion.\n\nLast month, the agency "
                                  "downgraded the bonds.")


def test_a_cited_source_is_no_happening() -> None:
    text = "The mill's story has been told by the historian Ada Lowe (Lowe, 1994), whose account we follow."
    assert "1994" not in _dated(text)


def test_what_a_preparation_is_for_is_no_happening_but_a_named_happening_is() -> None:
    assert "next year" not in _dated("The stage was taken down on Sunday and stored for next year's show.")
    assert "Last year" in _dated("Last year's show drew 30,000 visitors to the quay.")
    assert "Thursday" in _dated("The Greens gained nine seats in Thursday's election to the council.")


@pytest.mark.parametrize("text", [
    "The rebels rose against the governor in 1642.",  # "against" is no comparison
    "She was the first woman elected to the board in 1931.",  # a superlative with no "since"
    "More than a decade later, in 1961, the company moved to the coast.",
    "The new owners plan to open a bakery on the site in 2026.",  # an announced plan stays
])
def test_dates_of_happenings_have_no_other_role(text: str) -> None:
    start = max(text.find(w) for w in ("1642", "1931", "1961", "2026"))
    assert date_role(text, start, start + 4) is None


@pytest.mark.parametrize("text", [
    "The guild was founded in 1872. Its members were mostly weavers at the time, and dues were low.",
    "The dam was finished in 1936. At that time it was the largest in the world.",
    "The port reopened in 1951. Trade with the islands was slow then.",
])
def test_a_time_named_again_makes_no_second_event(text: str) -> None:
    """"at the time", "at that time", "then" give the date of a happening already told: the sentence
    comments on it, and the timeline would show the same year twice with a state as its title."""
    out = extract_document(Document("a.txt", text, "t"), dct=None)
    dated = [e for e in out.events if e.timex]
    assert len(dated) == 1, [(e.timex, e.title) for e in dated]
    assert dated[0].timex in {"1872", "1936", "1951"}


@pytest.mark.parametrize("text, baseline", [
    # (session 54, guard: the comparison's other period after "more than" a figure is a baseline; the
    # clause's own date stays. Passed before with a document date, which read "more than a year" as a length)
    ("The ferry carried 9,000 cars on Saturday, 1,200 more than a year earlier.", "a year earlier"),
    ("The bakery sold 800 loaves on Friday, 15 per cent less than a year before.", "a year before"),
])
def test_a_figures_comparative_period_is_a_baseline(text: str, baseline: str) -> None:
    dated = _dated(text)
    assert baseline not in dated and "more than a year earlier" not in dated and "less than a year before" not in dated
    assert dated


# Session 55 (h55p): states held over most of a span or through it, and a multiple of another time's figure.
@pytest.mark.parametrize("text, span", [
    ("For most of the 1980s the quarry was the valley's only employer.", "the 1980s"),
    ("The ferry ran at a loss for much of 2019, and the owners sold it in March 2020.", "2019"),
    ("For the greater part of the summer there were only two keepers at the light.", "the summer"),
    ("The choir rehearsed in a borrowed chapel for most of the last decade.", "the last decade"),
    ("Throughout the 1990s rents in the old town stayed low.", "the 1990s"),
    ("Throughout July the orchard remained dry, and the pickers left early.", "July"),
    ("The under-12s went unbeaten through the spring of 2024.", "the spring of 2024"),
    ("Throughout the 2010s the library's grant fell.", "the 2010s"),
])
def test_a_state_held_over_a_span_is_no_happening(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    # guards: a day or a part of one holds a happening; an act lasting the span, a year before its noun and
    # time taken over a span ("spent most of", "took most of") keep their dates
    ("Heavy snow fell throughout 3 February.", "3 February"),
    ("Her troops besieged the fort through the winter of 1644.", "the winter of 1644"),
    ("The committee spent most of 2022 hearing evidence.", "2022"),
    ("The volunteers lived through the 1953 storm and rebuilt the pier.", "1953"),
])
def test_a_happening_over_a_span_keeps_its_date(text: str, span: str) -> None:
    assert span in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("Entries to the spring fair were twice the level of 2019.", "2019"),
    ("Ticket sales reached 41,000, almost three times the number in 2012.", "2012"),
    ("The shelter took in half as many dogs as in 2016.", "2016"),
    ("Donations were four times the 2018 figure.", "2018"),
])
def test_a_multiple_of_another_times_figure_is_no_happening(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    ("The bakery will keep its prices next year.", "next year"),
    ("The county will retain its grant to the mountain rescue team in 2026.", "2026"),
    # (guard: "until" already reads as a state's end)
    ("The choir will continue to meet in the church hall until the spring.", "the spring"),
    ("The ferry company plans to maintain its winter timetable in January.", "January"),
])
def test_a_thing_to_be_kept_as_it_is_has_no_happening_at_its_date(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    # guards: a change decided, and a date in a later clause of its own, keep their dates
    ("The bakery will raise its prices in May.", "May"),
    ("The plant will keep its furnace lit after its owner signed a rescue deal on Monday.", "Monday"),
])
def test_a_change_beside_a_thing_kept_keeps_its_date(text: str, span: str) -> None:
    assert span in _dated(text)


@pytest.mark.parametrize("text, span", [
    # guards: "through" right after its verb is the verb's particle, no span
    ("The sale almost fell through last June, when the buyer asked for a lower price.", "last June"),
    ("The plan went through in 2021 after a second vote.", "2021"),
])
def test_a_verb_s_particle_through_is_no_span(text: str, span: str) -> None:
    assert span in _dated(text)


# Session 57 (h57p): a year of the books, a club or a school, or a permit's term, told by its bounds,
# is a frame, no happening (date_roles_things.PERIOD_BOUNDS). Own sentences: a charity's annual review,
# a rowing club's report, an expedition's notes.
@pytest.mark.parametrize("text, kept", [
    ("Our financial year runs from 1 April to 31 March, so the figures below end on 31 March 2024.", {"31 March 2024"}),
    ("The club year ran from 1 September 2022 to 31 August 2023 and was our busiest for a decade.", set()),
    ("Our permit ran from 20 April to 31 May, and we reached the summit on 14 May.", {"14 May"}),
    ("The trust's fiscal year runs from July to June.", set()),
])
def test_a_period_told_by_its_bounds_is_no_happening(text: str, kept: set[str]) -> None:
    assert _dated(text) == kept


@pytest.mark.parametrize("text, when", [
    # guard: a season of events, or a happening that lasted, runs from one date to another and stays
    ("The festival runs from 8 to 16 June on the riverside meadow.", "8 to 16 June"),
    ("The appeal ran from January to June 2024 and raised £312,000.", "January to June 2024"),
])
def test_a_happening_running_between_dates_stays(text: str, when: str) -> None:
    assert when in _dated(text)


# Session 61 (h61p): a schedule of figures by year, each year a figure's term (a pay deal's rises, a tax's
# steps, what was paid year by year), is no happening's date (date_roles_figures.figure_in_a_schedule).
# Own sentences: a council's budget night, a union's pay ballot, a tenants' letter.
@pytest.mark.parametrize("text, span", [
    ("Council tax will rise by 4 percent this year and 3 percent in 2026, the finance chair told members.", "this year"),
    ("Water bills will go up by £40 in 2025 and £35 in 2026.", "2025"),
    ("The bakery chain offered a 2 per cent rise this year and 1.5 per cent next year.", "this year"),
    ("Tenants said they had paid 12 percent more in 2023 and 9 percent more in 2024.", "2023"),
])
def test_a_figures_year_in_a_schedule_of_figures_is_no_happening(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    # guards: market moves on named days are kept (README), one figure's year with no other is the act's,
    # and a share of the vote names an election's result
    ("Shares in the bakery chain fell 3 percent on Monday and 2 percent on Tuesday.", "Monday"),
    ("The bakery chain offered a rise of 3.5 percent in March.", "March"),
    ("The Greens won 12 percent of the vote in 2019 and 15 percent in 2023.", "2019"),
    ("The club was fined £12,000 in 2022 for fielding an ineligible player.", "2022"),
])
def test_a_figure_beside_its_own_act_s_date_keeps_it(text: str, span: str) -> None:
    assert span in _dated(text)


# Session 61 (h61p): a promise told with a noun, its date ahead ("next", "by", "for"), dates the promised thing,
# which has not happened (the gold README leaves promises out): date_roles_possible.PROMISED_THING.
# Own sentences: a club's newsletter, a council report, a sports page.
@pytest.mark.parametrize("text, span", [
    ("The coach has promised a tour of Norway next summer.", "next summer"),
    ("The club has promised its members a new pavilion by 2028.", "2028"),
    ("The organisers have promised a bigger fair for next year.", "next year"),
])
def test_a_promised_things_date_ahead_is_no_happening(text: str, span: str) -> None:
    assert span not in _dated(text)


@pytest.mark.parametrize("text, span", [
    # guards: the promising told with its own day, a date that may be when the promise was made, an act of
    # its own after the promise, and an agreement (an act) keep their dates
    ("The council promised on Monday to fix the road.", "Monday"),
    ("The mayor promised a new library in 2019.", "2019"),
    ("She promised the seller a cheque and paid it in May.", "May"),
    ("The landowner has agreed to let us return next summer.", "next summer"),
])
def test_a_promising_s_own_date_and_acts_beside_it_stay(text: str, span: str) -> None:
    assert span in _dated(text)
