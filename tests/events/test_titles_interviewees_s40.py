"""An interview's "I" is its interviewee: a transcript's speaker whose label is written with accented
capitals ("JOSÉ ÅBERG:"), and the person an interview's headline gives the topic to when the headline
names a place too ("Mira Delacroix on rowing the Tarn Channel")."""

from datetime import date

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "a"), dct=date(2026, 3, 1)).events]


def test_a_speaker_label_with_accented_capitals_names_the_speaker() -> None:
    text = ("Forty years at sea: a harbour pilot looks back\n\nTranscript of an interview recorded on 2 February 2026.\n\n"
            "INTERVIEWER: When did you start?\n"
            "JOSÉ ÅBERG: I joined the pilot service in 1981, after six years on tankers.\n\n"
            "INTERVIEWER: And the end?\n"
            "ÅBERG: I retired in 2019, the week the new locks opened.\n")
    titles = _titles(text)
    assert any(t.startswith(("José Åberg joins", "Åberg joins")) for t in titles), titles
    assert any(t.startswith("José Åberg retires") for t in titles), titles  # the earlier label gives the whole name


def test_the_interviewee_of_a_headline_that_names_a_place_too() -> None:
    text = ("\"The cold was the easy part\": Mira Delacroix on rowing the Tarn Channel\n\n"
            "Last month Mira Delacroix became the first woman to row the Tarn Channel alone. Mira Delacroix and her "
            "husband live in Halden.\n\n"
            "When did you start rowing?\n\n"
            "I rowed my first race on the river in May 2015, and I finished last.\n\n"
            "What went wrong the first time?\n\n"
            "I capsized on 3 June 2023 and a fishing boat pulled me out.\n\nAnd then?\n\n"
            "I broke my wrist in a cycling accident in September 2024.\n")
    titles = _titles(text)
    assert any(t.startswith("Mira Delacroix rows her first race") or t.startswith("Mira Delacroix rows my first race")
               for t in titles), titles
    assert any(t.startswith("Mira Delacroix capsizes") for t in titles), titles
    assert any(t.startswith("Mira Delacroix breaks her wrist") for t in titles), titles  # the text says she is a woman
