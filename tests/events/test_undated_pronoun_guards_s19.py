"""The guards of naming an undated act's opening pronoun (session eighteen's rule,
``titles.opening_pronoun.name_undated_pronouns``): a name the rules find is given only when the
person was named in the two sentences before and the sentence itself opens with the pronoun, never
a clause's opening word taken for a name; a dated event's title is left to the dated rules. Our own
texts, events built by hand so that each guard is tried alone."""

from __future__ import annotations

from explorer.events.record import Event
from explorer.events.titles.opening_pronoun import name_undated_pronouns


def _undated(text: str, sentence: str, title: str) -> Event:
    start = text.index(sentence)
    verb = start + len(sentence.split()[0]) + 1
    return Event(id=f"a#u{verb}", doc="a.txt", title=title, sentence=sentence, sentence_start=start,
                 sentence_end=start + len(sentence), timex="", timex_start=verb, timex_end=verb, value="",
                 type="DATE", begin=None, end=None, certainty="undated")


def _named(text: str, sentence: str, title: str) -> str:
    return name_undated_pronouns([_undated(text, sentence, title)], text)[0].title


def test_a_person_named_in_the_sentence_before_is_named() -> None:
    text = "Harbour notes. Greta Olvik opened a pottery in the harbour. She trained eleven apprentices in the loft."
    assert _named(text, "She trained eleven apprentices in the loft.", "She trains eleven apprentices") \
        == "Greta Olvik trains eleven apprentices"


def test_a_person_named_only_further_back_is_not() -> None:
    # two sentences of no one between the name and the act: the chain is broken
    text = ("Harbour notes. Greta Olvik opened a pottery in the harbour. The harbour silted up. Boats moved "
            "to the new quay. Trade fell away. She trained eleven apprentices in the loft.")
    assert _named(text, "She trained eleven apprentices in the loft.", "She trains eleven apprentices") \
        == "She trains eleven apprentices"


def test_a_pronoun_inside_its_sentence_is_left_to_the_entities_rule() -> None:
    text = "Harbour notes. Greta Olvik opened a pottery in the harbour. In the loft she trained eleven apprentices."
    assert _named(text, "In the loft she trained eleven apprentices.", "She trains eleven apprentices") \
        == "She trains eleven apprentices"


def test_a_clause_word_is_never_taken_for_a_name() -> None:
    # "If Huerta …", "There …": whatever the rules read before the pronoun, a clause's word is no one
    text = "Harbour notes. If Huerta returned, the crew would sail. He repaired the nets on the quay."
    title = _named(text, "He repaired the nets on the quay.", "He repairs the nets")
    assert not title.lower().startswith(("if ", "there ", "when ")), title


def test_a_dated_events_title_is_not_touched() -> None:
    text = "Harbour notes. Greta Olvik opened a pottery in the harbour. She trained eleven apprentices in 1999."
    sentence = "She trained eleven apprentices in 1999."
    event = _undated(text, sentence, "She trains eleven apprentices")
    from dataclasses import replace
    dated = replace(event, timex="1999", value="1999")
    assert name_undated_pronouns([dated], text)[0].title == "She trains eleven apprentices"
