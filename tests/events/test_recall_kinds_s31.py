"""Happenings a reader lists that the builder missed beside an event it built (session thirty-one, issue
12). Sentences written for this test; names, places, dates and verbs vary so that no rule can lean on one."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

#: A dated sentence before and after: the story's time around the sentence under test.
_BEFORE = "The society was founded in 1962. "
_AFTER = " It moved to new premises in 2023."


def _titles(sentence: str) -> list[str]:
    return [e.title for e in events_of(_BEFORE + sentence + _AFTER)]


# --------------------------------------------------------------------------- an opening act before a dated second act


@pytest.mark.parametrize(("sentence", "first"), [
    # (the first act's verb, as a title tells it)
    ("The council inspected the site and suspended the quarry's licence in June 2021.", "inspect"),
    ("The delegates deposed the governor and proclaimed a republic on 19 May 1848.", "depose"),
    ("The envoy flew home for consultations and returned with a new offer on 4 March 2019.", "fl"),
    ("Conservators cleaned the canvas and repaired a tear before it went back on show in 2011.", "clean"),
    ("The mayor dissolved the committee and appointed an auditor in September 2020.", "dissolve"),
    ("Mariner Freight bought two tugs and opened a depot at Leith in 1998.", "buy"),
    ("The striker tore a hamstring in training and missed the final on 12 May 2022.", "tear"),
    ("Volunteers cleared the towpath and planted 400 willows in March 2016.", "clear"),
    ("The regulator fined the airline and banned its chief pilot on 3 October 2017.", "fine"),
    ("The abbot drained the marsh and founded a grange at Holm in 1312.", "drain"),
])
def test_an_opening_act_of_the_subject_of_a_dated_second_act_is_a_happening_of_its_own(sentence: str, first: str) -> None:
    """"The council inspected the site and suspended the licence in June 2021": the date is the second
    act's, and the act told before it, on something else, is a happening a reader lists too."""
    titles = _titles(sentence)
    assert any(word.startswith(first) for title in titles for word in title.lower().split()), titles


@pytest.mark.parametrize(("sentence", "first"), [
    # a step done to the same one again: the reader lists the dated one
    ("The club suspended its coach within days and dismissed him on 3 February 2020.", "suspend"),
    ("Police questioned the driver at the scene and charged her on 2 April 2019.", "question"),
    # steps listed before the dated one
    ("The firm lowered the mast, moved it further from the houses and resubmitted the plan in October 2021.", "lower"),
    # a state or a habit before the dated act
    ("The family lived in the mill house and sold it in 1977.", "live"),
    ("A local station played the song every week and the band signed a contract in 1997.", "play"),
])
def test_no_opening_act_for_a_step_of_the_same_act_a_list_or_a_state(sentence: str, first: str) -> None:
    titles = _titles(sentence)
    assert not any(word.startswith(first) for title in titles for word in title.lower().split()), titles


# --------------------------------------------------------------------------- a clause of its own told by a possessive's noun


@pytest.mark.parametrize(("sentence", "second"), [
    ("Jellyfish stung the swimmer on 3 May 2021, and her pilot pulled her out of the water.", "her pilot pulls her out"),
    ("The river burst its banks on 2 March 2020, and their cottage flooded to the eaves.", "their cottage floods"),
    ("The mayor was arrested on 4 June 2021, but her deputy dismissed the council's lawyer.", "her deputy dismisses"),
    ("Officers raided the flat on 12 April 2016, and his brother fled to Spain.", "his brother flees to spain"),
    ("The club lost the final on 2 May 2023, and its chairman, Rob Kane, sacked the coach.", "rob kane sacks the coach"),
    ("The mill closed in October 1931; its founder sold the looms to a firm in Lyon.", "its founder sells the looms"),
])
def test_a_clause_of_its_own_told_by_a_possessives_noun_is_a_happening(sentence: str, second: str) -> None:
    """"…, and her pilot pulled her out of the water": after ", and", ", but" or a semicolon, a clause
    whose subject is someone's or something's noun tells a happening of its own, as one told by "the"
    and a noun does; named in an aside, the name is its title's subject."""
    titles = [title.lower() for title in _titles(sentence)]
    assert any(second in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The firm was sold in 2019, and its name remained the same.",
    "The plan was approved in 2020, and his hope was that it would pass.",
    "The king died in 1410, and his son was then nine years old.",
    "The choir sang in Leeds in 2018, and its members often travelled by coach.",
])
def test_a_possessives_noun_in_a_state_a_hope_or_a_habit_gives_no_happening(sentence: str) -> None:
    assert len(_titles(sentence)) == 3, _titles(sentence)


# --------------------------------------------------------------------------- "It" and two acts


@pytest.mark.parametrize(("passage", "second"), [
    ("The assembly met on 1 March 1848. It abolished the tithe on 2 March 1848 and freed the political prisoners.",
     "frees the political prisoners"),
    ("The storm formed on 3 September 2019. It crossed Bermuda on 9 September 2019 and cut power to the island.",
     "cuts power"),
    ("A grey van left the depot at 9 p.m. on 4 May 2021. It rammed the gate at 9.40 p.m. and hit a parked car.",
     "hits a parked car"),
    ("The new board took office in January 2020. It sold the stadium in June 2020 and repaid the club's loans.",
     "repays the club's loans"),
])
def test_the_second_act_of_an_it_that_acts_is_a_happening(passage: str, second: str) -> None:
    """"It abolished the tithe … and freed the political prisoners": "It" stands for the body, storm or
    vehicle told before, and the act joined to its first act is a happening of its own, as for a noun."""
    titles = [e.title.lower() for e in events_of(passage)]
    assert any(second in title for title in titles), titles


