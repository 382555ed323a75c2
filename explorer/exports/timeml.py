"""TimeML output: the document text with TIMEX3 tags, readable by the TempEval-3 tools."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from explorer.exports.safe_text import xml_text
from explorer.temporal.timex import Timex


def _interval(value: str) -> tuple[str, str] | None:
    """The two days of an ISO interval value ("2019-03-11/2019-03-17"), which TIMEX3 has no value for."""
    if "/" not in value:
        return None
    first, _, last = value.partition("/")
    try:
        date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None
    return first, last


def _range_ends(timexes: Sequence[Timex]) -> tuple[list[Timex], list[int]]:
    """A range ("June to August 2019", "3-5 May") as TimeML marks it: each end its own TIMEX3 with its
    own value (the tagger keeps them in ``parts``), not one tag valued as its first end. Returns the
    expressions to write and, for each, the index in ``timexes`` of the expression it came from, so
    ``anchor`` (an index into ``timexes``) still finds its tag. An end hangs on what its range hangs
    on. A range the user re-dated (derivation ``user``) keeps its one tag and the user's value."""
    out: list[Timex] = []
    whole_of: list[int] = []
    for index, timex in enumerate(timexes):
        if timex.parts and timex.derivation != "user":
            for part in timex.parts:
                out.append(replace(part, anchor=timex.anchor, parts=()))
                whole_of.append(index)
        else:
            out.append(timex)
            whole_of.append(index)
    return out, whole_of


def to_timeml(text: str, timexes: Sequence[Timex], dct: date | None, doc_id: str = "doc",
              date_source: str | None = None) -> str:
    """Tags never nest or overlap in TimeML, so an expression overlapping an earlier one is dropped.

    ``anchor`` of a timex is an index into ``timexes``: an expression resolved against another gets
    ``anchorTimeID`` naming that one's tag (or the creation time ``t0``, when it hangs on the
    document date). A span of days (a user's re-dating, "2019-03-11/2019-03-17") is written the
    TimeML way: a DURATION of so many days with ``beginPoint``/``endPoint`` naming two empty
    (non-consuming) DATE tags, since an ISO interval is not a valid TIMEX3 value.
    Characters XML 1.0 forbids (NUL, VT, FF, ESC…) become U+FFFD, one for one, so offsets hold.
    ``date_source`` (where the document date came from: ``header``, ``inferred``, ``unknown``…) is
    written as a comment beside the DCT, as every other format carries ``doc_date_source``: TimeML's
    DCT has no attribute for it, and an inferred creation time should not pass for a printed one.
    """
    text = xml_text(text)
    doc_id = xml_text(doc_id)
    timexes, whole_of = _range_ends(timexes)
    order = sorted(range(len(timexes)), key=lambda i: (timexes[i].start, -timexes[i].end))
    kept: list[int] = []
    cursor = 0
    for i in order:
        timex = timexes[i]
        if timex.start < cursor or timex.end <= timex.start:
            continue
        kept.append(i)
        cursor = timex.end
    tid_of = {i: f"t{n}" for n, i in enumerate(kept, start=1)}
    anchor_tid: dict[int, str] = {}  # index in the caller's list -> tag; a range's is its first end's
    for i in kept:
        anchor_tid.setdefault(whole_of[i], tid_of[i])
    extra = len(kept)
    parts: list[str] = []
    cursor = 0
    for i in kept:
        timex = timexes[i]
        tid = tid_of[i]
        points = ""
        interval = _interval(timex.value)
        if interval is not None:
            first, last = interval
            days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
            begin_id, end_id = f"t{extra + 1}", f"t{extra + 2}"
            extra += 2
            attrs = (f'tid="{tid}" type="DURATION" value="P{days}D" beginPoint="{begin_id}" endPoint="{end_id}"')
            points = (f'<TIMEX3 tid="{begin_id}" type="DATE" value="{first}"/>'
                      f'<TIMEX3 tid="{end_id}" type="DATE" value="{last}"/>')
        else:
            attrs = f'tid="{tid}" type="{timex.type}" value={quoteattr(timex.value)}'
        if timex.mod:
            attrs += f" mod={quoteattr(timex.mod)}"
        if timex.type in ("DATE", "TIME") and timex.derivation not in ("explicit", "user") and interval is None:
            attrs += ' temporalFunction="true"'
            anchor = anchor_tid.get(timex.anchor) if timex.anchor is not None else None
            if anchor is None and dct is not None:
                anchor = "t0"
            if anchor is not None and anchor != tid:
                attrs += f' anchorTimeID="{anchor}"'
        parts.append(escape(text[cursor : timex.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(text[timex.start : timex.end])}</TIMEX3>{points}")
        cursor = timex.end
    parts.append(escape(text[cursor:]))
    dct_xml = ""
    if date_source is not None:
        dct_xml = f"<!-- doc_date: {dct.isoformat() if dct else 'unknown'}, doc_date_source: {xml_text(date_source).replace('--', '- -')} -->\n"
    if dct is not None:
        dct_xml += f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
    return (
        '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n{dct_xml}<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )
