"""Run the real app in a subprocess, optionally with many synthetic events, and quit through the
Quit action after a delay. Used by test_quit.py; prints timings on stdout for the startup check.

usage: python quit_driver.py [--synthetic N] [--quit-after MS] [--cli] [PATH...]
"""

from __future__ import annotations

import argparse
import sys
import time

T0 = time.perf_counter()

from datetime import date, timedelta  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402


def synthetic_documents(n_events: int, n_docs: int = 10):
    """Events spread over decades, a fifth of them spans, built directly (no tagger)."""
    from explorer.documents import Document
    from explorer.events.record import Event
    from explorer.ingest import ExtractedDocument

    per_doc = max(1, n_events // n_docs)
    docs = []
    for d in range(n_docs):
        path = f"/synthetic/doc{d}.txt"
        # a project keys an event by its document's text and its expression's span: both distinct
        text = f"Document {d}: on a day something happened. " + "x" * per_doc
        events = []
        for i in range(per_doc):
            begin = date(1950, 1, 1) + timedelta(days=(i * 7919 + d * 131) % 27000)
            end = begin + timedelta(days=30 if i % 5 == 0 else 0)
            events.append(Event(
                id=f"doc{d}#{i}", doc=path, title=f"Synthetic event {d}-{i}", sentence=text[:30],
                sentence_start=0, sentence_end=30, timex="x", timex_start=40 + i, timex_end=41 + i,
                value=begin.isoformat(), type="DATE", begin=begin, end=end, certainty="exact",
            ))
        docs.append(ExtractedDocument(Document(path, text, f"Synthetic document {d}"), (), tuple(events)))
    return docs


class FirstPaint(QObject):
    """Reports when the window first paints with the corpus loaded: 'painted' as the user sees it."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded = False
        self.reported = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.loaded and not self.reported:
            self.reported = True
            print(f"painted-loaded {time.perf_counter() - T0:.3f}", flush=True)
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--quit-after", type=int, default=1500)
    parser.add_argument("--cli", action="store_true", help="start through explorer.cli.main, as `python -m explorer`")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    from explorer.gui.app import create_app, main_window, run

    app = create_app()
    painter = FirstPaint()
    app.installEventFilter(painter)

    def on_started() -> None:
        window = main_window()
        print(f"shown {time.perf_counter() - T0:.3f}", flush=True)

        def quit_via_action() -> None:
            print(f"marks {window.timeline.mark_count()}", flush=True)
            print(f"events {window.model.rowCount()}", flush=True)
            window.actions["quit"].trigger()

        def loaded() -> None:
            painter.loaded = True
            window.update()
            if args.synthetic:
                window.add_documents(synthetic_documents(args.synthetic))
                print(f"synthetic {window.model.rowCount()}", flush=True)
                deadline = time.perf_counter() + 60

                def when_drawn() -> None:  # quit only once the events are on screen (or give up)
                    if window.timeline.mark_count() >= args.synthetic or time.perf_counter() > deadline:
                        QTimer.singleShot(args.quit_after, quit_via_action)
                    else:
                        QTimer.singleShot(100, when_drawn)

                when_drawn()
                return
            QTimer.singleShot(args.quit_after, quit_via_action)

        window.loadFinished.connect(loaded)

    QTimer.singleShot(0, on_started)
    if args.cli:
        from explorer.cli import main as cli_main

        return cli_main(args.paths)
    return run(args.paths)


if __name__ == "__main__":
    sys.exit(main())
