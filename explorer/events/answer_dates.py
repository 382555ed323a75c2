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
