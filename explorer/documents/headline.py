"""Finding an article's headline in its text, for lane labels and the document list.

Saved web pages start with page furniture ("close button", "5 min read", bylines, datelines), so the
first line is often not the title. A headline is short, mostly capitalised, does not end like a
sentence, and is often repeated near the top; when no line looks like one, the opening sentence,
shortened, is the most telling label we have.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

_DATE_START = re.compile(
    r"^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|^\d{4}-\d\d-\d\d",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^(?:by\s|close\b|switch to\b|share\b|comments?\b|read more\b|advertisement\b|subscribe\b|"
    r"it looks like\b|\d+\s+min(?:ute)?s?\s+read\b|posted\b|updated\b|published\b)",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs via with".split())
MAX_LABEL = 90


def _is_headline(line: str) -> bool:
    words = re.findall(r"[\w’'.-]+", line)
    if not 3 <= len(words) <= 20 or _DATE_START.match(line) or _FURNITURE.match(line):
        return False
    if line.endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.[A-Z]\.$", line):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and capitalised / len(content) >= 0.6


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_LABEL:
        return text if re.search(r"\b[A-Z]\.$", text) else text.rstrip(".")
    cut = text.rfind(" ", 0, MAX_LABEL)
    return text[: cut if cut > 20 else MAX_LABEL].rstrip(",;:") + "…"


def guess_title(text: str, path: str) -> str:
    """The article's headline, else its first sentence shortened, else the file name."""
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n")[:40]]
    lines = [line for line in lines if line]
    repeats = Counter(lines)
    headlines = [line for line in lines if _is_headline(line)]
    if headlines:
        repeated = [line for line in headlines if repeats[line] > 1]
        return _shorten((repeated or headlines)[0])
    for line in lines:
        if len(line.split()) >= 6 and not _FURNITURE.match(line) and not _DATE_START.match(line):
            sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
            return _shorten(sentence)
    return Path(path).stem.replace("_", " ").replace("-", " ")
