"""What an "it" opening a title stands for when the narrower rules found nothing.

A reader takes an "it" for the most prominent thing told just before:
the subject of an earlier clause of the same sentence ("Fire crews say the blaze has burned 2,000
hectares since it broke out"), else what that clause acted on ("The minister asked the panel to
review the rules, and it will report in May"), else the subject and then the object of the sentence
before ("The minister introduced the bill in January. It passed its second reading in March"). A
person or a plural is never "it". Told with "a", the thing is "the" thing when named again. A "they"
is left to the narrower rules: it may stand for a group, its members or a pair told anywhere before,
and a wrong name is worse than none. Only general English and the text's own words: nothing here knows a name, a place or a date.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES
from explorer.events.titles.antecedents import PEOPLE_WORDS
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.words import BODY_WORDS

#: A word that opens the name of a thing of a kind, never a person's first name ("Storm Ilse", "Flight 22").
_NAMED_KINDS = frozenset("""hurricane storm cyclone typhoon tropical flight operation project mount lake river fort
    port cape camp hms ss rms mv""".split())

#: A title opening with "It" and a verb.
_PRONOUN = re.compile(r"^(It|it)\s+(?=[a-z])")
#: "It is the third fire", "It was decided to wait", "It seems": an "it" that stands for nothing.
_IMPERSONAL = re.compile(r"^(?:It|it)\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|takes|took|remains|remained)\b")
#: A told clause cut from its teller: "The aide said", "… announced in July that".
_TOLD_AFTER = re.compile(r"(?:\b(?:that|whether)|\b(?:said|says|announced|announces|reported|reports|confirmed|confirms|added|adds|"
                         r"claimed|claims|insisted|insists|warned|warns|stated|states|told\s+\w+))\s*$")


def _impersonal(clause: str) -> bool:
    """"It is the third fire", "It was decided that …": no thing's act; a thing's passive ("It was
    found in a boathouse") is one."""
    from explorer.events.titles.pronouns import IT_PASSIVE

    return _IMPERSONAL.match(clause) is not None and IT_PASSIVE.match(clause) is None

#: Words that never head or open a noun phrase taken for a thing.
_NOT_HEAD = frozenset(
    """it its they them their he she him his her we us our i me my you your this that these those who which what
    there here one ones none all both each other another some any many much more most few several such same
    time times year years day days week weeks month months hour hours minute minutes morning evening night
    afternoon today yesterday tomorrow way thing things lot part end start rest first last next number""".split()
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday spring summer autumn winter""".split()
)
#: A group that English also calls "they": "the team … they", "the band … they".
_GROUPS = frozenset("team band crew party staff family couple police group squad side pair trio duo".split())
#: A count of people standing for them: "the four", "both men".
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve both".split())
#: A verb after a subject: a past, a form of "be" or "have", a modal, or a present in "-s".
_VERB = (r"(?:[a-z]+ly\s+)?\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|will|would|could|can|did|"
         + IRREGULAR_PASTS + r")\b")
#: Words that end a noun phrase: prepositions, linking words, pronouns, forms of "be", "have" and modals.
_STOP = (r"(?:of|on|in|at|to|for|from|with|by|into|onto|over|under|after|before|since|until|during|about|against|"
         r"and|or|but|nor|so|as|than|that|which|who|whom|whose|when|while|where|because|if|though|although|"
         r"it|its|they|them|their|he|she|him|his|her|we|us|our|i|me|my|you|your|there|here|"
         r"is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|"
         r"not|also|then|now|still|only|just|later|first|last|again|once|twice|"
         r"the|a|an|this|that|these|those|" + IRREGULAR_PASTS + r")")
#: A noun phrase: a determiner and up to four words, a bare plural, or a capitalised name (its words,
#: numbers, "of").
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his|[Tt]hat)"
_W = rf"(?!(?i:{_STOP})\b)[A-Za-z][\w’'-]*"
_LOWER = rf"(?!{_STOP}\b)[a-z][\w’'-]*"
_NAME = rf"(?:(?!(?i:{_STOP})\b)[A-Z][\w’'&-]*(?:\s+(?:of\s+|&\s+)?(?:(?!(?i:{_STOP})\b)[A-Z][\w’'-]*|\d{{1,4}}\b))*)"
_NP = (rf"\b(?:{_DETERMINER}\s+(?:{_W}\s+){{0,3}}{_W}\b(?:\s+(?:of|on|at|in|from|near)\s+(?:the\s+|two\s+|three\s+)?(?:{_W}\s+)?{_W}\b)?"
       rf"|(?:[A-Z][\w’'-]*\s+)?(?:{_LOWER}\s+){{0,2}}{_LOWER}s\b|{_NAME}\b)")
#: Where a clause opens: the start of the text or after a clause's punctuation or linking word, with an
#: opening phrase of time before its subject ("In October 1932 the union sent …").
#: (a subordinator opening the sentence too: "After the board approved the plan in May, it hired …")
_CLAUSE_START = (r"(?:^|[,;:—–]\s*|\b(?:and|but|while|when|after|before|since|until|once|because|as|so|that|say|says|said)\s+"
                 r"|^\s*(?:While|When|After|Before|Since|Until|Once|Because|As)\s+)"
                 r"(?:(?:In|On|By|During|After|Before|Since|From|Until|Last|This|Early|Late|in|on|by|during)\s+[\w ]{1,30}?,?\s+)??")
_SUBJECT = re.compile(rf"{_CLAUSE_START}(?P<np>{_NP})\s+{_VERB}")
#: What a verb acted on, with a particle between ("brought out The Glass Parish").
_OBJECT = re.compile(rf"\b(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS}|asked|told|against|with)\s+(?:(?:out|up|off|down|back|over)\s+)?(?P<np>{_NP})")


_AUXILIARIES = frozenset("is are was were has have had will would could can did does do".split())


def pronoun_at(rest: str, pronoun: str, sentence: str, before: str | None) -> int:
    """Where in ``sentence`` the title's pronoun stands: the one before the title's verb (``rest``, the
    title after the pronoun: "stops making cable" finds "it stopped"), else the last one before the
    event's date (``before``), else the sentence's first; -1 when there is none."""
    verb = rest.split()[0].lower() if rest.split() else ""
    if verb in _AUXILIARIES:
        after = r"(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)\b"
    else:
        after = re.escape(verb[:max(3, len(verb) - 3)]) if verb else ""
    at = re.search(rf"\b{pronoun}\s+(?:[a-z]+ly\s+|not\s+|also\s+|then\s+)?{after}", sentence, re.IGNORECASE) if after else None
    if at is not None:
        return at.start()
    told = list(re.finditer(rf"\b{pronoun}\b", before or "", re.IGNORECASE))
    first = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    return told[-1].start() if told else first.start() if first else -1


def _head(np: str) -> str:
    words = re.split(r"\s+(?:of|on)\s+", np)[0].split()
    return words[-1].lower().strip("’'") if words else ""


def _is_name(np: str) -> bool:
    return np[:1].isupper() and not re.match(rf"{_DETERMINER}\s", np)


def _plural(np: str) -> bool:
    head = _head(np)
    words = [w.lower() for w in np.split()]
    if words and words[0] in _NUMBERS or len(words) >= 2 and words[1] in _NUMBERS:
        return True  # "the four", "both men"
    return (head.endswith("s") and not head.endswith(("ss", "us", "is", "ics", "news", "works", "series")))\
        or head in ("people", "police", "men", "women", "children")


def _person(np: str, text: str) -> bool:
    if any(re.fullmatch(rf"(?:{gender.PERSON_NOUNS})", w, re.IGNORECASE) or w.lower() in PERSON_ROLES | PEOPLE_WORDS
           for w in re.split(r"\s+(?:of|on|at|in|from|near)\s+", np)[0].split()):
        return True  # "the treasurer", "The director Ansel Mbeki"
    if not _is_name(np):
        return False
    words = np.split()
    if len(words) == 2 and all(w.isalpha() for w in words) and words[1].lower() not in BODY_WORDS \
            and words[0].lower() not in _NAMED_KINDS:
        return True  # "Ines Perrin": a first name and a surname
    # "Anna Perrin … Perrin inspected the accounts": a lone name the text gives a first name is a person's
    return gender.sex_in_text(np, text) is not None or len(np.split()) == 1 and re.search(
        rf"\b(?!(?i:{_STOP}|how|why|what|like|new|old|great|little|young|north|south|east|west|hurricane|storm|cyclone|typhoon)\b)[A-Z][a-z]+\s+{re.escape(np)}\b",
        text) is not None


def _fits(np: str, pronoun: str, text: str) -> bool:
    words = [w.lower().strip("’'") for w in np.split()]
    if not words or words[0] in _NOT_HEAD and len(words) == 1 or _head(np) in _NOT_HEAD | _MONTHS_DAYS \
            or words[0] in _MONTHS_DAYS or any(w.isdigit() and len(w) == 4 for w in words[:1]):
        return False
    if _head(np) in ("i", "we", "he", "she", "it", "they", "you"):
        return False
    if _is_name(np) and len(words) == 1 and not re.search(rf"[\w,;]\s+{re.escape(np)}\b", text):
        return False  # "Suction is strong": a word capitalised only as a sentence's first is no name
    if pronoun == "it":
        return not _plural(np) and not _person(np, text) and _head(np) not in _GROUPS
    return (_plural(np) or _head(np) in _GROUPS) and not (_is_name(np) and len(words) == 1 and not words[0].endswith("s"))


def _candidates(text: str, pronoun: str, whole: str, own: bool) -> list[str]:
    """The noun phrases of ``text`` that ``pronoun`` may stand for: subjects nearest the end first,
    then what verbs acted on, nearest first; in a sentence before the pronoun's (not ``own``), what
    its verb acted on only when its subject is a person, who cannot be "it" ("The minister introduced
    the bill. It passed …"), and never what a clause after its main one acted on."""
    subjects = [m for m in _SUBJECT.finditer(text)]
    objects = [m for m in _OBJECT.finditer(text)]
    if not own:
        # (a sentence before: not the subject of a clause told by its teller, "reported that the light was
        # sound", and nothing when two clauses' subjects could be it, "the Board reported …, and Kelby
        # Council agreed": the text does not make it certain which, see entities.title_body)
        subjects = [m for m in subjects if not _TOLD_AFTER.search(text[:m.start("np")])]
        fitting = {_trimmed(m.group("np")).lower() for m in subjects if _fits(_trimmed(m.group("np")), pronoun, whole)}
        if len(fitting) > 1:
            return []
        # (nor the hearer of a told clause, "Inspectors told the Board in 1990 that the light was sound":
        # named only as told to, the text does not make it the one that acts next)
        objects = [m for m in objects if not re.match(r"\s*(?:(?:in|on|at|during)\s+[^,;]{1,30}?\s+)?that\b",
                                                      text[m.end("np"):]) or not m.group(0).lower().startswith("told")]
        # (a pronoun as a whole word: the "I" of "In 2001 …" or "It …" is no person opening the sentence)
        first = re.match(rf"\s*(?:(?:In|On|By|During|After|Before|Since|From|Until)\s+[\w ]{{1,30}}?,?\s+)??((?:He|She|I|We)\b|{_NP})", text)
        if first is None or first.group(1) not in ("He", "She", "I", "We") and not _person(first.group(1), whole):
            objects = []
    found: list[str] = []
    for group in (subjects, objects):
        for m in sorted(group, key=lambda m: -m.start("np")):
            np = _trimmed(m.group("np"))
            if group is objects:  # "tabled the levy at the spring meeting": the place is the verb's
                np = re.split(r"\s+(?:at|in|from|near|on)\s+", np)[0]
            if np and _fits(np, pronoun, whole):
                found.append(np)
    return found


def _trimmed(np: str) -> str:
    """The phrase without a trailing word that is no noun ("the blaze on Tolley Ridge")."""
    words = np.split()
    while words and words[-1].lower() in ("of", "on", "the", "a", "an"):
        words.pop()
    return " ".join(words)


def _as_named_again(np: str) -> str:
    """"A festival of river music" named again is "The festival of river music"."""
    np = re.split(r"\s+(?:of|on|at|in|from|near)\s+", np)[0]  # "A company of merchants": "The company"
    words = np.split()
    if words[0].lower() in ("a", "an", "the", "this", "that", "our"):
        return "The " + " ".join(words[1:])
    return words[0][:1].upper() + np[1:] if words[0][:1].islower() else np


def name_left_pronoun(clause: str, sentence: str, context: str, before: str | None = None) -> str:
    """``clause`` with its opening "it"/"they" named by the most prominent thing of the right number told
    before it (see the module's text), or unchanged when nothing fits. ``before``: the sentence up to the
    event's date (the pronoun is its last one there, else the sentence's first)."""
    m = _PRONOUN.match(clause)
    if m is None or m.group(1).lower() != "it" or _impersonal(clause) or _TOLD_AFTER.search(context):
        # ("A rival team announced in July that it had reached bedrock": a told clause's pronoun is the
        # teller's business, see ``said.teller_for_pronoun``)
        return clause
    pronoun = m.group(1).lower()
    at = pronoun_at(clause[m.end():], pronoun, sentence, before)
    own = sentence[:at] if at > 0 else ""
    sentences = re.split(r"(?<=[.!?])\s+", context.strip()) if context.strip() else []
    whole = f"{context} {sentence}"
    places = [own]
    for previous in reversed(sentences[-3:] if pronoun == "it" else []):
        # (a "they" opening its sentence may stand for a group, its members or a pair told anywhere
        # before: only its own sentence's words are sure enough)
        places.append(previous.split("\n")[-1])
        if not re.match(rf"^\s*(?:[\w ]{{1,30}}?,?\s+)??{pronoun}\s+[a-z]", previous, re.IGNORECASE):
            break  # a sentence of the same pronoun goes back to the one before it
    for text in places:
        if not text.strip():
            continue
        if re.search(r"[\"“”]", text):
            return clause  # a quotation's words: whose "it" is not told here
        if re.search(rf"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:[\w ]{{1,30}}?\s+)??{pronoun}\s+{_VERB}", text, re.IGNORECASE):
            continue  # "It launched its logo …, and … it signed": the same pronoun's clause is no antecedent
        if re.search(r"\bit\b" if text is own else r"\bits?\b", text, re.IGNORECASE):
            # ("Suction is strong for its price": what the sentence before calls "its" is further back)
            return clause  # "His widow lent it to the museum": the pronoun told of before, further back
        found = _candidates(text, pronoun, whole, text is own)
        if found:
            return f"{_as_named_again(found[0])} {clause[m.end():]}"
    return clause


def own_sentence_subject(clause: str, sentence: str, before: str) -> str | None:
    """What an "it" opening ``clause`` stands for when an earlier clause of its own sentence has a
    subject it fits ("Velmont extended the lease twice, but it let the agreement expire"): nearer than
    anything the sentences before tell, so tried before them. None when the sentence names none."""
    m = _PRONOUN.match(clause)
    if m is None or m.group(1).lower() != "it":
        return None
    at = pronoun_at(clause[m.end():], "it", sentence, before)
    own = sentence[:at] if at > 0 else ""
    if not own.strip() or re.search(r"[\"“”]", own) or re.search(r"\bit\b", own, re.IGNORECASE):
        return None
    subjects = [_trimmed(s.group("np")) for s in _SUBJECT.finditer(own)]
    found = [np for np in reversed(subjects) if np and _fits(np, "it", f"{before} {sentence}")]
    return _as_named_again(found[0]) if found else None


#: A sentence opened by the work done on a thing: "Work on the first dam began …", "Construction of the
#: new pier started …", "Repairs to the spire took …".
_WORK_ON = re.compile(
    r"^\s*(?:(?:In|On|By|During|After|From)\s+[^,]{1,30},\s+)?(?:The\s+)?(?:[Ww]ork|[Cc]onstruction|[Bb]uilding|[Rr]ebuilding|"
    r"[Rr]estoration|[Rr]epairs?|[Dd]emolition|[Ee]xcavation|[Cc]onversion)\s+(?:on|of|to)\s+"
    r"(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:began|started|begun|was|were|had|took|stopped|resumed|[a-z]+ed)\b")


#: What befalls the thing once the work on it ends: "was completed", "opened", "was dedicated".
#: (a title's verb: the passive keeps its participle, an active one is in the headline's present)
_THING_DONE = re.compile(r"(?:(?:was|is)\s+)?(?:finally\s+)?(?:completed|finished|opened|opens|reopened|reopens|dedicated|"
                         r"consecrated|unveiled|inaugurated|launched|commissioned)\b")


def worked_on_thing(clause: str, sentence: str) -> str | None:
    """What an "it" opening a later clause of ``sentence`` stands for when the sentence opened by the
    work done on a thing: "Work on the first dam began in 1903, and it was completed five years later"
    -> "The first dam" (the work is not what is completed or opened; the thing is). None otherwise."""
    m = _PRONOUN.match(clause)
    w = _WORK_ON.match(sentence)
    if m is None or w is None or m.group(1).lower() != "it" or not re.search(r"[,;]\s+(?:and|but)\s+it\b", sentence) \
            or not _THING_DONE.match(clause, m.end()):
        return None  # ("…, but it was halted in 1962": the work, not the chapel, was halted)
    return _as_named_again(w.group("np"))
