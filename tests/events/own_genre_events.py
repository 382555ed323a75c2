"""The harness the own-genre title tests share (sessions 35 and 36): one passage read by the app's
route (a file in a folder, ``extract_paths``), its event for one date expression, and the gold set's
written rule for a title and an actor (``tests/gold/score.py``)."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest import extract_paths
from tests.gold.score import names_actor, names_predicate


def event_for(tmp_path: Path, text: str, expression: str):
    """The event ``text`` gives for the date ``expression``, read as a dropped file is; None if none."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    events = [e for e in extract_paths([str(path)], jobs=1).documents[0].events if e.timex == expression]
    return events[0] if events else None


def title_is_readers(event, actor: str, predicate: str) -> bool:
    """The title names the actor and the predicate, and is no cut fragment ending in an ellipsis."""
    return (names_actor(event.title, actor) and names_predicate(event.title, predicate)
            and not event.title.endswith(("…", "...")))


def actor_is_readers(event, actor: str) -> bool:
    """One of the event's actors is the reader's."""
    return any(names_actor(a, actor) for a in event.actors)
