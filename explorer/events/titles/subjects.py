"""Who did what: the subject a title opens with and the verb it takes.

Nominal events become verbs ("X's visit to Y" tells "X visits Y"); a passive whose agent is named or
described is told actively; a role's name stands for the role; asides between the subject and its verb
(appositives, a subject's own aside, a list) are left out; a diary's subjectless sentence and an
interview's "I" get their speaker.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import MODALS
from explorer.events import gender
from explorer.events.clauses import NAME_THEN_DESCRIPTION
from explorer.events.happening_nouns import NOMINAL_VERBS, alternation
from explorer.events.life_lines import page_person
from explorer.events.names import NAME_PARTICLE, short_name, without_leading_preposition
from explorer.events.subject_phrases import OPENING_PREPOSITIONS
from explorer.events.tense import IRREGULAR, IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, plural_agent, plural_present, plural_without_s, present_of, third_person
from explorer.events.titles.words import MAX_WORDS, DETERMINER_WORDS, FINITE, NAME
from explorer.events.titles.finish import is_verb, verb_at
from explorer.events.titles.without_dates import remove_expression
from explorer.events.titles.document_subjects import record_subject, unnamed_writer
from explorer.events.titles.log_keepers import heads_a_log, log_keeper
from explorer.events.titles.passive_agents import APPOSED_BY
from explorer.events.titles.who_after_places import who_after_name_of_place, who_before_place
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS


_NOMINAL = alternation(NOMINAL_VERBS)
#: "the death of [the old president] Karl Heim": the noun, then up to four words of the person's role
#: ("the club's long-serving chairman"), never a preposition ("the return of the troops to Kabul").
_NOMINAL_OF = re.compile(
    rf"\b(?:the\s+)?({_NOMINAL})\s+of\s+(?:(?!(?:to|in|at|on|by|for|from|with|into|and|or|of|after|before|during)\b)[a-z][\w’'-]*\s+){{0,4}}?({NAME})(?:\s*,[^,]{{1,120}},)?(?:\s+(?:to|in|with)\s+(?:the\s+)?({NAME}))?"
)
_TRANSITIVE_NOMINALS = frozenset("ban veto arrest capture invasion".split())
_NOMINAL_OBJECT = re.compile(r"^\s+(?:on|of|against)\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5})(?=\s*[,;(\[]|\s*$)")
#: (the words between the owner and the noun are its modifiers, never an auxiliary, a modal or "to":
#: in "X's ambassador will return to …" and "X's envoy is to visit …" the word is a verb)
_NOMINAL_POSSESSIVE = re.compile(
    rf"({NAME})[’']s\s+(?:(?!(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|"
    rf"did|does|do|to|also|then)\b)[\w-]+\s+){{0,3}}?({_NOMINAL})\b(?:\s+(?:to|in|with)\s+(?:the\s+)?({NAME}))?"
)
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|who|whom|which|whose|then|now|former|and (?:is|was|are|were|has|had)|in (?:a|an|his|her|their)|during|"
    r"with|without|along with|backed by|supported by|including|on (?:a|an|his|her|their)|[a-z]+(?:ed|en) (?:by|as|in|to|from|with|for|thin|out|up|at|under)|"
    # (an adjective's phrase about the subject: ", loyal to the president's brother,", ", hostile to the plan,")
    r"(?:still\s+|fiercely\s+|staunchly\s+)?(?:loyal|faithful|hostile|opposed|close|allied|answerable|subordinate|sympathetic) to)"
    r"\b(?:[^,;]|(?<=\d),(?=\d{3}\b)){0,160}(?=,(?!\d{3}\b))"
    # (a number's thousands comma is inside the aside: ", which awarded a grant of £24,000 in March,")
)


#: a nominal event told as not yet happened ("the impending departure of the troops", "Karl Heim's
#: planned visit"): no happening to title, as a plan told with a verb is none
_NOT_YET = re.compile(r"(?i)\b(?:impending|planned|proposed|expected|upcoming|forthcoming|imminent|"
                      r"possible|prospective|future|threatened|intended|scheduled|hoped-for)\s+$")
#: a verb that asks for, awaits or stops the act its object names ("called for X's resignation",
#: "demanded the release of Y", "blocked Z's appointment"): the act is not told as done
_UNREALISED_BEFORE = re.compile(
    r"(?i)\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|sought|seeks?|seeking|"
    r"(?:press|push)(?:ed|es|ing)?\s+for|oppos(?:ed|es|ing)|reject(?:ed|s|ing)?|block(?:ed|s|ing)?|"
    r"rul(?:ed|es|ing)\s+out|await(?:ed|s|ing)?|prevent(?:ed|s|ing)?|veto(?:ed|es|ing)?)\s+(?:the\s+)?$")
#: a name ending in an initialism's dot ("U.S.", "U.N."): the dot is the name's, not the sentence's
_INITIALISM_END = re.compile(r"(?:\b[A-Z]\.){2,}$")


#: a capitalised preposition opening the sentence before a possessor's name ("After Brandt's death",
#: "Following Ruiz's arrest"): no part of the name
_OPENING_PREPOSITION = re.compile(r"^(?:After|Before|Following|Since|Until|During|Upon|Despite|Under|Amid|Without|With)\s+(?=[A-Z])")


def nominal_event(text: str) -> str | None:
    """'the visit of X, the head of Z, to Y' / "X's visit to Y" -> 'X visits Y'."""
    for pattern in (_NOMINAL_OF, _NOMINAL_POSSESSIVE):
        m = next((m for m in pattern.finditer(text)
                  if not _NOT_YET.search(text[max(0, m.start(2 if pattern is _NOMINAL_POSSESSIVE else 1) - 40):
                                              m.start(2 if pattern is _NOMINAL_POSSESSIVE else 1)])), None)
        if not m:
            continue
        if _UNREALISED_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            return None  # "Unions called for X's resignation": the act asked for, no happening of X's
        if pattern is _NOMINAL_OF:
            noun, who, where = m.group(1), m.group(2), m.group(3)
        else:
            who, noun, where = m.group(1), m.group(2), m.group(3)
        verb = NOMINAL_VERBS[noun.lower()]
        who = _OPENING_PREPOSITION.sub("", who)  # "After Brandt's death …": the name is "Brandt"
        who = short_name(who if _INITIALISM_END.search(who) else who.rstrip("."))
        if where:
            joiner = "" if verb.endswith((" to", " in", " with")) else ""
            return f"{who} {verb}{joiner} {where}".strip()
        thing = _NOMINAL_OBJECT.match(text[m.end():]) if noun.lower() in _TRANSITIVE_NOMINALS else None
        if thing:
            return f"{who} {verb} {thing.group(1)}"  # "X's ban on further talks" -> "X bans further talks"
        return f"{who} {verb}"
    return None


ENTRY_DATE = re.compile(r"^\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{4}-\d\d-\d\d)\s*:\s*")
_RELATIVE = re.compile(r"({name}),\s+(?:who|which)\s+(?=[^,]*$)".format(name=NAME))


def relative_clause(text: str, start: int) -> tuple[int, str] | None:
    """When the date sits in "X, who served … from 1997-2004", the event is X's, told by the clause;
    in "X, whose leader Omar Saadi was arrested in January", the named owner's."""
    described = NAME_THEN_DESCRIPTION.search(text[:start])
    if described:
        # "Neil Farrow, the former finance director of Caldmoor Water, who retired …": Neil Farrow's, not
        # the description's nor the name inside it
        return described.end(), short_name(described.group(1))
    m = _RELATIVE.search(text[:start])
    if not m:
        whose = _WHOSE_NAMED.search(text[:start])
        return (whose.end(), short_name(whose.group("name"))) if whose else None
    # "a dealer in Tessen, who sold it": "who" is the dealer, not the town (see who_after_places)
    placed = who_before_place(text[:m.start(1)], m.group(1), m.group().split()[-1], text) \
        or who_after_name_of_place(text[:m.start(1)], m.group(1), m.group().split()[-1])
    if placed is not None:
        return m.end(), placed
    return m.end(), short_name(without_leading_preposition(m.group(1)))  # "For Gwen Hollis, who was nine …"


