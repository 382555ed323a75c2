"""The label columns (each event's actors and places as the annotation labels them, ``label.*``)
written again without the rest of the event columns: after a merge or split of actors only some
documents' events are labelled differently, so a save takes every other document's labels from
the columns the project was read from (whole runs of rows, sliced in numpy) and labels only the
relabelled documents' events (issue 16: at 1M events, making every record to pack its labels was
most of a save's 47 s of CPU and 3.6 GB).

The layout is :func:`explorer.store.columns.pack_names`' (names end to end as UTF-8, each name's
length in characters, each event's count of names), so a file written this way is the same as
one written from the records.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explorer.events.record import Event
from explorer.store.stored_events import StoredEvents


def pack_label_columns(stored: StoredEvents | None, sources: Sequence[tuple[int, int] | Sequence[Event]],
                       prefix: str) -> dict[str, bytes]:
    """The ``actors`` and ``places`` label columns (names prefixed with ``prefix``) of every event,
    documents in order: a source ``(start, stop)`` is that run of rows of ``stored``'s labels, a
    list of events is those events' own actors and places."""
    out: dict[str, bytes] = {}
    for name in ("actors", "places"):
        texts: list[str] = []
        lengths: list[np.ndarray] = []
        counts: list[np.ndarray] = []

        def stored_run(start: int, stop: int) -> None:
            column = stored.labels[name]  # type: ignore[union-attr]
            first, last = int(column.starts[start]), int(column.starts[stop])
            ends = column.flat.ends
            begin = int(ends[first - 1]) if first else 0
            end = int(ends[last - 1]) if last else 0
            texts.append(column.flat.text[begin:end] if last > first else "")
            lengths.append(np.diff(np.asarray(ends[first:last], np.int64), prepend=np.int64(begin)))
            counts.append(np.diff(column.starts[start:stop + 1]).astype(np.int64))

        run: tuple[int, int] | None = None
        for source in sources:
            if isinstance(source, tuple):
                if run is not None and run[1] == source[0]:
                    run = (run[0], source[1])  # consecutive documents: one slice
                    continue
                if run is not None:
                    stored_run(*run)
                run = source
                continue
            if run is not None:
                stored_run(*run)
                run = None
            values = [getattr(event, name) for event in source]
            flat = [n for names in values for n in names]
            texts.append("".join(flat))
            lengths.append(np.fromiter(map(len, flat), np.int64, len(flat)))
            counts.append(np.fromiter(map(len, values), np.int64, len(values)))
        if run is not None:
            stored_run(*run)
        out[prefix + name] = "".join(texts).encode("utf-8", "surrogatepass")
        out[f"{prefix}{name}.len"] = (np.concatenate(lengths) if lengths else np.zeros(0, np.int64)).astype(np.int64).tobytes()
        out[f"{prefix}{name}.count"] = (np.concatenate(counts) if counts else np.zeros(0, np.int64)).astype(np.int64).tobytes()
    return out
