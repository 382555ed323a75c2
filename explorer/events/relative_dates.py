"""Dates told in a relative clause or a bracketed aside about a noun of the sentence.

"The treasurer, who had joined the fund in 1994, resigned" tells two happenings: the joining, in 1994,
and the resigning, undated. The date belongs to the clause it stands in, so its event is told from
that clause, of the noun it describes ("The treasurer joins the fund"); titling it from the main
clause put the resignation in 1994. The same holds for a participle in brackets: "The bridge (built in
1890) collapsed in the storm" dates the building. Names ("Brink, who had joined …") are handled by the
title rules already; this covers a noun phrase opened by a determiner. Nothing here knows any
particular name, place or date.
"""

from __future__ import annotations

import re

from typing import Sequence

from explorer.events.clauses import FINITE_VERB
from explorer.events.happening_nouns import NEWS_NOUNS, OCCURRENCE_NOUNS
from explorer.events.tense import IRREGULAR_PASTS, present_of
from explorer.number_words import spelled
from explorer.temporal.timex import Timex

#: A word of a noun phrase: no determiner or preposition (the noun next to the clause is its antecedent:
#: "gave her press to the Association, which …" describes the Association).
_WORD = r"(?!(?:the|a|an|its|his|her|their|our|this|that|to|of|in|on|at|for|with|from|by|and|or)\b)[\w’'-]+"
#: A word inside a noun phrase, not the main clause's past verb ("The governor sent troops, which …" is
#: no noun phrase "The governor sent troops"): no irregular past but those that stand as adjectives too.
_ADJECTIVE_PASTS = "lost|left|cut|set|spent|split|burnt|spilt|spoilt|broadcast|hit|shut|cost|spread|hung|bent|swept|felt"
_NP_WORD = rf"(?:(?={_ADJECTIVE_PASTS}\b)|(?!(?:{IRREGULAR_PASTS})\b)){_WORD}"

#: A word inside a noun phrase after its first: not a regular past either, but after an adverb ("the
#: newly appointed director"): "The county hired engineers, who …" is no noun phrase.
_NP_LATER_WORD = rf"(?:(?<=ly\s)|(?![a-z]+ed\b)){_NP_WORD}"

#: A noun phrase opened by a determiner: "the treasurer", "its old board".
_NOUN_PHRASE = (rf"(?P<noun>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+"
                rf"(?:{_NP_WORD}\s+(?:{_NP_LATER_WORD}\s+){{0,2}}?)?{_WORD})")

#: A crowd or a force told by its count, with or without a determiner: "two battalions", "forty
#: volunteers", "several trawlers", "a militia of 2,000 men", "two companies of infantry", "a crew of
#: four". The count makes it a noun phrase where no determiner opens it.
_COUNT = rf"(?:\d[\d,]*|{spelled(2, 12, capital=True)}|{spelled(2, 12)}|[Ss]everal|[Ss]ome|[Mm]any|[Dd]ozens\s+of|[Hh]undreds\s+of)"
_COUNTED_PHRASE = (
    rf"\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:{_NP_WORD}\s+){{0,2}}?{_WORD}\s+of\s+{_COUNT}"
    rf"(?:\s+{_WORD})?|{_COUNT}\s+(?:{_NP_WORD}\s+){{0,2}}?{_WORD}(?:\s+of\s+(?:{_NP_WORD}\s+)?{_WORD})?)")

#: "the treasurer, who had joined the fund in" / "its board, which had lost its chairman in" / "sent two
#: battalions, which reached the border in": a noun phrase opened by a determiner or a count (or a bare
#: plural right after the main clause's past verb: "sent troops, which …"), a comma, a relative pronoun
#: and the clause up to the date (no other comma, bracket or clause break in it).
_RELATIVE_BEFORE = re.compile(
    rf"(?:(?P<verb_before>\b(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\s+)(?=[a-z]{{3,}}s,))?"
    rf"(?P<noun>(?(verb_before)[a-z]{{3,}}(?<![su]s)s|(?:{_COUNTED_PHRASE}|{_NOUN_PHRASE[len('(?P<noun>'):-1]})))"
    r",\s+(?:who|which|that)\s+(?P<body>(?:[^,;:()—–\"“”]|(?<=\d),(?=\d{3}\b))*)$")
