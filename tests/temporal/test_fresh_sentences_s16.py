"""Scores the session-sixteen fresh sentences (``fresh_sentences_s16.py``) as the session-fifteen ones
are scored (``test_fresh_sentences_s15.score``: a found expression counts when it overlaps a
hand-valued one and carries its value; a spurious one costs too).

Figures (value F1, with how many of the hand-valued expressions were right). Each read batch was
scored first on the code of its day; those first figures equal the figures of the unchanged code
(725c81b, the pure move of ``resolve.py`` on integ16), since no rule made for an earlier batch
changed a later one before it was read. The held-aside parts were scored once, at the end, on both.

| part | unchanged code (725c81b) | end of session sixteen |
|---|---|---|
| a, read: wire sentences and last session's leftovers (56) | 0.901 (50) | 0.964 (54) |
| b, read: a part of a day after a named day (11) | 0.545 (6) | 1.0 (11) |
| c, read: four wire stories (36) | 1.0 (36) | 1.0 (36) |
| d, read: broadcast, agency, feature (26) | 0.852 (23) | 0.943 (25) |
| e, read: agency, broadcast, feature (22) | 0.864 (19) | 0.909 (20) |
| f, read: agency, broadcast, court (21) | 0.952 (20) | 1.0 (21) |
| g, read: obituary, profile (16) | 0.848 (14) | 0.909 (15) |
| h, read: results report, rail disaster (15) | 0.903 (14) | 1.0 (15) |
| all read (203) | 0.890 (182) | 0.966 (197) |
| all held aside, a-h (65) | 0.931 (61) | 0.977 (64) |

Left wrong in the read parts: "1984 to 1987" is one range expression for ``tag`` and the second
end counts as missed (a scorer artefact: the TimeML view splits it); "05/01/2026" after a "LONDON —"
dateline stays month first (a dateline city is no signal the tagger reads); the author-date
citation "(Hartley 2004)" stays a DATE (the readable gold marks "(Crane, 1998)", as TimeML marks
every date, and such years already make no event and move no story time); "percent annually"
untagged; "a decade later" is a decade (195) where my gold wrote the year; "at night" in a habit
is the document's night; "current" and "five-year" tagged where my gold left them out; "twenty years
ago this month" is two expressions (a year, then this month), as the session-ten forms inventory
marks "three years ago this month", where my gold wrote one (1978-12): the guidelines' reading is
not settled, so the older test stands.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal import fresh_sentences_s16 as fresh
from tests.temporal.fresh_sentences_s15 import Gold
from tests.temporal.test_fresh_sentences_s15 import score

PARTS: dict[str, tuple[tuple[Gold, ...], float]] = {
    # just below what was measured at the end of session sixteen
    "read a": (fresh.READ, 0.96),
    "read b": (fresh.READ_B, 0.99),
    "read c": (fresh.READ_C, 0.99),
    "read d": (fresh.READ_D, 0.94),
    "read e": (fresh.READ_E, 0.90),
    "read f": (fresh.READ_F, 0.99),
    "read g": (fresh.READ_G, 0.90),
    "read h": (fresh.READ_H, 0.99),
    "held": (fresh.HELD + fresh.HELD_B + fresh.HELD_C + fresh.HELD_D + fresh.HELD_E + fresh.HELD_F + fresh.HELD_G
             + fresh.HELD_H, 0.97),
}


@pytest.mark.parametrize("part", list(PARTS))
def test_fresh_sentences_s16_values(part: str) -> None:
    sentences, threshold = PARTS[part]
    assert score(sentences).f1 >= threshold


def test_every_valued_expression_is_in_its_text() -> None:
    for sentences, _ in PARTS.values():
        for text, dct, gold in sentences:
            assert isinstance(dct, date)
            assert all(expression in text for expression, _ in gold)
