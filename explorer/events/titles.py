"""Short event titles built from the event's sentence by general rules.

A title should say what happened in a few words ("Suleimani visits Moscow"). We take the clause that
holds the date expression, drop the expression with its preposition, the framing around the clause
("According to …,", "It should be noted that …") and asides (appositives, parentheses), turn a
nominal event ("the visit of X to Y", "X's visit to Y") into a verb phrase, and keep the first few
words from the subject on. Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import functools
from collections import Counter
import re
from typing import Sequence

from explorer.events import gender
from explorer.events.clauses import (
    _AND_VERB_AFTER_DATE, _COMMA_VERB_AFTER_DATE, _LEADING_ASIDE, _MODAL_START, _SUBORDINATE_AFTER_DATE, clause_bounds, is_subjectless, relative_antecedent, subject_before, subject_follows,
)
from explorer.events.names import NAME_PARTICLE, ORG_HEADS, PERSON_ROLES, agent_name, short_name, without_object_offices, without_office
from explorer.events.tense import IRREGULAR, headline_tense, plural_agent, plural_present, present_of
from explorer.events.said_what import is_bare_saying, said_content
from explorer.events.modality import is_absence, is_non_happening, is_state
from explorer.events.title_said import told_happening_start, whole_told
from explorer.events.title_antecedents import name_the_pronoun
from explorer.events.title_asides_of import told_by_relative, told_by_who, without_relative_of, without_who_aside
from explorer.events.title_counts import count_named
from explorer.events.title_dashes import without_dash_aside
from explorer.events.title_length import LONG_TITLE, cut_clause, fit
from explorer.events.title_pointers import causative_retold, demonstrative_as_article, participial_opener_end, what_it_led_to
from explorer.events.title_phrases import open_between, participle_object, without_batch_nouns, without_second_name
from explorer.events.title_relatives import without_subject_clause

MAX_WORDS = 10

_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){0,3})"
# Nominal events and the verb phrase that says the same thing.
_NOMINAL_VERBS = {
    "visit": "visits", "visits": "visits", "trip": "travels to", "trips": "travels to", "journey": "travels to",
    "meeting": "meets", "meetings": "meets", "talks": "holds talks with", "resignation": "resigns",
    "death": "dies", "demise": "dies", "killing": "is killed", "assassination": "is assassinated", "arrest": "is arrested",
    "arrival": "arrives in", "return": "returns to", "departure": "leaves", "election": "is elected",
    "appointment": "is appointed", "inauguration": "is inaugurated", "speech": "speaks", "interview": "gives interview",
    "ban": "bans", "veto": "vetoes",
}
_NOMINAL = "|".join(sorted(_NOMINAL_VERBS, key=len, reverse=True))
#: "the death of [the old president] Karl Heim": the noun, then up to four words of the person's role
#: ("the club's long-serving chairman"), never a preposition ("the return of the troops to Kabul").
_NOMINAL_OF = re.compile(
    rf"\b(?:the\s+)?({_NOMINAL})\s+of\s+(?:(?!(?:to|in|at|on|by|for|from|with|into|and|or|of|after|before|during)\b)[a-z][\w’'-]*\s+){{0,4}}?({_NAME})(?:\s*,[^,]{{1,120}},)?(?:\s+(?:to|in|with)\s+(?:the\s+)?({_NAME}))?"
)
_TRANSITIVE_NOMINALS = frozenset("ban veto arrest capture invasion".split())
_NOMINAL_OBJECT = re.compile(r"^\s+(?:on|of|against)\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5})(?=\s*[,;(\[]|\s*$)")
#: (the words between the owner and the noun are its modifiers, never an auxiliary, a modal or "to":
#: in "X's ambassador will return to …" and "X's envoy is to visit …" the word is a verb)
_NOMINAL_POSSESSIVE = re.compile(
    rf"({_NAME})[’']s\s+(?:(?!(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|"
    rf"did|does|do|to|also|then)\b)[\w-]+\s+){{0,3}}?({_NOMINAL})\b(?:\s+(?:to|in|with)\s+(?:the\s+)?({_NAME}))?"
)

_FRAMING = re.compile(
    r"^(?:according to [^,]{1,80},|it (?:should|must|is worth|can) (?:be )?(?:noted|emphasized|stressed|mentioning|said) that|"
    r"it (?:would |may |might )?(?:seems?|appears?) that|"
    r"(?:in|during|over|for) (?:the )?(?:recent|past|last|next|coming) [^,]{1,30},|recently,?|"
    r"(?:in|over) (?:the )?(?:recent|past) (?:years|months|weeks|days)\b,?|"
    r"in (?:response|reply|addition|contrast) to [^,]{1,60},|(?:in|at|from) (?:[A-Z][\w'’-]*\s?){1,4},|"
    r"(?:in|during|at) (?:a|an) (?:(?!\b(?:he|she|they|we|was|were)\b)[^,]){0,60},|"
    r"(?:in|during|at|after|before) (?:a|an|the) [a-z]+(?: [a-z]+)?(?= (?:he|she|they|we)\s)|however,|meanwhile,|moreover,|furthermore,|still,|thus,|but|and|so,?|"
    r"also,?|in fact,|indeed,|then,|for example,|for instance,|in addition,|after all,|of course,|"
    r"when|while|once|especially|particularly|notably|between|there(?=\s+(?:he|she|they|we|I)\s)|"
    r"(?:despite|before|after|following|amid|during|with|until|unless|because|although|though|as soon as|as) [^,]{1,80},|"
    r"(?:(?:away|apart|aside) from|outside|beyond|besides|unlike|instead of|in place of|on top of|alongside) [^,]{1,60},|of (?:that|the same|the following|the next|this) \w+,?)(?![A-Za-z])\s*",
    re.IGNORECASE,
)
_ATTACHED_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|from|since|until|till|by|during|of|for|over|between|through|throughout|toward|towards|"
    r"around|about|before|after|as of|as early as|as late as|early|late|beginning|starting|the|its|his|her|their|"
    r"just|shortly|soon|right|immediately|some\s+time|sometime|near|nearly|approximately|roughly|circa)\s+)+$",
    re.IGNORECASE,
)
_TRAILING_SUBORDINATE = re.compile(
    r"(?:,\s+when|,?\s+(?:as|because|although|though|while|whereas|until))\s+"  # "when" after a comma only:
    # without one, its clause often holds the date ("followed the rule when he stepped down (1880)")
    r"(?=(?:the|a|an|its|his|her|their|this|these)\s|(?!(?:he|she|it|they|we|i|you)\s)[a-z]+\s+(?:[a-z]+ed|was|were|is|are|had|has)\b)(?!.*[,;])"
)
#: The subject and verb of such a clause: a determiner's noun phrase, or one bare lower-case noun ("as
#: snow blocked the roads"), then a verb in the past or an auxiliary ("when a storm surge is expected").
_SUBJECT_AND_VERB = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|this|these)\s+(?:(?!(?:of|in|on|at|for|from|by|with|to)\b)[\w’'-]+\s+){0,3}?"
    r"|(?!(?:he|she|it|they|we|i|you)\s)[a-z]+\s+)"
    r"(?:[a-z]+ed|was|were|is|are|has|had|" + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")\b"
)
#: A person's age beside their name or after the happening: "Harold Finch, 72, a surveyor", ", aged 91".
_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?=,(?!\d))|,\s+aged\s+\d{1,3}\b")  # not "fighting, 30,000 soldiers"
_PARENTHESES = re.compile(r"\s*(?:\([^()]{0,80}\)|\[[^\[\]]{0,10}\])")
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|who|which|whose|then|now|former|and (?:is|was|are|were|has|had)|in (?:a|an|his|her|their)|during|"
    r"with|without|along with|backed by|supported by|including|on (?:a|an|his|her|their)|[a-z]+(?:ed|en) (?:by|as|in|to|from|with|for|thin|out|up|at|under))\b[^,;]{0,160}(?=,)"
)
_SUBJECT_COMMA = re.compile(r"^([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}),\s+(?=[a-z])")
# A news dateline opening the story: "WASHINGTON (AP) —", "O'SMACH, Cambodia_", "PARIS, June 3 --".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?,?\s*(?:\([A-Za-z]{2,10}\))?\s*(?:_|—|–|--|-)\s*"
)  # also "PORT HALLEY, (Reuters) -", whose date the title has already left out
#: A speaker's label opening an interview's answer: "A: We rebuilt it", "Q: And the ferry?", "QUIST: …".
_SPEAKER = re.compile(r"^(?:[QA]|[A-Z]{2,20})\s*[:.]\s+(?=[A-Z])")
_LEADING_JUNK = re.compile(r"^(?:[\s,;:–—\-_`\"“”'‘’(|*]|\[\w{1,4}\])+")
_TRAILING_JUNK = re.compile(r"(?:[\s,;:–—\-_`\"“”'‘’(|*]|(?<!\b[A-Z])\.|\[\w{1,4}\])+$")
_DANGLING = re.compile(
    r"\s+\b(?:on|in|at|from|since|until|by|during|of|to|for|between|and|or|the|a|an|through|toward|he|she|they|we|"
    r"towards|with|that|which|who|whose|its|his|their|was|were|is|are|be|been|had|has|have|as|"
    r"would|could|should|will|can|may|might|must|shortly|soon|just|probably|possibly|about|some|nearly|almost|around|"
    r"(?:about|some|nearly|almost|around|over|more\s+than)\s+[\d,.]+)$",
    re.IGNORECASE,
)
#: Quotation marks, also typewriter TeX-style ones in wire copy: ``We will leave,'' he said.
_QUOTE_BREAK = re.compile(r"[“”\"]|``|''")


_BARE_VERB = re.compile(r"^\s*(?:had\s+|has\s+|was\s+|were\s+)?[a-z]+")


#: A dashed aside of background, not of the date's own happening: "In 1990 — while the council was divided — …".
_BACKGROUND_ASIDE = re.compile(r"^\s*(?:while|although|though|as|because|despite|amid)\b", re.IGNORECASE)
_DASH = re.compile(r"\s*(?:—|–|--|_)\s+|\s+(?:—|–|--|_)\s*")


def _after_the_date(tail: str) -> str:
    """What follows a date that is a clause of its own, up to the next dash: "Since 1985 _ when the
    Israelis created a zone _ soldiers have been killed" -> "when the Israelis created a zone" (the
    date's happening); a background aside ("while …") gives way to the main clause after it."""
    opening = _DASH.match(tail.lstrip(",:"))
    if not opening:
        return tail
    body = tail.lstrip(",:")[opening.end():]
    closing = _DASH.search(body)
    if closing is None:
        return body
    rest = body[closing.end():]
    if _BACKGROUND_ASIDE.match(body) and len(re.findall(r"[A-Za-z]{3,}", rest)) >= 2:
        return rest
    return body[: closing.start()]


_PAST = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")"
#: A coordinated clause's verb in the past, with nothing before it but an adverb: "… and moved to
#: England", "…, and [in 2023] raised £2.5 million". "to" after it opens a place or a noun phrase,
#: not an infinitive ("decided to …" is left to the clause rules).
_SHARED_VERB = re.compile(
    r"\s*,?\s*(?:then\s+|later\s+|also\s+|finally\s+|eventually\s+)?" + _PAST
    + r"\b(?!\s+(?:that\b|to\s+(?![A-Z]|(?:the|a|an|his|her|its|their)\b)))"
)
#: After "and" or "but" a verb in the past is the clause's own, "to" or not: "… and agreed to sell".
_AND_VERB = re.compile(r"\s*(?:then\s+|later\s+|also\s+|finally\s+|eventually\s+)?" + _PAST + r"\b(?!\s+that\b)")
_AFTER_AND = re.compile(r"(?:\band|\bbut|,)(?=\s*$)")


def _shares_subject(sentence: str, left: int, start: int, end: int) -> bool:
    """Whether the clause at ``left``, after "and", is a verb sharing the previous clause's subject,
    its date perhaps before the verb: "Adeyemi learned the game in Lagos and moved to England with
    his family in 2012", "They built a prototype, and in 2023 raised £2.5 million"."""
    joined = _AFTER_AND.search(sentence[:left])
    if left <= 0 or not joined:
        return False
    verb = _SHARED_VERB if joined.group() == "," else _AND_VERB  # "…, expected to cost": no verb of its own
    if verb.match(sentence, left):
        return True
    opening = sentence[left:start]
    return end > start and re.fullmatch(r"\s*(?:in|on|at|by|during)?\s*", opening, re.IGNORECASE) is not None \
        and verb.match(sentence, end) is not None


#: A description opening a sentence before its verb, however long: "A trial in 420 patients across
#: 11 countries began …": its head, up to its first modifier, is the subject a later verb shares.
_LONG_SUBJECT = re.compile(
    r"^\s*((?:[Tt]he|[Aa]n?|[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:in|of|across|from|at|with|for|on)\s+"
    r"(?:[\w’'£$.,-]+\s+){1,10}?" + _PAST + r"\b"
)


def _long_subject_before(sentence: str, left: int) -> str | None:
    m = _LONG_SUBJECT.match(sentence[:left])
    return m.group(1) if m else None


#: "… and then, having received no reply, wrote …": a coordinated verb in the past after an aside
#: set off by commas, which the clause split leaves inside the first clause.
_AND_ASIDE_VERB = re.compile(
    r"\b(?:and|but)\s+(?:(?:then|later|also|finally|eventually)\s*)?,\s*[^,.;:]{3,60},\s*(?=" + _PAST + r"\b)"
)


_SUBJECT_ADVERBS = frozenset("first then later also initially soon again still already never once".split())


def _second_verb_after_aside(sentence: str, left: int, start: int) -> tuple[int, int] | None:
    """(where "and" stands, where the second verb starts) when the expression at ``start`` follows
    such a coordinated verb in its clause; None otherwise."""
    found = list(_AND_ASIDE_VERB.finditer(sentence, left, start))
    if not found or not re.search(r"[a-z]", sentence[left:found[-1].start()]):
        return None
    return found[-1].start(), found[-1].end()


def _has_verb(text: str) -> bool:
    """Whether ``text`` holds a finite verb (a past form, or an "-s" present after a noun that opens it)."""
    words = ["the", *text.split()]  # "the" first: an opening plural ("operations Courageous") is no verb
    return _verb_at(words) is not None or _present_verb_at(words) is not None


def _past_a_verbless_clause(sentence: str, start: int, end: int, left: int, right: int) -> int:
    """``right``, or further on when the clause up to ``right`` holds a subject but no verb: "On 23 July
    1962, fourteen nations, including …, signed an agreement" breaks after "nations", and a title made
    there would be the bare noun phrase "Fourteen nations"; the clause goes on to the break after its verb."""
    if _nominal_event(sentence[left:right]):
        return right  # "X's visit in Tehran on August 4": a nominal happening is told without a verb
    for _ in range(4):
        # (an opening "After X defeated Y," is framing: its verb is not the date's clause's)
        core = _without_framing(sentence[left:start].strip()) + " " + sentence[end:right]
        if right >= len(sentence) or _has_verb(core):
            return right
        only_date = not re.search(r"[A-Za-z]{2,}", _ATTACHED_PREPOSITION.sub("", core.strip(" ,") + " ")) \
            and not _OPENS_OWN_CLAUSE.match(sentence, right)  # ("In 1991, | after a neighbour confided …, she began")
        following = clause_bounds(sentence, right + 1, right + 1)[1]
        if following <= right:
            return right
        between = re.search(r"\bbetween(?:\s+\S+){1,4}\s*$", sentence[left:right]) and \
            re.match(r"\s*and\b", sentence[right:following])  # "talks between the union | and the owners broke down"
        if _subjects_verb(sentence[right:following]) or (between or only_date) and _has_verb(sentence[right:following]):
            return following  # ("After X won, on May 21 | he signed …": the date opens the clause after it)
        if _has_verb(sentence[right:following]):
            return right  # "…, where she arrived next": a clause of its own, not the subject's verb
        right = following
    return right


#: Words opening a clause of its own, whose verb is not the subject's before it.
_OWN_CLAUSE_WORDS = frozenset("where which who whom whose when whereupon while that as because although though if "
                              "so since until after before".split())


_OPENS_OWN_CLAUSE = re.compile(r"[\s,;:_—–-]*(?:after|before|when|while|as|because|although|though|if|since|until|once|"
                               r"following|despite|amid|whereas|which|who|where)\b", re.IGNORECASE)


