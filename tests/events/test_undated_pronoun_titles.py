"""Issue 12, session eighteen (titles, second pass): an undated act's title names whom its pronoun stands for.

An act told with no date ("He negotiated the loan") is titled from its own clause, so it kept "He"
while a dated sentence's title named the person; and a role written before a name with no commas
("Our volunteer Mara Quell examined …") makes that person the subject a later "he"/"she" stands for.
Our own texts, none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.titles.pronouns import person_for, role_name_subjects, subject_people


def _titles(text: str) -> list[str]:
    doc = Document("story.txt", text, "", date(2024, 3, 1), "given")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize(
    "setup, act, who",
    [
        ("Mina Sallo founded the bakery in 2009. Her husband, Edvin Sallo, joined it as its accountant in 2015.",
         "He negotiated the lease that paid for the second shop.", "Edvin Sallo"),
        ("The clerk Rasmus Tove was suspended by the council in May 2021 and was dismissed in July 2021.",
         "He denied every charge at his first hearing.", "Rasmus Tove"),
        ("Greta Olvik opened a pottery studio in the harbour in 1998.",
         "She trained eleven apprentices in the old net loft.", "Greta Olvik"),
    ],
)
def test_an_undated_act_names_its_pronoun(setup: str, act: str, who: str) -> None:
    text = f"Harbour notes\n\nThe town's shops had a hard winter in 2014. {setup} {act} The shop closed in 2023.\n"
    verb = act.split()[1]
    titles = [t for t in _titles(text) if verb[:5] in t.lower() or verb[:4] in t.lower()]
    assert titles and all(t.startswith(who) for t in titles), _titles(text)


def test_a_pronoun_no_rule_names_stays() -> None:
    text = "Harbour notes\n\nTwo sisters ran the shop until 2014. She trained the apprentices in the loft.\n"
    assert all(not t.startswith(("Two sisters", "Harbour")) or "train" not in t for t in _titles(text))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Our volunteer Mara Quell examined the heron on arrival. ", "Mara Quell"),
        ("The defence lawyer Ansel Brie asked for more time. ", "Ansel Brie"),
        ("His daughter Oda Fenn kept the ledgers for a decade. ", "Oda Fenn"),
    ],
)
def test_a_role_before_a_name_makes_the_name_the_subject(sentence: str, name: str) -> None:
    context = f"Cold Creek Animal Rescue, notes\n\nA walker found the bird by the weir. {sentence}"
    assert name in subject_people(context)
    assert person_for("she" if name.startswith(("Mara", "Oda")) else "he", context, "") == name


@pytest.mark.parametrize("sentence", ["The operator Tarn Buses cut the night routes. ",
                                      "Our member Kelby Rowing Club hosted the regatta. "])
def test_a_body_after_a_role_word_is_no_person(sentence: str) -> None:
    # no person noun before the name ("operator"), or a body's word ending it ("Club")
    assert role_name_subjects(sentence) == []
