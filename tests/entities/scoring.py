"""Pairwise precision and recall of alias merging and event grouping on the hand-made corpus."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from explorer.pipeline import Corpus, extract_paths

CORPUS = Path(__file__).parent / "corpus"


def _pr(predicted: set, gold: set) -> tuple[float, float]:
    hit = len(predicted & gold)
    return (hit / len(predicted) if predicted else 1.0, hit / len(gold) if gold else 1.0)


def alias_scores(corpus: Corpus, gold: dict) -> tuple[float, float]:
    surface_to_gold = {v: name for name, variants in gold["people"].items() for v in variants}
    items = []  # (doc, start, gold name, predicted entity id)
    for entity in corpus.actors.entities.values():
        for ref in entity.mentions:
            if not ref.derived and ref.text in surface_to_gold:
                items.append((ref.doc, ref.start, surface_to_gold[ref.text], entity.id))
    pred = {(a[:2], b[:2]) for a, b in combinations(sorted(items), 2) if a[3] == b[3]}
    gold_pairs = {(a[:2], b[:2]) for a, b in combinations(sorted(items), 2) if a[2] == b[2]}
    return _pr(pred, gold_pairs)


def _key(event_doc: str, value: str) -> tuple[str, str]:
    return (Path(event_doc).stem, value)


def grouping_scores(corpus: Corpus, gold: dict) -> tuple[float, float]:
    by_id = {e.id: e for e in corpus.events}
    pred = set()
    for group in corpus.groups:
        keys = sorted(_key(by_id[i].doc, by_id[i].value) for i in group.event_ids)
        pred |= set(combinations(keys, 2))
    gold_pairs = set()
    for group in gold["groups"]:
        gold_pairs |= set(combinations(sorted(tuple(k) for k in group), 2))
    return _pr(pred, gold_pairs)


def run() -> dict[str, float]:
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    corpus = extract_paths([CORPUS], jobs=1)
    ap, ar = alias_scores(corpus, gold)
    gp, gr = grouping_scores(corpus, gold)
    return {"alias_precision": ap, "alias_recall": ar, "grouping_precision": gp, "grouping_recall": gr}


if __name__ == "__main__":
    print(run())