#: "…, whose leader Omar Saadi was arrested": a relative clause whose subject is a named person
#: after the owned noun; the clause tells of that person.
_WHOSE_NAMED = re.compile(
    r",\s+whose\s+(?:[a-z][\w-]*\s+){1,3}?(?P<name>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){1,3}),?\s+"
    r"(?=[a-z]+\b)(?=[^,]*$)"
)
#: A subject with a relative aside after it, ending right before a clause with no subject of its
#: own: "The opposition party, whose leader was arrested in May, | held a rally".
SUBJECT_THEN_RELATIVE = re.compile(r"^\s*(?P<np>[^,;]{2,80}?),\s+(?:whose|who|which)\b[^;,]*,\s*$")


#: The name in a description-then-name aside: up to five words ("U.S. General Raymond T. Odierno"),
#: perhaps after a country's initials and a lower-case office ("U.N. envoy Karl Weber").
_ROLE_NAME = (r"(?:(?:[A-Z]\.){2,3}\s+(?:[a-z]+\s+)?)?[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE
              + r"?[A-Z][\w’'.-]*){0,4}")
_ROLE_THEN_NAME, _ROLE_THEN_LONG_NAME = (re.compile(
    rf"^(?:[Tt]he\s+)?[A-Za-z][^,]{{2,80}},\s+({name}),\s+(?=[a-z])(?!(?:the|a|an|who|which|whose|then|now|former)\b)",
) for name in (NAME, _ROLE_NAME))


def name_for_role(clause: str) -> str:
    """ "The Secretary of the Council, Rear Admiral Ali Shamkhani, said …" -> "Ali Shamkhani said …"."""
    m = _ROLE_THEN_NAME.match(clause) or _ROLE_THEN_LONG_NAME.match(clause)
    if not m or len(m.group(1).split()) < 2:
        return clause
    if verb_at(clause[: m.start(1)].split()) is not None:
        return clause  # "The band recorded its first cassette, Low Tide, in a hall": a title, not a role
    return f"{short_name(m.group(1))} {clause[m.end():]}"


#: Verbs of a reduced passive ("conditions set by X") and the active present that tells it.
PASSIVE_VERBS = {
    "set": "sets", "made": "makes", "held": "holds", "led": "leads", "given": "gives", "taken": "takes",
    "signed": "signs", "imposed": "imposes", "issued": "issues", "announced": "announces", "proposed": "proposes",
    "presented": "presents", "offered": "offers", "launched": "launches", "ordered": "orders", "adopted": "adopts",
    "passed": "passes", "approved": "approves", "introduced": "introduces", "declared": "declares",
}
REDUCED_PASSIVE = re.compile(
    r"(?:the\s+)?(\d+)?\s*([a-z]+s)\s+([a-z]+)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,6})\s+(?:in|on|at|during)?\s*$"
)


#: "Most of Iran's senior military and political officials in Iran have been expressing their views"
#: -> "Iran's officials express their views": a quantifier, a possessor's adjectives and a progressive.
_QUANTIFIER = re.compile(r"^(?:most|many|some|all|several|a few|few|each|both) of\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSOR_ADJECTIVES = re.compile(
    r"^([A-Z][\w-]*[’']s)\s+(?:[a-z]+\s+(?:and\s+)?){1,4}([a-z]+s)\b(?:\s+in\s+[A-Z][\w-]*)?"
)
_PROGRESSIVE = re.compile(r"\b(?:has|have|had) been ([a-z]+)ing\b")


def compact_subject(clause: str) -> str:
    shorter = _QUANTIFIER.sub("", clause)
    if shorter != clause:
        shorter = shorter[:1].upper() + shorter[1:]
        m = _POSSESSOR_ADJECTIVES.match(shorter)
        if m:
            shorter = f"{m.group(1)} {m.group(2)}" + shorter[m.end():]
        clause = shorter
    progressive = _PROGRESSIVE.search(clause)
    if progressive and progressive.start() < 60:
        stem = progressive.group(1)
        if re.search(r"([bdgmnprt])\1$", stem):
            stem = stem[:-1]  # "planning" -> "plan"
        clause = clause[: progressive.start()] + stem + "ed" + clause[progressive.end():]  # the tense rule makes it present
    return clause


_AUXILIARY = r"(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|has|have|had)"
_NOT_NOUN = frozenset("who which that whom whose had has have was were is are be been not also it they he she we".split())
#: A subject with a reduced relative clause: "A plan unveiled [on Tuesday] would …".
_PARTICIPLE_SUBJECT = re.compile(
    rf"^((?:the|a|an|its|his|her|their)\s+)?(?!(?:the|a|an|its|his|her|their)\s)((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s+"
    rf"((?!(?:[a-z]*men|children|citizen|garden|kitchen|token|oven|between|seven|eleven|often|even|hundred|sudden|golden|wooden|queen|screen|green|linen)\b)[a-z]+(?:ed|en)|known|shown|grown|flown|drawn|thrown|blown|sown|"
    rf"withdrawn|overthrown)\b(?=(.*?)\s*,?\s*{_AUXILIARY}\b)",
    re.IGNORECASE,
)
_DATE_PREPOSITION = re.compile(r"^\s*(?:(?:on|in|at|during|since|early|late|last|this|earlier|later)\s+)*$", re.IGNORECASE)


def participle_subject(clause: str, start: int, end: int) -> tuple[str, bool] | None:
    """ "A plan unveiled on Tuesday would build the plant": the participle's happening ("Plan is
    unveiled") when the expression sits between the participle and the finite verb; else the clause
    without the participle ("A plan would build the plant"), so the subject is not read as a verb."""
    m = _PARTICIPLE_SUBJECT.match(clause)
    if not m or any(w.lower() in _NOT_NOUN for w in m.group(2).split()) or not m.group(3).islower():
        return None  # a capitalised "participle" ends a name: "Osama bin Laden was killed"
    noun = f"{m.group(1) or ''}{m.group(2)}"
    if m.end(3) <= start and _DATE_PREPOSITION.match(clause[m.end(3):start]) and re.match(
            rf"^\s*,?\s*{_AUXILIARY}\b", clause[end:], re.IGNORECASE):
        head = m.group(2).split()[-1]
        plural = head.endswith("s") and not head.endswith("ss") or plural_without_s(head.lower())  # "The gunmen are seized"
        return f"{noun} {'are' if plural else 'is'} {m.group(3)}", True
    if m.group(4).strip() == "" and start >= m.end(3):
        return noun + clause[m.end(3):], False
    return None


