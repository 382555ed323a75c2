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
    assert _dated(text) == ["Tuesday"]


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
