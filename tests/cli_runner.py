"""The command line run in the test's own process: ``explorer.cli.main(argv)`` with its standard
streams and its log caught, answered as ``subprocess.run(..., capture_output=True, text=True)``
answers, so a test written against a real ``python -m explorer`` reads the same fields.

Why: a new interpreter per command costs ~3 s of CPU (the tagger, the readers and the store are
imported again), 20-30 s of wall time on a shared two-core machine, and the CLI tests made dozens.
Tests about the command's output use this; tests about the process itself (start-up, exit codes
seen by a shell, a kill, a terminal, bytes in file names the interpreter has to decode) keep a real
subprocess.

What a real process gives for free is rebuilt here: output written as UTF-8 bytes (``main``
reconfigures the streams as on a terminal), the log's format set by ``main`` itself (the root
logger's handlers, pytest's among them, are put aside for the call), ``SystemExit`` (argparse's
``--help`` and usage errors) turned into the exit code, an uncaught exception into exit code 1 with
its traceback on stderr, and the working folder the caller names.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import traceback
from pathlib import Path


def _text_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n", write_through=True)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # as ``text=True`` decodes a child's output


def _exit_code(code: object, stderr: io.TextIOWrapper) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=stderr)  # as the interpreter does with ``sys.exit("message")``
    return 1


def run_cli(*args: str, cwd: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m explorer *args`` in this process, in ``cwd`` (default: where the test runs)."""
    from explorer.cli import main

    stdout, stderr = _text_stream(), _text_stream()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    saved_streams = sys.stdout, sys.stderr
    here = os.getcwd()
    root.handlers = []  # ``main``'s ``basicConfig`` then writes the log to this call's stderr, as in a process
    try:
        if cwd is not None:
            os.chdir(cwd)
        sys.stdout, sys.stderr = stdout, stderr
        try:
            code = main(list(args))
        except SystemExit as done:
            code = _exit_code(done.code, stderr)
        except Exception:  # an uncaught error ends a real process with its traceback and code 1
            traceback.print_exc(file=stderr)
            code = 1
    finally:
        sys.stdout, sys.stderr = saved_streams
        os.chdir(here)
        for handler in root.handlers:
            handler.close()
        root.handlers, root.level = handlers, level
    return subprocess.CompletedProcess(["explorer", *args], code, _read(stdout), _read(stderr))
