"""A title from a verb of saying that the word cut ended inside what was said.

"The British Foreign Office said today conditions in Kuwait appear to be deteriorating" was titled
"The British Foreign Office says conditions": the cut kept the telling and the first words of the
told clause, which names neither the happening told nor a whole object. A reader keeps the object
whole when it is short ("… says conditions in Kuwait appear to be deteriorating"); when it is long,
it drops the told clause's last phrases ("Officials report the civilian death toll in Iraq fell | to
its lowest level in November"), and when no whole clause fits, the title stays as it was (the told
happening alone would lose who told it, whom a reader looks for: a telling's actor is its teller;
and retelling the told clause by the title rules changes its verbs: "the body found along a highway"
became "the body finds").

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from explorer.events.gender import given_name_sex
from explorer.events.titles.finish import curly_quotes

#: A verb of saying in a title, with "that" after it or not: "X says (that) …".
_SAYING = re.compile(
    r"\s(?:also\s+)?(?P<verb>says?|said|has\s+said|have\s+said|tells?|told|(?:announce|report|note|warn|insist|claim|add|"
    r"confirm|state|declare|argue|reveal)(?:s|d|ed)?)(?:(?P<bare>(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$)"
    r"|\s+(?P<that>that\s+)?(?=\S))"
)
#: What may stand between a verb of saying and its date: "said on Tuesday", "said early this week".
_DATE_OPENING = re.compile(r"(?:(?:on|in|at|during|over|early|late|earlier|later)\s+)*", re.IGNORECASE)
#: Words after which a verb-like word is a noun ("the state", "a report").
_DETERMINERS = frozenset("the a an its his her their this that these those our my your no every each".split())


def _frame(title: str) -> tuple[str, str, str, str, str] | None:
    """(frame, who, verb, that, told) of a title telling a saying: "The state news agency says that the
    governor" -> ("The state news agency says", "The state news agency", "says", "that ", "the governor");
    the first verb of saying after one to nine words that do not end on a determiner."""
    for m in _SAYING.finditer(title):
        who = title[: m.start()]
        words = who.split()
        if not 1 <= len(words) <= 9 or words[-1].lower() in _DETERMINERS:
            continue
        told, that = title[m.end():], m.group("that") or ""
        if m.group("bare") is not None:
            if words[-1].lower() in _PASSIVE or _has_a_verb(words):
                continue  # "A wing is added": a passive; "The office publishes a preliminary report": a noun
            # "The mayor says", "X says Friday": the cut left the telling alone (an undated weekday with
            # it); what was told is read from the sentence
            return title[:m.end("verb")], who, m.group("verb"), "", ""
        whom = _WHOM.match(told) if not that and _third_person(m.group("verb")) == "tells" else None
        if whom is not None and not _ASIDE_THAT.match(told):
            # "The harbour master tells reporters the ferry" (the sentence: "told reporters the ferry would
            # sail at noon"): whom it was told stays in the frame; the told clause follows with no "that"
            return title[: m.end() + whom.end()].rstrip(), who, m.group("verb"), "", told[whom.end():]
        aside = _ASIDE_THAT.match(told) if not that else None
        if aside is not None and (aside.group("where") or _third_person(m.group("verb")) == "tells"):
            # "The airline says in a statement that engineers had found": the aside is the telling's and
            # stays in the frame with its "that" (the event filters read the title as it was told); the
            # told clause follows "that"
            return title[: m.end() + aside.end()].rstrip(), who, m.group("verb"), "that ", told[aside.end():]
        return title[: m.end("verb")], who, m.group("verb"), that, told
    return None


def _has_a_verb(words: list[str]) -> bool:
    """Whether the words before a title's last word hold a verb of their own ("The office publishes a
    preliminary | report"): the last word is then no verb of saying but a noun."""
    from explorer.events.titles.finish import present_verb_at, verb_at

    return verb_at(words) is not None or present_verb_at(words) is not None


#: What may stand between a verb of saying and the "that" of its told clause in a title: where or how
#: it was told ("in a statement", "over the radio", "at a briefing") or, after "tells", whom.
_ASIDE_THAT = re.compile(
    r"(?:(?P<where>(?:in|over|at|on|during|through|via)\s+(?:[\w’'-]+\s+){1,4}?)|(?P<whom>(?:[\w’'-]+\s+){1,3}?))"
    r"that\s+(?=\S)"
)


