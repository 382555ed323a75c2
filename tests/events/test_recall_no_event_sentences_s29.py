"""Happenings of sentences that gave no event at all (session 29, issue 12): kinds found by tracing the
readable gold's missed events in such sentences to the rule that did not read them. Sentences written
for this test; names, places, dates and verbs vary so that no rule can lean on one."""

from __future__ import annotations

import pytest

# (an article's news-in-brief lead, its date, and the one event a word of its title names: the helpers
# of the session-11 recall tests, which read such sentences the same way)
from tests.events.test_recall_kinds_s11c import _events, _one


def _between(first: str, sentence: str, last: str) -> str:
    """``sentence`` told between two dated happenings."""
    return f"{first} {sentence} {last}"


# ------------------------------------------------ a place or a body closing, reopening, flooding; a spread
# Told with no object ("The school closed for a term"), the verb found no rule: the plain-past rule wants
# an object, and no list of acts without one held it.

@pytest.mark.parametrize(("text", "word"), [
    ("Heavy rain fell over the valley on 3 March 2021. The chapel flooded again, and the village school closed "
     "for a term. The council met on 9 March 2021.", "chapel floods"),
    ("Heavy rain fell over the valley on 3 March 2021. The chapel flooded again, and the village school closed "
     "for a term. The council met on 9 March 2021.", "school closes"),
    ("Measles was confirmed in Orton on 2 May 2023. Three primary schools closed after pupils fell ill. The "
     "outbreak was declared over on 30 May 2023.", "schools close"),
    ("The strike ended on 12 June 2019. The two yards reopened after the strike. Orders resumed on 20 June 2019.",
     "reopen"),
    ("The colliery was sold on 1 April 1931. The mine shut after the roof fall. Its pumps were removed on "
     "3 May 1931.", "mine shuts"),
    ("A fire broke out at the Lomas sawmill on 4 May 2022. The fire spread through the drying sheds. Crews "
     "left on 5 May 2022.", "spreads through the drying sheds"),
    ("Dockers walked out at Trevik on 8 October 2020. The strikes spread across the northern ports. A deal "
     "was signed on 30 October 2020.", "spread across"),
    ("The regatta started on 2 June 2024. Four yachts retired with torn sails. The winner finished on "
     "4 June 2024.", "retire"),
])
def test_a_closing_a_flood_a_spread_or_a_retirement_without_object_is_an_event(text: str, word: str) -> None:
    event = _one(_events(text), word)
    assert event.begin is not None and event.end is not None  # between its dated neighbours


@pytest.mark.parametrize("text", [
    "Bank shares fell on 3 June 2024. The index closed 2 percent lower. The bank reported on 4 June 2024.",
    "Trading opened on 3 June 2024. Halden shares closed at a record high. Results follow on 4 June 2024.",
    "The dispute began on 3 June 2024. The payments spread over three years. Talks resume on 9 June 2024.",
    "The guests arrived on 3 June 2024. The family retired to bed early. The party left on 4 June 2024.",
    "The trail reopened on 3 May 2025. The upper section stays closed. Rangers met on 9 May 2025.",
    "The roof fell in on 3 May 2025. The hall will remain shut. The trustees met on 9 May 2025.",
])
def test_a_figures_close_a_spread_over_time_or_a_nights_rest_is_no_event(text: str) -> None:
    titles = [e.title for e in _events(text)]
    assert not any(w in t.lower() for t in titles for w in ("close", "spread", "retire")), titles


# ------------------------------------------------ an act told in the past perfect
# "The union had held a ballot": an act done before the story's time, told out of order; the plain-past
# rule stopped at "had".

@pytest.mark.parametrize(("text", "word"), [
    ("Dockers walked out at Trevik on 3 March 2025. Three shipping lines had diverted their vessels to "
     "Rotterdam. The strike ended on 14 March 2025.", "divert their vessels"),
    ("The barn caught fire on 4 May 2022. The owner had fitted a new alarm to the loft. Crews left on "
     "5 May 2022.", "fits a new alarm"),
    ("The strike began on 2 June 2018. The union had already held a ballot. Talks opened on 9 June 2018.",
     "holds a ballot"),
    ("Thieves struck at the depot on 3 June 2023. By then the manager had installed two cameras. Police "
     "arrived on 4 June 2023.", "installs two cameras"),
])
def test_an_act_in_the_past_perfect_is_an_event(text: str, word: str) -> None:
    event = _one(_events(text), word)
    assert event.begin is not None


@pytest.mark.parametrize("text", [
    "The strike began on 2 June 2018. The company had expected a deal. Talks opened on 9 June 2018.",
    "The mill closed on 2 June 2018. The family had owned the site for a century. It was sold on 9 June 2018.",
    "The strike began on 2 June 2018. The union had been in talks for weeks. Talks opened on 9 June 2018.",
    "The bank cut its rate on 2 June 2018. It had left the rate unchanged since. Markets rose on 9 June 2018.",
    "The shop was sold on 2 June 2018. The Marr family had run the shop for forty years. It reopened on 9 June 2018.",
    "A van hit me on 2 June 2018. I had just crossed the road when I heard a horn. Police called on 9 June 2018.",
    "The hearing opened on 2 June 2018. The clerk said no letter had arrived. It closed on 9 June 2018.",
])
def test_a_past_perfect_of_a_state_or_an_expectation_is_no_event(text: str) -> None:
    """An expectation, a state held for a span or since, the scene set before a "when", and a perfect told
    inside what someone said are no acts of the story's."""
    titles = [e.title for e in _events(text)]
    assert not any(w in t.lower() for t in titles
                   for w in ("expect", "own", "been", "is in talks", "leave", "runs", "cross", "arrive")), titles


# ------------------------------------------------ an opening "By" phrase of time

@pytest.mark.parametrize(("text", "word"), [
    ("The siege began on 3 May 1644. By nightfall the garrison surrendered. The duke arrived on 9 May 1644.",
     "garrison surrenders"),
    ("The siege of Carrow began on 3 May 1644. By then the rebels abandoned the outer fort. The duke arrived "
     "on 9 May 1644.", "abandon the outer fort"),
])
def test_a_main_clause_after_an_opening_by_phrase_tells_its_act(text: str, word: str) -> None:
    assert _one(_events(text), word).begin is not None
