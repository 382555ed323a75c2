"""Train and cross-validate the learned event filter (``listing_model`` beside this file).

The candidates are the events the rules produce on the readable gold articles, each extracted on its
own as ``explorer.ingest.extract.extract_file`` does; a candidate's label is whether this set's own
scorer (:func:`score.match_events`) pairs it with a gold event. The model is a logistic regression
with an L2 penalty, fitted by Newton's method in numpy (deterministic: same data, same weights).

Evaluation is cross-validation grouped by article (fold = index % 5 in sorted order of names): for
each fold the model is fitted on the other four, its threshold is chosen on those four alone (by an
inner grouped cross-validation), and the held fold's events are filtered and re-scored with the
scorer's matcher. It prints out-of-fold P, R, F1 of the rules alone and of rules + filter.

    python tests/gold/train_listing.py [--folds 5] [--l2 30] [--write FILE]

``--write`` fits on all the training articles and writes the weights (JSON) to FILE. The training
articles are the readable part less the session-thirteen fresh articles (:func:`training_names`),
which test the filter and must not train it. Never run it on the never-opened parts:
:func:`candidate_table` refuses them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score  # noqa: E402

#: The largest share of the training folds' gold events the filter may lose when its threshold is chosen.
RECALL_BUDGET = 0.005
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 31))
#: Where ``--curve`` reports: an oracle's view of the trade-off, for the record, never for choosing.
CURVE = (0.3, 0.5, 0.6, 0.7, 0.8)


def training_names() -> list[str]:
    """The readable articles the filter learns from: all but the fresh ones written to test it."""
    return [name for name in score.part_names("readable") if not name.startswith("s13-")]


def extract_one(name: str) -> tuple[Any, tuple[Any, ...]]:
    """One article through the per-document extraction, before the learned filter (the document and
    its candidate events)."""
    from explorer.ingest.extract import extract_file

    result = extract_file(str(HERE / f"{name}.txt"))
    return result.extracted.document, result.extracted.events


def candidate_table(names: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per article: its gold, its candidate events, their feature rows and labels."""
    from listing_model import feature_names, features

    closed = set(names) & score.NEVER_OPENED
    if closed:
        raise ValueError(f"never-opened articles may not be used for training: {sorted(closed)}")
    columns = feature_names()
    table = {}
    for name in names:
        gold = score.load_gold(name)
        doc, events = extract_one(name)
        matched = {pi for _, pi in score.match_events(gold.events, events)}
        rows = [features(e, doc.text, events, doc.date_source) for e in events]
        table[name] = {
            "gold": gold.events,
            "events": list(events),
            "X": np.array([[row[c] for c in columns] for row in rows], dtype=float).reshape(len(rows), len(columns)),
            "y": np.array([i in matched for i in range(len(events))], dtype=float),
        }
    return table


def fit(X: np.ndarray, y: np.ndarray, l2: float) -> dict[str, Any]:
    """Standardised logistic regression, L2 on the coefficients (not the intercept), Newton steps."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / scale])
    w = np.zeros(Z.shape[1])
    penalty = np.full(Z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ w, -30, 30)))
        gradient = Z.T @ (p - y) + penalty * w
        hessian = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(penalty) + 1e-9 * np.eye(Z.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "intercept": float(w[0]), "coef": w[1:]}


def predict(model: dict[str, Any], X: np.ndarray) -> np.ndarray:
    z = model["intercept"] + ((X - model["mean"]) / model["scale"]) @ model["coef"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def folds_of(names: Sequence[str], k: int) -> list[list[str]]:
    ordered = sorted(names)
    return [[n for i, n in enumerate(ordered) if i % k == f] for f in range(k)]


def stack(table: dict[str, dict[str, Any]], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    X = np.vstack([table[n]["X"] for n in names])
    y = np.concatenate([table[n]["y"] for n in names])
    return X, y


def out_of_fold(table: dict[str, dict[str, Any]], names: Sequence[str], k: int, l2: float) -> dict[str, np.ndarray]:
    """Each article's candidates' probabilities from a model fitted without its fold."""
    out = {}
    for held in folds_of(names, k):
        model = fit(*stack(table, [n for n in names if n not in held]), l2)
        for n in held:
            out[n] = predict(model, table[n]["X"]) if len(table[n]["X"]) else np.zeros(0)
    return out


def choose_threshold(table: dict[str, dict[str, Any]], names: Sequence[str], probs: dict[str, np.ndarray]) -> float:
    """The highest threshold whose dropped matched candidates stay within :data:`RECALL_BUDGET` of
    the articles' gold events (labels as fixed; the exact re-match is left to evaluation)."""
    gold = sum(len(table[n]["gold"]) for n in names)
    y = np.concatenate([table[n]["y"] for n in names])
    p = np.concatenate([probs[n] for n in names])
    best = 0.0
    for t in THRESHOLDS:
        if ((p < t) & (y == 1)).sum() <= RECALL_BUDGET * gold:
            best = t
    return best


