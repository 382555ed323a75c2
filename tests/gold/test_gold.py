"""The hand-checked gold set: its annotations hold together, its scorer measures what it says, and
today's figures on the readable part do not regress.

Only the readable part is scored here; the unopened quarter (``score.HOLDOUT``) and the never-opened
sets of later sessions (``score.UNOPENED_PARTS``) are for reports, in aggregate, never for tuning
against a test. Their annotations are checked like every other article's.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str):
    """The gold tools are scripts beside this test, not a package: load them by path."""
    module_name = f"gold_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


score = _load("score")
annotate = _load("annotate")


# --------------------------------------------------------------------------- the annotations


@pytest.mark.parametrize("name", score.all_names())
def test_recorded_offsets_slice_back_and_are_the_first_match_in_reading_order(name):
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    recorded = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    score.load_gold(name)  # raises if a span does not slice back to its text
    recomputed = json.loads(json.dumps(recorded))
    annotate.forget_offsets(recomputed)
    assert annotate.fill(recomputed, text) == []
    assert recomputed == recorded


@pytest.mark.parametrize("name", score.all_names())
def test_annotations_are_well_formed(name):
    from explorer.calendar import Day

    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    # 140-700 words: the first sixty are 250-700; short wire, crime and court reports came later, as real ones are
    # short (session seventeen's second titles developer wrote four of 144-148 words, scored before this was seen)
    assert 140 <= len(text.split()) <= 700
    if gold["doc_date"] is not None:
        date.fromisoformat(gold["doc_date"])
    spans = [(t["start"], t["end"]) for t in gold["timexes"]]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "overlapping timexes"
    assert {t["type"] for t in gold["timexes"]} <= {"DATE", "TIME", "DURATION", "SET"}
    assert all(t["text"] == t["text"].strip() and t["value"] for t in gold["timexes"])
    assert gold["events"], "an article with nothing to put on a timeline"
    for event in gold["events"]:
        assert event["actor"] and event["predicate"] and event["title"]
        assert (event["begin"] is None) == (event["end"] is None)
        if event["begin"] is not None:
            assert Day.parse(event["begin"]) <= Day.parse(event["end"])


def test_the_unopened_quarter_is_a_fixed_quarter_of_the_set():
    names = score.all_names()
    assert len(names) >= 32
    assert set(score.HOLDOUT) <= set(names)
    written = [*score.OPENED_PARTS.values(), *score.UNOPENED_PARTS.values()]
    dealt = len(names) - len(score.FRESH_CHECKED) - sum(len(stems) for stems in written)
    assert len(score.HOLDOUT) == dealt // 4
    assert not set(score.FRESH_CHECKED) & set(score.HOLDOUT)
    assert set(score.FRESH_CHECKED) <= set(names)
    readable, holdout = score.part_names("readable"), score.part_names("holdout")
    unopened = [name for part in score.UNOPENED_PARTS for name in score.part_names(part)]
    assert not set(readable) & set(holdout)
    opened = score.part_names("opened")
    assert not set(unopened) & (set(readable) | set(holdout) | set(score.FRESH_CHECKED) | set(opened))
    assert not set(opened) & (set(readable) | set(holdout) | set(score.FRESH_CHECKED))
    assert sorted(readable + holdout + unopened + opened) == names


def test_a_quarter_of_the_whole_set_stays_never_opened():
    """Opening old never-opened sets for study (session thirty-eight) must leave at least a quarter of
    every article ever written for the set unopened: the holdout quarter and the newest sets."""
    names = score.all_names()
    assert len(score.NEVER_OPENED) * 4 >= len(names)
    assert set(score.NEVER_OPENED) <= set(names)


def test_the_opened_sets_are_the_oldest_and_scored_apart():
    """An opened set is no longer a never-opened one, is older than every set still closed, and is
    scored by ``--part opened`` only: the readable part (its figure and what is trained on it) keeps
    the articles it had."""
    assert not set(score.OPENED_PARTS) & set(score.UNOPENED_PARTS)
    assert not score.OPENED & score.NEVER_OPENED
    assert score.part_names("opened") == sorted(score.OPENED)
    assert not score.OPENED & set(score.part_names("readable"))
    number = lambda part: int(part.removeprefix("unopened") or 5)  # noqa: E731 - session five wrote "unopened"
    assert max(map(number, score.OPENED_PARTS)) < min(map(number, score.UNOPENED_PARTS))


@pytest.mark.parametrize("part", list(score.UNOPENED_PARTS))
def test_each_never_opened_set_is_a_part_of_its_own(part):
    """One session's never-opened articles, written by a developer who writes no rules: all in the set,
    in no earlier session's set nor the holdout quarter nor the fresh-checked ones, not in the readable
    part (whose article count they must not change), and scored as exactly themselves by ``--part PART``."""
    names = score.UNOPENED_PARTS[part]
    parts = list(score.UNOPENED_PARTS)
    earlier = parts[: parts.index(part)]
    assert names and names <= set(score.all_names())
    others = set(score.HOLDOUT) | set(score.FRESH_CHECKED) | score.OPENED
    for other in earlier:
        others |= score.UNOPENED_PARTS[other]
    assert not names & others
    assert not names & set(score.part_names("readable"))
    assert score.part_names(part) == sorted(names)


#: The two sets written before never-opened files were named by their session: their size is pinned
#: here, so that a name dropped from the table cannot move an article into the readable part unseen.
_SETS_WITHOUT_A_FILE_PREFIX = {"unopened": 12, "unopened9": 8}


def test_every_session_file_is_in_its_sessions_set_and_nothing_else_is():
    """From session twelve on, a never-opened set is exactly the files named ``sNu-*`` and its part is
    ``unopenedN``: a new set's files left out of :data:`score.UNOPENED_PARTS`, or a name dropped from it,
    would otherwise be scored (and read) as part of the readable set."""
    by_session: dict[str, set[str]] = {}
    for name in score.all_names():
        match = re.match(r"s(\d+)u-", name)
        if match:
            by_session.setdefault(f"unopened{match.group(1)}", set()).add(name)
    for part, names in by_session.items():
        assert part in score.UNOPENED_PARTS or part in score.OPENED_PARTS, f"{sorted(names)[0]}…: no {part} in the sets"
    for part, names in (score.OPENED_PARTS | score.UNOPENED_PARTS).items():
        if part in _SETS_WITHOUT_A_FILE_PREFIX:
            assert len(names) == _SETS_WITHOUT_A_FILE_PREFIX[part]
        else:
            assert names == by_session.get(part, set()), part


def test_the_parts_a_user_can_ask_for_derive_from_the_table(capsys):
    """``--help`` offers every set of the table as a ``--part``, in order: a set added to the table
    cannot be left out of the command line (nor one the table dropped kept in it)."""
    with pytest.raises(SystemExit):
        score.main(["--help"])
    offered = re.search(r"--part \{([^}]*)\}", capsys.readouterr().out)
    assert offered is not None
    assert offered.group(1).split(",") == ["readable", "holdout", "opened", *score.UNOPENED_PARTS, "all"]
    with pytest.raises(SystemExit):
        score.main(["--part", "unopened99"])
    with pytest.raises(ValueError, match=next(iter(score.UNOPENED_PARTS))):
        score.part_names("unopened99")


def test_the_unopened_part_is_printed_as_totals_only(monkeypatch, capsys):
    """``--errors`` never lists what went wrong on an unopened article: its scoring is asked for no
    errors, whatever the command line says."""
    asked = []

    def fake_score_part(part, with_dct=False, jobs=1, collect_errors=False):
        asked.append((part, collect_errors))
        counts = {"gold": 1, "pred": 1, "strict": 1, "relaxed": 1, "value": 1, "type": 1}
        event_counts = {"gold": 1, "pred": 1, "matched": 1, "date": 1, "dated_gold": 1, "year": 1,
                        "title": 1, "actor": 1}
        result = {"part": part, "route": "test", "documents": 1, "doc_date_accuracy": 1.0,
                  "timex": score.timex_metrics(counts), "events": score.event_metrics(event_counts)}
        if collect_errors:
            result["errors"] = {"secret-article": [{"kind": "missed", "gold": "secret words"}]}
            result["per_doc"] = {}
        return result

    monkeypatch.setattr(score, "score_part", fake_score_part)
    for part in score.UNOPENED_PARTS:
        assert score.main(["--part", part, "--errors"]) == 0
    assert asked == [(part, False) for part in score.UNOPENED_PARTS]
    assert asked
    out = capsys.readouterr().out
    assert "secret" not in out
    assert all(f"== {part} (" in out for part in score.UNOPENED_PARTS)


# --------------------------------------------------------------------------- the scorer's rules


def _span(start, end, value="2020", type_="DATE"):
    return score.Span(start, end, type_, value, "x" * (end - start))


def test_timex_metric_pairs_identical_spans_first_and_scores_values_on_relaxed_matches():
    gold = [_span(0, 10, "2020-01-01"), _span(20, 30, "P1D", "DURATION"), _span(40, 45)]
    pred = [_span(0, 10, "2020-01-02"), _span(18, 28, "P1D", "DURATION"), _span(60, 70)]
    counts, errors = score.timex_counts(gold, pred)
    assert counts == {"gold": 3, "pred": 3, "strict": 1, "relaxed": 2, "value": 1, "type": 2}
    metrics = score.timex_metrics(counts)
    assert metrics["strict"]["F1"] == pytest.approx(1 / 3)
    assert metrics["relaxed"]["F1"] == pytest.approx(2 / 3)
    assert metrics["value"]["F1"] == pytest.approx(1 / 3)  # accuracy 1/2 x relaxed F1 2/3
    assert {e["kind"] for e in errors} == {"mismatch", "missed", "spurious"}


def _gold_event(actor="Bogdanov|Mikhail Bogdanov", predicate="visit", begin=None, end=None, mentions=(5,)):
    return score.GoldEvent(tuple(mentions), begin, end, actor, predicate, "reference title")


@pytest.mark.parametrize(
    ("title", "acceptable"),
    [
        ("Mikhail Bogdanov visits Tehran", True),
        ("Bogdanov visited Tehran", True),
        ("Bogdanov's visit to Tehran", True),
        ("Qassem Suleimani visits Moscow", False),  # wrong actor
        ("Mikhail Bogdanov in Tehran", False),  # no predicate
        ("On December 7", False),  # a bare date
        ("Mikhail Bogdanov visits Tehran, where he…", False),  # cut off
    ],
)
def test_title_rule_names_actor_and_predicate(title, acceptable):
    assert score.title_acceptable(title, _gold_event()) is acceptable


def test_title_rule_takes_irregular_forms_only_when_listed():
    assert score.title_acceptable("Harbourside win the cup", _gold_event("Harbourside", "win"))
    assert not score.title_acceptable("Harbourside won the cup", _gold_event("Harbourside", "win"))
    assert score.title_acceptable("Harbourside won the cup", _gold_event("Harbourside", "win|won"))


@pytest.mark.parametrize(
    ("title", "predicate", "acceptable"),
    [
        ("Councillor Mbeki stands down from the board", "stand down", True),
        ("Councillor Mbeki stepped down in May", "step down", True),
        ("Councillor Mbeki stand down", "stand down", True),
        ("Councillor Mbeki stands firm", "stand down", False),  # particle missing
        ("Councillor Mbeki steps up", "step down", False),  # another particle
        ("Councillor Mbeki down to stand", "stand down", False),  # words out of order
        ("Councillor Mbeki stood down", "stand down", False),  # irregular, not listed
        ("Councillor Mbeki stood down", "stand down|stood down", True),
    ],
)
def test_title_rule_lets_a_phrasal_verb_inflect_but_keeps_its_particle(title, predicate, acceptable):
    assert score.title_acceptable(title, _gold_event("Mbeki", predicate)) is acceptable


def _predicted(begin, end, certainty="exact", sentence=(0, 50), title="Bogdanov visits Tehran", timex_start=10):
    return SimpleNamespace(begin=begin, end=end, certainty=certainty, sentence_start=sentence[0],
                           sentence_end=sentence[1], title=title, timex="x", timex_start=timex_start, actors=())


def test_date_is_right_inside_the_gold_window_and_an_undated_happening_must_not_get_an_exact_date():
    from explorer.calendar import Day

    march = _gold_event(begin=Day.of(2019, 3, 1).ordinal, end=Day.of(2019, 3, 31).ordinal)
    assert score.date_right(_predicted(date(2019, 3, 4), date(2019, 3, 4)), march)
    assert score.date_right(_predicted(date(2019, 3, 1), date(2019, 3, 31)), march)
    assert not score.date_right(_predicted(date(2019, 1, 1), date(2019, 12, 31)), march)  # vaguer
    assert score.year_right(_predicted(date(2019, 1, 1), date(2019, 12, 31)), march)
    assert not score.year_right(_predicted(date(2018, 3, 4), date(2018, 3, 4)), march)
    undated = _gold_event()
    assert score.date_right(_predicted(None, None, "undated"), undated)
    assert not score.date_right(_predicted(date(2019, 3, 4), date(2019, 3, 4)), undated)
    bc = _gold_event(begin=Day.parse("-0263-01-01").ordinal, end=Day.parse("-0263-12-31").ordinal)
    assert score.date_right(_predicted(Day.of(-263, 6, 1), Day.of(-263, 6, 1)), bc)


def test_a_happening_reported_twice_matches_once():
    gold = [_gold_event(mentions=(5, 105))]
    pred = [_predicted(None, None, "undated"), _predicted(None, None, "undated", sentence=(100, 150), timex_start=110)]
    counts, _ = score.event_counts(gold, pred)
    assert (counts["matched"], counts["pred"], counts["gold"]) == (1, 2, 1)


# --------------------------------------------------------------------------- today's figures


@pytest.fixture(scope="module")
def readable():
    return score.score_part("readable")


#: Scoring the readable part extracts its ~300 articles once for the module (about a minute alone, two
#: to three when the run's other workers share the cores): more than the suite's 120 s per test, which
#: is meant for tests that hang, not for this one's setup.
_WHOLE_PART = pytest.mark.timeout(600)


@_WHOLE_PART
def test_readable_part_does_not_regress_timexes(readable):
    """Floors a little below the figures measured when the set was written (value F1 0.769,
    strict 0.883, relaxed 0.933, document dates 15 of 27); raise them as the tagger improves.
    Issue 11, round three (dates-news): value 0.894, strict 0.940, relaxed 0.973. Session seven
    (dates-fresh, 51 articles with eight fresh ones): value 0.927, strict 0.954, relaxed 0.981; merged
    with events-select's eight new articles (59, which the date rules never saw): value 0.914, strict
    0.947, relaxed 0.977. Session eight (dates-genres): eight fresh articles of other genres joined
    (67), scored first with the unchanged rules at value 0.786 (the 67: 0.891, document dates 0.925);
    after the session's date rules the 67 at value 0.928, strict 0.951, relaxed 0.978, document dates
    0.940 (the 59 older ones 0.928, the eight fresh ones 0.931). Session seventeen (event dates): six
    fresh articles dense in relative and yearless dates joined (229), and the part's value F1 went from
    0.922 to 0.9197 with them, not with a regression, so the floor moved from 0.92 to 0.915."""
    timex = readable["timex"]
    assert timex["value"]["F1"] >= 0.915
    assert timex["strict"]["F1"] >= 0.94
    assert timex["relaxed"]["F1"] >= 0.97
    assert readable["doc_date_accuracy"] >= 0.9


@_WHOLE_PART
def test_readable_part_does_not_regress_events(readable):
    """Measured when the set was written: precision 0.637, recall 0.905, date accuracy 0.874,
    right year 0.938, titles acceptable 0.263; after events-2 (issue 12, round two): precision 0.720,
    recall 0.912, date accuracy 0.884, right year 0.959, titles acceptable 0.863, actor 0.341; after
    events-3 (round three, 35 articles with the eight fresh ones): precision 0.802, recall 0.905, date
    accuracy 0.901, right year 0.963, titles acceptable 0.880, actor 0.369; after events-select (session
    five): precision 0.891, recall 0.910; events-titles (session five):
    titles acceptable 0.935, actor 0.411.
    Session six (events-select): eight fresh articles joined the part (43 articles), scored first with
    the unchanged rules at precision 0.813, recall 0.712; the 35 older ones were at 0.902 / 0.929 and the
    43 together at 0.885 / 0.881. After the session's rules: the 43 at precision 0.924, recall 0.922, date
    accuracy 0.917, right year 0.951, titles 0.924, actor 0.400 (the 35 older ones 0.926 / 0.954, the
    eight fresh ones 0.913 / 0.808).
    Session seven (dates-fresh): eight more fresh articles joined the part (51 articles), scored first
    with the unchanged rules at precision 0.830, recall 0.877, date accuracy 0.817, titles 0.796, actor
    0.247 (titles and actors are not that session's work); after its date rules the 51 at precision
    0.905, recall 0.912, date accuracy 0.918, right year 0.964, titles 0.909, actor 0.385 (the 43 older
    ones unchanged: 0.923 / 0.917, dates 0.924, titles 0.933, actor 0.420), so the title and actor
    floors moved down with the harder articles, not with a regression. Merged with events-select's eight
    (59 articles) and events-titles' agents (a clause's common-noun subject is its actor): precision 0.907,
    recall 0.911, date accuracy 0.915, right year 0.953, titles 0.908, actor 0.758.
    Session eight (dates-genres): eight fresh articles of other genres joined (67), scored first with
    the unchanged rules at precision 0.643, recall 0.868, date accuracy 0.761 (the 67: 0.859 / 0.905,
    dates 0.894); after the session's date rules the 67 at precision 0.859, recall 0.905, date accuracy
    0.923, right year 0.957, titles 0.900, actor 0.757 (the 59 older ones 0.906 / 0.911, dates 0.925;
    the eight fresh ones 0.648 / 0.868, dates 0.913). Which occurrences become events is not that
    session's work (nor titles), so the precision and title floors moved down with the harder articles,
    not with a regression.
    Session eight (events-select): eight more fresh articles joined the part (67 articles), scored first
    with the unchanged rules at precision 0.703, recall 0.776, titles 0.769, actor 0.673 (the 67 then at
    0.886 / 0.899, titles 0.897); after the session's rules the 67 at precision 0.896, recall 0.911, date
    accuracy 0.914, right year 0.953, titles 0.897, actor 0.750 (the 59 older ones 0.910 / 0.911, titles
    0.910, actor 0.755; the eight fresh ones 0.782 / 0.910, titles 0.770), so the precision and title
    floors moved down with the harder articles, not with a regression. Merged (75 articles): precision 0.856, recall
    0.908, date accuracy 0.922, right year 0.956, titles 0.899, actor 0.763.
    Session nine (events-precision): eight fresh articles of international affairs and politics joined
    (83 articles), scored first with the unchanged rules at precision 0.775, recall 0.797, titles 0.800,
    actor 0.800, date accuracy 0.891 (the 83 then at 0.850 / 0.900); after the session's precision rules
    the 83 at precision 0.867, recall 0.8995, date accuracy 0.920, right year 0.956, titles 0.892, actor
    0.763 (the 75 older ones 0.864 / 0.908, titles 0.899; the eight fresh ones 0.917 / 0.797, titles
    0.800). Missed events are not that session's work, so the recall floor moved down with the harder
    articles, not with a regression.
    Session ten (events-precision): four fresh articles of other genres joined (87 articles), scored
    first with the unchanged rules at precision 0.825, recall 0.734, titles 0.702, actor 0.660 (the 87
    then at 0.870 / 0.902, dates 0.925, titles 0.895, actor 0.781); after the session's precision rules
    the 87 at precision 0.889, recall 0.901, date accuracy 0.925, right year 0.960, titles 0.895, actor
    0.780, so the precision floor moved up.
    Session eleven (events-recall): four fresh articles dense in happenings joined (91 articles), scored
    first with the unchanged rules at precision 0.886, recall 0.633 (gold 98, predicted 70, matched 62),
    date accuracy 0.855, titles 0.871, actor 0.919 (the 91 then at 0.889 / 0.886); the recall floor moved
    down with them, not with a regression. After the session's recall rules (joined clauses) the 91 at
    precision 0.886, recall 0.891, date accuracy 0.916, titles 0.900, actor 0.802 (the four fresh ones
    0.890 / 0.663).
    Session twelve (events-recall): six fresh narrative articles joined (104 articles), scored first with
    the unchanged rules at precision 0.848, recall 0.634 (gold 123, predicted 92, matched 78), date
    accuracy 0.859, titles 0.821, actor 0.782 (the 104 then at 0.879 / 0.870 once one of their triggers
    was corrected); the recall floor moved down with them, not with a regression. After the session's
    recall rules (clauses beside a dated one, listed acts, an opening "After" phrase, story time within a
    paragraph) the 104 at precision 0.878, recall 0.880, date accuracy 0.904, titles 0.896, actor 0.805
    (the 98 older ones 0.878 / 0.896, the six fresh ones 0.882 / 0.732), so the recall floor moved up.
    Session twelve (recall-two): four fresh histories with no date joined (108 articles), scored first with
    the unchanged rules at precision 0.979, recall 0.438 (gold 105, predicted 47, matched 46); the 108 then
    at 0.882 / 0.846, so the recall floor moved down with them. After the session's story-time rules the
    108 at precision 0.882, recall 0.869, date accuracy 0.902 (the 104 older ones 0.877 / 0.887).
    Session thirteen (titles and actors): eight fresh articles with hard subjects joined (138 articles),
    scored first with the unchanged rules at precision 0.904, recall 0.804 (gold 107, predicted 95,
    matched 86), titles 0.791, actor 0.814; the 138 then at 0.890 / 0.858 (the 130 before them 0.890 /
    0.862), so the recall floor moved down with them, not with a regression.
    Session thirteen (recall): six fresh articles dense in undated happenings joined (136 articles),
    scored first with the unchanged rules at precision 0.949, recall 0.636 (gold 88, predicted 59,
    matched 56); the 136 then at recall about 0.850, under the floor, until the session's rule (a plain
    act where no dated sentence is near, kept undated): the 136 at precision 0.889, recall 0.862 (the 130
    older ones 0.887 / 0.870, first 0.890 / 0.862).
    Session sixteen (titles and actors): five fresh articles dense in pronoun subjects joined (196
    articles), scored first with the unchanged rules at precision 0.881, recall 0.800 (gold 65, predicted
    59, matched 52); the 196 then at 0.895 / 0.849 (the 191 before them 0.895 / 0.850), so the recall
    floor moved down with them, not with a regression.
    Session seventeen (events recall): six fresh articles dense in undated acts and second acts joined
    (221 articles), scored first with the unchanged rules at precision 0.972, recall 0.530 (gold 132,
    predicted 72, matched 70), date accuracy 0.600: a war diary whose clock times are read against a
    date guessed from its heading, and acts told after a dated day with no date of their own. The 221
    then at date accuracy 0.898, under its floor, so the date and right-year floors moved down with
    them, not with a regression. After the session's recall rules the 221 at precision 0.900, recall
    0.841, date accuracy 0.894, right year 0.935 (the 215 before them 0.898 / 0.853, date accuracy
    0.905, first 0.897 / 0.846 / 0.907).
    Session seventeen (titles and actors): five fresh articles dense in subjects a title must name joined
    (234 with the other sessions' ones), scored first with the unchanged rules at precision 0.981, recall
    0.815 (gold 65, predicted 54, matched 53); the 234 then at recall 0.8399 with and without that
    session's title and actor rules (matched 2529 of 3011 both times), so the recall floor moved down to
    0.83 with them, not with a regression; titles 0.911 -> 0.913, actors 0.847 -> 0.854."""
    events = readable["events"]
    assert events["P"] >= 0.87
    assert events["R"] >= 0.83
    assert events["date_accuracy"] >= 0.89
    assert events["right_year"] >= 0.93
    assert events["title_acceptable"] >= 0.89
    assert events["actor_accuracy"] >= 0.72
