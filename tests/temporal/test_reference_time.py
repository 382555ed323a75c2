"""The reference a yearless date or a relative expression is read against: the story's current time
in a narrative, the document date (or a dateline in the same sentence) in news, and the tense that
says which side of it. Our own sentences, not the corpora's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal import tag


def values(text: str, dct: date | None = None) -> dict[str, list[str]]:
    """What the app would show for ``text`` dropped in (its date found as the pipeline finds it)."""
    doc = date_document(Document("story.txt", text, "story"), dct)
    out: dict[str, list[str]] = {}
    for t in tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred"):
        out.setdefault(t.text, []).append(t.value)
    return out


def story(text: str) -> dict[str, list[str]]:
    """``text`` read as a narrative with no document date."""
    out: dict[str, list[str]] = {}
    for t in tag(text, None, narrative=True):
        out.setdefault(t.text, []).append(t.value)
    return out


# -- narrative time ----------------------------------------------------------------------------

def test_yearless_date_follows_the_story_not_a_guessed_document_date() -> None:
    text = ("In the summer of 1941 the war spread east. On December 7, Japan attacked the fleet. "
            "Two weeks later the invasion of the islands began. In March the last garrison surrendered.")
    got = values(text)
    assert got["December 7"] == ["1941-12-07"]
    assert got["Two weeks later"] == ["1941-12-21"]
    assert got["March"] == ["1942-03"]  # narrated from December into March: the new year


def test_the_next_day_moves_the_story_time() -> None:
    got = story("The siege began on 3 March 1915. The next day the walls were breached. "
                "On 5 December the town fell.")
    assert got["The next day"] == ["1915-03-04"]
    assert got["5 December"] == ["1915-12-05"]


@pytest.mark.parametrize("aside", [
    "a campaign planned for 1976",
    "a report declassified in 2005",
    "the treaty (signed in 1922)",
    "a general born in 1890",
    "the alliance that had existed since 1904",
    "the song \"Christmas in 1990\"",
])
def test_one_incidental_year_does_not_drag_later_dates(aside: str) -> None:
    text = ("The war reached the plains in 1943. "
            f"On 10 March 1944 the offensive opened. The army, following {aside}, moved north. "
            "The line collapsed on 11 March and the city fell on 2 April.")
    for got in (values(text), story(text)):  # dropped in as it is, and read as a story
        assert got["11 March"] == ["1944-03-11"], aside
        assert got["2 April"] == ["1944-04-02"], aside


def test_a_year_restated_after_its_day_keeps_the_day() -> None:
    got = story("In 1941 the war spread. On December 7 (December 8 in Asia), 1941, the attack began. "
                "In January the allies met.")
    assert got["January"] == ["1942-01"]


def test_a_late_year_is_still_the_story_year() -> None:
    got = story("In early 1949 the front held. By late 1949 the army was in the south. "
                 "The government retreated on April 23 and again on October 15.")
    assert got["April 23"] == ["1949-04-23"]


def test_looking_back_does_not_move_the_story() -> None:
    got = story("In January 1942 the offensive stalled, keeping the gains of the previous year. "
                 "In February the lines were quiet. Fighting resumed in 1942 in May.")
    assert got["February"] == ["1942-02"]


def test_a_narrative_needs_no_document_date_but_keeps_a_given_one_for_its_clock_times() -> None:
    text = ("The assault began on 20 March 2003. At 5:34 AM the first missiles struck. "
            "On April 9 the capital fell. In 1990 the first war had begun. In 1991 it ended. In 1998 the strikes came.")
    for dct in (None, date(2009, 12, 1)):
        got = values(text, dct)
        assert got["5:34 AM"] == ["2003-03-20T05:34"], dct
        assert got["April 9"] == ["2003-04-09"], dct


def test_news_and_narrative_are_decided_per_section() -> None:
    history = ("History\n\nThe first war began in 1950. It spread in 1951 and 1952. "
               "An armistice came in 1953. On 27 July the guns fell silent.\n\n")
    today = ("Today\n\nVeterans met on Tuesday in the capital. They will march again next week, "
             "organisers said on Monday, and yesterday they laid wreaths.\n")
    got = values(history + today, date(2019, 3, 6))  # a Wednesday
    assert got["27 July"] == ["1953-07-27"]
    assert got["Tuesday"] == ["2019-03-05"]
    assert got["Monday"] == ["2019-03-04"]


def test_deictic_words_inside_quotes_do_not_make_a_history_news() -> None:
    text = ("The campaign opened in 1812. The army crossed the river in 1812 and took the city in 1812. "
            "\"We march tomorrow, and yesterday we buried our dead,\" a soldier wrote. "
            "The retreat began in 1812. On 14 December the last troops left.")
    got = values(text, date(2015, 6, 1))
    assert got["14 December"] == ["1812-12-14"]


# -- tense and direction -----------------------------------------------------------------------

def test_future_looks_forward_from_the_document_date() -> None:
    assert values("Qatar will host the summit on 26 December.", date(2019, 1, 10))["26 December"] == ["2019-12-26"]
    assert values("The summit is planned for 26 December.", date(2019, 1, 10))["26 December"] == ["2019-12-26"]
    assert values("The summit was held on 26 December.", date(2019, 1, 10))["26 December"] == ["2018-12-26"]
    assert values("The shop stays open until Sunday.", date(2019, 1, 10))["Sunday"] == ["2019-01-13"]


@pytest.mark.parametrize("offset", range(7))
def test_weekdays_beside_a_dateline_on_every_day_of_the_week(offset: int) -> None:
    day = date(2019, 3, 4) + timedelta(days=offset)  # Monday 4 March 2019 .. Sunday 10 March
    text = (f"WASHINGTON, {day:%B} {day.day}, 2019 — The senator said on Monday that she met the envoy "
            "on Friday and will meet him again on Tuesday.\nThe talks go on.")
    got = values(text)
    for name, weekday in (("Monday", 0), ("Friday", 4)):  # past reporting: on or before the dateline
        when = date.fromisoformat(got[name][0])
        assert when.weekday() == weekday and 0 <= (day - when).days <= 6, (day, name, when)
    when = date.fromisoformat(got["Tuesday"][0])  # the future: on or after it
    assert when.weekday() == 1 and 0 <= (when - day).days <= 6, (day, when)


def test_last_may_in_news_is_before_the_document_date_not_another_year() -> None:
    got = values("In 2016 the economy grew. It shrank last May, officials said.", date(2019, 3, 6))
    assert got["last May"] == ["2018-05"]


def test_seasons_narrated_from_december_roll_over_the_new_year() -> None:
    got = story("In December 1941 the army reached the river. That winter was cold. "
                "In the spring the offensive resumed, and in May the city fell.")
    assert got["That winter"] == ["1941-WI"]
    assert got["the spring"] == ["1942-SP"]
    assert got["May"] == ["1942-05"]


def test_that_year_is_the_year_just_named_even_in_an_aside() -> None:
    got = values("The man had fled to Florida in June 1998 and returned to Cuba later that year, "
                 "officials said on Friday.", date(2000, 1, 28))
    assert got["later that year"] == ["1998"]


def test_a_future_governs_its_clause_and_a_reported_plan_looks_ahead() -> None:
    got = values("The airline will almost double its flights by August in the search for markets untouched "
                 "by the crisis. It said two new flights would leave on March 30, with a third from August 6.",
                 date(1998, 2, 13))
    assert got["August"] == ["1998-08"]
    assert got["August 6"] == ["1998-08-06"]


def test_a_flashback_or_a_comparison_looks_back_and_leaves_the_story_where_it_was() -> None:
    got = story("The Red Army recaptured the city on 17 December 1919. The new threat came from a general "
                "who had spent the spring organizing an army. In January the front moved west.")
    assert got["the spring"] == ["1919-SP"]
    assert got["January"] == ["1920-01"]
    got = story("Elections were held on 30 January 2005. February to April proved quiet compared to the "
                "carnage of November and January. In May the attacks resumed.")
    assert got["November"] == ["2004-11"]
    assert got["January"] == ["2005-01"]
    assert got["May"] == ["2005-05"]


def test_an_endpoint_reached_is_no_flashback() -> None:
    got = story("The offensive began on 16 December 1944. It had been repulsed by January with no gains.")
    assert got["January"] == ["1945-01"]


def test_this_weekend_said_on_a_weekday_is_the_coming_one_unless_past() -> None:
    tue = date(2014, 8, 26)
    assert values("Join us this weekend for a photo walk.", tue)["this weekend"] == ["2014-W35-WE"]
    assert values("Crowds gathered in the square this weekend.", tue)["this weekend"] == ["2014-W34-WE"]


def test_ago_in_a_story_counts_from_the_story_and_the_writers_now_does_not_move_it() -> None:
    got = story("The president resigned on 21 April 1975. He said the envoy had tricked him into signing "
                "the agreement two years ago. He left the country on 25 April.")
    assert got["two years ago"] == ["1973"]
    assert got["25 April"] == ["1975-04-25"]


# -- round three: an aside's year, a clock time before its day ----------------------------------

@pytest.mark.parametrize("text", [
    "On March 3 the board, founded in 1998, met to vote on the merger.",
    "The board, founded in 1998, met on March 3 to vote on the merger.",
    "The club (established 1987) said on March 3 that it would move.",
    "The museum, which opened in 2001, closed its doors on March 3.",
])
def test_a_yearless_date_beside_an_asides_year_takes_the_documents(text: str) -> None:
    got = {t.text: t.value for t in tag(text, date(2019, 5, 10))}
    assert got["March 3"] == "2019-03-03", got


def test_a_year_the_sentence_is_set_in_still_names_the_yearless_date() -> None:
    got = {t.text: t.value for t in tag("In 1998 the board met on March 3 to vote.", date(2019, 5, 10))}
    assert got["March 3"] == "1998-03-03"


@pytest.mark.parametrize("text, clock, value", [
    ("The board met at 9 a.m. on March 3 to vote.", "9 a.m.", "2019-03-03T09:00"),
    ("The talks resume at 10:30 on June 4, officials said.", "10:30", "2019-06-04T10:30"),
    ("Shares fell at 4 p.m. on Tuesday, March 5.", "4 p.m.", "2019-03-05T16:00"),
    ("The polls close at 21:00 GMT on 12 May.", "21:00 GMT", "2019-05-12T21:00"),
    ("The polls close at 21:00 local time on 12 May.", "21:00", "2019-05-12T21:00"),
    ("At 5:34 AM Baghdad time on March 20, 2003 the invasion began.", "5:34 AM", "2003-03-20T05:34"),
])
def test_a_clock_time_before_on_date_is_a_time_of_that_day(text: str, clock: str, value: str) -> None:
    found = {t.text: (t.value, t.type, t.begin) for t in tag(text, date(2019, 5, 10))}
    assert found[clock] == (value, "TIME", date.fromisoformat(value[:10])), found
    assert not any(v.startswith("2019-05-10") for v, _, _ in found.values()), found  # no time of the report's day


@pytest.mark.parametrize("text, clock, value", [
    ("Saturday 22 June: a free concert in the park from 2 p.m. to 10 p.m.", "10 p.m.", "2024-06-22T22:00"),
    ("Saturday 29 June: the lantern walk leaves the square at 9.30 p.m.", "9.30 p.m.", "2024-06-29T21:30"),
    ("On 9 July 2024 the ferry left at 18:52 and docked at 19:31.", "19:31", "2024-07-09T19:31"),
])
def test_a_clock_time_after_a_day_in_its_sentence_is_on_that_day(text: str, clock: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, date(2024, 3, 1))}
    assert got[clock] == value, got


def test_a_clock_time_alone_in_news_is_on_the_reports_day() -> None:
    got = {t.text: t.value for t in tag("The market closed at 4 p.m. with small gains.", date(2024, 3, 1))}
    assert got["4 p.m."] == "2024-03-01T16:00"


def test_a_death_told_as_the_storys_event_moves_the_story() -> None:
    text = "The worst loss came in 1627. Halliwell died in 1631, and his son became governor the following year."
    assert {t.text: t.value for t in tag(text, None, narrative=True)}["the following year"] == "1632"


@pytest.mark.parametrize("aside", ["The founder, who died in 1650, had left.", "The founder (died 1650) had left."])
def test_a_death_year_in_an_aside_does_not(aside: str) -> None:
    text = f"The worst loss came in 1627. {aside} His son became governor the following year."
    assert {t.text: t.value for t in tag(text, None, narrative=True)}["the following year"] == "1628"


def test_that_year_after_a_season_is_the_year() -> None:
    got = {t.text: t.value for t in tag("The station opened in the winter of 1922. Later that year it moved.", None,
                                        narrative=True)}
    assert got["Later that year"] == "1922"


def test_a_year_earlier_after_a_quarter_is_that_quarter() -> None:
    got = {t.text: t.value for t in tag("Sales rose in the third quarter. A year earlier they fell.", date(1989, 11, 2))}
    assert got["A year earlier"] == "1988-Q3"


_FEATURE = ("TARVIK, April 4, 2024 - More than 80 maps by the surveyor Ida Lunde, most unseen since the 1880s, "
            "go on show at the town archive from 12 April to 30 June.\n\n"
            "Lunde, who worked here from 1818 to 1871, drew maps for the railway and the harbour. Many were lost "
            "until 2019, when a farmer found them in a barn. The archive bought them in 2020 and has restored "
            "them since.\n\n"
            "Her best-known map, of the harbour in May 1843, will hang beside her field book from 1842. The show "
            "also has her last map, of the 1871 flood, drawn in October 1870.\n\n")


def test_the_writers_last_and_future_on_a_dated_page_about_old_years() -> None:
    """A feature whose background tells old years: "last spring" and a future "will go on show in late
    October" are the writer's, counted from the date the page prints, not from 1870."""
    text = _FEATURE + ("The show was due to open last spring but was put off after a fire. After Tarvik, the maps "
                       "travel to Bergen, where they will go on show in late October.")
    got = values(text)
    assert got["last spring"] == ["2023-SP"]
    assert got["late October"] == ["2024-10"]
    assert got["October 1870"] == ["1870-10"]


