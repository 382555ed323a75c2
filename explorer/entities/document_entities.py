"""One document's own entities, found once, when a title rule first asks for them.

The rules that name a title's pronoun ("He loses …", "His army …", "They attack …";
:mod:`explorer.entities.title_person`, :mod:`explorer.entities.title_group`) read whom the text names
before the event's sentence. They run where a document's events are made, before the corpus is
annotated, so they cannot use the corpus's index. Building an index per pronoun title cost one
annotation of an 800-character stretch for each such title (17 on the WikiWars histories); one index of
the whole document, built lazily and shared by both rules, costs one annotation per document that has
such a title. The names it mentions are found once too, and handed on with the extracted document
(``explorer.ingest.ExtractedDocument.mentions``), so that the corpus's annotation, which needs them for
every document anyway, does not find them a second time: the finding moves into the worker that
extracts the document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from explorer.entities.index import ActorIndex
from explorer.events.record import Event
from explorer.entities.mention import DocumentMentions
from explorer.entities.mentions import find_mentions
from explorer.entities.subject import GENERAL_BODIES

#: A title opening with a pronoun a title rule may name ("He …", "Their forces …").
PRONOUN_TITLE = re.compile(r"^(?:He|She|They|His|Her|Their|Its?|We)\s")
#: A title opening with a general word for a body ("The company closes its depot"), which a title rule
#: names as it names an "It" (``title_body``).
#: (its verb next, in the present: "The group stage runs" is a stage, no body)
BODY_WORD_TITLE = re.compile(r"^The\s+(" + "|".join(sorted(GENERAL_BODIES)) + r")\s+"
                             r"(?=(?:is|was|has|had|will|would|can|could|may|must|[a-z]+s)\b)")
#: Characters before an event's sentence a title rule reads back over for whom its pronoun stands.
READ_BACK = 800
#: Characters of a document's opening whose names a title rule's index always holds.
OPENING = 400


class DocumentEntities:
    """The entities of the document ``path`` (its ``text``), indexed on first use; offsets are the
    document's own, as an event's are."""

    def __init__(self, path: str, text: str, stretches: Sequence[tuple[int, int]] | None = None,
                 progress: Callable[[int], None] | None = None) -> None:
        """``stretches``: the (start, end) spans whose names the index is to hold (the text a title
        rule reads back over); ``None``: the whole text. ``progress(offset)``: how far finding the
        names has read (the extraction's progress, which may raise its cancel)."""
        self.path = path
        self.text = text
        self.stretches = stretches
        self._progress = progress
        self._index: ActorIndex | None = None
        self._mentions: DocumentMentions | None = None

    @property
    def mentions(self) -> DocumentMentions:
        """The names the document mentions (found once)."""
        if self._mentions is None:
            self._mentions = find_mentions(self.text, self._progress)
        return self._mentions

    @property
    def index(self) -> ActorIndex:
        """The document's actor index (built once: the first call pays for the annotation)."""
        if self._index is None:
            from explorer.entities.annotate import build_index  # the text's own entities, as annotation finds them

            found = self.mentions
            if self.stretches is not None:  # only the names a title rule can read: far cheaper on a long text
                found = replace(found, mentions=tuple(
                    m for m in found.mentions if any(start <= m.start and m.end <= end for start, end in self.stretches)))
            self._index = build_index([(self.path, self.text)], [found])
        return self._index

    @classmethod
    def for_titles(cls, path: str, text: str, events: Sequence[Event],
                   progress: Callable[[int], None] | None = None) -> DocumentEntities:
        """The entities a title rule can read for ``events``: those named in the stretch before (and
        in) each event's sentence whose title opens with a pronoun, as a reader looks back."""
        stretches = [(max(0, e.sentence_start - READ_BACK), e.sentence_end) for e in events
                     if PRONOUN_TITLE.match(e.title) or BODY_WORD_TITLE.match(e.title)]
        if stretches:
            # the document's opening too, where a story or a life names its person in full ("Marta Vesk
            # (born 1961) is …"): a surname alone further on ("Vesk was known …") is that person, not a
            # body the index has only the one word of, and a "she" there is not the one other person named
            stretches.append((0, min(len(text), OPENING)))
        if any(e.title.startswith("We ") for e in events):
            # and its end, where a letter or a notice signs with the body its "we" stands for
            stretches.append((max(0, len(text) - OPENING), len(text)))
        return cls(path, text, stretches, progress)
