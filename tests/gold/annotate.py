"""Fill in and check the character offsets of a gold file's annotations.

Annotations are written by hand as the text they cover (``"text": "last May"``) in the order they
appear, which is how a person reads; offsets are what the scorer needs, and counting characters by
hand is where gold sets go wrong. This script finds each expression after the previous one (on word
boundaries), writes ``start``/``end``, and checks that every recorded span slices back to its text.
Events name their predicate word (``trigger``, the ``nth`` occurrence in the document, default 1),
and the same happening's other mentions as ``mentions`` of the same form.

    python tests/gold/annotate.py [--refill] [NAME.gold.json ...]    # default: every gold file here

``--refill`` forgets the recorded offsets first: use it after editing an article's text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _occurrences(text: str, phrase: str) -> list[int]:
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def forget_offsets(gold: dict) -> None:
    """Drop recorded offsets (an event's ``begin``/``end`` are its dates and stay)."""
    for timex in gold["timexes"]:
        timex.pop("start", None)
        timex.pop("end", None)
    for event in gold["events"]:
        for mention in [event, *event.get("mentions", [])]:
            mention.pop("trigger_start", None)
            mention.pop("trigger_end", None)


def fill(gold: dict, text: str) -> list[str]:
    """Add offsets to ``gold`` in place; return the problems found (empty when all is well)."""
    problems: list[str] = []
    cursor = 0
    for timex in gold["timexes"]:
        phrase = timex["text"]
        if "start" in timex:
            if text[timex["start"]:timex["end"]] != phrase:
                problems.append(f"timex {phrase!r}: recorded span reads {text[timex['start']:timex['end']]!r}")
            cursor = timex["end"]
            continue
        found = [at for at in _occurrences(text, phrase) if at >= cursor]
        if not found:
            problems.append(f"timex {phrase!r} not found after offset {cursor}")
            continue
        timex["start"], timex["end"] = found[0], found[0] + len(phrase)
        cursor = timex["end"]
    for event in gold["events"]:
        for mention in [event, *event.get("mentions", [])]:
            at = _occurrences(text, mention["trigger"])
            nth = mention.get("nth", 1)
            if len(at) < nth:
                problems.append(f"event trigger {mention['trigger']!r} #{nth} not found")
                continue
            mention["trigger_start"], mention["trigger_end"] = at[nth - 1], at[nth - 1] + len(mention["trigger"])
    return problems


def dump(gold: dict) -> str:
    """JSON with one annotation per line, so a reviewer can read the file and a diff shows one change."""
    lines = ["{"]
    keys = list(gold)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = gold[key]
        if isinstance(value, list):
            items = [" " * 3 + json.dumps(item, ensure_ascii=False) for item in value]
            body = ",\n".join(items)
            lines.append(f" {json.dumps(key)}: [\n{body}\n ]{comma}" if items else f" {json.dumps(key)}: []{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    refill = "--refill" in argv
    paths = [Path(p) for p in argv if p != "--refill"] or sorted(HERE.glob("*.gold.json"))
    bad = 0
    for path in paths:
        text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(path.read_text(encoding="utf-8"))
        if refill:
            forget_offsets(gold)
        problems = fill(gold, text)
        for problem in problems:
            print(f"{path.name}: {problem}")
        bad += bool(problems)
        if not problems:
            path.write_text(dump(gold), encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
