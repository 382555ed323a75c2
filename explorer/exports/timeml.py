"""TimeML output: the document text with TIMEX3 tags, readable by the TempEval-3 tools."""

from __future__ import annotations

from datetime import date
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from explorer.exports.safe_text import xml_text
from explorer.temporal.timex import Timex


def to_timeml(text: str, timexes: Sequence[Timex], dct: date | None, doc_id: str = "doc") -> str:
    """Tags never nest or overlap in TimeML, so an expression overlapping an earlier one is dropped.
    Characters XML 1.0 forbids (NUL, VT, FF, ESC…) become U+FFFD, one for one, so offsets hold."""
    text = xml_text(text)
    doc_id = xml_text(doc_id)
    parts: list[str] = []
    cursor = 0
    tid = 0
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if timex.start < cursor or timex.end <= timex.start:
            continue
        tid += 1
        attrs = f'tid="t{tid}" type="{timex.type}" value={quoteattr(timex.value)}'
        if timex.mod:
            attrs += f" mod={quoteattr(timex.mod)}"
        if timex.type in ("DATE", "TIME") and timex.derivation != "explicit":
            attrs += ' temporalFunction="true"'
        parts.append(escape(text[cursor : timex.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(text[timex.start : timex.end])}</TIMEX3>")
        cursor = timex.end
    parts.append(escape(text[cursor:]))
    dct_xml = ""
    if dct is not None:
        dct_xml = f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
    return (
        '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n{dct_xml}<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )
