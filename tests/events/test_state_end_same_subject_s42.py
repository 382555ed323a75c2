"""A state's end after the same subject's second verb (session 42, issue 12; see ``state_ends``).

"The board dropped one cut on 14 January and delayed the fare rise until October": the delaying was
done on 14 January, the date of the clause its "and" joins it to (no comma needed when the subject is
the same); October ends the delay. Passages of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.passage_windows import assert_in_window, passage_events, window_rows

PASSAGES = [
    ("same-subject-and-delay", date(2026, 5, 15),
     "The budget was set in March. The committee scrapped one of the cuts on 9 February and postponed the "
     "rent rise until September.",
     [("postponed the rent rise", "postpone", "2026-02-09", "2026-02-09")]),
    ("same-subject-and-suspend", date(2026, 5, 15),
     "The club was fined in April. The league fined the club on 2 March and suspended its licence until "
     "August.",
     [("suspended its licence", "suspend", "2026-03-02", "2026-03-02")]),
]


@pytest.mark.parametrize("pid,cue,predicate,first,last", list(window_rows(PASSAGES, {})))
def test_state_end_after_same_subject_and(pid: str, cue: str, predicate: str, first: str | None, last: str | None) -> None:
    assert_in_window(passage_events(PASSAGES, pid), cue, predicate, first, last)
