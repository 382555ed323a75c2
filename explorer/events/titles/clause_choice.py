"""Which clause of the sentence tells the dated happening.

A sentence often holds several clauses, and the date belongs to one of them: the clause around the date
(a coordinated verb sharing the subject, a verbless clause read past), the other dates of the sentence
marking where clauses break. Clauses told inside another ("when", "that", a report told after what it
tells) are :mod:`~explorer.events.titles.framed_clauses`; clauses told of the noun before them (a
participle, a relative clause) are :mod:`~explorer.events.titles.noun_clauses`.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.auxiliaries import DO_FORMS, FINITE_BE, HAVE_FORMS
from explorer.events.clauses import ADVERBS_BEFORE_JOINED_VERB, AND_VERB_AFTER_DATE, COMMA_AND_PASSIVE_AFTER_DATE, COMMA_VERB_AFTER_DATE, and_bare_verb_breaks, LEADING_ASIDE, MODAL_START, clause_bounds, modal_subject_before, is_subjectless, participle_opens_subject, relative_antecedent, named_subject_before, subject_before
from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLES
from explorer.events.titles.words import ATTACHED_PREPOSITION, DETERMINER_WORDS, FINITE
from explorer.events.titles.finish import present_verb_at, verb_at
from explorer.events.titles.dated_where_parts import where_parts
from explorer.events.titles.without_dates import drop_others
from explorer.events.titles.subjects import SUBJECT_THEN_RELATIVE, nominal_event


#: A thousands separator is no clause's comma: "after averaging 242,000 for the first nine months of
#: 1997" is no framing "after averaging 242," before a clause "000 for the first nine months".
FRAMING = re.compile(
    r"^(?:according to (?:[^,]|,(?=\d{3}(?!\d))){1,80},(?!\d{3}(?!\d))|it (?:should|must|is worth|can) (?:be )?(?:noted|emphasized|stressed|mentioning|said) that|"
    r"it (?:would |may |might )?(?:seems?|appears?) that|"
    # (a notice's formula: "Notice is hereby given that the partnership … was dissolved", "We hereby give notice that")
    r"(?:(?:public )?notice is (?:hereby )?given|(?:I|we) (?:hereby )?give notice) that|"
    r"(?:in|during|over|for) (?:the )?(?:recent|past|last|next|coming) (?:[^,]|,(?=\d{3}(?!\d))){1,30},(?!\d{3}(?!\d))|recently,?|"
    r"(?:in|over) (?:the )?(?:recent|past) (?:years|months|weeks|days)\b,?|"
    r"in (?:response|reply|addition|contrast) to (?:[^,]|,(?=\d{3}(?!\d))){1,60},(?!\d{3}(?!\d))|(?:in|at|from) (?:[A-Z][\w'’-]*\s?){1,4},|"
    # (a named campaign or region after "the": "in the Sinai and Palestine Campaign,", "During the Tarn War,")
    r"(?:in|during) the (?-i:[A-Z][\w'’-]*)(?:\s(?:and\s)?(?-i:[A-Z][\w'’-]*)){0,4},|"
    r"(?:in|during|at) (?:a|an) (?:(?!\b(?:he|she|they|we|was|were)\b)[^,]){0,60},|"
    r"(?:in|during|at|after|before) (?:a|an|the) [a-z]+(?: [a-z]+)?(?= (?:he|she|they|we)\s)|however,|though,|nevertheless,|nonetheless,|meanwhile,|moreover,|yes,|no,|well,|oh,|okay,|furthermore,|still,|thus,|but|and|so,?|"
    r"also,?|in fact,|indeed,|then,|for example,|for instance,|in addition,|after all,|of course,|"
    # (a place told against the last one: "Further to the west,", "Farther north,", "Elsewhere in the region,")
    r"(?:further|farther)(?: to the)? (?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?,|elsewhere(?: in [^,]{1,40})?,|"
    # (a time told against the story's, "Previously,", and whose orders an act followed, "Under orders from X,")
    r"previously,|(?:under|on) (?:the )?orders (?:from|of) (?:[^,]|,(?=\d{3}(?!\d))){1,60},(?!\d{3}(?!\d))|at the (?:request|invitation) of (?:[^,]|,(?=\d{3}(?!\d))){1,60},(?!\d{3}(?!\d))|"
    r"when|while|once|especially|particularly|notably|between|there(?=\s+(?:he|she|they|we|I)\s)|"
    r"(?:despite|before|after|following|amid|during|with|until|unless|because|although|though|as soon as|as) (?:[^,]|,(?=\d{3}(?!\d))){1,140},(?!\d{3}(?!\d))|"
    r"(?:(?:away|apart|aside) from|outside|beyond|besides|unlike|instead of|in place of|on top of|alongside) (?:[^,]|,(?=\d{3}(?!\d))){1,60},(?!\d{3}(?!\d))|of (?:that|the same|the following|the next|this) \w+,?)(?![A-Za-z])\s*",
    re.IGNORECASE,
)
# A news dateline opening the story: "WASHINGTON (AP) —", "O'SMACH, Cambodia_", "PARIS, June 3 --".
DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40}(?:,\s*[A-Z\d][\w. ]{1,30})?,?\s*(?:\([A-Za-z][\w.&]*(?: [\w.&]+){0,3}\))?\s*(?:_|—|–|--|-)\s*"
)  # also "PORT HALLEY, (Reuters) -", whose date the title has already left out, and "PORT ALVA, 3 May 2024
#  (Coastline Press) —"
LEADING_JUNK = re.compile(r"^(?:[\s,;:–—\-_`\"“”'‘’(|*]|\[\w{1,4}\])+")
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
    if participle_opens_subject(sentence[left:]):
        return False  # "…, and protracted armistice talks began": the participle is the subject's adjective
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


def has_verb(text: str) -> bool:
    """Whether ``text`` holds a finite verb (a past form, or an "-s" present after a noun that opens it)."""
    words = ["the", *text.split()]  # "the" first: an opening plural ("operations Courageous") is no verb
    return verb_at(words) is not None or present_verb_at(words) is not None


def _past_a_verbless_clause(sentence: str, start: int, end: int, left: int, right: int) -> int:
    """``right``, or further on when the clause up to ``right`` holds a subject but no verb: "On 23 July
    1962, fourteen nations, including …, signed an agreement" breaks after "nations", and a title made
    there would be the bare noun phrase "Fourteen nations"; the clause goes on to the break after its verb."""
    if nominal_event(sentence[left:right]):
        return right  # "X's visit in Tehran on August 4": a nominal happening is told without a verb
    for _ in range(4):
        # (an opening "After X defeated Y," is framing: its verb is not the date's clause's)
        core = _without_framing(sentence[left:start].strip()) + " " + sentence[end:right]
        if right >= len(sentence) or has_verb(core):
            return right
        only_date = not re.search(r"[A-Za-z]{2,}", ATTACHED_PREPOSITION.sub("", core.strip(" ,") + " ")) \
            and not _OPENS_OWN_CLAUSE.match(sentence, right)  # ("In 1991, | after a neighbour confided …, she began")
        following = clause_bounds(sentence, right + 1, right + 1)[1]
        if following <= right:
            return right
        between = re.search(r"\bbetween(?:\s+\S+){1,4}\s*$", sentence[left:right]) and \
            re.match(r"\s*and\b", sentence[right:following])  # "talks between the union | and the owners broke down"
        if subjects_verb(sentence[right:following]) or (between or only_date) and has_verb(sentence[right:following]):
            return following  # ("After X won, on May 21 | he signed …": the date opens the clause after it)
        if has_verb(sentence[right:following]):
            return right  # "…, where she arrived next": a clause of its own, not the subject's verb
        right = following
    return right


#: Words opening a clause of its own, whose verb is not the subject's before it.
_OWN_CLAUSE_WORDS = frozenset("where which who whom whose when whereupon while that as because although though if "
                              "so since until after before".split())


_OPENS_OWN_CLAUSE = re.compile(r"[\s,;:_—–-]*(?:after|before|when|while|as|because|although|though|if|since|until|once|"
                               r"following|despite|amid|whereas|which|who|where)\b", re.IGNORECASE)


#: A subordinator and the subject of its own clause up to the date's preposition: "after floods in
#: the valley in ", "when a leak in the roof in ". Only lower-case words, a name's capitals or digits.
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|when|before|once|until)\s+(?P<np>(?:[\w’'-]+\s+){0,6}?)(?:in|on|at|during|early|late)?\s*$")


def _subordinate_clause_start(sentence: str, left: int, start: int, end: int) -> int | None:
    """Where the subordinate clause whose subject stands before the date and whose past verb follows it
    starts its subject ("after [floods in the valley] in March 2019 destroyed it"), or None."""
    m = _SUBORDINATE_SUBJECT.search(sentence, left, start)
    if m is None or not m.group("np").strip() or left == m.start():
        return None
    np = m.group("np").split()
    if np[-1].lower() == "of":
        return None  # "before the onset of winter trapped …": the date is the subject's own noun, no adjunct
    if any(w.endswith((",", ";", ":")) for w in np) or verb_at(["the", *np]) is not None \
            or np[0].lower() in ("he", "she", "it", "they", "we", "i", "you", "the", "a", "an") and len(np) == 1:
        return None  # no subject of its own before the date, or a verb already told
    after = re.match(r"\s+(?:also\s+|then\s+)?([a-z]+)\b", sentence[end:])
    if after is None or verb_at(["the", "x", after.group(1)]) != 2 or after.group(1) in FINITE - _PAST_FINITE:
        return None
    return m.start("np")


#: Finite verbs that tell a past act ("was", "had" open a passive or a pluperfect of one).
_PAST_FINITE = frozenset(("was", "were", "had"))


def _without_framing(text: str) -> str:
    """``text`` without the framing that opens it ("After X defeated Y,"), whose verb is not its clause's."""
    for _ in range(3):
        shorter = FRAMING.sub("", text, count=1)
        if shorter == text:
            break
        text = shorter
    return text


