"""Pairwise precision and recall of alias merging and event grouping on the hand-made corpora.

Each corpus folder has a ``gold.json``: ``people`` maps a person to the spellings that name only them;
``doc_people`` (optional) gives, per document, the people an ambiguous spelling names, in order of
appearance ("Sánchez" for two different Sánchezes); ``groups`` lists the events that report one
happening as [document, value] or [document, value, a word of the event's sentence] when one document
has two events of that value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from explorer.ingest import Corpus, extract_paths

CORPUS = Path(__file__).parent / "corpus"
EUROPE = Path(__file__).parent / "corpus_europe"
CORPORA = (CORPUS, EUROPE)


def _pr(predicted: set, gold: set) -> tuple[float, float]:
    hit = len(predicted & gold)
    return (hit / len(predicted) if predicted else 1.0, hit / len(gold) if gold else 1.0)


def _mention_items(corpus: Corpus, gold: dict) -> list[tuple]:
    """(doc, start, gold person, predicted entity id) for each named mention of a gold person."""
    surface_to_gold = {v: name for name, variants in gold["people"].items() for v in variants}
    per_doc = gold.get("doc_people", {})
    refs = sorted((ref.doc, ref.start, ref.text, entity.id)
                  for entity in corpus.actors.entities.values() for ref in entity.mentions if not ref.derived)
    seen: dict[tuple, int] = defaultdict(int)
    items = []
    for doc, start, text, entity_id in refs:
        ordered = per_doc.get(Path(doc).stem, {}).get(text)
        if ordered:
            n = seen[(doc, text)]
            seen[(doc, text)] += 1
            if n < len(ordered):
                items.append((doc, start, ordered[n], entity_id))
        elif text in surface_to_gold:
            items.append((doc, start, surface_to_gold[text], entity_id))
    return items


def alias_scores(corpus: Corpus, gold: dict) -> tuple[float, float]:
    items = _mention_items(corpus, gold)
    pred = {(a[:2], b[:2]) for a, b in combinations(sorted(items), 2) if a[3] == b[3]}
    gold_pairs = {(a[:2], b[:2]) for a, b in combinations(sorted(items), 2) if a[2] == b[2]}
    return _pr(pred, gold_pairs)


def people_found(corpus: Corpus, gold: dict) -> float:
    """Share of the gold people found as a person under at least one of their spellings."""
    people = corpus.actors.people()
    spellings = {v for e in people for v in e.variants}
    return sum(1 for variants in gold["people"].values() if set(variants) & spellings) / len(gold["people"])


def grouping_scores(corpus: Corpus, gold: dict) -> tuple[float, float]:
    cues: dict[tuple[str, str], list[str]] = defaultdict(list)
    for group in gold["groups"]:
        for member in group:
            if len(member) > 2:
                cues[(member[0], member[1])].append(member[2])

    def key(event) -> tuple[str, str, str]:
        stem = Path(event.doc).stem
        cue = next((c for c in cues.get((stem, event.value), []) if c in event.sentence), "")
        return (stem, event.value, cue)

    by_id = {e.id: e for e in corpus.events}
    pred = set()
    for group in corpus.groups:
        keys = sorted(key(by_id[i]) for i in group.event_ids)
        pred |= set(combinations(keys, 2))
    gold_pairs = set()
    for group in gold["groups"]:
        members = [(m[0], m[1], m[2] if len(m) > 2 else "") for m in group]
        gold_pairs |= set(combinations(sorted(members), 2))
    return _pr(pred, gold_pairs)


def run(folder: Path = CORPUS) -> dict[str, float]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    corpus = extract_paths([folder], jobs=1)
    ap, ar = alias_scores(corpus, gold)
    gp, gr = grouping_scores(corpus, gold)
    return {"alias_precision": ap, "alias_recall": ar, "grouping_precision": gp, "grouping_recall": gr,
            "people_found": people_found(corpus, gold)}


if __name__ == "__main__":
    for folder in CORPORA:
        print(folder.name, {k: round(v, 3) for k, v in run(folder).items()})