#: "The Red army, was forced", "The worst flood, swept": the comma an aside left between a subject and its verb.
COMMA_BEFORE_VERB = re.compile(  # (or a modal: "Their union, will ballot members")
    r"^([A-Za-z][^,]{0,60}?),\s+(?=(?:was|were|is|are|has|had|have|will|would|can|could|may|might|must|shall|should|[a-z]+ed|"
    + IRREGULAR_PASTS + r")\b)"
)
#: "The museum's new wing, opens to the public": the comma an aside left before a verb in the present.
COMMA_BEFORE_PRESENT = re.compile(
    r"^((?:The|A|An|[A-Z][\w’'-]*)\s[^,]{0,60}?),\s+(?=(?!(?:its|this|thus|perhaps|whereas|towards|afterwards|besides|always|"
    r"is|was|has|as|us|yes|plus|less|unless)\b)[a-z]{2,}[^s’'\W]s\s+(?:(?:to|the|a|an|on|in|at|for|with|its|his|her|their|up|out|into)\b|[“\"]))"
)
#: Prepositions of an opening phrase before a subject, and "since" and "within" of time ("Since 2019 the
#: club has …", "Within a year 400 homes were built").
_OPENING_PREPOSITIONS = OPENING_PREPOSITIONS | frozenset({"since", "within"})
SUBJECT_START = re.compile(r"^(?:[A-Z]|(?:the|a|an|his|her|its|their|this|these|those|he|she|they|it|we)\s)")
#: A counted subject after an opening phrase: "In the invasion phase of the war, 9,200 combatants were killed".
_COUNTED_SUBJECT = re.compile(r"^\d[\d,.]*\s+[A-Za-z]")


#: Irregular participles of a passive told actively, and the present that tells them.
PARTICIPLE_PRESENT = {
    "chosen": "chooses", "given": "gives", "taken": "takes", "made": "makes", "held": "holds", "led": "leads",
    "built": "builds", "sold": "sells", "won": "wins", "written": "writes", "begun": "begins", "shown": "shows",
    "seen": "sees", "known": "knows", "beaten": "beats", "struck": "strikes", "bought": "buys", "brought": "brings",
    "caught": "catches", "taught": "teaches", "paid": "pays", "sent": "sends", "kept": "keeps", "told": "tells",
    "broken": "breaks", "driven": "drives", "drawn": "draws", "thrown": "throws", "overtaken": "overtakes", "hit": "hits",
}
#: A passive's subject, its "was"/"were" and an adverb: "The proposal was first …".
_PASSIVE_SUBJECT = (
    r"^((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:was|were)\s+"
    r"(?:(?:[a-z]+ly|first|later|then|also|soon)\s+)?"
)


def _participles(words) -> str:
    """A regular participle or one of ``words``, as one group."""
    return r"([a-z]+ed|" + "|".join(words) + ")"


#: A passive whose agent is named: "The proposal was first tabled by the housing minister, Ines
#: Carvalho, after …" — who did it is the agent, and the title tells it actively.
#: Words that open a phrase inside a description, after which a name is the phrase's, not the agent.
_PHRASE_WORDS = r"(?:of|in|at|for|from|on|to|with|the|a|an)"
_NAMED_AGENT = re.compile(
    _PASSIVE_SUBJECT + _participles(PARTICIPLE_PRESENT)
    # (a role before the name, "by the architect Ines Roe"; never a phrase whose name is a place or an
    # owner, "by the mayor of Kelby": the mayor acted, see ``_DESCRIBED_AGENT``)
    + r"\s+by\s+(?:the\s+(?=[A-Z]))?(?:(?:the|a|an|its|his|her|their)\s+(?:(?!" + _PHRASE_WORDS + r"\b)[a-z][\w-]*\s+){0,3}?"
    r"(?!" + _PHRASE_WORDS + r"\b)[a-z][\w-]*,?\s+)?"
    # (a firm's name joined by "&": "by Harrow & Sons")
    r"([A-Z][\w’'.-]*(?:\s+(?:&\s+)?" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){0,3})\b"
)


#: Participles the described agent's passive adds, and the present that tells them actively.
_MORE_PARTICIPLES = {
    "found": "finds", "put": "puts", "cut": "cuts", "shut": "shuts", "hurt": "hurts", "spent": "spends",
    "lost": "loses", "met": "meets", "heard": "hears", "stolen": "steals", "hidden": "hides",
}
#: A passive whose agent is a description: "A loose cable was found by inspectors on 5 November", "The
#: train was stopped by its driver": who did it is the description, as a reader says it.
_DESCRIBED_AGENT = re.compile(
    _PASSIVE_SUBJECT
    # not "known"/"taught"/"told by …": how a thing is called or what someone heard, no act of the agent
    + _participles([w for w in PARTICIPLE_PRESENT if w not in ("known", "taught", "told")] + list(_MORE_PARTICIPLES))
    + r"\s+by\s+((?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    # (its phrase naming a place or a body: "by the mayor of Kelby")
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?|[a-z][\w-]*[^s\W’']s)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|during|after|before|within|for|from|with|and|when|while|as|until)\b)"
)
#: Heads of a "by" phrase that is no agent: "by the end", "by a margin", "by far".
_NOT_AGENT_HEADS = frozenset(
    "end time start close middle beginning margin majority far way means hand law half third quarter fifth tenth "
    "percent cent points".split()
)


#: A passive's subject ending on a pronoun is a told clause's, its frame before it: "Local records say it
#: was founded by a guild" is no "A guild founds Local records say it".
_TOLD_PRONOUNS = frozenset("it he she they".split())


def _active_for_described_agent(clause: str) -> str | None:
    """ "A loose cable was found by inspectors" -> "Inspectors found a loose cable"; None when the
    clause has no passive with a described agent."""
    m = _DESCRIBED_AGENT.match(clause)
    if not m or m.group(1).split()[0].lower() in ("it", "he", "she", "they", "this", "that") \
            or m.group(1).split()[-1].lower() in _TOLD_PRONOUNS \
            or m.group(3).split(" of ")[0].split()[-1].lower() in _NOT_AGENT_HEADS:
        return None
    thing, agent = m.group(1), m.group(3)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0].lower() in DETERMINER_WORDS else thing
    verb = PARTICIPLE_PRESENT.get(m.group(2)) or _MORE_PARTICIPLES.get(m.group(2)) or present_of(m.group(2)) or m.group(2)
    head = agent.split(" of ")[0].split()[-1]
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        verb = plural_present(verb)  # "by inspectors" -> "Inspectors find"
        if _reads_as_past(verb):
            return _passive_kept(m.group(1), m.group(2), agent, clause[m.end():])
    return f"{agent[:1].upper()}{agent[1:]} {verb} {thing}{clause[m.end():]}"


def _reads_as_past(verb: str) -> bool:
    """A plural present that is also the past of another verb ("found", "ground", "wound"): told
    actively, the headline's tense would read it as that past and turn it into the other verb
    ("Workers found the club" -> "Workers find the club")."""
    return verb.lower() in IRREGULAR


def _passive_kept(thing: str, participle: str, agent: str, rest: str) -> str:
    """ "The club was founded by workers" told in the present and still passive: "The club is founded
    by workers"."""
    plural = thing.split()[-1].endswith("s") and not thing.split()[-1].endswith(("ss", "us", "is"))
    return f"{thing} {'are' if plural else 'is'} {participle} by {agent}{rest}"


