"""How far through one document its extraction is, and stopping it there when the user cancels.

Progress per finished file says nothing while one big file (a 45 MB log, a book) is read: the
command line and the app looked hung until it was done, and a cancel waited for the end of it. The
extraction's passes over the text (tagging, building events) each report the offset they reached;
:class:`DocumentProgress` turns those into one fraction of the whole document, reported at most
once per :data:`STEP_CHARS` characters of each pass, so its cost does not show (one comparison per
date expression). The caller's report may raise :class:`Cancelled` to stop the document where it
is.
"""

from __future__ import annotations

from typing import Callable

#: A pass reports again once it has gone this many characters further.
STEP_CHARS = 20_000

#: What share of a document's extraction time each pass takes (measured on 0.15-1 MB of news text,
#: and again on a 0.86 MB dropped chronicle and on twelve histories joined, 0.38 MB: dating a text
#: with no date given took 0.23 and 0.11 there, tagging after it 0.02-0.04, since the dating's scan
#: is kept for it; building events and their titles is most of it). Only the bar's pace depends on these.
SHARES = {"date": 0.2, "tag": 0.05, "events": 0.3, "folds": 0.3, "titles": 0.15}


class Cancelled(BaseException):
    """The user cancelled while a document was being extracted. A ``BaseException`` (as
    ``KeyboardInterrupt``), so no ``except Exception`` that keeps one bad document from ending a run
    turns a cancel into that document's failure."""


#: Reached offset in the pass's text -> None.
OffsetReport = Callable[[int], None]


class DocumentProgress:
    """One document's passes reported as one fraction 0..1 to ``report(fraction)``."""

    def __init__(self, report: Callable[[float], None], length: int) -> None:
        self._report = report
        self._length = max(length, 1)
        self._done = 0.0  # the shares of the passes finished

    def start(self, name: str) -> OffsetReport:
        """The offset report of pass ``name`` (one of :data:`SHARES`), which starts now."""
        begin, share, length, report = self._done, SHARES[name], self._length, self._report
        self._done = min(1.0, begin + share)
        report(begin)
        next_at = STEP_CHARS

        def reached(offset: int) -> None:
            nonlocal next_at
            if offset >= next_at:
                next_at = offset + STEP_CHARS
                report(begin + share * min(offset, length) / length)

        return reached

    def finish(self) -> None:
        self._report(1.0)
