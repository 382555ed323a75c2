"""Shared helpers for the project-file tests: the CLI as a user runs it, and small article fixtures."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import pytest

from tests.cli_runner import run_cli

REPO = Path(__file__).resolve().parents[2]

FLOOD = """Flood in the valley

Officials in the valley said on Monday that the river burst its banks after days of heavy rain and that the water rose quickly through the lower town, forcing hundreds of families to leave.

The first warnings were issued on March 3, 2019, by the regional weather office. The dam was inspected in June 2018 and found sound. Engineers will return on 14 April 2019 to assess the damage.
"""

TREATY = """Treaty talks resume

Diplomats from both governments met in Geneva this week to resume negotiations on a trade treaty that stalled after the elections, according to officials familiar with the talks.

The first round of talks took place in September 2017. A draft was signed on 12 May 2018 but never ratified. The parties hope to finish by December 2019.
"""

RELATIVE = """Dam report

Officials in the valley said the dam broke at dawn on a wet morning and that the water rose quickly through the lower town, forcing hundreds of families to leave their homes.

The first cracks appeared in the spring. Two weeks later the town was empty. Yesterday the mayor resigned.
"""


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """The command line as a user runs it, in this process (see tests/cli_runner.py for why and for
    what a real process would add); the tests of the process itself start one of their own."""
    def run(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = run_cli(*args, cwd=cwd or REPO)
        if check:
            assert done.returncode == 0, done.stderr
        return done

    return run


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "treaty.md").write_text(TREATY, encoding="utf-8")
    return folder


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer, built by hand (Helvetica, WinAnsi)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({esc(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def fx() -> SimpleNamespace:
    """The texts and builders above, for test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(FLOOD=FLOOD, TREATY=TREATY, RELATIVE=RELATIVE, minimal_pdf=minimal_pdf)
