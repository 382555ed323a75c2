"""Event recall, session 34 (issue 12): the writer's own acts, listed acts with their own present-tense
titles, and a happening's own turn told with no object. Our own sentences, with the near misses each
rule must not build (statements, states, plans, negations, hypotheticals, habits)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.happening_turns import TURN_CLAUSE, happening_turn
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.plain_past import plain_past_clause
from explorer.events.tense import present_of
from explorer.events.writer_acts import is_writer_subject


def _titles(text: str, dct: date | None = None) -> list[str]:
    doc = Document("t.txt", text, "t", dct)
    return [e.title for e in build_events(doc, temporal.tag(text, dct))]


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


def _plain(sentence: str, writer: bool = True) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


# --- (1) first-person narration

@pytest.mark.parametrize("sentence, title", [
    ("I met your cousin at the station.", "I meet your cousin at the station"),
    ("I lost my wallet on the tram.", "I lose my wallet on the tram"),
    ("We took a tram to the old town.", "We take a tram to the old town"),
    ("I ran to the cyclist, who was lying in the road.", "I run to the cyclist"),
    ("We stopped at the lochan for breakfast.", "We stop at the lochan for breakfast"),
    ("We reached the hut at dusk.", "We reach the hut at dusk"),
    ("Jess and I went back to the hotel.", "Jess and I go back to the hotel"),
    ("We caught the last ferry to the island.", "We catch the last ferry to the island"),
])
def test_the_writers_own_meeting_loss_or_move_is_an_act(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "We met the deadline with a day to spare.",  # a measure met
    "I lost my temper with the porter.",  # a mood
    "We lost about 70 percent of the young shoots.",  # a measure
    "We reached the conclusion that the map was wrong.",  # a judgement
    "Every summer we went to the lake.",  # a habit
    "We often met our friends at the station.",  # a habit
    "I did not reach Poole.",  # a negation
    "We took six hours over it.",  # a length
])
def test_the_writers_states_habits_and_measures_are_no_act(sentence: str) -> None:
    assert _plain(sentence) is None


def test_the_writers_verbs_are_read_only_where_the_writer_is_asked_for() -> None:
    assert _plain("We took a tram to the old town.", writer=False) is None
    assert is_writer_subject("My wife and I") and is_writer_subject("We") and not is_writer_subject("The crew")


@pytest.mark.parametrize("sentence, title", [
    ("I met your cousin at the station and we took a tram to the old town.", "We take a tram to the old town"),
    ("I walked on after lunch, but my heel blistered, and I stopped at Ness Mill.", "I stop at Ness Mill"),
    ("The mayor opened the gates, and we crossed to the island.", "We cross to the island"),
    ("The captain anchored the boat, and we went ashore.", "We go ashore"),
])
def test_the_writers_act_in_a_clause_of_its_own(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


@pytest.mark.parametrize("sentence", [
    "The band played every night and we sold the shirts.",  # a habit
    "She said the road was shut, and we thought it was over.",  # a thought
    "The rain stopped, and we hoped to leave.",  # a wish
    "The prices rose, and we had no money left.",  # a state
])
def test_the_writers_thoughts_states_and_habits_in_a_clause_are_no_act(sentence: str) -> None:
    assert not [t for t in _joined(sentence) if t.startswith(("We", "I "))]


def test_the_writers_possessive_is_an_object() -> None:
    titles = _titles("4 May 2023. Took the early train to Harlow and collected my pilgrim passport at the office.\n")
    assert any(t.startswith("I collect my pilgrim passport") for t in titles)


# --- (2) listed verbs of one subject

def test_each_listed_act_is_its_own_event_with_a_present_title() -> None:
    titles = _titles("In March 1862 the army marched on the city, captured it, and burnt the bridges.\n")
    assert titles == ["The army marches on the city", "The army captures it", "The army burns the bridges"]


def test_a_dated_title_ends_at_the_listing_comma() -> None:
    titles = _titles("On 4 May 2021 the rebels stormed the barracks, seized the armoury and freed the prisoners.\n")
    assert titles == ["The rebels storm the barracks", "The rebels seize the armoury", "The rebels free the prisoners"]


def test_british_pasts_in_t_are_pasts() -> None:
    assert present_of("burnt") == "burns" and present_of("spilt") == "spills"
    assert present_of("lit") is None  # "The installations stay lit": an adjective as often


def test_a_product_recalled_is_an_act_a_memory_recalled_is_not() -> None:
    assert "Brennock recalls 80,000 pies" in _titles("Brennock closed its plant on 3 January 2026. "
                                                     "Brennock recalled 80,000 pies and destroyed its stock.\n")
    assert _plain("Mara recalled the day the mill burnt down.") is None
    assert _plain("Then the club recalled Priya Nandal from a loan spell.") == "The club recalls Priya Nandal from a loan spell"
    assert _plain("The club recalled Priya Nandal fondly.") is None


# --- (4) a happening's own turn with no object

@pytest.mark.parametrize("sentence, title", [
    ("The strike ended.", "The strike ends"),
    ("The talks collapsed.", "The talks collapse"),
    ("Fighting resumed after a week.", "Fighting resumes"),  # (the title ends before "after": its time)
    ("Talks with the buyer broke down on Wednesday night.", "Talks with the buyer break down on Wednesday night"),
    ("Power failed in 600 homes.", "Power fails in 600 homes"),
    ("The siege finally ended.", "The siege ends"),
])
def test_a_happenings_turn_is_an_act(sentence: str, title: str) -> None:
    turn = happening_turn(sentence, 0, len(sentence))
    assert turn is not None and turn[3] == title


@pytest.mark.parametrize("sentence", [
    "The strike would end if pay rose.",  # a hypothetical
    "The strike did not end.",  # a negation
    "The strike ends when the union agrees.",  # a present, a plan
    "Every winter the talks broke down.",  # a habit
    "The strike ended up costing millions.",  # a result
    "Prices fell sharply.",  # a statistic
    "The strike ended when the owners agreed to shorter hours.",  # told by its cause
    "The war then stalled.",  # a state
    "The talks failed to produce a deal.",  # a failure to act
])
def test_no_turn_in_a_plan_a_negation_a_habit_or_a_measure(sentence: str) -> None:
    assert happening_turn(sentence, 0, len(sentence)) is None


def test_a_turn_in_a_clause_of_its_own() -> None:
    assert "The dispute ends within a fortnight" in _joined(
        "The union called a strike in September 2023, and the dispute ended within a fortnight, when the firm gave way.")
    assert "The lights go out in the east wing" in _joined(
        "The first generator started, but the second failed to start, and the lights went out in the east wing.")
    assert not TURN_CLAUSE.search("The mayor resigned, and the council met.")


def test_an_undated_turn_between_dated_acts_is_bounded_by_them() -> None:
    text = "The ceasefire began on 1 March 2022. The ceasefire collapsed. A new truce was signed in May 2022.\n"
    doc = Document("t.txt", text, "t")
    events = {e.title: e for e in build_events(doc, temporal.tag(text, None))}
    turn = events["The ceasefire collapses"]
    assert turn.begin == date(2022, 3, 1) and turn.end == date(2022, 5, 31)


# --- (3) undated acts told after a dated one

def test_an_act_ending_its_paragraph_keeps_the_story_day_when_the_next_paragraph_goes_back() -> None:
    text = ("PORT ELSA, 18 October 2025 (Wire) — Gunmen released the reporter on Friday.\n\n"
            "She walked into a police post at about 9 a.m. on Friday. An army helicopter flew her to the capital.\n\n"
            "She had been travelling with a driver on 7 September when armed men stopped their car.\n")
    doc = Document("t.txt", text, "t", date(2025, 10, 18))
    events = {e.title: e for e in build_events(doc, temporal.tag(text, date(2025, 10, 18)))}
    flight = events["An army helicopter flies her to the capital"]
    assert flight.begin == flight.end == date(2025, 10, 17)


def test_an_act_before_a_jump_back_in_its_own_paragraph_stays_undated() -> None:
    text = ("PORT ELSA, 18 October 2025 (Wire) — Gunmen released the reporter on Friday.\n\n"
            "She walked into a police post at about 9 a.m. on Friday. An army helicopter flew her to the capital. "
            "She had been travelling with a driver on 7 September when armed men stopped their car.\n")
    doc = Document("t.txt", text, "t", date(2025, 10, 18))
    events = {e.title: e for e in build_events(doc, temporal.tag(text, date(2025, 10, 18)))}
    assert events["An army helicopter flies her to the capital"].begin is None


# --- (2) more listed and joined acts

@pytest.mark.parametrize("sentence, title", [
    ("Marwick stopped work in June 2021 and sued the city for breach of contract.", "Marwick sues the city for breach of contract"),
    ("On 14 September a third candidate, the independent Ruth Ainsley, withdrew and endorsed Okafor.",
     "A third candidate endorses Okafor"),
])
def test_joined_acts_after_a_short_past_or_an_apposition(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


def test_a_perception_of_a_sudden_happening_opens_a_chain_of_acts() -> None:
    from explorer.events.undated_acts import opens_with_an_act
    assert opens_with_an_act("He heard the blast from his office and led the rescue party down the shaft.")
    assert not opens_with_an_act("The decade saw a rise in prices and ended in a slump.")
    assert not opens_with_an_act("She heard that the mill had closed and wrote to the owners.")


def test_a_joined_act_shares_the_sentences_one_date_after_it() -> None:
    titles = _titles("Engineers switched to the backup unit and uploaded new attitude software on 9 October 2025.\n")
    assert "Engineers switch to the backup unit" in titles and any(t.startswith("Engineers upload") for t in titles)
    # a second date before the act: the act is the later date's own, one event
    titles = _titles("The founders opened their first shop in 1964 and bought the factory in 1979.\n")
    assert len(titles) == 2


def test_a_relative_about_the_object_ends_the_joined_clause() -> None:
    titles = _titles("Volunteers found four pups on 26 October 2025 and carried them to the rescue centre, "
                     "which released three back into the sea in December.\n")
    assert "Volunteers carry them to the rescue centre" in titles


def test_a_joined_act_before_a_relatives_date_is_undated() -> None:
    text = "She repaired dinghies and built a rowing gig for the harbour club, which won its first race with it in 1971.\n"
    doc = Document("t.txt", text, "t")
    events = {e.title: e for e in build_events(doc, temporal.tag(text, None))}
    gig = [e for t, e in events.items() if t.startswith("She builds a rowing gig")]
    assert gig and gig[0].begin is None


def test_a_pluperfect_date_before_the_story_day_is_background_not_a_return() -> None:
    text = ("Posted on 12 May 2026\n\nThree of us walked the ridge on Saturday 9 May 2026. "
            "On the second top we met a ranger. She told us the bridge had washed away in the April storms.\n")
    doc = Document("t.txt", text, "t", date(2026, 5, 12))
    events = {e.title: e for e in build_events(doc, temporal.tag(text, date(2026, 5, 12)))}
    ranger = events["We meet a ranger"]
    assert ranger.begin == ranger.end == date(2026, 5, 9)


def test_an_opening_act_of_a_bare_and_pair_shares_the_sentences_one_date() -> None:
    text = "The council inspected the site and suspended the quarry's blasting licence in June 2021.\n"
    doc = Document("t.txt", text, "t")
    events = {e.title: e for e in build_events(doc, temporal.tag(text, None))}
    assert events["The council inspects the site"].begin == date(2021, 6, 1)


def test_an_opening_act_before_a_date_told_from_another_keeps_no_shared_day() -> None:
    text = ("Talks opened on 5 June 2024. Rusk flew home for consultations and returned the next morning "
            "with a new offer.\n")
    doc = Document("t.txt", text, "t")
    events = {e.title: e for e in build_events(doc, temporal.tag(text, None))}
    flight = [e for t, e in events.items() if t.startswith("Rusk flies home")]
    assert not flight or flight[0].derivation.find("an opening act joined to it") < 0


def test_a_main_clause_after_when_ends_at_the_next_joined_act() -> None:
    titles = _titles("When the bank refused credit in July 2020, Varga sold the house and found work at a laboratory.\n")
    assert "Varga sells the house" in titles and "Varga finds work at a laboratory" in titles


def test_a_dated_title_that_runs_on_past_a_listing_comma_is_split() -> None:
    from explorer.events.run_on_titles import split_run_on_titles
    sentence = "We scrambled up the east ridge on 9 May 2026, reached the first summit at 10.40 and dropped to the col."
    base = _titles(sentence + "\n")
    assert not any(", reached" in t for t in base)
    assert any(t.startswith("We reach the first summit") for t in base)
    assert split_run_on_titles([], sentence) == []
    # a participle describing what was just told is no act ("…, creased" has no object)
    titles = _titles("His letter arrived on 3 May 1916, creased by the post.\n")
    assert titles == ["His letter arrives, creased by the post"] or len(titles) == 1


# --- (session 57, h57q) a force of weather or nature as the subject of an undated act

@pytest.mark.parametrize("sentence, title", [
    ("Thick fog rolled in off the estuary.", "Thick fog rolls in off the estuary"),
    ("Heavy snow cut the village off for a week.", "Heavy snow cuts the village off for a week"),
    ("Squalls kept the fleet in harbour.", "Squalls keep the fleet in harbour"),
    ("The wind had dropped to a breeze.", "The wind drops to a breeze"),
    ("Two days into the crossing, a gale tore the foresail.", "A gale tears the foresail"),
    ("The smoke thinned within an hour.", "The smoke thins within an hour"),
])
def test_a_weathers_act_is_a_happening(sentence: str, title: str) -> None:
    from explorer.events.weather_acts import weather_act
    found = weather_act(sentence, 0, len(sentence))
    assert found is not None and found[1] == title, found


# (guard rows: what must stay no act; they fail on 9227e954 only because weather_acts is new there)
@pytest.mark.parametrize("sentence", [
    "No rain fell at the gauge.",  # no weather at all
    "Gusts reached 70 mph on the headland.",  # a measure
    "Rainfall totalled 40 mm.",  # a figure
    "Snow often closed the pass.",  # a habit
    "The fog remained until noon.",  # a state
    "Snow lay on the ground.",  # a state
    "Fire crews arrived within minutes.",  # people, not the weather
    "Storms are forecast for Friday.",  # a forecast: no past
])
def test_no_weathers_act_in_a_measure_a_habit_a_state_or_a_forecast(sentence: str) -> None:
    from explorer.events.weather_acts import weather_act
    assert weather_act(sentence, 0, len(sentence)) is None


def test_a_weathers_act_between_dated_entries_is_an_event() -> None:
    titles = _titles("Kalder Hut Log\n\nThe party left the hut on 3 May 2021. Freezing fog came down over the ridge. "
                     "They turned back on 4 May 2021.\n")
    assert "Freezing fog comes down over the ridge" in titles, titles


@pytest.mark.parametrize("sentence, title", [
    ("Mayor Brell conceded in a short speech at the town hall.", "Mayor Brell concedes in a short speech"),
    ("The sitting member conceded shortly before the count ended.", "The sitting member concedes"),
    ("Halloran conceded defeat and congratulated his rival.", "Halloran concedes defeat"),
])
def test_a_concession_with_no_object_is_an_act(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The minister conceded that mistakes had been made.",  # a saying (guard: no act on 9227e954 either)
])
def test_a_concession_of_a_point_is_a_saying(sentence: str) -> None:
    assert _plain(sentence) is None
