"""``explorer extract`` (headless, no Qt): every route is a project.

* ``extract PATH...`` (to stdout or ``-o``) fills a project that is never written and exports it, so
  the stream carries the same events with the same fields (actors and places included) as a saved
  project's export or the app's Export Data.
* ``extract PATH... --project FILE`` creates FILE or adds to it; documents already in it are extracted
  again and every user edit re-applies. ``--reextract`` re-runs the tagger over all stored documents.
* ``extract FILE.tlproj --format FMT [-o PATH] [--include-rejected]`` exports the project's events with
  the user's edits applied; rejected events are left out unless asked. ``timeml`` writes one
  ``NAME.tml`` per document into the folder given with ``-o``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import contextmanager
from typing import Iterator, TextIO

from explorer.documents.reader import printable_path
from explorer.curation import orphans
from explorer.store.project import Project
from explorer.store.sqlite import is_project_path  # one rule for the CLI and the app

DEFAULT_FORMAT = "jsonl"


def _say(message: str) -> None:
    print(f"explorer: {message}", file=sys.stderr)


def _say_left_out_of_ics(project: Project, include_rejected: bool) -> None:
    """iCalendar has no undated days and no years before 1: say how many events that left out, since
    every other format writes them and a calendar silently shorter than the timeline looks like a loss."""
    from explorer.exports.ics import left_out_of_ics
    from explorer.exports.project import export_rows

    undated, before_one = left_out_of_ics(row.event for row in export_rows(project, include_rejected))
    what = [f"{undated:,} undated event{'s' if undated > 1 else ''}"] if undated else []
    what += [f"{before_one:,} event{'s' if before_one > 1 else ''} before year 1"] if before_one else []
    if what:
        _say(f"iCalendar left out {' and '.join(what)} (it has no undated days and no years before 1; "
             "the other formats keep them)")


@contextmanager
def _output(path: str | None, binary_lines: bool) -> Iterator[TextIO]:
    if path is None or path == "-":
        # On a terminal a file name or sentence holding ESC or CR would recolour or rewrite the screen
        # (CSV writes cells as they are): escape what the terminal would act on. A pipe or a file
        # gets the exact text.
        yield _TerminalSafe(sys.stdout) if _isatty(sys.stdout) else sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="" if binary_lines else None) as handle:
        yield handle


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class _TerminalSafe:
    """A text stream for a terminal: what is written goes through :func:`terminal_text`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from explorer.exports.safe_text import terminal_text

        return self._stream.write(terminal_text(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


#: Files repeating another's text named one by one; the rest are counted.
COPIES_NAMED = 20

#: Seconds between two progress lines on a terminal (the first comes after as long).
PROGRESS_EVERY_S = 1.0


class _TerminalProgress:
    """"reading 120/500 files…" rewritten in place on a terminal, with how far through the file being
    read when it is read in this process ("… big.txt 45%"): one 45 MB file used to show nothing until
    it was done, like a hang."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last = time.monotonic()  # the first line comes after PROGRESS_EVERY_S too
        self.shown = False
        self._done: int | None = None
        self._total = 0

    def files(self, done: int, total: int, path: str) -> None:
        self._done, self._total = done, total
        self._show(f"reading {done:,}/{total:,} files\u2026")

    def within(self, path: str, fraction: float) -> None:
        count = f"{self._done:,}/{self._total:,} files, " if self._done is not None else ""
        self._show(f"reading {count}{printable_path(os.path.basename(path))} {fraction:.0%}\u2026")

    def _show(self, line: str) -> None:
        now = time.monotonic()
        if now - self._last < PROGRESS_EVERY_S:
            return
        self._last, self.shown = now, True
        self._stream.write(f"\r\x1b[Kexplorer: {line}")
        self._stream.flush()


@contextmanager
def _terminal_progress(stream: TextIO) -> Iterator[_TerminalProgress | None]:
    """On a terminal, a :class:`_TerminalProgress` while an import runs, its line wiped at the end:
    a big folder ran for minutes without a sign of life. A pipe or a file gets nothing (``None``),
    so logs and scripts stay as they were."""
    if not _isatty(stream):
        yield None
        return
    ticker = _TerminalProgress(stream)
    try:
        yield ticker
    finally:
        if ticker.shown:
            stream.write("\r\x1b[K")
            stream.flush()


def run_extract(args: argparse.Namespace) -> int:
    from explorer.store.lock import project_lock

    target = getattr(args, "project", None)
    projects = [p for p in args.paths if is_project_path(p)]
    if target is None and len(projects) == 1:
        target = projects[0]
    inputs = [p for p in args.paths if not is_project_path(p)]
    writes = target is not None and (bool(inputs) or getattr(args, "reextract", False) or not os.path.isfile(target))
    if writes:  # from reading the project to saving it: a second writer waits, then adds to our result
        with project_lock(target, lambda: _say(f"waiting for another program writing {printable_path(target)}\u2026")):
            return _run_extract(args)
    return _run_extract(args)


def _run_extract(args: argparse.Namespace) -> int:
    from explorer.exports.project import write_project, write_timeml_folder
    from explorer.store.importing import annotate_project, import_paths
    from explorer.store.failures import why_cannot_save_here
    from explorer.store.sqlite import ProjectFileError

    if args.format is None and not getattr(args, "project", None):
        args.format = DEFAULT_FORMAT

    projects = [p for p in args.paths if is_project_path(p)]
    inputs = [p for p in args.paths if not is_project_path(p)]
    target = getattr(args, "project", None)
    if target is None and len(projects) == 1:
        target = projects[0]
        if not os.path.isfile(target):
            what = "not a project file (a folder)" if os.path.isdir(target) else "no such project file"
            _say(f"{printable_path(target)}: {what}")
            return 1
    elif projects:
        _say("give one project file to export, or --project FILE to add articles to")
        return 2
    if target and (inputs or getattr(args, "reextract", False)):
        blocker = why_cannot_save_here(target)
        if blocker is not None:  # said before the import, not after minutes of reading
            _say(f"could not save {printable_path(target)}: {blocker.replace(' (Save As)', '')}")
            return 1
    try:
        project = Project.open(target) if target and os.path.exists(target) else Project(target)
    except ProjectFileError as err:
        _say(str(err))
        return 1

    failed_all = False
    saved_line = None  #: what the import added, said once the project is saved
    if inputs:
        with _terminal_progress(sys.stderr) as ticker:
            report = import_paths(project, inputs, dct=args.dct, jobs=args.jobs,
                                  progress=ticker.files if ticker else None, within=ticker.within if ticker else None)
        for problem in report.problems:
            _say(f"skipped {problem}")
        for copy in report.duplicates[:COPIES_NAMED]:
            _say(str(copy))
        if len(report.duplicates) > COPIES_NAMED:  # a folder of stub files: a screenful says it
            _say(f"\u2026 and {len(report.duplicates) - COPIES_NAMED:,} more files repeating another's text")
        failed_all = not report.added and not report.updated and bool(report.problems)
        if failed_all and not target:
            return 1
        if target and not failed_all:
            n = len(report.duplicates)
            copies = f" ({n} {'file' if n == 1 else 'files'} repeated another's text)" if n else ""
            saved_line = f"{len(report.added)} new and {len(report.updated)} updated documents in {printable_path(target)}{copies}"
    if getattr(args, "reextract", False):
        project.reextract()
        annotate_project(project)
    elif project.actor_index is None and project.documents():
        annotate_project(project)  # a project saved before who and where were kept (schema 1)
    for line in orphans.report(orphans.list_orphans(project), project):
        _say(line)
    creating = target is not None and not os.path.isfile(target)
    if failed_all and creating:
        _say(f"every input failed: {printable_path(target)} was not created")
        return 1
    if target and (inputs or getattr(args, "reextract", False) or creating):
        try:
            project.save(target)
        except ProjectFileError as err:
            _say(f"could not save {err}")
            return 1
    if saved_line is not None:
        _say(saved_line)

    fmt = args.format
    exporting = fmt is not None or not getattr(args, "project", None)
    if exporting:
        fmt = fmt or DEFAULT_FORMAT
        include = getattr(args, "include_rejected", False)
        output = getattr(args, "output", None)
        if fmt == "timeml":
            if not output or output == "-":
                _say("--format timeml writes one NAME.tml per document: give a folder with -o")
                return 2
            for path in write_timeml_folder(project, output, include):
                print(printable_path(path))
        else:
            with _output(output, binary_lines=fmt == "ics") as out:
                write_project(project, out, fmt, include)
            if fmt == "ics":
                _say_left_out_of_ics(project, include)
    return 1 if failed_all else 0
