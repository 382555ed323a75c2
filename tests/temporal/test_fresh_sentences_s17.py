"""Scores the session-seventeen fresh sentences and passages (``fresh_sentences_s17.py``) as the
session-fifteen ones are scored (``test_fresh_sentences_s15.score``), in the TimeML view (each end of a
range an expression of its own, as the corpora are scored).

Figures (value F1, with how many of the hand-valued expressions were right). Each read batch was
scored once on the code of its day, then read; those first figures equal the figures of the
unchanged code (integ17, 6ebf7d1), since no rule made for one batch changed a later one before it was
read. The held-aside parts were never read; they were scored once, in aggregate, at the end, on both.

| part | unchanged code (6ebf7d1) | end of session seventeen |
|---|---|---|
| a, read: wire sentences, posts, leftovers (64) | 0.859 (55) | 1.0 (64) |
| b, read: six wire stories (51) | 0.950 (48) | 1.0 (51) |
| c, read: broadcast and agency passages (39) | 0.949 (37) | 1.0 (39) |
| d, read: posts, leftovers told again (15) | 0.759 (11) | 0.968 (15) |
| e, read: wire and broadcast passages (36) | 0.886 (31) | 0.972 (35) |
| f, read: sets, durations, ranges (12) | 0.667 (8) | 1.0 (12) |
| g, read: business-page passages (25) | 0.920 (23) | 0.960 (24) |
| h, read: articles dropped in with no date (18) | 0.833 (15) | 0.833 (15) |
| i, read: weekdays, weeks and months in news (32) | 0.954 (31) | 1.0 (32) |
| all read (292) | 0.892 (259) | 0.981 (287) |
| all held aside, a-h (136) | 0.881 (118) | 0.896 (121) |
| all held aside, a-i (152) | 0.887 (133) | 0.901 (136) |

The held figures are those of the final code (fec5846); the a-h aggregate was first taken at c6a6e5e
and the a-i one at 84b2e5f, with the same result; no rule was made after looking at them.

The rules carried little to the held parts (+0.015 against +0.085 on the read ones): each fixed a kind
the read text showed once or twice, and the held text mostly holds other kinds. Batch i, the commonest
news forms, was right on unchanged code but for "a week from Tuesday" (read as a duration and the
Tuesday; now one day).

Left wrong in the read parts: "Sun at midnight" is two expressions for the tagger (the day, then the
time on it), one in my gold, as "Friday at noon" is two; "the 10% rate of a year earlier" after a
September and an August is read a year back from the year, where my gold wrote September (it could be
either month); "every quarter" is P1Q (the readable TBAQ gold writes P1Q, my gold P3M: the notation
is not settled); a yearless dateline ("NAIROBI, Aug 21 (Reuters)") whose text reports only a month
three months back leaves the document date unknown, as designed (``document_date._year_for``), where
my gold guessed the year from the weekday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal import fresh_sentences_s17 as fresh
from tests.temporal.fresh_sentences_s15 import Gold
from tests.temporal.test_fresh_sentences_s15 import score

PARTS: dict[str, tuple[tuple[Gold, ...], float]] = {
    # just below what was measured at the end of session seventeen
    "read a": (fresh.READ, 0.99),
    "read b": (fresh.READ_B, 0.99),
    "read c": (fresh.READ_C, 0.99),
    "read d": (fresh.READ_D, 0.96),
    "read e": (fresh.READ_E, 0.97),
    "read f": (fresh.READ_F, 0.99),
    "read g": (fresh.READ_G, 0.95),
    "read h": (fresh.READ_H, 0.83),
    "read i": (fresh.READ_I, 0.99),
    "held": (fresh.HELD + fresh.HELD_B + fresh.HELD_C + fresh.HELD_D + fresh.HELD_E + fresh.HELD_F + fresh.HELD_G
             + fresh.HELD_H + fresh.HELD_I, 0.90),
}


@pytest.mark.parametrize("part", list(PARTS))
def test_fresh_sentences_s17_values(part: str) -> None:
    sentences, threshold = PARTS[part]
    assert score(sentences, split_ranges=True).f1 >= threshold


def test_every_valued_expression_is_in_its_text() -> None:
    for sentences, _ in PARTS.values():
        for text, dct, gold in sentences:
            assert dct is None or isinstance(dct, date)
            assert all(expression in text for expression, _ in gold)
