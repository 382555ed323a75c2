"""A history that opens with its first section's heading takes the name its file name abbreviates
(issue 12, document titles). Texts of our own."""

from __future__ import annotations

from explorer.documents.file_title import file_name_words, spelled_file_name, title_from_file_name
from explorer.documents.headline import guess_title

_PROSE = ("The fighting spread along the river for most of the year, and neither side could hold the bridges "
          "for long before the winter came and the roads were closed.")


def _history(first_heading: str, name_sentence: str) -> str:
    return (f"\n{first_heading}\n\n{name_sentence} {_PROSE}\n\nThe northern campaign\n\n{_PROSE}\n\n"
            f"Aftermath\n\n{_PROSE}\n")


def test_file_name_words() -> None:
    assert file_name_words("/x/03_AmCivWar.txt") == ["Am", "Civ", "War"]
    assert file_name_words("02_WW1.txt") == ["WW", "1"]
    assert file_name_words("border-war.txt") == ["border", "war"]


def test_an_abbreviated_file_name_gives_the_name_the_text_writes() -> None:
    text = _history("Course of the war", "The Lowland Succession War began when the old count died.")
    assert title_from_file_name(text, "04_LowSuccWar.txt") == "Lowland Succession War"
    assert guess_title(text, "04_LowSuccWar.txt") == "Lowland Succession War"


def test_initials_and_a_number_match_a_numbered_name() -> None:
    text = _history("Opening moves", "When the Great Border War II broke out, the duke fled.")
    assert title_from_file_name(text, "GBW2.txt") == "Great Border War II"


def test_a_proper_adjective_takes_its_noun() -> None:
    text = _history("Early revolts", "The Norse-Frankish Wars lasted a century.")
    assert title_from_file_name(text, "07_NorseFrankish.txt") == "Norse-Frankish Wars"


def test_a_first_line_that_is_only_the_first_sections_heading_gives_way() -> None:
    text = _history("Regency years, 1801-1809", "The Lowland Succession War began when the old count died.")
    assert guess_title(text, "LowSuccWar.txt") == "Lowland Succession War"


def test_words_the_text_never_writes_together_are_spelled_as_the_text_spells_them() -> None:
    text = _history("2003: Landing", "The Harbour Civil conflict began in a war over tolls.")
    assert spelled_file_name(text, "HarbourCivWar.txt") == "Harbour Civil War"
    assert guess_title(text, "HarbourCivWar.txt") == "Harbour Civil War"


def test_a_headline_and_a_news_file_name_are_left_alone() -> None:
    text = "Council Approves New Budget\n\nThe council met on Monday and agreed on a budget for the year ahead."
    assert guess_title(text, "council-budget.txt") == "Council Approves New Budget"
    assert title_from_file_name(text, "APW19980213.1320.txt") is None
    assert title_from_file_name("A B went home.", "AB.txt") is None


def test_a_leads_weekday_is_no_part_of_the_documents_title() -> None:
    from explorer.documents.headline import lead_label

    assert lead_label("LISBON (AP)_ The harbour board Friday rejected the union's demands for a new contract.") == (
        "The harbour board rejected the union's demands")
    assert lead_label("LISBON (AP)_ The dockers' union said Thursday it would strike.") == (
        "The dockers' union said it would strike")
    assert lead_label("LISBON (AP)_ The mayor resigned on Monday after the vote.") == "The mayor resigned"
    assert lead_label("Good Friday crowds filled the old cathedral square in the rain.").startswith("Good Friday crowds")


def test_a_broadcasters_framing_is_no_part_of_the_title() -> None:
    from explorer.documents.headline import lead_label

    assert lead_label("Finally today, we learned that the port authority has sold the old ferry terminal.") == (
        "The port authority has sold the old ferry terminal")


def test_a_lead_label_never_ends_on_a_gerund_after_a_preposition() -> None:
    from explorer.documents.headline import lead_label

    assert lead_label("The mayor Monday sought peace with the unions by promising to withdraw the plan.") == (
        "The mayor sought peace")
