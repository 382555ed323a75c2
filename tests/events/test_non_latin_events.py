"""A dated sentence in Russian or Greek is an event, as an English one is; the dateline's date is
the page's, no event. Before, a date was "alone on its line" unless Latin letters stood beside it,
so every date of a Russian or Greek story was dropped as page furniture ("no event found in this
article"), and a dateline's place had to be in Latin capitals. Titles are the sentence without its
date (the English title rules do not read these languages). No Qt here."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document

RU = ("Парламент одобрил новый бюджет\n\n"
      "МОСКВА, 3 марта 2026 г. — Государственная дума во вторник одобрила проект бюджета на следующий год.\n\n"
      "Законопроект был внесён правительством 12 февраля 2026 года. Первое чтение прошло 20 февраля.\n\n"
      "Президент подписал закон 1 марта 2026 года, сообщили в Кремле.\n")
EL = ("Η Βουλή ψήφισε τον νέο προϋπολογισμό\n\n"
      "ΑΘΗΝΑ, 3 Μαρτίου 2026 — Η Βουλή ψήφισε την Τρίτη τον προϋπολογισμό του επόμενου έτους.\n\n"
      "Το νομοσχέδιο κατατέθηκε από την κυβέρνηση στις 12 Φεβρουαρίου 2026.\n")


def _events(name: str, text: str):
    extracted = extract_document(Document(name, text, ""))
    return extracted.document, list(extracted.events)


def test_a_russian_storys_dated_sentences_are_events():
    doc, events = _events("moskva.txt", RU)
    assert (doc.date, doc.date_source) == (date(2026, 3, 3), "dateline")
    by_value = {e.value: e for e in events}
    # the dateline's day is no event of its own, but the lead's "во вторник" (the dateline's Tuesday) is
    assert set(by_value) == {"2026-03-03", "2026-02-12", "2026-02-20", "2026-03-01"}
    assert by_value["2026-03-03"].title == "Государственная дума одобрила проект бюджета на следующий год"
    assert by_value["2026-02-12"].title.startswith("Законопроект был внесён")
    assert by_value["2026-03-01"].sentence.startswith("Президент подписал закон")


def test_a_greek_storys_dated_sentence_is_an_event_on_its_day():
    doc, events = _events("athina.txt", EL)
    assert (doc.date, doc.date_source) == (date(2026, 3, 3), "dateline")
    lead, event = events  # the lead's "την Τρίτη" is the dateline's Tuesday
    assert lead.value == "2026-03-03" and lead.title == "Η Βουλή ψήφισε τον προϋπολογισμό του επόμενου έτους"
    assert (event.value, event.certainty) == ("2026-02-12", "exact")
    assert event.title.startswith("Το νομοσχέδιο κατατέθηκε")


def test_a_greek_month_name_is_no_actor(tmp_path):
    """"12 Φεβρουαρίου 2026": the month is capitalised in Greek, as a name is; it was listed among
    the actors ("Φεβρουαρίου (2)", an org) once Greek dates made events."""
    from explorer.entities.report import entity_rows
    from explorer.store import Project
    from explorer.store.importing import import_paths

    (tmp_path / "athina.txt").write_text(EL + "Η συζήτηση ξεκίνησε στις 20 Φεβρουαρίου 2026.\n", encoding="utf-8")
    project = Project()
    import_paths(project, [str(tmp_path)], jobs=1)

    class Corpus:
        actors, events = project.actor_index, project.events()

    names = {row["name"] for row in entity_rows(Corpus, ("person", "org", "place"))}
    assert not {"Φεβρουαρίου", "Μαρτίου", "Τρίτη"} & names, names  # nor a weekday ("την Τρίτη")
    actors = {row["name"] for row in entity_rows(Corpus, ("person", "org"))}
    assert "ΑΘΗΝΑ" not in actors  # the dateline's city is a place, as "WASHINGTON —" is


def test_a_greek_or_russian_title_does_not_end_on_the_preposition_its_date_took():
    """"Η συζήτηση ξεκίνησε στις [20 Φεβρουαρίου 2026]": the title lost its date and kept "στις" (at)."""
    el = EL + "Η συζήτηση ξεκίνησε στις 20 Φεβρουαρίου 2026. Ο πρωθυπουργός μίλησε στη Βουλή την 1η Μαρτίου 2026.\n"
    ru = RU + "Совет собрался в 2025 году, сообщили в Кремле.\n"
    titles = [e.title for name, text in (("a.txt", el), ("b.txt", ru))
              for e in extract_document(Document(name, text, "")).events]
    assert "Η συζήτηση ξεκίνησε" in titles and "Ο πρωθυπουργός μίλησε στη Βουλή" in titles, titles
    assert not [t for t in titles if t.split()[-1] in ("στις", "την", "στη", "в", "на")], titles
