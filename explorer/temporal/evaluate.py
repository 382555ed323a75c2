"""Run the tagger over an exported TimeML corpus and write predictions for ``score_timex.py``.

The corpus directory is what ``score_timex.py export`` writes: ``<doc>.txt`` (plain text) and
``<doc>.dct`` (the document date, ISO). TimeML annotates a range's two ends as separate TIMEX3s,
so ranges are written as their parts; a CLI ``tag`` subcommand can reuse :func:`predictions`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from explorer.temporal.post_values import in_post_values
from explorer.temporal.tagger import tag
from explorer.temporal.timex import Timex


def timeml_view(timexes: list[Timex]) -> Iterator[Timex]:
    """The expressions as TimeML would mark them: range ends separately, nothing merged."""
    for t in timexes:
        if t.parts:
            yield from t.parts
        else:
            yield t


def read_dct(path: Path) -> date | None:
    try:
        return date.fromisoformat(path.read_text(encoding="utf-8").strip()[:10])
    except (OSError, ValueError):
        return None


def predictions(doc: str, text: str, dct: date | None) -> list[dict[str, object]]:
    return [
        {"doc": doc, "start": t.start, "end": t.end, "type": t.type, "value": t.value, "text": t.text}
        for t in in_post_values(text, list(timeml_view(tag(text, dct))), dct)
    ]


def tag_corpus(plain_dir: Path, out: Path, docs: list[str] | None = None) -> int:
    """Tag every ``.txt`` (or only ``docs``, by stem) under ``plain_dir``; returns lines written."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for txt in sorted(plain_dir.glob("*.txt")):
            if docs is not None and txt.stem not in docs:
                continue
            text = txt.read_text(encoding="utf-8")
            for row in predictions(txt.stem, text, read_dct(txt.with_suffix(".dct"))):
                f.write(json.dumps(row) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("plain_dir", type=Path)
    p.add_argument("out", type=Path)
    a = p.parse_args(argv)
    n = tag_corpus(a.plain_dir, a.out)
    print(f"{n} expressions -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
