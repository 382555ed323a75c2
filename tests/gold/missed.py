"""Why each gold event of the readable part was missed: which stage of the event builder dropped the
candidates of its sentence (a debug route for recall work, issue 12).

For every gold event the app's route does not match, prints the sentence of each mention, the
expressions tagged there, the events the sentence did give, and each filter or fold of
``explorer.events.build`` that dropped a candidate there (furniture, a date's role, a dateline, a
dated thing, a quotation, a title that tells no happening or a state, one event per clause, a journey,
a report beside a happening, a recap line, …), with the dropped title. A sentence with no candidate at all shows no "dropped by" line: nothing
there was read as a happening (no date, no occurrence verb).

    python tests/gold/missed.py [--doc NAME ...] [--count]

``--count`` prints only a table of the missed events by the stage that lost them (see :func:`stages`).

Readable part only: the holdout and unopened articles are never opened here.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (beside this file)

#: The folds of ``build_events`` that take a list of events and return the ones kept.
FOLDS = ("one_journey", "drop_reports_beside_happenings", "stamps_beside_their_dates", "one_per_clause",
         "fold_dates_naming_happenings", "fold_announced_perfects", "merge_repeats", "fold_recap_lines",
         "fold_repeated_reports", "fold_summary_dates")


@contextmanager
def traced(log: list[tuple[str, int, int, str]]) -> Iterator[None]:
    """Wrap the build module's folds and filters so that each drop is logged as (stage, start, end,
    what), document offsets of the dropped candidate's sentence (or expression)."""
    import explorer.events.build as build
    import explorer.events.undated_events as undated_events

    # the builder's steps import these names into both modules: each is wrapped wherever it is called
    modules = (build, undated_events)
    saved: list[tuple[Any, str, Any]] = []

    journeys: list[Any] = []  # what one_journey kept: what one_per_clause is given, less the title filters

    def fold(name: str):
        original = getattr(build, name)

        def wrapper(*args: Any, **kwargs: Any):
            given = [a for a in args if isinstance(a, list)]
            if name == "one_per_clause" and journeys:
                # between the two, build_events drops the titles that tell no happening or a state
                ids = {e.id for e in given[-1]} if given else set()
                log.extend(("title filter (is_non_happening or is_state)", e.sentence_start, e.sentence_end,
                            f"{e.title} | {e.timex}") for e in journeys.pop() if e.id not in ids)
            kept = original(*args, **kwargs)
            if name == "one_journey":
                journeys[:] = [list(kept)]
            if given:
                ids = {e.id for e in kept}
                log.extend((name, e.sentence_start, e.sentence_end, f"{e.title} | {e.timex}") for e in given[-1] if e.id not in ids)
            return kept
        return wrapper

    def test(name: str, where):
        original = getattr(build, name)

        def wrapper(*args: Any, **kwargs: Any):
            answer = original(*args, **kwargs)
            if answer:
                start, end = where(args)
                log.append((name, start, end, str(answer)[:60]))
            return answer
        return wrapper

    wrappers = {name: fold(name) for name in FOLDS}
    wrappers["is_dated_thing"] = test("is_dated_thing", lambda a: (a[1].start, a[1].end))
    wrappers["is_quoted"] = test("is_quoted", lambda a: (a[1], a[1] + 1))
    wrappers["date_role"] = test("date_role", lambda a: (a[1], a[2]))
    wrappers["is_dateline"] = test("is_dateline", lambda a: (a[1].start, a[1].end))

    class Furniture(build.Furniture):
        def why(self, start: int, end: int | None = None) -> str | None:
            answer = super().why(start, end)
            if answer:
                log.append(("furniture", start, end or start + 1, answer))
            return answer
    wrappers["Furniture"] = Furniture
    for name, wrapper in wrappers.items():
        for module in modules:
            if hasattr(module, name):
                saved.append((module, name, getattr(module, name)))
                setattr(module, name, wrapper)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def _missed_run(name: str):
    """One readable article extracted with the builder's drops traced: its gold, what was extracted,
    the trace, and the gold events the scorer counts as missed (shared by :func:`explain` and
    :func:`stages`, so both read the same run the same way)."""
    if name in score.NEVER_OPENED:
        raise ValueError(f"{name} is not in the readable part: it is never opened here")
    from explorer.ingest import extract_paths
    from explorer.sentences import SentenceIndex

    gold = score.load_gold(name)
    log: list[tuple[str, int, int, str]] = []
    with traced(log):
        extracted = extract_paths([str(score.HERE / f"{name}.txt")], jobs=1).documents[0]
    events = list(extracted.events)
    matched = {gi for gi, _ in score.match_events(gold.events, events)}
    sentences = SentenceIndex(gold.text)
    missed = [g for gi, g in enumerate(gold.events) if gi not in matched]
    return gold, extracted, events, log, sentences, missed


