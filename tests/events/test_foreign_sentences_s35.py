"""Russian, Ukrainian and Greek sentences met only the English event filters, which read none of
their words: every dated sentence became an event, a notice's opening hours, a deadline and a figure
at a date too, and titles kept the preposition and the word for "year" the date leaned on
("Средняя температура в была …", "У березні року міст …"). A Ukrainian month in the locative ("у
березні 2022") and a Greek one in the accusative ("τον Μάρτιο 2021") read as the whole year. The
sentences here are this test's own, in the registers such articles come in (a notice, a chronicle, a
news item). No Qt here."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.foreign_sentences import foreign_title, is_foreign, tells_no_happening
from explorer.temporal import parse_date_phrase

from .extracted_events import events_of

NOTICE_RU = ("Объявление для читателей\n\n"
             "Читальный зал на втором этаже открылся 14 октября 2020 года после ремонта крыши.\n"
             "Часы работы с 1 сентября 2023 года: с понедельника по субботу с 10 до 19 часов.\n"
             "Чтобы продлить абонемент, заполните анкету до 30 ноября 2023 года.\n"
             "В январе 2021 года фонд библиотеки составлял 48 тысяч книг.\n"
             "Следующая встреча клуба запланирована на 2 декабря 2023 года.\n")
CHRONICLE_UK = ("Літопис села\n\n"
                "У березні 2022 року старий міст через ставок розібрали.\n"
                "Режим роботи пошти з 2 січня 2024 року змінено.\n"
                "Термін подання заяв на ремонт доріг спливає 31 травня 2024 року.\n"
                "У листопаді 1987 року в селі відкрили нову школу.\n")
NEWS_EL = ("Τα νέα της πόλης\n\n"
           "Στις 9 Ιουλίου 2019 το παλιό θέατρο έκλεισε οριστικά.\n"
           "Οι αιτήσεις πρέπει να υποβληθούν μέχρι τις 15 Απριλίου 2024.\n"
           "Τον Μάρτιο 2021 η ανεργία ήταν 14%.\n"
           "Ωράριο λειτουργίας από 1 Οκτωβρίου 2023: Δευτέρα έως Παρασκευή.\n"
           "Ο νέος σταθμός θα ανοίξει τον Σεπτέμβριο 2025.\n")


def _titles(text: str) -> dict[str, str]:
    return {e.value: e.title for e in events_of(text) if e.begin}


def test_a_russian_notices_hours_deadline_and_figure_are_no_events():
    titles = _titles(NOTICE_RU)
    assert set(titles) == {"2020-10-14", "2023-12-02"}, titles  # the reopening and the planned meeting
    assert titles["2020-10-14"] == "Читальный зал на втором этаже открылся после ремонта крыши"
    assert titles["2023-12-02"] == "Следующая встреча клуба запланирована"  # (no "на" left hanging)


def test_a_ukrainian_chronicle_reads_its_locative_months_and_drops_its_deadline():
    titles = _titles(CHRONICLE_UK)
    assert set(titles) == {"2022-03", "2024-01-02", "1987-11"}, titles
    assert titles["2022-03"] == "Старий міст через ставок розібрали"
    assert titles["1987-11"] == "В селі відкрили нову школу"
    assert titles["2024-01-02"] == "Режим роботи пошти змінено"  # a change of hours is a happening


def test_a_greek_news_page_keeps_its_happenings_and_plans_only():
    titles = _titles(NEWS_EL)
    assert set(titles) == {"2019-07-09", "2025-09"}, titles
    assert titles["2019-07-09"] == "Το παλιό θέατρο έκλεισε οριστικά"
    assert titles["2025-09"] == "Ο νέος σταθμός θα ανοίξει"


def test_an_english_sentence_with_a_russian_name_is_left_to_the_english_rules():
    assert not is_foreign("The Мир station was launched in February 1986.")
    assert is_foreign("Станция «Мир» была запущена в феврале 1986 года (Mir).")
    sentence = "The population was 12,000 in March 2021 and the hours were listed: nine to five."
    assert tells_no_happening(sentence, sentence.index("March"), sentence.index(" and")) is None


@pytest.mark.parametrize(("sentence", "date_text", "why"), [
    ("Расписание с 3 марта 2024 года: поезда идут каждый час.", "3 марта 2024 года", "timetable"),
    ("Документы нужно сдать до 5 июня 2024 года.", "5 июня 2024 года", "deadline"),
    ("Крайний срок подачи — 5 июня 2024 года.", "5 июня 2024 года", "deadline"),
    ("В 2019 году население составляло 4 300 человек.", "2019 году", "figure"),
    ("Το 2019 η πόλη είχε 12.000 κατοίκους.", "2019", "figure"),
    ("Η προθεσμία λήγει στις 30 Ιουνίου 2024.", "30 Ιουνίου 2024", "deadline"),
    ("Глава района был 5 мая 2019 года избран повторно.", "5 мая 2019 года", None),  # the date's own number
    ("Був зруйнований 3 листопада 1941 року.", "3 листопада 1941 року", None),
])
def test_what_a_foreign_sentence_tells(sentence, date_text, why):
    at = sentence.index(date_text)
    assert tells_no_happening(sentence, at, at + len(date_text)) == why


def test_a_foreign_title_drops_what_the_date_leaned_on():
    sentence = "Средняя скорость ветра в январе 2022 года выросла вдвое."
    at = sentence.index("январе")
    assert foreign_title(sentence, at, at + len("январе 2022")) == "Средняя скорость ветра выросла вдвое"
    sentence = "Στις 5 Μαΐου 2020 η γέφυρα κατέρρευσε."
    at = sentence.index("5 Μαΐου")
    assert foreign_title(sentence, at, at + len("5 Μαΐου 2020")) == "Η γέφυρα κατέρρευσε"


@pytest.mark.parametrize(("phrase", "month"), [
    ("у березні 2022", (2022, 3)), ("в листопаді 1941 року", (1941, 11)), ("у лютому 2014", (2014, 2)),
    ("τον Μάρτιο 2021", (2021, 3)), ("Αύγουστο 1974", (1974, 8)),
])
def test_a_locative_or_accusative_month_is_that_month_not_the_year(phrase, month):
    begin, end = parse_date_phrase(phrase, date(2024, 1, 1))
    assert (begin.year, begin.month, begin.day) == (*month, 1)
    assert (end.year, end.month) == month
