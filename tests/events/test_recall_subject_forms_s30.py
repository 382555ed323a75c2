"""Events recall, session thirty (issue 12): undated acts missed in sentences where no event was built.

Traced on the readable gold: the plain-past rule, which reads an undated sentence told by its subject and
a past verb acting on something, refused the sentence for the form of its subject or its opening:

- an opening clause of the same time, a contrast or what came before ("As the fire spread, …",
  "While …", "Although …", "Before …"): only "When", "After" and "Once" were read; and a length
  measured from another happening ("Two years after the wedding the couple moved …"), which the gold's
  convention keeps as an event;
- a short phrase closed by a comma before a name, a bare plural or the writer's "we" ("Earlier in the
  meeting, councillors elected …", "Within a fortnight, we had formed …"): only a determiner or a
  pronoun was read after it;
- two names joined by "and" ("Tane and Sato crossed …"), a count of a body ("Several of his
  team-mates surrounded …"), a name set off with an age ("The site
  manager, Keith Abney, 58, gave evidence"), the writer's own kin or role in a story the writer
  tells ("My brother drove …", "Our skipper, Dev, …");
- the parties to a trial ("The defence applied to …"), read as an abstract noun in -ence;
- a light "made" or "took" whose noun names one act ("made peace with", "made landfall", "made an
  official visit", "took its complaint to the regulator").

Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

import pytest

from tests.events.plain_acts import middle_titles as _middle_titles
from tests.events.plain_acts import plain_title as _plain


@pytest.mark.parametrize(("sentence", "words"), [
    ("Earlier in the evening, councillors approved the budget.", "councillors approve budget"),
    ("After the final whistle, home fans invaded the pitch.", "fans invade pitch"),
    ("On the second morning, Okafor repaired the pump.", "okafor repair pump"),
    ("At the hearing, Judge Ama Brill adjourned the case.", "brill adjourn case"),
    ("Within an hour, volunteers had cleared the road.", "volunteers clear road"),
])
def test_an_act_after_an_opening_phrase_and_its_comma_is_read(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize(("sentence", "words"), [
    ("As the water rose, the crew launched the lifeboat.", "crew launch lifeboat"),
    ("While the guards slept, the prisoners dug a tunnel.", "prisoners dig tunnel"),
    ("Although the club appealed, the league upheld the ban.", "league uphold ban"),
    ("Before the vote, the mayor adjourned the meeting.", "mayor adjourn meeting"),
])
def test_an_act_after_an_opening_clause_of_time_or_contrast_is_read(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize(("sentence", "words"), [
    ("Two years after the wedding the couple moved to Lisbon.", "couple move lisbon"),
    ("A week after the storm the council closed the pier.", "council close pier"),
    ("Three months before the election, the party expelled its treasurer.", "party expel treasurer"),
])
def test_an_act_told_a_length_after_another_happening_is_an_event(sentence: str, words: str) -> None:
    assert any(all(w in t.lower() for w in words.split()) for t in _middle_titles(sentence)), _middle_titles(sentence)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Within a week, we had cleared the ditch.", "clear ditch"),
])
def test_the_writers_we_after_an_opening_phrase_is_a_happening_of_the_story(sentence: str, words: str) -> None:
    assert _plain(sentence) is None  # told anywhere, the writer's "we" more often tells a routine
    titles = _middle_titles(sentence)
    assert any(all(w in t.lower() for w in words.split()) for t in titles), titles


@pytest.mark.parametrize(("sentence", "words"), [
    ("Mara and Jonas crossed the border.", "mara and jonas cross border"),
    ("Portugal and Spain signed the accord.", "portugal and spain sign accord"),
    ("The bus driver, Tom Reyes, 44, gave evidence.", "tom reyes give evidence"),
    ("The farmer, Ana Lutz, 61, sold the herd.", "ana lutz sell herd"),
    ("The prosecution applied to adjourn the trial.", "prosecution appl adjourn"),
    ("The defence applied for bail.", "defence appl bail"),
    ("Two of his team-mates surrounded the referee.", "team-mates surround referee"),
    ("Several of the guards fled the camp.", "guards flee camp"),
    # (session 55: the counted people told by where they come from or work)
    ("Three of the men from the mill joined the army.", "men from the mill join army"),
    ("Two of the guards at the gate fled the camp.", "guards at the gate flee camp"),
])
def test_names_joined_or_set_off_with_an_age_and_a_trials_parties_are_subjects(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize(("sentence", "words"), [
    ("My sister repaired the fence.", "sister repair fence"),
    ("Our skipper, Lena Voss, steered the boat home.", "lena voss steer boat"),
])
def test_the_writers_kin_or_role_acts_in_the_writers_story(sentence: str, words: str) -> None:
    assert _plain(sentence) is None  # only where the sentence is told at the story's time
    title = _plain(sentence, writer=True)
    assert title is not None and all(w in title.lower() for w in words.split()), title
    titles = _middle_titles(sentence)
    assert any(all(w in t.lower() for w in words.split()) for t in titles), titles


@pytest.mark.parametrize(("sentence", "words"), [
    ("The rebels made peace with the crown.", "make peace"),
    ("The storm made landfall near Tampa.", "make landfall"),
    ("The minister made an official visit to Lagos.", "make visit lagos"),
    ("Police made two arrests at the scene.", "make arrests"),
    ("The tenants took their complaint to the ombudsman.", "take complaint ombudsman"),
])
def test_a_light_verb_whose_noun_names_one_act_is_an_act(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize("sentence", [
    "In recent years, prices rose sharply.",  # a measure
    "By then, officials estimated the damage at £3m.",  # an estimate
    "The firm made a profit.",  # a figure
    "The board made a decision to sell the site.",  # told by what it decides
    "The trip took the whole day.",  # a length
    "In the Leeds area the growth reflected new housing.",  # no subject of its own after the phrase
])
def test_no_act_is_read_from_a_measure_a_figure_or_a_length(sentence: str) -> None:
    assert _plain(sentence, writer=True) is None


@pytest.mark.parametrize(("sentence", "words"), [
    ("The walkers met a ranger on the ridge.", "walkers meet ranger"),
    ("Ruiz met Brandt in Oslo.", "ruiz meet brandt"),
    ("The mayor met with union leaders.", "mayor meet union leaders"),
    ("The rebels met him near the ford.", "rebels meet him"),
])
def test_a_meeting_with_someone_is_an_act(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize("sentence", [
    "The council met its target.",
    "The plant met the new standards.",
    "The album met with a mixed reception.",
])
def test_a_target_or_a_reception_met_is_no_meeting(sentence: str) -> None:
    assert _plain(sentence, writer=True) is None


@pytest.mark.parametrize("sentence", ["Two of the crew repaired the pump.", "Three of the staff left the building."])
def test_a_count_of_a_singular_body_gets_no_singular_verb(sentence: str) -> None:
    # "Two of the crew repairs the pump" would be the title: the verb agrees with "crew", not with "Two"
    title = _plain(sentence)
    assert title is None or not any(f"{w} {v}" in title for w in ("crew", "staff") for v in ("repairs", "leaves")), title
