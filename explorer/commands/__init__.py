"""The command line's subcommands, thin over ``ingest``, ``store`` and ``exports`` (no Qt).

``explorer.cli`` builds the parser and dispatches here; the subcommands that draw the timeline into an
image or open the app live in ``gui`` and are imported lazily by ``cli``.
"""

from __future__ import annotations

import argparse
from datetime import date


def date_arg(text: str) -> date:
    """An argparse type for ``--dct``, ``--from`` and ``--to``: an ISO day, or a message naming the form."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None
