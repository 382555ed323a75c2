"""Clauses told of the noun before them: a participle ("a textbook written in 1901"), a relative
clause ("the bridge, which opened in 1932"), a definition by a participle, a dated participle opening
the sentence ("Founded in 1890, the club …").

The happening of such a date is the noun's, not the main clause's.
"""

from __future__ import annotations

import re

from explorer.events.names import short_name
from explorer.number_words import spelled
from explorer.temporal.lexicon import MONTH_NAMES
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.words import DETERMINER_WORDS
from explorer.events.titles.finish import SUBJECT_WORDS, verb_at
from explorer.events.titles.subjects import SUBJECT_START
from explorer.events.titles.relative_pronouns import relative_pronoun_named
from explorer.events.titles.who_after_places import who_before_place


_NP_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their)\s", re.IGNORECASE)
#: A counted plural ending a clause, the object an object relative after it tells of when no determiner
#: opens one: "added two amendments (in May), which MPs accepted", "drew up three plans"
_COUNTED_OBJECT = re.compile(r"\b(?:" + spelled(2, 20) + r"|\d+|several|both)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s$",
                             re.IGNORECASE)
#: A date told at the end of the object's clause, between the noun and its relative: "added two
#: amendments in May, which MPs accepted on 14 June" (the phrase is "two amendments")
_DATE_AFTER_NOUN = re.compile(
    r"\s+(?:in|on|during|by)\s+(?:early\s+|late\s+|mid-)?(?:\d{1,2}\s+)?(?:" + MONTH_NAMES + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?$"
    r"|\s+(?:in|during)\s+\d{4}$")
_NP_PREPOSITIONS = frozenset("for of in on at from with about".split())
#: A run of three or more capitalised words (a name, with its "and", "of" or "&") between a determiner's
#: lower-case words and the common noun they modify: "the proposed Harlow Bay Water and Power merger".
_NAME_MODIFIER = re.compile(r"\b((?-i:the|a|an)(?:\s+(?-i:[a-z][\w-]*))?)\s+(?-i:[A-Z][\w’'&.-]*)(?:\s+(?:(?:and|of|&)\s+)?(?-i:[A-Z][\w’'&.-]*)){2,}\s+(?=(?-i:[a-z][a-z-]*)$)")


#: A name with no determiner after a preposition of giving or joining, or after a verb's preposition of
#: place, ending the text: "… to Marrow Trust", "marched on Kessel". A relative clause after it tells of
#: the name, not of the phrase before the preposition ("…, which it took on 3 May"); after a noun's
#: place ("the tidal sluice at Coldharbour, which …") it tells of the noun.
_NAME_AFTER_PREPOSITION = re.compile(
    r"(?:\b(?:to|from|with|by|for|into)|\b(?:[a-z]+ed|" + IRREGULAR_PASTS + r")\s+(?:on|at|in|towards|toward|against|near|across))"
    r"\s+((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)$")


def _noun_phrase_before(text: str, name_after_preposition: bool = True) -> str | None:
    """The noun phrase ending ``text`` ("… she wrote a textbook on arch design" -> "a textbook on arch
    design"; "… a poster for the 1911 winter fair" -> "a poster for the 1911 winter fair"): from the
    last determiner within six words, reaching back over a preposition to the noun it follows."""
    phrase = _noun_phrase_in(" ".join(text.split()[-8:]), name_after_preposition)
    if phrase is None:
        # "the potential Valley Federal Savings and Loan Association acquisition": a name too long for a
        # title, used as a modifier of a common noun, is left out ("the potential acquisition")
        shorter = _NAME_MODIFIER.sub(r"\1 ", " ".join(text.split()[-20:]))
        phrase = _noun_phrase_in(" ".join(shorter.split()[-8:]), name_after_preposition) \
            if shorter.split() != text.split()[-20:] else None
    return phrase