def subjects_verb(text: str) -> bool:
    """Whether ``text``, after a subject, goes on to that subject's verb: the verb opens it or follows a
    comma that closes an aside ("…, many with Iraqi plates, streamed north"), with no clause word before."""
    words = ["the", *text.split()]
    verb = verb_at(words)
    listed = verb is not None and verb <= 6 and any(w in ("and", "or") for w in words[1:verb]) \
        and not any(w.endswith(",") or w.lower() in DETERMINER_WORDS for w in words[2:verb])
    # (", sea and air force has mobilized": the comma was the subject's own list, "An international land, sea and air force")
    if verb is None or not (verb == 1 or words[verb - 1].endswith(",") or listed) \
            or words[verb] in FINITE - {"was", "were", "is", "are", "has", "have", "had"} \
            and not (listed and words[verb] in ("said", "says")):
        # (", said a spokesman" is an attribution; "and FBI agents said" the subject's own verb)
        return False
    return not any(w.lower().strip(",;:()") in _OWN_CLAUSE_WORDS for w in words[1:verb])


#: A clause with a subject of its own: "(which) the KPA captured", "(which) they besieged": the
#: relative's noun is its object, no subject to put before it.
_OWN_SUBJECT = re.compile(r"\s*(?:the|a|an|its|his|her|their|our|this|these|those|he|she|it|they|we|i|you)\s", re.IGNORECASE)
#: The comma closing a relative aside, then the main clause's verb: "…, which was built in 1890, will
#: close", "…, who joined in 2001, retired".
_MAIN_VERB_AFTER_ASIDE = re.compile(
    r",\s+((?:will|would|was|were|is|are|has|had|have|can|could|may|might|must|should|did|does|[a-z]+ed|"
    + IRREGULAR_PASTS + r")\b)"
)
#: A relative aside closed by its comma right before a clause: ", which storms wrecked in 1990, ".
_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who)\s+()[^,;]{1,80},\s*$")
#: A relative clause set off by a comma, as an aside about the noun before it: "…, which ", "…, who ".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|who)\s*$")


