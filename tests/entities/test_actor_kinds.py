"""Kinds of wrong or missing actors found in session six (issue 12), with our own sentences: places
taken for organisations, a nationality adjective read as a name, a legislature's one-word name, a
month that is a given name, a name of common words defined as a band, and what counts as a subject
for "the company" or "they"."""

from __future__ import annotations

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.mentions import find_mentions
from explorer.entities.subject import subject_starts
from explorer.events.build import build_events


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in build_index([("a.txt", text)]).entities.values()}


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, text)])
    return {e.timex: e.actors for e in (index.label(e) for e in build_events(doc, temporal.tag(text, doc.date)))}


def test_a_one_word_name_after_in_is_a_place_but_not_after_shares_in() -> None:
    kinds = _kinds("The band played a concert in Vesterby. Later Vesterby gave it a prize. "
                   "Shares in Corvane rose. Corvane raised its prices.")
    assert kinds["Vesterby"] == "place"
    assert kinds["Corvane"] == "org"


def test_streets_countries_without_their_article_and_regions_are_places() -> None:
    kinds = _kinds("Crews cleared Mill Road and Harbour Street. The band toured Denmark and the Netherlands, "
                   "then sold records in Scandinavia.")
    assert kinds.get("Mill Road") == kinds.get("Harbour Street") == "place"
    assert kinds.get("The Netherlands") == "place" and kinds.get("Scandinavia") == "place"


def test_a_street_whose_last_word_is_also_a_surname_is_a_place_unless_a_given_name_opens_it() -> None:
    # (session 59, a probe obituary: "Born in 1941 in a terraced house on Mill Lane, she left school …"
    # made "Mill Lane" a person, and every later "She" stood for it)
    kinds = _kinds("Born in 1941 in a house on Mill Lane, she left school at fifteen. The family later moved to "
                   "Orchard Crescent. The actor Nathan Lane said on Monday that he would return to the stage.")
    assert kinds.get("Mill Lane") == kinds.get("Orchard Crescent") == "place"
    assert kinds.get("Nathan Lane") == "person"  # guard: a given name opens it


def test_she_after_a_street_stands_for_the_woman_named_before() -> None:
    actors = _actors("Margaret Ellison, who served three terms as mayor, has died. She was 84.\n\n"
                     "Born in 1941 in a terraced house on Mill Lane, she left school at fifteen and worked in a "
                     "glove factory. She chaired the housing committee from 1978 for a decade.")
    assert "Mill Lane" not in actors["1978"]


def test_a_rank_before_a_nationality_is_no_name() -> None:
    names = [m.text for m in find_mentions("Senior Danish and Norwegian officials met in Oslo.").mentions]
    assert "Senior Danish" not in names and "Danish" not in names


def test_a_legislature_named_alone_is_an_organisation_unless_the_text_writes_it_in_lower_case() -> None:
    assert _kinds("Parliament was dissolved in May.").get("Parliament") == "org"
    assert "Parliament" not in _kinds("Parliament was dissolved in May. The new parliament met in June.")


def test_a_month_after_a_title_is_a_given_name() -> None:
    names = [m.text for m in find_mentions("Judge April Ross sentenced him. Minister Jan Holm resigned in May.").mentions]
    assert "April Ross" in names and "Jan Holm" in names


def test_a_name_of_common_words_defined_as_a_band_is_an_organisation() -> None:
    text = ("The Paper Boats are a folk band from Dunmore. The Paper Boats played at the salt market. "
            "Children sailed paper boats on the pond.")
    assert _kinds(text).get("Paper Boats") == "org"


def test_a_subject_is_followed_by_its_verb_not_by_more_of_an_object_list() -> None:
    text = "Harlow Pumps on Monday recalled its pumps. The band toured Germany and the Netherlands that autumn."
    spans = [(0, 12), (text.index("Netherlands"), text.index("Netherlands") + 11)]
    assert subject_starts(text, spans) == {0}


def test_the_company_takes_the_body_named_as_a_subject_not_a_place_listed_later() -> None:
    text = ("The Paper Boats are a folk band from Dunmore. In 2001 the band toured Germany and the Netherlands. "
            "The band split up in 2009.")
    assert _actors(text)["2009"][:1] == ("Paper Boats",)