def test_a_dated_page_that_keeps_looking_ahead_is_news() -> None:
    """Enough of the writer's own future makes the page news: a yearless past "in January" is the last
    January before the page's date."""
    text = _FEATURE + ("Guided tours will run every Saturday, and the archive will stay open late on Thursdays. "
                       "A catalogue will be published in May. Repairs to the reading room were finished in January.")
    assert values(text)["January"] == ["2024-01"]


def test_a_history_with_a_date_given_stays_a_story() -> None:
    text = ("The surveyor Ida Lunde was born in 1795 and trained in 1812. In 1818 she settled in the town. "
            "Her first map appeared in 1820, her largest in 1843 and her last in 1869. In March she fell ill, "
            "and she died in 1871. Her papers were sold in 1931 and again in 1958.")
    got = values(text, date(2024, 4, 4))
    assert got["March"] == ["1869-03"]


@pytest.mark.parametrize("text, expression, value", [
    ("In 492 BC an army marched into Thrace. The following year the king sent envoys.", "The following year", "BC0491"),
    ("In 490 BC the fleet landed in the bay. Its first landing had failed a decade earlier.", "a decade earlier", "BC0500"),
    ("In 220 BC the two cities made peace. The war came back two years later.", "two years later", "BC0218"),
])
def test_years_counted_from_a_bc_story_year(text: str, expression: str, value: str) -> None:
    got = {t.text: t for t in tag(text, None, narrative=True)}
    t = got[expression]
    assert t.value == value
    assert t.begin is not None and t.begin.year == 1 - int(value[2:])  # astronomical: 491 BC is -490


