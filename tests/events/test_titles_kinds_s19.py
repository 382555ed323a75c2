"""Title kinds of session nineteen (issue 12): only a clause's finite verb changes tense, never a
participle that modifies a noun ("a newly elected mayor", "and armed men stormed"). Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.events.agents import subject_description
from explorer.events.clauses import participle_opens_subject
from explorer.events.tense import headline_tense
from explorer.events.titles import make_title
from explorer.ingest import extract_paths


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


def _titles(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    (tmp_path / "a.txt").write_text(text)
    return {e.timex: (e.title, tuple(e.actors)) for e in extract_paths([str(tmp_path)], jobs=1).events}


@pytest.mark.parametrize(("title", "expected"), [
    ("Another highly placed official resigned", "Another highly placed official resigns"),
    ("A poorly trained crew sank the ship", "A poorly trained crew sinks the ship"),
    ("The hastily arranged meeting ended early", "The hastily arranged meeting ends early"),
    # an adverb after a noun is the verb's: the participle after it is the verb
    ("The council swiftly closed the depot", "The council swiftly closes the depot"),
])
def test_a_participle_after_a_determiners_adverb_stays_an_adjective(title: str, expected: str) -> None:
    assert headline_tense(title) == expected


@pytest.mark.parametrize(("text", "subject"), [
    (" protracted border talks began in spring", True),
    (" armed men stormed the hall", True),
    (" renewed shelling forced them out", True),
    (" moved to Hull in 1902", False),
    (" reprised the claim in 2003", False),
    (" signed the lease", False),
    (" ordered an inquiry that was later dropped", False),
])
def test_a_participle_before_its_subjects_verb_opens_a_subject(text: str, subject: bool) -> None:
    assert participle_opens_subject(text) is subject


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Shelling of the port went on, and protracted border talks began on 3 May 1921 at Velm.", "3 May 1921",
     "Protracted border talks begin at Velm"),
    ("The council approved the plan in March, and renewed protests broke out in May.", "May",
     "Renewed protests break out"),
    # a shared verb after "and" still takes the first clause's subject
    ("Ada Pell trained as a nurse in Leeds and moved to Hull in 1902.", "1902", "Ada Pell moves to Hull"),
])
def test_a_participle_after_and_is_no_verb_sharing_the_subject(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


def test_a_joined_second_date_keeps_the_clauses_own_subject(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "The mayor signed the lease in March, and armed men stormed the hall in May.\n")
    assert titles["May"][0] == "Armed men storm the hall"
    assert titles["March"][0] == "The mayor signs the lease"


@pytest.mark.parametrize(("title", "sentence", "actor"), [
    ("Another highly placed official resigns", "Another highly placed official resigned on Monday.",
     "another highly placed official"),
    ("A newly elected mayor takes office", "A newly elected mayor took office in May.", "a newly elected mayor"),
    ("The company swiftly closes the plant", "The company swiftly closed the plant in June.", "the company"),
    ("The regional assembly votes", "The regional assembly voted in July.", "the regional assembly"),
])
def test_the_actor_keeps_its_adjectives_and_drops_a_verbs_adverb(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence) == actor


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Members thanked the Harbour Trust, which gave the club a grant of £18,500 in June.", "June"),
    ("The school hopes to buy the old chapel, which the diocese valued at £310,000 last spring.", "last spring"),
])
def test_an_aside_keeps_a_numbers_thousands_comma(sentence: str, date_text: str) -> None:
    title = _title(sentence, date_text)
    assert not any(part in title for part in (",500", ",000")), title


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    # the word cut would end a title inside a noun phrase; the phrase's last word ends its clause
    ("The ombudsman says elderly tenants have been victims of severe breaches of housing law for the past "
     "ten years.", "the past ten years", "Elderly tenants have been victims of severe breaches of housing law"),
    # or stands before a phrase of its own
    ("In May 1917 the northern fleet made the first recorded use of seaplane tenders in a raid on the port.",
     "May 1917", "The northern fleet makes the first recorded use of seaplane tenders"),
])
def test_a_title_is_not_cut_inside_a_noun_phrase(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("sentence", "verb", "subject"), [
    ("The minutes show that she was elected treasurer in 1990 and resigned in 1994.", "resigned", "she"),
    ("Officials said that the ferry had sailed at noon and reached the island by dusk.", "reached", "the ferry"),
    # no told clause: the sentence's own subject
    ("The ferry sailed at noon and reached the island by dusk.", "reached", "The ferry"),
])
def test_a_verb_joined_inside_a_told_clause_shares_that_clauses_subject(sentence: str, verb: str, subject: str) -> None:
    from explorer.events.clauses import subject_before

    assert subject_before(sentence, sentence.index(verb)) == subject


def test_a_joined_verb_inside_a_told_clause_is_titled_with_its_subject() -> None:
    sentence = "The minutes show that she was elected treasurer in 1990 and resigned in 1994."
    assert _title(sentence, "1994") == "She resigns"


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Crowds watched the \"Boxing Day Dip\" at the harbour.", "Boxing Day", "Crowds watch the “Boxing Day Dip” at the harbour"),
    ("The band played \"Home for Christmas\" as the final encore.", "Christmas", "The band plays “Home for Christmas” as the final encore"),
])
def test_a_dates_word_inside_a_quoted_name_stays(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


def test_a_date_inside_a_quoted_remark_still_goes() -> None:
    title = _title("The captain said \"we will be home by Christmas\" to the crew.", "Christmas")
    assert "Christmas" not in title


@pytest.mark.parametrize(("words", "start", "expected"), [
    ("The mayor has informed Harbour Board Chief of Staff Ivo Rask that he is leaving", 2,
     "The mayor has informed Ivo Rask that he is leaving"),
    ("The envoy met Secretary of State Ana Vell in Oslo", 2, "The envoy met Ana Vell in Oslo"),
    # no office before the "of": a name of its own
    ("The envoy met the Prince of Wales in Oslo", 2, "The envoy met the Prince of Wales in Oslo"),
    ("The board wrote to the Bank of England about rates", 2, "The board wrote to the Bank of England about rates"),
])
def test_an_office_with_of_before_an_objects_name_goes(words: str, start: int, expected: str) -> None:
    from explorer.events.names import without_object_offices

    assert " ".join(without_object_offices(words.split(), start)) == expected