#: Whom "tells" tells, before a told clause with no "that": a pronoun, a plural or a name, or a
#: determiner and a noun ("tells reporters the ferry", "tells us the hall", "tells the board the plant");
#: never a word that opens the told clause itself ("tells the ferry" alone tells no one).
_WHOM = re.compile(
    r"(?:us|him|them|me|you|reporters|journalists|members|staff|workers|pickets|analysts|investors|shareholders|"
    r"councillors|MPs|parliament|the\s+(?:court|committee|board|inquiry|hearing|council|jury|meeting|tribunal|assembly))"
    r"(?:\s+(?=(?:the|a|an|its|his|her|their|our|this|these|those)\s|[A-Z][a-z])|$)"
)


#: The forms the verb takes in the sentence.
_FORMS = {
    "says": "said|says|say", "tells": "told|tells|tell", "announces": "announced|announces|announce",
    "reports": "reported|reports|report", "notes": "noted|notes|note", "warns": "warned|warns|warn",
    "insists": "insisted|insists|insist", "claims": "claimed|claims|claim", "adds": "added|adds|add",
    "confirms": "confirmed|confirms|confirm", "states": "stated|states|state",
    "declares": "declared|declares|declare", "argues": "argued|argues|argue", "reveals": "revealed|reveals|reveal",
}
#: Where a told clause ends: the sentence's end, a semicolon, a dash, a quotation's close.
_TOLD_END = re.compile(r"\s*(?:;|\s--\s|\s_\s|—|–|''|”|\"|\.\s*$|$)")
#: Words before which a told clause ends on a clause of its own (a relative or a reason).
_OWN_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where|because|although|though|while|as|but|and|\d)\b")
#: An auxiliary or modal: a verb ``has_verb`` (past forms, "-s" presents) does not see ("conditions appear
#: to be deteriorating", "troops will remain").
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)\b")
#: Words before a bare verb, which a told clause cut after it ends on ("it will not lift").
_BEFORE_BARE_VERB = frozenset("not will would can could may might must should shall to do does did never".split())
#: Words before a passive participle, which ends a whole clause ("14 people had been treated").
_PASSIVE = frozenset("be been being is are was were".split())
#: Short enough to keep whole: words, characters.
WHOLE_WORDS, WHOLE_CHARS = 15, 95


def _words(text: str) -> list[str]:
    """The words of ``text`` for comparing a title with its sentence: without the punctuation and the
    quotation marks, which a title may have made curly ("\"very" and "“very" are one word)."""
    return [w.strip(".,;:\"“”‘’'") for w in text.split()]


def _third_person(verb: str) -> str:
    """The key of :data:`_FORMS` for a verb as a title has it: "report", "said", "has said" -> "reports", "says"."""
    verb = verb.split()[-1]
    if verb in ("say", "said"):
        return "says"
    if verb in ("tell", "told"):
        return "tells"
    for key in _FORMS:
        if verb == key or verb == key[:-1] or verb in (key[:-1] + "d", key[:-1] + "ed"):
            return key
    return "says"


def _told_in_sentence(sentence: str, who: str, verb: str, that: bool = False) -> str | None:
    """What the sentence tells after the speaker's verb, up to where the told clause ends; with
    ``that``, from the "that" a short aside may put after the verb ("said in a statement on Wednesday
    that …"). A speaker the sentence names by a pronoun ("he told reporters", the title naming him)
    is looked for from the sentence's start."""
    at = sentence.find(who.split()[-1]) if who.split() else -1
    said = re.compile(rf"\b(?:{_FORMS[_third_person(verb)]})\b").search(sentence, max(at, 0))
    if said is None:
        return None
    rest = sentence[said.end():]
    if that:
        opening = re.match(r"[^,;:\"“”]{0,60}?\bthat\s", rest)
        rest = rest[opening.end():] if opening else rest
    return _clause_end(rest)


def _clause_end(rest: str) -> str:
    """``rest`` up to where its told clause ends: a quotation opened and closed inside it ("there was
    \"no certainty\" a deal would be agreed") is a phrase of the clause, not its end."""
    start = 0
    while True:
        end = _TOLD_END.search(rest, start)
        if end is None:
            break
        mark = end.group().strip()
        close = rest.find("”" if mark == "“" else '"', end.end()) if mark in ('"', "“") else -1
        opens = end.start() == 0 or rest[end.start() - 1].isspace() or end.group()[:1].isspace()
        if close < 0 or not opens or mark == '"' and rest[end.end(): end.end() + 1].isspace():
            rest = rest[: end.start()]
            break
        start = close + 1
    own = _OWN_CLAUSE.search(rest)
    return rest[: own.start()] if own else rest


