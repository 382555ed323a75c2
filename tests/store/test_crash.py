"""``kill -9`` during a save of a large project: the file still opens, with the last saved state."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.store import Project

REPO = Path(__file__).resolve().parents[2]

#: A child that builds a 20,000-event project, saves it (state A), edits every event (state B) and
#: saves again; with ``pause`` it stops half-way through the second save and waits to be killed.
CHILD = r'''
import sys, time
from datetime import date, timedelta
from explorer.curation.model import EventEdit, SpanKey
from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import ExtractedDocument
from explorer.store import Project

path, mode = sys.argv[1], sys.argv[2]
DOCS, PER_DOC = 400, 50
project = Project()
for d in range(DOCS):
    text = "".join(f"Event number {i} of document {d} happened on day {i}. " for i in range(PER_DOC))
    events, offset = [], 0
    for i in range(PER_DOC):
        sentence = f"Event number {i} of document {d} happened on day {i}. "
        start = offset + sentence.index("day")
        day = date(2000, 1, 1) + timedelta(days=d * PER_DOC + i)
        events.append(Event(
            id=f"d{d}#{start}", doc=f"d{d}.txt", title=f"Event {i}", sentence=sentence.strip(),
            sentence_start=offset, sentence_end=offset + len(sentence) - 1, timex=f"day {i}", timex_start=start,
            timex_end=start + len(f"day {i}"), value=day.isoformat(), type="DATE", begin=day, end=day,
            certainty="exact",
        ))
        offset += len(sentence)
    project.add_extracted(ExtractedDocument(Document(f"d{d}.txt", text, f"Document {d}", date(2020, 1, 1), "given"), (), tuple(events)), notify=False)
if mode == "first":
    started = time.perf_counter()
    project.save(path)
    print(f"SAVED {time.perf_counter() - started:.3f}", flush=True)
    sys.exit(0)
project = Project.open(path)
changes = [(row.key, EventEdit(starred=True, note="B" * 40)) for row in project.rows()]
project.set_edits(changes)

def pause(done, total):
    if mode == "pause" and done == total // 2:
        print("MID", flush=True)
        time.sleep(60)

print("SAVING", flush=True)
project.save(path, progress=pause)
print("DONE", flush=True)
'''


def _child(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True, env=env)


def _first_save(tmp_path: Path) -> tuple[Path, float]:
    path = tmp_path / "big.tlproj"
    child = _child(tmp_path, str(path), "first")
    out, _ = child.communicate(timeout=240)
    assert child.returncode == 0
    seconds = float(out.split()[-1])
    return path, seconds


@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_save_keeps_the_last_saved_state(tmp_path: Path) -> None:
    path, seconds = _first_save(tmp_path)
    print(f"first save of 20,000 events: {seconds:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
    child = _child(tmp_path, str(path), "pause")
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "MID":
            break
    else:
        pytest.fail("the child never reached the middle of its save")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    project = Project.open(path)  # opens, and recovers from the log left behind
    assert len(project.documents()) == 400
    assert len(project.events()) == 20_000
    assert project.edits() == {}  # state A: none of the second save's edits


@pytest.mark.slow
def test_kill_9_at_random_moments_never_leaves_a_broken_file(tmp_path: Path) -> None:
    path, _ = _first_save(tmp_path)
    rng = random.Random(7)
    for _ in range(3):
        child = _child(tmp_path, str(path), "again")
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "SAVING":
                break
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        project = Project.open(path)
        assert len(project.events()) == 20_000
        assert len(project.edits()) in (0, 20_000)  # all of a save or none of it
