"""Text from articles and file names shown by Qt as exactly that text, never as markup.

Qt renders a tooltip or a label as rich text when it *looks* like HTML (``Qt::mightBeRichText``),
so a sentence such as ``<img src=…>`` or a file called ``<b>x</b>.txt`` would be drawn as markup.
These helpers escape it and wrap it in rich text that shows the characters as they are.
"""

from __future__ import annotations

import html

from explorer.documents.reader import has_surrogates, printable_path


def escaped(text: str) -> str:
    """``text`` for a rich-text label: markup characters escaped, undecodable bytes shown as ``\\xNN``."""
    return html.escape(printable_path(text) if has_surrogates(text) else text, quote=True)


def shown_text(text: str) -> str:
    """``text`` for a plain-text Qt widget: a Python string holding undecodable bytes of a file name
    (kept as surrogates, so the file can still be opened) loses them on its way into a QString;
    shown as ``\\xNN`` they stay visible and tell two such names apart."""
    return printable_path(text) if has_surrogates(text) else text


def document_name(document) -> str:
    """What the app calls a document: its title, else its file name, undecodable bytes escaped."""
    return shown_text(document.title or document.name)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (line breaks kept) whatever characters it holds."""
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>" if text else ""


