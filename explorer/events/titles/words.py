"""Word lists and patterns that several title modules read: a title's length in words, what a name
looks like, the last words of bodies' names, function words, and the junk a title never ends on.

They stand in a module of their own so that each step of the title rules can read them without
importing a step above it.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS
from explorer.events.names import NAME_PARTICLE, ORG_HEADS


MAX_WORDS = 10

NAME = r"(?:[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){0,3})"
ATTACHED_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|from|since|until|till|by|during|of|for|over|between|through|throughout|toward|towards|"
    r"around|about|before|after|as of|as early as|as late as|early|late|beginning|starting|the|its|his|her|their|"
    r"just|only|even|shortly|soon|right|immediately|some\s+time|sometime|near|nearly|approximately|roughly|circa)\s+)+$",
    re.IGNORECASE,
)
TRAILING_JUNK = re.compile(r"(?:[\s,;:–—\-_`\"“”'‘’(|*]|(?<![A-Z]\.[A-Z])\.|\[\w{1,4}\])+$")
DANGLING = re.compile(
    r"(?:\s+\b(?:on|in|at|from|since|until|by|during|of|to|for|between|and|or|but|the|a|an|through|toward|he|she|they|we|"
    # prepositions that take an object and no verb ends on ("… empty their pistols into", "… consolidate
    # information under"); not "over", "up", "off", "out", which end phrasal verbs ("takes over")
    r"into|onto|upon|under|against|across|among|amongst|amid|via|than|within|without|despite|"
    r"towards|with|that|which|who|whose|where|when|while|whom|its|his|their|was|were|is|are|be|been|had|has|have|as|"
    # a condition or a cause cut from its clause ("… to leave the government if"), and a participle
    # cut from its object or phrase ("… write to parliament asking | for a debate")
    r"if|unless|because|although|though|whether|"
    r"asking|calling|urging|demanding|seeking|requesting|accusing|citing|claiming|saying|arguing|insisting|"
    r"prompting|forcing|causing|blaming|"
    r"would|could|should|will|can|may|might|must|shortly|soon|just|probably|possibly|about|some|nearly|almost|around|"
    r"(?:about|some|nearly|almost|around|over|more\s+than)\s+[\d,.]+|"
    # a relative clause the cut left at its modal's verb, its object gone: "… seek guarantees that would
    # prevent", "… a levy which could fund" (the noun it tells of ends the title)
    r"(?:that|which|who)\s+(?:would|could|will|might|can|should|may|must)\s+(?:not\s+)?[a-z]+)|"
    # a "not" cut from what it negates ("… a battery of guns not | far from the river", "by not | granting");
    # after an auxiliary it negates the verb the cut left ("that the canal did not") and stays, or the title
    # would say the opposite
    r"(?<!\bdid)(?<!\bdo)(?<!does)(?<!\bis)(?<!was)(?<!are)(?<!were)(?<!has)(?<!have)(?<!had)(?<!will)(?<!would)"
    r"(?<!could)(?<!should)(?<!\bcan)(?<!\bmay)(?<!might)(?<!must)(?<!\bbe)(?<!been)(?<!\bor)\s+not"
    # "before"/"after" whose date the title lost ("… agree a deal at the conciliation service after | three
    # days", "… crosses the Seine with the regiment before | dawn"); not an adverb's ("as never before", "the day after")
    r"|(?<!\bnever)(?<!\bever)(?<!\bday)(?<!\bnight)(?<!\bweek)(?<!\bmonth)(?<!\byear)(?<!\bsoon)(?<!\blong)(?<!\bonce)"
    r"\s+(?:before|after)|\s+once\s+before)$",
    re.IGNORECASE,
)
#: The Greek and Russian prepositions and articles a cut before a date leaves at a title's end ("Η
#: συζήτηση ξεκίνησε στις | 20 Φεβρουαρίου", "Совет собрался в | 2025 году"): the dates of these
#: languages are read, and their sentences become events, titled without their date.
_FOREIGN_DANGLING = ("στις στη στην στο στον στα στους την τη τον το τις τα από μέχρι έως ως μετά πριν κατά "
                     "в во на с со к ко до после от по около к")
DANGLING = re.compile(rf"{DANGLING.pattern}|(?:\s+(?:{'|'.join(_FOREIGN_DANGLING.split())}))+$", DANGLING.flags)
#: What led to a date the title lost: "… cuts its rate to 3 percent, effective | 2 June", "… with effect (from)",
#: "…, starting (from)", "… wins the prize and again | in 2005" ("as of" goes word by word above). After a comma
#: only for "effective" and "starting": "The law becomes effective" ends on its own word.
DANGLING = re.compile(rf"{DANGLING.pattern}|(?:,\s*(?:effective|starting)|\s+with\s+effect|"
                      rf"\s+(?:and|but|or)\s+(?:again|then|later|once\s+more))$", DANGLING.flags)
#: ... and a share of a time whose "of <date>" the cut took: "Heavy rain falls across the district for most
#: (of the day)", "The band plays through much (of the night)".
DANGLING = re.compile(rf"{DANGLING.pattern}|\s+(?:for|through|throughout|during|in|over)\s+"
                      rf"(?:most|much|part|all|the\s+rest|the\s+remainder|the\s+whole|the\s+best\s+part)$", DANGLING.flags)


#: A phrasal verb ending a title on its particle "in" or "on", which DANGLING would take for a preposition
#: cut from its object: "Solberg will be sworn in (on 21 May)", "City Hall steps in", "Two officers hand
#: themselves in", "The firm carries on", "The floodlights are switched on". Closed to verbs whose "in"/"on" ends a phrasal verb with no
#: object; after another verb the word is a preposition whose object a cut lost ("is born in").
PARTICLE_ENDING = re.compile(
    r"\b(?:(?:swear|swears|swore|sworn|step|steps|stepped|fly|flies|flew|flown|move|moves|moved|check|checks|checked|"
    r"phase|phases|phased|give|gives|gave|given|cave|caves|caved|settle|settles|settled|sign|signs|signed|"
    r"chip|chips|chipped|kick|kicks|kicked|drop|drops|dropped|pour|pours|poured|hand|hands|handed|turn|turns|turned)"
    r"(?:\s+(?:themselves|himself|herself|itself|ourselves))?\s+in"
    r"|(?:carry|carries|carried|move|moves|moved|sign|signs|signed|go|goes|went|gone|press|presses|pressed|"
    r"soldier|soldiers|soldiered|live|lives|lived|catch|catches|caught|hold|holds|held|"
    r"switch|switches|switched|log|logs|logged)\s+on)$",
    re.IGNORECASE)

#: A capital letter that names, after a capitalised noun ("raises a $15 million Series A", "falls back on
#: Plan A", "a lack of Vitamin A"): no article a cut left, which would be lower case there.
_LETTER_NAMED = re.compile(r"\b[A-Z][a-z]+\s+A$")


#: Prepositions that open a phrase a title's cut may split ("… shuts the laboratory for eleven | weeks").
_PHRASE_OPENERS = frozenset(
    "of in on at to for from by with into onto upon under against across among amid via than within "
    "without despite towards toward through during after before since until till near".split())

#: Words that open a new phrase or clause after a whole one ("… reopened to traffic | following a closure").
_CLAUSE_OPENERS = frozenset(
    "and or but as which who whom whose where when while because although though following including "
    "amid over off up down out".split())


def first_words(told: str, most: int = 8) -> list[str]:
    """The words of ``told`` a short title keeps: all of them when they fit in :data:`MAX_WORDS` (the
    object a clause's continuation ends at is one phrase), else its first ``most``, less a phrase the cut
    left open ("The pandemic shut their laboratory for eleven | weeks" keeps "… their laboratory", not
    "… for eleven", a count without its noun)."""
    words = told.split()
    if len(words) <= MAX_WORDS:
        return words
    kept = words[:most]
    if words[most].lower() in _PHRASE_OPENERS | _CLAUSE_OPENERS:
        return kept  # the cut falls between phrases: "… the boarders into a house | near the river"
    opener = next((i for i in range(len(kept) - 1, max(len(kept) - 4, 2), -1)
                   if kept[i].lower() in _PHRASE_OPENERS), None)
    if opener is not None and not any(w.endswith((",", ";", ":")) for w in kept[opener:]):
        return kept[:opener]
    return kept


def without_dangling_word(text: str) -> str:
    """``text`` less the word a cut left dangling at its end (see :data:`DANGLING`), unless it is a phrasal
    verb's particle (see :data:`PARTICLE_ENDING`)."""
    return text if PARTICLE_ENDING.search(text) or _LETTER_NAMED.search(text) else DANGLING.sub("", text)

FUNCTION_WORDS = frozenset(
    "after before and or but when while that which who with without to from by as at on in of for than "
    "because although though since until if the a an his her their its this that these those".split()
)


#: Last words of the names of bodies (companies, clubs, institutions): what "it" can stand for.
BODY_WORDS = ORG_HEADS | frozenset(
    """foods holdings cycles records energy group ltd inc co company trust club society museum bank airlines
    airways motors steel works industries systems labs press media studios brewery rail railway bus lines
    united rovers station orchestra choir theatre gallery library hospital school college university
    cooperative co-operative
    journal gazette tribune herald chronicle courier observer bulletin magazine review times news
    empire kingdom republic federation confederation confederacy caliphate sultanate duchy principality""".split()
    # (a publication's name: "he" or "she" never stands for it; nor a state's: "The Tarnian Empire … It …")
)
#: Words that name a storm as people are named ("Storm Agnes", "Hurricane Bastien"): no person a "he"
#: or "she" stands for, whatever the given name after them.
STORM_WORDS = frozenset("storm hurricane typhoon cyclone tornado".split())
#: Structures and crossings a place is named by ("Hob Bridge", "Carr Weir", "Kell Ford"): no person a "he"
#: or "she" stands for; also surnames, so the entities read them as a place only after a word that is no
#: given name ("Tom Bridge" stays a person; see ``entities.kinds.base_kind``).
STRUCTURE_WORDS = frozenset("bridge weir ford lock dam pier sluice viaduct crossing".split())
FINITE = FINITE_BE | HAVE_FORMS | {"will", "would", "says", "said"}


DETERMINER_WORDS = frozenset("the a an his her their its this that these those".split())
#: The personal pronouns a clause's subject may be ("Early in 1990 they opened …"): no noun a date
#: modifies, no name that owns a thing (``long_subjects`` reads "you" too and not "it", said there).
SUBJECT_PRONOUNS = frozenset("he she it they we i".split())


def quoted_words(words: list[str]) -> set[int]:
    """The indexes of the words of a quotation of two words or more, its marks' words included: a work's
    title ("Herring Women at Skagen") is a name, and none of its words opens a phrase to cut."""
    inside, out = False, set()
    for i, w in enumerate(words):
        mark = w.rstrip(",;:.")
        if inside:
            out.add(i)
            inside = mark[-1:] not in "\"”’"
        elif w[:1] in "\"“‘" and not (len(mark) > 1 and mark[-1] in "\"”’"):
            out.add(i)
            inside = True
    return out
