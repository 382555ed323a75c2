"""The learned event filter's experiment (``listing_model.py``, ``train_listing.py``): cheap checks that
its training cannot see the never-opened articles, that its fit is deterministic and learns, and that
its features are general numbers for any event. No extraction of gold articles here (CI budget)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # scripts beside this test; they import score.py the same way
import listing_model  # noqa: E402
import train_listing  # noqa: E402


def test_training_refuses_never_opened_articles_before_reading_any():
    closed = sorted(train_listing.score.NEVER_OPENED)[:1]
    with pytest.raises(ValueError, match="never-opened"):
        train_listing.candidate_table(closed)


def test_training_articles_leave_out_the_fresh_ones_that_test_the_filter():
    names = train_listing.training_names()
    assert names and not any(n.startswith("s13-") for n in names)
    assert not set(names) & train_listing.score.NEVER_OPENED


def test_fit_is_deterministic_and_ranks_a_learnable_signal():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] - 0.5 * X[:, 1] + 0.3 * rng.normal(size=400) > 0).astype(float)
    first, second = train_listing.fit(X, y, 1.0), train_listing.fit(X, y, 1.0)
    assert np.array_equal(first["coef"], second["coef"])
    assert first["coef"][0] > 0 > first["coef"][1]
    assert train_listing.auc(y, train_listing.predict(first, X)) > 0.9


def test_features_are_the_named_finite_numbers_for_events_of_my_own():
    from explorer.documents.document import Document
    from explorer.events.build import build_events
    from explorer.temporal import tag

    text = ("The harbour board voted on 3 May 2024 to sell the old ferry. If the sale fails, the board "
            "could lease the ferry next year. The union demands a new vote.")
    doc = Document("own.txt", text, "own", None, "unknown")
    events = build_events(doc, tag(text, None))
    assert events
    for event in events:
        row = listing_model.features(event, text, events, doc.date_source)
        assert tuple(row) == listing_model.feature_names()
        assert all(math.isfinite(v) for v in row.values())
    X = np.random.default_rng(1).normal(size=(20, len(row)))
    weights = train_listing.weights_json(train_listing.fit(X, (X[:, 0] > 0).astype(float), 1.0), 0.5, 1.0, 20)
    assert weights["features"] == list(listing_model.feature_names())
    assert 0.0 <= listing_model.probability(weights, row) <= 1.0