def test_a_title_opening_with_a_name_of_its_own_clause_takes_that_actor_first() -> None:
    text = "The chief executive of Corvane Foods, Ada Brook, resigned on 2 February 2022."
    assert _actors(text)["2 February 2022"][0] == "Ada Brook"


def test_a_team_written_with_the_or_named_as_a_club_is_no_person() -> None:
    kinds = _kinds("The match went to the Dunmore Falcons, who beat Harbourside Athletic 2-1. "
                   "Dunmore Falcons won again on Sunday.")
    assert kinds.get("Dunmore Falcons") == "org"
    assert kinds.get("Harbourside Athletic") == "org"


def test_a_name_of_two_words_written_after_in_is_a_place_unless_a_person_shows() -> None:
    kinds = _kinds("The concert was held in Victoria Gardens. Victoria Gardens reopened in May. "
                   "In 1642 Abel Tasman reached the island. The trawler left the harbour at Brendvik. "
                   "The Argentine border road was closed.")
    assert kinds.get("Victoria Gardens") == "place"
    assert kinds.get("Abel Tasman") not in (None, "place")  # "In 1642 Abel Tasman": the "in" is the year's
    assert kinds.get("Brendvik") == "place"
    assert "Argentine" not in kinds


def test_a_plural_description_stands_for_a_body_of_its_kind() -> None:
    from explorer.entities.index import Entity
    from explorer.entities.subject import resolve_subject

    firm, other = Entity("org:Harlow Pumps", "Harlow Pumps", "org"), Entity("org:Vane Tools", "Vane Tools", "org")
    before = [(0, firm), (40, other), (80, firm)]
    assert resolve_subject("The two companies discuss a merger", before, lambda at: True) is firm


def test_a_town_in_capitals_on_a_dateline_is_the_place_written_after_in() -> None:
    kinds = _kinds("Vesterby rejected the plan\n\nVESTERBY, April 6, 2018 -\nThe mayor opened the hall in Vesterby on Monday.")
    assert kinds.get("VESTERBY", "place") == "place" and kinds.get("Vesterby") == "place"


def test_a_name_the_title_takes_from_elsewhere_in_the_sentence_is_an_actor() -> None:
    text = "The Dunmore Folk Festival will return this summer, organisers announced on Friday."
    actors = _actors(text)
    assert "Dunmore Folk Festival" in actors["Friday"]


def test_a_capitalised_word_joined_to_a_short_common_one_is_no_name() -> None:
    kinds = _kinds("Early-bird prices are available until April. Kim Jong-un said so. Kim Yo-jong said so too.")
    assert not any(n.startswith("Early") for n in kinds)
    assert "Kim Jong-un" in kinds and "Kim Yo-jong" in kinds


def test_a_town_that_a_titled_person_carries_as_a_name_is_that_person_in_the_document() -> None:
    # "Tyler" is a gazetteer town; "Governor Tyler" shows a person of that name in this document, so
    # "a letter to Tyler" is the governor, not the town
    text = ("Governor Tyler arrived on Monday for the budget talks. Aides handed a letter to Tyler in the lobby. "
            "Later Tyler met the council.")
    index = build_index([("a.txt", text)])
    kinds = {e.name: e.kind for e in index.entities.values()}
    assert kinds.get("Tyler") == "person"
    assert not [e for e in index.entities.values() if e.kind == "place" and e.name == "Tyler"]


def test_a_titled_surname_elsewhere_in_the_corpus_keeps_a_bare_mention_from_the_gazetteer() -> None:
    docs = [("a.txt", "Governor Tyler signed the order on Monday."),
            ("b.txt", "Reporters said Tyler met the farmers on Friday.")]
    index = build_index(docs)
    assert all(e.kind == "person" for e in index.entities.values() if e.name == "Tyler")


def test_a_town_of_the_same_name_stays_a_place_without_a_person_of_that_name() -> None:
    assert _kinds("The storm reached Tyler on Monday. Schools in Tyler closed.").get("Tyler") == "place"


def test_the_name_before_a_noun_is_the_person_of_the_document_not_the_town() -> None:
    text = ("Governor Tyler spoke on Monday. New tariffs were announced by the Tyler administration in May. "
            "Officials in Tyler were surprised.")
    index = build_index([("a.txt", text)])
    at = text.index("Tyler administration")
    assert index.entity_at("a.txt", at).kind == "person"
    assert index.entity_at("a.txt", text.index("in Tyler") + 3).kind == "place"