def rescore(table: dict[str, dict[str, Any]], names: Sequence[str], keep: dict[str, np.ndarray] | None) -> dict[str, float]:
    """Event P, R, F1 of the kept candidates, matched again by the scorer's matcher."""
    counts = {"gold": 0, "pred": 0, "matched": 0}
    for n in names:
        events = table[n]["events"]
        kept = events if keep is None else [e for e, k in zip(events, keep[n]) if k]
        c, _ = score.event_counts(table[n]["gold"], kept)
        for key in counts:
            counts[key] += c[key]
    return {**score.prf(counts["matched"], counts["pred"], counts["gold"]), **counts}


def cross_validate(table: dict[str, dict[str, Any]], k: int, l2: float) -> dict[str, Any]:
    names = sorted(table)
    probs: dict[str, np.ndarray] = {}
    keep: dict[str, np.ndarray] = {}
    thresholds = []
    for held in folds_of(names, k):
        train = [n for n in names if n not in held]
        inner = out_of_fold(table, train, k - 1, l2)
        threshold = choose_threshold(table, train, inner)
        thresholds.append(threshold)
        model = fit(*stack(table, train), l2)
        for n in held:
            probs[n] = predict(model, table[n]["X"]) if len(table[n]["X"]) else np.zeros(0)
            keep[n] = probs[n] >= threshold
    return {"rules": rescore(table, names, None), "filtered": rescore(table, names, keep),
            "thresholds": thresholds, "probs": probs}


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="stable")
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else 0.5


def weights_json(model: dict[str, Any], threshold: float, l2: float, n: int) -> dict[str, Any]:
    from listing_model import feature_names

    return {
        "about": "tests/gold/listing_model.py weights: written by tests/gold/train_listing.py --write",
        "features": list(feature_names()),
        "mean": [round(float(v), 6) for v in model["mean"]],
        "scale": [round(float(v), 6) for v in model["scale"]],
        "coef": [round(float(v), 6) for v in model["coef"]],
        "intercept": round(model["intercept"], 6),
        "threshold": threshold,
        "l2": l2,
        "trained_on": n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, nargs="+", default=[30.0])
    parser.add_argument("--curve", action="store_true",
                        help="also print out-of-fold P and R at fixed thresholds (the best any threshold could do)")
    parser.add_argument("--write", type=Path, help="fit on all training articles, write the weights to this file")
    args = parser.parse_args(argv)
    names = training_names()
    table = candidate_table(names)
    X, y = stack(table, names)
    print(f"{len(names)} articles, {len(y)} candidates, {int(y.sum())} matched, {X.shape[1]} features")
    for l2 in args.l2:
        result = cross_validate(table, args.folds, l2)
        p = np.concatenate([result["probs"][n] for n in sorted(table)])
        yy = np.concatenate([table[n]["y"] for n in sorted(table)])
        r, f = result["rules"], result["filtered"]
        print(f"l2 {l2}: out-of-fold AUC {auc(yy, p):.3f}; thresholds {result['thresholds']}")
        print(f"  rules only       P {r['P']:.3f}  R {r['R']:.3f}  F1 {r['F1']:.3f}  (pred {r['pred']}, matched {r['matched']})")
        print(f"  rules + filter   P {f['P']:.3f}  R {f['R']:.3f}  F1 {f['F1']:.3f}  (pred {f['pred']}, matched {f['matched']})")
        if args.curve:
            probs = out_of_fold(table, names, args.folds, l2)
            for t in CURVE:
                c = rescore(table, names, {n: probs[n] >= t for n in names})
                print(f"  threshold {t:.2f}   P {c['P']:.3f}  R {c['R']:.3f}  F1 {c['F1']:.3f}  (pred {c['pred']})")
    if args.write:
        l2 = args.l2[0]
        threshold = choose_threshold(table, names, out_of_fold(table, names, args.folds, l2))
        args.write.write_text(json.dumps(weights_json(fit(X, y, l2), threshold, l2, len(names)), indent=1) + "\n",
                              encoding="utf-8")
        print(f"wrote {args.write} (threshold {threshold})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    raise SystemExit(main())
