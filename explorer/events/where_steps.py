"""The second act of a "where" clause, joined to its first by "and": "…, where it flattened trees and cut
power to the harbour", "…, where the priest blessed the boats and read out the names". The clause tells
what was done at the place the clause before named; its subject goes on to a second act, which a reader
lists beside the first (the "where" before it otherwise makes the step look like a relative's aside of
no one's, see :func:`~explorer.events.joined_clauses.iter_joined_clauses`).

Only when the "where" clause opens with a subject of its own (a pronoun, a noun phrase with its
determiner, a bare plural or a name) and a past verb that tells an act, not a state or a saying ("where
she lived and worked for ten years" tells none), with no clause break between that verb and the "and".
General English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import NOT_HAPPENING_VERBS, PAST_FORMS

#: ", where" and its subject and past verb, up to the step's "and" (no clause break in between).
_WHERE_ACT = re.compile(
    r",\s+where\s+(?P<subject>(?-i:he|she|it|they)|(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"(?:,\s+(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}),)?|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|(?!(?:this|thus|was|has|is|as|its|his|news)\b)[a-z]{3,}s)\s+"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|was|were|had|has|have|used|stayed|remained|lived|worked|studied|spent)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b[^,;:.!?()—–\"“”]*$")


def where_step_subject(sentence: str, joint: int) -> str | None:
    """The subject of the "where" clause whose second act is joined at ``joint`` (the "and" before the
    step's verb), capitalised for a title; None when no such clause runs up to it."""
    m = _WHERE_ACT.search(sentence, 0, joint)
    if m is None or re.search(r"\b(?:and|who|which|whom|when|said|says|told)\b", m.group(), re.IGNORECASE):
        return None
    subject = m.group("name") or m.group("subject")  # "her coach, Tom Idris," -> "Tom Idris"
    return subject[:1].upper() + subject[1:]