@pytest.mark.parametrize("passage", [
    "The fair opened on 2 June 2018. It rained all afternoon and spoiled the dresses.",
    "The bridge opened on 2 June 2018. It took four years and cost £40 million.",
    "The shop opened on 2 June 2018. It was small and sold mostly books.",
])
def test_a_dummy_it_or_an_it_of_a_state_gives_no_second_act(passage: str) -> None:
    titles = [e.title.lower() for e in events_of(passage)]
    assert not any(word in title for title in titles for word in ("spoil", "cost", "sells")), titles


# --------------------------------------------------------------------------- a second act a dated title ran on into


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The raiders stormed the north gate on 3 May 1644 and took one prisoner.",
     "storm the north gate", "take one prisoner"),
    ("The storm turned west on 5 September 2021 and passed south of the islands.", "turns west", "passes south of the islands"),
    ("The magistrate granted both men bail and will sentence them on 12 June 2026.", "grants both men bail", "will sentence them"),
    ("The kidnappers freed the driver on 2 March 2024 but took the reporter into the hills.",
     "free the driver", "take the reporter"),
    ("The dredger cleared the channel on 14 July 2018 and reopened it to shipping.", "clears the channel", "reopen"),
])
def test_a_second_act_a_dated_title_ran_on_into_is_a_happening_of_its_own(sentence: str, first: str, second: str) -> None:
    """"The raiders stormed the gate on 3 May 1644 and took one prisoner": both acts are happenings; the
    dated title that ran on into the second ends before it, and the second is an event of its own at the
    same date, titled from the sentence without the date."""
    events = events_of(_BEFORE + sentence + _AFTER)
    titles = [e.title.lower() for e in events]
    assert any(first in title and second not in title for title in titles), titles
    later = [e for e in events if second in e.title.lower()]
    assert later and all(e.begin is not None and " on " not in e.title for e in later), titles


@pytest.mark.parametrize("sentence", [
    "The school opened in 1868 and taught local children for almost a century.",
    "Storm Petra arrived on 11 October 2021 and brought 64 mm of rain.",
    "She retired in 1991 but went on ringing birds until her eighties.",
    "The keeper lit the lamp on 2 May 1807 and checked it every hour.",
    "The lifeboat launched at 06:10 on 4 March 2024 and took about an hour to reach the yacht.",
])
def test_no_second_act_for_a_stretch_a_measure_or_a_habit_the_title_ran_on_into(sentence: str) -> None:
    events = events_of(_BEFORE + sentence + _AFTER)
    assert len(events) == 3, [(e.title, e.derivation) for e in events]


# --------------------------------------------------------------------------- an opening act before a clause of its own


@pytest.mark.parametrize(("sentence", "first"), [
    # (the opening act's verb, as a title tells it; the clause after the joint is read already)
    ("The sheriff called out the volunteers, and the posse rode north.", "calls out"),
    ("The crew took down the mainsail, and the lifeboat towed the yacht into harbour.", "takes down"),
    ("The captain met the pilot off the point, and the tug towed the ship into dock.", "meets"),
    ("The thieves carried the safe to a van, and a neighbour called the police.", "carry"),
    ("The rebels brought two cannon up the hill, and the defenders abandoned the outer wall.", "bring"),
    ("The keeper led the ponies out of the fire, and the brigade saved the stables.", "leads"),
    ("The grocer put the shutters up, and the crowd smashed the windows.", "puts"),
    ("The mayor called out the militia, and soldiers fired on the crowd.", "calls out"),
    ("The driver admitted the offence, and magistrates fined him £400.", "admits"),
    ("Stretcher bearers carried the wounded down the ridge, and the column reached the valley.", "carry"),
])
def test_an_opening_act_before_a_clause_of_its_own_is_a_happening(sentence: str, first: str) -> None:
    """"The sheriff called out the volunteers, and the posse rode north": beside an undated clause of its
    own that told a happening, the opening clause's verb acting on something is an act a reader lists
    too, even a verb that alone more often tells a length, a means or a judgement ("took", "ran",
    "carried", "admitted"); its title keeps the particle ("calls out the volunteers")."""
    titles = [title.lower() for title in _titles(sentence)]
    assert any(first in title for title in titles), titles


@pytest.mark.parametrize(("sentence", "first"), [
    ("Prices rose sharply, and the bank raised rates.", "rise"),
    ("The river ran to the sea, and the town grew up around its mouth.", "run"),
    ("Trade recovered quickly, and the company paid a dividend.", "recover"),
    ("The witness admitted that he had lied, and the judge halted the trial.", "admit"),
    ("The road led to the harbour, and the soldiers marched down it to the boats.", "lead"),
])
def test_no_opening_act_for_a_measure_a_way_a_trend_or_a_saying(sentence: str, first: str) -> None:
    titles = _titles(sentence)
    assert not any(word.startswith(first) for title in titles for word in title.lower().split()), titles