def active_for_named_agent(clause: str) -> str:
    """ "The proposal was tabled by the minister, Ines Carvalho, after …" -> "Ines Carvalho tabled the
    proposal"; "A loose cable was found by inspectors" -> "Inspectors found a loose cable"; a clause
    without an agent is left as it is."""
    m = _NAMED_AGENT.match(clause)
    # "… was opened by the local MP, Sir Edward Lane": the name told after the agent's description acted
    apposed = APPOSED_BY.search(clause)
    if apposed is not None and (named := _NAMED_AGENT.match(
            clause[:apposed.start()] + "by " + apposed.group("name") + clause[apposed.end():])) is not None \
            and named.start(3) == apposed.start() + 3:
        m, clause = named, named.string
    if not m:
        return _active_for_described_agent(clause) or clause
    if m.group(1).split()[0].lower() in ("it", "he", "she", "they") or m.group(1).split()[-1].lower() in _TOLD_PRONOUNS:
        return clause
    thing = m.group(1)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0].lower() in DETERMINER_WORDS else thing
    verb = PARTICIPLE_PRESENT.get(m.group(2)) or present_of(m.group(2)) or m.group(2)
    agent, end = m.group(3), m.end()
    after_the = bool(re.search(r"\bby\s+the\s+$", clause[:m.start(3)]))
    head = _AGENT_HEAD_NOUN.match(clause, end)
    if head:
        # "ratified by the Veskari council": the name modifies the agent's noun, which is who acted
        agent, end = f"{'The ' if after_the else ''}{agent} {head.group(1)}", head.end()
    plural = head.group(1).endswith("s") and not head.group(1).endswith(("ss", "us", "is")) if head else \
        plural_agent(agent, after_the=after_the) or _plural_body(agent, after_the)
    rest = clause[end:]
    second = None if head else _SECOND_AGENT.match(rest)
    if second is not None and not _AGENT_HEAD_NOUN.match(rest, second.end()):
        # "was founded by Priya Nandakumar and Tom Okafor": both founded it, not "X founds it and Tom Okafor"
        agent, rest, plural = f"{agent} and {second.group(1)}", rest[second.end():], True
    if rest.lstrip().startswith(","):
        rest = ""  # "…, Ines Carvalho, after rents rose": the comma closing the agent's aside ends the clause
    if plural:
        verb = plural_present(verb)  # "was conquered by the Allies" -> "Allies conquer", not "conquers"
        if _reads_as_past(verb):
            return _passive_kept(m.group(1), m.group(2), agent, rest)
    return f"{agent} {verb} {thing}{rest}"


#: A second named agent joined to the first ("by Priya Nandakumar and Tom Okafor", "by Ada Kerr and her
#: brother Sam"): a name, or a kinship noun before one; never a clause the "and" opens ("and the crowd …").
_SECOND_AGENT = re.compile(
    r"\s+and\s+((?:(?:his|her|their)\s+[a-z]+\s+|the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?=[\s,.;:]|$)")


#: The last word of a body's name that is a plural of people: "the Pentry Improvement Commissioners",
#: "the Harbour Trustees", "the Royal Engineers".
_PEOPLE_PLURAL_HEAD = re.compile(r"(?:ers|ors|ants|ents|ists|ians|ees|[sh]men)$")


def _plural_body(agent: str, after_the: bool) -> bool:
    """Whether a name of several words after "the" ends in a plural of people, so that the body takes a
    plural verb as "the Allies" does ("was commissioned by the Pentry Improvement Commissioners" ->
    "Pentry Improvement Commissioners commission", not "commissions")."""
    words = agent.split()
    return after_the and len(words) > 1 and words[-1][:1].isupper() and bool(_PEOPLE_PLURAL_HEAD.search(words[-1].lower()))


#: A lower-case noun right after an agent's name, which the name then modifies ("by the Veskari council",
#: "by Harlan auditors"); never a word that begins what follows the agent ("by Ines Carvalho in May").
_AGENT_HEAD_NOUN = re.compile(
    r"\s+(?!(?:in|on|at|after|before|during|for|with|and|or|but|to|from|as|when|while|who|whom|which|that|"
    r"under|over|near|into|onto|of|through|since|until|the|a|an|because|last|this|following|only|also|then|"
    r"later|soon|again|himself|herself|itself|themselves|alone|too|against|without|within|amid|across|"
    r"around|behind|beyond|despite|upon|toward|towards|via|per|than|so|if|once|where|whose)\b)([a-z][\w-]*)\b"
    r"(?![\w’'-])"
)


#: "The council's budget, set in February, will stay", "a script for it, found in 1987 in a house
#: clearance, is now in the museum": a participle between commas that holds the date tells its own
#: happening, of the noun before it.
_PARTICIPLE = rf"(?:first\s+|later\s+)?(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True))})"
_PARTICIPLE_ASIDE = re.compile(rf"^(?P<noun>[^,]{{3,80}}?),\s+(?P<part>{_PARTICIPLE})\b(?P<rest>[^,;]*)(?:[,;]|$)")
#: "The refinery, built in 1968 and expanded in 1994, employs 900": the aside's second participle after
#: "and", a happening of the same noun with a date of its own.
_SECOND_PARTICIPLE = re.compile(rf"\s+and\s+(?P<part>{_PARTICIPLE})\b")


#: The head of "<work> on/of/to <thing>": work done on a thing, which a participle of what befalls a
#: made thing cannot describe ("Work on the north breakwater, damaged by a gale in January, resumed").
_WORK_HEADS = frozenset("work works repair repairs restoration renovation refurbishment construction maintenance "
                        "rebuilding dredging demolition excavation upgrade upgrading clearance".split())
#: Participles of what befalls a building, a structure or a place: said of the thing, never of the
#: work on it. "delayed", "begun", "funded" are said of the work and stay with it.
_THING_PARTICIPLES = frozenset("damaged destroyed flooded built rebuilt burned burnt breached battered wrecked struck "
                               "demolished erected bombed gutted designed".split())
_HEAD_OF_THING = re.compile(r"^(?P<head>\S+(?:\s+\S+){0,2}?)\s+(?:of|on|to|at)\s+(?P<thing>\S.*)$")


def _aside_subject(noun: str, participle: str) -> tuple[str, str]:
    """The noun an aside's participle tells of, and the word its "is/are" agrees with: the head of
    "Repairs to the east pier" ("are begun"), or the thing of "Work on the breakwater" when the
    participle is one only a thing undergoes ("The north breakwater is damaged")."""
    m = _HEAD_OF_THING.match(noun)
    if m is None:
        return noun, noun.split()[-1]
    head_word = m.group("head").split()[-1].lower()
    if head_word in _WORK_HEADS and participle.split()[-1].lower() in _THING_PARTICIPLES:
        thing = m.group("thing").strip()
        return thing[:1].upper() + thing[1:], thing.split()[-1]
    return noun, m.group("head").split()[-1]


def participle_aside(clause: str, start: int, end: int, second: bool = False) -> str | None:
    """ "NOUN, PARTICIPLE … DATE …, …" -> "NOUN is PARTICIPLE …" (the date left out), when the date
    lies in the aside and the noun has no verb of its own; else None. With ``second`` only a date in the
    aside's second participle counts ("NOUN, built in 1968 and expanded in 1994, …" -> "NOUN is
    expanded"): a whole sentence, before it is cut at its "and", still holds the noun."""
    m = _PARTICIPLE_ASIDE.match(clause)
    if not m or not (m.start("part") <= start and end <= m.end("rest")):
        return None
    noun = m.group("noun").strip()
    if verb_at(noun.split()) is not None or not SUBJECT_START.match(noun):
        return None
    begin, stop = m.start("part"), m.end("rest")
    pair = _SECOND_PARTICIPLE.search(clause, m.end("part"), stop)
    if second:
        if pair is None or start < pair.start("part"):
            return None
        begin = pair.start("part")
    elif pair is not None and end <= pair.start():
        stop = pair.start()  # the first participle's own happening ends where the second begins
    rest = remove_expression(clause[begin:stop], start - begin, end - begin)
    noun, head = _aside_subject(noun, m.group("part") if not second or pair is None else pair.group("part"))
    be = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    return f"{noun} {be} {rest.strip()}"