def _without_framing(text: str) -> str:
    """``text`` without the framing that opens it ("After X defeated Y,"), whose verb is not its clause's."""
    for _ in range(3):
        shorter = _FRAMING.sub("", text, count=1)
        if shorter == text:
            break
        text = shorter
    return text


def _subjects_verb(text: str) -> bool:
    """Whether ``text``, after a subject, goes on to that subject's verb: the verb opens it or follows a
    comma that closes an aside ("…, many with Iraqi plates, streamed north"), with no clause word before."""
    words = ["the", *text.split()]
    verb = _verb_at(words)
    listed = verb is not None and verb <= 6 and any(w in ("and", "or") for w in words[1:verb]) \
        and not any(w.endswith(",") or w.lower() in _DETERMINER_WORDS for w in words[2:verb])
    # (", sea and air force has mobilized": the comma was the subject's own list, "An international land, sea and air force")
    if verb is None or not (verb == 1 or words[verb - 1].endswith(",") or listed) \
            or words[verb] in _FINITE - {"was", "were", "is", "are", "has", "have", "had"} \
            and not (listed and words[verb] in ("said", "says")):
        # (", said a spokesman" is an attribution; "and FBI agents said" the subject's own verb)
        return False
    return not any(w.lower().strip(",;:()") in _OWN_CLAUSE_WORDS for w in words[1:verb])


def _clause_around(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The clause holding the expression, and the expression's offsets inside it."""
    left, right = clause_bounds(sentence, start, end)
    skip_close = False
    for m in _QUOTE_BREAK.finditer(sentence):  # a quotation introduced by ":" or "," is its own clause
        opening = m.group() in ("“", "``") or m.group() == '"' and (m.start() == 0 or sentence[m.start() - 1] in " (")
        if opening and not re.search(r"[:,]\s*$", sentence[: m.start()]):
            skip_close = True
            continue  # scare quotes or a name: "the "overall level of violence" had dropped", "part of “Axis of Evil”"
        if not opening and skip_close:
            skip_close = False
            continue
        if m.end() <= start:
            left = max(left, m.end())
        elif m.start() >= end:
            right = min(right, m.start())
            break
    right = _past_a_verbless_clause(sentence, start, end, left, right)
    clause = sentence[left:right]
    rest = (clause[: start - left] + clause[end - left :]).strip()
    if len(re.findall(r"[A-Za-z]{3,}", rest)) < 2 and len(re.findall(r"[A-Za-z]{3,}", sentence[end:])) >= 2:
        # "February 9, 2020: Mohammad Sadr …": the clause is only the date, so tell what follows it.
        return _after_the_date(sentence[end:]), 0, 0
    second = _second_verb_after_aside(sentence, left, start)
    if second is not None:
        # "He complained … on 14 September and then, having had no reply, wrote … on 2 October"
        subject = subject_before(sentence, second[0])
        while subject and len(subject.split()) > 1 and subject.split()[-1].lower() in _SUBJECT_ADVERBS:
            subject = subject.rsplit(" ", 1)[0]  # "He first complained": "He"
        if subject and subject.split()[0].lower() not in ("whose", "which", "who", "whom"):
            body = sentence[second[1]:right]
            shift = second[1] - len(subject) - 1
            return f"{subject} {body}", start - shift, end - shift
    antecedent = relative_antecedent(sentence, left) if left > 0 else None
    if antecedent and _BARE_VERB.match(clause):
        # "a property venture that collapsed in 2020": the relative clause tells of its noun
        shift = len(antecedent) + 1 - (len(clause) - len(clause.lstrip()))
        return f"{antecedent} {clause.lstrip()}", start - left + shift, end - left + shift
    if is_subjectless(sentence, left) or _shares_subject(sentence, left, start, end) or _plan_after_and(sentence, left):
        # ", and reprised the claim in 2003": the happening's subject is the previous clause's.
        subject = subject_before(sentence, left) or _long_subject_before(sentence, left)
        owner = _SUBJECT_THEN_RELATIVE.match(sentence[:left])
        if owner and _verb_at(owner.group("np").split()) is None and subject and subject not in owner.group("np"):
            subject = owner.group("np").strip()  # "The party, whose leader X was arrested, held": the party held
        if subject and subject.split()[0].lower() in ("whose", "which", "who", "whom"):
            subject = None  # "the Athenians, … whose fleet were the key, … refused": an aside's, not the clause's
        if subject and len(subject.split()) > 2 and subject.split()[-1].lower() in ("he", "she", "they", "we", "i", "you"):
            subject = subject.rsplit(" ", 1)[0]  # "The crane she designed was built … and was dismantled": "The crane"
        if subject:
            body = clause.lstrip()
            aside = _LEADING_ASIDE.match(body)
            cut = len(clause) - len(body) + (aside.end() if aside and aside.end() <= start - left else 0)
            shift = len(subject) + 1 - cut
            return f"{subject} {clause[cut:]}", start - left + shift, end - left + shift
    return clause, start - left, end - left


#: A name opening its sentence with its birth as an aside: "Thomas Weller, born in 1821 in Leeds, was …".
_BORN_ASIDE = re.compile(
    r"^\s*(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|de|van|von|da|di|del|la|le)){1,4}),\s+"
    r"born\s+(?P<aside>[^,;()]{2,80}?),\s+(?=[a-z])")


def _plan_after_and(sentence: str, left: int) -> bool:
    """ "… starts next week and will report in September": a plan after "and" shares the subject before
    it (for the title only: the clause's names stay its own)."""
    return left > 0 and bool(_MODAL_START.match(sentence, left)) and re.search(r"\band\s*$", sentence[:left]) is not None


_FUNCTION_WORDS = frozenset(
    "after before and or but when while that which who with without to from by as at on in of for than "
    "because although though since until if the a an his her their its this that these those".split()
)


#: "spent most of 2021 in hibernation", "for much of the 1990s": the share of the time goes with it.
_PART_OF = re.compile(
    r"(?:^|\s)(?:for\s+|during\s+|in\s+|through\s+|by\s+|at\s+|towards?\s+|until\s+)?(?:most|much|all|part|the\s+rest|the\s+whole|"
    r"the\s+bulk|some|the\s+(?:end|beginning|start|middle|close|turn|height))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A time zone written after a date or a clock time ("…, local time", "(local time)", "GMT"):
#: it says which clock the removed date is on, and tells nothing without it.
_ZONE_AFTER = re.compile(r"^,?\s*\(?(?:local\s+time|[A-Z]{2,4}T|GMT|UTC)\)?(?=[\s,.;:)]|$)")


def _remove_expression(clause: str, start: int, end: int) -> str:
    if end <= start:
        return clause
    head = clause[:start].rstrip() + " "
    following = re.match(r"\s+([a-z][\w-]*)", clause[end:])
    if _PART_OF.search(head):
        before = _PART_OF.sub(" ", head).rstrip()
    elif following and following.group(1) not in _FUNCTION_WORDS and present_of(following.group(1)) is None:
        # (not before a verb: "Sales in the second half fell" -> "Sales fell", never "Sales in the fell")
        # The date modifies a noun ("the 2001 treaty"): keep the determiner, drop only the date.
        head = re.sub(r"\b(?:on|in|at|from|since|during|of|for|over|by|until|till|before|after|around|through|throughout)\s+$",
                      "", head, flags=re.IGNORECASE) if not re.search(
            r"\b(?:the|its|his|her|their|a|an)\s+$", head) else head
        before = head.rstrip()
    else:
        run = _ATTACHED_PREPOSITION.search(head)
        particle = re.match(r"\s*(?:over|up|off|out|down|back|away)(?=\s+\S)", run.group()) if run else None
        # "took over in the second quarter": "over" goes with the verb, only "in the" with the date;
        # "spoke to her on Friday": "her" is the object, not the date's possessive
        particle = particle or (re.match(r".*\bher(?=\s+(?:on|in|at|from|since|until|till|by|during|over|through|before|"
                                         r"after|around|about)\b)", run.group(), re.IGNORECASE) if run else None)
        before = (head[: run.start() + particle.end()] if particle else _ATTACHED_PREPOSITION.sub("", head)).rstrip()
    after = clause[end:]
    # "on Thursday, local time", "at 6 a.m. (local time)": the clock's zone belongs to the date removed
    after = _ZONE_AFTER.sub("", after, count=1)
    possessive = re.match(r"^[’']s\s+", after)
    if possessive:
        # "This year's festival drew 48,000 visitors" -> "The festival drew …": the date owned nothing;
        # a preposition before it is the noun's ("Profits in the first half's trading rose" -> "Profits
        # in the trading rose"), not the date's
        after = after[possessive.end():]
        before = head.rstrip() if re.search(r"\b(?:in|on|at|from|of|for|by|during|over|after|before)$", head.rstrip(),
                                            re.IGNORECASE) else before
        verb_next = re.match(r"([a-z]+)\b", after)
        if verb_next and present_of(verb_next.group(1)) is not None:
            before = _ATTACHED_PREPOSITION.sub("", head).rstrip()  # "Sales in 2023's [second half] fell": it owned a date
        else:
            before = before if re.search(r"\b(?:the|a|an|its|his|her|their)$", before, re.IGNORECASE) else f"{before} the".strip()
    # "X's February 2019 visit" -> "X's visit"; "on December 26, Y did" -> "Y did"
    after = re.sub(r"^\s*,\s*", " ", after) if not before.strip() else after
    return f"{before} {after.lstrip()}" if before else after


def _nominal_event(text: str) -> str | None:
    """'the visit of X, the head of Z, to Y' / "X's visit to Y" -> 'X visits Y'."""
    for pattern in (_NOMINAL_OF, _NOMINAL_POSSESSIVE):
        m = pattern.search(text)
        if not m:
            continue
        if pattern is _NOMINAL_OF:
            noun, who, where = m.group(1), m.group(2), m.group(3)
        else:
            who, noun, where = m.group(1), m.group(2), m.group(3)
        verb = _NOMINAL_VERBS[noun.lower()]
        who = short_name(who.rstrip("."))
        if where:
            joiner = "" if verb.endswith((" to", " in", " with")) else ""
            return f"{who} {verb}{joiner} {where}".strip()
        thing = _NOMINAL_OBJECT.match(text[m.end():]) if noun.lower() in _TRANSITIVE_NOMINALS else None
        if thing:
            return f"{who} {verb} {thing.group(1)}"  # "X's ban on further talks" -> "X bans further talks"
        return f"{who} {verb}"
    return None


_ENTRY_DATE = re.compile(r"^\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{4}-\d\d-\d\d)\s*:\s*")
_RELATIVE = re.compile(r"({name}),\s+(?:who|which)\s+(?=[^,]*$)".format(name=_NAME))


def _relative_clause(text: str, start: int) -> tuple[int, str] | None:
    """When the date sits in "X, who served … from 1997-2004", the event is X's, told by the clause;
    in "X, whose leader Omar Saadi was arrested in January", the named owner's."""
    m = _RELATIVE.search(text[:start])
    if not m:
        whose = _WHOSE_NAMED.search(text[:start])
        return (whose.end(), short_name(whose.group("name"))) if whose else None
    return m.end(), short_name(m.group(1))


#: "…, whose leader Omar Saadi was arrested": a relative clause whose subject is a named person
#: after the owned noun; the clause tells of that person.
_WHOSE_NAMED = re.compile(
    r",\s+whose\s+(?:[a-z][\w-]*\s+){1,3}?(?P<name>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){1,3}),?\s+"
    r"(?=[a-z]+\b)(?=[^,]*$)"
)
#: A subject with a relative aside after it, ending right before a clause with no subject of its
#: own: "The opposition party, whose leader was arrested in May, | held a rally".
_SUBJECT_THEN_RELATIVE = re.compile(r"^\s*(?P<np>[^,;]{2,80}?),\s+(?:whose|who|which)\b[^;,]*,\s*$")


#: The name in a description-then-name aside: up to five words ("U.S. General Raymond T. Odierno"),
#: perhaps after a country's initials and a lower-case office ("U.N. envoy Karl Weber").
_ROLE_NAME = (r"(?:(?:[A-Z]\.){2,3}\s+(?:[a-z]+\s+)?)?[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE
              + r"?[A-Z][\w’'.-]*){0,4}")
_ROLE_THEN_NAME, _ROLE_THEN_LONG_NAME = (re.compile(
    rf"^(?:[Tt]he\s+)?[A-Za-z][^,]{{2,80}},\s+({name}),\s+(?=[a-z])(?!(?:the|a|an|who|which|whose|then|now|former)\b)",
) for name in (_NAME, _ROLE_NAME))


def _name_for_role(clause: str) -> str:
    """ "The Secretary of the Council, Rear Admiral Ali Shamkhani, said …" -> "Ali Shamkhani said …"."""
    m = _ROLE_THEN_NAME.match(clause) or _ROLE_THEN_LONG_NAME.match(clause)
    if not m or len(m.group(1).split()) < 2:
        return clause
    if _verb_at(clause[: m.start(1)].split()) is not None:
        return clause  # "The band recorded its first cassette, Low Tide, in a hall": a title, not a role
    return f"{short_name(m.group(1))} {clause[m.end():]}"


#: Verbs of a reduced passive ("conditions set by X") and the active present that tells it.
_PASSIVE_VERBS = {
    "set": "sets", "made": "makes", "held": "holds", "led": "leads", "given": "gives", "taken": "takes",
    "signed": "signs", "imposed": "imposes", "issued": "issues", "announced": "announces", "proposed": "proposes",
    "presented": "presents", "offered": "offers", "launched": "launches", "ordered": "orders", "adopted": "adopts",
    "passed": "passes", "approved": "approves", "introduced": "introduces", "declared": "declares",
}
_REDUCED_PASSIVE = re.compile(
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


def _compact_subject(clause: str) -> str:
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




_OPENER_POSSESSIVE = re.compile(r"^(?:despite|after|following|amid|before|during|with)\s+(?:his|her)\s+(?=[a-z])", re.IGNORECASE)
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:al-|[OD][’'])?[A-Z][a-z]+)+\b")  # "Tariq al-Mansouri", "Declan O'Hara"


#: A person named at the opening of a sentence ("Ruth Abernathy, a teacher …, died"; "In 1928 Anna
#: Vogel moved"): the one a later "She …" most likely stands for, unlike a name in an object.
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From) [\w ]{1,20}? )?((?:[A-Z][a-z]+ +)+(?:[OD][’'])?[A-Z][a-z]+)\b(?= *(?:,|\(|[a-z]))"
)
_NOT_PERSON_WORDS = frozenset(
    "the a an in on by after before from war institute university school college company street road academy "
    "council society museum hospital park river bridge church library railway court fund party group league "
    "club cup station office ministry department board committee county city town state national royal".split()
)


#: Words that open a noun phrase, never a name: "Her Atlas of Island Speech, published in 1989, …"
_DETERMINERS = frozenset("his her their its our my your this that these those".split())
#: A lone capitalised word opening a sentence (after a short date opener): "Halvorsen told reporters",
#: "On Friday Halvorsen flies"; a person only when the text names someone with that surname.
_SENTENCE_SURNAME = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From) [\w ]{1,20}? )?((?:(?:Al|El|O|D)[-’'])?[A-Z][a-z]+)\b(?= *(?:,|\(|[a-z]))"
)


#: A sentence's subject given by a role and then the name in apposition: "The chef, Ines Marlow, spent …".
_APPOSITION_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)The (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, ((?:[A-Z][a-z]+ +)+[A-Z][a-z]+),(?= *[a-z])"
)


#: A sentence's subject given by a kinship or person noun, owned, and then a name in apposition: "In
#: 1704 the duke's brother, Anselm, was captured", "Her husband, Lars Remke, joined …". The name, not the
#: owner, is whom a later "he"/"she" stands for; the person noun is what makes a lone name a person.
_KIN_APPOSITION_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From|During) [\w ]{1,20}? )?"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s) (?:[a-z][\w’'-]* ){0,2}(?:"
    + gender.PERSON_NOUNS + r"), ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),(?= *[a-z])"
)


