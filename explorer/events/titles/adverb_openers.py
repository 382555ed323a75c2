"""A connecting, time or comment adverb opening a title's clause: "Instead it adds …", "Finally the duke
pays …", "Second, the board sells …", "Two years later it buys …", "Since then the union has signed …", "Sadly we
lost …", "Three years after the disaster the owners sold …", "There the surveyors condemned …".

The adverb ties the sentence to the one before it; read alone on a timeline it tells nothing, and it
hides the clause's subject from the rules that name a pronoun ("it" after "Instead" was never named).
The clause is told from its subject on when what follows the adverb is a clause of its own: a subject
(a determiner, a pronoun or a capitalised word) and then a verb.
"""

from __future__ import annotations

import re

from explorer.events.titles.finish import present_verb_at, verb_at
from explorer.events.titles.words import MAX_WORDS
from explorer.number_words import spelled

#: "Instead,", "Finally", "Since then", "Two years later", "A week earlier": an adverb of sequence or
#: a span counted from the time before, then the clause.
_ADVERB_OPENER = re.compile(
    r"^(?:Instead|Finally|Eventually|Then|Meanwhile|Later|Afterwards?|Subsequently|Earlier|Previously|"
    r"Already|Recently|Initially|Originally|Thereafter|(?:Soon|Shortly)\s+afterwards?|"
    # (a comment adverb: "Sadly we lost our old dog", "Luckily, nobody was hurt")
    r"Sadly|Happily|Luckily|Unluckily|Fortunately|Unfortunately|Thankfully|Tragically|Mercifully|Surprisingly|"
    r"Unsurprisingly|Remarkably|Predictably|Ironically|Inevitably|Amazingly|"
    r"(?:Since|Before|By|Until) then|"
    # (a step of a list told in order, always with its comma: "First, the council closed …", "Secondly, they
    # sold …"; never "First Minister Ann Lee said", a title's word)
    r"(?:(?:First|Second|Third|Fourth|Fifth|Last)(?:ly)?|Next)(?=,)|"
    # (a stretch the clause held over: "For months the government insisted that …", "For years the mill …")
    r"For\s+(?:(?:several|many|some|" + spelled(2, 10) + r")\s+)?(?:days|weeks|months|years|decades)|"
    r"(?:" + spelled(1, 10, capital=True) + r"|Twelve|A|An|A few|Several|Half a|\d{1,3})\s+"
    r"(?:days?|weeks?|months?|years?|decades?|century|centuries|generations?)\s+(?:later|earlier|on)|"
    # (a span counted from a happening told by its noun, perhaps with its year: "Three years after the
    # disaster the owners sold …", "Ten years after the Carn Ruadh avalanche the team held …", "Two years
    # after the storm of 1953 the ramp …")
    r"(?:" + spelled(1, 10, capital=True) + r"|Twelve|A|An|A few|Several|Half a|\d{1,3})\s+"
    r"(?:days?|weeks?|months?|years?|decades?|century|centuries|generations?)\s+(?:after|before)\s+(?:the|his|her|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*(?:\s+(?:of|in)\s+\d{3,4})?"
    # ("There", the place just told: "There the surveyors condemned …")
    r"|There)\b"
    r"(?:,?\s+(?=(?:the|a|an|it|he|she|they|we|its|his|her|their|our)\b|[A-Z])"
    # after a comma, a subject in lower case too: "Earlier, police and protesters clashed" (not a
    # phrase: "Later, in the north, …" has no subject there)
    r"|,\s+(?=[a-z])(?!(?:in|on|at|by|for|from|with|to|of|after|before|during|when|while|as|if|and|but|or|so|"
    r"then|because|although|though|since|until|under|over|into|through|across|near|despite|amid)\b))"
)


#: a phrase of time or cause opening the clause with no comma after it, then a subject pronoun: "After
#: the death of her husband she returned to work", "Following the vote they walked out" (a pronoun
#: opens the clause; "her" before a noun is the phrase's own possessive)
PHRASE_BEFORE_A_PRONOUN = re.compile(
    r"^(?:After|Before|Following|Upon|On|During|Despite|Within|With|Without|Amid|Under)\s+[^,;:]{3,80}?\s+"
    r"(?=(?:he|she|they|we|I)\s+[a-z]{2,}\b)")


def past_the_adverb(clause: str) -> str:
    """``clause`` without a connecting or time adverb opening it, when a subject and a verb follow."""
    # (a clause whose date opener was cut starts in lower case: "In 2007, a century after the sinking,
    # descendants unveiled …" is told from "a century after …")
    opening = clause[:1].upper() + clause[1:]
    m = _ADVERB_OPENER.match(opening) or PHRASE_BEFORE_A_PRONOUN.match(opening)
    if m is None:
        return clause
    rest = clause[m.end():]
    words = ["x", *rest.split()[:MAX_WORDS + 1]] if rest[:1].islower() else rest.split()[:MAX_WORDS + 1]
    if verb_at(words) is None and present_verb_at(words) is None:
        return clause  # "Then came the flood": no subject of its own after the adverb
    return rest[:1].upper() + rest[1:]
