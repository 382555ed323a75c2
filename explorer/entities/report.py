"""Plain rows for the command line's ``actors``, ``places`` and ``groups``: who and where across a
corpus, and the happenings several articles report. Qt-free; writers for text, JSON and CSV."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, TextIO

if TYPE_CHECKING:
    from explorer.entities import Corpus

ENTITY_FIELDS = ("name", "kind", "events", "mentions", "variants")


def entity_rows(corpus: "Corpus", kinds: Iterable[str]) -> list[dict]:
    """One row per canonical entity of ``kinds``, most events first: its name, kind, how many events'
    sentences mention it, how many times it is named (pronouns left out) and its spellings."""
    index = corpus.actors
    if index is None:
        return []
    wanted = set(kinds)
    events = Counter()
    for event in corpus.events:
        for entity in index.in_range(event.doc, event.sentence_start, event.sentence_end):
            events[entity.id] += 1
    rows = []
    for entity in index.entities.values():
        if entity.kind not in wanted:
            continue
        named = [ref for ref in entity.mentions if not ref.derived]
        variants = sorted(entity.variants.items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append({
            "name": entity.name, "kind": entity.kind, "events": events[entity.id], "mentions": len(named),
            "variants": [{"text": text, "count": n} for text, n in variants],
        })
    rows.sort(key=lambda r: (-r["events"], -r["mentions"], r["name"].lower()))
    return rows


def _variants_text(row: dict) -> str:
    return ", ".join(f"{v['text']} ({v['count']})" for v in row["variants"])


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], numeric: set[int]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for r in [header, *rows]:
        cells = [str(c).rjust(widths[i]) if i in numeric else str(c).ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    return lines


def write_entities(rows: list[dict], out: TextIO, fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(ENTITY_FIELDS)
        for r in rows:
            writer.writerow([r["name"], r["kind"], r["events"], r["mentions"],
                             "|".join(f"{v['text']}={v['count']}" for v in r["variants"])])
    else:
        header = ("NAME", "KIND", "EVENTS", "MENTIONS", "VARIANTS")
        body = [(r["name"], r["kind"], str(r["events"]), str(r["mentions"]), _variants_text(r)) for r in rows]
        out.write("\n".join(_table(header, body, {2, 3})) + "\n")


def group_rows(corpus: "Corpus") -> list[dict]:
    """One row per group of events reporting one happening, earliest first."""
    by_id = {e.id: e for e in corpus.events}
    rows = []
    for group in corpus.groups:
        members = [by_id[i] for i in group.event_ids if i in by_id]
        rows.append({
            "id": group.id,
            "sources": group.sources,
            "disputed": group.disputed,
            "score": group.score,
            "dates": [[b.isoformat() if b else None, e.isoformat() if e else None] for b, e in group.dates],
            "events": [{
                "id": e.id, "doc": e.doc, "value": e.value, "timex": e.timex,
                "begin": e.begin.isoformat() if e.begin else None, "end": e.end.isoformat() if e.end else None,
                "sentence": e.sentence, "actors": list(e.actors), "places": list(e.places),
            } for e in members],
        })
    return rows


def _span(dates: list) -> str:
    return " / ".join(b if b == e or e is None else f"{b}..{e}" for b, e in dates)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_groups(rows: list[dict], out: TextIO, fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for n, r in enumerate(rows):
        if n:
            out.write("\n")
        flag = "  DISPUTED" if r["disputed"] else ""
        out.write(f"{_span(r['dates'])}  {r['sources']} sources  score {r['score']:.2f}{flag}  [{r['id']}]\n")
        body = [(Path(e["doc"]).name, e["value"], _short(e["sentence"])) for e in r["events"]]
        for line in _table(("", "", ""), body, set())[1:]:
            out.write(f"  {line}\n")
    if not rows:
        out.write("no event is reported by more than one document\n")