def clause_around(sentence: str, start: int, end: int) -> tuple[str, int, int]:
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
    inner = _subordinate_clause_start(sentence, left, start, end)
    if inner is not None:
        # "… rebuilt the bridge after floods in March 2019 destroyed it": the date stands between the
        # subordinate clause's subject and its verb, so it is that clause's happening ("Floods destroy it")
        return sentence[inner:right], start - inner, end - inner
    clause = sentence[left:right]
    rest = (clause[: start - left] + clause[end - left :]).strip()
    if len(re.findall(r"[A-Za-z]{3,}", rest)) < 2 and len(re.findall(r"[A-Za-z]{3,}", sentence[end:])) >= 2 \
            and not has_verb(rest):
        # "February 9, 2020: Mohammad Sadr …": the clause is only the date, so tell what follows it
        # ("We reopened it on 20 February and flushed …" is a clause of short words, with its verb).
        return _after_the_date(sentence[end:]), 0, 0
    second = _second_verb_after_aside(sentence, left, start)
    if second is not None:
        # "He complained … on 14 September and then, having had no reply, wrote … on 2 October"
        subject = named_subject_before(sentence, second[0])
        while subject and len(subject.split()) > 1 and subject.split()[-1].lower() in _SUBJECT_ADVERBS:
            subject = subject.rsplit(" ", 1)[0]  # "He first complained": "He"
        if subject and subject.split()[0].lower() not in ("whose", "which", "who", "whom"):
            body = sentence[second[1]:right]
            shift = second[1] - len(subject) - 1
            return f"{subject} {body}", start - shift, end - shift
    antecedent = relative_antecedent(sentence, left) if left > 0 else None
    main = list(_MAIN_VERB_AFTER_ASIDE.finditer(clause, 0, start - left)) if antecedent and end > start > left else []
    if main and _SET_OFF_RELATIVE.search(sentence[:left]):
        # "The boathouse, which was built in 1890, will close on 3 May", "The pier, which storms wrecked in
        # 1990, reopened in May 2001": the date is past the aside's closing comma, in the main clause,
        # whose subject is the aside's noun
        body = clause[main[-1].start(1):]
        shift = left + main[-1].start(1) - len(antecedent) - 1
        return f"{antecedent} {body}", start - shift, end - shift
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
    modal = modal_subject_before(sentence, left) if left > 0 else None
    if modal is not None:
        # "The company will report its results on 5 February and hold an investor day in May": the bare
        # verb after "and" goes on with the modal's subject ("The company will hold an investor day")
        body = clause.lstrip()
        body = body[3:] if body.startswith("to ") and modal.endswith(" to") else body
        cut = len(clause) - len(body)
        shift = len(modal) + 1 - cut
        return f"{modal} {body}", start - left + shift, end - left + shift
    if is_subjectless(sentence, left) or _shares_subject(sentence, left, start, end) or _plan_after_and(sentence, left):
        # ", and reprised the claim in 2003": the happening's subject is the previous clause's.
        subject = named_subject_before(sentence, left) or _long_subject_before(sentence, left)
        aside = _CLOSED_RELATIVE.search(sentence[:left]) if subject is None else None
        if aside:
            # "The old pier, which storms wrecked in 1990, reopened in May 2001": the noun the aside told of
            subject = relative_antecedent(sentence, aside.start(1))
        owner = SUBJECT_THEN_RELATIVE.match(sentence[:left])
        if owner and verb_at(owner.group("np").split()) is None and subject and subject not in owner.group("np"):
            subject = owner.group("np").strip()  # "The party, whose leader X was arrested, held": the party held
        if subject and subject.split()[0].lower() in ("whose", "which", "who", "whom"):
            subject = None  # "the Athenians, … whose fleet were the key, … refused": an aside's, not the clause's
        if subject and len(subject.split()) > 2 and subject.split()[-1].lower() in ("he", "she", "they", "we", "i", "you"):
            subject = subject.rsplit(" ", 1)[0]  # "The crane she designed was built … and was dismantled": "The crane"
        if subject:
            body = clause.lstrip()
            aside = LEADING_ASIDE.match(body)
            cut = len(clause) - len(body) + (aside.end() if aside and aside.end() <= start - left else 0)
            subject = with_shared_passive(sentence, subject, left, clause[cut:])
            shift = len(subject) + 1 - cut
            return f"{subject} {clause[cut:]}", start - left + shift, end - left + shift
    return clause, start - left, end - left