#: Prepositions of a place phrase opening a sentence before a bare subject: "In the port city of
#: Ardmore, dock workers walked out", "Across Ostland, farmers dumped milk".
_PLACE_PREPOSITIONS = frozenset("in at across throughout around near outside inside along beyond".split())
#: Words a bare subject's noun phrase cannot hold before its verb.
_NOT_BARE_SUBJECT_WORDS = frozenset("it is was were be been has had have there then so and or but that which who as if "
                                    "when while of to for from with by on in at".split())


#: Prepositions opening the phrase of a bare subject's noun ("pupils | from the village school").
_SUBJECT_PHRASE_PREPOSITIONS = frozenset("from of in at on with".split())


def _bare_plural_subject(rest: str, phrase: bool = False) -> bool:
    """Whether ``rest`` opens with a bare lower-case subject of one to three words and its verb:
    "dock workers walked out", "farmers dumped milk", "police arrested six men"; with ``phrase`` the
    noun may carry a short phrase of its own ("pupils from the village school researched")."""
    words = rest.split()
    verb = verb_at(words[:MAX_WORDS + 1])
    if verb is None or verb < 1:
        return False
    head = words[:verb]
    if phrase:
        at = next((k for k, w in enumerate(head) if w in _SUBJECT_PHRASE_PREPOSITIONS), None)
        if at is not None and 1 <= at and verb - at <= 5 and all(w.isalpha() and w.islower() for w in head[at:]):
            head = head[:at]
    return 1 <= len(head) <= 3 and all(w.isalpha() and w.islower() and w not in _NOT_BARE_SUBJECT_WORDS for w in head)


def past_the_opener(clause: str) -> str:
    """ "Towards the end of, the Athenians took the decision", "Deprived of food, ammunition, and
    reinforcements, Denikin's army was defeated": when the words before a comma have no verb and
    what follows a later comma has one, the happening is told after it."""
    head = clause.split(", ", 1)[0].split()
    if verb_at(head[:MAX_WORDS + 1]) is not None or ", " not in clause:
        return clause
    parts = clause.split(", ")
    joined = _JOINED_OWNED_SUBJECT.match(parts[0])
    if joined and len(parts) > 2 and _LIST_MEMBER.fullmatch(parts[1]) and parts[1][:1].isupper() \
            and verb_at(["x", *parts[2].split()[:2]]) == 1:
        # "Amira and her husband, Karim, left": the name is the second subject's, not the subject
        return f"{parts[0]} {parts[1]} {', '.join(parts[2:])}"
    for i in range(1, len(parts)):
        rest = ", ".join(parts[i:])
        counted = head[0].lower() in _OPENING_PREPOSITIONS and _COUNTED_SUBJECT.match(rest)
        if verb_at(rest.split()[:MAX_WORDS + 1]) is not None and len(rest.split()) >= 3 and (
                SUBJECT_START.match(rest) or counted or head[0].lower() in _PLACE_PREPOSITIONS and _bare_plural_subject(rest)
                or head[0].lower() in _OPENING_PREPOSITIONS and _bare_plural_subject(rest, phrase=True)):
            if not _listed_subject(parts[:i], rest):
                return _apposed_names_closed(rest)
            return _without_apposed_names(clause)  # (left out, as an aside is)
    return clause


#: A subject joined to an owned noun whose name follows in apposition: "Amira and her husband",
#: "He and his brother", "The mayor and her deputy".
_JOINED_OWNED_SUBJECT = re.compile(r"^[\w’'. -]{1,40}\s+and\s+(?:his|her|their|its|my|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")


def _apposed_names_closed(rest: str) -> str:
    """ "Edward and Thomas, joined him" (of "His sons, Edward and Thomas, joined him") -> "Edward and
    Thomas joined him": the names apposed to the opener cut before them keep no comma before their verb."""
    m = re.match(r"^([^,]{1,60}),\s+(?=[a-z])", rest)
    if m is None or verb_at(m.group(1).split()) is not None or verb_at(["x", *rest[m.end():].split()[:2]]) != 1:
        return rest
    return f"{m.group(1)} {rest[m.end():]}"


#: A member of a subject's list before its comma: a name or a people's adjective ("Anna Berg",
#: "Polish", "U.S."), or a determiner and a common noun ("the mayor", "the two unions").
_LIST_MEMBER = re.compile(
    r"(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*|(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
#: Capitalised words that open a sentence before a comma as no list's member does: a connective, a
#: day word ("However, police and troops clashed", "Yesterday, Lind and Berg met").
_NOT_MEMBERS = frozenset(
    """however meanwhile moreover furthermore nevertheless nonetheless still yet thus hence instead also again
    now then later earlier today yesterday tonight tomorrow indeed overall separately finally""".split()
) | frozenset(name.lower() for name in FULL_MONTHS + FULL_WEEKDAYS)


#: Names set off by commas after a list's last member, right before the verb: ", Pemba and Lakpa, left".
_NAMES_APPOSED_LAST = re.compile(
    r",\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*(?:\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)?,(?=\s+(?!(?:and|or)\b)[a-z])")


def _without_apposed_names(text: str) -> str:
    """``text`` without the names apposed to a listed subject's last member, when no verb comes before
    them: "Kos, Reiter and the two guides, Pemba and Lakpa, left" -> "Kos, Reiter and the two guides left"."""
    apposed = _NAMES_APPOSED_LAST.search(text)
    if apposed is None or verb_at(text[:apposed.start()].split()) is not None:
        return text
    return text[:apposed.start()] + text[apposed.end():]


def _listed_subject(before: list[str], rest: str) -> bool:
    """Whether the parts ``before`` a clause ``rest`` open a list that ``rest`` closes, its members
    the subject: "Polish, Czech and Hungarian ministers signed", "The mayor, the bishop and the
    governor signed", "Germany, Japan, and the Soviet Union made preparations". Each part before is
    one short member, and what ``rest`` writes before its verb joins the last one with "and" or "or";
    a phrase, an adverb or a day before the comma ("In Prague, …", "Yesterday, …") is no member. A list too long to
    be told with its verb in a title is left to the cut as before."""
    rest = _without_apposed_names(rest)
    words = rest.split()
    verb = verb_at(words[:MAX_WORDS + 1])
    joins = [k for k, w in enumerate(words[:verb or 0]) if w.lower() in ("and", "or")]
    if verb is None or not joins or any(w.endswith(",") for w in words[joins[-1]:verb]):
        return False  # (nor with an aside after the list: "Kell, Amsel and Vos, together with five aides, were")
    if sum(len(part.split()) for part in before) + verb + 2 > MAX_WORDS:
        return False  # a list too long to be told with its verb and object: the title would keep no verb
    return all(_LIST_MEMBER.fullmatch(part) is not None and part.split()[0].lower() not in _NOT_MEMBERS
               and part.split()[0].lower() not in _OPENING_PREPOSITIONS for part in before)


#: "Her first major design, the Skjern river bridge, was completed": the aside names what the
#: possessive description only points at.
POSSESSIVE_APPOSITION = re.compile(
    r"^(?:Her|His|Its|Their|Our|My)\s[^,]{1,40},\s+((?:the|a|an)\s+[^,]*?\b[A-Z][^,]*),\s+(?=[a-z])"
)
#: A possessive's role noun with its name apposed, no commas: "his deputy Ilsa Marr travelled", "her
#: elder brother Tom Ede sold": the name is who acted; the possessive only says whose deputy it is.
#: (Not a place after a preposition: "Our supplier in Porto lost …" is the supplier's act, not Porto's.)
POSSESSIVE_ROLE_NAME = re.compile(
    r"^(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+"
    r"(?:(?!(?:in|at|from|of|near|on|for|with|to|by|outside|inside|across|beyond)\s)[a-z][\w-]*\s+){1,3}"
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?=[a-z])"
)
#: A name, then an aside about it that opens with a capital, then the verb: "Ilse Amon, Tavria's
#: ambassador to the union, presented …" (a possessor's office), "Jon Hale, of Easton, Ohio, was …" (a
#: home town). The aside's capital hides it from :data:`_APPOSITIVE`. Or an owned description of a few
#: words: "Ivo Renn, their coach, resigned", "Lena Brook, his widow, sold the farm": the name is who
#: acted, the description only says how the person stands to someone told before.
_SUBJECT_ASIDE = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+" + NAME_PARTICLE + r"?){0,4}[A-Z][\w’'.-]*),\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+[^,;]{1,80}"
    r"|(?:his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
    r"|of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?),\s+(?=[a-z])"
)


