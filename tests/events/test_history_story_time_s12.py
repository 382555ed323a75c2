"""Happenings a history tells in sentences with no date of their own (session twelve, issue 12,
recall-two): they are told at the story's current time, the last date told before them in their
paragraph or the one before, at no finer precision than a month; acts told without an object by a
closed class of verbs (a move, a fight, a rising, a giving in); and never a state, a habit, a cause
or a measure. Also: a coarse date of a history's opening that tells an act with its own subject is
not folded into a later happening of another predicate. Sentences written for this test; none names
anything from a gold article or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = None):
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _one(events, words: str):
    found = [e for e in events if words in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events]
    return found[0]


def _history(paragraph: str) -> str:
    """A history with no date of its own, told by several explicit years, around ``paragraph``."""
    return ("The March of Tessaly\n\nThe march was a frontier province of the old empire. Its first governor was "
            f"appointed in 1102. The walls of its capital were built in 1130.\n\n{paragraph}\n\n"
            "Later history\n\nThe province was absorbed into the kingdom in 1290.")


# ---------------------------------------------------------------- the story's current time


@pytest.mark.parametrize(("paragraph", "words", "begin", "end"), [
    ("In 1187 the hill tribes attacked the western forts. The governor summoned the levies. The garrison "
     "burned the bridges and abandoned the lower valley.",
     "summons the levies", date(1187, 1, 1), date(1187, 12, 31)),
    ("The old governor died in 1187. The new governor raised the taxes on salt. The merchants closed their "
     "shops in protest.",
     "close their shops", date(1187, 1, 1), date(1187, 12, 31)),
    ("A fire swept through the lower town in the summer of 1187. The council rebuilt the market hall in "
     "stone.",
     "rebuilds the market hall", date(1187, 6, 1), date(1187, 8, 31)),
])
def test_an_undated_act_of_a_history_takes_the_last_date_told(paragraph: str, words: str, begin: date,
                                                                end: date) -> None:
    event = _one(_events(_history(paragraph)), words)
    assert (event.begin, event.end) == (begin, end)
    assert event.certainty == "inferred"


def test_an_act_after_a_day_of_a_history_is_told_in_that_month_not_on_that_day() -> None:
    # (told in the very next sentence with no time passing it takes the day itself, session 53: see
    # test_act_told_right_after_a_history_s_day_s53d; a word of time passing leaves it in the month)
    event = _one(_events(_history("On 4 May 1187 the envoys reached the capital. The regent later imprisoned the "
                                  "envoys in the tower.")), "imprisons the envoys")
    assert (event.begin, event.end) == (date(1187, 5, 4), date(1187, 5, 31))


def test_the_story_time_carries_into_the_next_paragraph() -> None:
    events = _events(_history("In 1187 the hill tribes attacked the western forts.\n\nThe governor sent his "
                              "cavalry north. The tribes withdrew to the mountains."))
    assert (_one(events, "withdraw").begin, _one(events, "withdraw").end) == (date(1187, 1, 1), date(1187, 12, 31))


@pytest.mark.parametrize("sentence", [
    "The war weakened the province.",  # a cause or an analysis
    "The governors usually raided the border farms.",  # a habit
    "The province depended on the river trade for decades.",  # a state
    "Sales of salt fell sharply.",  # a measure
    "The town declined.",  # a manner, no act
])
def test_a_state_a_habit_a_cause_or_a_measure_is_no_happening_of_the_story(sentence: str) -> None:
    events = _events(_history(f"In 1187 the hill tribes attacked the western forts. {sentence}"))
    assert [e.title for e in events if e.sentence.strip() == sentence] == []


def test_news_with_a_date_of_its_own_does_not_carry_its_last_date() -> None:
    text = ("Harbour news\n\nThe ferry company sold two ships in 2019. It bought a new vessel in 2021. The fleet "
            "was renamed in 2022. The captain moved the crew to the night shift.")
    # (since session thirteen the act is listed, undated: a plain act where no date bounds it)
    assert [(e.begin, e.certainty) for e in _events(text, dct=date(2024, 3, 1)) if "night shift" in e.sentence] in (
        [], [(None, "undated")])


# ---------------------------------------------------------------- acts without an object


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The duke fled to the coast.", "fled"),
    ("The rebel army withdrew to the hills after the defeat.", "withdrew"),
    ("The talks broke down within a week.", "broke"),
    ("The garrison held out for six weeks.", "held"),
    ("The nobles revolted.", "revolted"),
    ("The town surrendered in the spring.", "surrendered"),
    ("The old king sued for peace.", "sued"),
    ("The fleet, thirty ships in all, sailed for the islands.", "sailed"),
    ("The council rebuilt the market hall.", "rebuilt"),  # an irregular past done again (an object follows)
    ("The army retook the fort.", "retook"),
])
def test_an_act_of_moving_or_fighting_told_without_an_object_or_an_irregular_past_done_again(sentence: str, verb: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is not None and found[0].trigger == verb


@pytest.mark.parametrize("sentence", [
    "The town declined after the river silted up.",
    "Prices fell.",
    "The harbour held the whole fleet.",
    "The talks broke new ground.",
    "The governor appealed to be heard.",
    "The workers resent the new rules.",  # a present, not "re" + "sent"
])
def test_a_verb_without_an_object_outside_the_class_or_with_a_state_is_no_act(sentence: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is None or found[0].trigger not in ("declined", "fell", "held", "appealed", "resent"), found


# ---------------------------------------------------------------- an opening summary and its later happenings


@pytest.mark.parametrize("opening", [
    "In 1923 the club sent a party to map the river.",
    "The club sent a party to map the river in 1923.",
])
def test_an_opening_act_with_its_own_subject_is_not_folded_into_another_predicate(opening: str) -> None:
    text = (f"The Rivermen's Club\n\nThe Rivermen's Club is a society of boatmen. {opening}\n\n"
            "The party sailed from the port on 3 April 1923. It reached the falls on 2 July 1923. "
            "The club was renamed in 1950. A boathouse was built in 1961.")
    titles = [e.title.lower() for e in _events(text)]
    assert any("sends a party" in t for t in titles), titles
    assert any("sails" in t for t in titles), titles


def test_an_opening_participle_summary_is_still_folded_into_the_happening_it_details() -> None:
    text = ("The Tollgate Mill\n\nThe Tollgate Mill was a water mill on the river, built in the 1780s and closed in "
            "1911. It is now a museum.\n\nHistory\n\nThe mill was begun in 1784 and its wheel turned for the first "
            "time in 1786. The miller's family sold it in 1850. The last miller shut the sluices for good on 3 March "
            "1911.")
    events = _events(text)
    assert [e.title for e in events if e.begin is not None and e.begin.year == 1911 and e.end.month == 12
            and e.begin.month == 1] == [], [(e.title, e.begin, e.end) for e in events]


# ---------------------------------------------------------------- subjects a history follows, and a second clause


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Rebel troops seized the bridge at dawn.", "seized"),  # a bare plural told by a capitalised word
    ("Several families deserted to the camps up the coast.", "deserted"),
    ("Northern settlers cleared the forest along the river.", "cleared"),
    ("Queen Ysolde's grandson, Prince Aric, summoned the levies.", "summoned"),  # a name's someone
    ("Tarrant's deputy signed the surrender.", "signed"),
    ("Finally the duke accepted the terms.", "accepted"),  # an adverb that moves the story on, no comma
    ("Then the fleet sailed for the islands.", "sailed"),
    ("Afterwards Harald crossed the river.", "crossed"),
    ("The governor of the province sent troops to the pass.", "sent"),  # the head is "governor"
])
def test_a_plain_act_of_a_bare_plural_a_names_someone_or_after_a_story_adverb(sentence: str, verb: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is not None and found[0].trigger == verb


@pytest.mark.parametrize("sentence", [
    "Rome's defeat weakened the alliance.",  # a happening's consequence: its head is no one who acts
    "Interest rates rose sharply.",
    "Local residents described the noise.",  # a saying
    "Then the war weakened the kingdom.",
    "Later that year the harbour froze.",
    "The murder of the governor ruptured the province.",  # the head of "the murder of …" is a happening
    "The Spring Offensive ended the career of the old general.",  # a happening's name
    "Corruption dogged the new council.",  # what was so, told with a past verb
    "The salt revolt constituted the first real threat.",
    "The island played a minor role in the war.",
    "The garrison controlled the only road.",
])
def test_no_plain_act_of_an_abstract_head_a_measure_a_saying_or_a_cause(sentence: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence))
    assert found is None or found[0].trigger not in ("weakened", "rose", "described", "froze", "ruptured", "ended",
                                                     "dogged", "constituted", "played", "controlled"), found


def test_an_opening_plain_act_beside_an_occurrence_in_another_clause_is_a_happening_of_its_own() -> None:
    events = _events(_history("In 1187 the hill tribes attacked the western forts. The tribes formed an alliance "
                              "with the river towns, and their combined army invaded the lowlands."))
    formed = _one(events, "alliance")
    assert (formed.begin, formed.end) == (date(1187, 1, 1), date(1187, 12, 31))
    assert _one(events, "invade").begin == date(1187, 1, 1)


# ---------------------------------------------------------------- a named battle


def _history_with_undated_paragraph(paragraph: str) -> str:
    return _history("In 1187 the hill tribes attacked the western forts.") .replace(
        "\n\nLater history", f"\n\nThe wars in the south\n\n{paragraph}\n\nLater history")


@pytest.mark.parametrize(("paragraph", "words"), [
    ("The southern lords never accepted the governors. Tarrant defeated the rebels at the Battle of the Reeds.",
     "defeats the rebels"),
    ("The southern lords never accepted the governors. The royal army relieved the town after the Siege of Holm.",
     "relieves the town"),
])
def test_an_act_at_a_named_battle_of_a_history_is_a_happening_with_no_date_near(paragraph: str, words: str) -> None:
    event = _one(_events(_history_with_undated_paragraph(paragraph)), words)
    assert event.certainty != "exact"


@pytest.mark.parametrize("paragraph", [
    "The southern lords never accepted the governors. The Battle of the Reeds was remembered in songs.",
    "The southern lords never accepted the governors. Tarrant defeated the rebels in a battle of wills.",
])
def test_no_happening_from_a_battle_remembered_or_a_battle_that_is_no_name(paragraph: str) -> None:
    events = _events(_history_with_undated_paragraph(paragraph))
    # (since session thirteen a plain act with no date near is listed undated, as a reader lists it:
    # "Tarrant defeated the rebels" is such an act, but never one at a named battle)
    assert [e.title for e in events if ("southern lords" in e.sentence or "Reeds" in e.sentence
            or "wills" in e.sentence) and "named battle" in e.derivation] == []
    assert [e.title for e in events if "southern lords" in e.sentence or "Reeds" in e.sentence] == []


# ---------------------------------------------------------------- an act without an object joined by "and"


@pytest.mark.parametrize(("sentence", "verb", "title"), [
    ("Harald withdrew to the coast and sued for peace.", "sued", "harald sues for peace"),
    ("King Aric summoned the levies and marched south.", "marched", "king aric marches south"),
    ("The regent signed the treaty and fled to the islands.", "fled", "the regent flees to the islands"),
])
def test_an_act_without_an_object_joined_to_an_act_of_the_same_subject(sentence: str, verb: str, title: str) -> None:
    joined = [(o.trigger, t.lower()) for o, t in iter_joined_clauses(sentence, 0, len(sentence))]
    assert (verb, title) in joined, joined


@pytest.mark.parametrize("sentence", [
    "She lived in the city and fought for its schools.",  # joined to a state
    "The town declined and fell into ruin.",  # no act of the class
    "Prices rose and fell.",
])
def test_no_joined_act_without_an_object_after_a_state_or_outside_the_class(sentence: str) -> None:
    assert list(iter_joined_clauses(sentence, 0, len(sentence))) == []
