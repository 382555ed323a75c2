"""``explorer export``: articles in, a timeline image out, with no window and no display needed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command-line export never needs a screen

from explorer.timeline import EventsArray  # noqa: E402
from explorer.timeline.caption import event_counts, figure_title  # noqa: E402
from explorer.timeline.lanes import colour_events, default_colour_mode  # noqa: E402
from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY  # noqa: E402
from explorer.entities.grouping import EventGroup  # noqa: E402
from explorer.events.record import Event  # noqa: E402


def day_seconds(day) -> float:
    return (day.toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY


def one_per_group(events: Sequence[Event], groups: Sequence[EventGroup]) -> list[Event]:
    """``events`` with each group of reports of one happening shown once, by its first report, as
    the app shows a collapsed group (its status bar and table count it once). The export counted
    every report: its title said 1,395 events where the app said 1,394 for the same folder."""
    hidden = {event_id for group in groups for event_id in group.event_ids[1:]}
    return [e for e in events if e.id not in hidden] if hidden else list(events)


def run_export(args: argparse.Namespace) -> int:
    from explorer.gui.render.export import check_image_request, export_timeline, format_of
    from explorer.gui.render.figure import default_range
    from explorer.ingest import extract_paths

    printed = args.print_size
    if printed is not None:  # laid out at the print size (96ths of an inch), written at its DPI
        args.size = printed.layout_size()
        args.dpi = printed.dpi if args.dpi is None else args.dpi
    elif args.dpi is None:
        args.dpi = 96.0
    try:
        check_image_request(args.size, args.dpi, format_of(args.output))
    except ValueError as err:
        print(f"explorer: {err}", file=sys.stderr)
        return 2
    corpus = extract_paths(args.paths, dct=getattr(args, "dct", None))
    for problem in corpus.problems:
        print(f"explorer: skipped {problem}", file=sys.stderr)
    if not corpus.documents:
        print("explorer: no readable documents", file=sys.stderr)
        return 1
    docs = [d.document for d in corpus.documents]
    titles = {d.path: (d.title or d.name) for d in docs}
    events = one_per_group(corpus.events, corpus.groups)
    arr = EventsArray.from_events(events, args.lanes, titles, [d.path for d in docs])
    colouring = colour_events(events, getattr(args, "colour", None) or default_colour_mode(args.lanes), titles,
                              [d.path for d in docs])
    x0, x1 = default_range(arr)
    if args.date_from:
        x0 = day_seconds(args.date_from)
    if args.date_to:
        x1 = day_seconds(args.date_to) + SECONDS_PER_DAY
    if x1 <= x0:
        print("explorer: --to is before --from", file=sys.stderr)
        return 2
    title = args.title
    if title is None:  # the same count as the app's (explorer.timeline.caption)
        title = figure_title(event_counts(arr, 0.0, 0.0), len(docs), docs[0].title if len(docs) == 1 else None)
    path, shown = export_timeline(arr, args.output, size=args.size, dpi=args.dpi, x_range=(x0, x1),
                                  title=title, theme=args.theme, colouring=colouring)
    from explorer.documents.reader import printable_path

    print(f"explorer: wrote {printable_path(str(path))}", file=sys.stderr)
    return 0