def _subject_people(context: str, names_from: str | None = None) -> list[str]:
    """The people named as sentences' subjects in ``context``, in order, each by its short name; a
    surname alone ("Halvorsen told …") counts as the full name the text (``names_from``, by default
    ``context``) gives it ("Espen Halvorsen")."""
    found: list[tuple[int, str]] = []
    for m in _SENTENCE_SUBJECT.finditer(context):
        words = m.group(1).split()
        if words[0].endswith("ing") and len(words[0]) > 5:
            continue  # "Leaving Atlanta, …": a participle opener, not a name
        if not any(w.lower() in _NOT_PERSON_WORDS | _DETERMINERS for w in words) and len(words) <= 4:
            found.append((m.start(1), short_name(" ".join(words))))
    for m in _APPOSITION_SUBJECT.finditer(context):
        found.append((m.start(1), short_name(m.group(1))))  # "The chef, Ines Marlow, spent …"
    for m in _KIN_APPOSITION_SUBJECT.finditer(context):
        found.append((m.start(1), m.group(1)))  # "the duke's brother, Anselm, was captured"
    surnames: dict[str, set[str]] = {}
    for full in _PERSON.findall(context if names_from is None else names_from):
        name = short_name(full)
        if len(name.split()) >= 2 and not any(w.lower() in _NOT_PERSON_WORDS | _DETERMINERS for w in name.split()):
            last = name.split()[-1]
            # "Tariq al-Mansouri" is "Al-Mansouri" opening a sentence: the particle takes its capital
            surnames.setdefault(last[:1].upper() + last[1:], set()).add(name)
    for m in _SENTENCE_SURNAME.finditer(context):
        names = surnames.get(m.group(1), set())
        if len(names) == 1:
            found.append((m.start(1), next(iter(names))))
    # "Kestrel United have signed …. He passed a medical": a club's or a company's name is no person
    return [name for _, name in sorted(found) if name.split()[-1].lower() not in BODY_WORDS]


#: "X's" opening a sentence or its subject after an opening phrase: "…, Sherman's army marched".
_POSSESSOR_SUBJECT = re.compile(r"(?:^|[.!?]\s+|,\s+)([A-Z][a-z]+)[’']s\s+[a-z]")


def _last_sentences(context: str, count: int = 2) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", context.strip())[-count:])


def _someone_else_lately(context: str, who: str) -> bool:
    """Whether the last two sentences before the pronoun have another person as their subject, or as
    the owner of their subject, while not naming ``who`` at all: then the story's main person is not
    whom the pronoun most likely stands for."""
    recent = _last_sentences(context)
    words = set(who.split())
    if words & set(re.findall(r"[A-Z][a-z]+", recent)):
        return False
    others = [n for n in _subject_people(recent, context) if n != who]
    others += [m.group(1) for m in _POSSESSOR_SUBJECT.finditer(recent) if m.group(1).lower() not in _NOT_PERSON_WORDS]
    return bool(others)


def _protagonist(context: str) -> str | None:
    """The one person named as a sentence's subject before this sentence; None when there are
    several (a pronoun's gender is not known here, so two candidates are one too many)."""
    found: Counter[str] = Counter(_subject_people(context))
    ranked = found.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1]):
        return ranked[0][0]  # the one the story is about: named as a subject more often than anyone else
    return None


#: "the company recalled …", "A committee of the assembly spent …": a description opening a clause,
#: before its verb; what a later "it" in the sentence (or in the next one) stands for.
_THING_SUBJECT = re.compile(
    r"(?:^|\n|[.!?,;]\s+(?:and\s+|but\s+)?|\b(?:and|while|when|after|before|until|because|since|once)\s+"
    r"|(?:^|\n)(?:In|On|By|During|From|Until|Later|Next)\s+[\w ]{1,30}?\s)((?:[Tt]he|[Aa]n?)\s+(?:(?!(?:was|were|had|has|is|are|been|of|the|in|on|for|to|and)\b)[a-z][\w-]*\s+){0,2}"
    r"(?!(?:was|were|had|has|is|are|been|of|the|in|on|for|to|and)\b)[a-z][\w-]*)"
    # "A retrospective of her work opened", "A company of merchants was formed", "The station, known as 2MR, broadcast"
    r"(?:\s+(?:of|about|against|over)\s+(?:(?:the|her|his|its|their|a|an)\s+)?[a-z]+)?(?:,\s+(?:known|called|named|then|now)\b[^,]{1,40},)?"
    # "A stone cross on the common marks the site": where the thing stands, and a verb in the present
    r"(?:\s+(?:on|in|at|near|beside|outside|above|below|behind|over|across|under)\s+the\s+[a-z]+)?"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|were|had|has|is|"
    r"[a-z]+[^s\W]s(?=\s+(?:the|a|an|its|his|her|their|to|on|in|at|into|from|with|for)\b)|"
    + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")\b"
)


#: "It was found in a boathouse", "It is listed": "it" with a passive stands for a thing, not for the
#: weather or a clause ("It was decided that …", "It is thought to …", "It was a cold day").
_IT_PASSIVE = re.compile(
    r"^(?:It|it)\s+(?=(?:is|was)\s+(?:[a-z]+ly\s+|first\s+|last\s+|later\s+)?(?:[a-z]+ed|found|built|sold|seen|made|"
    r"taken|given|shown|stolen|broken|hidden|known|laid|held|won|lost)\b(?!\s+(?:that|if|whether)\b)"
    # "It was decided to …" is no thing's passive; "It was handed to the mayor" is
    r"(?!\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that)\b|[A-Z])))"
)
#: "One of the original six lamps survives": a share of a group as a sentence's subject.
_ONE_OF = re.compile(r"^\s*(One of (?:the|its|his|her|their) (?:[\w-]+ ){0,3}[a-z][\w-]*s)\s+(?:[a-z]+s|was|is|has|had|remains|survives)\b")
#: "She …" after a quotation: the speaker named at its end ("…," Mr Petrie said.) or after its verb.
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[,”\"]\s*(?:((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][a-z]+\s+[A-Z][\w’'-]+)\s+(?:said|added|told\s+\w+|explained|recalled)"
    r"|(?:said|added|explained|recalled)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][a-z]+\s+[A-Z][\w’'-]+))\s*[.!?]?\s*$"
)


_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


#: A person as the subject of a clause opening the sentence: "After Madero defeated …,", "When Ines Marlow left …,".
_OPENING_CLAUSE_SUBJECT = re.compile(
    r"^\s*(?:After|When|Once|As soon as|Before|Although|Though|While|Because|Since)\s+"
    r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:had\s+|was\s+)?[a-z]+\b[^,;]*,"
)


def _person_for(pronoun: str, context: str, before: str) -> str | None:
    """Whom "he" or "she" opening a title stands for: the speaker of a quotation just before, else
    the story's protagonist, unless the text calls the protagonist only by the other pronoun ("she"
    throughout, then "he died in 2001"): then the last person named earlier in the sentence, if any."""
    own = list(re.finditer(rf"\b{pronoun}\b", before, re.IGNORECASE))
    before = before[:own[-1].start()] if own else before  # the title's own pronoun tells nothing
    text = f"{context} {before}"
    same, other = (_HE, _SHE) if pronoun == "he" else (_SHE, _HE)
    own_subjects = [n for n in _subject_people(before, text) if gender.fits(n, pronoun, text)]
    opening = _OPENING_CLAUSE_SUBJECT.match(before)
    if not own_subjects and opening and gender.fits(short_name(opening.group(1)), pronoun, text):
        # "After Madero defeated the army, … he signed": the opening clause's subject is the pronoun's
        own_subjects = [short_name(opening.group(1))]
    if own_subjects and not other.search(before):
        # "Hooker, too, proved unable …; he was humiliated": the subject of the pronoun's own sentence
        return own_subjects[-1]
    who = _last_speaker(context, pronoun) or _protagonist(context)
    if who is not None and _someone_else_lately(context, who):
        # "Sherman's army marched …. He reached …": not the story's main person, but the nearest
        # subject of the sentences just before, when one is a person
        recent = [n for n in _subject_people(_last_sentences(context), context) if gender.fits(n, pronoun, text)]
        return recent[-1] if recent else None
    if who is not None and not gender.fits(who, pronoun, text):
        # "Mrs Hale …" then "he resigned": not her, whoever else the story names most
        named = [short_name(n) for n in _PERSON.findall(before) if gender.fits(short_name(n), pronoun, text)]
        return named[-1] if named else _subject_of_sex(context, pronoun)
    if who is None:
        # no one the story is about: the one person subject of the sentence just before, as a reader
        # takes "He was ransomed" after "the duke's brother, Anselm, was captured", else whom the
        # text gives the pronoun's sex
        sentence_before = _last_sentences(context, 1)
        # "Karl Berger, her partner, ran the firm. She retired": whom "her" owns is not "she"
        owner = "her" if pronoun.lower() == "she" else "his"
        last = {n for n in _subject_people(sentence_before, context) if gender.fits(n, pronoun, text)
                and not re.search(rf"\b{re.escape(n)}\b[^,.;]*,\s+{owner}\s", sentence_before, re.IGNORECASE)}
        if not last and not _PERSON_PRONOUNS.search(sentence_before):
            # "Kestrel United have signed the defender Oren Malik. He passed a medical": no person is
            # the subject before, nor told of by a pronoun, so the one person the sentence before names
            last = {short_name(m.group()) for m in _PERSON.finditer(sentence_before)
                    if not {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS)
                    and all(len(w) >= 3 for w in m.group().split()) and sentence_before[m.end():m.end() + 1] != "-"
                    and not re.search(r"[\"“]\s*$", sentence_before[:m.start()])  # not "No Re-election", a quoted name
                    and gender.fits(short_name(m.group()), pronoun, text)}
        return next(iter(last)) if len(last) == 1 else _subject_of_sex(context, pronoun)
    if other.search(text) and not same.search(text):
        if gender.sex_in_text(who, text) is None and _other_sex_told(text, who, "she" if pronoun == "he" else "he"):
            # "The minister, X, resigned …. She told reporters …. Henrik Salo said …. He accepted": the
            # other pronoun is someone else's, whom the text gives that sex; the story's person may be "he"
            return who
        named = [short_name(n) for n in _PERSON.findall(before) if short_name(n) != who]
        return named[-1] if named else None
    return who


def _other_sex_told(text: str, who: str, other: str) -> bool:
    """Whether someone other than ``who`` is given the ``other`` pronoun's sex by the text itself: the
    other pronouns then stand for that person, and tell nothing of ``who``."""
    return any(short_name(n) != who and gender.sex_in_text(short_name(n), text) == other for n in set(_PERSON.findall(text)))


#: "The 36-year-old", "the 23-year-old": a person told again by age alone, as sports and court
#: reports do; a reader takes the person the sentence before named.
_AGE_DESCRIPTION = re.compile(r"^(?:The|the)\s+\d{1,3}-year-old\s+(?=[a-z])")
#: A person's name whose words may carry accents or an apostrophe ("João Vítor Araújo", "Rune
#: Ødegård", "Declan O'Rourke").
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]|[’'-][A-ZÀ-ÖØ-ÞĀ-Ž]?)+"
_ACCENTED_PERSON = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:(?:de|da|dos|van|von|bin|al-|el-)\s*)?{_NAME_WORD})+")


def _person_described(context: str) -> str | None:
    """Whom an age description opening a sentence stands for, from the sentence before: the one
    person it introduces by a role ("the Brazilian forward X", "Its captain, X,"), else its one person
    subject, else the one person it names at all; None when it names several (two people are one
    too many to tell by age alone)."""
    before = _last_sentences(context, 1)
    named: list[str] = []
    introduced: list[str] = []
    for m in _ACCENTED_PERSON.finditer(before):
        if {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS):
            continue
        name = short_name(m.group())
        named.append(name)
        role = before[:m.start()].split()[-1].strip(",").lower() if before[:m.start()].strip() else ""
        if role in PERSON_ROLES:
            introduced.append(name)
    subjects = _subject_people(before, context)
    if len(set(subjects)) == 1 and re.search(rf"\b{re.escape(subjects[0])}\s+and\s+[A-Z]", before):
        subjects = [*subjects, ""]  # "Mara Quist and Ivo Lenz founded …": two subjects, one age
    for found in (introduced, subjects, named):
        if len(set(found)) == 1:
            return found[0]
        if found:
            return None
    return None


def _subject_of_sex(context: str, pronoun: str) -> str | None:
    """The nearest person named as a sentence's subject before this one whom the text gives the
    pronoun's sex ("Mr Vale …, Anna Berg …. She …"): only the text's own evidence picks among several."""
    for name in reversed(_subject_people(context)):
        if gender.sex_in_text(name, context) == pronoun:
            return name
    return None


def _last_speaker(context: str, pronoun: str) -> str | None:
    """Whom "he" or "she" opening a sentence stands for when the sentence before it is a quotation with
    its speaker: the speaker ("…," Mr Petrie said. He called …), unless the speaker's title tells the
    other sex."""
    last = _previous_sentences(context)[:1]
    m = _SPEAKER_AFTER_QUOTE.search(last[0]) if last else None
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    title = name.split()[0].rstrip(".")
    if title == "Mr" and pronoun == "she" or title in ("Mrs", "Ms", "Miss") and pronoun == "he":
        return None
    return short_name(name)


def _previous_sentences(context: str) -> list[str]:
    """The sentences before this one, nearest first: the one just before, and the ones before it while
    each opens with "It" (a chain that goes on telling of the same thing: "Veyla was launched in 2018.
    It flew past Earth. It woke up …")."""
    sentences = re.split(r"(?<=[.!?])\s+", context.strip()) if context.strip() else []
    found: list[str] = []
    for sentence in reversed(sentences):
        found.append(sentence)
        if not _IT_OPENS.match(sentence) or len(found) >= 4:
            break
    return found


#: A sentence whose subject is "it", after an opening phrase or none: "It flew past Earth", "On 3 May
#: 1931 it broadcast …", "In the summer of 1924, it moved …".
_IT_OPENS = re.compile(r"^\s*(?:It\s|(?:In|On|By|During|After|From|Later|Then|That|Next|Two|Three|Some)\b[^.;:]{0,40}?\bit\s+(?!is\b|was\b)[a-z])")


def _thing_antecedent(before: str, context: str) -> str | None:
    """What "it" at the start of a clause stands for: the last description opening a clause earlier in
    its sentence (``before``), else the one opening the previous sentence (the end of ``context``),
    which may be a share of a group ("One of the six lamps survives. It was found …")."""
    found = list(_THING_SUBJECT.finditer(before))
    if not found:
        chain = _previous_sentences(context)
        one = _ONE_OF.match(chain[0]) if chain else None
        if one and not re.search(r"\b(?:he|she|they)\b", before, re.IGNORECASE):
            return one.group(1)
        for sentence in chain:
            # nearest first: "By 1929 the station had a staff of twelve. On 3 May 1931 it broadcast …
            # In September 1935 it moved": the sentences of "it" go back to the description
            found = list(_THING_SUBJECT.finditer(sentence))[:1]
            if found or _PERSON_PRONOUNS.search(sentence):
                break
    if not found:
        return None
    words = found[-1].group(1).split()
    if words[-1].lower() in _NOT_PERSON_WORDS or len(words) >= 2:
        return "The " + " ".join(words[1:]) if words[0].lower() in ("the", "a", "an") else " ".join(words)
    return None


#: Last words of the names of bodies (companies, clubs, institutions): what "it" can stand for.
BODY_WORDS = ORG_HEADS | frozenset(
    """foods holdings cycles records energy group ltd inc co company trust club society museum bank airlines
    airways motors steel works industries systems labs press media studios brewery rail railway bus lines
    united rovers station orchestra choir theatre gallery library hospital school college university
    cooperative co-operative""".split()
)
#: A name opening a sentence, with "The" if written, before its verb: "The Harbour Kings are …".
_NAME_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+)((?:The\s+)?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|was|were|is|are|has|had|have|" + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")\b"
)
_PERSON_PRONOUNS = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def _named_body(before: str, context: str, plural: bool) -> str | None:
    """What "it" (``plural``: "they") opening a clause stands for when no description does: the name
    that opens the clause's sentence or the one before it as its subject, when it is a body's name
    (its last word a company's, a club's or an institution's) or, for "they", a plural one ("The
    Harbour Kings"); never a person (a sentence with "he" or "she" is about one)."""
    for text in (before, *_previous_sentences(context)):
        if not text or _PERSON_PRONOUNS.search(text):
            continue
        found = list(_NAME_SUBJECT.finditer(text))
        if not found:
            continue
        name = found[-1].group(1)
        last = name.split()[-1].lower().strip(".")
        if last in BODY_WORDS or plural and name.startswith("The ") and re.search(r"[^su’']s$", last):
            return name
        if not plural and _MADE_THING.match(text, found[-1].end(1)):
            return name  # "Veyla was launched in 2018. It flew past Earth": a thing made or set up, no person
    return None


