"""While a folder is read, the status line and the progress bar beside it say the same thing: the
line counted documents ("Reading 14/30") while the bar, counting the bytes read, stood at 62%, and a
user read the two as a contradiction. Each now names what it counts ("Reading 14/30 documents",
"62% of the text"), and at every step of a small folder's import the line's count is the one the
import reported and the bar's figure the share of the text read."""

from __future__ import annotations

import re
from pathlib import Path

from explorer.gui.project_controller import PROGRESS_STEPS


def _folder(tmp_path: Path) -> Path:
    """Notes of unequal length, so documents and bytes give different fractions."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for n, (place, year) in enumerate((("Lyon", 1998), ("Oslo", 2004), ("Quito", 2011), ("Perth", 1987), ("Tromsø", 2020))):
        body = f"The ferry to {place} ran again in May {year}. " * (1 + 12 * n)
        (folder / f"note{n}.txt").write_text(f"Note {n}\n\n{body}\n", encoding="utf-8")
    return folder


def test_at_each_step_the_line_and_the_bar_name_what_they_count(qtbot, make_window, tmp_path):
    window = make_window()
    ctl, status = window.project_ctl, window.statusBar()
    seen: list[tuple[int, int, str, str, int, float]] = []

    def after_the_window(done: int, total: int) -> None:  # connected after the controller's own slot
        seen.append((done, total, status.currentMessage(), ctl.progress.text(), ctl.progress.value(),
                     ctl.job.summary.read.fraction()))

    with qtbot.waitSignal(ctl.importFinished, timeout=60_000):
        job = ctl.import_paths([str(_folder(tmp_path))], jobs=1)
        job.progress.connect(after_the_window)
    steps = [s for s in seen if 0 < s[0] < s[1]]
    assert len(steps) >= 2, seen
    for done, total, line, bar, value, read in steps:
        assert re.match(r"Reading \d+/\d+ documents\b", line), line  # the line names documents
        shown = int(re.match(r"Reading (\d+)/", line).group(1))
        assert shown <= done and line.startswith(f"Reading {shown}/{total} documents"), (done, line)
        assert bar.endswith("% of the text"), bar  # the bar names the text, never a bare "62%"
        share = value / PROGRESS_STEPS
        assert bar == f"{value * 100 // PROGRESS_STEPS}% of the text", (bar, share)  # Qt rounds down
        assert share <= read + 1e-3, (share, read)  # the bar shows no more of the text than was read
    values = [s[4] for s in seen]
    assert values == sorted(values)  # the bar never goes back
    assert window.model.document_count() == 5