def _noun_phrase_in(tail: str, name_after_preposition: bool = True) -> str | None:
    """The noun phrase ending ``tail``, the last eight words of a text (see :func:`_noun_phrase_before`).
    ``name_after_preposition``: whether a name after "to", "with" … ends the phrase; a participle aside
    tells of the noun before the preposition ("the border treaty with Slovenia, signed in 2004")."""
    named = _NAME_AFTER_PREPOSITION.search(tail) if name_after_preposition else None
    if named:
        return named.group(1)  # "sold the hall to Marrow Trust, which opened it …": the name is the phrase
    starts = [m.start() for m in _NP_DETERMINER.finditer(tail)]
    if not starts:
        m = re.search(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s(?:\s+[a-z][\w-]*){1,3})$", tail)  # "Tobias Wren's revival"
        return m.group(1) if m else None
    i = len(starts) - 1
    while i > 0:
        before = tail[:starts[i]].split()
        if not before or before[-1].lower() not in _NP_PREPOSITIONS:
            break
        i -= 1
    phrase = tail[starts[i]:].strip()
    if i < len(starts) - 1 and verb_at(phrase.split()) is not None:
        # "The bill covered fees for the failed takeover": reaching back over "for" crossed the clause's
        # verb; the noun phrase is the one after the preposition
        phrase = tail[starts[-1]:].strip()
    if len(phrase.split()) > 7 or verb_at(phrase.split()) is not None or re.search(r"[,;:()]", phrase):
        return None
    return phrase


