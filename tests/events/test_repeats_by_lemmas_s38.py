"""One happening told twice is one event whatever tense or words its titles are in (issue #12, s38);
two happenings with alike titles stay two. Own sentences, several registers."""

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.record import Event
from explorer.events.repeats import lemma, merge_repeats
from explorer.ingest import extract_document


def _event(title: str, start: int, day: date | None = None) -> Event:
    return Event(f"a#{start}", "a.txt", title, title, start, start + 10, "", start, start, "", "DATE",
                 day, day, "exact" if day else "undated")


MONDAY = date(2024, 3, 4)


@pytest.mark.parametrize("first, second", [
    ("The Ionians march on, captured,", "The Ionians march on, capture, and burn Sardis"),
    ("The Ionians march on, capture, and burn Sardis", "The Ionians marched on, captured, and burnt Sardis"),
    ("Anna Berg dies", "Anna Berg has died"),
    ("Parliament votes on the bill", "Parliament votes on the budget bill"),
    ("The senate votes on the bill", "The senate voted on the bill"),
    ("The Drinking Water Inspectorate opens its own inquiry", "Inspectorate opens inquiry"),
    ("Rebels seize the airport", "Rebels seized the airport"),
    ("The crusaders besiege, storm and sack the city", "The crusaders besieged, stormed and sacked the city"),
])
def test_tellings_alike_in_their_lemmas_are_one_happening(first, second) -> None:
    merged = merge_repeats([_event(first, 0, MONDAY), _event(second, 100)])
    assert len(merged) == 1 and merged[0].mentions


@pytest.mark.parametrize("first, second", [
    ("The prime minister visits the flooded valley", "The king visits the flooded valley"),
    ("The senate votes on the housing bill", "The senate votes on the budget bill"),
    ("Ilves is elected to the city council", "Ilves is later elected"),
    ("Rovers win the cup", "Rovers win the cup again"),
    ("The battle becomes the last major battle", "The battle lasts"),
    ("Ada Brun resigns as minister over the budget", "Ada Brun has resigned"),
    ("Police arrest a man", "Police arrest a woman"),
    ("Rohani says", "Rohani said"),
    ("The mayor says the budget is fair", "The mayor says the budget is short"),
])
def test_alike_titles_of_two_happenings_stay_two(first, second) -> None:
    assert len(merge_repeats([_event(first, 0, MONDAY), _event(second, 100, MONDAY)])) == 2


def test_two_acts_of_one_sentence_stay_two_even_when_one_title_holds_the_other() -> None:
    a = _event("Halloran visits the valley and buys", 0, MONDAY)
    b = _event("Halloran visits the valley", 2)
    assert len(merge_repeats([a, b])) == 2


def test_the_fuller_of_two_dated_tellings_is_kept() -> None:
    merged = merge_repeats([_event("Tessa Morvane is born", 0, MONDAY), _event("Morvane is born in the port of Keldvik", 100, MONDAY)])
    assert [e.title for e in merged] == ["Morvane is born in the port of Keldvik"]


def test_lemmas_agree_across_tense_and_number() -> None:
    assert lemma("captured") == lemma("capture") == lemma("captures")
    assert lemma("burnt") == lemma("burns") == lemma("burn")
    assert lemma("raids") == lemma("raid") == lemma("raided")


def _titles(text: str) -> list[str]:
    doc = Document("a.txt", text, "t")
    return [e.title for e in extract_document(doc, dct=date(2024, 3, 8)).events]


@pytest.mark.parametrize("text, kept", [
    ("The party lost its founder with the demise of Anna Berg on Tuesday. Berg died at her home in the hills "
     "after a long illness, aides said.", "Anna Berg dies"),
    ("Police raided three warehouses in the port on Wednesday. The raids netted two tonnes of cocaine, officials said.",
     "Police raid three warehouses in the port"),
    ("The ministry raided the offices of the Vesta newspaper on Monday. Editors said the raid had been planned for weeks.",
     "The ministry raids the offices of the Vesta newspaper"),
])
def test_a_happening_and_its_noun_told_later_give_one_event(text, kept) -> None:
    assert _titles(text) == [kept]


