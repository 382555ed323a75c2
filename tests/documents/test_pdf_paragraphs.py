"""A PDF's text layer comes one printed line at a time, with tabs between words and no blank line
anywhere: the headline ran into the first sentence and became part of an event's title. The reader
rebuilds paragraphs from where lines stop short. Texts of our own."""

from __future__ import annotations

from pathlib import Path

from explorer.documents.pdf import page_paragraphs
from explorer.documents.reader import read_with_metadata


def test_tabs_become_spaces_and_a_short_line_ends_its_paragraph() -> None:
    page = ("Harbour\twall\tgives\tway\nThe\tharbour\twall\tat\tthe\tnorth\tpier\tcollapsed\ton\t4\tMarch\t2024\tafter\ta\tweek\tof\n"
            "storms,\tthe\tport\tsaid.\nRepairs\tbegan\tin\tMay\tand\twill\tfinish\tnext\tyear,\tits\tengineer\tsaid\ton\tMonday.\n"
            "7\n")
    assert page_paragraphs(page) == ("Harbour wall gives way\n\n"
                                     "The harbour wall at the north pier collapsed on 4 March 2024 after a week of\n"
                                     "storms, the port said.\n\n"
                                     "Repairs began in May and will finish next year, its engineer said on Monday.")


def test_ligatures_are_spelt_out() -> None:
    assert page_paragraphs("The \ufb01rst \ufb02ood barrier was \ufb01nished in the o\ufb03ce's \ufb01scal year.") == \
        "The first flood barrier was finished in the office's fiscal year."


def test_a_wrapped_sentence_stays_one_paragraph() -> None:
    page = "The new ferry made its first crossing on 2 June 2023 and\ncarried ninety people across.\n"
    assert page_paragraphs(page) == "The new ferry made its first crossing on 2 June 2023 and\ncarried ninety people across."


def test_a_printed_headline_is_the_title_and_its_own_paragraph(tmp_path: Path) -> None:
    from ..store.conftest import minimal_pdf  # the PDF builder of the importer tests

    pdf = tmp_path / "harbour.pdf"
    pdf.write_bytes(minimal_pdf(["Harbour wall gives way",
                          "The harbour wall at the north pier collapsed on 4 March 2024 after a week of",
                          "storms, the port said. Repairs began in May and will finish next year.",
                          "3"]))
    doc, _ = read_with_metadata(str(pdf))
    assert doc.title == "Harbour wall gives way"
    assert doc.text.startswith("Harbour wall gives way\n\nThe harbour wall at the north pier collapsed")
    assert "\t" not in doc.text and not doc.text.rstrip().endswith("3")
