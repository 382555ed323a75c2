"""A dated event of one sentence on its own, for tests of the rules that read an event's sentence
around its date (``relative_clause_dates``, ``dated_nominals``)."""

from __future__ import annotations

from explorer.events.record import Event


def one_sentence_event(sentence: str, timex: str) -> Event:
    """The event dated by the first ``timex`` of ``sentence``, the sentence standing alone."""
    at = sentence.index(timex)
    return Event(id="x", doc="d", title="", sentence=sentence, sentence_start=0, sentence_end=len(sentence),
                 timex=timex, timex_start=at, timex_end=at + len(timex), value="", type="DATE", begin=None,
                 end=None, certainty="exact", derivation="")
