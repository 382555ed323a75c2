"""Issue 12, session twenty (titles): a pronoun opening a title named from a sentence before that
tells its subject by a description, a companion, or a body's "its"; and a firm's "&" inside a subject.

Reports of inquiries and works often never name whom they follow ("The former clerk was questioned
…. She repaid …"); a biography's "she sailed … with the surveyor X. They reached …" means the two; a
firm whose verb takes "its" ("told its lenders") is what a later "it" stands for; a name the text
writes after "the" ("the Ombudsman's staff") is a body, never "she". Our own texts, none from the gold
set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.tense import headline_tense
from explorer.events.titles.described_subject import companions, described_subject
from explorer.events.titles.pronouns import written_after_the


def _titles(text: str) -> dict[str, str]:
    doc = Document("report.txt", text, "", date(2024, 3, 1), "given")
    return {e.timex: e.title for e in build_events(doc, temporal.tag(text, doc.date))}


@pytest.mark.parametrize("role, pronoun", [("former clerk", "She"), ("club's treasurer", "He"), ("defendant", "She")])
def test_a_pronoun_after_a_role_subject_is_that_role(role: str, pronoun: str) -> None:
    text = (f"Harbour Ombudsman for the Isles\n\nThe Ombudsman opened an inquiry into the Tarby Rowing Fund in May 2022. "
            f"The {role} was questioned by the Ombudsman's staff in June 2022. {pronoun} repaid £4,000 in August 2022.\n")
    title = _titles(text)["August 2022"]
    assert title.lower().startswith(f"the {role} repays")


def test_a_role_of_the_other_sex_is_not_the_pronoun() -> None:
    assert described_subject("he", "The widow was questioned in June.") is None
    assert described_subject("she", "The widow was questioned in June.") == "The widow"


def test_a_named_person_before_wins_over_the_role() -> None:
    # the sentence before names a person: the role is no longer whom a reader follows
    assert described_subject("she", "The former clerk, Ann Pell, was questioned in June.") is None


def test_a_bare_plural_of_people_is_they() -> None:
    text = ("The chapel roof\n\nPublished 3 March 2024\n\nThe parish launched an appeal in 2019. "
            "Joiners from the firm of Hale & Sons started work in April 2021. They replaced the rafters in June 2021.\n")
    assert _titles(text)["June 2021"].startswith("Joiners replace the rafters")


def test_they_after_a_person_acting_with_another_is_the_two() -> None:
    text = ("Ada Venn\n\nAda Venn (1880–1960) was a geologist.\n\nVenn was born in Tarby on 2 May 1880. In 1905 she "
            "sailed for the northern fjords with the surveyor Karl Aske. They reached Holm in June 1905.\n")
    assert _titles(text)["June 1905"].startswith("Ada Venn and Karl Aske reach Holm")


def test_a_body_after_with_is_no_companion() -> None:
    context = "Mara Lund was born in 1901. In 1925 Mara Lund sailed north with the Kelby Rowing Club."
    assert companions(context, lambda pronoun, earlier: None) is None


def test_it_stands_for_the_name_whose_verb_took_its() -> None:
    text = ("How a bakery chain hid its debts\n\nPublished 3 March 2024\n\nFor five years, Harrow Loaves told its "
            "lenders that the business was sound. Its reports showed rising sales, and in 2022 it paid the largest "
            "dividend in its history.\n")
    assert _titles(text)["2022"].startswith("Harrow Loaves pays the largest dividend")


@pytest.mark.parametrize("text, word, expected", [
    ("The Ombudsman opened an inquiry.", "Ombudsman", True),
    ("We wrote to the Ombudsman's office.", "Ombudsman", True),
    ("The Kennedy family sold the house.", "Kennedy", False),
    ("Ann Pell said the fund was sound.", "Pell", False),
])
def test_a_name_written_after_the(text: str, word: str, expected: bool) -> None:
    assert written_after_the(word, text) is expected


@pytest.mark.parametrize("title, expected", [
    ("Dray & Co started work", "Dray & Co starts work"),
    ("Orrin & Sallow replaced the roof", "Orrin & Sallow replaces the roof"),
])
def test_an_ampersand_joins_a_firms_name(title: str, expected: str) -> None:
    assert headline_tense(title) == expected


def _all_titles(text: str) -> list[str]:
    doc = Document("history.txt", text, "", date(2024, 3, 1), "given")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize("sentence, name", [
    ("The surveyor, Edith Crane of Lowther, mapped the whole estate.", "Edith Crane of Lowther maps"),
    ("A young clerk, Tomas Rill, copied the ledgers.", "Tomas Rill copies"),
    ("The old abbot's nephew, Brother Anselm, rebuilt the chapel.", "Brother Anselm rebuilds"),
])
def test_an_undated_act_names_the_name_in_apposition(sentence: str, name: str) -> None:
    text = f"Kelby Grange\n\nKelby Grange was built in 1702. {sentence} The house was sold in 1760.\n"
    assert any(t.startswith(name) for t in _all_titles(text)), _all_titles(text)


def test_an_aside_that_is_no_name_leaves_the_subject() -> None:
    from explorer.events.plain_past import name_told_with

    assert name_told_with("The surveyor", ", a careful man, ") is None
    assert name_told_with("Edith Crane", ", the Lowther Surveyor, ") is None  # a name already
    assert name_told_with("The first of two ferries", ", the Morwen Star, ") == "The Morwen Star"


def test_one_reader_names_someone_told_by_whose_they_are() -> None:
    """The same reader names an owned person: by the name after the noun or between commas."""
    from explorer.events.plain_past import name_told_with

    assert name_told_with("His nephew Count Aldric", " ") == "Count Aldric"
    assert name_told_with("Her deputy", ", Marta Olsen, ") == "Marta Olsen"
    assert name_told_with("Their lawyers", " ") is None  # nobody named: the caller keeps the words
    assert name_told_with("Her deputy", ", a cautious woman, ") is None


@pytest.mark.parametrize("sentence, expected", [
    ("A report on the collapse of the old footbridge across the river at Tarby Mill was published on Monday.",
     "A report on the collapse is published"),
    ("A Danish comedy about two brothers who run a ferry won the Silver Gull at the Kelby festival on Saturday.",
     "A Danish comedy wins the Silver Gull"),
])
def test_a_subject_too_long_for_its_verb_keeps_its_head(sentence: str, expected: str) -> None:
    text = f"Kelby news\n\nPublished 3 March 2024\n\n{sentence}\n"
    assert any(t.startswith(expected) for t in _all_titles(text)), _all_titles(text)


def test_a_verb_inside_the_cut_leaves_the_subject() -> None:
    from explorer.events.titles.finish import verb_at
    from explorer.events.titles.length import subject_before_late_verb

    words = "The talks on the treaty broke down on Wednesday".split()
    assert subject_before_late_verb(words, verb_at) == words
    # "talks between X and Y": who took part stays, whatever the length
    words = "The second round of talks between the Kelby Rowing Club and the Tarby Sailing Club failed".split()
    assert subject_before_late_verb(words, verb_at) == words


@pytest.mark.parametrize("sentence, expected", [
    ("Although the rebels won one skirmish at the ford, the royal army won a battle in May 1402 and scattered the rebel forces.",
     "The royal army scatters the rebel forces"),
    ("Because the harbour had silted up, the company moved its yard in 1880 and sold the old quay.",
     "The company sells the old quay"),
    ("Although the Tarnians won one skirmish at the ford, the royal army won a battle in May 1402 and scattered the rebels.",
     "The royal army scatters the rebels"),
])
def test_a_verb_after_and_shares_the_main_clauses_subject_not_the_opening_clauses(sentence: str, expected: str) -> None:
    assert expected in _all_titles(f"Kelby history\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, verb, expected", [
    ("A resident of Mill Lane spotted the dog in a hedge on Sunday and rang the shelter.", "and rang", "A resident of Mill Lane"),
    ("A primary school on Tarn Street closed on Monday as a precaution and reopened on Friday.", "and reopened",
     "A primary school on Tarn Street"),
    ("In May the Kelby Rowing Club bought a boat and sold the old one.", "and sold", "Kelby Rowing Club"),
])
def test_a_name_inside_the_subjects_phrase_is_not_the_subject(sentence: str, verb: str, expected: str) -> None:
    from explorer.events.clauses import subject_before

    assert subject_before(sentence, sentence.index(verb) + 4) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The dispute began when farmers in Tarby complained to the council about the noise in the spring of 2019.",
     "Farmers in Tarby complain to the council"),
    ("For the ministry, 2025 was the busiest year since the country joined the Arctic Council in 2011.",
     "The country joins the Arctic Council"),
    ("The firm had nearly closed when its bank withdrew a loan in the summer of 2023.", "Its bank withdraws a loan"),
])
def test_a_date_in_a_since_or_when_clause_after_a_frame_titles_that_clause(sentence: str, expected: str) -> None:
    assert any(t.startswith(expected) for t in _all_titles(f"Kelby news\n\nPublished 3 March 2024\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence", [
    "Ann Berg was arrested when police raided her flat on Tuesday.",  # the main clause is a happening
    "The mill closed in 1990, when the last owner sold the looms.",  # the date is the main clause's
])
def test_a_main_clause_that_tells_a_happening_keeps_the_date(sentence: str) -> None:
    from explorer.events.titles.dated_subordinate import subordinate_start

    at = sentence.index("Tuesday") if "Tuesday" in sentence else sentence.index("1990")
    assert subordinate_start(sentence, at, at + 4) is None


@pytest.mark.parametrize("opener", ["Further to the west,", "Farther north,", "Elsewhere in the valley,",
                                    "Further to the west, in the Tarn and Osk Campaign,"])
def test_a_place_told_against_the_last_one_is_no_title(opener: str) -> None:
    # (a passive with a "when" clause: the title was cut at the opener's comma, "Further to the west")
    titles = _all_titles(f"Kelby history\n\n{opener} early setbacks were overcome when Kelby was captured in May 1417.\n")
    assert titles and not any(t.split()[0] in ("Further", "Farther", "Elsewhere", "In") for t in titles), titles


@pytest.mark.parametrize("sentence, expected", [
    ("The bridge was opened by the mayor of Kelby on 3 May 2019.", "The mayor of Kelby opens the bridge"),
    ("The new wing was built by Harrow & Sons in 1911.", "Harrow & Sons builds the new wing"),
    ("The records were kept by the clerks of the Tarby Guild until 1911.", "The clerks of the Tarby Guild keep the records"),
    ("The new wing was designed by the architect Ines Roe in 1911.", "Ines Roe designs the new wing"),
])
def test_a_passives_agent_is_who_acted_not_a_name_in_its_phrase(sentence: str, expected: str) -> None:
    assert any(t.startswith(expected) for t in _all_titles(f"Kelby history\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence, expected", [
    ("The council closed the library and the swimming pool in March 2020.",
     "The council closes the library and the swimming pool"),
    ("The mayor met the union leaders and the Kelby chamber of commerce on Monday.", "The mayor meets the union leaders"),
])
def test_a_second_object_after_and_is_no_clause_of_its_own(sentence: str, expected: str) -> None:
    assert any(t.startswith(expected) for t in _all_titles(f"Kelby news\n\nPublished 3 March 2024\n\n{sentence}\n"))


def test_a_second_object_with_its_own_date_stays_apart() -> None:
    from explorer.events.clauses import clause_bounds

    sentence = "The army took the town in May and the fort in June."
    left, _ = clause_bounds(sentence, sentence.index("June"), sentence.index("June") + 4)
    assert left > sentence.index("May")


@pytest.mark.parametrize("sentence, verb, expected", [
    ("Her office said on Monday that she had accepted the request and signed a decree.", "and signed", "she"),
])
def test_the_subject_a_second_verb_shares_past_a_tellings_time(sentence: str, verb: str, expected: str) -> None:
    from explorer.events.clauses import subject_before

    assert subject_before(sentence, sentence.index(verb) + 4) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("After the war the family sold the farm in 1948.", "The family sells the farm"),
    ("During her captaincy the club signed a deal with the college.", "The club signs a deal"),
])
def test_an_opening_phrase_of_time_with_no_comma_is_no_part_of_the_title(sentence: str, expected: str) -> None:
    titles = _all_titles(f"Kelby history\n\nThe club was founded in 1901. {sentence}\n")
    assert any(t.startswith(expected) for t in titles), titles


def test_a_when_clause_after_the_date_keeps_its_reading() -> None:
    from explorer.events.titles.make import make_title

    sentence = "During the war the castle was held for the king until March 1646, when the rebels took it."
    at = sentence.index("March 1646")
    assert not make_title(sentence, at, at + 10).startswith("The castle is held")


@pytest.mark.parametrize("sentence, expected", [
    ("A bridge designed by Ines Roe opened in May 1990.", "A bridge opens"),
    ("The Germans intervened in the Balkans in May 1941.", "The Germans intervene in the Balkans"),
    ("Previously, watch imports were denied such duty-free treatment in 1990.", "Watch imports are denied"),
    ("At the request of the mayor, the army cleared the roads in May 1990.", "The army clears the roads"),
])
def test_a_participle_with_its_agent_a_vene_verb_and_openers_of_orders(sentence: str, expected: str) -> None:
    titles = _all_titles(f"Kelby history\n\n{sentence}\n")
    assert any(t.startswith(expected) for t in titles), titles


@pytest.mark.parametrize("past, present", [("intervened", "intervenes"), ("convened", "convenes"), ("opened", "opens"),
                                           ("happened", "happens")])
def test_a_base_in_vene(past: str, present: str) -> None:
    from explorer.events.tense import present_of

    assert present_of(past) == present


def test_a_long_opening_after_clause_is_framing() -> None:
    sentence = ("After the northern league complained to the regional council against the southern clubs supporting "
                "the new rules, the Kelby Cup resolution was adopted on 1 February 1952.")
    assert any(t.startswith("The Kelby Cup resolution is adopted") for t in _all_titles(f"Kelby history\n\n{sentence}\n"))


def test_an_adjectives_aside_about_the_subject_is_left_out() -> None:
    titles = _all_titles("Kelby history\n\nThe rebels, loyal to the old king, burned the town hall in May 1921.\n")
    assert any(t.startswith("The rebels burn the town hall") for t in titles), titles


def test_it_stands_for_a_state_named_as_the_subject_before() -> None:
    text = ("Tarnia\n\nThe Tarnian Empire joined the northern alliance in the war, a secret treaty having been signed in "
            "August 1914. It threatened the southern ports in May 1915.\n")
    assert _titles(text)["May 1915"].startswith("The Tarnian Empire threatens the southern ports")
