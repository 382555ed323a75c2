"""Which clause of the sentence tells the dated happening.

A sentence often holds several clauses, and the date belongs to one of them: the clause around the date
(a coordinated verb sharing the subject, a verbless clause read past), a "when" clause after a clause
that only frames the time, a "that" clause after a telling, a participle or a relative clause told of
the noun before it, a report told after what it tells, the other dates of the sentence marking where
clauses break.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.clauses import _AND_VERB_AFTER_DATE, _COMMA_VERB_AFTER_DATE, _LEADING_ASIDE, _MODAL_START, clause_bounds, is_subjectless, relative_antecedent, subject_before
from explorer.events.names import short_name
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.words import MAX_WORDS, _ATTACHED_PREPOSITION, _DETERMINER_WORDS, _FINITE
from explorer.events.titles.finish import SUBJECT_WORDS, _present_verb_at, _verb_at
from explorer.events.titles.without_dates import _drop_others, _remove_expression
from explorer.events.titles.subjects import _SUBJECT_START, _SUBJECT_THEN_RELATIVE, _nominal_event


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
# A news dateline opening the story: "WASHINGTON (AP) —", "O'SMACH, Cambodia_", "PARIS, June 3 --".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?,?\s*(?:\([A-Za-z]{2,10}\))?\s*(?:_|—|–|--|-)\s*"
)  # also "PORT HALLEY, (Reuters) -", whose date the title has already left out
_LEADING_JUNK = re.compile(r"^(?:[\s,;:–—\-_`\"“”'‘’(|*]|\[\w{1,4}\])+")
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


_PAST = r"(?:[a-z]+ed|" + IRREGULAR_PASTS + r")"
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


#: A clause with a subject of its own: "(which) the KPA captured", "(which) they besieged": the
#: relative's noun is its object, no subject to put before it.
_OWN_SUBJECT = re.compile(r"\s*(?:the|a|an|its|his|her|their|our|this|these|those|he|she|it|they|we|i|you)\s", re.IGNORECASE)
#: A relative clause set off by a comma, as an aside about the noun before it: "…, which ", "…, who ".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|who)\s*$")


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
    if len(re.findall(r"[A-Za-z]{3,}", rest)) < 2 and len(re.findall(r"[A-Za-z]{3,}", sentence[end:])) >= 2 \
            and not _has_verb(rest):
        # "February 9, 2020: Mohammad Sadr …": the clause is only the date, so tell what follows it
        # ("We reopened it on 20 February and flushed …" is a clause of short words, with its verb).
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
    aside_end = clause.find(",", 0, start - left) if antecedent and end > start > left and _OWN_SUBJECT.match(clause) else -1
    if aside_end != -1 and _SET_OFF_RELATIVE.search(sentence[:left]):
        # "The charts, which the admiralty had requested in 1948, were published in 1953": the date is
        # the main clause's, past an aside whose relative is its object; the main clause tells of the noun
        body = clause[aside_end + 1:].lstrip()
        shift = left + len(clause) - len(body) - len(antecedent) - 1
        return f"{antecedent} {body}", start - shift, end - shift
    if antecedent and _BARE_VERB.match(clause) and not _OWN_SUBJECT.match(clause):
        # "a property venture that collapsed in 2020": the relative clause tells of its noun
        close = clause.find(",", end - left)
        if close != -1 and _SET_OFF_RELATIVE.search(sentence[:left]):
            clause = clause[:close]  # "X, which was promoted in 2024, accepted …": the aside ends at its comma
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
#: (A reader's knowledge framing the news is a telling too: "Regular readers will know that …", "You may recall that …".)
_TELLING_THAT = re.compile(
    r"\b(?:heard|hears|said|says|told\s+\w+|announced|reported|found|ruled|claimed|alleged|learned|learnt|revealed|"
    r"confirmed|admitted|showed|shows|established|know|knows|remember|remembers|recall|recalls|recalled)\s+that\s+"
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


#: A name with no determiner after a preposition of giving or joining, ending the text: "… to Marrow
#: Trust". A relative clause after it tells of the name, not of the phrase before the preposition.
_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:to|from|with|by|for|into)\s+((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)$")


def _noun_phrase_before(text: str) -> str | None:
    """The noun phrase ending ``text`` ("… she wrote a textbook on arch design" -> "a textbook on arch
    design"; "… a poster for the 1911 winter fair" -> "a poster for the 1911 winter fair"): from the
    last determiner within six words, reaching back over a preposition to the noun it follows."""
    tail = " ".join(text.split()[-8:])
    named = _NAME_AFTER_PREPOSITION.search(tail)
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
#: A name of two to four capitalised words, then the comma that sets a description beside it.
_NAME_BEFORE_DESCRIPTION = re.compile(r"(?:^|[\s(–—-])((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){1,3}),\s+$")
_WHICH_BEFORE_DATE = re.compile(
    r",\s+(?:which|who)\s+((?:[a-z]+ly\s+)?(?!(?:was|were|had|has|is|are|been|be|seemed|appeared|expected)\b)(?:[a-z]+ed|" + IRREGULAR_PASTS + r")"
    r"(?:\s+[^,;:]{0,40}?)?)\s+(?:(?:in|on|at|during|from|since|until|last|this)\s+)?$"
)


#: ", which the council bought in 1960": a relative clause with its own subject, whose object is the noun.
_OBJECT_RELATIVE_BEFORE_DATE = re.compile(
    r",\s+(?:which|that|whom)\s+((?:the|a|an|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|he|she|they|we|it)\s+((?:[a-z]+ly\s+)?"
    r"(?!(?:was|were|had|has|is|are|been|be)\b)(?:[a-z]+ed|" + IRREGULAR_PASTS + r"))"
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
        before_noun = head[:m.start()][: len(head[:m.start()]) - len(noun)]
        named = _NAME_BEFORE_DESCRIPTION.search(before_noun)
        if named and noun.split()[0].lower() in ("a", "an", "the"):
            # "Neil Farrow, the former finance director of Caldmoor Water, who retired …": the person named
            # is who did it, not the description set beside the name
            verb = m.group(1).strip()
            return f"{short_name(named.group(1))} {'is ' + verb if passive else verb}"
        lead = re.split(r"[,;:]", before_noun)[-1].split()
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
