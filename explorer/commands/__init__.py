"""The command line's subcommands, thin over ``ingest``, ``store`` and ``exports`` (no Qt).

``explorer.cli`` builds the parser and dispatches here; the subcommands that draw the timeline into an
image or open the app live in ``gui`` and are imported lazily by ``cli``.
"""
