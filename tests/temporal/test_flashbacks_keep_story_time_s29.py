"""Session 29 of issue 11: a history's flashbacks must not move its story's time (``undated_histories_s29/``:
six undated histories of other eras, a medieval siege, a 17th-century plague, a 19th-century railway war,
a colonial revolt, a space programme's year and an ancient dynasty, written and annotated before the
tagger was run on them). Sentences here are our own and vary the wars, the centuries and the verbs;
their expected values were written down before the tagger was run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view
from tests.temporal.test_fresh_news_s11 import assert_fresh_scores


def _values(text: str, dct: date | None = None) -> dict[str, str]:
    return {t.text: t.value for t in timeml_view(tag(text, dct))}


@pytest.mark.parametrize("text, expression, value", [
    ("In August 1788 the king agreed to call the assembly, which had not met since 1614. As in 1614, the three "
     "orders would sit apart; the 1614 rules gave each a single vote. On 27 December the council doubled the "
     "commons' seats.", "27 December", "1788-12-27"),
    ("In May 1453 the sultan's guns opened fire on the walls. The city had been besieged once before, in 1422, "
     "when the attack failed. On 29 May the walls were breached.", "29 May", "1453-05-29"),
    ("The strike began in March 1926. The miners had last stopped work in 1921, and the 1921 lockout was still "
     "bitterly remembered. In May the general council called out the railwaymen.", "May", "1926-05"),
    ("In June 1812 the army crossed the Niemen. The emperor had first planned the campaign in 1810. As in 1807, "
     "the Russians fell back. On 7 September the armies met at Borodino.", "7 September", "1812-09-07"),
    ("The uprising broke out in January 1863. The nobles had already risen once, in 1830, and the 1830 rising "
     "had ended in exile for thousands. In March the rebels held the forests.", "March", "1863-03"),
    ("The colony's assembly first sat in 1619. The company had sent out its charter in 1606, and the 1606 charter "
     "named no assembly. On 30 July the burgesses met in the church.", "30 July", "1619-07-30"),
    ("In 480 BC the king crossed into Greece. His father's army had been beaten at Marathon in 490 BC, and the "
     "490 BC defeat had to be avenged. That autumn the fleet was destroyed at Salamis.", "That autumn", "BC0480-FA"),
])
def test_a_year_told_as_a_flashback_does_not_become_the_storys_year(text: str, expression: str, value: str) -> None:
    """A year in a past perfect ("had last stopped work in 1921", "had been besieged once before, in
    1422"), likened to ("As in 1614") or naming a thing of its time ("the 1614 rules", "the 490 BC
    defeat") is a look back: the yearless dates after it keep the main narrative's year."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a year told plainly moves the story, even after a flashback
    ("In 1788 the king agreed to call the assembly. It had not met since 1614. In 1789 the estates met at last. "
     "On 14 July a crowd stormed the fortress.", "14 July", "1789-07-14"),
    # a thing's year after the story's year is no look back
    ("The war began in 1915. The 1916 offensive opened on 1 July.", "1 July", "1916-07-01"),
    # "that year" after a plain year is a step of the story
    ("The bridge was built in 1850. That year the railway came. In May the first train crossed.", "May", "1850-05"),
])
def test_a_year_the_story_moves_to_still_moves_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("The plague reached the town in the summer of 1636. It had come once before, in 1603, and the pest house "
     "built in that year still stood. The first burial was on 9 August.", "9 August", "1636-08-09"),
    ("The revolt began in February 1898. The chiefs had refused a tax in 1891, and the governor of that year had "
     "withdrawn it. On 26 April an officer was killed.", "26 April", "1898-04-26"),
])
def test_that_year_inside_a_flashback_stays_in_it(text: str, expression: str, value: str) -> None:
    """ "that year" hanging on the flashback's year in its own sentence is part of the flashback."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("On 14 June 1807 the armies met at the river. A scout had crossed it on 10 June and reported the enemy's "
     "fires. That night the emperor slept in his carriage.", "That night", "1807-06-14TNI"),
    ("On 18 April 1864 the navvies began cutting at the western end. The Northern men had occupied the eastern "
     "end on 11 April. That night the two gangs fought.", "That night", "1864-04-18TNI"),
    ("The relief column reached the fort on 3 March 1885. The garrison had eaten its last horse on 26 February. "
     "That evening the flag was raised again.", "That evening", "1885-03-03TEV"),
    ("On 9 May 1961 the capsule was rolled out. One of the pilots had been grounded on 2 May with a fever. "
     "That morning the director chose the crew.", "That morning", "1961-05-09TMO"),
    ("The council closed the market on 28 September 1636. The mayor had fled on 21 September. That night the "
     "watch was doubled.", "That night", "1636-09-28TNI"),
    ("The rebels took the station on 26 April 1898. Their chiefs had sworn an oath on 20 April 1898. That night "
     "the mission burned.", "That night", "1898-04-26TNI"),
])
def test_that_night_after_a_pluperfect_day_is_the_storys_night(text: str, expression: str, value: str) -> None:
    """A sentence in the past perfect looks back to an earlier day; "That night" told in the plain
    past after it is the night of the day the story had reached, not of the day looked back to."""
    assert _values(text)[expression] == value


def test_that_night_inside_the_pluperfect_stays_on_its_day() -> None:
    text = ("On 18 April 1864 the navvies began cutting. The Northern men had occupied the eastern end on 11 April. "
            "They had built a stockade that night.")
    assert _values(text)["that night"] == "1864-04-11TNI"


@pytest.mark.parametrize("text, dct, found", [
    ("The charter was granted in 1281. The tenants paid their first rent at Martinmas the same year.", None,
     {"Martinmas": "1281-11-11", "the same year": "1281"}),
    ("The last chief was taken on 11 November 1898 and hanged at Easter the following year.", None,
     {"Easter": "1899-04-02", "the following year": "1899"}),
    ("The abbey church was consecrated in 1132; the monks moved in at Michaelmas the following year.", None,
     {"Michaelmas": "1133-09-29", "the following year": "1133"}),
    ("Work on the line began in June 1864, and the first train ran on Christmas Day the following year.", None,
     {"Christmas Day": "1865-12-25", "the following year": "1865"}),
    ("The fair was first held in 1702, and at Lady Day the next year the town bought the field.", None,
     {"Lady Day": "1703-03-25", "the next year": "1703"}),
    ("The lease was signed at Candlemas 1640. The tenant had paid a deposit at Michaelmas the previous year.", None,
     {"Michaelmas": "1639-09-29", "the previous year": "1639"}),
    ("The hall closed for repairs on 3 March 2019 and reopened at Easter the following year.", date(2025, 6, 2),
     {"Easter": "2020-04-12", "the following year": "2020"}),
])
def test_a_feast_with_the_same_or_the_following_year_is_in_that_year(text: str, dct: date | None,
                                                                     found: dict[str, str]) -> None:
    """ "Martinmas the same year", "at Easter the following year": the feast in the year counted from
    the date just told, and the year phrase names that same year (it was read one year further on,
    or the feast left in the story's year)."""
    values = _values(text, dct)
    assert {k: values.get(k) for k in found} == found


HISTORIES = Path(__file__).parent / "undated_histories_s29"

#: (relaxed F1, value F1) measured when the set was written, unchanged code: 0.996, 0.568;
#: with this session's rules: 0.996, 0.979
HISTORY_THRESHOLDS = {"no-dct": (0.99, 0.97)}


@pytest.mark.parametrize("route", sorted(HISTORY_THRESHOLDS))
def test_undated_histories_s29_values(route: str, tmp_path: Path) -> None:
    assert_fresh_scores(HISTORIES, tmp_path, route, HISTORY_THRESHOLDS[route])


@pytest.mark.parametrize("text, dct, found", [
    ("The photography show runs from September to January.", date(2025, 4, 22),
     {"September": "2025-09", "January": "2026-01"}),
    ("Development runs in monthly sprints from October.", date(2025, 4, 22), {"October": "2025-10"}),
    ("The ice rink runs from November to February.", date(2025, 6, 10), {"November": "2025-11", "February": "2026-02"}),
    ("The evening classes run through December.", date(2025, 5, 5), {"December": "2025-12"}),
    ("The harvest festival runs in three parts from October.", date(2025, 3, 14), {"October": "2025-10"}),
    # running on the page's day: the range under way, not the next one
    ("The ice rink runs from November to February.", date(2025, 12, 10),
     {"November": "2025-11", "February": "2026-02"}),
    ("The summer exhibition runs from March to October.", date(2025, 6, 1), {"March": "2025-03", "October": "2025-10"}),
    # told as done, or lasting until now, the months stay behind the page
    ("The photography show ran from September to January.", date(2025, 4, 22),
     {"September": "2024-09", "January": "2025-01"}),
    ("The exhibition has run since September.", date(2025, 4, 22), {"September": "2024-09"}),
])
def test_a_month_a_schedule_runs_from_in_the_present_lies_ahead(text: str, dct: date, found: dict[str, str]) -> None:
    """ "The show runs from September to January", "classes run through December": a schedule told
    in the present looks ahead like "opens in" or "begins in", so a month five or more months off is
    the coming one, not last year's."""
    values = _values(text, dct)
    assert {k: values.get(k) for k in found} == found


@pytest.mark.parametrize("text, expression, value", [
    ("In 407 BC the king moved the capital to Dura. The following spring the tribes besieged it.",
     "The following spring", "BC0406-SP"),
    ("In the summer of 216 BC the armies met at the river. The following spring the consuls raised new legions.",
     "The following spring", "BC0215-SP"),
    ("In the winter of 52 BC the tribes rose. The following summer the legions marched north.",
     "The following summer", "BC0051-SU"),
    ("In 480 BC the king crossed into Greece. The previous winter he had gathered his fleet.",
     "The previous winter", "BC0481-WI"),
    ("In 331 BC the king took the city. The following autumn his army marched east.",
     "The following autumn", "BC0330-FA"),
])
def test_a_season_counted_from_a_bc_year_is_in_the_bc_years(text: str, expression: str, value: str) -> None:
    """ "The following spring" after "407 BC" is the spring of 406 BC, counted as after a year AD (the
    next year's season; after a season, the first one after it); it was left without a year."""
    assert _values(text)[expression] == value