#: ", published in 1958, which …", ", introduced in 1987, sold out": a participle after a noun phrase
#: and its comma, right before the date, tells of that noun (an expectation, "expected in the autumn",
#: tells no happening; a verb with no passive, ", died on Sunday", is the sentence's own verb).
_PARTICIPLE_BEFORE_DATE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|were)\s+)?((?:first\s+|later\s+)?(?!(?:expected|planned|scheduled|hoped|feared|thought|believed|estimated|supposed|"
    r"intended|rumoured|rumored)\b)(?!(?:died|arrived|resigned|retired|collapsed|happened|occurred|emerged|disappeared|vanished|"
    r"departed|existed|remained|stayed|recovered|graduated|married|moved|returned)\b)(?:[a-z]+ed|built|made|held|sold|written|begun|shown|taken|given|won|founded|found|stolen|bought|brought|"
    r"caught|kept|lost|sent|struck|hidden|drawn|driven|broken|chosen|sunk|laid|shot|beaten|thrown|seen|cast))"
    # (a phrase of place may stand between: ", seized off the coast of West Africa last month,"; an
    # agent's "by" is read by passive_agents)
    r"(?:\s+(?:off|in|at|near|outside|from|on)\s+(?:the\s+)?[A-Za-z][^,;:()]{0,40}?)?"
    r"\s+(?:(?:in|on|at|during|from|by|last|this|earlier)\s+)?$"
)
#: ", which closed last autumn", ", which opened at the Lyceum on Tuesday night": a relative clause
#: whose verb the date follows (a state, "which had been quiet since 1987", is none).
#: A name of two to four capitalised words, then the comma that sets a description beside it.
_NAME_BEFORE_DESCRIPTION = re.compile(r"(?:^|[\s(–—-])((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){1,3}),\s+$")
_WHICH_BEFORE_DATE = re.compile(
    r",\s+(?:which|who)\s+((?:[a-z]+ly\s+)?(?!(?:was|were|had|has|is|are|been|be|seemed|appeared|expected)\b)(?:[a-z]+ed|" + IRREGULAR_PASTS + r")"
    r"(?:\s+[^,;:]{0,40}?)?)\s+(?:(?:in|on|at|during|from|since|until|last|this)\s+)?$"
)


#: ", which the council bought in 1960": a relative clause with its own subject, whose object is the noun.
_OBJECT_RELATIVE_BEFORE_DATE = re.compile(
    r",\s+(?:which|that|whom)\s+((?:the|a|an|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|he|she|they|we|it)\s+((?:had\s+|will\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:was|were|had|has|is|are|been|be|does|says)\b)(?:[a-z]+ed|" + IRREGULAR_PASTS + r"|"
    # (told in the present or the future: "the bridge, which the council closes on Monday", "which it will open in May")
    r"[a-z]{3,}(?<![su’'])s|(?<=will\s)[a-z]{3,}))"
    r"\s+(?:(?:in|on|at|during|from|since|last|this)\s+)?$"
)


#: "Naxara was a Greek colony on the Black Sea, founded by settlers from Miletus around 560 BC": a
#: definition whose participle aside holds the date tells the founding of the one defined.
_DEFINITION = re.compile(r"^\s*((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(is|are|was|were)\s+(?:a|an|one)\b")
_DEFINED_PARTICIPLE = re.compile(
    r",\s+((?:first\s+)?(?:[a-z]+ed|built|founded|begun|made|set\s+up|laid\s+out))"
    r"(?:\s+(?:by|from|at|on|near)\s+[^,;]{1,60}?)?\s+(?:(?:in|on|at|around|about|during|c\.|circa)\s+)?$"
)


NOUN_PARTICIPLE_WAS = re.compile(
    r"^((?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+((?:[a-z]+ed|seen|built|made|held|won|taken|"
    r"given|shown|found|sold|written|known)\b[^,;]{0,60}?)\s+(was|were)$",
    re.IGNORECASE,
)


def _defined_by_participle(sentence: str, timex_start: int) -> str | None:
    definition = _DEFINITION.match(sentence)
    if definition is None or definition.end() > timex_start:
        return None
    m = _DEFINED_PARTICIPLE.search(sentence[:timex_start])
    if m is None or "," in sentence[definition.end():m.start()].replace(", ", "\0", 0):
        return None
    be = "are" if definition.group(2) in ("are", "were") else "is"
    return f"{definition.group(1)} {be} {m.group(1)}"


def told_of_a_noun(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "a textbook on arch design, published in 1958, which …" -> "A textbook on arch design is
    published"; "the recycling centre, which closed last autumn" -> "The recycling centre closed": the
    date tells the happening of the noun before the comma, not of the sentence's subject."""
    defined = _defined_by_participle(sentence, timex_start)
    if defined:
        return defined  # "The Salt Lanterns are a folk-rock band …, formed in 1994 by …"
    head = sentence[:timex_start]
    after = sentence[timex_end:]
    if not re.match(r"^\s*(?:[,;.)!?\"”]|$)", after):
        return None
    m = _OBJECT_RELATIVE_BEFORE_DATE.search(head)
    if m:
        object_clause = _DATE_AFTER_NOUN.sub("", head[:m.start()].rstrip())
        counted = _COUNTED_OBJECT.search(object_clause)
        noun = counted.group() if counted else _noun_phrase_before(object_clause)
        if noun is None:
            return None
        noun = noun[:1].lower() + noun[1:] if noun.split()[0].lower() in DETERMINER_WORDS else noun
        # "the council will sell its old depot, which it bought in 1987": the pronoun, the clause's subject
        doer = relative_pronoun_named(m.group(1), head[:m.start()], sentence) if m.group(1).islower() else None
        return f"{doer or m.group(1)} {m.group(2)} {noun}"  # "The Wellgate studio, which the council bought in 1960"
    for pattern, passive in ((_PARTICIPLE_BEFORE_DATE, True), (_WHICH_BEFORE_DATE, False)):
        m = pattern.search(head)
        if m is None:
            continue
        if passive and head[:m.start()].count(",") % 2 == 1:
            return None  # "Ruth Abernathy, a teacher who founded the program, died on Saturday": the aside closes
        noun = _noun_phrase_before(head[:m.start()], name_after_preposition=not passive)
        if noun is None:
            return None
        before_noun = head[:m.start()][: len(head[:m.start()]) - len(noun)]
        named = _NAME_BEFORE_DESCRIPTION.search(before_noun)
        if named and noun.split()[0].lower() in ("a", "an", "the"):
            # "Neil Farrow, the former finance director of Caldmoor Water, who retired …": the person named
            # is who did it, not the description set beside the name
            verb = m.group(1).strip()
            return f"{short_name(named.group(1))} {'is ' + verb if passive else verb}"
        lead = re.split(r"[,;:]", before_noun)[-1].split()
        if lead and lead[-1].lower() not in ("and", "but", "then") and verb_at(["-", *lead]) is None:
            return None  # "The first section, as far as the Sowe aqueduct, opened": an aside, not an object
        if not passive and re.match(r"[\s,]*who\b", head[m.start():]):
            # "founded by miners from Rothwell, who played …": "who" is the miners, not the town (who_after_places)
            noun = who_before_place(before_noun, noun, "who", sentence) or noun
        verb = m.group(1).strip()
        if passive:
            be = "are" if noun.split()[-1].endswith("s") and not noun.split()[-1].endswith(("ss", "’s", "'s")) else "is"
            return f"{noun} {be} {verb}"
        return f"{noun} {verb}"
    return None


#: A participle opening the sentence with its date: "Founded in 2009, Calderbrook Energy develops …",
#: "Born in Leeds in 1950, she …".
_DATED_OPENER = re.compile(
    r"^\s*((?:first\s+)?(?:[A-Z][a-z]+ed|Born|Built|Founded|Begun|Written|Made|Held|Chosen|Sold|Won|Given|Taken|"
    # (a date's own comma is inside the phrase: "Born in Cardiff on June 12, 1923, she …")
    r"Known|Shown|Seen|Laid|Set|Led|Elected|Appointed))\b((?:[^,]|,(?=\s*\d{4}\b)){0,60}),\s+(?=\S)",
    re.IGNORECASE,
)


#: A description set off by commas before the main clause's named subject: "the son of a shipwright, ".
#: (or before "he"/"she": "Born in Cardiff in 1940, the daughter of a docker, she was given …")
_APPOSITIVE_BEFORE_NAME = re.compile(r"(?:the|a|an)\s+[a-z][^,;:()]{0,60},\s+(?=[A-Z][a-z]+\s+[A-Z]|(?:he|she)\s+[a-z])")


def dated_participle_opener(clause: str, start: int, end: int) -> str | None:
    """ "Founded in 2009, Calderbrook Energy develops solar farms" -> "Calderbrook Energy is founded":
    the date belongs to the opening participle, whose subject is the main clause's."""
    m = _DATED_OPENER.match(clause)
    if not m or not (m.start(2) <= start and end <= m.end(2)) or not m.group(1)[:1].isupper():
        return None
    after = clause[m.end():]
    aside = _APPOSITIVE_BEFORE_NAME.match(after)
    if aside:
        after = after[aside.end():]  # "Born in Cork in 1940, the son of a shipwright, Declan Moran trained"
    rest = after.split()
    verb = verb_at(rest[:SUBJECT_WORDS + 2])
    if verb is None and rest[:1] and rest[0][:1].isupper():
        # "Founded in 1998, Tarby Cycles builds …": a name, then its verb in the present
        verb = next((i for i, w in enumerate(rest[:SUBJECT_WORDS + 2]) if i and w[:1].islower()), None)
    if verb is None or not SUBJECT_START.match(" ".join(rest)):
        return None
    subject = " ".join(rest[:verb]).rstrip(",")
    be = "are" if subject.lower() in ("they", "we") or (rest[verb - 1].endswith("s") and not rest[verb - 1].endswith(("ss", "us", "is")) and rest[verb - 1][:1].islower()) else "is"
    if subject.lower() in ("he", "she", "it", "they", "we", "i"):
        subject = subject.capitalize()
    return f"{subject} {be} {m.group(1).lower()}"
