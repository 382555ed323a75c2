"""Command line: ``explorer [PATH...]`` opens the app; subcommands run headless and never import Qt.

The GUI is imported only when no subcommand is given, so ``extract`` and ``tag`` start fast and work
on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Sequence

from explorer import __version__
from explorer.commands import date_arg

SUBCOMMANDS = ("extract", "tag", "export", "bench", "actors", "places", "groups")

log = logging.getLogger(__name__)


def build_parser(bench_project: bool = True) -> argparse.ArgumentParser:
    """The whole command line. ``bench_project=False`` leaves out ``bench project``, whose module
    imports the store and the entity index: ``main`` builds it only for a ``bench`` command, so that
    ``explorer tag`` does not pay for them at every process start."""
    parser = argparse.ArgumentParser(
        prog="explorer",
        description=(
            "Timeline Explorer: find the dated events in articles and browse them on a timeline linked "
            "to their text. With no subcommand, opens the app on PATH... (files or folders), or on the "
            "bundled sample corpus when no path is given."
        ),
        epilog="Run 'explorer SUBCOMMAND --help' for a subcommand's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    gui = sub.add_parser("open", help="open the app (the default when no subcommand is given)")
    gui.add_argument("paths", nargs="*", metavar="PATH", help="files or folders of .txt/.md articles")

    extract = sub.add_parser(
        "extract",
        help="extract dated events from articles and print them (JSON Lines, JSON or CSV)",
        description="Extract events from files or folders (recursively) and write them to stdout.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles (.txt, .md, .html, .pdf, .docx), or one .tlproj project to export")
    extract.add_argument(
        "--format", choices=("jsonl", "json", "csv", "timelinejs", "ics", "timeml"), default=None,
        help="output format (default: jsonl; with --project, nothing is printed unless a format is given). "
        "timelinejs: a TimelineJS 3 JSON file; ics: iCalendar, all-day events; timeml: one NAME.tml per "
        "document, written into the folder given with -o",
    )
    extract.add_argument("--dct", type=date_arg, help="document creation date (YYYY-MM-DD) for every input, overriding headers")
    extract.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    extract.add_argument(
        "--project", metavar="FILE",
        help="create or update this project file (.tlproj) with the articles; documents already in it are "
        "extracted again and the user's edits are kept. A lone PATH ending in .tlproj is exported instead",
    )
    extract.add_argument("--reextract", action="store_true", help="run the tagger again over every document stored in the project")
    extract.add_argument("--include-rejected", action="store_true", help="export rejected events too (left out by default)")
    extract.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of stdout (a folder for --format timeml)")

    tag = sub.add_parser(
        "tag",
        help="print every temporal expression of files or folders (JSON Lines or TimeML)",
        description="Tag the temporal expressions (TIMEX3) of files and folders (recursively) in one process. "
        "Each file's document date is --dct, else its sidecar NAME.meta.json, else read from its text (or a full date in its name) as "
        "'extract' does.",
    )
    tag.add_argument("paths", nargs="+", metavar="FILE", help="files or folders of articles")
    tag.add_argument("--dct", type=date_arg, help="document creation date (YYYY-MM-DD) for every file; default: sidecar, what the text prints, a date in the file name, or inferred")
    tag.add_argument("--format", choices=("jsonl", "timeml"), default="jsonl",
                     help="output format (default: jsonl: one expression a line, a range's ends apart; 'anchor' is the "
                     "start offset of the expression its date hangs on, or 'document' when it waits for the document's date)")
    tag.add_argument("-o", "--output", metavar="DIR",
                     help="with --format timeml: write one NAME.tml per file into DIR (needed for more than one file)")
    _add_render_parsers(sub, bench_project)
    from explorer.commands.entities import add_parsers as add_entity_parsers

    add_entity_parsers(sub)
    return parser


def _size_arg(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1600x900: {text!r}") from None
    if not (100 <= w <= 20000 and 100 <= h <= 20000):
        raise argparse.ArgumentTypeError(f"size out of range (100-20000 pixels a side): {text!r}")
    return w, h


def _print_size_arg(text: str):
    from explorer.exports.print_size import parse_print_size

    try:
        return parse_print_size(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _add_render_parsers(sub, bench_project: bool = True) -> None:
    export = sub.add_parser(
        "export",
        help="draw the timeline of articles into an image (PNG, SVG or PDF) without opening a window",
        description="Extract events from files or folders and write the timeline figure the app would show.",
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="image to write: .png, .svg or .pdf")
    export.add_argument("--size", type=_size_arg, default=(1600, 900), help="figure size in pixels at 96 DPI (default: 1600x900)")
    export.add_argument("--print-size", dest="print_size", metavar="SIZE", type=_print_size_arg,
                        help="lay the figure out for print at SIZE: column (16x10 cm), page (25x16 cm), slide "
                             "(25.4x14.3 cm) or WIDTHxHEIGHT in cm; its text then prints at 8 pt or more, and the PNG "
                             "holds the DPI to place it at that size (replaces --size; 300 DPI, 150 for a slide)")
    export.add_argument("--dpi", type=float, default=None,
                        help="PNG resolution; 300 for print (default: 96, or the --print-size's)")
    export.add_argument("--from", dest="date_from", type=date_arg, help="first day shown (default: all events)")
    export.add_argument("--to", dest="date_to", type=date_arg, help="last day shown (default: all events)")
    export.add_argument("--lanes", choices=("document", "actor", "place", "none"), default="document", help="one lane per document (default), per actor, per place, or a single lane")
    export.add_argument("--colour", "--color", dest="colour", choices=("document", "actor", "place"),
                        help="colour the events by document, by (first) actor or by place, as View > Colour By "
                             "in the app (default: as the lanes, by document for a single lane)")
    export.add_argument("--title", help="figure title (default: a summary of the corpus)")
    export.add_argument("--theme", choices=("light", "dark"), default="light")
    export.add_argument("--dct", type=date_arg, help="document creation date (YYYY-MM-DD) for every input")

    bench = sub.add_parser("bench", help="measure performance (offscreen); prints one JSON object per figure")
    bench_sub = bench.add_subparsers(dest="bench_target", metavar="TARGET", required=True)
    render = bench_sub.add_parser("render", help="timeline repaint, load time and memory vs a plain ScatterPlotItem")
    render.add_argument("--events", type=int, default=100_000, help="number of synthetic events (default: 100000)")
    render.add_argument("--steps", type=int, default=40, help="pan and zoom steps measured (default: 40)")
    render.add_argument("--baseline-steps", type=int, default=None, help="steps for the slow baseline (default: as --steps)")
    if bench_project:
        from explorer.commands.bench_project import add_parser as add_project_parser

        add_project_parser(bench_sub)
    opened = bench_sub.add_parser("open", help="open a project in the app offscreen and time what a user does (issue 16 targets)")
    opened.add_argument("project", metavar="FILE", help="a .tlproj, e.g. from `explorer bench project`")
    from explorer.commands.bench_import import add_parser as add_import_parser

    add_import_parser(bench_sub)


def _run_tag(args: argparse.Namespace) -> int:
    """Tag every file named or found in the folders named; one bad file is reported and skipped."""
    from explorer.documents import ReadError, find_documents
    from explorer.documents.reader import printable_path, read_with_metadata
    from explorer.ingest.extract import date_document, sidecar_or_warning
    from explorer import temporal
    from explorer.temporal.evaluate import timeml_view
    from explorer.temporal.post_values import in_post_values
    from explorer.temporal.timex import DOCUMENT_ANCHOR

    files, problems = find_documents(args.paths)
    if args.format == "timeml" and len(files) > 1 and not args.output:
        print("explorer: --format timeml with more than one file needs -o DIR", file=sys.stderr)
        return 2
    tagged = 0
    for problem in problems:
        print(f"explorer: skipped {problem}", file=sys.stderr)
    for path in files:
        try:
            raw, metadata = read_with_metadata(path)  # one date rule for every route and file type
            sidecar, warning = sidecar_or_warning(path)  # a broken sidecar costs its hints, not the file
            if warning:
                print(f"explorer: {printable_path(path)}: {warning}", file=sys.stderr)
            doc = date_document(raw, args.dct, sidecar, metadata)
        except ReadError as err:
            print(f"explorer: skipped {err}", file=sys.stderr)
            continue
        tagged += 1
        timexes = temporal.tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred")
        if args.format == "timeml":
            from explorer.exports.timeml import to_timeml  # its XML escaping imports urllib: only when asked

            from pathlib import Path

            xml = to_timeml(doc.text, in_post_values(doc.text, timexes, doc.date), doc.date, doc_id=Path(path).stem, date_source=doc.date_source)  # as extract names them
            if args.output:
                out = Path(args.output)
                out.mkdir(parents=True, exist_ok=True)
                (out / (Path(path).stem + ".tml")).write_text(xml, encoding="utf-8")
            else:
                sys.stdout.write(xml)
            continue
        # each line names the date its file was read against and where that came from, as an event
        # record does: in a batch every file has its own, and "yesterday" means nothing without it
        doc_date = doc.date.isoformat() if doc.date else None
        # ``Timex.anchor`` indexes the tagger's list, whose ranges are split into their ends below: a
        # line names its anchor by the anchor's offset in the text (``start``; a range's first end)
        anchor_start = {i: (t.parts[0] if t.parts else t).start for i, t in enumerate(timexes)}
        # a range's two ends as two expressions, as TimeML marks them; a post's values as posts write them
        for t in in_post_values(doc.text, list(timeml_view(timexes)), doc.date):
            record = {
                "doc": path, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                "mod": t.mod, "begin": t.begin.isoformat() if t.begin else None,
                "end_day": t.end_day.isoformat() if t.end_day else None,
                "certainty": t.certainty, "derivation": t.derivation,
                "anchor": "document" if t.anchor == DOCUMENT_ANCHOR else anchor_start.get(t.anchor),
                "doc_date": doc_date, "doc_date_source": doc.date_source,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0 if tagged or not (problems or files) else 1


def _tolerant_streams() -> None:
    """A file name with bytes that are not UTF-8 (kept as surrogates so it can still be opened) must
    not crash the output on a strict terminal: such characters are written as ``\\udcNN`` escapes,
    which JSON readers turn back into the same name."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or unusual stream: leave it as it is
                pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # "explorer: warning: notes.txt: binary file, skipped": the program and the kind of message, as a
    # command-line user reads them (the name of the module that logged it means nothing to them)
    logging.basicConfig(level=logging.WARNING, format="explorer: %(levelname)s: %(message)s")
    logging.addLevelName(logging.WARNING, "warning")
    logging.addLevelName(logging.ERROR, "error")
    _tolerant_streams()
    # Paths alone open the app: `explorer ~/articles/` without having to type `open`.
    if not argv or (argv[0] not in (*SUBCOMMANDS, "open") and not argv[0].startswith("-")):
        argv = ["open", *argv]
    args = build_parser(bench_project=argv[0] == "bench").parse_args(argv)
    try:
        if args.command == "extract":
            from explorer.commands.extract import run_extract

            return run_extract(args)
        if args.command == "tag":
            return _run_tag(args)
        if args.command == "export":
            from explorer.gui.render.commandline import run_export

            return run_export(args)
        if args.command in ("actors", "places", "groups"):
            from explorer.commands.entities import run as run_entities

            return run_entities(args)
        if args.command == "bench" and args.bench_target == "project":
            from explorer.commands.bench_project import run as run_bench_project

            return run_bench_project(args)
        if args.command == "bench" and args.bench_target == "import":
            if args.cli:
                from explorer.commands.bench_import import run as run_bench_import

                return run_bench_import(args, lambda rec: print(json.dumps(rec), flush=True))
            from explorer.gui.bench_import import main_import

            return main_import(args.project, args.paths, jobs=args.jobs, timeout_s=args.timeout, workdir=args.workdir)
        if args.command == "bench" and args.bench_target == "open":
            from explorer.gui.bench_open import main_open

            return main_open(args.project)
        if args.command == "bench":
            from explorer.gui.bench import main_render

            return main_render(args.events, args.steps, args.baseline_steps)
    except BrokenPipeError:  # `explorer extract data | head` is normal use
        sys.stderr.close()
        return 0
    from explorer.gui.app import run

    return run(args.paths)