#: An aside opening with a participle and its preposition (", backed by …", ", founded in …"), which may
#: as well be the subject's own verb once the subject's aside is gone ("Harlan Foods, agreed to buy …").
_PARTICIPLE_OPENING = re.compile(r",\s+[a-z]+(?:ed|en)\s")


def without_appositive(clause: str) -> str:
    """``clause`` without its first aside (:data:`_APPOSITIVE`). A participle right after a subject
    that has no verb yet is the subject's verb, not an aside ("Harlan Foods, the largest grocer in the
    north, agreed to buy Dunmore Dairy, a milk processor": once the first aside is gone, "agreed to buy
    Dunmore Dairy" is what happened), unless a verb follows its closing comma ("The ship, built in
    1910, sank")."""
    for m in _APPOSITIVE.finditer(clause):
        if _PARTICIPLE_OPENING.match(m.group()) and verb_at(clause[:m.start()].split()) is None:
            after = clause[m.end() + 1:].split()
            word = after[1] if len(after) > 1 and after[0].endswith("ly") else after[0] if after else ""
            if not (word in FINITE or (word.isalpha() and (present_of(word) is not None or word.endswith("s") and not word.endswith(("ss", "us", "is"))))):
                continue  # no verb after it ("opens", "sank"): it is the subject's own
        return clause[:m.start()] + clause[m.end():]
    return clause


def without_subject_aside(clause: str) -> str:
    """ "Ilse Amon, Tavria's ambassador to the union, presented her credentials" -> "Ilse Amon presented
    her credentials": the name is the subject, and a title that kept the aside would open with it
    ("Tavria's ambassador to the union, presents"), the name lost. Only when a verb follows the aside."""
    m = _SUBJECT_ASIDE.match(clause)
    if m is None:
        return clause
    rest = clause[m.end():]
    if not is_verb(rest.split()[0].strip(",;:.") if rest.split() else ""):
        return clause
    return f"{m.group(1)} {rest}"


#: A subject, then an aside set off by commas that opens with a present participle, then the verb:
#: "The minister, speaking in Paris, resigned", "Vance, facing two rival bids, sold the firm".
_PRESENT_PARTICIPLE_ASIDE = re.compile(r"^([A-Z][^,;:]{1,60}?),\s+([a-z]{3,}ing)\s+[^,;:]{1,100},\s+(?=[a-z])")


def without_participle_aside(clause: str) -> str:
    """ "The minister, speaking in Paris, resigned" -> "The minister resigned": an aside opening with a
    present participle between a subject and its verb tells what the subject was doing meanwhile, not
    the happening; a title that kept it reads as a fragment when cut ("Bush commenting on the gulf
    crisis from his vacation"). Only when a verb follows the aside and the subject has none."""
    m = _PRESENT_PARTICIPLE_ASIDE.match(clause)
    if m is None or verb_at(m.group(1).split()) is not None or m.group(2) in ("according", "including"):
        return clause
    rest = clause[m.end():]
    if not is_verb(rest.split()[0].strip(",;:.") if rest.split() else ""):
        return clause
    return f"{m.group(1)} {rest}"


#: A bare plural subject and a present participle opening a phrase about it before its verb, with no
#: commas: "crews wearing breathing apparatus brought", "drivers heading north waited".
_BARE_PLURAL_PARTICIPLE = re.compile(
    r"^((?:[A-Z][a-z]{2,}|[a-z]{3,})s)\s+(?!(?:according|including|during|following|being|having)\b)[a-z]{3,}ing\s+")
#: Words that end the participle's phrase before any verb of the subject's could come.
_PHRASE_ENDS = frozenset("and or but that which who whom was were is are has had have".split())


def without_bare_participle_phrase(clause: str) -> str:
    """ "Crews wearing breathing apparatus brought the blaze under control" -> "Crews brought the blaze
    under control": what a bare plural subject was doing meanwhile is no part of who acted (the title
    read "Crews wearing breathing apparatus brings", its verb taken for the participle's noun's). Only
    when a past verb follows the phrase within five words."""
    m = _BARE_PLURAL_PARTICIPLE.match(clause)
    if m is None:
        return clause
    words = clause[m.end():].split(" ")
    for k, word in enumerate(words[:6]):
        bare = word.strip(",;:.")
        if bare != word or bare.lower() in _PHRASE_ENDS:
            return clause
        if k and bare.islower() and (bare.endswith("ed") or bare in IRREGULAR) and is_verb(bare):
            return f"{m.group(1)} {' '.join(words[k:])}"
    return clause


#: A phrase set off by commas between a subject and its verb: "The last match of the season, against
#: Orton Vale, will be played", "The new stand, with 2,000 seats, was opened".
_PREPOSITIONAL_ASIDE = re.compile(
    r"^((?:The|A|An|Its|Their|His|Her|Our)\s+[^,;:]{1,60}?),\s+(?:against|with|between|for|from|at|near|beside|"
    r"alongside|including|without)\s+(?:[^,;:]|,(?=\d)){1,60},\s+(?=(?:will|would|was|were|is|are|has|had|have)\b|[a-z]+ed\b)"
)


def without_prepositional_aside(clause: str) -> str:
    """ "The last match of the season, against Orton Vale, will be played" -> "The last match of the
    season will be played": an aside set off by commas between a description and its verb is no part
    of who acted, and a title cut to length at its comma would lose the verb."""
    m = _PREPOSITIONAL_ASIDE.match(clause)
    return clause if m is None else f"{m.group(1)} {clause[m.end():]}"


#: ", most of them unseen since the 1920s,": a quantifier's aside about the subject.
QUANTIFIER_ASIDE = re.compile(
    r",\s+(?:most|many|some|all|few|none|several|half|one|two|three|each|both)\s+(?:of\s+(?:them|whom|which)|with|from|carrying|bearing)\b[^,;]{0,80},"
)
#: A list set off after the subject, its verb after the list: "fourteen nations, including A, B, C and D, signed".
_LISTING_ASIDE = re.compile(r",\s+(?:including|such as|among them|notably)\s+[^;:]{0,200}?\s(?:and|or)\s+[^,;]{1,60},\s+(?=([a-z]+)\b)")


def without_listing_aside(clause: str) -> str:
    """``clause`` without such a list when a verb follows it (the list is then no part of the predicate)."""
    m = _LISTING_ASIDE.search(clause)
    if m and (m.group(1) in FINITE or present_of(m.group(1)) is not None):
        return clause[:m.start()] + " " + clause[m.end():]
    return clause