@pytest.mark.parametrize("text", [
    "The prime minister visited the flooded valley on Thursday. The king visited the flooded valley on Thursday too.",
    "The senate voted on the housing bill on Tuesday. The senate voted on the budget bill on Tuesday as well.",
    "The storm hit the coast on Saturday. The storm flooded the old town.",
])
def test_two_happenings_alike_stay_two_in_a_text(text) -> None:
    assert len(_titles(text)) == 2


@pytest.mark.parametrize("text, title", [
    ("In 498 BC, supported by troops from Athens, the Ionians marched on, captured, and burnt Sardis.",
     "The Ionians march on, capture, and burn Sardis"),
    ("In 1204 the crusaders besieged, stormed and sacked the city.", "The crusaders besiege, storm and sack the city"),
    ("In March 2021 she wrote, directed and produced a short film.", "She writes, directs and produces a short film"),
    ("The company bought, refurbished and reopened the hotel in 2019.", "The company buys, refurbishes and reopens the hotel"),
    ("On Monday the council discussed, amended and approved the budget, officials said.",
     "The council discusses, amends and approves the budget"),
    ("On 12 June 1815 the garrison was surrounded, starved, and forced to surrender.",
     "The garrison is surrounded, starved, and forced to surrender"),
])
def test_a_series_of_bare_verbs_is_one_act_titled_in_the_present(text, title) -> None:
    assert _titles(text) == [title]


@pytest.mark.parametrize("text, titles", [
    ("On 4 May 1871 the rebels seized the arsenal, armed the crowd and marched on the palace.",
     ["The rebels seize the arsenal", "The rebels arm the crowd", "The rebels march on the palace"]),
    ("In 1066 William landed at Pevensey, marched inland and defeated Harold at Hastings.",
     ["William lands at Pevensey", "William marches inland", "William defeats Harold at Hastings"]),
])
def test_a_series_whose_verbs_have_objects_of_their_own_stays_a_list_of_acts(text, titles) -> None:
    assert _titles(text) == titles


@pytest.mark.parametrize("title, sentence, turned", [
    ("He retires, moved to Spain", "In 1990 he retired, moved to Spain and died there in 2001.", "He retires, moves to Spain"),
    ("Ilse Radan flies to the front, met her commanders", "Ilse Radan flew to the front on Tuesday, met her commanders",
     "Ilse Radan flies to the front, meets her commanders"),
    ("The army crosses the river, took the bridge", "In 1990 the army crossed the river, took the bridge",
     "The army crosses the river, takes the bridge"),
    # must not change: a participle describing, a title in the sentence's own present
    ("The mayor dies, aged 84", "The mayor died on Monday, aged 84", "The mayor dies, aged 84"),
    ("The trust runs four museums, received 310,000 visitors", "The trust runs four museums, received 310,000 visitors "
     "last year", "The trust runs four museums, received 310,000 visitors"),
])
def test_a_listed_past_after_the_titles_present_is_put_in_the_present(title, sentence, turned) -> None:
    from explorer.events.titles.second_predicates import second_predicate_in_present

    assert second_predicate_in_present(title, sentence) == turned


@pytest.mark.parametrize("noun, single", [
    ("raids", "raid"), ("seizures", "seizure"), ("resignation", "resignation"),
    # a noun in "-s" that is singular keeps its ending: not "censu", "serie" or "proces"
    ("census", "census"), ("series", "series"), ("process", "process"),
])
def test_a_happening_noun_is_read_in_its_singular(noun: str, single: str) -> None:
    from explorer.events.repeats import _singular, _verb_stems, lemma

    assert _singular(noun) == single
    assert lemma(single) in _verb_stems(single)
