"""A document's title from its file name, when the name abbreviates a name the text writes out.

Histories saved from an encyclopaedia open with their first section heading ("Course of the war",
"Diem era, 1955-1963"), not with their title; the title is in the file name, often abbreviated:
"03_AmCivWar.txt" is the "American Civil War" the text mentions, "02_WW1.txt" "World War I",
"09_GrecoPersian.txt" the "Greco-Persian Wars", "15_MexicanRev.txt" the "Mexican Revolution".

The file name is split into words (at "_", "-", ".", spaces, lower-to-upper case changes and digits;
a leading number only orders the files), and a run of capitalised words in the text matches it when
each of the file's words starts one text word, in order: a word of capitals alone ("WW") gives one
initial per word, a number matches itself or its Roman numeral ("2" is "II"). A matched proper
adjective ("Greco-Persian") takes the capitalised noun after it ("Wars"). The spelling the text uses
most is the title. A file name that matches nothing gives nothing ("APW19980213.1320.txt").

Looser, for a text that opens with section headings (a history, whose title is nowhere else): each
file word the text has as a word, or the capitalised word it starts ("Civ" -> "Civil"), gives
"Iraq War" or "Chinese Civil War" when the text never writes the two together
(:func:`spelled_file_name`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi", "7": "vii", "8": "viii", "9": "ix", "10": "x"}
#: A run of capitalised words (a number or a Roman numeral may end it: "World War II", "Apollo 11").
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|\d{1,2}\b))*")
_ADJECTIVE_END = ("an", "ian", "ese", "ic", "ish", "ean")


def file_name_words(path: str) -> list[str]:
    """ "03_AmCivWar.txt" -> ["Am", "Civ", "War"]; "02_WW1" -> ["WW", "1"]."""
    stem = Path(path).name.split(".")[0]
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|_)|[A-Z]?[a-z]+|\d+", stem)
    while words and words[0].isdigit():
        words.pop(0)
    return words


def _matchers(words: list[str]) -> list[str]:
    """One lower-case prefix per text word: "WW" gives "w", "w"; a number stays a number."""
    out: list[str] = []
    for word in words:
        if word.isupper() and len(word) <= 3:
            out += list(word.lower())
        else:
            out.append(word.lower())
    return out


def _starts(prefix: str, word: str) -> bool:
    low = word.lower()
    if prefix.isdigit():
        return low == prefix or low == _ROMAN.get(prefix)
    return low.startswith(prefix)


def title_from_file_name(text: str, path: str) -> str | None:
    """The name the text writes that the file name abbreviates, or None."""
    matchers = _matchers(file_name_words(path))
    letters = [m for m in matchers if not m.isdigit()]
    if len(matchers) < 2 or not letters or (all(len(m) == 1 for m in letters) and len(matchers) < 3):
        return None  # "AB.txt": two initials match too much; "WW2" (two and a number) does not
    found: Counter[str] = Counter()
    for run in _CAPITALISED_RUN.finditer(text):
        # the run's words, split at hyphens too, each with where its space-separated word ends
        parts = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\s-]+", run.group())]
        for i in range(len(parts) - len(matchers) + 1):
            if not all(_starts(m, parts[i + k][0]) for k, m in enumerate(matchers)):
                continue
            start = parts[i][1]
            last = parts[i + len(matchers) - 1]
            end = last[2]
            phrase = run.group()[start:end]
            if phrase.lower().endswith(_ADJECTIVE_END):
                noun = re.match(r" [A-Z][\w’'-]*", run.group()[end:])
                if noun:
                    phrase += noun.group()  # "Greco-Persian" -> "Greco-Persian Wars"
            found[phrase] += 1
    if not found:
        return None
    return found.most_common(1)[0][0]


def spelled_file_name(text: str, path: str) -> str | None:
    """The file name's words as the text spells them ("IraqWar" -> "Iraq War", "ChineseCivWar" ->
    "Chinese Civil War"), when every one of them is a word of the text or starts a capitalised one;
    None when a word is an initial, a number, or not in the text."""
    words = file_name_words(path)
    if len(words) < 2 or any(w.isdigit() or len(w) < 3 or w.isupper() for w in words):
        return None
    spelled: list[str] = []
    for word in words:
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            spelled.append(word[:1].upper() + word[1:])
            continue
        longer = Counter(re.findall(rf"(?<![\w-]){re.escape(word[:1].upper() + word[1:].lower())}[a-z]+\b", text))
        if not longer:
            return None
        spelled.append(longer.most_common(1)[0][0])
    return " ".join(spelled)