def test_years_counted_past_the_first_year_ad_stay_undated() -> None:
    got = {t.text: t.value for t in tag("In 5 BC the census was taken. Ten years later a revolt broke out.", None,
                                        narrative=True)}
    assert got["Ten years later"] == "XXXX"


def test_later_or_earlier_that_unit_keeps_its_adverb() -> None:
    """TimeML's extent of "later that year" and "Earlier that day" keeps the adverb, as in "earlier
    this month"; "at that time" is no expression of this kind."""
    got = {t.text: t.value for t in tag("He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax. "
                                        "The police came later that month.", None, narrative=True)}
    assert got["Earlier that day"] == "1998-10-23" and got["later that month"] == "1998-10"


@pytest.mark.parametrize("text, step, value", [
    ("The mill was founded in 1921. Half a century later, in 1968, a fire gutted it.", "Half a century later", "1968"),
    ("The lighthouse was first lit in 1859. A hundred years later (in 1961) it was automated.", "A hundred years later", "1961"),
    ("The treaty was signed on 2 May 1815. Two days later, on 9 May 1815, the envoys left.", "Two days later", "1815-05-09"),
    ("The ceasefire held from 1960. Two years later, in March 1962, the army crossed the line.", "Two years later", "1962"),
    # guard: without a date said with it, the step still counts from the date before
    ("The mill was founded in 1921. Half a century later a fire gutted it.", "Half a century later", "1971"),
])
def test_a_step_told_with_its_own_date_takes_that_date(text: str, step: str, value: str) -> None:
    """ "Half a century later, in 1968": the date the writer states is the step's, not the count from
    the date before (which the writer may round, or count from another happening)."""
    assert story(text)[step] == [value]