#: A counted or bare noun's relative clause that tells a plan, not a happening: "three buses, which are due
#: to arrive in November", "troops, which are expected to reach …" (the plan's date is read by
#: :mod:`explorer.events.relative_plans`, which dates the main clause's done act by the story's day).
_PLAN_BODY = re.compile(r"(?:is|are|was|were)\s+(?:due|scheduled|expected|set|planned|to\s+be)\b")
#: A noun phrase opened by a determiner (not a count or a bare plural).
_DETERMINER_FIRST = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s")
#: "Jean Kerr, whom I had met at a dance in" / "the painter, whom the duke had hired in": a name or a noun
#: phrase, a comma, "whom" and the clause up to the date, whose subject is another's: the name is its object.
_WHOM_BEFORE = re.compile(
    rf"(?P<noun>{_NOUN_PHRASE[len('(?P<noun>'):-1]}|\b(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+),\s+whom\s+"
    r"(?P<body>(?:[^,;:()—–\"“”]|(?<=\d),(?=\d{3}\b))*)$")
#: "Mary Holt, whose husband was mayor in" / "the firm, whose founder had sold it in": a name or a noun
#: phrase, a comma, "whose" and what it owns, then the clause up to the date: the date is that clause's,
#: told of someone else than the sentence's subject, so it dates neither the subject nor its verb.
_WHOSE_BEFORE = re.compile(
    rf"(?P<noun>{_NOUN_PHRASE[len('(?P<noun>'):-1]}|\b(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+),\s+whose\s+"
    r"(?P<owned>(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+(?P<body>[^,;:()—–\"“”]*)$")
#: "Dahl, a former train driver who was elected union leader in", "Tessa Holm, the engineer who rebuilt the
#: viaduct in": a name, a comma, an apposed noun phrase and a relative clause hanging from it up to the date.
#: The clause tells of the person the name gives (the apposed noun only describes them), so it is told
#: of the name: the main clause after the aside is another happening, undated by it.
_APPOSED_RELATIVE_BEFORE = re.compile(
    r"(?P<noun>\b(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:[Tt]he|[Aa]n?)\s+(?:" + _WORD + r"\s+){0,4}?"
    + _WORD + r"\s+(?:who|which|that)\s+(?P<body>(?:[^,;:()—–\"“”]|(?<=\d),(?=\d{3}\b))*)$")
#: "Marta Kell, the engineer whose team rebuilt the viaduct after the floods of": the same with "whose",
#: told as :data:`_WHOSE_BEFORE` tells it, of the name ("Marta Kell's team rebuilt the viaduct …").
_APPOSED_WHOSE_BEFORE = re.compile(
    r"(?P<noun>\b(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:[Tt]he|[Aa]n?)\s+(?:" + _WORD + r"\s+){0,4}?"
    + _WORD + r"\s+whose\s+(?P<owned>(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+(?P<body>[^,;:()—–\"“”]*)$")
#: "Ada Holm, who had joined the fund in": a name set off by a relative clause up to the date. The title
#: rules tell the clause of the name already; only where the aside stands is read from this
#: (:func:`relative_aside`), so that the main clause after it is not dated by the aside's date.
_NAMED_RELATIVE_BEFORE = re.compile(
    r"(?P<noun>\b(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:who|which)\s+"
    r"(?P<body>(?:[^,;:()—–\"“”]|(?<=\d),(?=\d{3}\b))*)$")
#: "the bridge (built in", "the ferry (launched in": a participle opening a bracket after the noun.
_BRACKET_BEFORE = re.compile(
    _NOUN_PHRASE + r"\s+\((?P<body>(?:first\s+)?[a-z]+(?:ed|en|wn|lt|ng|ut|ld)\b[^()]*)$")
#: What closes the clause after the date: a comma, a bracket, a dash or the sentence's end.
_CLOSES = re.compile(r"^[^,;:()—–]*(?:[,)—–]|[.!?]?\s*$)")


