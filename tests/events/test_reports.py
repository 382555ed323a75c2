"""A report beside the happening it reports gives one event, the happening's; a report whose date is
the only one keeps its event, dated by the report. Our own sentences, through a dropped file's route."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> list[str]:
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 14))
    return [e.timex for e in out.events if e.timex]


def test_the_report_of_a_dated_happening_is_no_second_event() -> None:
    text = "Part of the old pier collapsed early Tuesday after a week of storms, harbour officials said Thursday."
    assert _dated(text) == ["early Tuesday"]  # TimeML keeps "early" with a bare weekday


def test_a_report_told_on_a_day_with_its_happening_dated_gives_the_happening() -> None:
    text = "The ferry operator said on Thursday that two of its boats ran aground on Monday near the pier."
    assert _dated(text) == ["Monday"]


def test_a_report_with_no_other_date_keeps_its_date() -> None:
    # the reported happening took place when it was reported, as far as the text tells
    text = "The brewery said on Thursday that its profit rose by a fifth on strong sales of pale ale."
    assert "Thursday" in _dated(text)


def test_a_side_happening_in_a_subordinate_clause_leaves_the_report_its_date() -> None:
    text = ("A pair of storks has hatched three chicks on the church tower, the first brood there since the "
            "birds vanished from the county in the 1950s, the wildlife trust said on Thursday.")
    assert "Thursday" in _dated(text)


def test_a_report_and_a_telling_of_the_same_day_are_one_event() -> None:
    text = ("Salt-marsh grasses on the Kessel estuary have spread by a third in five years, ecologists "
            "reported on Wednesday.\n\n"
            "The survey, which mapped the marsh from drones, is published on June 12 in the journal "
            "Coastal Botany.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 14))
    dated = [e for e in out.events if e.timex]
    assert [e.timex for e in dated] == ["June 12"]
    assert dated[0].mentions and dated[0].mentions[0][0] == 0


def test_a_report_and_a_different_happening_of_the_same_day_stay_apart() -> None:
    text = ("A ferry has run aground on a sandbank off the point, the coastguard reported on Wednesday.\n\n"
            "The harbour master closed the channel on June 12 to all boats.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 14))
    assert [e.timex for e in out.events if e.timex] == ["Wednesday", "June 12"]


def test_a_side_happening_after_a_leading_report_leaves_the_report_its_date() -> None:
    text = ("The rebel commander said Thursday he has sent a team to recover the body of a surveyor "
            "kidnapped and killed by a splinter group almost two years ago.")
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 14))
    dated = {e.timex: e.title for e in out.events if e.timex}
    assert "Thursday" in dated


def test_a_date_that_modifies_what_was_reported_is_no_report_date() -> None:
    from explorer.events.reports import is_report_date

    text = "The bank reported third-quarter profit of $4 million, up from $3 million."
    at = text.index("third-quarter")
    assert not is_report_date(text, at, at + len("third-quarter"))
    text = "The bank reported on Tuesday that profit rose."
    at = text.index("Tuesday")
    assert is_report_date(text, at, at + len("Tuesday"))


def test_a_remark_the_same_day_as_a_publication_stays_its_own_event() -> None:
    text = ("Bangladesh said today it had sent 2,000 troops to the border.\n\n"
            "The United Nations published its report on the crisis today in Geneva.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=date(1990, 8, 15))
    assert [e.timex for e in out.events if e.timex] == ["today", "today"]
