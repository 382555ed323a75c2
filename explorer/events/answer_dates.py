"""A date alone answering a question under a speaker's label tells no happening: "Ms Obi: In March
2021.", "Keeper: Around 1979.", "A: On 3 May 1995."

In a transcript the answer's date belongs to the question's act ("When did you hire your first
baker?"), and a question asked is no happening: the reader has no act to list at the answer's date
that the text itself tells. The build step already drops a date alone on its sentence ("Winter 2020.")
and one after a numbered entry's label; a speaker's name and colon before it made the sentence look
like a clause with words, and the label became the event's title ("Ms Obi"). Only a line right after
a question is read so. Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

#: A speaker's label (one to four capitalised words, or "Q"/"A") and its colon, then at most a
#: preposition of time: everything a sentence holds before a date that answers a question.
_LABELLED_ANSWER = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*"
    r"(?i:(?:in|on|at|around|about|since|from|by|until|during|back\s+in|sometime\s+in|early|late|maybe|probably|"
    r"that\s+was|it\s+was)\s+)*(?i:the\s+)?$|"
    # (or a place or a company before it, with no verb: "A: At the depot, from 1986." answering "Where did
    # you work after that?": the question's act, which the answer does not tell)
    r"^\W*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*(?i:(?:at|in|on|near|with|for|under)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,?\s+"
    r"(?:(?:from|in|on|until|till|since|around|about|by)\s+)?(?:the\s+)?)$")


def is_a_labelled_answer(before: str, above: str) -> bool:
    """Whether ``before`` (the sentence's text up to its date) is a speaker's label and a preposition
    at most, and the text ``above`` the sentence ends with a question (see the module's docstring): a
    fact box's label ("Born: 2 April 1915") answers no question, and its date stays a happening's."""
    return _LABELLED_ANSWER.match(before) is not None and above.rstrip().endswith("?")


#: A speaker's label and its colon at the start of a line ("Q:", "ANNA LIND:", "[00:04:12] BRIGHT:").
_LABEL = r"(?:\[[\d:.]+\]\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*"
#: Before an answer's date: a label perhaps, then prepositions of time at most, and a part of the
#: year or period the date names ("A: In the spring of", "In", "STRÖM-HALE: From").
_ANSWER_OPENING = re.compile(
    rf"^\W*(?P<label>{_LABEL})?(?i:(?:in|on|at|around|about|since|from|by|until|during|back\s+in|sometime\s+in|"
    r"early|late|maybe|probably|that\s+was|it\s+was)\s+)*"
    r"(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of\s+)?(?i:the\s+)?$")
#: After an answer's date, a short tail with no verb of its own: an assent ("…, yes"), or a phrase of
#: where or how ("…, straight from university", "…, on a ferry across the strait"); a season's year
#: told back ("In the spring of that year, yes") comes first.
_ANSWER_TAIL = re.compile(
    r"^(?i:\s+of\s+(?:that|the\s+same|the\s+next|the\s+following)\s+year)?\s*(?:,\s*(?i:(?:yes|no|I\s+think|I\s+believe|roughly|more\s+or\s+less|if\s+I\s+remember\s+rightly)|"
    r"(?:straight|just|right|soon|not\s+long)?\s*(?:from|after|before|on|in|at|aboard|with|during|out\s+of|as)\s+"
    r"(?:[\w'’-]+\s*){1,6}))?\s*[.!]?\s*$")
#: A word that would give the tail a verb of its own ("…, after my father died", "…, when it was sold").
_TAIL_VERB = re.compile(r"\b(?:\w+ed|was|were|is|are|had|has|did|went|came|left|got|made|took|began|sold)\b", re.IGNORECASE)
#: The line above as an interviewer's prompt told as a statement under its own label ("Q: You opened
#: this workshop in 1982.", "RAHMAN: You closed it in 2001.").
_PROMPT_LINE = re.compile(rf"^\W*(?P<label>{_LABEL})[^\n]*[.?]\s*$")


def answers_with_a_date(before: str, after: str, above: str) -> bool:
    """Whether a line whose sentence is a date, at most a label and preposition before it and a short
    verbless tail after it, answers the line above: a question ("When did you start? / In 2017, on a
    ferry across the strait.") or an interviewer's prompt under another label ("Q: You opened this
    workshop in 1982. / A: In the spring of that year, yes."). The answer's date is the prompt's act's,
    which the prompt tells; the answer tells no happening of its own (see the module's docstring).
    A line opened by a clause ("In 2017 we moved the kiln") is no such answer."""
    opening = _ANSWER_OPENING.match(before)
    if opening is None or not _ANSWER_TAIL.match(after) or _TAIL_VERB.search(after):
        return False
    if above.strip() and not above.rstrip(" \t").endswith("\n"):
        return False  # the sentence follows another on its line: no answer of its own
    last = above.rstrip().rsplit("\n", 1)[-1].strip()
    if last.endswith("?"):
        return True
    prompt = _PROMPT_LINE.match(last)
    label = opening.group("label")
    return (prompt is not None and label is not None
            and _speaker(prompt.group("label")) != _speaker(label))


def _speaker(label: str) -> str:
    """A label's last name, without its time stamp or colon: "[00:04:10] RAHMAN:" -> "RAHMAN"."""
    return label.rstrip(": \t").split()[-1]