#: A passive that only a thing or a body undergoes: "Veyla was launched", "Tarby Cycles was founded".
_MADE_THING = re.compile(
    r"\s+(?:was|were)\s+(?:first\s+|later\s+)?(?:launched|built|founded|formed|established|opened|set\s+up|registered|"
    r"commissioned|completed|designed|manufactured|incorporated|listed|floated|launched)\b"
)


def _owner(context: str) -> str | None:
    """The last full name before this sentence: whom "his" most likely stands for."""
    names = _PERSON.findall(context)
    return short_name(names[-1]) if names else None


_OTHER_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|from|since|until|till|by|during|of|for|over|through|toward|towards|around|before|after|"
    r"as of|as early as|as late as|beginning|starting|early|late|(?:\w+ days|weeks|months|years) (?:later|earlier))\s+)+$",
    re.IGNORECASE,
)

# The longest run of introducing words looked for before another date ("as early as", "two weeks later in").
_PREPOSITION_REACH = 64
# The words that can end such a run: a cheap test that spares the search for most dates.
_INTRODUCING_LAST_WORDS = frozenset(
    "on in at from since until till by during of for over through toward towards around before after as "
    "beginning starting early late later earlier".split()
)
_TRAILING_WORD = re.compile(r"\w+$")


def _word_before(sentence: str, end: int) -> str:
    """The word that whitespace separates from ``end`` (lowercased), or "" when none does."""
    window = sentence[max(0, end - _PREPOSITION_REACH):end]
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return ""
    m = _TRAILING_WORD.search(stripped[-30:])
    return m.group().lower() if m else ""


def _introduction_start(sentence: str, at: int) -> int:
    """Where the words introducing the date at ``at`` begin ("as early as 2001"), else ``at``.

    Looked for only in the few words before ``at`` (searching the whole text before it cost the
    sentence's length per date, issue 15), and remembered by those words: each of a sentence's
    dates asks the same question about every other one."""
    lo = max(0, at - _PREPOSITION_REACH)
    context = max(0, lo - 1)  # the character before the window decides a word boundary at its start
    return at - _introduction_length(sentence[context:at], lo - context)


@functools.lru_cache(maxsize=8192)
def _introduction_length(window: str, pos: int) -> int:
    if _word_before(window, len(window)) not in _INTRODUCING_LAST_WORDS:
        return 0
    prep = _OTHER_PREPOSITION.search(window, pos)
    return len(window) - prep.start() if prep else 0


_DATE_JOINER = re.compile(r"^\s*(?:,\s*and|,\s*or|,|and|or|&)\s*$")


def _subordinate_after(sentence: str, o_end: int, start: int) -> int | None:
    """Where the clause after "before"/"after"/"until"/"once" begins when that word follows the date
    ending at ``o_end`` as a clause break (see ``clauses._SUBORDINATE_AFTER_DATE``) before ``start``."""
    for m in _SUBORDINATE_AFTER_DATE.finditer(sentence, max(0, o_end - 12)):
        if m.start() < o_end <= m.start(1) + 1 and m.end(1) <= start:
            return m.end(1)
        if m.start() >= o_end:
            break
    return None


def _drop_others(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[str, int, int]:
    """``sentence`` without the other date expressions (and the prepositions that introduce them), so
    the title of one date is not the leftover of another ("On September 1" of "On September 1, 1939")."""
    for o_start, o_end in sorted(others, reverse=True):
        if o_end > start and o_start < end or o_start < 0 or o_end > len(sentence):
            continue
        if o_end <= start and _DATE_JOINER.match(sentence[o_end:start]):
            # "on Thursday and Friday", told for Friday: drop "Thursday and ", keep "on"
            new = sentence[:o_start] + sentence[start:]
            shift = start - o_start
            sentence, start, end = new, start - shift, end - shift
            continue
        if o_start >= end and _DATE_JOINER.match(sentence[end:o_start]):
            sentence = sentence[:end] + sentence[o_end:]  # told for Thursday: drop " and Friday"
            continue
        # Only the words just before the expression can introduce it: searching the whole head from
        # its start made each title cost the sentence's length times its number of dates (issue 15).
        cut_from = _introduction_start(sentence, o_start)
        share = _PART_OF.search(sentence[max(0, o_start - 40):o_start])
        if share:
            cut_from = min(cut_from, max(0, o_start - 40) + share.start())  # "spent most of 2021": the share goes too
        tail = sentence[o_end:]
        owner = re.match(r"[’']s\s+", tail)
        if owner:
            # "its first half's profits" -> "its profits": a possessive date's "'s" goes with it, and the
            # words before it stay (they are the noun's); "in 2023's second half" -> "in the second half"
            cut_from = o_start
            kept = sentence[:cut_from].rstrip()
            tail = ("" if re.search(r"\b(?:the|a|an|its|his|her|their)$", kept, re.IGNORECASE) or not kept else "the ") \
                + tail[owner.end():]
        subordinate = _subordinate_after(sentence, o_end, start)
        if subordinate is not None:
            # "meets again on Tuesday, December 4, before the council votes … on December 13": the date
            # was what made ", before" a clause break; the break stays, as a semicolon, so that the
            # later date's title is the council's vote, not the committee's meeting
            tail = "; " + sentence[subordinate:]
        if re.match(r"^\s*\(", tail) is None and sentence[:cut_from].rstrip().endswith(",") and re.match(r"^\s*,", tail):
            tail = re.sub(r"^\s*,", "", tail, count=1)  # ", on 7 October, the" -> ", the"
        elif cut_from == 0 or not sentence[:cut_from].strip():
            tail = re.sub(r"^\s*,\s*", "", tail, count=1)
        joiner = " " if sentence[:cut_from].strip() and subordinate is None else ""
        new = sentence[:cut_from].rstrip() + joiner + tail.lstrip()
        if o_end <= start:
            shift = len(sentence) - len(new)
            start, end = start - shift, end - shift
        sentence = new
    return sentence, start, end


_AUXILIARY = r"(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|has|have|had)"
_NOT_NOUN = frozenset("who which that whom whose had has have was were is are be been not also it they he she we".split())
#: A subject with a reduced relative clause: "A plan unveiled [on Tuesday] would …".
_PARTICIPLE_SUBJECT = re.compile(
    rf"^((?:the|a|an|its|his|her|their)\s+)?(?!(?:the|a|an|its|his|her|their)\s)((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s+"
    rf"((?!(?:women|men|children|citizen|garden|kitchen|token|oven|between|seven|eleven|often|even|hundred|sudden|golden|wooden|queen|screen|green|linen)\b)[a-z]+(?:ed|en)|known|shown|grown|flown|drawn|thrown|blown|sown|"
    rf"withdrawn|overthrown)\b(?=(.*?)\s*,?\s*{_AUXILIARY}\b)",
    re.IGNORECASE,
)
_DATE_PREPOSITION = re.compile(r"^\s*(?:(?:on|in|at|during|since|early|late|last|this|earlier|later)\s+)*$", re.IGNORECASE)


def _participle_subject(clause: str, start: int, end: int) -> tuple[str, bool] | None:
    """ "A plan unveiled on Tuesday would build the plant": the participle's happening ("Plan is
    unveiled") when the expression sits between the participle and the finite verb; else the clause
    without the participle ("A plan would build the plant"), so the subject is not read as a verb."""
    m = _PARTICIPLE_SUBJECT.match(clause)
    if not m or any(w.lower() in _NOT_NOUN for w in m.group(2).split()) or not m.group(3).islower():
        return None  # a capitalised "participle" ends a name: "Osama bin Laden was killed"
    noun = f"{m.group(1) or ''}{m.group(2)}"
    if m.end(3) <= start and _DATE_PREPOSITION.match(clause[m.end(3):start]) and re.match(
            rf"^\s*,?\s*{_AUXILIARY}\b", clause[end:], re.IGNORECASE):
        return f"{noun} {'are' if m.group(2).endswith('s') and not m.group(2).endswith('ss') else 'is'} {m.group(3)}", True
    if m.group(4).strip() == "" and start >= m.end(3):
        return noun + clause[m.end(3):], False
    return None


#: "The Red army, was forced", "The worst flood, swept": the comma an aside left between a subject and its verb.
_COMMA_BEFORE_VERB = re.compile(
    r"^([A-Za-z][^,]{0,60}?),\s+(?=(?:was|were|is|are|has|had|[a-z]+ed|"
    + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")\b)"
)
#: "The museum's new wing, opens to the public": the comma an aside left before a verb in the present.
_COMMA_BEFORE_PRESENT = re.compile(
    r"^((?:The|A|An|[A-Z][\w’'-]*)\s[^,]{0,60}?),\s+(?=(?!(?:its|this|thus|perhaps|whereas|towards|afterwards|besides|always|"
    r"is|was|has|as|us|yes|plus|less|unless)\b)[a-z]{2,}[^s’'\W]s\s+(?:(?:to|the|a|an|on|in|at|for|with|its|his|her|their|up|out|into)\b|[“\"]))"
)
_SUBJECT_START = re.compile(r"^(?:[A-Z]|(?:the|a|an|his|her|its|their|this|these|those|he|she|they|it|we)\s)")
#: A counted subject after an opening phrase: "In the invasion phase of the war, 9,200 combatants were killed".
_COUNTED_SUBJECT = re.compile(r"^\d[\d,.]*\s+[A-Za-z]")
_OPENING_PREPOSITIONS = frozenset("in on at during by after before from over since with within throughout".split())


#: Irregular participles of a passive told actively, and the present that tells them.
_PARTICIPLE_PRESENT = {
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
_NAMED_AGENT = re.compile(
    _PASSIVE_SUBJECT + _participles(_PARTICIPLE_PRESENT)
    + r"\s+by\s+(?:the\s+(?=[A-Z]))?(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,?\s+)?"
    r"([A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){0,3})\b"
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
    + _participles([w for w in _PARTICIPLE_PRESENT if w not in ("known", "taught", "told")] + list(_MORE_PARTICIPLES))
    + r"\s+by\s+((?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|[a-z][\w-]*[^s\W’']s)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|during|after|before|within|for|from|with|and|when|while|as|until)\b)"
)
#: Heads of a "by" phrase that is no agent: "by the end", "by a margin", "by far".
_NOT_AGENT_HEADS = frozenset(
    "end time start close middle beginning margin majority far way means hand law half third quarter fifth tenth "
    "percent cent points".split()
)


def _active_for_described_agent(clause: str) -> str | None:
    """ "A loose cable was found by inspectors" -> "Inspectors found a loose cable"; None when the
    clause has no passive with a described agent."""
    m = _DESCRIBED_AGENT.match(clause)
    if not m or m.group(1).split()[0].lower() in ("it", "he", "she", "they", "this", "that") \
            or m.group(3).split()[-1].lower() in _NOT_AGENT_HEADS:
        return None
    thing, agent = m.group(1), m.group(3)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0].lower() in _DETERMINER_WORDS else thing
    verb = _PARTICIPLE_PRESENT.get(m.group(2)) or _MORE_PARTICIPLES.get(m.group(2)) or present_of(m.group(2)) or m.group(2)
    head = agent.split()[-1]
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


def _active_for_named_agent(clause: str) -> str:
    """ "The proposal was tabled by the minister, Ines Carvalho, after …" -> "Ines Carvalho tabled the
    proposal"; "A loose cable was found by inspectors" -> "Inspectors found a loose cable"; a clause
    without an agent is left as it is."""
    m = _NAMED_AGENT.match(clause)
    if not m:
        return _active_for_described_agent(clause) or clause
    if m.group(1).split()[0].lower() in ("it", "he", "she", "they"):
        return clause
    thing = m.group(1)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0].lower() in _DETERMINER_WORDS else thing
    verb = _PARTICIPLE_PRESENT.get(m.group(2)) or present_of(m.group(2)) or m.group(2)
    agent, end = m.group(3), m.end()
    after_the = bool(re.search(r"\bby\s+the\s+$", clause[:m.start(3)]))
    head = _AGENT_HEAD_NOUN.match(clause, end)
    if head:
        # "ratified by the Veskari council": the name modifies the agent's noun, which is who acted
        agent, end = f"{'The ' if after_the else ''}{agent} {head.group(1)}", head.end()
    plural = head.group(1).endswith("s") and not head.group(1).endswith(("ss", "us", "is")) if head else \
        plural_agent(agent, after_the=after_the)
    rest = clause[end:]
    if rest.lstrip().startswith(","):
        rest = ""  # "…, Ines Carvalho, after rents rose": the comma closing the agent's aside ends the clause
    if plural:
        verb = plural_present(verb)  # "was conquered by the Allies" -> "Allies conquer", not "conquers"
        if _reads_as_past(verb):
            return _passive_kept(m.group(1), m.group(2), agent, rest)
    return f"{agent} {verb} {thing}{rest}"


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
_PARTICIPLE_ASIDE = re.compile(
    r"^(?P<noun>[^,]{3,80}?),\s+(?P<part>(?:first\s+|later\s+)?(?:[a-z]+ed|set|found|begun|built|made|held|sold|written|"
    r"shown|known|taken|given|chosen|won|led|cut|put|laid|paid|sent|spent))\b(?P<rest>[^,;]*)(?:[,;]|$)"
)


def _participle_aside(clause: str, start: int, end: int) -> str | None:
    """ "NOUN, PARTICIPLE … DATE …, …" -> "NOUN is PARTICIPLE …" (the date left out), when the date
    lies in the aside and the noun has no verb of its own; else None."""
    m = _PARTICIPLE_ASIDE.match(clause)
    if not m or not (m.start("part") <= start and end <= m.end("rest")):
        return None
    noun = m.group("noun").strip()
    if _verb_at(noun.split()) is not None or not _SUBJECT_START.match(noun):
        return None
    rest = _remove_expression(clause[m.start("part"):m.end("rest")], start - m.start("part"), end - m.start("part"))
    be = "are" if noun.split()[-1].endswith("s") and not noun.split()[-1].endswith("ss") else "is"
    return f"{noun} {be} {rest.strip()}"


def _past_the_opener(clause: str) -> str:
    """ "Towards the end of, the Athenians took the decision", "Deprived of food, ammunition, and
    reinforcements, Denikin's army was defeated": when the words before a comma have no verb and
    what follows a later comma has one, the happening is told after it."""
    head = clause.split(", ", 1)[0].split()
    if _verb_at(head[:MAX_WORDS + 1]) is not None or ", " not in clause:
        return clause
    parts = clause.split(", ")
    for i in range(1, len(parts)):
        rest = ", ".join(parts[i:])
        counted = head[0].lower() in _OPENING_PREPOSITIONS and _COUNTED_SUBJECT.match(rest)
        if _verb_at(rest.split()[:MAX_WORDS + 1]) is not None and len(rest.split()) >= 3 and (_SUBJECT_START.match(rest) or counted):
            return rest
    return clause


#: A clause that only frames its date ("The breakthrough came in 2001", "Its fortunes changed in
#: 1761", "Many were thought lost until 2019"): what happened then is told by the "when" clause after it.
_WHEN_AFTER = re.compile(r"^\s*,\s*when\s+(?=\S)")
_FRAME_SUBJECT = frozenset("the its his her their both many most some this that these those all".split())
#: Verbs that only frame a time, aspect or state: "came", "began", "changed", "were thought lost",
#: "was still small", "have struggled"; a frame with any other verb is a happening of its own.
FRAME_VERBS = frozenset(
    "came come comes began begun begins started starts ended ends changed changes followed follows arrived "
    "happened occurred struggled turned thought continued resumed peaked worsened deepened improved seemed "
    "was were".split()
)
#: Heads of a subject that names a state of affairs, not an actor: "The threat lessened in 1917, when
#: merchant ships entered convoys" is told by its "when" clause whatever the frame's verb.
ABSTRACT_HEADS = frozenset(
    "situation crisis conflict threat tension tensions fortunes fortune luck turnaround breakthrough point "
    "loss losses mission trouble troubles problem problems change decline recovery boom slump peak climax "
    "moment turn fighting violence unrest campaign war economy mood".split()
)
#: Longest framing clause (in words, its date left out) whose "when" clause tells the happening.
FRAME_WORDS = 5