#: A diary's or a post's sentence with no subject opens with its past verb: "Landed at El Alto at dawn".
_OPENING_PAST = re.compile(
    r"^([A-Z][a-z]+)\s+(?=(?:at|in|on|to|from|into|onto|up|down|out|off|back|over|across|through|with|for|"
    r"the|a|an|my|our|two|three|home|early|late|again|there|here)\b)"
)


#: A comma that may close an opening participle's phrase ("Deprived of food, …"): not one inside a
#: number ("1,400") nor one before a relative clause about the object (", which cut falls …").
_PARTICIPLE_COMMA = re.compile(r",(?!\d)(?!\s*(?:which|who|whom|whose)\b)")
#: The step after the first comma of a log's series: a past verb, perhaps after "then", before what it
#: acts on or where it goes ("…, paid the warden and drove north", "…, then loaded the sledges", "…,
#: said goodbye"), not before "and" or "by" (an adjective's pair, a participle's agent).
_SERIES_STEP_AFTER_COMMA = re.compile(r"^[^,]*,\s+(?:then\s+)?([a-z]{3,})\s+(?!(?:and|or|but|by|as|than)\b)(?=[a-z\d£$€])")


def opens_a_series_of_acts(clause: str) -> bool:
    """Whether ``clause`` is a log's or a diary's series of acts told with no subject, its first comma
    before the next past verb ("Packed the car, paid the warden and drove north"): the part before the
    comma is the first act, not an opening participle's phrase ("Deprived of food, the army …") nor a
    subject set off by an aside ("The Red army, was forced")."""
    m = _OPENING_PAST.match(clause)
    if m is None or present_of(m.group(1).lower()) is None:
        return False
    step = _SERIES_STEP_AFTER_COMMA.match(clause)
    return step is not None and present_of(step.group(1)) is not None


#: A dated entry of a list, a career's or a life's: "- 2004: Joins the university …", "1998–2004: …",
#: "Since 2021: Chairs the staff forum".
_YEAR_ENTRY = re.compile(r"^\s*(?:[-•*–]\s*)?(?:(?:Since|From|Until|Till)\s+)?\d{4}(?:\s*[–-]\s*(?:\d{2,4}|present))?\s*:\s+")
#: The opening verb of such an entry, with no subject: a present ("Joins the …") or a participle
#: before its preposition ("promoted to professor").
_ENTRY_VERB = re.compile(r"^([A-Za-z][a-z]+)\s+(?=(?:the|a|an|his|her|their|its|to|as|in|at|from|by|for|on)\b|[A-Z])")


#: The doer of a participle's act, in its clause: "Founded in a garage by two brothers", "Bought by the
#: Arden group": what was done to the record's subject (a "by" after a comma or a verb of going, "passed by
#: the church", is no agent).
_BY_AN_AGENT = re.compile(r"^[^,.;]{0,40}?\bby\s+(?:the|a|an|two|three|four|its|his|her|their|\d|(?-i:[A-Z]))")
_UNDERGONE_BY = re.compile(r"^([A-Z][a-z]+)\s+(?=(?:(?:over|up|down|out|off|back)\s+)?by\s+(?:the|a|an|two|three|four|its|his|her|their|\d|(?-i:[A-Z])))")
_NOT_DONE_TO = frozenset("sailed walked drove passed went came stopped called dropped flew rode ran stood sat lived".split())

#: A career's entries told by the participle of what was done to its person: "Appointed to the board",
#: "Shortlisted for a prize".
_UNDERGONE_LABELS = frozenset(
    "appointed promoted elected shortlisted nominated redeployed seconded awarded selected commissioned "
    "ordained knighted admitted recruited hired named honoured honored decorated re-elected".split())


def career_entry_subject(clause: str, sentence: str, context: str) -> str:
    """ "Joins the University of Brenmoor as a lecturer" -> "Hanna Lys joins …", "promoted to
    professor" -> "Hanna Lys is promoted to professor": a dated list entry of a life or a career
    tells what the text's one protagonist did (the person named as a subject more than anyone, and
    more than once), its
    subject left out as a list leaves it. Unchanged when the sentence is no such entry, the verb no
    verb, or the text has no one protagonist."""
    from explorer.events.titles.pronouns import protagonist, subject_people

    m = _ENTRY_VERB.match(clause)
    line = context[context.rfind("\n") + 1:] + sentence  # the entry's line, when the date's clause is its second
    if m is None or not (_YEAR_ENTRY.match(sentence) or _YEAR_ENTRY.match(line)):
        return clause
    word = m.group(1).lower()
    participle = present_of(word) is not None and clause[m.end():].split()[0] in ("to", "as", "by", "in", "at")
    present = word.endswith("s") and not word.endswith("ss") and any(
        present_of(stem) == word for stem in (word[:-1] + "ed", word[:-1] + "d", word[:-2] + "ed", word[:-3] + "ied"))
    if not (participle or present):
        return clause
    who = protagonist(context)
    if who is None or subject_people(context).count(who) < 2:
        # (a text about someone names them as a subject more than once) or a record whose heading names
        # its subject ("Priya Hallam RN — Curriculum Vitae": ``titles.document_subjects``), where an
        # opening participle is read as undergone only when a career's labels undergo it ("Appointed
        # to", not "Moved to", "Volunteered at")
        who = record_subject(context)
        if who is None or participle and word not in _UNDERGONE_LABELS and not _BY_AN_AGENT.search(clause, m.end()):
            return clause
    return f"{who} is {word} {clause[m.end():]}" if participle else f"{who} {word} {clause[m.end():]}"


def diary_subject(clause: str, context: str) -> str:
    """ "Landed at El Alto on the flight from Madrid" -> "I landed at …": a sentence that opens with its
    past verb and no subject (a diary, a post) tells what the writer did; in a log whose heading names
    its keeper, what the keeper did ("Weighed anchor" -> "The Halvard Rose weighed anchor":
    ``titles.log_keepers``)."""
    undergone = _UNDERGONE_BY.match(clause)
    if undergone is not None and (present_of(undergone.group(1).lower()) is not None or undergone.group(1).endswith(
            ("en", "wn"))) and undergone.group(1).lower() not in _NOT_DONE_TO:
        # "Bought by the Arden group", "Taken over by its workers", "Relieved by the 5th Fusiliers": done to
        # the record's subject or the log's keeper, "… is bought by …"
        who = log_keeper(context) or record_subject(context)
        if who:
            return f"{who} is {undergone.group(1).lower()} {clause[undergone.end(1):].lstrip()}"
    m = _OPENING_PAST.match(clause)
    if m is None and (heads_a_log(context) or record_subject(context)):
        m = _log_entry_past(clause)
    if not m or present_of(m.group(1)) is None or _PARTICIPLE_COMMA.search(" ".join(clause.split()[:6])) \
            and not opens_a_series_of_acts(clause):
        return clause  # "Deprived of food, …, the army …": a participle opening a sentence that has its subject
    if m.group(1).lower() in _LIFE_LABELS:
        # "Died 6 February 1958 in Bonn" under a name on a profile page: a label of the page's person,
        # not the writer's diary ("I die in Bonn")
        who = page_person(context[:2000])
        return f"{who} {m.group(1).lower()} {clause[m.end():]}" if who else clause
    word = m.group(1).lower()
    who = log_keeper(context) or unnamed_writer(context)
    rest = clause[m.end():]
    if opens_a_series_of_acts(clause):
        # "Packed the tent, paid the warden and walked down": the first act only; the steps after it
        # are events of their own (joined_clauses reads them)
        rest = rest[:rest.index(",")]
    if who not in ("I", "We") and word not in _NOT_DONE_TO and _BY_AN_AGENT.match(rest) \
            and not re.match(r"(?:the|a|an|my|our|two|three|home)\b", rest):
        # (no object first: "Recovered the glider launched in April by the sister ship" is an act)
        # "Bought by the Arden group" in a firm's record: done to the record's subject, "… is bought by …"
        return f"{who} is {word} {rest}"
    return f"{who} {word} {rest}"