def relative_telling(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """``(told, start, end)``: the clause that holds the date at ``sentence[start:end]``, told of the
    noun it describes ("The treasurer had joined the fund in 1994", with the date's offsets in it),
    when the date stands in a relative clause with a verb of its own before the date, or in a bracket
    opened by a participle; else None."""
    before = sentence[:start]
    close = _CLOSES.match(sentence[end:])
    if close is None:
        return None
    tail = sentence[end:end + close.end()].rstrip(",)—– ")
    whose = _whose(before)
    if whose is not None and FINITE_VERB.match(whose.group("body")) and not _nested(whose.group("body")) and not _NESTED.search(tail):
        # "Mary Holt, whose husband was mayor in 1963-64, died": "Mary Holt's husband was mayor in 1963-64"
        body = _HAD.sub("", _HAD_BEEN.sub("was ", whose.group("body")))
        told = f"{whose.group('noun')}’s {whose.group('owned')} {body}"
        told = told[0].upper() + told[1:]
        return told + sentence[start:end] + tail, len(told), len(told) + (end - start)
    m = _relative(before)
    if m is not None and _VERB_THEN_NAME.search(m.group("noun")):
        return None  # "The board named Ana Ruiz, who joined …": a verb and its object, the title rules' case
    if m is not None and not _DETERMINER_FIRST.match(m.group("noun")) and _PLAN_BODY.match(m.group("body")):
        return None  # "agreed to buy three buses, which are due to arrive in November": a plan (see relative_plans)
    if m is not None:
        body = m.group("body")
        noun = _agreeing_head(before[:m.start("noun")], m.group("noun"), body)
        if noun == m.group("noun") and re.match(r",\s+which\s", before[m.end("noun"):]):
            noun = _head_of_a_place_phrase(before[:m.start("noun")], noun, body)
        if not FINITE_VERB.search(body) and not FINITE_VERB.search(tail):
            return None  # "the ship, which at the time of the storm …, sank": no verb of its own
        if _nested(body) or _NESTED.search(tail):
            # "which ended when the council opened them in 1986": the date is the inner clause's;
            # "which will reprint her maps next year": a plan, not a happening told of the noun
            return None
        # told in the past, not the past perfect: "had joined" is "joined", "had been launched" "was launched"
        body = _HAD_BEEN.sub(lambda h: "were " if _plural(noun) else "was ", body)
        body = _HAD.sub("", body)
        verb = FINITE_VERB.search(body)
        subject = body[: verb.start()].strip() if verb else ""
        if subject and not re.fullmatch(r"(?:\w+ly|also|then|later|first|once|still|already)", subject):
            # "the studio, which the council bought in 1960": the noun is the verb's object; after an act's
            # noun and "of" the act is ("the closure of the health centre, which the trust announced")
            act = _ACT_OF_BEFORE.search(before[:m.start("noun")]) if noun == m.group("noun") else None
            told = _move_object(subject, body[verb.start():], f"{act.group(0)}{noun}" if act else noun)
        else:
            told = f"{noun} {body}"
    else:
        m = _BRACKET_BEFORE.search(before)
        if m is None:
            return None
        noun = m.group("noun")
        told = f"{noun} {'were' if _plural(noun) else 'was'} {m.group('body')}"
    told = told[0].upper() + told[1:]
    at = len(told)
    return told + sentence[start:end] + tail, at, at + (end - start)


#: An act's noun and "of" before a relative's noun: what an object relative with a subject of its own
#: then tells of ("the closure of the health centre, which the trust announced in January": the trust
#: announced the closure; "the sale of the ground, which the club agreed"). Nouns of acts only: "the roof
#: of the church, which soldiers burned" keeps the church's roof as the nearest noun's.
_ACT_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(
        {*NEWS_NOUNS, *OCCURRENCE_NOUNS} | set("sale purchase demolition construction opening repair repairs "
                                               "refurbishment restoration redevelopment transfer expansion "
                                               "extension cancellation postponement".split()))) + r")\s+of\s+$")
#: A past verb inside the "noun phrase" before a capitalised object: "The board named Ana Ruiz".
_VERB_THEN_NAME = re.compile(r"\s[a-z]+ed\s+(?-i:[A-Z])")


_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?=[a-z]+(?:ed|en|wn|lt|ng|ut|ld)\b)")
_HAD = re.compile(r"\bhad\s+(?=(?:already\s+|first\s+|just\s+)?(?:[a-z]+ed|lost|cut|bought|built|held|met|left|led|sent|"
                  r"spent|won|paid|made|sold|told|found|kept|brought|caught|taught|fought|heard|set|put|shut|laid|"
                  r"struck|stood|sat)\b)")


#: A clause inside the relative clause, or a modal: the date is not the relative clause's own happening.
_NESTED = re.compile(r"\b(?:when|after|before|while|as|because|until|since|where|if|who|which|whose|will|would|"
                     r"could|may|might|can|shall|must|should)\b")  # lower case: "May" is a month


