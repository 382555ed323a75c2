"""Whom an unlabelled interview's "I" stands for: the one person its headline names.

A question-and-answer interview prints each question as a line of its own ending in "?", and the
answer after it, with no speaker's label ("Where did you train? / In a barn. I rented a corner of it
in 2011 …"). The "I" of such an answer is the interviewee, and the page names them once, at its top
("The potter Ana Vell on kilns and starting late"); the interviewer is named only in a credit
("Interview by …"). A title "I rent a corner of a barn" names no one a reader of the timeline knows,
so the answer's "I" takes that name, as ``subjects.speaker_for_i`` gives a labelled transcript's turn
its speaker. Nothing is guessed when the headline names no one person, or when the "I" does not
stand in an answer right after a question.
"""

from __future__ import annotations

import re

from explorer.events.titles.subjects import FIRST_PERSON, SPEAKER_LABEL, named_first_person, speaker_for_i

#: A person's name as a headline writes it: two or three capitalised words.
_FULL_NAME = re.compile(r"(?<![\w’'])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+){1,2})(?![\w’'])")
#: A credit just before a name: "Interview by", "Words by", "Photographs by".
_CREDIT = re.compile(r"(?i)\bby\s*$")
#: Capitalised words that open a headline's phrase and are no part of a name.
_NOT_NAME_WORDS = frozenset(
    "The A An In On At Of For From With After Before When What Why How Who Where Interview Meet Our My Your".split()
)
#: The longest line read as a question of the interviewer's.
_QUESTION_WORDS = 25


def _headline_person(first_line: str) -> str | None:
    """The one person the page's first line names (not in a credit), or None when it names none or
    several; of several, the one an interview's headline gives the topic to ("…: Nia Vell on swimming
    the Skarra Strait")."""
    names: dict[str, bool] = {}
    for m in _FULL_NAME.finditer(first_line):
        words = m.group(1).split()
        while words and words[0] in _NOT_NAME_WORDS:
            words = words[1:]  # "Meet Tove Lind": the headline's verb is no part of the name
        if len(words) >= 2 and not _CREDIT.search(first_line[:m.start()]) and not set(words) & _NOT_NAME_WORDS:
            name = " ".join(words)
            # (not one of two given the topic together: "Tove Lind and Kofi Mensah on starting over")
            joined = re.search(r"(?:\band|&)\s*$", first_line[:m.start()]) is not None
            names[name] = names.get(name, False) or _TOPIC_AFTER.match(first_line, m.end()) is not None and not joined
    if len(names) == 1:
        return next(iter(names))
    speaking = [name for name, on in names.items() if on]
    return speaking[0] if len(speaking) == 1 else None


#: "Nia Vell on swimming the strait", "Tove Lind talks about kilns": what an interview's headline says
#: right after its interviewee's name.
_TOPIC_AFTER = re.compile(r"\s+(?:on|talks|speaks|looks\s+back|remembers|recalls)\b")


def interviewee_for_i(clause: str, before: str) -> str:
    """``clause`` with an opening "I" or "we" named as the interviewee ("I rented a corner of a barn" ->
    "Ana Vell rented …"; the answer's "we", her household or firm, as ``speaker_for_i`` names it) when ``before`` (the page up to the clause) ends in an answer to a question line
    and opens with a headline naming one person; else unchanged."""
    first = FIRST_PERSON.match(clause)
    if first is None or first.group(1) == "We" and SPEAKER_LABEL.search(before):
        return clause  # (a transcript's "we" is its labelled speaker's, or no one's)
    lines = [line.strip() for line in before.split("\n") if line.strip()]
    if len(lines) < 3:
        return clause
    asked = [i for i, line in enumerate(lines) if line.endswith("?") and len(line.split()) <= _QUESTION_WORDS]
    # the question is the line just before the answer's (or the answer is the clause's own line, not begun yet)
    if not asked or asked[-1] < len(lines) - 2 or asked[-1] == 0:
        return clause
    who = _headline_person(lines[0])
    return named_first_person(clause, first, who, before) if who else clause


def first_person_named(clause: str, before: str) -> str:
    """``clause`` with an opening "I" or "we" named: by a transcript's speaker label
    (``subjects.speaker_for_i``), else as an interview's answer (:func:`interviewee_for_i`). The
    dated titles (``make``) and the undated ones (``opening_pronoun``) name it alike: ``before`` is the
    page up to the clause."""
    return interviewee_for_i(speaker_for_i(clause, before), before)