#: A passive's auxiliary right after its subject, then its participle: "The mill was damaged by fire",
#: "The ships were, in the end, sold".
_PASSIVE_AFTER_SUBJECT = re.compile(r"\s*(?:,[^,;]{1,60},\s*)?(was|were)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
#: A bare verb opening a coordinated clause: "… and rebuilt in 1870", "… and then sold", "… and last
#: repaired in 1974", "… and partly rebuilt".
_BARE_VERB_AFTER_AND = re.compile(r"(?:(?:" + "|".join(sorted(ADVERBS_BEFORE_JOINED_VERB)) + r")\s+)?([a-z]+)\b")
#: A possessive or an article opening the second verb's object: the subject acts on it ("and named his
#: shadow team", "was coached by Tom Reyes and won the title"), an active verb after the passive; an
#: article before a time ("and charged the next day") opens no object
_OWN_OBJECT_AFTER = re.compile(
    r"\s+(?:his|her|their|its|our|my\b|(?:the|a|an)\s+(?!(?:next|following|same|previous|day|week|month|year|"
    r"morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)\b))")
#: Pasts whose passive takes an object of its own ("was sacked and given his notice", "handed her
#: medal"): a possessive after them is still the passive's
_GIVEN_TO_PASTS = frozenset("given handed shown told offered sent paid awarded granted promised denied lent refused".split())
#: Pasts that a thing or a person does on its own after being acted on ("was elected in 1990 and
#: resigned in 1994"): an active verb, never a shared passive.
_ON_ITS_OWN_PASTS = frozenset(
    """resigned retired died arrived returned left moved emigrated fled escaped sank recovered survived
    disappeared vanished went came grew fell rose stood collapsed failed started opened closed ended landed scored
    married competed debuted
    sailed flew crashed docked
    finished resumed stalled halted continued began peaked happened occurred lasted served stayed
    lived settled remained travelled traveled worked wandered waited""".split()
)


#: A coordinated clause opening with its own auxiliary ("… and was sold in 1931") shares no passive.
_AUXILIARIES = FINITE_BE | HAVE_FORMS | DO_FORMS | {"been", "will", "would"}


def _participle(word: str) -> bool:
    """Whether ``word`` can be a past participle: a known one, a regular "-ed" form, or an irregular
    past that is its own participle ("built", "sold"; not "withdrew", whose participle is "withdrawn")."""
    from explorer.events.tense import IRREGULAR, present_of

    if word in PARTICIPLES:
        return True
    if word in IRREGULAR:
        return not any(present == IRREGULAR[word] for present in PARTICIPLES.values())
    return present_of(word) is not None


def with_shared_passive(sentence: str, subject: str, left: int, clause: str) -> str:
    """The subject of a coordinated bare participle with the passive's auxiliary it shares: "The mill
    was damaged by fire and rebuilt in 1870" -> "The mill was" (titled "The mill is rebuilt", never
    "The mill rebuilds"); the subject alone when the first clause is no passive, or the second verb is
    one a thing does on its own ("was elected … and resigned")."""
    at = sentence.rfind(subject, 0, left)
    if at == -1 or not re.search(r"\band\s*$", sentence[:left]):
        return subject
    passive = _PASSIVE_AFTER_SUBJECT.match(sentence, at + len(subject))
    second = _BARE_VERB_AFTER_AND.match(clause)
    if passive is None or passive.end() > left or not _participle(passive.group(2)) or second is None \
            or not _participle(second.group(1)) or second.group(1) in _ON_ITS_OWN_PASTS | _AUXILIARIES:
        return subject
    if _OWN_OBJECT_AFTER.match(clause, second.end()) and second.group(1) not in _GIVEN_TO_PASTS:
        return subject  # "was confirmed … and named his shadow team": the subject's own object, an active verb
    return f"{subject} {passive.group(1)}"


#: A name opening its sentence with its birth as an aside: "Thomas Weller, born in 1821 in Leeds, was …".
BORN_ASIDE = re.compile(
    r"^\s*(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|de|van|von|da|di|del|la|le)){1,4}),\s+"
    r"born\s+(?P<aside>[^,;()]{2,80}?),\s+(?=[a-z])")


def _plan_after_and(sentence: str, left: int) -> bool:
    """ "… starts next week and will report in September": a plan after "and" shares the subject before
    it (for the title only: the clause's names stay its own)."""
    return left > 0 and bool(MODAL_START.match(sentence, left)) and re.search(r"\band\s*$", sentence[:left]) is not None


def own_clause(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                ) -> tuple[str, int, int, Sequence[tuple[int, int]]]:
    """The clause of a bracketed date at [start, end) that ends its clause ("design approved (May 2019),"),
    its shared subject put before a bare verb, with the other dates inside it, offsets shifted to it;
    the sentence as it is otherwise. A dated "where" clause parts two happenings (:mod:`dated_where_parts`)."""
    where = where_parts(sentence, start, end, others)
    if where is not None:
        return where
    left, right = clause_bounds(sentence, start, end)
    if (left, right) == (0, len(sentence)) or all(left <= a and b <= right for a, b in others):
        return sentence, start, end, others
    if not re.fullmatch(r"\)[\s,;.]*", sentence[end:right + 2]) or not sentence[:start].rstrip().endswith("("):
        return sentence, start, end, others  # only a bracketed date marks its clause's end
    clause, c_start, c_end = clause_around(sentence, start, end)
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
#: "and", and a preposition if any, before a date that opens the next clause ("and within a year the …").
_AND_BEFORE_A_DATE = r"\s+and\s+(?:(?:in|on|by|during|within)\s+)?"
#: All that lies between a clause's end and a date opening the next one: ", and (in|within) ".
_AND_OPENING_DATE = re.compile(rf",?{_AND_BEFORE_A_DATE}")
#: What opens a subject after a date that opens its clause: a name, a pronoun or a determiner.
_SUBJECT_OPENS = re.compile(r",?\s*(?:(?-i:[A-Z])|(?:he|she|it|they|we|the|a|an|its|his|her|their|our|this|"
                            r"these|those)\s)")
#: ", and (in|within) " right before a date: the date opens the clause after the comma's "and".
_COMMA_AND_BEFORE = re.compile(rf",{_AND_BEFORE_A_DATE}$")


#: What joins a clock time to its day, or a day to its time: "06:00 on 12 May", "12 May, at 06:00".
_SAME_DATE_JOINER = re.compile(r"\s*,?\s*(?:on|at)?\s*")


def with_its_day(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                 ) -> tuple[int, int, list[tuple[int, int]]]:
    """The date [start, end) reaching over another date joined to it as one time ("closed at 06:00 on
    12 May and reopened two days later": the clock time and its day), with the others left. WHY: read
    apart, the day is another date inside the clause and is dropped, and with it the break before "and
    reopened" that ``dates_marking_breaks`` keeps; the title ran on into the second act."""
    rest = []
    for a, b in sorted(others):
        if a >= end and _SAME_DATE_JOINER.fullmatch(sentence, end, a):
            end = b
        elif b <= start and _SAME_DATE_JOINER.fullmatch(sentence, b, start):
            start = a
        else:
            rest.append((a, b))
    return start, end, rest


def dates_marking_breaks(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                          ) -> list[tuple[int, int]]:
    """The other dates to drop before the title is read: not those outside the date's own clause that
    mark where it or the next clause begins ("met X in Ankara on Tuesday, held talks with Y in Athens
    on Wednesday and saw Z", "starts next week and will report in September"): dropping them would
    take the break away, and the rules below would read one subject's happenings as one."""
    left, right = clause_bounds(sentence, start, end)
    if (left, right) == (0, len(sentence)):
        return list(others)
    marks = {m.start(1) for pattern in (AND_VERB_AFTER_DATE, COMMA_VERB_AFTER_DATE, COMMA_AND_PASSIVE_AFTER_DATE)
             for m in pattern.finditer(sentence)}
    marks |= {m.start(1) for m in and_bare_verb_breaks(sentence)}
    # ("bought the lock in 1991, and in 1993 rebuilt its gates": a date opening the next clause after its
    # "and" marks the break as well)
    # ("opened her practice in 1962, and within a year she had won …": the date itself opening the clause
    # after ", and" marks the break from the dates before it)
    opens_next = _COMMA_AND_BEFORE.search(sentence[:start]) is not None
    marked = {(a, b) for a, b in others if (b <= left or a >= right) and (b in marks or end in marks or (
        a >= right and _AND_THEN_DATE.search(sentence[:a]) and _AND_VERB.match(sentence, b)) or b <= left and opens_next
        or a >= right and _AND_OPENING_DATE.fullmatch(sentence, right, a) is not None)}
    if not marked:
        return list(others)
    kept = [o for o in others if o not in marked]
    clause, c_start, c_end = clause_around(*drop_others(sentence, start, end, kept)) if kept else clause_around(sentence, start, end)
    if c_start == 0 and c_end > 0 and _SUBJECT_OPENS.match(clause, c_end):
        return kept  # the clause opens on the date, its subject after it ("within a year the owners …")
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
