"""Issue 16's table: the app opened on a project built by the real pipeline, driven as a user would.

Skipped in CI. Run with ``python -m pytest --benchmark-only -s tests/gui/test_bench_open.py``; the
size comes from ``TE_BENCH_EVENTS`` (default 100000), or ``TE_BENCH_PROJECT`` names a ready project
(``explorer bench project --events N -o FILE``). Each figure is printed against its target."""

from __future__ import annotations

import json
import os

import pytest

from explorer.commands.bench_project import build_project
from explorer.gui.bench_open import TARGETS, bench_open


@pytest.mark.benchmark
@pytest.mark.slow
def test_the_app_on_a_large_project(tmp_path, qapp, benchmark):
    path = os.environ.get("TE_BENCH_PROJECT")
    if not path:
        path = str(tmp_path / "bench.tlproj")
        build_project(int(os.environ.get("TE_BENCH_EVENTS", "100000")), path)
    records = benchmark.pedantic(bench_open, args=(path, lambda rec: print(json.dumps(rec), flush=True)),
                                 rounds=1, iterations=1)
    assert {r["figure"] for r in records} == set(TARGETS)
