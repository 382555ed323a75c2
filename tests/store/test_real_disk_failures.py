"""A full disk and a read-only folder, for real (issue 15): each test runs the command line inside a
private mount namespace on a tiny tmpfs (``unshare -m``, root only), so the errors are the kernel's
own ENOSPC and EROFS, not wording tests. Skipped where mounting is not allowed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.store import Project

DATA = Path(__file__).resolve().parents[2] / "data"
ONE = DATA / "iran-between-russia-and-us.txt"


def _can_mount() -> bool:
    if shutil.which("unshare") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


pytestmark = [pytest.mark.skipif(not _can_mount(), reason="needs root and unshare -m to mount a tiny tmpfs"),
              pytest.mark.timeout(120)]


def _in_tmpfs(place: Path, size_kb: int, script: str, setup: str = "", then_read_only: bool = False
              ) -> subprocess.CompletedProcess:
    """Run the shell ``script`` with ``place`` a fresh tmpfs of ``size_kb``, after ``setup`` (and then a
    read-only remount if asked); ``EXPLORER`` in them is the command line. What the tmpfs holds at
    the end is copied to ``place``.out (the mount vanishes with its namespace)."""
    place.mkdir()
    out = place.with_suffix(".out")
    out.mkdir()
    explorer = f"{sys.executable} -m explorer"
    before = [f"mount -t tmpfs -o size={size_kb}k tmpfs {place}"]
    if setup:
        before.append(setup.replace("EXPLORER", explorer))
    if then_read_only:
        before.append(f"mount -o remount,ro {place}")
    shell = " && ".join(before) + f" && {{ {script.replace('EXPLORER', explorer)}; }}; rc=$?; cp -a {place}/. {out}/; exit $rc"
    return subprocess.run(["unshare", "-m", "sh", "-c", shell], capture_output=True, text=True, timeout=100,
                          cwd=DATA.parent)


def test_a_full_disk_keeps_the_saved_project_and_says_why(tmp_path: Path) -> None:
    place = tmp_path / "small"
    run = _in_tmpfs(place, 160, f"EXPLORER extract {ONE} --project {place}/work.tlproj && "
                                f"EXPLORER extract {DATA} --project {place}/work.tlproj")
    out = place.with_suffix(".out")
    assert run.returncode == 1, run.stderr
    assert "disk is full" in run.stderr and "work.tlproj" in run.stderr
    assert "Traceback" not in run.stderr
    assert [line for line in run.stderr.splitlines() if "disk is full" in line] == run.stderr.splitlines()[-1:]
    kept = Project.open(out / "work.tlproj")  # the first run's save survived the failed second one
    assert len(kept.documents()) == 1 and kept.events()
    assert sorted(p.name for p in out.iterdir()) == ["work.tlproj"]  # no -wal, -shm or .saving left


def test_a_new_project_on_a_full_disk_leaves_nothing_behind(tmp_path: Path) -> None:
    place = tmp_path / "tiny"
    run = _in_tmpfs(place, 48, f"EXPLORER extract {DATA} --project {place}/work.tlproj")
    out = place.with_suffix(".out")
    assert run.returncode == 1 and "disk is full" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert list(out.iterdir()) == []


def test_a_read_only_folder_opens_read_only_exports_and_refuses_to_add(tmp_path: Path) -> None:
    place = tmp_path / "ro"
    project = f"{place}/work.tlproj"
    run = _in_tmpfs(place, 1024,
                    f"EXPLORER extract {project} --format csv > {tmp_path}/events.csv && "
                    f"EXPLORER extract {DATA} --project {project}",
                    setup=f"EXPLORER extract {ONE} --project {project}", then_read_only=True)
    assert run.returncode == 1, run.stderr
    assert "read-only" in run.stderr and "work.tlproj" in run.stderr and "Traceback" not in run.stderr
    rows = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) > 1 and rows[0].startswith("doc,")  # exported from the read-only place
    kept = Project.open(place.with_suffix(".out") / "work.tlproj")
    assert len(kept.documents()) == 1


def test_a_project_on_a_disk_with_no_room_left_opens_read_only_and_says_why_it_cannot_be_saved(tmp_path: Path) -> None:
    """A write-ahead-logged project needs room for its shared-memory file even to be opened for
    writing; on a full disk SQLite calls that a "disk I/O error", which was reported as "not a
    project file". It opens read-only instead, exports, and a save names the full disk."""
    place = tmp_path / "full"
    project = f"{place}/work.tlproj"
    run = _in_tmpfs(place, 128,
                    f"EXPLORER extract {project} --format jsonl > {tmp_path}/events.jsonl && "
                    f"EXPLORER extract {DATA} --project {project}",
                    setup=f"EXPLORER extract {ONE} --project {project} && "
                          f"{{ dd if=/dev/zero of={place}/filler bs=1k count=4096 2>/dev/null; true; }}")
    assert run.returncode == 1, run.stderr
    assert "not a project file" not in run.stderr and "Traceback" not in run.stderr
    assert "disk is full" in run.stderr.splitlines()[-1]
    assert len((tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()) > 1
