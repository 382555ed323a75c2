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

from explorer.sentences import split_sentences

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


#: A section label in capitals before a headline: "ANALYSIS: …", "EXCLUSIVE — …".
_KICKER = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,})?\s*(?::|—|–|--|\|)\s+(?=[A-Z])")
#: A news dateline opening the story: "HAVANA (AP) --", "O'SMACH, Cambodia_", "PARIS, June 3 —".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([A-Za-z. ]{2,12}\))?\s*(?:--|—|–|_|-)\s*"
)
#: An outlet's or section's label before the story's first sentence: "Herald Report: Iran lost …".
_SOURCE_PREFIX = re.compile(r"^(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*:\s+(?=\S)")
_CLAUSE_END = re.compile(r"[;—–]|,(?!\s*\d)")
#: Words a label from the first sentence keeps at most.
LEAD_WORDS = 10
#: A clause this short is kept whole.
LEAD_CHARS = 70


def _is_byline_or_initials(line: str) -> bool:
    words = line.split()
    return len(words) <= 4 and all(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]+\.?|by|By|and|&", w) for w in words)


def lead_label(line: str) -> str:
    """The first sentence's subject and verb, shortened: "HAVANA (AP) -- Cuba freed three dissidents on
    Tuesday, officials said." -> "Cuba freed three dissidents on Tuesday". Initials do not end it."""
    line = _DATELINE.sub("", line.strip(), count=1)
    line = _SOURCE_PREFIX.sub("", line, count=1)
    spans = split_sentences(line)
    sentence = line[spans[0].start:spans[0].end] if spans else line
    words = sentence.split()
    cut = None
    for m in _CLAUSE_END.finditer(sentence):
        if len(sentence[: m.start()].split()) >= 4:
            cut = m.start()
            break
    if cut is not None:
        sentence = sentence[:cut]
        words = sentence.split()
    if len(sentence) <= LEAD_CHARS:
        words_kept = words
    else:
        words_kept = words[:LEAD_WORDS]
    text = " ".join(words_kept)
    text = text.rstrip(" ,;:.") if not re.search(r"\b[A-Z]\.$", text) else text
    return text + ("…" if len(words) > len(words_kept) else "")


def guess_title(text: str, path: str) -> str:
    """The article's headline, else its first sentence's subject and verb, else the file name."""
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n")[:40]]
    lines = [line for line in lines if line]
    repeats = Counter(lines)
    headlines = [line for line in lines if _is_headline(line) and not _DATELINE.match(line)]
    if headlines:
        repeated = [line for line in headlines if repeats[line] > 1]
        return _shorten(_KICKER.sub("", (repeated or headlines)[0], count=1))
    for line in lines:
        if len(line.split()) >= 6 and not _FURNITURE.match(line) and not _DATE_START.match(line):
            if _is_byline_or_initials(line):
                continue
            label = lead_label(line)
            if len(label.split()) >= 2:
                return _shorten(label)
    return Path(path).stem.replace("_", " ").replace("-", " ")
