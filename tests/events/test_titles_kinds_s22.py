"""Title kinds of session 22 (issue 12), our own sentences: a name with an owned description in
apposition is who acted ("Lena Brook, his widow, sold the farm"); an opening clause's subject is whom
the main clause's "he"/"she" stands for; a second predicate after "and"/"but" takes the headline's
present; a past ending a title after a present is an adjective; a kin named after its noun is whom a
later "she" stands for; an object relative's pronoun is the clause's subject ("…, which it bought");
a thing a person's act owns is what a later "it" stands for."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at as _title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Lena Brook, his widow, sold the farm in 1962.", "1962", "Lena Brook sells the farm"),
    ("Ivo Renn, their coach, resigned on Monday.", "Monday", "Ivo Renn resigns"),
    ("Omar al-Rashid, her brother, opened the clinic in 1988.", "1988", "Omar al-Rashid opens the clinic"),
    ("Mara Quell, her younger sister, took over the shop in May.", "May", "Mara Quell takes over the shop"),
])
def test_a_name_before_an_owned_description_is_the_subject(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def test_an_owned_aside_before_no_verb_is_left_to_the_other_rules() -> None:
    # "and two friends" follows the aside: a list, not a name and its description
    assert not _title("Tomas Orr, his brother, and two friends founded the band in 1977.", "1977").startswith("Tomas Orr found")


def _extracted(tmp_path, text: str) -> list:
    from explorer.ingest import extract_paths

    (tmp_path / "notes.txt").write_text(text)
    return extract_paths([str(tmp_path)], jobs=1).events


@pytest.mark.parametrize(("sentence", "title"), [
    # an undated act whose "he"/"she" follows an opening clause told of someone: that one
    # (an "After" clause's subject, "After Lena Orm defeated the guards, she opened …", was named before this
    # rule: only a "When" clause, whose subordinator was taken for the name's first word, needs it)
    ("When Orsik was persuaded to make peace, he sent his envoys to the coast.", "Orsik sends his envoys to the coast"),
    ("When Tarvin heard the bridge had fallen, he retreated into the hills.", "Tarvin retreats into the hills"),
])
def test_an_opening_clauses_subject_is_whom_the_main_clauses_pronoun_stands_for(tmp_path, sentence: str, title: str) -> None:
    text = f"The war of the ports\n\nThe northern army crossed the river in 1820. {sentence}\n"
    assert title in [e.title for e in _extracted(tmp_path, text)]



@pytest.mark.parametrize(("title", "sentence", "expected"), [
    ("The mill floods and was soon closed", "The mill flooded in May and was soon closed.", "The mill floods and is soon closed"),
    ("The pier falls but within a year was rebuilt", "The pier fell in 1901 but within a year was rebuilt.",
     "The pier falls but within a year is rebuilt"),
    ("The bank fails and its branches were sold", "The bank failed in 1931 and its branches were sold.",
     "The bank fails and its branches are sold"),
    ("The rebels attack the port and were driven back", "The rebels attacked the port in June and were driven back.",
     "The rebels attack the port and are driven back"),
    ("The Rovers lose in March and then won every game", "The Rovers lost in March and then won every game.",
     "The Rovers lose in March and then win every game"),
    ("Ana Vell retires but kept writing", "Ana Vell retired in 2001 but kept writing.", "Ana Vell retires but keeps writing"),
])
def test_a_second_predicate_takes_the_headline_present(title: str, sentence: str, expected: str) -> None:
    from explorer.events.titles.second_predicates import second_predicate_in_present

    assert second_predicate_in_present(title, sentence) == expected


@pytest.mark.parametrize(("title", "sentence"), [
    # the sentence is in the present: the past after "and" is its own time
    ("The trust runs two museums and received 9,000 visitors", "The trust runs two museums and received 9,000 visitors last year."),
    # a participle governed by the passive's auxiliary
    ("A study is ordered but never published", "A study was ordered in 2019 but never published."),
    # the "and" joins the parts of a told clause
    ("The mayor says that rents rose and wages fell", "The mayor said in May that rents rose and wages fell."),
    # names joined by "and", no second predicate
    ("Ivo Renn signs a deal with Holt and Sons", "Ivo Renn signed a deal with Holt and Sons in 1990."),
])
def test_a_past_that_is_no_second_headline_predicate_stays(title: str, sentence: str) -> None:
    from explorer.events.titles.second_predicates import second_predicate_in_present

    assert second_predicate_in_present(title, sentence) == title


def test_a_noun_after_its_article_is_no_turned_verb() -> None:
    from explorer.events.titles.second_predicates import second_predicate_in_present

    title = "A 3-1 win over the Rovers, and went top"
    assert second_predicate_in_present(title, "They won twice, with a 3-1 win over the Rovers, and went top.") == title


def test_they_takes_the_plural() -> None:
    from explorer.events.titles.second_predicates import second_predicate_in_present

    assert second_predicate_in_present("They besiege the fort and captured it", "They besieged the fort in May and captured it.") \
        == "They besiege the fort and capture it"


@pytest.mark.parametrize(("text", "title"), [
    # a kin noun with the name after it, no commas, opening the sentence: the name is whom "she" stands for
    ("Stop 4: The mill\n\nThis mill was built by Tomas Arne, a farmer. He ground corn for the valley for forty years.\n\n"
     "Arne's daughter Ilse kept the mill's books. After his death she ran the mill alone. She sold the mill in 1921.",
     "Ilse sells the mill"),
])
def test_a_kin_named_after_its_noun_is_whom_the_pronoun_stands_for(tmp_path, text: str, title: str) -> None:
    assert title in [e.title for e in _extracted(tmp_path, text + "\n")]


def test_a_kin_named_inside_a_pair_is_no_sentence_subject() -> None:
    from explorer.events.titles.pronouns import subject_people

    assert "Jan" not in subject_people("In April 1903 Piet and his younger brother Jan sailed to New York. ")


@pytest.mark.parametrize(("title", "expected"), [
    # a past after a present we can tell is an adjective or a clause's own, not the title's verb
    ("The trust plans to move the herd to two flooded", "The trust plans to move the herd to two flooded"),
    ("The council also sets aside money to mend roads damaged", "The council also sets aside money to mend roads damaged"),
    # a plural noun in "-s" is no present: the past after a long subject is still the verb
    ("The first talks between the two harbour boards failed", "The first talks between the two harbour boards fail"),
])
def test_a_past_after_a_present_keeps_its_form(title: str, expected: str) -> None:
    from explorer.events.titles.finish import in_headline_tense

    assert in_headline_tense(title) == expected


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # an object relative's pronoun subject stands for the subject of the clause it hangs on
    ("The club will sell the ground, which it bought in 1952.", "1952", "The club buys the ground"),
    ("Fees will rise, and the trust will let its old barn on Mill Lane, which it bought in 1990.", "1990",
     "The trust buys its old barn on Mill Lane"),
    ("The rebels abandoned the fort, which they had captured in May.", "May", "The rebels capture the fort"),
    ("Orrin Foods sold the bakery, which it opened in 1961.", "1961", "Orrin Foods opens the bakery"),
])
def test_an_object_relatives_pronoun_is_the_clauses_subject(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression"), [
    ("The firm closed the two shops, which they opened in 1990.", "1990"),  # "they" is no singular firm
    ("Tom Reed sold the bakery, which it opened in 1961.", "1961"),  # "it" is no person
])
def test_a_relatives_pronoun_that_does_not_agree_stays(sentence: str, expression: str) -> None:
    assert _title(sentence, expression).split()[0] in ("It", "They")


@pytest.mark.parametrize(("clause_before", "thing"), [
    # a thing a person's act owns is what a later "it" stands for
    ("In 1931 Ravel published her atlas of the northern coast, which she had begun in 1920", "Ravel's atlas"),
    ("The painter Ivo Brask bought the lease on Ana Holt's studio in 1990", "Ana Holt's studio"),
])
def test_an_owned_thing_is_what_it_stands_for(clause_before: str, thing: str) -> None:
    from explorer.events.titles.introduced import introduced_thing

    assert introduced_thing(clause_before) == thing


@pytest.mark.parametrize("clause_before", [
    "The museum bought Ana Holt's painting in 1990",  # "it" may be the museum itself
    "In 1931 Ravel raised her children in the town",  # a plural is no "it"
    "She published her atlas of the northern coast",  # whose, the rules for "her" tell
])
def test_no_owned_thing_when_it_may_be_another(clause_before: str) -> None:
    from explorer.events.titles.introduced import introduced_thing

    assert introduced_thing(clause_before) is None


def test_it_after_a_time_clause_opener_is_the_owned_thing(tmp_path) -> None:
    text = ("Film notes\n\nThe producer Ivo Brask bought the rights to Ana Holt's memoir in 2019, two years after "
            "it won the Harbour Prize.\n")
    assert "Ana Holt's memoir wins the Harbour Prize" in [e.title for e in _extracted(tmp_path, text)]


def test_a_relative_pronouns_person_has_their_sex_read_once(monkeypatch) -> None:
    """ "Vera Lind, a widow, sold the barn, which she had bought in 1990": the subject's sex is read once
    and must be told and agree (it was read twice, once to agree and once to be told)."""
    from explorer.events import gender
    from explorer.events.titles.relative_pronouns import relative_pronoun_named

    asked: list[str] = []
    real = gender.sex_in_text
    monkeypatch.setattr(gender, "sex_in_text", lambda name, text: asked.append(name) or real(name, text))
    sentence = "Vera Lind, a widow, sold the barn, which she had bought in 1990."
    before = "Vera Lind sold the barn"
    assert relative_pronoun_named("she", before, sentence) == "Vera Lind"
    assert relative_pronoun_named("he", before, sentence) is None
    assert relative_pronoun_named("which", before, sentence) is None
    assert asked == ["Vera Lind", "Vera Lind"]  # once for each pronoun of a sex, none for "which"
