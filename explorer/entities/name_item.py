"""One name mention as corpus annotation sees it: the mention, its document, and the kind and group
the annotation's passes settle on. Its own module because every pass (places, people, organisations,
canonical names) reads and rewrites the same record."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.entities.mention import Mention


@dataclass(slots=True)
class NameItem:
    """A mention of document ``doc``, its ``kind`` (PERSON, ORG, PLACE or "" for none yet) and the
    ``group`` of mentions it is one name with."""

    doc: int
    mention: Mention
    kind: str
    group: object = None