def _when_clause(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The breakthrough came in 2001, when the single reached number four" -> the "when" clause,
    when the clause holding the date is a short frame whose subject is no name: the happening of
    that date is the one the "when" clause tells (who did what), not the frame's."""
    m = _WHEN_AFTER.match(sentence[timex_end:])
    if m is None:
        return None
    left, _ = clause_bounds(sentence, timex_start, timex_end)
    frame = _remove_expression(sentence[left:timex_end], timex_start - left, timex_end - left)
    frame = _LEADING_JUNK.sub("", _FRAMING.sub("", frame.strip()))
    words = frame.split()
    dating = re.search(r"\b(?:dates|dated|date|goes|went|traces|traced)\s+back\b", frame) is not None
    if not words or len(words) > FRAME_WORDS or words[0].lower() not in _FRAME_SUBJECT or (_verb_at(words) is None and not dating):
        return None
    verb = _verb_at(words)
    abstract = verb is not None and words[verb - 1].lower().strip(",") in ABSTRACT_HEADS
    # "The building had been closed since 2019, when a fire destroyed the roof": a state since then
    state_since = "been" in (w.lower() for w in words) and re.search(r"\bsince\s*$", sentence[:timex_start]) is not None
    back = re.search(r"\b(?:dates|dated|date|goes|went|traces|traced)\s+back(?:\s+to)?$", frame.strip()) is not None
    if not abstract and not state_since and not back and not any(w.lower().strip(",") in FRAME_VERBS for w in words[1:]):
        return None  # "The whole line opened on 27 September 1779, when …": the frame is a happening itself
    rest = sentence[timex_end + m.end():]
    _, right = clause_bounds(rest, 0, 0)
    told = rest[:right].strip().rstrip(".,;:")
    if len(re.findall(r"[A-Za-z]{2,}", told)) < 3:
        return None
    return told[:1].upper() + told[1:]


#: A state before a "when" clause: "Shamkhani was reportedly very hostile towards X when the two met
#: in Tehran in November": the subject, "was"/"were", adverbs, then an adjective (no participle, which
#: would tell a happening: "was elected when …").
_STATE_BEFORE_WHEN = re.compile(
    r"^\s*(?P<subject>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:was|were|is|are|remained|seemed|appeared)\s+(?:(?:[a-z]+ly|very|so|too|still|quite|rather)\s+)*"
    r"(?!(?:[a-z]+ed|born|made|held|sent|given|taken|chosen|seen|shown|known|elected|killed)\b)[a-z]{3,}\b(?P<rest>[^,;:]*?)\s+when\s+(?=\S)"
)
_PAIR = re.compile(r"^(?:the|both)\s+(?:two|pair|men|women|leaders|sides)\b|^they\b", re.IGNORECASE)
_LAST_NAME_RUN = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*$")


#: A verb of telling or learning before a "that" clause: "The court heard that …", "Police said that …".
_TELLING_THAT = re.compile(
    r"\b(?:heard|hears|said|says|told\s+\w+|announced|reported|found|ruled|claimed|alleged|learned|learnt|revealed|"
    r"confirmed|admitted|showed|shows|established)\s+that\s+"
)
_THAT_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|this|there|its|his|her|their|our|my)\b", re.IGNORECASE)
#: A telling that frames the sentence and holds the date: "In a statement issued late on Friday, the
#: ministry said …": the date is the telling's, and the happening is the main clause's.
_DATED_TELLING_FRAME = re.compile(
    r"^\s*(?:In|At|During|Through)\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z]+\s+)?(?:statement|interview|letter|speech|"
    r"press\s+conference|news\s+conference|post|report|briefing|broadcast|message|address|tweet)\b[^,;]{0,80},\s+(?=\S)"
)


def _inside_that_clause(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """ "The court heard that between 2016 and 2019 the company lost £340,000" -> the "that" clause:
    a date inside what was heard or said dates what was told, not the telling ("Rohani said on
    October 7 that …" dates the saying, and stays). Its subject must be named or described: a
    pronoun there ("he stole") is left to the sentence's own title."""
    found = [m for m in _TELLING_THAT.finditer(sentence, 0, timex_start)]
    if not found:
        return None
    m = found[-1]
    between = sentence[m.end():timex_start]
    if re.search(r"[;:]|,\s+(?:and|but)\s", between):
        return None  # another clause stands between the telling and the date
    told = sentence[m.end():]
    body = _remove_expression(told, timex_start - m.end(), timex_end - m.end()).strip()
    body = _LEADING_JUNK.sub("", body)
    owner = re.match(r"^(?:its|their)\s+(?=[a-z])", told, re.IGNORECASE)
    teller = re.sub(r"\s+(?:has|have|had)$", "", sentence[:m.start()].strip())
    if owner and _verb_at(body.split()[:MAX_WORDS + 2]) is not None and 2 <= len(teller.split()) <= 4 \
            and _verb_at(teller.split()) is None and re.match(r"^(?:The\s|[A-Z])", teller):
        # "The hospital trust has confirmed that its maternity unit will close": the teller's unit
        said = f"{teller}’s "
        return said + told[owner.end():], timex_start - m.end() - owner.end() + len(said), \
            timex_end - m.end() - owner.end() + len(said)
    if _THAT_SUBJECT_PRONOUN.match(body) or _verb_at(body.split()[:MAX_WORDS + 2]) is None:
        return None
    return told[:1].upper() + told[1:], timex_start - m.end(), timex_end - m.end()


def _state_then_when(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """ "Shamkhani was reportedly very hostile towards Jeremy Hunt when the two met in Tehran in
    November 2018" -> "Shamkhani and Jeremy Hunt met in Tehran …": the date sits in a "when" clause
    after a clause that tells a state, not a happening; the happening dated is the "when" clause's.
    Its "the two" or "they" are the state's subject and the last name told in it, its "he" or "she"
    the state's named subject. Returns the clause and the expression's offsets in it."""
    m = _STATE_BEFORE_WHEN.match(sentence)
    if m is None or m.end() > timex_start:
        return None
    told = sentence[m.end():]
    subject = m.group("subject")
    named = subject[:1].isupper() and subject.split()[0] not in ("The", "His", "Her", "Their")
    pair = _PAIR.match(told)
    single = re.match(r"^(?:he|she)\b", told, re.IGNORECASE)
    cut, said = 0, ""
    if pair:
        other = _LAST_NAME_RUN.search(m.group("rest"))
        if other is None or not named:
            return None
        cut, said = pair.end(), f"{short_name(subject)} and {short_name(other.group(1))}"
    elif single and named:
        cut, said = single.end(), short_name(subject)
    told = said + told[cut:]
    shift = m.end() + cut - len(said)
    return told[:1].upper() + told[1:], timex_start - shift, timex_end - shift


_NP_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their)\s", re.IGNORECASE)
_NP_PREPOSITIONS = frozenset("for of in on at from with about".split())


def _noun_phrase_before(text: str) -> str | None:
    """The noun phrase ending ``text`` ("… she wrote a textbook on arch design" -> "a textbook on arch
    design"; "… a poster for the 1911 winter fair" -> "a poster for the 1911 winter fair"): from the
    last determiner within six words, reaching back over a preposition to the noun it follows."""
    tail = " ".join(text.split()[-8:])
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
    if len(phrase.split()) > 7 or _verb_at(phrase.split()) is not None or re.search(r"[,;:()]", phrase):
        return None
    return phrase


#: ", published in 1958, which …", ", introduced in 1987, sold out": a participle after a noun phrase
#: and its comma, right before the date, tells of that noun (an expectation, "expected in the autumn",
#: tells no happening; a verb with no passive, ", died on Sunday", is the sentence's own verb).
_PARTICIPLE_BEFORE_DATE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|were)\s+)?((?:first\s+|later\s+)?(?!(?:expected|planned|scheduled|hoped|feared|thought|believed|estimated|supposed|"
    r"intended|rumoured|rumored)\b)(?!(?:died|arrived|resigned|retired|collapsed|happened|occurred|emerged|disappeared|vanished|"
    r"departed|existed|remained|stayed|recovered|graduated|married|moved|returned)\b)(?:[a-z]+ed|built|made|held|sold|written|begun|shown|taken|given|won|founded|found))"
    r"\s+(?:(?:in|on|at|during|from|by)\s+)?$"
)
#: ", which closed last autumn", ", which opened at the Lyceum on Tuesday night": a relative clause
#: whose verb the date follows (a state, "which had been quiet since 1987", is none).
_WHICH_BEFORE_DATE = re.compile(
    r",\s+(?:which|who)\s+((?:[a-z]+ly\s+)?(?!(?:was|were|had|has|is|are|been|be|seemed|appeared|expected)\b)(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r")"
    r"(?:\s+[^,;:]{0,40}?)?)\s+(?:(?:in|on|at|during|from|since|until|last|this)\s+)?$"
)


#: ", which the council bought in 1960": a relative clause with its own subject, whose object is the noun.
_OBJECT_RELATIVE_BEFORE_DATE = re.compile(
    r",\s+(?:which|that|whom)\s+((?:the|a|an|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|he|she|they|we|it)\s+((?:[a-z]+ly\s+)?"
    r"(?!(?:was|were|had|has|is|are|been|be)\b)(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r"))"
    r"\s+(?:(?:in|on|at|during|from|since|last|this)\s+)?$"
)


#: "Naxara was a Greek colony on the Black Sea, founded by settlers from Miletus around 560 BC": a
#: definition whose participle aside holds the date tells the founding of the one defined.
_DEFINITION = re.compile(r"^\s*((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(is|are|was|were)\s+(?:a|an|one)\b")
_DEFINED_PARTICIPLE = re.compile(
    r",\s+((?:first\s+)?(?:[a-z]+ed|built|founded|begun|made|set\s+up|laid\s+out))"
    r"(?:\s+(?:by|from|at|on|near)\s+[^,;]{1,60}?)?\s+(?:(?:in|on|at|around|about|during|c\.|circa)\s+)?$"
)


_NOUN_PARTICIPLE_WAS = re.compile(
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


def _told_of_a_noun(sentence: str, timex_start: int, timex_end: int) -> str | None:
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
        noun = _noun_phrase_before(head[:m.start()])
        if noun is None:
            return None
        noun = noun[:1].lower() + noun[1:] if noun.split()[0].lower() in _DETERMINER_WORDS else noun
        return f"{m.group(1)} {m.group(2)} {noun}"  # "The Wellgate studio, which the council bought in 1960"
    for pattern, passive in ((_PARTICIPLE_BEFORE_DATE, True), (_WHICH_BEFORE_DATE, False)):
        m = pattern.search(head)
        if m is None:
            continue
        if passive and head[:m.start()].count(",") % 2 == 1:
            return None  # "Ruth Abernathy, a teacher who founded the program, died on Saturday": the aside closes
        noun = _noun_phrase_before(head[:m.start()])
        if noun is None:
            return None
        lead = re.split(r"[,;:]", head[:m.start()][: len(head[:m.start()]) - len(noun)])[-1].split()
        if lead and lead[-1].lower() not in ("and", "but", "then") and _verb_at(["-", *lead]) is None:
            return None  # "The first section, as far as the Sowe aqueduct, opened": an aside, not an object
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
    r"Known|Shown|Seen|Laid|Set|Led|Elected|Appointed))\b([^,]{0,60}),\s+(?=\S)",
    re.IGNORECASE,
)


def _dated_participle_opener(clause: str, start: int, end: int) -> str | None:
    """ "Founded in 2009, Calderbrook Energy develops solar farms" -> "Calderbrook Energy is founded":
    the date belongs to the opening participle, whose subject is the main clause's."""
    m = _DATED_OPENER.match(clause)
    if not m or not (m.start(2) <= start and end <= m.end(2)) or not m.group(1)[:1].isupper():
        return None
    rest = clause[m.end():].split()
    verb = _verb_at(rest[:SUBJECT_WORDS + 2])
    if verb is None and rest[:1] and rest[0][:1].isupper():
        # "Founded in 1998, Tarby Cycles builds …": a name, then its verb in the present
        verb = next((i for i, w in enumerate(rest[:SUBJECT_WORDS + 2]) if i and w[:1].islower()), None)
    if verb is None or not _SUBJECT_START.match(" ".join(rest)):
        return None
    subject = " ".join(rest[:verb]).rstrip(",")
    be = "are" if subject.lower() in ("they", "we") or (rest[verb - 1].endswith("s") and not rest[verb - 1].endswith(("ss", "us", "is")) and rest[verb - 1][:1].islower()) else "is"
    if subject.lower() in ("he", "she", "it", "they", "we", "i"):
        subject = subject.capitalize()
    return f"{subject} {be} {m.group(1).lower()}"


#: "Her first major design, the Skjern river bridge, was completed": the aside names what the
#: possessive description only points at.
_POSSESSIVE_APPOSITION = re.compile(
    r"^(?:Her|His|Its|Their|Our|My)\s[^,]{1,40},\s+((?:the|a|an)\s+[^,]*?\b[A-Z][^,]*),\s+(?=[a-z])"
)
#: A possessive's role noun with its name apposed, no commas: "his deputy Ilsa Marr travelled", "her
#: elder brother Tom Ede sold": the name is who acted; the possessive only says whose deputy it is.
_POSSESSIVE_ROLE_NAME = re.compile(
    r"^(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){1,3}((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?=[a-z])"
)
#: A name, then an aside about it that opens with a capital, then the verb: "Ilse Amon, Tavria's
#: ambassador to the union, presented …" (a possessor's office), "Jon Hale, of Easton, Ohio, was …" (a
#: home town). The aside's capital hides it from :data:`_APPOSITIVE`.
_SUBJECT_ASIDE = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*),\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+[^,;]{1,80}"
    r"|of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?),\s+(?=[a-z])"
)


#: An aside opening with a participle and its preposition (", backed by …", ", founded in …"), which may
#: as well be the subject's own verb once the subject's aside is gone ("Harlan Foods, agreed to buy …").
_PARTICIPLE_OPENING = re.compile(r",\s+[a-z]+(?:ed|en)\s")


def _without_appositive(clause: str) -> str:
    """``clause`` without its first aside (:data:`_APPOSITIVE`). A participle right after a subject
    that has no verb yet is the subject's verb, not an aside ("Harlan Foods, the largest grocer in the
    north, agreed to buy Dunmore Dairy, a milk processor": once the first aside is gone, "agreed to buy
    Dunmore Dairy" is what happened), unless a verb follows its closing comma ("The ship, built in
    1910, sank")."""
    for m in _APPOSITIVE.finditer(clause):
        if _PARTICIPLE_OPENING.match(m.group()) and _verb_at(clause[:m.start()].split()) is None:
            after = clause[m.end() + 1:].split()
            word = after[1] if len(after) > 1 and after[0].endswith("ly") else after[0] if after else ""
            if not (word in _FINITE or (word.isalpha() and (present_of(word) is not None or word.endswith("s") and not word.endswith(("ss", "us", "is"))))):
                continue  # no verb after it ("opens", "sank"): it is the subject's own
        return clause[:m.start()] + clause[m.end():]
    return clause


def _without_subject_aside(clause: str) -> str:
    """ "Ilse Amon, Tavria's ambassador to the union, presented her credentials" -> "Ilse Amon presented
    her credentials": the name is the subject, and a title that kept the aside would open with it
    ("Tavria's ambassador to the union, presents"), the name lost. Only when a verb follows the aside."""
    m = _SUBJECT_ASIDE.match(clause)
    if m is None:
        return clause
    rest = clause[m.end():]
    if not _is_verb(rest.split()[0].strip(",;:.") if rest.split() else ""):
        return clause
    return f"{m.group(1)} {rest}"


#: ", most of them unseen since the 1920s,": a quantifier's aside about the subject.
_QUANTIFIER_ASIDE = re.compile(
    r",\s+(?:most|many|some|all|few|none|several|half|one|two|three|each|both)\s+(?:of\s+(?:them|whom|which)|with|from|carrying|bearing)\b[^,;]{0,80},"
)
#: A list set off after the subject, its verb after the list: "fourteen nations, including A, B, C and D, signed".
_LISTING_ASIDE = re.compile(r",\s+(?:including|such as|among them|notably)\s+[^;:]{0,200}?\s(?:and|or)\s+[^,;]{1,60},\s+(?=([a-z]+)\b)")


def _without_listing_aside(clause: str) -> str:
    """``clause`` without such a list when a verb follows it (the list is then no part of the predicate)."""
    m = _LISTING_ASIDE.search(clause)
    if m and (m.group(1) in _FINITE or present_of(m.group(1)) is not None):
        return clause[:m.start()] + " " + clause[m.end():]
    return clause


#: A diary's or a post's sentence with no subject opens with its past verb: "Landed at El Alto at dawn".
_OPENING_PAST = re.compile(
    r"^([A-Z][a-z]+)\s+(?=(?:at|in|on|to|from|into|onto|up|down|out|off|back|over|across|through|with|for|"
    r"the|a|an|my|our|two|three|home|early|late|again|there|here)\b)"
)