def _open_quotation(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened ("the plan was \"a step backwards"): cut
    there, it is never a whole clause, whatever phrase follows."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


#: A relative clause left in a told title ("15,000 US troops whose tours had been extended").
_RELATIVE = re.compile(r"\s(?:whose|which|who|whom)\s")
#: Words a phrase may end before: a told title ending before one of them was not cut inside a phrase.
_PHRASE_BREAK = frozenset(
    "in at on from to into against with for by during under over through across after before since until "
    "of and or but as while because when where which who that if near about amid despite without within among "
    "between toward towards onto upon behind beyond via along around off inside outside".split()
)


def _ends_on_verb(words: list[str], has_verb: Callable[[str], bool]) -> bool:
    """Whether a told clause's ``words`` end on its verb, its object left out ("she regretted", "it will
    not lift"); a passive ("14 people had been treated") ends whole."""
    last, before = words[-1], (words[-2].lower() if len(words) > 1 else "")
    return (has_verb(f"it {last}") and before not in _PASSIVE) or before in _BEFORE_BARE_VERB


def _infinitive(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the "to" of an infinitive ("wanted | to order more"), which a cut there
    would leave its verb without: "to" before no determiner, name or number."""
    if words[k].lower() != "to" or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return not (after.lower() in _DETERMINERS or after.lower() in _QUANTIFIERS or after[:1].isupper()
                or after[:1].isdigit() or after[:1] in "$£€")


#: Words that open a noun phrase after "to" as determiners do ("free port | to most Iraqi trade",
#: "grants | to all flooded towns"): no verb follows them, so that "to" is a preposition.
_QUANTIFIERS = frozenset("most all some many several both any more other another half".split())


def _phrases_dropped(frame: str, told: str, tidy: Callable[[str], str], clause: Callable[[str], bool]) -> str | None:
    """``told`` less its last phrases (each opened by a preposition or a conjunction) until the telling
    with it fits, a clause still ("King Hussein assured him Jordan would close the last remaining free
    port | to most Iraqi trade"); None when no such cut fits."""
    words = told.split()
    while True:
        cuts = [k for k in range(2, len(words)) if words[k].lower() in _PHRASE_BREAK and words[k - 1][-1:].isalnum()
                and not _infinitive(words, k)]
        if not cuts:
            return None
        words = words[: cuts[-1]]
        shorter = tidy(" ".join(words))
        if not clause(shorter) or len(shorter.split()) < 3:
            return None
        if _fits(f"{frame} {shorter}"):
            return shorter


def _fits(title: str) -> bool:
    return len(title.split()) <= WHOLE_WORDS and len(title) <= WHOLE_CHARS


#: A phrase fronted in a told clause before its subject, which a headline leaves out: "(said that) since
#: the operation | the town had become secure", "following the raid | police had …".
_FRONTED_PHRASE = re.compile(
    r"^(?:after|following|since|before|during|until|under|despite|amid|in|on|at|by)\s+(?:the|a|an|its|his|her|their|this)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+(?=(?:the|a|an|its|his|her|their)\s|[A-Z])"
)


def whole_told(title: str, sentence: str, expressions: Sequence[str], tidy: Callable[[str], str], has_verb: Callable[[str], bool]) -> str:
    """``title`` unless it is a telling cut inside what was told; then the telling with the whole told
    object when short, else with its last phrases dropped until it fits. The told
    object ends before a date ``expressions`` names (the date is the event's, never part of its
    title); ``tidy`` takes off what a cut leaves dangling ("… had lost half its contracts since"), and
    ``has_verb`` tells whether what is left is a clause at all."""
    found = _frame(title)
    if found is None:
        return title
    frame, who, verb, that, have_text = found
    bare = not have_text  # the title ends on the verb of saying: "The prime minister announces"
    whom = frame[frame.find(verb, len(who)) + len(verb):].strip() if _third_person(verb) == "tells" and not that else ""
    if not (that or bare or _third_person(verb) == "says" or whom):
        return title  # "Nixon announces the suspension …": a noun object, not a told clause
    told = _told_in_sentence(sentence, who, verb, bool(that) or bare)
    if told is None:
        return title
    told = told.lstrip(" ,:")
    if whom:
        if not told.lower().startswith(whom.lower() + " "):
            return title
        told = told[len(whom) + 1:]  # ("told reporters the ferry would sail": whom is the frame's)
    if bare and re.search(r":\s*[“\"]", told):
        return title  # "Rohani said on October 7: “We must learn.”": a quotation is titled by the quotation rules
    if bare:
        told = _FRONTED_PHRASE.sub("", re.sub(r"^that\s+", "", told))  # "that since the operation the town had become …"
        if not re.match(r"[“\"]?[\w“\"]", told) or told[:1].isupper() and not who.split()[0][:1].isupper():
            return title
    for expression in expressions:
        opening = _DATE_OPENING.match(told)
        if expression.strip() and told[opening.end():].startswith(expression):
            told = told[opening.end() + len(expression):]  # "said (on) Tuesday conditions in Kuwait appear …"
    for expression in expressions:
        if expression.strip() and expression in told:
            told = told[: told.index(expression)]
    told = re.sub(r"^[\s,]*(?:(?:today|yesterday|tonight|also|privately|publicly)\s+)*(?:that\s+)?", "", told)
    told = tidy(re.sub(r"\s+", " ", told).strip(" ,"))
    if _open_quotation(told):  # the tidy took the closing mark of a quotation the clause ends on
        told += '"' if told.count('"') % 2 else "”"
    told = curly_quotes(told)
    have, whole = _words(have_text), _words(told)
    if len(whole) <= len(have) or whole[: len(have)] != have:
        return title  # nothing was cut, or the title's object is not the told clause's opening
    if (has_verb(have_text) or _AUXILIARY.search(have_text)) and not _open_quotation(have_text):
        if not _ends_on_verb(have, has_verb) and whole[len(have)].lower() in _PHRASE_BREAK:
            # "Iraq says it invaded Kuwait | because of …": a whole clause already, which a reader keeps
            # (not "it had approved the new bus | lanes", cut inside its object, nor "she regretted |
            # calling …", cut after its verb; "14 people had been treated | for …", a passive, is whole)
            return title
    if not (has_verb(told) or _AUXILIARY.search(told)):
        return title  # "that Arvel, a close ally of …": a date cut the told clause before its verb
    frames = [frame]
    bare = frame[: frame.find(verb, len(who)) + len(verb)]
    if bare != frame and _third_person(verb) != "tells":
        frames.append(bare)  # "X says in a statement that …" too long: "X says …", the aside left out
    for frame in frames:
        kept = f"{frame} {told}"  # "X says that Y …" -> "X says Y …", as a headline tells it
        if _fits(kept) and not _RELATIVE.search(told):
            return kept
        shorter = _phrases_dropped(frame, told, tidy, lambda text: has_verb(text) or bool(_AUXILIARY.search(text)))
        if shorter is not None and len(_words(shorter)) > len(have) and not _RELATIVE.search(shorter):
            return f"{frame} {shorter}"
    return title  # no whole clause fits: the cut title, as it was


#: A verb of telling news before a told clause whose verb is a completed act in the perfect:
#: "announced on Tuesday that its chief executive had resigned", "said they had opened an inquiry",
#: "told councillors that the deputy had been appointed".
_NEWS_VERB = re.compile(r"\b(?:announced|announces|said|says|reported|reports|revealed|reveals|disclosed|discloses|told)\b")
#: (nor a determiner: "told reporters the band had split" tells "reporters", and "the band" opens the told
#: clause; a bare "her" is whom, below)
_NOT_NOUN = r"(?!(?:they|it|he|she|we|that|on|in|at|last|this|the|a|an|his|her|its|their|our|my|your)\b)"
#: Whom "told" tells: "the committee", "reporters", "Parliament", "her".
_TOLD_WHOM = re.compile(
    rf"\s+(?:(?:the|a|an|his|her|its|their|our|my|your)\s+)?(?:{_NOT_NOUN}[a-z]+\s+)?{_NOT_NOUN}[a-z]+(?=[\s,])"
    r"|\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
    r"|\s+(?:him|her|them|us|me|you)(?=[\s,])"
)
#: Where or when "told" told, up to an explicit "that": "in the capital, Merravel,", "after the show", "at
#: the Eastgate depot".
_TOLD_WHERE = re.compile(
    r"\s+(?:in|at|after|before|during|outside|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},)?(?=\s+that\s)"
)
#: The telling's date: "on Tuesday", "on 3 May", "last week".
_TELLING_DATE = re.compile(
    r",?\s+(?:on|in|at|last|this|early|late|earlier)\s+(?:[A-Z0-9][\w]*|[a-z]+)(?:\s+[A-Z0-9][\w]*){0,2}"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_THAT = re.compile(r",?\s+(?:that\s+)?(?!to\s)(?=\S)")
#: The told clause's subject (up to five words and an aside between commas) and a perfect:
#: "its manager, Rui Costa, had resigned", "they had opened", "the board had cancelled".
_PERFECT = re.compile(
    r"(?:(?!(?:that|which|who)\b)[\w’'&-]+\s+){0,4}?(?:[\w’'&-]+)(?:,\s+[^,;]{1,60},)?\s+"
    r"(?:had|has|have)\s+(?:already\s+|also\s+|just\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b"
)


def told_happening_start(sentence: str, timex_start: int | None = None) -> tuple[int, str] | None:
    """Where the told clause of "X announced that Y had resigned" begins in ``sentence``, and its verb
    ("resigned"), or None.

    Told news whose verb is a completed act in the perfect is the happening a reader puts on the
    timeline: Y's resignation, not X's announcement; the teller is who made it known. After "said",
    only the teller's own act ("said they had opened an inquiry"): what someone said of others
    ("said that the talks had failed") is their account, and keeps them. Statements
    ("said the plan was fair"), promises ("announced that she would retire"), confirmations (the
    gold set's convention: confirming news is the teller's act) and tellings of news still going on
    are the teller's and keep their frame. The perfect of a verb of saying or thinking ("said he had
    told them") or of a measure's change ("said cases had tripled") tells no act of its own either,
    and a passive that names no one ("announced that the route had been shortened") leaves the teller
    as the likeliest doer. After "said", the act told of others is the happening too when the
    event's date (at ``timex_start``) follows the told verb in its own clause ("said the party's
    executive had voted on Tuesday night"): the act carries a date of its own, not the saying's."""
    from explorer.events.tense import PARTICIPLES, present_of
    from explorer.events.titles.finish import verb_at  # the title rules' own idea of where a verb is

    for frame in _NEWS_VERB.finditer(sentence):
        words = sentence[: frame.start()].split()
        if not words or verb_at([*words, frame.group()]) != len(words):
            continue  # "…, a week after a newspaper reported that …": the telling is not the sentence's own
        at = frame.end()
        if frame.group() == "told":
            whom = _TOLD_WHOM.match(sentence, at)
            if whom is None:
                continue
            at = whom.end()
            ends_on = re.search(r"\s+(?:in|at|after|before|during|outside|on)$", whom.group())
            if ends_on is not None:
                at = whom.start() + ends_on.start()  # "told us after the show": whom is "us", not "us after"
            where = _TOLD_WHERE.match(sentence, at)
            if where is not None:
                # "told reporters in the capital, Merravel, that troops had withdrawn", "told us after the
                # show that the festival had offered": where or when it was told, then "that"
                at = where.end()
        date = _TELLING_DATE.match(sentence, at)
        at = date.end() if date else at
        that = _THAT.match(sentence, at)
        if that is None:
            continue
        told = _PERFECT.match(sentence, that.end())
        if told is None:
            # "X says the deal was signed on Tuesday": a passive past whose own clause holds the date
            # tells a done act dated apart from the saying; the act is the happening
            told = _PASSIVE_PAST.match(sentence, that.end())
            if told is None or told.group("verb") in _NOT_PASSIVE_ACTS or not _dated_in_told(sentence, told.end("verb"), timex_start):
                continue
            return that.end(), told.group("verb")
        verb = told.group("verb")
        if verb in _NOT_ACTS or present_of(verb) is None and verb not in PARTICIPLES and not verb.endswith("ed"):
            continue  # (an irregular participle reads as its past: "had withdrawn", "withdrew")
        if frame.group() in ("said", "says") and not re.match(r"(?:they|it|he|she|we)\s", told.group()) \
                and not _dated_in_told(sentence, told.end("verb"), timex_start):
            continue  # "Vera Lind said on 7 October that the talks had failed": a date of the saying keeps the teller
        if " been " in told.group() and not re.search(r"\b[A-Z][a-z]", sentence[that.end() + 1: told.start("verb")]):
            continue  # "the race route had been shortened": no one named, the teller is likely who did it
        return that.end(), verb
    return None


def _dated_in_told(sentence: str, verb_end: int, timex_start: int | None) -> bool:
    """The date at ``timex_start`` follows the told verb within its clause: no comma, relative or
    subordinating word between them ("had voted unanimously on Tuesday night", not "had asked him to
    call a vote, which will be held on 16 September")."""
    if timex_start is None or timex_start < verb_end:
        return False
    between = sentence[verb_end:timex_start]
    return len(between.split()) <= 6 and not re.search(
        r"[,;:]|\b(?:which|who|whom|that|when|while|after|before|until|since|because|if|and|but)\b", between)

#: The told clause's subject (as in :data:`_PERFECT`, opening on a determiner or a capital) and a
#: passive past of a regular verb: "the merger was completed", "the two ferries were withdrawn".
_PASSIVE_PAST = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'&-]*)\s+(?:(?!(?:that|which|who|was|were)\b)[\w’'&-]+\s+){0,3}?"
    r"(?:was|were)\s+(?:already\s+|also\s+|formally\s+|finally\s+)?(?P<verb>[a-z]+(?:ed|en|wn))\b"
)

#: Verbs whose passive tells what was said, thought or meant ("the plan was expected", "it was
#: known"), not an act; unlike their perfects, "the deal was agreed", "the date was decided" are acts.
_NOT_PASSIVE_ACTS = frozenset(
    "told said asked hoped wanted expected planned intended believed thought known seen heard felt".split()
)

#: Verbs whose perfect tells what was said, thought or meant, not an act: left in their frame.
_NOT_ACTS = frozenset(
    """told said asked hoped wanted expected planned intended believed thought known seen heard felt
    been had agreed promised pledged warned argued claimed insisted decided
    risen fallen rose fell grown doubled tripled halved increased decreased dropped climbed declined
    jumped soared plunged surged slumped lost gained improved worsened treated""".split()
)


#: The verb of saying before a told clause, as :func:`told_happening_start` reads it.
_TELLER_END = re.compile(r"\s+(?:also\s+)?(?:announced|announces|said|says|reported|reports|revealed|reveals|disclosed|discloses|told|"
                         # (the other verbs of saying a body tells its own acts with: "Marlow Foods confirmed that
                         # it was considering a bid, and on 9 June it offered …")
                         r"confirmed|confirms|stated|states|added|adds|admitted|admits|acknowledged|acknowledges|"
                         r"explained|explains|insisted|insists|claimed|claims|warned|warns)\b")


#: "It rains", "it had snowed": the weather's "it", which no teller is.
_WEATHER_IT = re.compile(r"it\s+(?:(?:has|had|will)\s+)?(?:rain|snow|hail|sleet|drizzle|pour|thunder|freez|pelt)\w*\b", re.IGNORECASE)


def teller_for_pronoun(told: str, teller: str) -> str | None:
    """``told`` (a told act's title, "He repairs the wheel") with its opening pronoun named as the
    teller ("The miller repairs the wheel"), or None. "The miller said on Monday that he had repaired
    the wheel": the one who tells of their own act in the perfect says "he", "she", "they" or "it"
    for themselves, as ``told_happening_start`` already reads it. Only when the pronoun agrees: "he"
    or "she" a person (a name, or "the" and a doer's noun), "they" a plural, "it" a body that is no
    person; any other teller ("Police said he had fled") may speak of someone else, and stays."""
    from explorer.events.names import PERSON_ROLES
    from explorer.events.titles.words import BODY_WORDS

    m = re.match(r"(?:he|she|they|it)\s", told, re.IGNORECASE)
    end = _TELLER_END.search(teller)
    if m is None or end is None or _WEATHER_IT.match(told):
        return None  # ("She said it had rained on 3 May": the weather's "it" stands for no one)
    who = teller[:end.start()].strip()
    words = who.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or "," in who:
        return None
    # the head before a phrase after it: "Detectives from the county"
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in ("of", "from", "at", "in", "for", "with")), words[-1]).lower()
    pronoun = m.group().strip().lower()
    plural_form = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    named = words[0] != "The" and all(w[:1].isupper() for w in words) and not (len(words) == 1 and plural_form)  # not "Detectives"
    given = given_name_sex(who) is not None  # "Ruth Amos" is no "Harlow Buses"
    body = not given and (head in BODY_WORDS or named and plural_form)  # "the council", "Harlow Buses"
    # (a common noun that names a doer, "the miller", "the curator", "the chairwoman", is a person's)
    person = given or named and len(words) >= 2 and not body or words[0] == "The" and (
        head in PERSON_ROLES or re.search(r"(?:er|or|ist|ian|ess|man|woman)$", head) is not None and head not in BODY_WORDS)
    plural = plural_form and not named
    agrees = {"he": person, "she": person, "they": plural, "it": body and not plural and not person}[pronoun]
    return f"{who} {told[m.end():]}" if agrees else None