#: In a log, any word after an opening past verb but another verb: "Held prayers on deck", "Loaded 140
#: tons of slate", "Entered Leith docks" (not "Wounded men arrived": its subject follows the participle).
_LOG_OPENING_PAST = re.compile(r"^([A-Z][a-z]+)\s+(?=[\w’'])")


def _log_entry_past(clause: str) -> re.Match[str] | None:
    m = _LOG_OPENING_PAST.match(clause)
    if m is None:
        return None
    after = clause[m.end():].split()[:3]
    if after and after[0] == "by":
        return None  # "Relieved by the 5th Fusiliers": a passive, whose keeper underwent it
    if any(w.islower() and (present_of(w.strip(",;:.")) is not None or w in FINITE) and (i == 0 or after[i - 1] != "and")
           for i, w in enumerate(after)):
        return None  # "Wounded men arrived", "Injured passengers were taken": the participle describes the subject
    return m


#: Labels of a life's dates on a profile or an obituary: "Born …", "Died …", "Buried …".
_LIFE_LABELS = frozenset("born died buried baptised baptized".split())


#: The first person opening a clause of an answer: "I rented a barn", "We switched to raw milk".
FIRST_PERSON = re.compile(r"(I|We)\s+(?=[a-z])")
#: Words between a subject and its verb that leave the verb's form alone ("we finally open").
_BETWEEN_SUBJECT_AND_VERB = frozenset("also still then now finally first soon just only never always again".split())
_MODALS = MODALS
_SINGULAR_OF = {"am": "is", "are": "is", "were": "was", "have": "has", "do": "does"}


def named_first_person(clause: str, first: re.Match[str], who: str, context: str = "") -> str:
    """``clause`` with its opening "I"/"we" (``first``) replaced by ``who``, and a present verb after
    it put in the third person singular ("We open a shop" -> "Ana Vell opens a shop"): a title already
    in the headline's present keeps its verb's form otherwise ("Ana Vell open"). The speaker's "my"
    becomes "her" or "his" when ``context`` (the page before) tells which ("Nia Vell breaks her wrist")."""
    words = clause[first.end(1) + 1:].split(" ")
    sex = gender.sex_in_text(who, context) if first.group(1) == "I" and "my" in words else None
    if sex is not None:
        words = [("her" if sex == gender.FEMALE else "his") if w == "my" else w for w in words]
    i = 0
    while i < len(words) - 1 and (words[i] in _BETWEEN_SUBJECT_AND_VERB or words[i].endswith("ly")):
        i += 1
    verb = words[i] if words else ""
    if verb in _SINGULAR_OF:
        words[i] = _SINGULAR_OF[verb]
    elif verb.isalpha() and verb.islower() and verb not in _MODALS and not verb.endswith(("s", "ing")) \
            and present_of(verb) is None:
        words[i] = third_person(verb)
    return f"{who} {' '.join(words)}"


#: A transcript's speaker label opening a turn: "MORRIS: My grandfather started …", "Bethan Morris: Yes."
#: (with the accented capitals of names in other languages: "ANNA STRÖM-HALE:", "Åsa Lindqvist:")
SPEAKER_LABEL = re.compile(r"(?:^|\n)\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){0,3}"
                           r"|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+)\s*:\s+(?=[A-ZÀ-ÖØ-Þ“\"])")
#: Honorifics a label may open with ("DR ALMA FERREIRA:", "MR PRITCHARD:"): no part of the name.
_LABEL_HONORIFICS = frozenset("dr mr mrs ms miss prof professor sir dame lord lady rev cllr".split())
#: Words opening a heading that a colon follows ("Chapter Four: The Yard", "Part Two: Home"), never a
#: speaker's label.
_HEADING_WORDS = frozenset("chapter part book section act scene episode volume appendix prologue epilogue".split())
#: Labels of the one asking, whose "I" names no one the story is about.
_ASKERS = frozenset("q a host interviewer presenter question answer".split())


def speaker_for_i(clause: str, before: str) -> str:
    """ "I came home from university" in a transcript's turn labelled "MORRIS:" -> "Bethan Morris came
    home …": the first person of an interview's answer is its speaker, named in full when the text
    names them so before ("Bethan Morris, welcome"), else by the label. A "we" of the speaker's answer
    ("We switched to raw milk") is the speaker's household or firm, and the speaker names it as well
    as a reader needs: "we" alone names no one on a timeline."""
    first = FIRST_PERSON.match(clause)
    if first is None:
        return clause
    labels = list(SPEAKER_LABEL.finditer(before))
    if not labels or first.group(1) == "We" and len(labels) < 2 and not labels[-1].group(1).isupper():
        # (a "we" is named in a dialogue only, or after a label in a transcript's capitals: "Chapter
        # Seven: The Winter Ward" is no speaker's turn)
        return clause
    label = labels[-1].group(1)
    if label.lower() in _ASKERS or len(label) < 3 or label.split()[0].lower() in _HEADING_WORDS:
        return clause  # ("Chapter Four: The Yard" heads a memoir's part; its "I" is the writer's, no speaker's)
    words = label.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _LABEL_HONORIFICS:
        words = words[1:]
    named = " ".join(words)
    if len(words) >= 2:
        # a label with a given name is the speaker's whole name ("OWEN PRITCHARD:"), not the "Mr
        # Pritchard" a question addressed them by
        who = named.title() if named.isupper() else named
    else:
        surname = words[-1]
        written = "-".join(part[:1] + part[1:].lower() for part in surname.split("-"))  # "STRÖM-HALE" -> "Ström-Hale"
        full = [f for f in re.findall(rf"\b((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+\s+){{1,2}}{re.escape(written)})\b", before)
                if f.split()[0].lower().rstrip(".") not in _LABEL_HONORIFICS]
        # ... or the speaker's earlier label in full ("ANNA STRÖM-HALE:" before "STRÖM-HALE:")
        labelled = [m.group(1) for m in labels[:-1] if len(m.group(1).split()) >= 2 and m.group(1).split()[-1] == surname]
        who = full[-1] if full else " ".join(
            "-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in labelled[-1].split()) if labelled \
            else (named.title() if named.isupper() else named)
    if first.group(1) == "We" and speaks_for_a_body(who, before):
        return clause  # "Lena Vauclair, chief executive:": her "we" is the company, not her
    return named_first_person(clause, first, who, before)


#: An office beside a speaker's surname ("Lena Vauclair, chief executive:", "the chief executive, Lena
#: Vauclair"): the speaker answers for a body.
_OFFICE_AFTER = r"\s*,\s+(?:[a-z]+\s+){0,3}[a-z]+\s*[,:]"
_OFFICE_BEFORE = r"\b(?:[a-z]+\s+){0,3}[a-z]+,\s+(?:[A-Z][a-z’'-]+\s+){0,2}"


def speaks_for_a_body(who: str, before: str) -> bool:
    """Whether the text gives the speaker ``who`` an office ("Owen Pritchard, chief executive, Kestrel
    Point Harbour Authority"): then their "we" is the body they answer for, which "we" tells better
    than their name; a guest with no office ("Bethan Morris, welcome.") speaks for a household."""
    surname = re.escape(who.split()[-1])
    return re.search(rf"{surname}{_OFFICE_AFTER}|{_OFFICE_BEFORE}{surname}\b", before) is not None
