"""News in Cyrillic and Greek letters: the dateline ("МОСКВА, 3 марта 2026 г. —", "ΑΘΗΝΑ, 3 Μαρτίου
2026 —") is the document's date, and a Greek date in the body ("12 Φεβρουαρίου 2026") is a day, not
its bare year. Before, a dateline's place had to be in Latin capitals (the Russian story was dated
"inferred", the Greek one not at all) and no Greek month was known. No Qt here."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import printed_document_date
from explorer.temporal.tagger import tag

RU = ("Парламент одобрил новый бюджет\n\n"
      "МОСКВА, 3 марта 2026 г. — Государственная дума во вторник одобрила проект бюджета.\n\n"
      "Законопроект был внесён правительством 12 февраля 2026 года.\n")
EL = ("Η Βουλή ψήφισε τον νέο προϋπολογισμό\n\n"
      "ΑΘΗΝΑ, 3 Μαρτίου 2026 — Η Βουλή ψήφισε την Τρίτη τον προϋπολογισμό.\n\n"
      "Το νομοσχέδιο κατατέθηκε στις 12 Φεβρουαρίου 2026. Ο πρωθυπουργός μίλησε την 1η Μαρτίου 2026.\n")
UK = ("Рада ухвалила бюджет\n\n"
      "КИЇВ, 3 березня 2026 р. — Верховна Рада ухвалила бюджет на наступний рік.\n")


@pytest.mark.parametrize("text", [RU, EL, UK], ids=["russian", "greek", "ukrainian"])
def test_a_non_latin_dateline_is_the_documents_date(text):
    assert printed_document_date(text) == (date(2026, 3, 3), "dateline")


@pytest.mark.parametrize("line", ["Москва, 3 марта 2026 г. —", "Αθήνα (ΑΠΕ), 3 Μαρτίου 2026:",
                                  "ΘΕΣΣΑΛΟΝΙΚΗ, 3 ΜΑΡΤΙΟΥ 2026 —"])
def test_dateline_forms(line):
    assert printed_document_date(line + " Κείμενο της είδησης.\n") == (date(2026, 3, 3), "dateline")


def test_greek_dates_in_the_body_are_days():
    values = {t.text: t.value for t in tag(EL, date(2026, 3, 3))}
    assert values["12 Φεβρουαρίου 2026"] == "2026-02-12"
    assert values.get("1η Μαρτίου 2026") == "2026-03-01"


@pytest.mark.parametrize("text", [
    "Remembering 9 November 1989: the night the wall opened\n\nBy Staff\n\nIt was cold.\n",
    "Ο Μάρτιος ήταν βροχερός, 3 φορές — όχι.\n",  # no date after the comma
    "Η ΣΥΜΦΩΝΙΑ ΤΟΥ 2026 — τι αλλάζει\n",  # a headline with a bare year
])
def test_not_datelines(text):
    assert printed_document_date(text) is None


def test_a_latin_dateline_in_a_language_the_grammar_does_not_read():
    text = "WARSZAWA, 3 marca 2026 (PAP) — Sejm przyjął ustawę budżetową.\n"
    assert printed_document_date(text) == (date(2026, 3, 3), "dateline")


def test_ukrainian_dates_are_days():
    text = UK + "Законопроект було внесено 12 лютого 2026 року, а перше читання відбулося 20 лютого.\n"
    values = {t.text: t.value for t in tag(text, date(2026, 3, 3))}
    assert values["3 березня 2026 р."] == "2026-03-03"
    assert values["12 лютого 2026 року"] == "2026-02-12"
    assert values["20 лютого"] == "2026-02-20"


@pytest.mark.parametrize("line", ["PRAHA, 3. března 2026. — Sněmovna schválila rozpočet.",
                                  "СОФИЯ, 3 март 2026 г. — Народното събрание прие бюджета."])
def test_more_datelines_dateparser_reads(line):
    assert printed_document_date(line + "\n") == (date(2026, 3, 3), "dateline")
