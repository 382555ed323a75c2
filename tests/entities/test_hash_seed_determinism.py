"""The same folder gives the same events, actors and places in every run.

Python randomises string hashing per process (``PYTHONHASHSEED``), so any tie broken by the order a
``set`` (or a dict built from one) is walked in would change a re-imported folder's actors from one
run to the next. The subprocess test extracts two small articles of our own (people sharing a
surname, a pronoun, a company and its initials, places) under two different seeds and compares the
whole outcome; the unit tests pin the tie-break of the canonical name, which must not depend on the
order the spellings were counted in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from explorer.entities.canonical_names import canonical_name
from explorer.entities.kinds import ORG, PERSON, PLACE

REPO = Path(__file__).resolve().parents[2]

ARTICLES = {
    "obituary.txt": (
        "Obituary: Dr Ilse Marrow, chemist who cleaned the Vessa estuary\n\nPublished 4 March 2024\n\n"
        "Dr Ilse Marrow, who has died aged 81, spent thirty years measuring what the mills of Dunmere "
        "poured into the Vessa. Born in 1943 in Carrow, she joined the Northfield Water Board in 1969. "
        "Her brother, the surveyor Anton Marrow, died in 2011. In 1984 she persuaded Harlan Textiles Ltd "
        "to stop its discharges, and HTL closed its last dye works in Dunmere in 1990. Marrow retired in "
        "2004. She died on 27 February at her home in Carrow.\n"
    ),
    "council.txt": (
        "Council approves Dunmere river path\n\n12 June 2023\n\n"
        "Councillors in Dunmere on Tuesday approved a path along the Vessa from the old mills to Carrow. "
        "Mayor Petra Lind said the work would start in September. Lind thanked Anton Marrow's family, "
        "who gave land at Carrow in 2019. Harlan Textiles said on Monday it would fund the bridge.\n"
    ),
}

_SCRIPT = """
import json, sys
from explorer.ingest import extract_paths
corpus = extract_paths([sys.argv[1]], jobs=1)
events = [[e.title, list(e.actors), list(e.places), e.value, e.salience] for e in corpus.events]
entities = [[x.id, x.name, x.kind, sorted(x.variants.items()), [(m.start, m.end) for m in x.mentions]]
            for x in corpus.actors.entities.values()]
print(json.dumps({"events": events, "entities": entities}))
"""


def _extract(folder: Path, seed: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", _SCRIPT, str(folder)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_hash_seeds_give_the_same_events_actors_and_places(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    runs = [_extract(tmp_path, seed) for seed in ("1", "2")]  # started together: two cores, ~2.5 s
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(json.loads(out))
    first, second = outputs
    assert first["events"], "the articles must give events, or the comparison proves nothing"
    assert any(actors for _, actors, *_ in first["events"])
    assert any(places for _, _, places, *_ in first["events"])
    assert first["events"] == second["events"]
    assert first["entities"] == second["entities"]


@pytest.mark.parametrize(
    ("kind", "counts"),
    [
        (PERSON, {"Ilse Marrow": 2, "Anton Marrow": 2}),
        (PERSON, {"Ilse Marrow": 1, "Anton Marrow": 1, "Marrow": 3}),
        (PERSON, {"Petra Lind": 1, "Petra Lindh": 1}),
        (PERSON, {"José Alvarez": 1, "Jose Álvarez": 1}),
        (ORG, {"Harlan Textiles": 2, "Harlan Mills": 2}),
        (ORG, {"Northfield Water Board": 1, "Northfield Water Authority": 1}),
        (PLACE, {"Carrow": 2, "Carrowmore": 2}),
        (PLACE, {"Dunmere": 1, "Dun Mere": 1}),
    ],
)
def test_canonical_name_ties_do_not_follow_the_counting_order(kind: str, counts: dict[str, int]) -> None:
    """Equally frequent, equally complete spellings: the name chosen is the same whichever spelling
    was met first (a set of surfaces, or documents read in another order, gives another order)."""
    forward = Counter(counts)
    backward = Counter(dict(reversed(list(counts.items()))))
    assert list(forward) != list(backward)
    assert canonical_name(kind, forward) == canonical_name(kind, backward)
    assert canonical_name(kind, forward) in counts
