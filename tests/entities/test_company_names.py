"""A company's short forms are the company: its legal form dropped ("Dorran Mills Ltd" is "Dorran
Mills"), its first word alone once introduced ("Dorran"), even when its web address writes that word in
lower case; a first word that opens two companies stays apart."""

from __future__ import annotations

from explorer.entities import build_index


def _actors(index) -> dict[str, str]:
    """Every spelling of every organisation -> its canonical name."""
    return {spelling: e.name for e in index.actors() if e.kind == "org" for spelling in e.variants}


def test_the_legal_form_and_the_first_word_name_the_same_company() -> None:
    text = ("On Monday, Dorran Mills Ltd said it would open a spinning mill in Tarby. Dorran Mills has grown "
            "quickly since 2010.\n\nDorran bought the site in 2021. Details are at www.dorran.example or from "
            "press@dorran.example.")
    names = _actors(build_index([("a.txt", text)]))
    assert names["Dorran"] == names["Dorran Mills"] == names["Dorran Mills Ltd"]


def test_a_first_word_that_opens_two_companies_stays_apart() -> None:
    text = ("Kelso Foods Ltd and Kelso Motors Ltd both reported losses on Monday. Kelso Foods cut 40 jobs. "
            "Kelso Motors closed a plant.\n\nKelso said little more.")
    names = _actors(build_index([("a.txt", text)]))
    assert names.get("Kelso Foods") != names.get("Kelso Motors")
    assert names.get("Kelso") not in (names.get("Kelso Foods"), names.get("Kelso Motors"))


def test_a_word_of_a_web_address_is_no_common_word() -> None:
    from explorer.entities.kinds import CorpusVocabulary
    from explorer.entities.mentions import find_mentions

    found = find_mentions("Write to info@brackley.example or see www.brackley.example for the forms.")
    assert not CorpusVocabulary.of([found]).is_common("Brackley")
    assert CorpusVocabulary.of([find_mentions("He walked to the brackley field.")]).is_common("Brackley")


def test_a_wire_dateline_gives_places_and_no_agency_actor() -> None:
    text = ("KORVALA, Finland (AP)_ The mayor of Korvala, Anni Leino, said Monday the town would buy the old "
            "harbour from the state.\n\nThe Leino family has run the harbour cafe for decades.")
    index = build_index([("a.txt", text)])
    kinds = {e.name: e.kind for e in index.entities.values()}
    assert "AP" not in kinds
    city = index.entity_at("a.txt", 0)
    assert city is not None and city.kind == "place"


def test_a_state_abbreviation_after_a_town_is_a_place() -> None:
    text = ("The Dunmore, Ark., lender said it lost $2 million in the quarter. Dunmore Savings Bank said "
            "deposits fell. On Monday, Dunmore Savings Bank said it would cut 40 jobs.")
    index = build_index([("a.txt", text)])
    assert all(e.kind == "place" for e in index.entities.values() if e.name.startswith("Ark"))


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    text = ("Tom Reed, the Harlow Pumps chairman, said the plant would close. ``Obviously, we are sad,'' "
            "Reed said. Unfortunately, the talks failed.")
    names = {e.name for e in build_index([("a.txt", text)]).entities.values()}
    assert not names & {"Obviously", "Unfortunately"}
