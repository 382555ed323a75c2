"""Quotation marks as typewriters and wire archives write them: two backquotes to open, two
apostrophes to close (``We will not stop,'' she said).

TimeBank, the Penn Treebank, LaTeX sources and older wire archives mark quotations so. The tests of
what is quoted (is a clause the story's narration, or a speaker's words?) count curly and straight
marks, so a quotation written this way read as narration: a speaker's "They just started firing" or
"I never asked anybody" became events of their own. Reading each pair as the curly mark it stands
for, before those tests count, lets them see the quotation. The document's text is not changed (every
offset indexes it as shown); only the copies the tests read are.
"""

from __future__ import annotations

#: The pairs that stand for an opening and a closing quotation mark.
_OPEN_PAIR, _CLOSE_PAIR = "``", "''"
#: Every mark that opens or closes a quotation, the pairs included: what "does this hold a quotation"
#: looks for.
QUOTE_MARKS = ("“", "”", '"', _OPEN_PAIR, _CLOSE_PAIR)


def as_curly(text: str) -> str:
    """``text`` with each two-backquote and two-apostrophe pair read as the curly mark it stands for
    (the result is shorter: for counting and matching marks, never for offsets into the document)."""
    if _OPEN_PAIR not in text and _CLOSE_PAIR not in text:
        return text
    return text.replace(_OPEN_PAIR, "“").replace(_CLOSE_PAIR, "”")


def holds_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a quotation mark of any writing (see :data:`QUOTE_MARKS`)."""
    return any(q in text for q in QUOTE_MARKS)