def explain(name: str) -> list[str]:
    """The report lines for one readable article's missed events (empty when none is missed)."""
    gold, extracted, events, log, sentences, missed = _missed_run(name)
    lines: list[str] = []
    for g in missed:
        lines.append(f"== {name}: {g.title}   [{'dated' if g.begin is not None else 'undated'}]")
        for mention in g.mentions:
            s = sentences.at(mention)
            start, end = (s.start, s.end) if s else (mention, mention + 1)
            lines.append(f"   mention {gold.text[mention:].split()[0]!r} in: {' '.join(gold.text[start:end].split())[:300]}")
            lines.append(f"   expressions: {[(t.text, t.type, t.value) for t in extracted.timexes if start <= t.start < end]}")
            lines.append(f"   events of the sentence: {[e.title for e in events if e.sentence_start < end and e.sentence_end > start]}")
            lines.extend(f"   dropped by {stage}: {what}" for stage, a, b, what in log if a < end and b > start)
    return lines


#: The stages a missed gold event can be lost at, in the order :func:`stages` tries them.
STAGES = (
    "another event of the sentence",  # the sentence gave an event, matched to another gold event or none
    "dropped by a rule",  # a filter of the builder dropped the sentence's candidate (the rule is named)
    "folded",  # a fold of the builder dropped it into another event (the fold is named)
    "no expression",  # dated gold, and the tagger found no expression in the sentence
    "expression, no event",  # the sentence holds an expression, and no event was built from it
    "undated, never considered",  # undated gold, and no occurrence or act was read in the sentence
)


def stages(name: str) -> list[str]:
    """For each gold event of a readable article that the scorer counts as missed, where it was lost:
    one of :data:`STAGES`, with the rule or fold that dropped it after a colon. Counting these over
    the readable part says which stage to widen (session thirteen: most missed events had no candidate
    in their sentence, or shared it with another event, rather than being dropped by a rule)."""
    gold, extracted, events, log, sentences, missed = _missed_run(name)
    found: list[str] = []
    for g in missed:
        spans = [(s.start, s.end) if (s := sentences.at(m)) else (m, m + 1) for m in g.mentions]
        beside = [e for e in events for a, b in spans if e.sentence_start < b and e.sentence_end > a]
        drops = [stage for stage, a, b, _ in log for s0, s1 in spans if a < s1 and b > s0]
        expressions = [t for t in extracted.timexes for a, b in spans if a <= t.start < b]
        if beside:
            found.append(STAGES[0])
        elif drops:
            found.append(f"{STAGES[2] if drops[0] in FOLDS else STAGES[1]}: {drops[0]}")
        elif g.begin is not None:
            found.append(STAGES[4] if expressions else STAGES[3])
        else:
            found.append(STAGES[5])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--doc", nargs="*", help="readable article names (default: all of the readable part)")
    parser.add_argument("--count", action="store_true", help="only count the missed events by the stage that lost them")
    args = parser.parse_args(argv)
    names = args.doc or score.part_names("readable")
    if args.count:
        from collections import Counter

        table = Counter(stage for name in names for stage in stages(name))
        for stage, n in table.most_common():
            print(f"{n:5d}  {stage}")
        print(f"{sum(table.values())} missed events in {len(names)} articles")
        return 0
    count = 0
    for name in names:
        lines = explain(name)
        count += sum(line.startswith("==") for line in lines)
        print("\n".join(lines)) if lines else None
    print(f"{count} missed events in {len(names)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
