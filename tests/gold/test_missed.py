"""The missed-event debug route (``missed.py``): it lists exactly the gold events the scorer counts as
missed, says which stage dropped a candidate, and never opens an article outside the readable part."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


sys.path.insert(0, str(HERE))  # missed.py is a script beside this test; it imports score.py the same way
import missed  # noqa: E402

score = missed.score

#: Readable articles (a memoir and a changelog) that have held missed events since they were written.
ARTICLES = ("memoir-field-hospital-verrin", "changelog-trailmap-app-releases")


@pytest.mark.parametrize("name", ARTICLES)
def test_it_lists_the_events_the_scorer_counts_as_missed(name: str) -> None:
    from explorer.ingest import extract_paths

    gold = score.load_gold(name)
    events = list(extract_paths([str(HERE / f"{name}.txt")], jobs=1).documents[0].events)
    counts, _ = score.event_counts(gold.events, events)
    lines = missed.explain(name)
    assert sum(line.startswith("== ") for line in lines) == counts["gold"] - counts["matched"]


def test_it_names_the_stage_that_dropped_a_candidate_and_restores_the_builder() -> None:
    import explorer.events.build as build
    import explorer.events.undated_events as undated_events

    originals = {(module, name): getattr(module, name) for module in (build, undated_events)
                 for name in (*missed.FOLDS, "Furniture", "date_role") if hasattr(module, name)}
    log: list[tuple[str, int, int, str]] = []
    text = "Ferry news\n\nThe ferry sailed at 9:00 on Friday 3 May and arrived at 9:00 on Friday 3 May, as planned."
    from explorer.documents import Document
    from explorer.ingest import extract_document

    with missed.traced(log):
        extract_document(Document("a.txt", text, "t"), dct=None)
    assert any(stage in missed.FOLDS for stage, *_ in log)
    assert all(getattr(module, name) is original for (module, name), original in originals.items())


def test_it_never_opens_a_holdout_or_unopened_article() -> None:
    for name in (score.HOLDOUT[0], *(min(stems) for stems in score.UNOPENED_PARTS.values())):
        with pytest.raises(ValueError):
            missed.explain(name)
        with pytest.raises(ValueError):
            missed.stages(name)


def test_it_gives_each_missed_event_one_stage() -> None:
    from explorer.ingest import extract_paths

    name = ARTICLES[1]
    gold = score.load_gold(name)
    counts, _ = score.event_counts(gold.events, list(extract_paths([str(HERE / f"{name}.txt")], jobs=1).documents[0].events))
    found = missed.stages(name)
    assert len(found) == counts["gold"] - counts["matched"] > 0
    assert all(stage.split(":")[0] in missed.STAGES for stage in found)
