"""``explorer bench project --events N -o FILE``: a large, realistic project built by the real pipeline.

Tagging a million events' worth of articles would take hours on two cores, so the generator works in
two steps, and says so:

1. *Real work*: a modest set of distinct generated articles (news-like text with datelines, people,
   organisations, places and dates in many forms) is written to a folder and run through the real
   ingest engine (:func:`explorer.store.importing.import_paths`: reading, dating, tagging, events,
   then actors, places and groups of the whole set).
2. *Replication*: each article's results are copied until the project holds N events. A copy is a
   distinct document (its text ends with a copy marker, so it has its own content hash and event ids,
   exactly as the engine names them) whose events are shifted in time by a whole number of weeks
   (the expressions' text and value keep the original's wording); its actors, places and
   groups are the original's, with mentions and event ids renamed to the copy.

The project is then saved as any project is (:func:`explorer.store.saving.save`), so opening it
exercises exactly what opening a user's project does.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from explorer.calendar import MONTH_NAMES, Day
from explorer.documents import Document
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.events.event_ids import document_key
from explorer.ingest import ExtractedDocument

_FIRST = ("Anna", "Marek", "Lucia", "Tomas", "Ingrid", "Pavel", "Sofia", "Henrik", "Elena", "Jonas",
          "Clara", "Viktor", "Maria", "Oskar", "Nadia", "Felix", "Irene", "Lukas", "Greta", "Samuel")
_LAST = ("Keller", "Novak", "Brandt", "Moreau", "Lindqvist", "Horvath", "Castell", "Weber", "Jansen",
         "Ferreira", "Okafor", "Hartmann", "Dubois", "Kowalski", "Rinaldi", "Petrov", "Larsen", "Mills")
_PLACES = ("Lyon", "Gdansk", "Porto", "Tampere", "Graz", "Leeds", "Utrecht", "Bilbao", "Malmo",
           "Brno", "Turin", "Aarhus", "Cork", "Ghent", "Kaunas", "Split")
_ORGS = ("the Regional Transport Authority", "Northgate Energy", "the City Council", "Harbor Logistics",
         "the National Health Service", "Meridian Bank", "the Ministry of Education", "Alder Foods")
_ROLES = ("Minister", "Mayor", "chief executive", "spokeswoman", "Judge", "Professor", "director")
_TOPICS = ("a new tram line", "the merger", "the hospital extension", "the budget", "the strike",
           "the flood defences", "the trial", "the festival", "the bridge repairs", "the election")
_VERBS = ("announced", "opened", "approved", "postponed", "criticised", "signed", "completed", "rejected")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _when(rng: random.Random, year: int) -> str:
    """A date expression in one of the forms articles use."""
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    form = rng.randrange(7)
    if form == 0:
        return f"on {day} {MONTH_NAMES[month]} {year}"
    if form == 1:
        return f"on {MONTH_NAMES[month]} {day}, {year}"
    if form == 2:
        return f"in {MONTH_NAMES[month]} {year}"
    if form == 3:
        return f"in {year}"
    if form == 4:
        return rng.choice(("last week", "on Tuesday", "yesterday", "next month", "two years ago"))
    if form == 5:
        return f"between {day} and {min(day + rng.randint(1, 5), 28)} {MONTH_NAMES[month]} {year}"
    return f"in the spring of {year}"


def article(rng: random.Random, events: int) -> tuple[str, str]:
    """(file name, text) of one news-like article of about ``events`` dated sentences."""
    year = rng.randint(1990, 2024)
    place = rng.choice(_PLACES)
    topic = rng.choice(_TOPICS)
    head = f"{rng.choice(_ORGS).removeprefix('the ').title()} {rng.choice(_VERBS)} {topic}"
    dct = date(year, rng.randint(1, 12), rng.randint(1, 28))
    lines = [head, "", f"{place.upper()}, {dct.strftime('%B')} {dct.day}, {dct.year} -"]
    for i in range(events):
        who = _person(rng)
        sentence = (f"{rng.choice(_ROLES).capitalize()} {who} {rng.choice(_VERBS)} {topic} in "
                    f"{rng.choice(_PLACES)} {_when(rng, rng.randint(year - 30, year))}, "
                    f"according to {rng.choice(_ORGS)}.")
        if i % 3 == 2:
            sentence += f" {who.split()[1]} said the work would continue {_when(rng, year + 1)}."
        lines.append(sentence)
        if i % 4 == 3:
            lines.append("")
    return f"article-{rng.randrange(10**9):09d}.txt", "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 0, events_per_article: int = 40) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        name, text = article(rng, events_per_article)
        path = folder / f"{i:04d}-{name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _shift(day: date | Day | None, days: int) -> date | Day | None:
    if day is None or days == 0:
        return day
    if isinstance(day, date):
        try:
            return day + timedelta(days=days)
        except OverflowError:
            return day
    return day


def copy_document(extracted: ExtractedDocument, copy: int, weeks: int) -> tuple[ExtractedDocument, dict[str, str]]:
    """The ``copy``-th copy of a tagged document: its own text (a marker appended, offsets unchanged),
    path, ids as the engine names them, and events ``weeks`` later. Also old id → new id."""
    doc = extracted.document
    folder, _, name = doc.path.replace("\\", "/").rpartition("/")
    new_doc = Document(f"{folder}/copy-{copy:06d}/{name}", f"{doc.text}\n[copy {copy}]\n", doc.title,
                       _shift(doc.date, 7 * weeks), doc.date_source)  # type: ignore[arg-type]
    old_key, new_key = document_key(doc), document_key(new_doc)
    ids: dict[str, str] = {}
    events = []
    for event in extracted.events:
        new_id = new_key + event.id[len(old_key):] if event.id.startswith(old_key) else f"{event.id}~{copy}"
        ids[event.id] = new_id
        events.append(replace(event, id=new_id, doc=new_doc.path, begin=_shift(event.begin, 7 * weeks),
                              end=_shift(event.end, 7 * weeks),
                              doc_date=new_doc.date.isoformat() if isinstance(new_doc.date, date) else event.doc_date))
    return ExtractedDocument(new_doc, extracted.timexes, tuple(events)), ids


def replicate_annotation(index: ActorIndex, groups: list[EventGroup], paths: dict[str, list[str]],
                         ids: dict[str, list[str]]) -> tuple[ActorIndex, list[EventGroup]]:
    """The base annotation carried to every copy: ``paths[old] = [copy paths]``, ``ids[old] = [copy ids]``
    (entry ``c`` is copy ``c``; the last round of copies may leave some documents out)."""
    entities = []
    for e in index.entities.values():
        mentions = list(e.mentions)
        for m in e.mentions:
            mentions.extend(MentionRef(p, m.start, m.end, m.text, m.derived) for p in paths.get(m.doc, ()))
        entities.append(Entity(e.id, e.name, e.kind, e.variants, mentions))
    out = list(groups)
    copies = max((len(v) for v in paths.values()), default=0)
    for c in range(copies):
        for g in groups:
            if all(c < len(ids.get(i, ())) for i in g.event_ids) and all(c < len(paths.get(d, ())) for d in g.docs):
                out.append(EventGroup(f"{g.id}~{c}", tuple(ids[i][c] for i in g.event_ids),
                                      tuple(paths[d][c] for d in g.docs), g.dates, g.disputed, g.score))
    return ActorIndex(entities), out


def build_project(events: int, output: str, articles: int = 120, seed: int = 0, jobs: int | None = None,
                  say=lambda text: None, streaming: bool = True) -> dict[str, float]:
    """Write a project of about ``events`` events to ``output``; returns timings (seconds) and counts.

    ``streaming`` (the default) writes the copies one at a time (:mod:`explorer.commands.bench_stream`),
    so memory does not hold every record of the project; ``False`` is the old way (every copy added
    to the project, then one save), kept as the reference the streaming file is tested against."""
    from explorer.store.importing import import_paths
    from explorer.store.project import Project

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-articles-") as folder:
        base_dir = Path(folder) / "articles"
        base_dir.mkdir()
        write_articles(base_dir, articles, seed)
        t0 = time.perf_counter()
        project = Project(output)
        import_paths(project, [str(base_dir)], dct=None, jobs=jobs)  # read, date, tag, events, annotate
        figures["ingest_s"] = time.perf_counter() - t0
    base = [project.extracted(d.hash) for d in project.documents()]
    base_events = sum(len(x.events) for x in base)
    if base_events == 0:
        raise RuntimeError("the generated articles gave no events")
    say(f"{len(base)} articles tagged by the engine: {base_events} events in {figures['ingest_s']:.1f} s")
    if streaming:
        from explorer.commands.bench_stream import stream_copies

        t0 = time.perf_counter()
        if os.path.exists(output):
            os.remove(output)
        figures.update(stream_copies(project, base, events, output, seed, say))
        figures["replicate_save_s"] = time.perf_counter() - t0
        say(f"saved {output} in {figures['replicate_save_s']:.1f} s")
        return figures
    t0 = time.perf_counter()
    copies = max(0, -(-events // base_events) - 1)
    paths: dict[str, list[str]] = {x.document.path: [] for x in base}
    ids: dict[str, list[str]] = {e.id: [] for x in base for e in x.events}
    total = base_events
    rng = random.Random(seed)
    for c in range(copies):
        weeks = rng.randint(-52 * 40, 52 * 10)
        for x in base:
            if total >= events:
                break
            copied, renamed = copy_document(x, c, weeks)
            project.add_extracted(copied, notify=False)
            paths[x.document.path].append(copied.document.path)
            for old, new in renamed.items():
                ids[old].append(new)
            total += len(copied.events)
    if project.actor_index is not None:
        index, groups = replicate_annotation(project.actor_index, project.groups, paths, ids)
        project.set_annotation(index, groups, replay=False)
    figures["replicate_s"] = time.perf_counter() - t0
    say(f"{copies} copies: {total} events in {len(project.documents())} documents ({figures['replicate_s']:.1f} s)")
    t0 = time.perf_counter()
    if os.path.exists(output):
        os.remove(output)
    project.save(output)
    figures["save_s"] = time.perf_counter() - t0
    figures["events"] = total
    figures["documents"] = len(project.documents())
    say(f"saved {output} in {figures['save_s']:.1f} s")
    return figures


def add_parser(bench_sub) -> None:
    sub = bench_sub.add_parser(
        "project", help="write a large realistic project (generated articles through the real pipeline)",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub.add_argument("--events", type=int, default=100_000, help="events in the project (default: 100000)")
    sub.add_argument("-o", "--output", required=True, metavar="FILE", help="the .tlproj to write (replaced)")
    sub.add_argument("--articles", type=int, default=120, help="distinct articles tagged by the engine (default: 120)")
    sub.add_argument("--seed", type=int, default=0)
    sub.add_argument("--jobs", type=int, default=None, help="worker processes for the tagging")


def run(args: argparse.Namespace) -> int:
    import json

    figures = build_project(args.events, args.output, args.articles, args.seed, args.jobs,
                            say=lambda text: print(text, file=sys.stderr, flush=True))
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
    return 0
