"""A participle's phrase opening the sentence, with an aside after it, is no subject a later verb shares:
"Born in Leith on 2 February 1821, the son of a ropemaker, he went to sea and joined the Royal Navy in
1838" was titled "Born in Leith joins the Royal Navy" (the aside's commas hid the pronoun); the subject is
"he", named as any title's pronoun is (session 53, h53t; subject_phrases.PARTICIPLE_PHRASE_BEFORE_A_PRONOUN,
read by clauses.subject_before and titles.shared_subjects). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ada Kerr was a Welsh chemist. Born in Brecon on 4 May 1890, the daughter of a miner, she left school "
         "at twelve and entered the university at Cardiff in 1909.", "Ada Kerr enters the university at Cardiff"),
        ("Piet Valk was a Dutch printer. Born at Leiden on 3 June 1850, the youngest of six sons, he worked "
         "for a bookseller and opened his own press in 1871.", "Piet Valk opens his own press"),
        ("Nora Lind was a Swedish pilot. Born near Umea on 1 March 1905, an only child, she learned to "
         "fly at sixteen and crossed the Baltic alone in 1931.", "Nora Lind crosses the Baltic alone"),
    ],
)
def test_the_shared_subject_is_the_pronoun_after_the_participle_phrase(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


def test_a_plain_subject_after_its_participle_phrase_is_kept() -> None:
    # (guard) the phrase with no aside, and a name as the subject, read as before
    titles = titles_of("Raised in Leeds, Tom Barr went to sea at fourteen and joined the navy in 1938.")
    assert any(t.startswith("Tom Barr joins the navy") for t in titles), titles


@pytest.mark.parametrize(
    "text, timex, title, actor",
    [
        # session 60 (h60i): a long place phrase in the opening participle's phrase, with an "-ed" adjective
        # ("terraced", "crowded", "retired"), broke the sentence before ", she left" as if the phrase had a
        # verb of its own, so the title was "Born in a terraced house …" and its actor "Born in a"
        ("Ann Cole grew up by the sea. Born in 1941 in a terraced house on Mill Lane, she left school at "
         "fourteen.", "1941", "Ann Cole is born", "Ann Cole"),
        ("Born in 1952 in a crowded flat above a bakery, he joined the navy at sixteen.", "1952", "He is born", "he"),
        # guard: a noun phrase as the subject, read so before
        ("Founded in 1990 by two retired engineers, the firm opened its first shop in 1994.", "1990",
         "The firm is founded", None),
        # guard: a short place phrase, read so before
        ("Born in 1941 in Leeds, she left school at fourteen.", "1941", "She is born", "she"),
    ],
)
def test_a_long_place_phrase_in_the_opening_participle_is_no_clause(text: str, timex: str, title: str,
                                                                      actor: str | None) -> None:
    from tests.events.extracted_events import event_by_timex, events_with_actors

    event = event_by_timex(events_with_actors(text), timex)
    assert event.title == title
    assert not any(a.lower().startswith("born") for a in event.actors), event.actors
    if actor:
        assert actor in event.actors, event.actors
