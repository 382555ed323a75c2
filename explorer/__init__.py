"""Timeline Explorer: the dated events of a set of articles, on a timeline linked to their text.

The package splits in two on purpose. ``documents``, ``temporal``, ``events`` and ``exports`` are
plain Python and never import Qt, so the command line and the tests run without a display and start
fast. ``gui`` is a thin Qt layer over the same event records.
"""

__version__ = "0.1.0"