#: A noun phrase's determiner right after a preposition: "after the floods of", "before its opening in".
_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that)\s")


def _nested(clause: str) -> bool:
    """Whether ``clause`` holds a clause of its own or a modal (:data:`_NESTED`). "after", "before",
    "until" and "since" before a noun phrase with no verb are prepositions, not clauses: "whose team
    rebuilt the viaduct after the floods of 1968" tells the rebuilding at the floods' date, as "which
    opened in 1952" tells the opening. Only before the date, and before a determiner: after it, "after
    finding cracks" is a clause of its own."""
    for m in _NESTED.finditer(clause):
        if m.group() in ("after", "before", "until", "since") and _DETERMINER_NEXT.match(clause, m.end()) \
                and not FINITE_VERB.search(clause, m.end()):
            continue  # (not the date's own word, "kept making lamps until 1924": the date ends the keeping)
        return True
    return False


def _move_object(subject: str, verb_phrase: str, noun: str) -> str:
    """ "the council" + "bought in " + "The Wellgate studio" -> "the council bought the Wellgate studio in ":
    the noun put back after the verb, before what follows it (a particle or an infinitive stays)."""
    verb = FINITE_VERB.match(verb_phrase)
    assert verb is not None
    after = verb_phrase[verb.end():]
    infinitive = re.match(r"\s+to\s+[a-z]+", after)  # "had helped to found" + "the college"
    cut = verb.end() + (infinitive.end() if infinitive else 0)
    particle = re.match(r"\s+(?:up|down|out|off|back|away)\b", after)
    if particle and not infinitive and len(noun.split()) >= 3:
        cut = verb.end() + particle.end()  # "which the council set up" + "the inquiry into the cost": a long object after the particle
    if noun.split()[0] in ("The", "A", "An", "Its", "His", "Her", "Their", "Our"):
        noun = noun[0].lower() + noun[1:]  # a name keeps its capital: "whom I had met" + "Jean Kerr"
    return f"{subject} {verb_phrase[:cut]} {noun}{verb_phrase[cut:]}"


#: The clause's verb when it shows its number: "which was handed in" (one), "who were arrested" (many).
_NUMBERED_VERB = re.compile(r"(?:\w+ly\s+|also\s+|then\s+|later\s+|first\s+)?(?P<verb>was|is|has|were|are|have)\b")
#: A noun phrase and a preposition just before the noun next to the clause: "a petition against " before
#: "the closures", "the members of " before "the club".
_HEAD_BEFORE = re.compile(_NOUN_PHRASE + r"\s+(?:of|against|for|from|about|over|on|in|at|with|by|to)\s+$")


def _agreeing_head(before: str, noun: str, body: str) -> str:
    """The noun phrase the relative clause describes. The noun next to the comma is its antecedent
    unless the clause's verb disagrees with it in number while the phrase it hangs from (by a
    preposition) agrees: "a petition against the closures, which was handed in" describes the
    petition ("A petition against the closures was handed in"), "the members of the club, who were
    arrested" the members. A past verb shows no number, so it keeps the nearest noun."""
    shown = _NUMBERED_VERB.match(body)
    if shown is None:
        return noun
    many = shown.group("verb") in ("were", "are", "have")
    if _plural(noun) == many:
        return noun
    head = _HEAD_BEFORE.search(before + " ")
    if head is None or _plural(head.group("noun")) != many:
        return noun
    return before[head.start():].rstrip() + " " + noun


#: A noun phrase and a preposition that places or tops it: "a language course at", "a small display on".
_PLACED_HEAD_BEFORE = re.compile(
    _NOUN_PHRASE + r"\s+(?:at|on|into|about|near|beside|outside|inside)\s+$")


def _head_of_a_place_phrase(before: str, noun: str, body: str) -> str:
    """ "a language course at the adult college, which began in September" describes the course, not the
    college: a "which" after a phrase that places or tops a noun ("the hub at the leisure centre", "a
    display on the theft", "the inquiry into the contract") tells of the noun the phrase hangs from,
    with the phrase ("A language course at the adult college began"); a phrase of giving or joining
    ("gave the press to the Association, which …") is no such phrase and keeps the nearest noun, as does
    a verb that agrees in number with the nearest noun only."""
    head = _PLACED_HEAD_BEFORE.search(before)
    if head is None or any(present_of(word) is not None for word in head.group("noun").split()[1:]):
        return noun  # ("the authority brought in a dredger, which …": a verb and its particle, no phrase)
    shown = _NUMBERED_VERB.match(body)
    if shown is not None and _plural(head.group("noun")) != (shown.group("verb") in ("were", "are", "have")):
        return noun  # "a report on the closures, which were announced": the verb agrees with the closures only
    return before[head.start():].rstrip() + " " + noun


