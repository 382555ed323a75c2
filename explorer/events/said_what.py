"""What a speaker said, for a title that would otherwise be a bare "X says".

"Rohani said on October 7, 2015: "In social and political affairs, we all must learn that, if we
want to turn left we must signal left, …"": the date's clause is "Rohani said", and a title "Rohani
says" drops what the event is (the saying's content). A reader's title names the claim: "Rohani says
we must signal left". The content is what follows the date after a colon, a quotation mark or
"that", told from its main clause:

* a leading topic phrase ("In social and political affairs,", "On the economy,") is set aside;
* a framing of the claim ("we all must learn that", "you have to understand that") is set aside;
* a condition before the claim ("if we want to turn left we must signal left") gives way to the
  clause it conditions ("we must signal left"), found by its subject and modal verb.

Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

#: The verbs of saying that make a title say nothing when they end it: "Rohani says".
SAYING_VERBS = frozenset(
    "says said warns warned tells told declares declared adds added writes wrote insists insisted announces "
    "announced states stated argues argued claims claimed notes noted remarks remarked stresses stressed".split()
)
#: What introduces the content after the date: a colon, an opening quotation, or "that".
_OPENING = re.compile(r"^[\s,]*(?::\s*[“\"‘'`]*|[“\"`]+|that\s+)")
_TOPIC = re.compile(
    r"^(?:in|on|as for|as to|regarding|concerning|about|with regard to|when it comes to)\s+[^,]{1,60},\s*", re.IGNORECASE
)
_PRONOUN = r"(?:we|you|they|i|he|she|it|everyone|everybody|people)"
_MODAL = r"(?:must|will|should|can|could|would|have\s+to|has\s+to|need\s+to|needs\s+to|may|might|shall)"
_FRAMING = re.compile(
    rf"^{_PRONOUN}\s+(?:all\s+)?{_MODAL}\s+(?:learn|know|remember|understand|realise|realize|accept|recognise|recognize|see)"
    r"\s+that\b[,\s]*",
    re.IGNORECASE,
)
_CONDITION = re.compile(rf"^(?:if|unless|when|once)\s+[^.;]{{1,80}}?[,\s]\s*(?={_PRONOUN}\s+{_MODAL}\b)", re.IGNORECASE)


#: Words that open a quotation and are lower-case inside a title: "X says we must …".
_COMMON_OPENERS = frozenset("we they it the a an our their this these there you everyone he she its".split())


#: Where a saying was made, after its verb: "in an editorial", "in a statement", "in its annual report".
_MEDIUM = re.compile(r"\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+$")


def is_bare_saying(title: str, medium: bool = False) -> bool:
    """Whether ``title`` is a speaker and a verb of saying alone ("Rohani says", "The minister said");
    with ``medium``, also one with where it was said after the verb ("The Times says in an editorial")."""
    if medium:
        title = _MEDIUM.sub("", title)
    words = title.split()
    return 1 <= len(words) - 1 <= 4 and words[-1].lower().strip(".,:") in SAYING_VERBS


#: A colon and then a clause in capitals, no quotation: "…: The court took a detour this week".
_COLON_CLAUSE = re.compile(r"^[\s,]*:\s+(?=[A-Z])")


def said_happening_start(after: str) -> int | None:
    """Where a happening told as what a speaker said begins in ``after`` (the sentence after the
    saying's date): "The Times said in an editorial on Saturday: The court took a detour this week"
    tells the court's detour, as fact, not a quotation. Only after a colon with no quotation mark,
    and only a clause whose subject opens it and whose verb is a past ("took", "has closed"); an opinion
    ("…: We must act") or a quotation keeps the saying's title (``said_content``)."""
    from explorer.events.tense import IRREGULAR, present_of
    from explorer.events.titles.finish import verb_at

    colon = _COLON_CLAUSE.match(after)
    if colon is None:
        return None
    words = after[colon.end():].split()
    verb = verb_at(words[:7])
    if verb is None or not re.match(r"(?:The|A|An|Its|Their|His|Her|[A-Z][a-z]+)$", words[0]):
        return None
    word = words[verb].lower().strip(",;:")
    if word in ("has", "have", "had") and verb + 1 < len(words):
        word = words[verb + 1].lower().strip(",;:")  # "has closed"
    past = word in IRREGULAR or word.endswith("ed") and present_of(word) is not None
    return colon.end() if past else None


def said_content(after: str) -> str | None:
    """The claim told after a date ("…: "In X, we all must learn that, if A we must B"" -> "we must
    B"), or None when nothing introduces one (no colon, quotation or "that") or too little follows."""
    opening = _OPENING.match(after)
    if not opening:
        return None
    content = after[opening.end():]
    for _ in range(3):
        shorter = _CONDITION.sub("", _FRAMING.sub("", _TOPIC.sub("", content.lstrip(" “\"‘'`"))))
        if shorter == content:
            break
        content = shorter
    content = re.split(r"[”\"]|''", content, maxsplit=1)[0].strip()
    first = content.split(" ", 1)[0]
    if first.lower() in _COMMON_OPENERS:
        content = first.lower() + content[len(first):]  # "“We must learn”" -> "says we must learn"
    return content if len(re.findall(r"[A-Za-z]{2,}", content)) >= 2 else None
