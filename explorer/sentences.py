"""Sentence boundaries as character spans, so highlights and events point into the original text.

News text breaks sentences at ``. ? !`` followed by a capital, and also at line ends (headlines,
bylines, list items and "February 9, 2020:" entries stand on lines of their own), except inside a
paragraph wrapped at a fixed width, whose lines go on into each other. Abbreviations
("Mr.", "U.S.", "Oct.", "No.") and initials ("Y. Carmon") do not end a sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt maj capt cmdr adm sgt rev st jr sr no nos vol vols fig figs art
    sec p pp ed eds est approx dept univ inc ltd co corp vs etc al e.g i.e cf jan feb mar apr jun jul
    aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u a.m p.m
    gov sen rep pres ft mt ca c fl brig cpl pvt det insp supt rt hon fr messrs""".split()
)

#: Short forms of days and months, which are also words ("the Sun", "a Sat").
_DATE_SHORT_FORMS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())

#: Abbreviations that often end a sentence ("in 46 B.C. The settlers …", "until 8 p.m. More than …"):
#: they do when the next word is one that opens sentences, never a name ("8 p.m. Sunday").
_CAN_END = frozenset("a.m p.m b.c a.d bc ad b.c.e c.e u.s u.k etc inc ltd co corp jr sr".split())
_OPENERS = frozenset(
    """the a an in on at by under it he she they we this that these those his her their its more most
    some after before during when while but however then there our many""".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")


def _ends_anyway(text: str, dot: int) -> bool:
    """An abbreviation that closes a sentence: one of ``_CAN_END`` followed by a sentence opener."""
    word_start = dot
    while word_start > max(0, dot - 8) and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    nxt = _NEXT_WORD.match(text, dot + 1)
    return text[word_start:dot].lower() in _CAN_END and nxt is not None and nxt.group(1).lower() in _OPENERS


# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)""")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


_NAME_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _numeral_before_the_name_again(text: str, word_start: int, dot: int) -> bool:
    """Whether the one capital letter ending at ``dot`` is a ruler's numeral (I, V, X) after a name that
    the next sentence opens with again: "his son Xerxes I. Xerxes crushed the revolt", "Henry V. Henry sailed"."""
    if text[word_start] not in "IVX":
        return False
    before = _NAME_BEFORE.search(text, max(0, word_start - 30), word_start)
    after = _NAME_AFTER.match(text, dot + 1)
    return before is not None and after is not None and before.group(1) == after.group(1)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    word_start = dot
    floor = max(0, dot - 24)  # abbreviations are short: never walk back over a long run of letters
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        # "far from the Sun. Engineers …": after a determiner a day's or month's short form is a word,
        # unless a number follows it ("the Jan. 29 meeting")
        return not (word in _DATE_SHORT_FORMS and re.search(r"\b(?:the|a|an|this|that)\s+$", text[max(0, word_start - 6):word_start],
                                                           re.IGNORECASE) and not re.match(r"\s*\d", text[dot + 1:dot + 4]))
    if len(word) == 1 and text[word_start].isupper():
        # an initial: "Y. Carmon", "George W. Bush"; but not a ruler's numeral before the same name opening
        # the next sentence ("the throne passed to his son Xerxes I. Xerxes crushed the revolt")
        return not _numeral_before_the_name_again(text, word_start, dot)

    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # "U.S", "e.g"
    return False


#: How far a bracket opened before a full stop may close after it for the stop to be inside it.
_BRACKET_REACH = 30


def _inside_brackets(text: str, start: int, dot: int, line_end: int) -> bool:
    """Whether the stop ending at ``dot`` (past any bracket it closes: "(He was old.)" ends a sentence)
    stands inside a bracket that closes soon after with no other stop: "His son Idris (r. 1402–1421)
    built …", "(c. 1350 – 1402)", "(fl. 1620s)": an abbreviation before a reign's or a life's years (a
    figure follows it in the bracket)."""
    opened = text.rfind("(", start, dot)
    if opened < 0 or text.find(")", opened, dot) >= 0:
        return False
    closing = text.find(")", dot, min(line_end, dot + _BRACKET_REACH))
    return closing >= 0 and not re.search(r"[.!?]", text[dot:closing]) and re.search(r"\d", text[dot:closing]) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; whitespace between sentences belongs to none."""
    spans: list[Sentence] = []
    for line_start, line_end in logical_lines(text):
        segment_start = line_start
        for match in _END.finditer(text[line_start:line_end]):
            end = line_start + match.end()
            punct_at = line_start + match.start()
            if text[punct_at] == "." and match.end() - match.start() == 1 and _is_abbreviation(text, punct_at) \
                    and not _ends_anyway(text, punct_at):
                continue
            after = _SPACE.match(text, end, line_end).end()  # the next character, not the rest of the line
            if after < line_end and not _opens_sentence(text[after]):
                continue
            if _inside_brackets(text, segment_start, end, line_end):
                continue
            spans.append(Sentence(segment_start, end))
            segment_start = end
        spans.append(Sentence(segment_start, line_end))
    return [piece for s in spans if text[s.start : s.end].strip() for piece in _bounded(text, _trim(text, s))]


#: A line that closes what it says: terminal punctuation or a colon, with any closing quotes.
_LINE_CLOSED = re.compile(r"""[.!?…:;]["'”’)\]]*\s*$""")
#: A line that opens an item of its own (a list, a quote, a table row, a heading): never the rest of a
#: wrapped line before it.
_ITEM_START = re.compile(r"\s*(?:[-*•–—>|#]|\d{1,3}[.)]\s|\(?[a-z]\)\s)")


#: The shortest line of a paragraph wrapped at a fixed width, but its last (e-mail and archive texts wrap
#: at 60 to 80 characters).
_WRAP_WIDTH = 50


def _fixed_width(text: str, block: list[tuple[int, int]]) -> bool:
    """Whether a paragraph whose every line opens with a capital is still one wrapped at a fixed width
    ("... The board has nominated Paul\nOsei, who joined us ..."): each line but the last at least
    ``_WRAP_WIDTH`` characters and within a fifth of the longest, the last closing a sentence. A
    headline over its standfirst, a byline or a list of short lines is none."""
    if len(block) < 2 or not _LINE_CLOSED.search(text, *block[-1]):
        return False
    widths = [b - a for a, b in block[:-1]]
    longest = max(widths)
    return min(widths) >= _WRAP_WIDTH and min(widths) >= 0.8 * longest \
        and any(not _LINE_CLOSED.search(text, a, b) for a, b in block[:-1])


def logical_lines(text: str) -> list[tuple[int, int]]:
    """The text's lines as spans, with the lines of a hard-wrapped paragraph joined.

    A plain-text file wrapped at a fixed width (an e-mail, an old news archive, a book from a text
    library) breaks its sentences at line ends, where a line end elsewhere closes a headline, a byline
    or a list item. A paragraph (lines with no blank line between) is taken as wrapped when one of its
    lines stops without closing punctuation and the next goes on in lower case; in such a paragraph a
    line that does not close joins the next one, unless the next opens an item of its own. Text
    written a sentence or a paragraph to a line is left as it was.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i  # the paragraph is lines[i:j + 1]
        while j + 1 < len(lines) and lines[j + 1][0] == lines[j][1] + 1 and text[lines[j + 1][0]:lines[j + 1][1]].strip():
            j += 1
        block = lines[i:j + 1]
        wrapped = any(not _LINE_CLOSED.search(text, a, b) and text[c:d].lstrip()[:1].islower()
                      for (a, b), (c, d) in zip(block, block[1:])) or _fixed_width(text, block)
        start, end = block[0]
        for a, b in block[1:]:
            if wrapped and not _LINE_CLOSED.search(text, start, end) and not _ITEM_START.match(text, a, b):
                end = b
            else:
                out.append((start, end))
                start, end = a, b
        out.append((start, end))
        i = j + 1
    return out


#: A "sentence" longer than this (a clause list without punctuation, a one-line 50 MB file) is cut
#: into pieces at spaces: everything that reads a sentence per expression then stays linear in the text.
MAX_SENTENCE_CHARS = 1000
#: The space after a sentence, with the invisible marks that may stand in it: direction marks and
#: embeddings of right-to-left text (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and
#: zero-width characters, which a mixed Arabic or Hebrew and English text puts before a sentence.
_SPACE = re.compile(r"[\s\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*")


def _opens_sentence(first: str) -> bool:
    """Whether ``first``, the character after a full stop and its space, may open a sentence: a
    capital, a digit, an opening quote or bracket, or a letter of a script without capitals (Arabic,
    Hebrew, Chinese: "… the bridge. افتتح …" is two sentences; only a lower-case letter goes on one).
    A backquote is an opening quote as wire archives write it ("… officials said. ``Very few complied"):
    see :mod:`explorer.events.quote_marks`."""
    return first.isupper() or first.isdigit() or first in "\"'“‘`([*-" or first.isalpha() and not first.islower()


def _bounded(text: str, span: Sentence) -> list[Sentence]:
    """``span`` as it is, or cut into pieces of at most ``MAX_SENTENCE_CHARS``, each at the last
    clause break (``,`` ``;`` ``:``) or else the last space in its second half."""
    if span.end - span.start <= MAX_SENTENCE_CHARS:
        return [span]
    pieces: list[Sentence] = []
    start = span.start
    while span.end - start > MAX_SENTENCE_CHARS:
        low, limit = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        at = _last_clause_break(text, low, limit)
        if at == -1:
            at = text.rfind(" ", low, limit)
        cut = at + 1 if at != -1 else limit
        pieces.append(_trim(text, Sentence(start, cut)))
        start = cut
    pieces.append(_trim(text, Sentence(start, span.end)))
    return [piece for piece in pieces if piece.end > piece.start]


def _last_clause_break(text: str, low: int, high: int) -> int:
    """The offset of the last ``,``/``;``/``:`` followed by a space in ``text[low:high]``, or -1."""
    best = -1
    for mark in ",;:":
        at = text.rfind(mark + " ", low, high)
        best = max(best, at)
    return best


#: Invisible marks that stand alone (no closing partner): a sentence does not open with one, so no
#: title or quote of it does ("\u200fThe council opened …" from a right-to-left page).
_LONE_MARKS = "\u061c\u200b\u200e\u200f\ufeff"


def _trim(text: str, span: Sentence) -> Sentence:
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in _LONE_MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


class SentenceIndex:
    """Finds the sentence that holds an offset, in O(log n)."""

    def __init__(self, text: str) -> None:
        self.sentences = split_sentences(text)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None

    def index_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1
