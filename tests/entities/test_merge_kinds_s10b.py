"""Kinds and merges a user saw wrong in the Actors & Places panels after session ten's merge work
(round three, "names-fix"). Every text here is made up for the test."""

from __future__ import annotations

from tests.entities.test_merge_kinds_s10 import _entity_of, _names  # the panels' names, as round one read them


# --- an abbreviated title's spelling ending a sentence is a name's last word ------------------------

def test_a_name_ending_in_a_title_spelling_at_a_sentence_end_keeps_its_last_word() -> None:
    names = _names([
        ("a.txt", "Coalition\n\nIn 1993 the new government was led by Tam Sen. In 1994 the opposition walked "
                  "out of the talks.\n"),
        ("b.txt", "Senate\n\nIn 1995 the treaty was signed by Ada Rep. The vote came a year later.\n"),
    ])
    assert _entity_of(names, "Tam Sen") == ["Tam Sen"]
    assert _entity_of(names, "Ada Rep") == ["Ada Rep"]
    assert "Tam" not in names and "Ada" not in names


def test_a_title_spelling_before_a_name_still_opens_a_title() -> None:
    names = _names([
        ("a.txt", "Senate\n\nIn 2004 Massachusetts Sen. John Kerry said the bill would pass. Lt. Gen. Ada Moor "
                  "said so too.\n"),
    ])
    assert _entity_of(names, "John Kerry") == ["John Kerry"]
    assert _entity_of(names, "Ada Moor") == ["Ada Moor"]


# --- USA is the country, not the organisation whose initials it also spells ---------------------------

def test_usa_is_the_country_not_the_us_army() -> None:
    names = _names([
        ("a.txt", "War\n\nIn 1917 the USA declared war. In 1918 the U.S. Army landed in France, and the USA "
                  "sent more men.\n"),
    ])
    assert _entity_of(names, "USA") == ["United States"]
    assert names["United States"][0] == "place"
    assert names["U.S. Army"] == ("org", {"U.S. Army"})


# --- a given name before a quoted nickname is no lone name of another person ----------------------

def test_a_given_name_before_a_nickname_joins_no_namesake_by_first_name() -> None:
    names = _names([
        ("a.txt", "Revolt\n\nIn 1908 Pedro I. Alvar called for elections, and Alvar said he would run. "
                  "Tomas Ruiz Lara, better known as Pedro \"Chato\" Ruiz, came from the north. In 1910 Ruiz "
                  "joined the Alvar movement.\n"),
    ])
    assert _entity_of(names, "Pedro I. Alvar") == ["Pedro I. Alvar"]
    assert "Pedro" not in names["Pedro I. Alvar"][1]


# --- what only a person has shows a person -----------------------------------------------------

def test_a_rulers_government_and_a_death_show_a_person() -> None:
    names = _names([
        ("a.txt", "War\n\nIn 1916 the king dismissed the government of Andros Kelemidis before the troops "
                  "arrived.\n"),
        ("b.txt", "China\n\nJust months after Tan Wuliang's death in 1925, the army marched north.\n"),
        ("c.txt", "Court\n\nIn 1801 the wife of Ruo Pemberly left the court.\n"),
    ])
    assert names["Andros Kelemidis"][0] == "person"
    assert names["Tan Wuliang"][0] == "person"
    assert names["Ruo Pemberly"][0] == "person"


def test_a_body_named_after_its_founder_stays_a_body_without_such_words() -> None:
    names = _names([
        ("a.txt", "Firms\n\nIn 1998 the shares of Morvan Pellick fell, and the board of Morvan Pellick met.\n"),
    ])
    assert names["Morvan Pellick"][0] == "org"


# --- a person's name takes no article ----------------------------------------------------------

def test_a_name_written_after_the_is_no_person_through_a_shared_word_or_a_pronoun() -> None:
    names = _names([
        ("a.txt", "Empire\n\nIn 1945 Emperor Vo Tanh abdicated, and Vo Tanh said he would stay. In 1955 the "
                  "army attacked the Hoa Tanh religious sect near the capital.\n"),
        ("b.txt", "Gangs\n\nIn 1955 the army fought the Dong Xuyet organized crime group (whose leader fled "
                  "with his men).\n"),
    ])
    assert names["Vo Tanh"][0] == "person"
    assert names["Hoa Tanh"][0] == "org"
    assert names["Dong Xuyet"][0] == "org"


# --- listed with a person, a name is a person ---------------------------------------------------

def test_names_listed_with_a_person_are_people_one_list_after_another() -> None:
    names = _names([
        ("a.txt", "Warlords\n\nIn 1927 the rift between General Lo Tiensu and Mao Pinghai's faction widened, "
                  "and Lo Tiensu said it would last. In 1930 a war was launched by Kuo Wenhan, Ye Lanshu, and "
                  "Mao Pinghai. His guard (Mao Pinghai, Dvorskaya Gvardiya) stood by.\n"),
    ])
    assert names["Mao Pinghai"][0] == "person"
    assert names["Kuo Wenhan"][0] == "person"
    assert names["Ye Lanshu"][0] == "person"
    assert names["Dvorskaya Gvardiya"][0] == "org"  # "A, B" with no "and" is no list
