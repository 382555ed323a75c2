"""Salience: every event gets a 0-1 score from general signals, and zoomed out the salient labels win."""

from dataclasses import replace
from datetime import date

import pytest

from explorer.events.record import Event
from explorer.events.salience import agency_score, choose_labels, label_order, precision_score, score_events


def _event(title: str, begin: date | None, end: date | None, actors=(), doc="a.txt", **kw) -> Event:
    return Event(f"{doc}#{title}", doc, title, title, 0, 1, "then" if begin else "", 0, 0, "", "DATE", begin, end,
                 "exact" if begin else "undated", actors=tuple(actors), **kw)


def test_precise_dates_beat_vague_ones_and_centuries_are_background() -> None:
    day = _event("A visits B", date(2015, 8, 4), date(2015, 8, 4))
    month = replace(day, begin=date(2015, 8, 1), end=date(2015, 8, 31))
    year = replace(day, begin=date(2015, 1, 1), end=date(2015, 12, 31))
    century = replace(day, begin=date(1800, 1, 1), end=date(1899, 12, 31))
    scores = [precision_score(e) for e in (day, month, year, century)]
    assert scores == sorted(scores, reverse=True) and scores[-1] == 0.0
    [*_, background] = score_events([day, month, year, century])
    assert background.salience < 0.1


@pytest.mark.parametrize(
    "better, worse",
    [("Mikhail Bogdanov visits Tehran", "Rohani says"), ("Rohani says", "Shamkhani is hostile to Hunt"),
     ("Mahmoud Ahmadinejad is elected", "Eshaq Jahangiri serves as vice president"),
     ("Javad Zarif resigns", "Despite his forceful remarks"), ("Ali Shamkhani leads a delegation", "Al-Akhbar")],
)
def test_someone_doing_something_beats_speech_beats_states(better: str, worse: str) -> None:
    assert agency_score(better) > agency_score(worse)


@pytest.mark.parametrize(
    "happening, fragment",
    [("Troops cross the river", "Under cover of darkness"), ("The council approves the budget", "Following the vote"),
     ("Rebels take the town", "March 3-5"), ("The army crosses the border", "Having crossed the border"),
     ("Soldiers die in the fighting", "Among the dead"), ("The fleet sails for Crete", "Of that year"),
     ("Grant meets Lee", "Into the night"), ("Over 300 villagers flee the floods", "Over the winter"),
     ("Frederick the Great invades Silesia", "Buried a metre beneath the square")],
)
def test_a_title_that_names_no_one_acting_is_not_a_happening(happening: str, fragment: str) -> None:
    """Title fragments (a leading preposition or participle, a bare date) won the zoomed-out labels
    over the happenings beside them: the word after a capitalised first word was taken for a verb."""
    assert agency_score(happening) >= 0.9 > 0.5 > agency_score(fragment)


@pytest.mark.parametrize(
    "title", ["Lee and Grant meet at Appomattox", "The Bank of England raises rates", "The general himself is wounded",
              "The Soviets also launch an offensive", "Two frigates are sunk off the cape", "About 4,000 troops land"],
)
def test_joined_names_and_a_word_before_the_verb_still_make_a_happening(title: str) -> None:
    assert agency_score(title) >= 0.9


def test_an_occurrence_bounded_by_its_neighbours_is_less_precise_than_its_span_says() -> None:
    told = _event("A resigns", date(2015, 8, 4), date(2015, 8, 6))
    bounded = replace(told, timex="", certainty="inferred")
    assert precision_score(bounded) < precision_score(replace(told, certainty="inferred")) < precision_score(told)


def test_central_actors_and_several_sources_raise_salience() -> None:
    when = (date(2015, 8, 1), date(2015, 8, 31))
    hero = [_event(f"Hero acts {i}", *when, actors=("Hero",), doc=f"d{i}.txt") for i in range(3)]
    extra = _event("Extra acts", *when, actors=("Extra",), doc="d9.txt")
    scored = score_events(hero + [extra])
    assert all(0.0 <= e.salience <= 1.0 for e in scored)
    assert min(e.salience for e in scored[:3]) > scored[3].salience
    told_thrice = score_events(hero + [extra], sources={e.id: 3 for e in hero})
    assert told_thrice[0].salience > scored[0].salience


def test_annotating_a_corpus_counts_the_documents_that_tell_a_happening(tmp_path) -> None:
    from explorer.ingest import extract_paths

    story = ("The Ruritanian foreign minister Anna Berg visited Vienna on March 2, 2021 and met the chancellor "
             "Karl Weber for talks on the border dispute that has divided the two countries for years.\n")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(story, encoding="utf-8")
    (tmp_path / "c.txt").write_text(story.replace("March 2", "June 9"), encoding="utf-8")  # another visit
    corpus = extract_paths([str(tmp_path)], jobs=1)
    by_doc = {e.doc.rsplit("/", 1)[-1]: e for e in corpus.events if e.timex}
    assert any(len(g.docs) == 2 for g in corpus.groups)
    assert by_doc["a.txt"].salience > by_doc["c.txt"].salience


def test_labels_claim_room_in_salience_order() -> None:
    salience = [0.2, 0.9, 0.5, 0.1]
    assert label_order(salience) == [1, 2, 0, 3]
    # Four labels 100 px wide whose anchors are 30 px apart: only every fourth fits, the salient one wins.
    kept = choose_labels([0, 30, 60, 200], [100, 100, 100, 100], salience)
    assert kept == [1, 3]
    # In separate lanes they do not compete.
    assert choose_labels([0, 30], [100, 100], [0.1, 0.9], lanes=[0, 1]) == [0, 1]
