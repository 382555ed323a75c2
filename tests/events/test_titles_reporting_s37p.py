"""Issue 12, session thirty-seven (h37p): titles and actors in reporting and analysis, on our own
sentences (not taken from the gold set): several actors in one sentence, a date between commas before
the verb's complement, asides after a subject, numbered labels ("Phase 2"), two-word headlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.documents.headline import guess_title
from explorer.events.titles import make_title
from tests.events.own_genre_events import event_for


def _title(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return make_title(sentence, at, at + len(expression))


@pytest.mark.parametrize("sentence, expression, title", [
    # a date between commas before what the verb governs
    ("Halvor Foods agreed on Tuesday, 9 September 2025, to buy Crispin & Sons for €1.2 billion.",
     "Tuesday, 9 September 2025", "Halvor Foods agrees to buy Crispin & Sons"),
    ("Brackley Town Council voted on Monday, 3 February 2025, to close the riverside car park after the flood.",
     "Monday, 3 February 2025", "Brackley Town Council votes to close the riverside car park"),
    ("The tribunal agreed, on Tuesday, to hear the appeal in full.", "Tuesday", "The tribunal agrees to hear the appeal in full"),
    # a told "that" clause too long for the window: its subject's place phrase goes, or the clause
    ("The Supreme Court ruled on Wednesday that police in Westmark broke the law when they seized phones.",
     "Wednesday", "The Supreme Court rules that police broke the law"),
    ("Residents complained at a meeting on 28 January that the drains had not been cleared since 2021.",
     "28 January", "Residents complain at a meeting"),
    # asides after the subject
    ("Karelistan's prime minister, meanwhile, dismissed three deputy ministers on March 14.",
     "March 14", "Karelistan's prime minister dismisses three deputy ministers"),
    ("The opposition, however, boycotted the vote on Friday.", "Friday", "The opposition boycotts the vote"),
    ("Two shipping agents, Lars Eriksen and Ana Ribeiro, pleaded guilty last year.",
     "last year", "Lars Eriksen and Ana Ribeiro plead guilty"),
    ("Crispin's founder, Jean-Luc de la Fontaine, who owns 30 percent of the company, backed the offer on Monday.",
     "Monday", "Jean-Luc de la Fontaine backs the offer"),
    # plural people nouns of reporting, and a stem in "-s"
    ("Envoys from Karelistan visited the Austrian capital on Monday.", "Monday", "Envoys from Karelistan visit the Austrian capital"),
    ("Diplomats met in Vienna on Monday.", "Monday", "Diplomats meet in Vienna"),
    ("The talks focused on the water treaty on Monday.", "Monday", "The talks focus on the water treaty"),
    # an act asked for or stopped is no happening of its doer's
    ("Five national federations had called for Dvořák's resignation in January.", "January",
     "Five national federations call for Dvořák's resignation"),
    ("Protesters demanded the release of Ana Ruiz on Monday.", "Monday", "Protesters demand the release of Ana Ruiz"),
    ("The board accepted Smith's resignation on Monday.", "Monday", "Smith resigns"),
    # a cut never ends on a condition's word or a participle without its phrase, nor inside "X & Y"
    ("Researchers at three universities wrote to parliament on 20 October asking for an emergency debate.", "20 October",
     "Researchers at three universities write to parliament"),
    ("The junior partner threatened on 21 May to leave the government if the tariffs were lifted.", "21 May",
     "The junior partner threatens to leave the government"),
    ("Halvor Foods agreed on Tuesday to buy rival snack maker Crispin & Sons for €1.2 billion.", "Tuesday",
     "Halvor Foods agrees to buy rival snack maker Crispin & Sons"),
    ("The European Lunar Agency postponed the launch of its Selene lander on Tuesday after engineers found a crack.",
     "Tuesday", "The European Lunar Agency postpones the launch of its Selene lander"),
    # "beat", a past written as its present, is a verb: the clause after ", and" is another happening's
    ("The Hawks beat the Coastal Kings 98-91 on 28 December, and Stavridis posted a video the next day.",
     "28 December", "The Hawks beat the Coastal Kings 98-91"),
    ("Anna Kowal beat the defending champion on Sunday.", "Sunday", "Anna Kowal beats the defending champion"),
    # titles that must not change
    ("The council met on Monday, and the mayor resigned.", "Monday", "The council meets"),
    ("After the mayor won the vote in the spring, on 2 May 1911, she signed the harbour charter.", "2 May 1911",
     "She signs the harbour charter"),
    ("The company said on Friday that it had cut 400 jobs.", "Friday", "The company cuts 400 jobs"),
    ("Delegates from six nations signed the accord on Monday.", "Monday", "Delegates from six nations sign the accord"),
])
def test_reporting_titles(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize("text, expression, actor, not_actors", [
    # a numbered label is no name cut before its number
    # (the description keeps its "of" phrase since session 51)
    ("Phase 2 trials of the vaccine will begin in April, the institute said.", "April", "phase 2 trials of the vaccine",
     {"Phase"}),
    ("Unit 4 of the Bergen plant will close in March, the company said.", "March", "unit 4", {"Unit"}),
    ("Flight 217 from Lisbon made an emergency landing in Faro on Sunday.", "Sunday", "flight 217", {"Flight"}),
    # a subject before a verb in the singular present
    ("The team travels to Eastport on 11 January.", "11 January", "the team", {"the team travels"}),
    # each clause its own actors and places
    ("Envoys from Karelistan visited Vienna on Monday while Ostravia's foreign minister flew to Ankara.",
     "Monday", "envoys", {"Ostravia", "Ankara"}),
    ("The delegates stayed in Geneva on Saturday while the mediator returned to Ankara.",
     "Saturday", "the delegates", {"Ankara"}),
])
def test_reporting_actors(tmp_path: Path, text: str, expression: str, actor: str, not_actors: set[str]) -> None:
    event = event_for(tmp_path, text, expression)
    assert event is not None
    assert actor in event.actors, event.actors
    assert not not_actors & set(event.actors) and not not_actors & set(event.places), (event.actors, event.places)


_BODY = ("\n\nThe port authority shut the quay at Melby on Monday after a fuel spill, officials said. Ships were sent "
         "to Arden instead and forecasters warned of storms as the quay reopened on Wednesday.\n")


@pytest.mark.parametrize("first, headline", [
    ("Storm Warning", True), ("Harbour Closed", True), ("Talks Collapse", True), ("Rates Rise", True),
    ("Ann Lee", False), ("Mark Brown", False), ("By Ann Lee", False), ("Tom Reed", False),
    ("Ann Lee, Foreign Desk", False), ("Ines de la Cruz, Staff Writer", False),
])
def test_a_two_word_headline_is_no_byline(first: str, headline: bool) -> None:
    assert (guess_title(first + _BODY, "a.txt") == first) is headline