def _plural(noun: str) -> bool:
    last = noun.split()[-1]
    return last.endswith("s") and not last.endswith("ss")


def _whose(before: str) -> re.Match[str] | None:
    """The "whose" clause that ends in ``before`` (the text up to a date), after a noun phrase or a name
    (:data:`_WHOSE_BEFORE`) or after a name's apposed noun (:data:`_APPOSED_WHOSE_BEFORE`)."""
    return _WHOSE_BEFORE.search(before) or _opening(_APPOSED_WHOSE_BEFORE.search(before), before)


def _relative(before: str) -> re.Match[str] | None:
    """The "who"/"which"/"that"/"whom" clause that ends in ``before``, after a noun phrase
    (:data:`_RELATIVE_BEFORE`, :data:`_WHOM_BEFORE`) or after a name's apposed noun."""
    return _RELATIVE_BEFORE.search(before) or _WHOM_BEFORE.search(before) or _apposed_relative(before)


def _apposed_relative(before: str) -> re.Match[str] | None:
    """:data:`_APPOSED_RELATIVE_BEFORE` where the name opens the sentence or follows a comma or a date's
    preposition: not a name inside a phrase of the main clause ("met Dahl, a driver who …" tells the
    meeting's object, which the title rules read)."""
    m = _APPOSED_RELATIVE_BEFORE.search(before)
    if m is None or not FINITE_VERB.search(m.group("body")) or _nested(m.group("body")):
        return None
    return _opening(m, before)


def _opening(m: re.Match[str] | None, before: str) -> re.Match[str] | None:
    """``m`` when its name opens the sentence or follows a comma or a dash, else None."""
    if m is None:
        return None
    lead = before[:m.start("noun")].rstrip()
    return m if not lead or lead.endswith((",", ":", "—", "–")) else None


def _named_relative(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a name's relative aside that holds the date at ``sentence[start:end]`` stands, when the
    name is the sentence's subject (it opens the sentence) and the clause has a verb of its own before
    the date: "Ada Holm, who had joined the fund in 1994, resigned"."""
    before = sentence[:start]
    m = _NAMED_RELATIVE_BEFORE.search(before)
    close = _CLOSES.match(sentence[end:])
    if m is None or close is None or sentence[:m.start("noun")].strip() or not FINITE_VERB.search(m.group("body")) \
            or _nested(m.group("body")):
        return None
    if not sentence[end:end + close.end()].rstrip().endswith(","):
        return None  # the aside must close before the main clause's verb
    return m.end("noun"), end + close.end()


def relative_aside(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the relative clause or bracket that holds the date at ``sentence[start:end]`` stands in
    ``sentence``, from the comma or bracket that opens it to what closes it, when
    :func:`relative_telling` tells the date of it; else None. The rest of the sentence is undated by
    it: "Mary Holt, whose husband was mayor in 1963-64, died aged 82" tells an undated death."""
    if relative_telling(sentence, start, end) is None:
        return _named_relative(sentence, start, end)
    before = sentence[:start]
    m = _whose(before) or _relative(before) or _BRACKET_BEFORE.search(before)
    close = _CLOSES.match(sentence[end:])
    if m is None or close is None:
        return None
    return m.end("noun"), end + close.end()


def relative_others(told: tuple[str, int, int], timex: Timex, sentence_timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """Where the sentence's other dates stand in the told clause (``told`` from :func:`relative_telling`
    for ``timex``), so that its title leaves them out as it leaves out the date: the other end of a
    range or a list ("corrected on 2 and 3 May", "kept from about 650 BC to the 1st century BC")."""
    text, at, _ = told
    spans = []
    for t in sentence_timexes:
        if t is timex:
            continue
        if t.start >= timex.end and t.end - timex.start + at <= len(text):
            spans.append((t.start - timex.start + at, t.end - timex.start + at))
        elif t.end <= timex.start:
            k = text.rfind(t.text, 0, at)
            if k != -1:
                spans.append((k, k + len(t.text)))
    return spans
