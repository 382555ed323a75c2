"""Issue 12, session eighteen (titles): whom "she" or "he" opening a title stands for, far into a life.

A profile names its person in full in its lede and by surname after it; a title read 2,000 characters
on knew only the surname, so the one person the window named in full (a minister who appointed her)
was taken for "she". And a name written after "the" ("chaired the Kelland Red Cross") is a body's,
never whom "she" stands for. Our own texts, none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events, title_context
from explorer.events.titles.make import make_title

_FILLER = " ".join(f"The committee met again in session {n} and heard reports from the regions." for n in range(1, 31))


def _life(lede: str, person: str, surname: str, sex: str) -> str:
    pronoun, owner = ("She", "her") if sex == "she" else ("He", "his")
    return (f"{person}\n\n{lede}\n\n{_FILLER}\n\n{surname} was known for {owner} clashes with the treasury. "
            f"In 2009 Prime Minister Ivo Saar appointed {'her' if sex == 'she' else 'him'} to the cabinet. "
            f"{surname} argued with the cabinet over the budget. {pronoun} resigned in October 2012.\n")


def _titles(text: str) -> dict[str, str]:
    doc = Document("life.txt", text, "", date(2024, 3, 1), "given")
    return {e.timex: e.title for e in build_events(doc, temporal.tag(text, doc.date))}


@pytest.mark.parametrize(
    "lede, person, surname, sex",
    [
        ("Ada Brenn (born 4 March 1950) is a Kelland politician who led the health ministry.", "Ada Brenn", "Brenn", "she"),
        ("Tomas Oder, a Kelland lawyer, led the justice ministry for a decade.", "Tomas Oder", "Oder", "he"),
        ("Lene Varsk was a Kelland politician and a paediatrician.", "Lene Varsk", "Varsk", "she"),
    ],
)
def test_the_person_a_lede_introduces_is_whom_a_late_pronoun_stands_for(lede: str, person: str, surname: str, sex: str) -> None:
    title = _titles(_life(lede, person, surname, sex))["October 2012"]
    assert title.startswith(person) and "Saar" not in title


def test_a_heading_is_no_lede() -> None:
    text = f"North Rising\n\nCourse of the war\n\n{_FILLER}\n\nThe army marched north in May 1950."
    assert title_context(text, len(text) - 10) == text[len(text) - 10 - 2000: len(text) - 10]


def test_a_short_text_reads_its_whole_opening_as_before() -> None:
    text = "Ada Brenn (born 1950) is a politician. She resigned in 2012."
    assert title_context(text, text.index("She")) == text[: text.index("She")]


@pytest.mark.parametrize("body", ["Kelland Red Cross", "Arden Lifeboat Guild", "Norvik Sea Scouts"])
def test_a_name_after_the_is_never_whom_she_stands_for(body: str) -> None:
    sentence = "She married a teacher in 1979."
    context = f"The town grew quickly after the war. Since 2014 Brenn has chaired the {body}. "
    assert not make_title(sentence, sentence.index("1979"), sentence.index("1979") + 4, context=context).startswith(body)


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("The Arden flood gate has been raised 30 times since it opened in 2004.", "2004", "The Arden flood gate opens"),
        ("Our food bank has fed 9,000 families since it opened in 2015.", "2015", "The food bank opens"),
        ("The Kelby lifeboat station was rebuilt twice after it was founded in 1881.", "1881", "The Kelby lifeboat station is founded"),
    ],
)
def test_it_in_a_later_clause_stands_for_the_description_opening_its_sentence(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date), context="The town grew. The storm came.") == title


def test_a_plural_description_is_not_what_it_stands_for() -> None:
    from explorer.events.titles.pronouns import thing_antecedent

    assert thing_antecedent("The ferries have run every day since it ", "The storm came.") != "The ferries"
    assert thing_antecedent("The ferry has run every day since it ", "The storm came.") == "The ferry"


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("The panel banned Ivo Marsh, the Kelby Athletic winger, on Tuesday after he pushed a linesman last month.",
         "last month", "Ivo Marsh pushes a linesman"),
        ("A long campaign under the command of Ada Quist ended in a siege before she breached the walls in 1410.",
         "1410", "Ada Quist breaches the walls"),
    ],
)
def test_the_one_person_the_pronouns_own_sentence_names_before_it(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    context = "Panel bans Kelby Athletic winger for six matches\n\n"
    assert make_title(sentence, start, start + len(date), context=context).startswith(title)


def test_two_people_before_the_pronoun_leave_it_alone() -> None:
    sentence = "The panel heard Ivo Marsh and Piet Arlow on Tuesday before he left the room in May 2026."
    start = sentence.index("May 2026")
    title = make_title(sentence, start, start + 8, context="Hearing notes\n\n")
    assert not title.startswith(("Ivo Marsh leaves", "Piet Arlow leaves"))