def _diary_subject(clause: str, context: str) -> str:
    """ "Landed at El Alto on the flight from Madrid" -> "I landed at …": a sentence that opens with its
    past verb and no subject (a diary, a post) tells what the writer did."""
    m = _OPENING_PAST.match(clause)
    if not m or present_of(m.group(1)) is None or "," in " ".join(clause.split()[:6]):
        return clause  # "Deprived of food, …, the army …": a participle opening a sentence that has its subject
    return f"I {m.group(1).lower()} {clause[m.end():]}"


#: A transcript's speaker label opening a turn: "MORRIS: My grandfather started …", "Bethan Morris: Yes."
_SPEAKER_LABEL = re.compile(r"(?:^|\n)\s*([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?|[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\s*:\s+(?=[A-Z“\"])")
#: Labels of the one asking, whose "I" names no one the story is about.
_ASKERS = frozenset("q a host interviewer presenter question answer".split())


def _speaker_for_i(clause: str, before: str) -> str:
    """ "I came home from university" in a transcript's turn labelled "MORRIS:" -> "Bethan Morris came
    home …": the first person of an interview's answer is its speaker, named in full when the text
    names them so before ("Bethan Morris, welcome"), else by the label."""
    if not re.match(r"I\s+[a-z]", clause):
        return clause
    labels = list(_SPEAKER_LABEL.finditer(before))
    if not labels:
        return clause
    label = labels[-1].group(1)
    if label.lower() in _ASKERS or len(label) < 3:
        return clause
    surname = label.split()[-1]
    full = re.findall(rf"\b((?:[A-Z][a-z’'-]+\s+){{1,2}}{re.escape(surname[:1] + surname[1:].lower())})\b", before)
    who = full[-1] if full else (label.title() if label.isupper() else label)
    return f"{who} {clause[2:]}"


#: A report of the telling after what it tells: "…, organisers announced today", "…, officials said Wednesday".
_ATTRIBUTION = re.compile(
    r"^\s*((?:[A-Za-z][\w’'.-]*\s+){0,3}?[A-Za-z][\w’'.-]*)\s+(said|announced|confirmed|reported|added|wrote|told\s+reporters)\s*$"
)


