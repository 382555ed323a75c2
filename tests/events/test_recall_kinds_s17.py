"""Events recall, session seventeen (issue 12): three kinds of undated act a reader lists that were
missed. The writer's own "We" tells the story's acts when the sentence stands at the story's time
(between dated sentences) or alone with nothing dated near ("We reefed the mainsail"), as a name
would; someone arriving at a scene is a happening ("Fire crews arrived within three minutes"); and
so is someone taking a person or a thing to a place, told by a pronoun and the place ("Paramedics took
him to the hospital"). The look-alikes stay out: the writer's present or habit, a bare plural after
"We", an arrival at a figure or a judgement, a thing's arrival, and a light "took" of a length or a
feeling. Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def _plain(sentence: str, writer: bool = False) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


def _events(text: str):
    return list(extract_document(Document("a.txt", "Club notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events)


@pytest.mark.parametrize(("sentence", "title"), [
    ("We reefed the mainsail before the squall.", "We reef the mainsail"),
    ("We lowered the dinghy and rowed ashore.", "We lower the dinghy"),
    ("We cleared the ditch behind the barn.", "We clear the ditch behind the barn"),
    ("We moved the boats to the upper slipway.", "We move the boats to the upper slipway"),
])
def test_the_writers_we_tells_an_act_when_asked_for(sentence: str, title: str) -> None:
    assert _plain(sentence, writer=True) == title
    assert _plain(sentence) is None  # not where the caller has not placed it in the story's time


@pytest.mark.parametrize("sentence", [
    "We hope the council listens.",               # a hope, in the present
    "We replaced boilers for the whole estate.",   # a bare plural after "We": a line of work
    "We did.",                                     # a fragment
    "You cleared the ditch behind the barn.",      # the reader, not the writer
])
def test_the_writers_we_tells_no_routine_hope_or_fragment(sentence: str) -> None:
    assert _plain(sentence, writer=True) is None


def test_the_writers_acts_between_dated_sentences_are_events_in_that_window() -> None:
    events = _events("The squall hit the fleet on 3 May 2025. We reefed the mainsail and lowered the jib. "
                     "The wind eased on 5 May 2025.")
    reefed = [e for e in events if "reef" in e.title.lower()]
    assert len(reefed) == 1, [e.title for e in events]
    # Inside the window the two dated sentences give; events.story_day narrows an act told right after
    # a dated day to that day when the next date is a few days on.
    assert date(2025, 5, 3) <= reefed[0].begin <= reefed[0].end <= date(2025, 5, 5)
    assert any("lower" in e.title.lower() for e in events), [e.title for e in events]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Fire crews arrived within three minutes.", "Fire crews arrive within three minutes"),
    ("The lifeboat crew arrived shortly afterwards.", "The lifeboat crew arrives shortly afterwards"),
    ("Two inspectors arrived from the capital.", "Two inspectors arrive from the capital"),
])
def test_someone_arriving_at_a_scene_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The committee arrived at a decision after a long debate.",   # a judgement, not a move
    "The panel arrived at a total of forty votes.",               # a figure
    "The results arrived on time.",                               # a thing, not someone who acts
    "Spring arrived early in the valley.",                        # a season
])
def test_an_arrival_at_a_figure_or_of_a_thing_is_no_happening(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("Paramedics took him to the county hospital.", "Paramedics take him to the county hospital"),
    ("The crew brought her into port under tow.", "The crew brings her into port under tow"),
    ("Volunteers carried them to Marlow Green.", "Volunteers carry them to Marlow Green"),
    ("A neighbour drove her to hospital.", "A neighbour drives her to hospital"),
])
def test_taking_someone_to_a_place_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The rebuild took six years.",              # a length
    "The coach took it to heart.",              # a feeling
    "The captain took them seriously.",         # a manner
    "The reform brought changes to the town.",  # a result, with no pronoun moved
])
def test_a_light_take_of_a_length_or_a_feeling_is_no_happening(sentence: str) -> None:
    assert _plain(sentence) is None


def _joined(sentence: str) -> list[str]:
    from explorer.events.joined_clauses import iter_joined_clauses

    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The rangers closed the footpath and cleared fallen branches from the track.", "clear"),
    ("The midwife checked the baby's pulse and took blood samples.", "take"),
    ("Volunteers mended the fence and planted hawthorn along the lane.", "plant"),
    ("The strikers occupied the depot and demanded higher wages.", "demand"),
    ("Rescuers reached the flat and pulled survivors from the rubble.", "pull"),
])
def test_a_second_act_whose_object_has_no_determiner_is_a_happening(sentence: str, verb: str) -> None:
    assert any(verb in title.lower() for title in _joined(sentence)), _joined(sentence)


@pytest.mark.parametrize("sentence", [
    "The shares opened lower and rose sharply.",                    # a measure's manner
    "The captain tore a ligament and missed seven weeks.",          # a length, not an act
    "The council met in March and decided that the bridge must close.",  # what was decided, told apart
    "The team trained hard and felt ready for the final.",          # a feeling
    "The mill flooded in May and lost power for a day.",            # a loss of a measure
])
def test_a_manner_a_length_or_a_feeling_after_and_is_no_second_act(sentence: str) -> None:
    verbs = ("rise", "rose", "miss", "decide", "feel", "felt", "lose", "lost")
    assert not any(v in title.lower() for title in _joined(sentence) for v in verbs), _joined(sentence)


def test_an_act_told_after_the_news_days_date_runs_from_that_date_to_the_documents() -> None:
    events = _events("On 3 June 2025 the ferry ran aground off the point. Nobody was hurt. "
                     "The crew launched a liferaft.")
    launched = [e for e in events if "liferaft" in e.title.lower()]
    assert len(launched) == 1, [(e.title, e.begin, e.end) for e in events]
    assert (launched[0].begin, launched[0].end, launched[0].certainty) == (date(2025, 6, 3), date(2025, 6, 30), "inferred")


def test_background_a_year_before_the_document_bounds_nothing_up_to_its_date() -> None:
    events = _events("In March 2023 the ferry ran aground off the point. Nobody was hurt. "
                     "The crew launched a liferaft.")
    launched = [e for e in events if "liferaft" in e.title.lower()]
    assert launched and all(e.end != date(2025, 6, 30) for e in launched), [(e.title, e.begin, e.end) for e in events]


@pytest.mark.parametrize("sentence", [
    "The striker scored 19 goals last season.",
    "The bakery sold 4,000 loaves this year.",
])
def test_a_count_over_this_or_last_season_is_a_tally(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The rowing club was fined £900 by the regional association.", "fine"),
    ("Two stewards were questioned at the ground.", "question"),
    ("The old footbridge was demolished by contractors.", "demolish"),
    ("The village fete was postponed because of the storm.", "postpone"),
    ("The late ferry was cancelled.", "cancel"),
])
def test_a_penalty_a_questioning_or_a_thing_called_off_is_a_happening(text: str, word: str) -> None:
    assert any(word in e.title.lower() for e in _events(text)), [e.title for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The fete would be postponed if the storm came.",        # a condition
    "Any club that breaks the rule will be fined.",          # a rule
])
def test_a_penalty_or_a_calling_off_that_may_come_is_no_happening(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


def test_the_writers_i_tells_an_act_when_asked_for() -> None:
    assert _plain("I rang the harbour master from the quay.", writer=True) == "I ring the harbour master from the quay"
    assert _plain("I rang the harbour master from the quay.") is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("Varga refused.", "Varga refuses"),
    ("The governor refused to sign the order.", "The governor refuses to sign the order"),
    ("The company denied the allegations in full.", "The company denies the allegations in full"),
    ("The harbour master denied all the charges.", "The harbour master denies all the charges"),
])
def test_a_refusal_or_a_denial_told_by_its_subject_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "The patient refused food for two days.",     # a patient's state
    "The minister declined to comment.",          # no answer given
    "The council denied itself a pay rise.",      # no denial of something said
    "The company denied that the pipe had leaked.",  # what was said, a statement
])
def test_a_refusal_of_food_or_comment_is_no_happening(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("A passer-by called an ambulance.", "A passer-by calls an ambulance"),
    ("The landlord called the police.", "The landlord calls the police"),
    ("The council called in the army.", "The council calls in the army"),
])
def test_a_call_for_help_is_a_happening(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


def test_calling_something_a_name_is_no_call_for_help() -> None:
    assert _plain("The landlord called the idea foolish.") is None
