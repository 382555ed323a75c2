"""Common verbs with an object that makes one happening, and news told in the present perfect (session
thirty-one, issue 12). Sentences written for this test; names, places and verbs vary so that no rule can
lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of


def _titles(sentence: str) -> list[str]:
    """The titles of the events of ``sentence``, told in a news article's body after a dated opening (an
    opening sentence in the perfect sums up news its body tells again, and is read there only)."""
    text = f"Local news\n\nThe parish council met on Monday evening. {sentence}\n"
    at = text.index(sentence)
    return [e.title for e in events_of(text, date(2025, 3, 10)) if e.sentence_start <= at < e.sentence_end]


# --------------------------------------------------------------------------- light verbs with an act's object


@pytest.mark.parametrize(("sentence", "told"), [
    # a thing handed to the writer or to someone, told in the past perfect too
    ("The harbourmaster gave me a chart of the channel.", "gives me a chart"),
    ("The ranger gave us our permits at the gate.", "gives us our permits"),
    ("The night nurse had given him a sedative before the storm.", "gives him a sedative"),
    # a thing lost in one mishap, or a home, a job or a seat lost
    ("The yacht Petrel lost her rudder off the cape.", "loses her rudder"),
    ("Forty families lost their homes in the landslide.", "lose their homes"),
    ("The coaster lost half of its cargo in the gale.", "loses half of its cargo"),
    # a place in a career or an office taken
    ("Her nephew became the firm's first managing director.", "becomes the firm's first managing director"),
    ("The goalkeeper became captain of the side.", "becomes captain"),
    # a stock or a means running out
    ("The field kitchen ran out of bread before noon.", "runs out of bread"),
])
def test_a_light_verb_whose_object_makes_one_happening_is_an_event(sentence: str, told: str) -> None:
    """"gave me a chart", "had given him a sedative", "lost her rudder", "became the firm's first managing
    director", "ran out of bread": verbs left out of the plain pasts because they more often tell a quality,
    a measure or a state tell one happening with such an object."""
    titles = _titles(sentence)
    assert any(told in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The club lost 4 percent of its members.",
    "The old chapel became a museum.",
    "The town hall became the most visited building in the county.",
    "The speech gave him hope.",
    "The ferry lost time in the fog.",
])
def test_a_light_verb_with_a_measure_or_a_quality_stays_out(sentence: str) -> None:
    """A figure, a kind, a feeling or a length ("lost 4 percent", "became a museum", "gave him hope") is
    no happening."""
    assert _titles(sentence) == []


# --------------------------------------------------------------------------- the present perfect as news


@pytest.mark.parametrize(("sentence", "told"), [
    # a unit of a compound adjective is no period the act is spread over
    ("The 64-year-old has returned to Cork to look after her mother.", "returns to Cork"),
    ("The nurses' union has signed a two-year deal with the health board.", "signs"),
    ("The tenants' group has demanded a six-month freeze on rents.", "demands"),
    # a penalty's term is what the one act imposed
    ("The league has banned the club's owner from football for five years.", "bans the club's owner"),
    ("The bar association has suspended the solicitor for six months.", "suspends the solicitor"),
    # an application or a request put to an authority
    ("The ferry firm has applied to the harbour board for a berth licence.", "applies"),
    ("Two brothers have applied for permission to convert the barn.", "apply"),
    ("The drug maker has also asked for approval in adults over 65.", "asks for approval"),
    # a start of work told by what is being done
    ("Divers have begun searching the wreck of the trawler.", "begin"),
])
def test_news_told_in_the_present_perfect_is_an_event(sentence: str, told: str) -> None:
    """"has returned to Cork", "has banned … for five years", "has applied for permission", "have begun
    searching the wreck": news of one act, dated by the document."""
    titles = _titles(sentence)
    assert any(told in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The family have asked for donations to the hospice instead of flowers.",
    "The charity has asked for volunteers every winter for years.",
    "Prices have risen by 6 percent over the past twelve months.",
    "The choir has met every week since 2015.",
])
def test_a_wish_a_trend_or_a_habit_in_the_perfect_stays_out(sentence: str) -> None:
    """A request of a gift, a trend or a habit told in the perfect is no one happening."""
    assert _titles(sentence) == [], sentence


@pytest.mark.parametrize(("sentence", "told"), [
    # the title names the perfect's own clause, not an opening clause or a notice's frame
    ("Three days after the landslide, engineers have begun clearing the river bed.",
     "Engineers begin clearing the river bed"),
    ("Notice is given that The Crown Inn, 2 High Street, has applied to the council for a late licence.",
     "The Crown Inn applies to the council"),
])
def test_a_perfect_application_or_start_is_titled_by_its_own_subject(sentence: str, told: str) -> None:
    """"…, engineers have begun clearing the river bed": titled "Engineers begin clearing the river bed"."""
    titles = _titles(sentence)
    assert any(title.startswith(told) for title in titles), titles


# --------------------------------------------------------------------------- light verbs in the passive


@pytest.mark.parametrize(("sentence", "told"), [
    ("The fire in the engine room was put out by the crew.", "put out"),
    ("The youth coach has been put in charge of the senior squad.", "put in charge"),
    ("The grain convoy was held up for two days by flooding.", "held up"),
])
def test_a_light_verbs_passive_with_its_particle_is_one_act(sentence: str, told: str) -> None:
    """"was put out by the crew", "has been put in charge", "was held up for two days": one act."""
    titles = _titles(sentence)
    assert any(told in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The farmhouse was put up for sale.",
    "The scheme was held up as a model for other towns.",
])
def test_a_light_verbs_passive_of_a_state_or_a_judgement_stays_out(sentence: str) -> None:
    assert _titles(sentence) == [], sentence