def _attributed(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The festival will return this summer, organisers announced today" -> "Organisers announced the
    festival will return this summer": when the date is the telling's, a title of the teller alone
    ("Organisers announce") says nothing; it takes what was told, from the sentence's first clause. What
    was told is the title by itself when it is a past happening ("A pair of wolves has raised four
    pups, the agency said on Thursday"); a plan or an expectation stays the teller's announcement."""
    left, right = clause_bounds(sentence, timex_start, timex_end)
    if left == 0:
        return None
    m = _ATTRIBUTION.match(_remove_expression(sentence[left:right], timex_start - left, timex_end - left).strip(" ,.;"))
    if m is None:
        return None
    head = _DATELINE.sub("", _LEADING_JUNK.sub("", sentence[:left]))
    _, first_end = clause_bounds(head, 0, 0)
    content = _LEADING_JUNK.sub("", _FRAMING.sub("", head[:first_end].strip(" ,;")))
    if len(content.split()) < 3:
        return None
    words = content.split()
    verb = _verb_at(words[:MAX_WORDS + 1])
    if verb is not None and not re.search(r"\b(?:will|would|could|may|might|should|plans?|hopes?|expects?)\b",
                                          " ".join(words[:verb + 2]), re.IGNORECASE):
        return content  # a past happening reported: the happening is the title, its source is not
    if words[0] in ("The", "A", "An", "Part", "Its", "His", "Her", "Their", "This", "These", "Some", "More"):
        content = content[:1].lower() + content[1:]
    who = m.group(1)
    return f"{who[:1].upper() + who[1:]} {m.group(2)} {content}"


def _without_dangling(text: str) -> str:
    """``text`` without the words a cut leaves dangling at its end ("… had lost half its contracts since")."""
    while True:
        shorter = _TRAILING_JUNK.sub("", _DANGLING.sub("", text))
        if shorter == text:
            return text
        text = shorter


def _kept_alike(title: str, other: str, before_date: str) -> bool:
    """Whether the event filters (``explorer.events.modality``, read off the title) judge ``other`` as
    they judge ``title``: which events exist is theirs to say, and a title made whole must not drop or
    keep an event by the words it added ("… says Iraq did not have …" read as a negated happening)."""
    def verdict(text: str) -> tuple[bool, bool, bool]:
        return is_non_happening(text), is_state(text, before_date), is_absence(text, before_date)
    return verdict(title) == verdict(other)


def make_title(sentence: str, timex_start: int, timex_end: int, context: str = "",
               others: Sequence[tuple[int, int]] = ()) -> str:
    """A title for the event whose expression sits at [timex_start, timex_end) of ``sentence``; a bare
    "X says" takes what X said after the date (see ``explorer.events.said_what``)."""
    # "Three banks — A, B and C — agreed …": the aside between dashes is skipped, as a reader does
    sentence = without_dash_aside(sentence, [(timex_start, timex_end), *others])
    if timex_end > timex_start:
        # "The fraud, for which Ann Voss was jailed in 2010, …", "X was among three who resigned on Monday"
        retold = told_by_relative(sentence, timex_start, timex_end) or told_by_who(sentence, timex_start, timex_end)
        if retold is not None:
            return make_title(*retold, context=context)
        # (an undated event's title, made at its predicate, keeps the aside: the rules reading "X, who …,
        # died" find X by it, past a dateline's leftovers)
        if not _TELLING_BEFORE.search(sentence[:timex_start]):
            # (nor does a date of the telling after it: "X, who …, died in a fall, his family said on Sunday")
            sentence = without_who_aside(sentence, [(timex_start, timex_end)])
    sentence = without_relative_of(sentence, [(timex_start, timex_end)])
    seen = _what_the_time_saw(sentence, timex_start, timex_end)
    if seen:
        return seen
    told_news = told_happening_start(sentence, timex_start if timex_end > timex_start else None)
    if told_news is not None:
        # "The board announced on Tuesday that its chief executive, Colm Reddan, had resigned" ->
        # "Colm Reddan resigns": the told act is the happening (see ``title_said.told_happening_start``)
        told_at, told_verb = told_news
        inside = timex_start >= told_at
        told = make_title(sentence[told_at:], timex_start - told_at if inside else 0,
                          timex_end - told_at if inside else 0, context + sentence[:told_at])
        forms = {told_verb, present_of(told_verb), plural_present(present_of(told_verb) or told_verb)}
        if len(told.split()) >= 2 and forms & {w.strip(",;:").lower() for w in told.split()[1:]} \
                and not re.match(r"(?i)(?:it|they|he|she|we|i)\b", told):
            return told
    title = _make_title(sentence, timex_start, timex_end, context, others)
    title = _quotation_told_by(title, context, sentence[:timex_start])
    whole = whole_told(title, sentence, [sentence[a:b] for a, b in ((timex_start, timex_end), *others)],
                       _without_dangling, _has_verb)
    if whole != title and _kept_alike(title, whole, sentence[:timex_start]):
        title = whole
    if title.lower().startswith("of "):
        title = _with_its_head(sentence, title, sentence[timex_start:timex_end])
    if timex_end > timex_start and is_bare_saying(title):
        content = said_content(sentence[timex_end:])
        if content:
            return _finish(f"{title} {content}".split(), sentence[timex_start:timex_end])
    opener = participial_opener_end(sentence)
    if opener is not None and timex_start < opener and title.split()[:1] == sentence.split()[:1]:
        # "Having crossed into Europe in April 480 BC, the Persian army began its march" was titled
        # "Having crossed into Europe": the clause the phrase leads into tells who did what
        told = make_title(sentence[opener:], 0, 0, context + " " + sentence[:opener])
        if len(told.split()) >= 3 and participial_opener_end(told + ",  x") is None:
            return _having_done(sentence, opener, timex_start, timex_end, told) or told
    # "This army recaptures …" -> "The army recaptures …"; "This forced Otmar to abandon …" -> "Otmar abandons …"
    # "This led to the closure of the hall" -> "The closure of the hall"
    return count_named(_age_named(demonstrative_as_article(causative_retold(what_it_led_to(title))), context), context)


#: A telling after the main clause, just before its date: "…, his family said on".
_TELLING_BEFORE = re.compile(r",\s+[^,]{0,40}\b(?:said|says|told|reported|announced|confirmed)\b[^,]{0,20}$")


def _age_named(title: str, context: str) -> str:
    """ "The 36-year-old joins the club" -> "Declan Marsh joins the club": a person told again by age
    alone is named by the sentence before (see :func:`_person_described`)."""
    described = _AGE_DESCRIPTION.match(title)
    follows = title[described.end():].split()[:1] if described else []
    if not (described and context and follows):
        return title
    if not (_is_verb(follows[0]) or _is_verb(plural_present(follows[0])) or follows[0] in _FINITE
            or re.fullmatch(r"[a-z]+[^s\W]s", follows[0]) or follows[0] in ("also", "then", "later")):
        return title  # "The 43-year-old man …": an age with its own noun
    who = _person_described(context)
    return f"{who} {title[described.end():]}" if who else title


def _having_done(sentence: str, opener: int, timex_start: int, timex_end: int, told: str) -> str | None:
    """ "Having crossed the river in May 1644, the duke's army camped …" -> "The duke's army crosses the
    river": the dated act is the opener's, done by the subject of the clause it leads into (``told``,
    that clause's title); ``None`` when the opener is no "Having" + past participle."""
    from explorer.events.agents import title_subject  # the agents read the title rules: imported late

    phrase = _remove_expression(sentence[:opener].rstrip(" ,"), timex_start, timex_end).rstrip(" ,")
    words = phrase.split()
    if len(words) < 2 or words[0] != "Having" or words[1] in ("been", "had"):
        return None
    verb = _PARTICIPLE_PRESENT.get(words[1]) or present_of(words[1])
    subject = title_subject(told, sentence[opener:])
    if verb is None or not subject or len(subject.split()) > 6:
        return None
    if plural_agent(subject, after_the=subject.lower().startswith("the ")) or \
            subject.split()[-1].endswith("s") and subject.split()[-1][:1].islower() and not subject.endswith("ss"):
        verb = plural_present(verb)
    return _finish([*subject.split(), verb, *words[2:]], sentence[timex_start:timex_end])


#: A time as the sentence's subject, up to the date: "The start of ", "The year ", nothing ("2007 saw").
_TIME_SUBJECT_BEFORE = re.compile(r"^\s*(?:The\s+(?:[a-z]+\s+){1,3}of\s+(?:the\s+year\s+)?|The\s+year\s+)?$")
#: After the date: a verb by which a time tells what happened in it, then that happening.
_TIME_SAW = re.compile(
    r"^\s+(?:also\s+|then\s+)?(?:saw|witnessed|(?:was|were)\s+(?:marked|dominated|characteri[sz]ed)\s+by)\s+"
    r"(?P<what>[A-Za-z].*)$", re.S)
#: Where the happening a time saw ends: a clause's punctuation or a word opening another clause.
_SEEN_END = re.compile(r"[;:.!?(“”\"]|,\s|\s(?:as|while|when|which|who|after|before|because|but)\s")
#: Words a cut happening cannot end on.
_SEEN_DANGLING = frozenset("in at of on to for with and or the a an by from into its their his her".split())


def _what_the_time_saw(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The start of 2004 was marked by a relative lull in violence" -> "A relative lull in
    violence": with a time for subject ("2007 saw …", "The end of 1995 was dominated by …"), the
    happening is what the time saw; "Was marked by …" is a fragment and "The start is marked by …"
    names no one. ``None`` when the date's sentence is not so told."""
    if timex_end <= timex_start or not _TIME_SUBJECT_BEFORE.match(sentence[:timex_start]):
        return None
    m = _TIME_SAW.match(sentence[timex_end:])
    if m is None:
        return None
    what = m.group("what")
    end = _SEEN_END.search(what)
    words = what[: end.start() if end else len(what)].split()[:MAX_WORDS]
    while words and words[-1].lower() in _SEEN_DANGLING:
        words.pop()
    if len(words) < 2:
        return None
    title = " ".join(words)
    return title[:1].upper() + title[1:]


#: A quotation with its attribution after it, as a cut title leaves it: ``We bury six every day now," he wrote``.
_QUOTE_THEN_SPEAKER = re.compile(
    r"^(?P<quote>[^\"“”]{3,}?)[,.!?]?[\"”]\s+(?P<who>he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?P<verb>says|said|writes|wrote|adds|added|recalls|recalled|tells|told)$"
)


def _quotation_told_by(title: str, context: str, before: str) -> str:
    """ ``We bury six or seven every day now," he wrote`` -> ``Thomas Lowe writes: “We bury six or seven
    every day now”``: a quotation is told by its speaker, as a headline tells it; the quotation's "we"
    is no one a reader knows. A pronoun speaker is named when the text tells whom it stands for."""
    m = _QUOTE_THEN_SPEAKER.match(title)
    if not m:
        return title
    who = m.group("who")
    if who in ("he", "she"):
        # whom the pronoun stands for; else the name opening one of the last two sentences ("Lowe stayed
        # in the town throughout. "We bury six …," he wrote"): a speaker is a person, no "The …" body
        named = [n.group(1) for n in _NAME_SUBJECT.finditer(_last_sentences(context)) if not n.group(1).startswith("The ")]
        who = _person_for(who, context, before) or (short_name(named[-1]) if named else "")
    if not who:
        return title
    verb = m.group("verb")
    verb = present_of(verb) or verb
    quote = m.group("quote").strip()
    return f"{who} {verb}: “{quote[:1].upper()}{quote[1:]}”"


_PHRASE_HEAD = re.compile(r"(?:^|[,;:(]\s*)([^,;:()]{1,30}?)\s*$")


def _with_its_head(sentence: str, title: str, expression: str) -> str:
    """ "Last day of term: Tuesday 23 July": a title left as "Of term" lost the head of its noun
    phrase with a removed date expression; the words before "of" in the sentence give it back."""
    label = title.split(":")[0]  # "Of term: Tuesday 23 July": the label, not the date after it
    at = sentence.lower().find(label.lower())
    head = _PHRASE_HEAD.search(sentence[:at]) if at > 0 else None
    if head is None or not head.group(1).strip():
        return title
    phrase = f"{head.group(1).strip()} {label[:1].lower()}{label[1:]}"
    return _finish(phrase.split(), expression)


#: The writer learning of a happening: "I heard long afterwards that …", "We learned that …".
_WRITER_HEARD = re.compile(
    r"^(?:I|We|we)\s+(?:[a-z]+ly\s+|only\s+|later\s+)?(?:heard|hear|learned|learnt|learn|read|discovered|found\s+out|"
    r"was\s+told|were\s+told)\b[^,;\"“”]{0,40}?\bthat\s+(?=\S+\s+\S)"
)


def _what_the_writer_heard(clause: str) -> str:
    """ "I heard long afterwards that she had died in Leeds" -> "she had died in Leeds": what a first-
    person writer heard, learned or read is the happening; the writer's hearing of it is not (and
    "I" names no one a reader knows)."""
    m = _WRITER_HEARD.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    return rest if _verb_at(rest.split()[:MAX_WORDS]) is not None else clause


#: A telling first, then what was told: "Soviet Foreign Ministry spokesman Yuri Gremitskikh said …".
_REPORTED_FIRST = re.compile(
    r"^(?:[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,7}?\s+(?:said|announced|reported|confirmed)\s+(?:that\s+)?(?=[A-Za-z])"
)


def _own_clause(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                ) -> tuple[str, int, int, Sequence[tuple[int, int]]]:
    """The clause of a bracketed date at [start, end) that ends its clause ("design approved (May 2019),"),
    its shared subject put before a bare verb, with the other dates inside it, offsets shifted to it;
    the sentence as it is otherwise."""
    left, right = clause_bounds(sentence, start, end)
    if (left, right) == (0, len(sentence)) or all(left <= a and b <= right for a, b in others):
        return sentence, start, end, others
    if not re.fullmatch(r"\)[\s,;.]*", sentence[end:right + 2]) or not sentence[:start].rstrip().endswith("("):
        return sentence, start, end, others  # only a bracketed date marks its clause's end
    clause, c_start, c_end = _clause_around(sentence, start, end)
    if c_end - c_start != end - start or clause[c_start:c_end] != sentence[start:end]:
        return sentence, start, end, others  # the clause is only the date: told by what follows it
    shift = c_start - start
    kept = tuple((a + shift, b + shift) for a, b in others if left <= a and b <= right)
    terse = _TERSE_PASSIVE.match(clause[:c_start])
    if terse and not kept and re.fullmatch(r"\)[\s,;.]*", clause[c_end:]) and terse.group(2) not in _ON_ITS_OWN:
        # "design approved (May 2019)": a list's item told as a headline tells it, a passive without "was"
        noun = terse.group(1)
        be = "are" if noun.endswith("s") and not noun.endswith("ss") else "is"
        head = f"{noun} {be} {terse.group(2)} ("
        clause, c_start, c_end = head + clause[c_start:], len(head), len(head) + c_end - c_start
    return clause, c_start, c_end, kept


#: "…, and in 1993 rebuilt …": "and" and a preposition before a date opening a clause.
_AND_THEN_DATE = re.compile(r"\band\s+(?:in|on|by|during)\s+$")


def _dates_marking_breaks(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                          ) -> list[tuple[int, int]]:
    """The other dates to drop before the title is read: not those outside the date's own clause that
    mark where it or the next clause begins ("met X in Ankara on Tuesday, held talks with Y in Athens
    on Wednesday and saw Z", "starts next week and will report in September"): dropping them would
    take the break away, and the rules below would read one subject's happenings as one."""
    left, right = clause_bounds(sentence, start, end)
    if (left, right) == (0, len(sentence)):
        return list(others)
    marks = {m.start(1) for pattern in (_AND_VERB_AFTER_DATE, _COMMA_VERB_AFTER_DATE) for m in pattern.finditer(sentence)}
    # ("bought the lock in 1991, and in 1993 rebuilt its gates": a date opening the next clause after its
    # "and" marks the break as well)
    marked = {(a, b) for a, b in others if (b <= left or a >= right) and (b in marks or end in marks or (
        a >= right and _AND_THEN_DATE.search(sentence[:a]) and _AND_VERB.match(sentence, b)))}
    if not marked:
        return list(others)
    kept = [o for o in others if o not in marked]
    clause = _clause_around(*_drop_others(sentence, start, end, kept))[0] if kept else _clause_around(sentence, start, end)[0]
    if re.match(r"\s*[a-z]", clause):
        return list(others)  # no subject found for the date's own clause: read the sentence as one
    return kept


#: A list item told without "was": a noun (after a colon or at the start) and a past participle,
#: then the bracket of its date.
#: (a bare noun, no article: "the hall opened" is told in full)
_TERSE_PASSIVE = re.compile(
    r"^(?:[^:]*:\s*)?((?!(?:the|a|an|its|his|her|their|our|this|that)\s)(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+"
    r"([a-z]{3,}ed)\s*\($")
#: Verbs a thing does on its own ("construction started"): no passive.
_ON_ITS_OWN = frozenset("started opened closed ended finished resumed collapsed failed stalled halted "
                        "continued began peaked arrived happened occurred".split())


def _make_title(sentence: str, timex_start: int, timex_end: int, context: str = "",
                others: Sequence[tuple[int, int]] = ()) -> str:
    """A title for the event whose expression sits at [timex_start, timex_end) of ``sentence``.

    ``context``, the text before the sentence, lets "Despite his remarks over the weekend" name its
    owner ("Ali Khamenei’s remarks"); ``others`` are the sentence's other date expressions (offsets in
    ``sentence``), left out of the title."""
    expression = sentence[timex_start:timex_end]
    if others:
        # "design approved (May 2019), construction started (June 2020)", "starts next week and will
        # report in September": a date may mark where one happening ends, and dropping the other dates
        # below would take the mark away: the date's own clause first
        sentence, timex_start, timex_end, others = _own_clause(sentence, timex_start, timex_end, others)
    dated_elsewhere = bool(others)
    born = _BORN_ASIDE.match(sentence)
    if born and others and timex_start >= born.end():
        # … and the other dates' titles go on without the aside ("Thomas Weller was apprenticed")
        cut = born.end() - born.end("who")
        sentence = sentence[:born.end("who")] + " " + sentence[born.end():]
        timex_start, timex_end = timex_start - cut + 1, timex_end - cut + 1
        others = [(a - cut + 1, b - cut + 1) for a, b in others if a >= born.end()]
        born = None
    if others:
        others = _dates_marking_breaks(sentence, timex_start, timex_end, others)
    if born and born.start("aside") <= timex_start and timex_end <= born.end("aside") and dated_elsewhere:
        # "Thomas Weller, born in 1821 in Leeds, was apprenticed … in 1835": the aside's date is the
        # birth, the sentence's other date the happening its verb tells
        where = re.search(r"\b(?:in|at)\s+((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})",
                          _remove_expression(born.group("aside"), timex_start - born.start("aside"),
                                             timex_end - born.start("aside")), re.IGNORECASE)
        return _finish(f"{born.group('who')} is born{' in ' + where.group(1) if where else ''}".split(), expression)
    if others:
        sentence, timex_start, timex_end = _drop_others(sentence, timex_start, timex_end, others)
    frame = _DATED_TELLING_FRAME.match(sentence)
    if frame and frame.end() > timex_end and _verb_at(sentence[frame.end():].split()[:MAX_WORDS + 2]) is not None:
        return make_title(sentence[frame.end():], 0, 0, context=context + " " + sentence[:frame.end()])
    state = _state_then_when(sentence, timex_start, timex_end) or _inside_that_clause(sentence, timex_start, timex_end)
    if state:
        told, start, end = state
        return make_title(told, start, end, context=context + " " + sentence[:timex_start])
    told = _when_clause(sentence, timex_start, timex_end)
    if told:
        return make_title(told, 0, 0, context=context + " " + sentence[:timex_start])
    told = _told_of_a_noun(sentence, timex_start, timex_end) or _attributed(sentence, timex_start, timex_end)
    if told:
        return _finish(told.split(), expression)
    reported = _REPORTED_FIRST.match(sentence)
    if reported and reported.end() <= timex_start and not others:
        rest = sentence[reported.end():]
        words = rest[: timex_start - reported.end()].split()
        verb = _verb_at(words)
        if verb is not None and verb >= 1 and not re.search(r"\b(?:will|would|could|may|might|should|can|must)\b",
                                                           " ".join(words[:verb + 1]), re.IGNORECASE) \
                and not re.search(r"\bhad\b(?!\s+been\b|\s+[a-z]+ed\b)", " ".join(words[:verb + 2]), re.IGNORECASE):
            # (a past told back a step, "said the bridge had been closed in May", is that past happening)
            # "X said special ambassador Y left Tuesday for …": the date is the told happening's, told as a
            # past happening; its title is that happening, not the telling
            return make_title(rest, timex_start - reported.end(), timex_end - reported.end(),
                              context=context + " " + sentence[:reported.end()])
    clause, start, end = _clause_around(sentence, timex_start, timex_end)
    colon = clause.rfind(": ", 0, start)
    if colon != -1 and _verb_at(clause[colon + 2:].split()[:MAX_WORDS + 1]) is not None:
        # "It is the second incident this year: in February a flight diverted": the date's clause
        clause, start, end = clause[colon + 2:], start - colon - 2, end - colon - 2
    entry = _ENTRY_DATE.match(clause)
    if entry and entry.end() <= start:
        clause, start, end = clause[entry.end():], start - entry.end(), end - entry.end()
    relative = _relative_clause(clause, start)
    if relative:
        cut, who = relative
        close = clause.find(",", end)
        body = clause[cut : close if close != -1 else len(clause)]
        clause = f"{who} {body}"
        start, end = start - cut + len(who) + 1, end - cut + len(who) + 1
    opener = _dated_participle_opener(clause, start, end)
    if opener:
        pronoun = re.match(r"^(?:He|She)\s+(?=[a-z])", opener)
        who = _person_for(pronoun.group().strip().lower(), context, sentence[:timex_start]) if pronoun and context else None
        if who:
            opener = f"{who} {opener[pronoun.end():]}"  # "Born in Leeds in 1936, she studied" -> "Margaret Hale is born"
        return _finish(opener.split(), expression)
    if subject_follows(clause, start, end):
        # "According to reports, …, in the past four months Iran has held talks": the subject
        # follows the date, and what precedes it is framing.
        clause, start, end = clause[end:], 0, 0
    aside = _participle_aside(clause, start, end)
    if aside:
        return _finish(aside.split(), expression)
    participle = _participle_subject(clause, start, end)
    if participle and participle[1]:
        return _finish(participle[0].split(), expression)
    if participle:
        removed = len(clause) - len(participle[0])  # the participle, cut before the expression
        clause = participle[0]
        start, end = max(0, start - removed), max(0, end - removed)
    agent = _REDUCED_PASSIVE.search(clause[:start])
    if agent and agent.group(3).lower() in _PASSIVE_VERBS:
        # "the 12 conditions set by Secretary of State Mike Pompeo in May": the agent did it then.
        verb = _PASSIVE_VERBS[agent.group(3).lower()]
        thing = " ".join(w for w in (agent.group(1), agent.group(2)) if w)
        return _finish(f"{agent_name(agent.group(4))} {verb} {thing}".split(), expression)
    shorter = without_subject_clause(clause, start, end)
    if shorter:
        clause, start, end = shorter  # "A guard who forged the logs was jailed on Monday": the main clause's
    clause = _remove_expression(clause, start, end)
    clause = _AGE.sub("", _PARENTHESES.sub("", clause))
    described = _NOUN_PARTICIPLE_WAS.match(clause.strip().rstrip(".,;").strip())
    if described:
        # "The last total eclipse seen from the country was in 1905" -> "… eclipse is seen from the country"
        be = "are" if described.group(3) == "were" else "is"
        return _finish(f"{described.group(1)} {be} {described.group(2)}".split(), expression)
    clause = re.sub(r"\s*,\s*,\s*", ", ", clause)  # "The heaviest raid, on 14 May 1941, destroyed": the aside was the date
    clause = _active_for_named_agent(clause)
    nominal = _nominal_event(clause)
    if nominal:
        return _finish(nominal.split(), expression)
    clause = _DATELINE.sub("", _LEADING_JUNK.sub("", clause))
    for _ in range(4):  # framing first, so the subject stands at the start for the rules below
        opener = _OPENER_POSSESSIVE.match(clause)
        if opener:
            # "Despite his forceful remarks, …": the happening is the remarks, and "his" someone named before.
            owner = _owner(context + " " + sentence[:timex_start])
            if owner:
                rest = clause[opener.end():]
                cut = re.search(r",", rest)
                return _finish(f"{owner}’s {rest[: cut.start() if cut else len(rest)]}".split(), expression)
        stripped = _LEADING_JUNK.sub("", _FRAMING.sub("", clause))
        if stripped == clause:
            break
        clause = stripped
    clause = _name_for_role(clause)
    clause = _that_clause(clause, sentence[:timex_start])
    clause = _without_subject_aside(clause)
    named = _POSSESSIVE_APPOSITION.match(clause)
    if named:
        clause = named.group(1)[:1].upper() + named.group(1)[1:] + " " + clause[named.end():]
    elif (apposed := _POSSESSIVE_ROLE_NAME.match(clause)) and not apposed.group(1).endswith(("’s", "'s")) \
            and _verb_at(["x", *clause[apposed.end():].split()[:1]]) == 1:  # ("our new Land Rover ambulance": a thing's name)
        clause = apposed.group(1) + " " + clause[apposed.end():]
    clause = _without_listing_aside(_QUANTIFIER_ASIDE.sub("", clause))
    for _ in range(4):  # asides can follow one another: "X, which …, the founder of …, said"
        shorter = _without_appositive(clause)
        if shorter == clause:
            break
        clause = shorter
    clause = _SUBJECT_COMMA.sub(r"\1 ", _LEADING_JUNK.sub("", _SPEAKER.sub("", clause)))
    # "…, which hurt the town badly", "…, according to the authority": a comment or a source after
    # the happening, not part of it
    trimmed = re.sub(r",\s+(?:which|according to)\s[^,]*$", "", clause)
    if len(trimmed.split()) >= 3 and _verb_at(trimmed.split()) is not None:
        clause = trimmed
    # "Airlines cancelled 140 flights as the ash cloud spread": a subordinate clause with its own
    # subject and verb at the end tells why or when, not what happened
    why = _TRAILING_SUBORDINATE.search(clause)
    if why and len(clause[:why.start()].split()) >= 3 \
            and (_verb_at(clause[:why.start()].split()) is not None or _present_verb_at([*clause[:why.start()].split(), why.group().strip(", ")]) is not None) \
            and _SUBJECT_AND_VERB.match(clause[why.end():]):
        clause = clause[:why.start()]
    # "The Red army, was forced": the comma an aside left between a subject and its verb
    joined = _COMMA_BEFORE_VERB.match(clause) or _COMMA_BEFORE_PRESENT.match(clause)
    if joined and _verb_at(joined.group(1).split()) is None:
        clause = joined.group(1) + " " + clause[joined.end():]  # the part before the comma is the subject
    clause = re.sub(r"\s+([,:;.!?])", r"\1", clause)
    clause = _compact_subject(clause)
    clause = _what_the_writer_heard(clause)
    pronoun = re.match(r"^(?:He|She|he|she)\s+(?=[a-z])", clause)
    if pronoun and context:
        # "She retired in June 1989": a title out of its paragraph names whom "she" stands for.
        who = _person_for(pronoun.group().strip().lower(), context, sentence[:timex_start])
        if who:
            clause = f"{who} {clause[pronoun.end():]}"
    thing = re.match(r"^(?:It|it)\s+(?=[a-z])(?!(?:is|was|has\s+been|had\s+been|seems|seemed|becomes|became)\b)", clause) \
        or _IT_PASSIVE.match(clause)
    if thing:
        # "…, and it paid a fine": the title names what "it" stands for.
        what = _thing_antecedent(sentence[:timex_start], context) or _named_body(sentence[:timex_start], context, plural=False)
        if what:
            clause = f"{what} {clause[thing.end():]}"
    # "Detectives said they had opened …", "They boarded the ship" after "… sent two inspectors":
    # a "they" or "it" the rules above left unnamed
    clause = name_the_pronoun(clause, sentence, context)
    they = re.match(r"^(?:They|they)\s+(?=[a-z])", clause)
    if they:
        # "The Harbour Kings are a rowing club. They won the cup": the body named as the subject before
        what = _named_body(sentence[:timex_start], context, plural=True)
        if what:
            clause = f"{what} {clause[they.end():]}"
    clause = _past_the_opener(clause)
    clause = _diary_subject(clause, context)
    clause = _speaker_for_i(clause, f"{context} {sentence[:timex_start]}")
    words = without_office(" ".join(_shorter_subject(clause.split()))).split()
    if len(words) > MAX_WORDS:
        # Prefer to stop at a comma inside the first few words rather than mid-phrase, once the verb is in.
        head = " ".join(words[:MAX_WORDS])
        comma = re.compile(r",(?!\d)").search(head, 12)
        cut = comma.start() if comma else -1
        # (but "Scores of trucks, many with …, streamed north" is not cut at "trucks": the subject's verb
        # comes after the aside, and a cut would leave the bare subject)
        if cut != -1 and len(head[:cut].split()) >= 3 and re.search(r"\s[a-z]", head[:cut]) \
                and (_has_verb(head[:cut]) or not _subjects_verb(" ".join(words)[cut:])):
            return _finish(head[:cut].split(), expression)
    return _finish(words, expression)


#: Words that open a phrase after the predicate; a long clause is cut before one of them.
_PHRASE_OPENERS = frozenset(
    "with for after before at in on from by over during because which who whose when while as since until "
    "including and but or than under into amid following despite between where whereas although though "
    "across through throughout near along around against without".split()
)


_ADJECTIVE_BEFORE = frozenset("the a an and his her its their of with many most some".split())
_CLAUSE_WORDS = frozenset("and but which while when after before as because although whereas though".split())
_FINITE = frozenset("is are was were has have had will would says said".split())


def _verb_at(words: list[str]) -> int | None:
    """Where the clause's verb is: the first word after the first that reads as a past or finite verb."""
    from explorer.events.tense import present_of

    for i, word in enumerate(words[1:], 1):
        bare = word.strip(",;:.!?\"“”")
        if not bare[:1].islower():
            continue  # a name ("the United Kingdom") is no verb
        if words[i - 1].lower() in _ADJECTIVE_BEFORE and bare.endswith("ed"):
            continue  # "the injured", "and unnamed American officials": an adjective
        if bare in _FINITE or (bare.isalpha() and present_of(bare) is not None):
            if i + 1 < len(words) and words[i + 1].lower() == "by" and bare not in _FINITE and _verb_at(words[i + 1:]) is not None:
                continue  # "a group of enthusiasts led by Arthur Pym made …": a participle, the verb comes later
            return i
    return None


def verb_at(words: list[str]) -> int | None:
    """Where a title's verb is (its index in ``words``), by the rules titles are made with."""
    return _verb_at(words)


_DETERMINER_WORDS = frozenset("the a an his her their its this that these those".split())
_SUBJECT_PREPOSITION = frozenset("of at in from on for with by near along between".split())
#: A subject longer than this loses its trailing modifiers so that the verb fits in the title.
SUBJECT_WORDS = 5


def _starts_with_verb(words: list[str]) -> bool:
    from explorer.events.tense import present_of

    return present_of(words[0].lower()) is not None  # "Landed at El Alto …": no subject to shorten


#: Happenings whose "between A and B" or "with X" names who took part, which a title keeps; a thing
#: "between A and B" (a railway, a road) is only placed by it.
_TAKING_PART = frozenset(
    "talks talk meeting meetings war wars fighting match game games agreement deal treaty clash clashes battle "
    "negotiations contact contacts cooperation dispute conflict relations relationship partnership summit "
    "merger alliance truce ceasefire exchange race final".split()
)


#: Heads of names that go on with "of": "University of Tarn", "Bank of England", "Institute of …".
_NAME_OF_HEADS = BODY_WORDS | frozenset("institute city port state republic kingdom isle bay duke earl".split())


def _shorter_subject(words: list[str]) -> list[str]:
    """ "A former manager of the Lower Ohio Teachers' Pension Fund was sentenced to six years" ->
    "A former manager was sentenced to six years": a long subject loses its trailing prepositional
    phrases (and an aside between commas), last first, until the verb comes within the title."""
    verb = _verb_at(words[:25])
    if verb is None or verb <= SUBJECT_WORDS or len(words) <= MAX_WORDS or words[0].lower() in _FUNCTION_WORDS - _DETERMINER_WORDS \
            or _starts_with_verb(words):
        return words  # no verb found, a short subject, or an opening phrase ("After three decades of work …")
    subject = words[:verb]
    if not any(w.lower() in _SUBJECT_PREPOSITION for w in subject[1:6]) or any(w.endswith(",") for w in subject):
        return words  # the head noun takes a modifier right away ("manager of …", "part of …"), no aside
    def cut_at(subject: list[str], protect: bool) -> int | None:
        at = max((i for i, w in enumerate(subject) if i > 0 and w.lower() in _SUBJECT_PREPOSITION
                  and not (protect and w.lower() == "of" and subject[i - 1].lower() in _NAME_OF_HEADS
                           and i + 1 < len(subject) and subject[i + 1][:1].isupper())),
                  default=None)  # never inside a name: "the University | of Tarn" (but "Iona Grant | of Police Scotland")
        if at is None or at < 3:
            return None  # "The opening of the railway" keeps what it is the opening of
        if any(w.lower() in ("between", "and", "with") for w in subject[at:]) and (
                subject[at - 1].lower().strip(",") in _TAKING_PART or subject[at].lower() not in ("between", "with")):
            return None  # "talks between A and B": who took part is what the title must keep
        return at

    while len(subject) > SUBJECT_WORDS:
        # a cut inside a name only when no other cut keeps the verb ("Talks between the Grand Duchy of
        # Lurnia and the Republic | of Osterland began")
        at = cut_at(subject, True) or (cut_at(subject, False) if len(subject) >= MAX_WORDS - 1 else None)
        if at is None:
            break
        subject = subject[:at]
        if subject[-1].islower() and present_of(subject[-1]) is not None and words[len(subject)].lower() == "by":
            subject = subject[:-1]  # "enthusiasts led | by Arthur Pym": the participle goes with its agent
    return subject + words[verb:]


def _phrase_cut(words: list[str]) -> list[str]:
    """At most ``MAX_WORDS`` words of ``words``, ending where a phrase after the verb ends (before a
    preposition or a clause word, or after a comma) rather than mid-phrase; a title is never cut with
    an ellipsis. A cut right after the verb is made only before a clause word ("France surrendered and
    …"), never before its agent or complement ("forces accompanied by …")."""
    if len(words) <= MAX_WORDS:
        return words
    verb = _verb_at(words[: MAX_WORDS + 1])
    if verb is None or verb >= MAX_WORDS - 1:
        # "The initial talks between A and unnamed American officials | has failed": a subject that
        # fills the window keeps its verb (an auxiliary with its participle) a word or two beyond it
        late = verb if verb is not None else _verb_at(words[: MAX_WORDS + 2])
        if late is not None and late >= MAX_WORDS - 1:
            end = late + 1 + (words[late].lower() in _OPEN_ENDED and late + 1 < len(words))
            if end <= MAX_WORDS + 2:
                return words[:end]
    if verb is None:
        return words[:_before_a_cut_name(words, MAX_WORDS, 1)]
    shorter = without_second_name(words, verb, MAX_WORDS)
    if len(shorter) <= MAX_WORDS:
        return shorter  # "… Middle East and North Africa director" -> "… Middle East director"
    for k in range(MAX_WORDS, verb, -1):
        nxt = words[k].lower().strip(",;:")
        boundary = nxt in _PHRASE_OPENERS or words[k - 1].endswith((",", ";", ":"))
        if words[k - 1].lower() in _OPEN_ENDED:
            continue  # "… confirmed that it is | in early talks": a cut after an auxiliary leaves the clause open
        if boundary and (open_between(words, verb + 1, k) or participle_object(words, k)):
            continue  # "talks between Tehran | and Washington", "warned those pushing | for talks"
        if boundary and (k > verb + 1 or nxt in _CLAUSE_WORDS):
            return words[:k]
    return words[:_before_a_cut_name(words, MAX_WORDS, verb)]


def _before_a_cut_name(words: list[str], cut: int, verb: int) -> int:
    """``cut``, or where the name that ``cut`` would split begins: "… a meeting between Russian Foreign |
    Minister Sergei Lavrov" is cut before "Russian", never inside a name."""
    def capital(word: str) -> bool:
        return word[:1].isupper()

    if cut >= len(words) or not (capital(words[cut - 1]) and capital(words[cut])):
        return cut
    start = cut - 1
    while start > verb + 1 and capital(words[start - 1]):
        start -= 1
    return start if start > verb + 1 else cut


#: Words a title never ends on before a cut: a cut after them leaves the clause open.
_OPEN_ENDED = frozenset("is are was were be been has have had will would can could may might must shall should".split())


def _balanced_quotes(title: str) -> str:
    """Typewriter quotes (``like this'') as curly ones, and a quotation the cut left open unmarked:
    "Bush denounces Saddam's ``ruinous policies of war" -> "Bush denounces Saddam's ruinous policies of war"."""
    title = title.replace("``", "“").replace("''", "”")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


_SINGULAR_AUX = {"has": "have", "is": "are", "was": "were"}

#: "that" as a conjunction opening what was decided or said: "that a canal should be dug", "that all
#: forces will leave" (a determiner, a quantifier or a name follows), not "That desire died".
_THAT_CLAUSE = re.compile(r"^[Tt]hat\s+(?=(?:a|an|the|all|some|no|every|each|both|its|his|her|their|[A-Z0-9])\b)")
#: The sentence's named subject and its verb before its first "that": "Xerxes decided that" (a
#: description, "The duke ordered that", is left out: on the held-out gold it took the wrong verb).
_MATRIX = re.compile(r"^\s*((?:[A-Z][\w’'.-]*\s+){1,4}[a-z]+)\s+that\b")
_PRONOUN_SUBJECT = frozenset("it this he she they we i there".split())


def _that_clause(clause: str, before: str) -> str:
    """ "that a canal should be dug across the isthmus" (the second of "Xerxes decided that …, and that
    …") -> "Xerxes decided a canal should be dug …": the sentence's subject and verb, when its subject is
    named, tell whose decision it is; else the clause alone ("All forces will be out of Iraq")."""
    m = _THAT_CLAUSE.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    matrix = _MATRIX.match(before)
    if matrix and matrix.group(1).split()[0].lower() not in _PRONOUN_SUBJECT and _verb_at(matrix.group(1).split()) is not None:
        return f"{matrix.group(1)} {rest}"
    return rest[:1].upper() + rest[1:]


#: A subordinator left opening a title: "As resistance in the city collapsed" tells a happening
#: without it ("Resistance in the city collapses"); "When"/"While" likewise.
_OPENING_SUBORDINATOR = re.compile(r"^(?:As|When|While|Once|Because|Although|Though)\s+(?!(?:a\s+result|well|of|for|to|soon|long|far|recently|late|early)\b)")


#: Verbs of telling about a topic: "discussed the relationship between A and B" tells of A and B.
_TELLING_VERBS = frozenset(
    "discussed discusses described describes explained explains examined examines recounted recounts recalled recalls "
    "analysed analyzed analyses analyzes detailed details outlined outlines addressed addresses".split()
)
#: Nouns of a tie between two parties, which a title too long says by the two parties alone.
_TIE_NOUNS = frozenset("relationship relationships relations ties links rivalry rift partnership".split())


def _topic_between(words: list[str], verb: int) -> list[str]:
    """ "Mohammad Sadr discussed the relationship between the Cabinet and the Quds Force chief" ->
    "… discussed the Cabinet and the Quds Force chief" when the title is too long: a cut that keeps
    only "discussed the relationship" leaves the object saying nothing, and the two parties are what
    was discussed. Only after a verb of telling ("improved the ties between A and B" is left alone)."""
    if len(words) <= MAX_WORDS or verb + 3 >= len(words) or words[verb].lower() not in _TELLING_VERBS:
        return words
    det, noun, between = (w.lower() for w in words[verb + 1: verb + 4])
    if det in ("the", "its", "his", "her", "their") and noun in _TIE_NOUNS and between == "between" \
            and any(w.lower() == "and" for w in words[verb + 4: verb + 4 + 6]):
        return [*words[:verb + 1], *words[verb + 4:]]
    return words


#: Subordinators opening a clause of its own, which a cut title leaves unfinished.
_CUT_SUBORDINATORS = frozenset("when while as after before because until although though whereas".split())


_RELATIVES = frozenset("which who whom where".split())
_TELLING_SUBORDINATORS = frozenset("when after until once as".split())


def _past_a_relative(words: list[str]) -> list[str]:
    """ "which ended when the county council opened them to the public": a title opening with a
    relative word names no subject; when a subordinate clause with its own subject and verb follows,
    that clause tells the happening ("The county council opened them to the public")."""
    if len(words) < 4 or words[0].lower() not in _RELATIVES:
        return words
    for i in range(1, min(len(words) - 2, 6)):
        if words[i].lower().strip(",") in _TELLING_SUBORDINATORS:
            rest = words[i + 1:]
            verb = _verb_at(rest)
            if verb is not None and verb >= 1 and rest[0].lower() not in _RELATIVES:
                return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
            break
    return words


def _finish(words: list[str], expression: str) -> str:
    """The title said by ``words``: subject and verb first, at most ``MAX_WORDS`` words cut at a
    phrase boundary, in the headline's tense; a title still over ``LONG_TITLE`` characters is made
    again from its clause shortened to subject, verb and the object's head (see ``title_length``);
    a title the word cut ended inside a relative clause loses that clause."""
    if len(words) > MAX_WORDS:
        said = _verb_at(words[:MAX_WORDS])
        whole = cut_clause(words[:MAX_WORDS + 1], said if said is not None else _present_verb_at(words[:MAX_WORDS]), _is_verb)
        if len(whole) >= 3 and whole != words[:MAX_WORDS + 1]:
            words = whole  # "… launched a fifth campaign | that involved the systematic": the clause goes
    title = _finish_words(words, expression)
    if len(title) <= LONG_TITLE or not words:
        return title
    verb = _verb_at(words[: MAX_WORDS + 2])
    shorter = fit(words, verb if verb is not None else _present_verb_at(words[: MAX_WORDS + 2]), _is_verb, MAX_WORDS)
    if shorter == words:
        return title
    again = _finish_words(shorter, expression)
    whole = len(again.split()) >= len(shorter)  # the word cut left the shortened words whole
    return again if (len(again) < len(title) or whole) and len(again.split()) >= 3 else title


_NOT_BEFORE_VERB = _DETERMINER_WORDS | _FUNCTION_WORDS


def _present_verb_at(words: list[str]) -> int | None:
    """Where a verb in the present stands ("Bob Woodward cites US sources", "That resolution calls for
    …"): the first lower-case word in "-s", after a noun or a name and before a word that is no verb."""
    for i in range(1, len(words) - 1):
        word, before, after = words[i], words[i - 1].lower().strip(",;:"), words[i + 1].strip("\"“”‘’`")
        if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith(("ss", "us", "is", "ous")):
            continue
        if before in _NOT_BEFORE_VERB or not before.replace("-", "").isalpha() or before.endswith("s") and before.islower():
            return None  # "the talks", "of results", "officials says": not a verb we can tell
        if after[:1].isupper() or after.replace("-", "").isalpha() and after.lower() not in _FINITE:
            return i
        return None
    return None


def _is_verb(word: str) -> bool:
    return word in _FINITE or present_of(word) is not None


def _finish_words(words: list[str], expression: str) -> str:
    if not words:
        return expression.strip() or "Event"
    opener = _OPENING_SUBORDINATOR.match(" ".join(words[:2]) + " ") if len(words) > 3 else None
    if opener and _verb_at(words[1:MAX_WORDS + 1]) is not None:
        words = [words[1][:1].upper() + words[1][1:], *words[2:]]  # "As resistance collapsed" -> "Resistance collapsed"
    words = _past_a_relative(words)
    if len(words) > MAX_WORDS:
        shorter = without_batch_nouns(" ".join(words)).split()  # "a new round of talks" -> "new talks"
        verb = _verb_at(shorter[: MAX_WORDS + 2])
        if verb is not None and shorter[:verb] != words[:verb] and shorter[verb] in _SINGULAR_AUX:
            shorter[verb] = _SINGULAR_AUX[shorter[verb]]  # "The initial round of talks has" -> "The initial talks have"
        words = shorter
    if len(words) > MAX_WORDS:
        verb = _verb_at(words[: MAX_WORDS + 2])
        if verb is not None:
            words = without_object_offices(words, verb + 1)  # "… and then-Army Chief General Viktor Sorel" -> "… and Viktor Sorel"
            words = _topic_between(words, verb)
    cut = _phrase_cut(words)
    if len(cut) < len(words):
        verb = _verb_at(cut)
        sub = next((i for i in range(len(cut) - 1, 0, -1) if cut[i].lower() in _CUT_SUBORDINATORS), None)
        if verb is not None and sub is not None and sub > verb + 1 and len(cut) - sub <= 5:
            cut = cut[:sub]  # "Three people are injured | when a gas explosion tore": a cut clause of its own goes
    words = cut
    between = next((i for i in range(len(words) - 1, 0, -1) if words[i].lower() == "between"), None)
    if between is not None and between >= 2 and open_between(words, between, len(words)):
        words = words[:between]  # "… in talks between Tehran": a "between" whose "and" was cut off
    quoted = _balanced_quotes(re.sub(r'(?:(?<=^)|(?<=\s))"([^"]{1,80})"', r"“\1”", " ".join(words)))
    title = _TRAILING_JUNK.sub("", quoted)
    closes = title.count("“") == title.count("”") + 1 and quoted.startswith(title) \
        and quoted[len(title):].lstrip(",.;: ").startswith("”")
    while len(title.split()) > 2 and not closes:
        shorter = _TRAILING_JUNK.sub("", _DANGLING.sub("", title))
        if shorter == title:
            break
        title = shorter
    if closes:
        title += "”"  # 'records “a star with a tail”': the closing mark is the quotation's, not junk
    stub = re.search(r",\s+((?:[\w’'-]+\s+)?[\w’'-]+)$", title)
    if stub and len(title[:stub.start()].split()) >= 3 and _verb_at(stub.group(1).split() + ["x"]) is None \
            and stub.group(1).split()[0].lower() in _PHRASE_OPENERS:
        title = title[:stub.start()]  # "… dismissed for misconduct, with effect": what the cut date left of a phrase
    return headline_tense(title[:1].upper() + title[1:]) if title else (expression.strip() or "Event")
