"""Text that other programs can take: what XML 1.0, RFC 5545 and spreadsheets forbid or execute.

An article can hold any character (a NUL, a form feed, an ESC from a pasted terminal log) and a
sentence can start with ``=``; written as-is they make an ill-formed TimeML or SVG file, a calendar
that programs reject, or a CSV cell a spreadsheet runs as a formula. Each function keeps the text's
length where offsets matter (one replacement character per forbidden one).
"""

from __future__ import annotations

import re

#: Characters XML 1.0 does not allow anywhere (section 2.2), lone surrogates included.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: RFC 5545 TEXT: no control characters except HTAB (newlines are escaped as ``\\n`` before this).
_ICS_FORBIDDEN = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")
#: What a terminal acts on rather than shows: C0 controls but tab and newline, DEL, and C1 (0x9b is CSI).
_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")  # a CRLF line end stays
#: A cell starting with these is a formula to Excel, LibreOffice and Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Plain numbers and dates ("-12", "-0044-03-15", "+3.5") compute nothing: left as they are.
_PLAIN_NUMBER = re.compile(r"[-+]?[0-9][0-9 .,:/T-]*")


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 forbids replaced by U+FFFD (same length: offsets hold)."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


def ics_text(text: str) -> str:
    """``text`` without the control characters RFC 5545 forbids in TEXT values (each becomes U+FFFD)."""
    return _ICS_FORBIDDEN.sub("\ufffd", text)


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe
    (the OWASP advice), unless it is a plain number or date."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def terminal_text(text: str) -> str:
    """``text`` as a terminal should receive it: each control character it would act on (ESC starting
    a colour or cursor sequence, CR rewriting the line, BEL) written as a visible ``\\xNN`` escape.
    For output going to a screen only: a file keeps the exact characters."""
    return _TERMINAL_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
