"""The mixed folder two first-view tests read: one history of a harbour told in years BC beside twenty
short council reports of one modern year each (their years from ``first_year`` on)."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest import extract_paths

HARBOUR_YEARS = [(750, "was founded"), (700, "grew"), (650, "was walled"), (600, "was rebuilt"),
                 (550, "traded with Tyre"), (500, "burned"), (450, "was rebuilt again"), (400, "silted up")]


def harbour_history(tail: str = "") -> str:
    """The BC history, with ``tail`` (a sentence or more) after its dated lines."""
    return ("Old Harbour\n\n" + " ".join(f"In {year} BC the harbour {verb}." for year, verb in HARBOUR_YEARS)
            + (" " + tail if tail else "") + "\n")


def council_news(i: int, first_year: int) -> str:
    """Council report ``i``: four dated acts in the year ``first_year + i``."""
    year = first_year + i
    return (f"Council news {i}\n\nOn 3 March {year} the council met. On 9 April {year} it voted on the budget. "
            f"On 2 June {year} the mayor resigned. On 5 September {year} a new mayor was elected.\n")


def harbour_folder(tmp_path: Path, history: str, first_year: int, reports: int = 20) -> list:
    """The folder written to ``tmp_path`` and read by the app's route: the extracted documents."""
    (tmp_path / "history.txt").write_text(history, encoding="utf-8")
    for i in range(reports):
        (tmp_path / f"news-{i:02}.txt").write_text(council_news(i, first_year), encoding="utf-8")
    return list(extract_paths([tmp_path]).documents)
