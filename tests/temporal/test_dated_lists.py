"""A "Key dates" box of yearless days under a dated news story is told around the page's date: its
present-tense entries are a chronology's, not a schedule a year ahead (see
``explorer.temporal.dated_lists``). Texts are our own."""

from __future__ import annotations

from datetime import date

from explorer.temporal.tagger import tag

_BOX = ("Ferry crews vote to strike\n\n"
        "The union's members backed a walkout on Tuesday.\n\n"
        "How the dispute grew\n\n"
        "{a}: The operator announces plans to cut two sailings.\n"
        "{b}: The union rejects a pay offer of 3%.\n\n"
        "{c}: Talks break down after a day.\n"
        "{d}: Crews refuse overtime at dawn.\n")


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


_PORT = ("Port strike enters third week\n\n"
         "By Lena Ortiz | 14 October 2025\n\n"
         "Dock workers at the port of Calvera stayed out for a fifteenth day on Monday.\n\n"
         "Key dates in the dispute\n\n"
         "12 June: The port authority announces plans to automate two cranes.\n"
         "3 July: The union rejects a pay offer of 2%.\n"
         "21 August: Talks collapse after nine hours.\n"
         "29 September: Workers walk out at dawn.\n"
         "6 October: A court refuses to order them back to work.\n")


def test_a_box_of_past_steps_ends_near_the_page_date() -> None:
    # read one entry at a time, the first entry's present tense put it (and all after it) in 2026
    values = _values(_PORT, date(2025, 10, 14))
    assert [values[d] for d in ("12 June", "3 July", "21 August", "29 September", "6 October")] == \
        ["2025-06-12", "2025-07-03", "2025-08-21", "2025-09-29", "2025-10-06"]
    assert values["dawn"].startswith("2025-09-29")  # the entry's other times move with it


def test_a_box_already_told_around_the_page_is_left_as_it_is() -> None:
    text = _BOX.format(a="14 May", b="2 June", c="19 July", d="30 August")
    values = _values(text, date(2025, 9, 10))
    assert [values[d] for d in ("14 May", "2 June", "19 July", "30 August")] == \
        ["2025-05-14", "2025-06-02", "2025-07-19", "2025-08-30"]


def test_a_box_of_coming_days_stays_ahead() -> None:
    text = _BOX.format(a="14 October", b="2 November", c="19 November", d="30 November")
    values = _values(text, date(2025, 9, 10))
    assert [values[d] for d in ("14 October", "2 November", "19 November", "30 November")] == \
        ["2025-10-14", "2025-11-02", "2025-11-19", "2025-11-30"]


def test_two_entries_make_no_list_and_a_named_year_is_kept() -> None:
    two = tag("Key dates\n\n14 May: The operator announces cuts.\n2 June: The union rejects an offer.\n",
              date(2025, 9, 10))
    assert not any("a list of days" in t.derivation for t in two)
    named = _values("Key dates\n\n14 May 2026: Crews vote.\n2 June: Talks open.\n19 July: Talks fail.\n"
                    "30 August: Crews strike.\n", date(2025, 9, 10))
    assert named["14 May 2026"] == "2026-05-14"


def test_no_page_date_leaves_the_list_to_the_story() -> None:
    text = _BOX.format(a="14 May", b="2 June", c="19 July", d="30 August")
    assert all(t.derivation.find("a list of days") == -1 for t in tag(text, None))
