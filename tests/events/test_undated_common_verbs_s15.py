"""Undated happenings told with common verbs (session fifteen, issue 12, events round two): a light
verb whose object names one act ("took power", "called an assembly", "went on strike"), a personal
pronoun continuing the story of someone named ("He called an assembly"), a choice of someone told in
the passive ("was later selected") and a contest won; and the look-alikes left out: a light verb that
tells a measure, a judgement or a description, and a count of things done over a period. Sentences
written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.occurrences import iter_occurrences
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document

_LEAD = "Notes for visitors\n\n"


def _plain(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence))
    return found[1] if found else None


def _titles(text: str) -> list[str]:
    events = extract_document(Document("a.txt", _LEAD + text, "t")).events
    return [e.title.lower() for e in events]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Corvin took power over the hill tribes.", "Corvin takes power over the hill tribes"),
    ("The colonel took control of the radio station.", "The colonel takes control of the radio station"),
    ("The new abbot took charge of the library.", "The new abbot takes charge of the library"),
    ("The regent called an assembly of the nobles.", "The regent calls an assembly of the nobles"),
    ("The governor called a general election.", "The governor calls a general election"),
    ("The dockers went on strike over pay.", "The dockers go on strike over pay"),
    ("The old king went into exile.", "The old king goes into exile"),
    ("The lieutenant led a raid on the supply depot.", "The lieutenant leads a raid on the supply depot"),
    ("Ferrand won the regatta by a length.", "Ferrand wins the regatta by a length"),
    ("A fisherman found the dinghy on the beach near the pier.", "A fisherman finds the dinghy on the beach"),
])
def test_a_light_verb_whose_object_names_one_act_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The crossing took two days.",                        # a measure of time
    "The mayor called the decision a disgrace.",          # a judgement said
    "The committee found the report in good order.",      # a judgement, no place the thing was found at
    "The firm led the market for a decade.",              # a state over a period
    "The valley went quiet after the harvest.",           # a change of state
    "The team won praise for its defence.",               # a reception, no contest
])
def test_a_light_verb_that_tells_a_measure_a_judgement_or_a_state_is_no_happening(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("He called an assembly of the village elders.", "He calls an assembly of the village elders"),
    ("She rebuilt the chapel after the fire.", "She rebuilds the chapel"),
    ("They burned the bridge behind them.", "They burn the bridge behind them"),
])
def test_a_personal_pronoun_is_a_subject_whose_act_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "His speech steadied the party.",                     # a possessive opens a quality, as before
    "Halloran sold eleven bicycles that year, all of them to postmen.",
    "The yard built forty boats in a decade.",
    "She planted three hundred trees each spring.",
])
def test_a_possessive_subject_or_a_count_over_a_period_is_no_single_happening(sentence: str) -> None:
    assert _plain(sentence) is None


def test_a_count_on_one_occasion_is_still_a_happening() -> None:
    assert _plain("The rebels captured 300 prisoners at the ford.") == "The rebels capture 300 prisoners at the ford"


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Mirelle won her first tournament at sixteen and was later selected for the national squad.", "was later selected"),
    ("The bishop was crowned in the old abbey.", "was crowned"),
    ("Her grandfather was buried beside the chapel.", "was buried"),
    ("Tollan won the championship in his second season.", "won"),
])
def test_a_choice_a_rite_or_a_contest_won_is_an_occurrence(sentence: str, trigger: str) -> None:
    assert trigger in [o.trigger for o in iter_occurrences(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Brannoc claimed the estate and took power over the valley.", "took"),
    ("The keeper caught the heron and released it on the lake.", "released"),
    ("The ferryman pulled the boy from the water and carried him to the inn.", "carried"),
])
def test_a_joined_light_verb_or_a_pronoun_moved_to_a_place_is_a_happening(sentence: str, trigger: str) -> None:
    assert trigger in [o.trigger for o, _ in iter_joined_clauses(sentence, 0, len(sentence))]


def test_a_joined_pronoun_object_with_no_place_is_no_happening() -> None:
    sentence = "The minister read the letter and made it public without comment."
    assert "made" not in [o.trigger for o, _ in iter_joined_clauses(sentence, 0, len(sentence))]


def test_an_undated_story_told_with_common_verbs_lists_its_acts() -> None:
    titles = _titles("Stop 4: The Mill House\n\nWhen the old miller drowned in the race, Aldo took charge "
                     "of the mill. He called a meeting of the farmers in this room. The farmers "
                     "signed a contract for the harvest, and Aldo built a second wheel below the weir.")
    assert any("takes charge of the mill" in t for t in titles), titles
    assert any("calls a meeting of the farmers" in t for t in titles), titles


def test_a_passive_choice_in_a_dated_sentence_is_the_dated_event_not_a_second_one() -> None:
    events = extract_document(Document("a.txt", _LEAD + "Tarrow was chosen by the council to guard the pass "
                                       "some time between the spring of 1810 and the autumn of 1811.", "t")).events
    chosen = [e for e in events if "choos" in e.title.lower() or "chosen" in e.title.lower()]
    assert len(chosen) == 1 and chosen[0].begin is not None, [(e.title, e.begin) for e in events]


# ---------------------------------------------------------------- a line of names and a date


@pytest.mark.parametrize("line", [
    "Ravello nineteen eighty-two.",
    "Port Sallow, 14 March 1961.",
    "Kestrel Bay in the spring of 1904.",
])
def test_a_sentence_of_names_and_a_date_is_no_happening(line: str) -> None:
    from explorer.events.furniture import is_name_and_date_only
    from explorer.temporal import tag

    timex = tag(line)[0]
    assert is_name_and_date_only(line, timex.start, timex.end)
    titles = _titles(f"{line} A storm flooded the harbour and two boats sank.")
    assert not any(t.strip(" .,") in ("ravello", "port sallow", "kestrel bay") for t in titles), titles


@pytest.mark.parametrize("line", [
    "The Olympic Games, nineteen ninety-six.",      # a happening's name
    "Battle of Orme, 1402.",
    "Floods hit Tarnby in 1998.",                   # a verb
    "Tarnby Flooding, 1998.",                       # a noun made from a verb
])
def test_a_happening_named_beside_its_date_is_not_a_name_and_date_line(line: str) -> None:
    from explorer.events.furniture import is_name_and_date_only
    from explorer.temporal import tag

    timex = tag(line)[0]
    assert not is_name_and_date_only(line, timex.start, timex.end)


# ---------------------------------------------------------------- subjects and openings


@pytest.mark.parametrize(("sentence", "title"), [
    ("When the storm broke the jetty, she organised the repairs herself.", "She organises the repairs herself"),
    ("After the harvest failed, they sold the lower fields.", "They sell the lower fields"),
    ("The assembly chose him as its speaker.", "The assembly chooses him as its speaker"),
    ("The council chose Ada Brand as its treasurer.", "The council chooses Ada Brand as its treasurer"),
    ("The family sold the farm to a neighbour.", "The family sells the farm to a neighbour"),
    ("Meanwhile the harbour board traced the leak to a cracked pipe.", "The harbour board traces the leak to a cracked pipe"),
    ("Next the crew lowered the boats.", "The crew lowers the boats"),
])
def test_a_pronoun_after_an_opening_clause_a_choice_a_noun_in_ly_and_an_opening_adverb(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The family inside escaped without injury.",          # an outcome of another happening
    "The driver escaped unhurt.",
    "The manager then quickly signed.",                   # an adverb, no noun in -ly
])
def test_an_escape_unhurt_is_an_outcome_not_an_act(sentence: str) -> None:
    assert _plain(sentence) is None


def test_an_escape_itself_is_an_act() -> None:
    assert _plain("The prisoners escaped through a drain.") == "The prisoners escape through a drain"


# Session 59 (h59r): an undated plain act told with an adverb of when or how promptly, or a stressing
# pronoun, between its subject and its verb, and one acting on a share of what its object names.
@pytest.mark.parametrize(("sentence", "title"), [
    ("The harbourmaster at once closed the slipway.", "The harbourmaster closes the slipway"),
    ("Councillor Pryce at first rejected the offer.", "Councillor Pryce rejects the offer"),
    ("The landlord immediately changed the locks.", "The landlord changes the locks"),
    ("The bishop publicly apologised to the parish.", "The bishop apologises to the parish"),
    ("The smuggler himself swam to the far bank.", "The smuggler swims to the far bank"),
    ("The mayor quietly signed the order.", "The mayor signs the order"),
    ("Hale narrowly escaped to the coast.", "Hale escapes to the coast"),
])
def test_an_adverb_or_a_stressing_pronoun_before_the_verb_leaves_the_act(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Firefighters saved part of the roof.", "Firefighters save part of the roof"),
    ("The storm destroyed half of the harbour wall.", "The storm destroys half of the harbour wall"),
    ("Volunteers cleared much of the debris.", "Volunteers clear much of the debris"),
])
def test_an_act_on_a_share_of_its_object_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The old mill soon fell silent.",          # guard: "soon" before a change of state
    "The council at first seemed willing.",    # guard: a seeming, whatever the adverb
    "The river at once rose two metres.",      # guard: a measure's move
    "The crew spent most of the day ashore.",  # guard: a share of a stretch of time
    "Neither won half of the votes.",          # guard: a share of a count, a result
    "The team used most of its water.",        # guard: a use, no act
    "He regularly visited the mill.",          # a habit told by how often
    "The firm reportedly fled the country.",   # a report, not the act told
])
def test_an_adverb_or_a_share_does_not_make_a_state_or_a_measure_an_act(sentence: str) -> None:
    assert _plain(sentence) is None


def _writer_plain(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    return found[1] if found else None


# Session 59 (h59r): someone told by whose they are and by their part in a team's work, as a relative or a
# role already is ("His assistant", "Our skipper"): named when the text names them.
@pytest.mark.parametrize(("sentence", "title"), [
    ("Our volunteer Tess Hale examined the dog on arrival.", "Tess Hale examines the dog on arrival"),
    ("Our lead, Piet Varo, twisted his knee on the ferry ramp.", "Piet Varo twists his knee on the ferry ramp"),
    ("Our team moved the tents to the upper terrace.", "Our team moves the tents to the upper terrace"),
    ("His driver dropped him at the station.", "His driver drops him at the station"),
])
def test_a_team_member_told_by_whose_they_are_acts(sentence: str, title: str) -> None:
    assert _writer_plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "Our team works hard every day.",          # guard: a habit in the present
    "His team won praise for its defence.",    # guard: a reception, no act
    "Our volunteer Tess Hale examined the dog on arrival.",  # guard: the writer's own only where asked for
])
def test_a_team_member_s_habit_or_the_writer_s_own_unasked_is_no_act(sentence: str) -> None:
    assert _plain(sentence) is None
