"""Notable occurrences narrated without a date ("Zarif resigned", "after his death").

An analyst wants a resignation, a death or an appointment on the timeline even when the article never
dates it: such a sentence becomes an ``undated`` event, and a relative expression that follows it
("two weeks later") hangs on it rather than on an older date further back. The trigger list is general
English for things that happen once to someone; it names no person, place or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from explorer.events.clauses import clause_bounds
from explorer.events.happening_nouns import OCCURRENCE_NOUNS, alternation
from explorer.events.happening_verbs import COMPASS_MOVE, CONTESTS, NOT_HAPPENING_VERBS, OBJECT_AFTER, PASSIVES
from explorer.events.market_moves import MARKET_MOVE
from explorer.events.names import short_name
from explorer.events.quote_marks import as_curly
from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLE_FORMS
from explorer.number_words import spelled


# Verbs in the past tense narrate an occurrence; nouns do only when someone's ("his death", "the
# resignation of"), otherwise they are usually generic ("a withdrawal is one of the conditions").
# (The passives of such occurrences are :data:`~explorer.events.happening_verbs.PASSIVES`.)
_VERBS = (
    r"resigned|quit|stepped down|stood down|died|was born|married|lost\s+(?:his|her|their|its)\s+(?:own\s+)?seat|"
    # "has since been released", "had already been charged": an adverb may stand before "been" too
    rf"(?:was|were|(?:had|has|have)\s+(?:since\s+|now\s+|already\s+|also\s+|just\s+|\w+ly\s+)?been)\s+"
    rf"(?:\w+ly\s+|later\s+|then\s+|subsequently\s+|also\s+|twice\s+)?(?:{PASSIVES})|"
    r"signed(?! off| on)|invaded|captured|withdrew|bestowed|awarded|launched|collapsed|"
    # people counted as the object of a one-off act: "Police arrested 40 people", "the strike killed three soldiers"
    r"(?:arrested|detained|killed|injured|wounded|evacuated|rescued|freed|kidnapped|abducted)\s+"
    r"(?:at\s+least\s+|about\s+|around\s+|more\s+than\s+|nearly\s+|some\s+|another\s+)?"
    r"(?:\d[\d,]*|" + spelled(2, 12) + r"|dozens|hundreds|thousands)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:people|men|women|children|protesters|demonstrators|civilians|soldiers|officers|workers|miners|passengers|residents|"
    r"suspects|students|journalists|villagers|fighters|militants|hostages|migrants|crew)\b|"
    # a denial of something said: "The agency denied the claims", "he denied any wrongdoing"
    r"denied\s+(?:the\s+|any\s+|all\s+|these\s+|those\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+)?"
    r"(?:claims?|allegations?|charges?|reports?|accusations?|wrongdoing|involvement|responsibility)|"
    # a denial of what others said, told by what it denies: "The supplier denied that its software was to
    # blame", "He rejected claims that his party had been offered posts" (a public answer, the set's
    # convention; a court's plea, "denies manslaughter", names no "that")
    r"(?<!\bbut\s)(?<!\bhad\s)denied\s+(?:on\s+[A-Z]\w+\s+)?that\b|"
    r"(?:rejected|dismissed)\s+(?:the\s+)?(?:claims?|allegations?|reports?|accusations?|suggestions?)\s+that\b|"
    # a public call, as an urging is ("Opposition leaders have called for an inquiry", "The union called for a
    # ban on open lamps"); not what a document sets out ("The plan called for a new bridge")
    r"(?<!\bplan\s)(?<!\bplans\s)(?<!\bproposal\s)(?<!\bproposals\s)(?<!\bscheme\s)(?<!\bdesign\s)(?<!\bstrategy\s)"
    r"(?<!\breport\s)(?<!\bdeal\s)(?<!\blaw\s)(?<!\bbill\s)(?<!\bagreement\s)(?<!\bbudget\s)(?<!\bcontract\s)"
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)"
    r"called\s+for\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:inquiry|investigation|review|ban|"
    r"ceasefire|pause|resignation|halt|boycott|referendum|recount|vote|strike|reform|release|calm|restraint)|"
    r"(?:has|have|had)\s+called\s+for\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:inquiry|investigation|"
    r"review|ban|ceasefire|pause|resignation|halt|boycott|referendum|recount|vote|strike|reform|release)|"
    r"called\s+for\s+(?:calm|restraint)|"
    # two passives sharing one "was", the second a happening's: "He was court-martialled and dismissed", "was
    # tried at Leeds and acquitted", "The mill was sold and demolished" (the first participle alone may
    # tell a manner or a state, "was tired and dismissed" no; the second decides)
    rf"(?:was|were)\s+(?:[a-z]+-)?(?:[a-z]{{3,}}(?:ed|en)|{PARTICIPLE_FORMS}|{IRREGULAR_PASTS})\s+(?:(?:at|in|by)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+\s+)?"
    rf"and\s+(?:then\s+|later\s+|promptly\s+)?(?:{PASSIVES})"
    # (no object after the second: "She was tired and dismissed the idea" is an active verb)
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it)\b)|"
    # a second passive that shares its "was": "was appointed professor and later elected president"
    rf"(?<=\band\s)(?:later|then|subsequently)\s+(?:{PASSIVES})|"
    r"opened\s+(?:an?|its|their|his|her)\s+(?:own\s+)?(?:inquiry|investigation|inquest|probe)|"
    r"established|founded|dissolved|banned|vetoed|convicted|sentenced|republished|posted|offered to|"
    r"(?:has|have|had) failed to|failed to|"
    # "started" a thing, not a manner or an order: "Stonebridge started the
    # stronger", "several pupils started lessons late" tell how, not that something began
    r"started(?!\s+(?:by|off|out|again|late|early|well|badly|brightly|slowly|quickly|strongly|poorly|"
    r"the\s+\w+(?:er|est)\b|(?:[\w’'-]+\s+){1,2}(?:late|early)\b))|"
    # the news a perfect announces, done once by its subject: "Voltaic Shore has raised £18 million",
    # "The society has also received a grant of £4,500", "The club has signed a new striker"
    # a market's move told of what it trades: "Crane shares fell 2 percent", "Shares in Orvane fell", "oil
    # prices rose", "the peso strengthened" (see market_moves)
    rf"{MARKET_MOVE}|"
    # a contest won: "Marchenko won his game in 31 moves", "won the seat", "won her appeal"
    rf"won(?=\s+(?:his|her|their|its|the|a)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{CONTESTS})s?\b)|"
    r"(?:has|have)\s+(?:also\s+|just\s+|now\s+|finally\s+)?(?:raised|received|won|secured|bought|acquired|sold|"
    r"signed|hired|completed|agreed)(?=\s+(?:(?:a|an|the|its|their|his|her)\b|[£$€\d]))"
)


_NOUNS = alternation(OCCURRENCE_NOUNS)


TRIGGER = re.compile(
    rf"\b(?:{_VERBS})\b|(?:[’']s|\b(?:his|her|their|its))\s+(?:\w+\s+)?(?:{_NOUNS})\b|"
    rf"\bthe\s+(?:{_NOUNS})\s+of\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",  # "the election of Rouhani", not "of a representative"
    re.IGNORECASE,
)


# Page furniture that links elsewhere, not narrative.
_FURNITURE = re.compile(r"^\W*(?:read more|related|see also|watch|listen|share|advertisement)\b", re.IGNORECASE)


# A trigger used as a generic statement or hypothesis is no occurrence.
_NOT_NARRATIVE = re.compile(
    r"\b(?:if|would|could|might|(?-i:may)|should|will|unless|whether|any|every|no)\b[^.;]{0,40}$", re.IGNORECASE
)


_DEMAND = re.compile(
    r"\b(?:conditions?|preconditions?|demands?|demanded|requirements?|ultimatum|calls? for|called for|"
    r"proposals?|proposed|urged|insisted on|needs? to meet|must meet)\b",
    re.IGNORECASE,
)


#: A happening named by a pronoun's possessive only to say when something else was ("had repaid
#: $400,000 since his arrest", "to begin 30 days after his release"): it is told where it happens (who
#: "his" is was said there), or it has not happened yet. Named with its own actor ("after the
#: election of Rouhani"), it may be told nowhere else, and stays.
_TIME_ANCHOR_BEFORE = re.compile(r"\b(?:after|before|until|till|since|upon|following|ahead\s+of)\s+$", re.IGNORECASE)


#: Triggers told with their object, whose act is their first word.
_VERB_FIRST = frozenset("denied rejected dismissed arrested detained killed injured wounded evacuated rescued freed kidnapped abducted".split())


#: One someone told by a common noun, the subject of a passive: "A farmer was injured when …", "A
#: teenager was arrested", "A 34-year-old man was later charged" (an age or another hyphened word before
#: the noun, as a police report tells whom it arrested). Singular, so one happening to someone, not a
#: statistic ("deaths rose").
_ONE_SOMEONE = re.compile(r"^\s*(?:A|An)\s+(?:[a-z\d]+(?:-[a-z]+)*\s+)?[a-z]+(?<!s)\s+"
                          # (told by the body it belongs to: "A member of staff was pushed to the ground", "A
                          # pupil at the school was taken to hospital", an aside between: "…, who tried to stop them,")
                          r"(?:(?:of|at|from|in)\s+(?:the\s+)?[a-z]+\s+)?(?:(?:who|which)\s+[^,]*?\s+)?$")


@dataclass(frozen=True, slots=True)
class Occurrence:
    trigger_start: int
    trigger_end: int
    trigger: str
    #: News told in the present perfect (:data:`_PERFECT_ACT`): the opening sentence of a news article
    #: sums up a happening its body tells again, so the builder reads such news elsewhere only.
    perfect_news: bool = False

    @property
    def word(self) -> str:
        """The occurrence itself ("resigned", "death"), for derivations."""
        words = [w for w in self.trigger.lower().split() if w not in ("to", "down", "in", "of")]
        if words[0] in _VERB_FIRST:
            return words[0]  # "denied the claims", "arrested 40 people": the act, not its object
        return words[1] if words[0] == "the" and len(words) > 1 else words[-1]


_NAME = r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w’'-]+){0,4}"


# The subject right before the verb, perhaps with an aside between: "X, on his last visit, offered".
_SUBJECT_VERB = re.compile(rf"({_NAME})(?:,[^,]{{1,80}},)?\s+(?:\w+ly\s+)?$")


#: Two passives sharing one "was", as the trigger reads them ("was tried at Leeds and acquitted").
_SHARED_BE_PAIR = re.compile(r"^(was|were)\s+\S+(?:\s+\S+){0,4}?\s+and\s+", re.IGNORECASE)


# Words that show a name before the verb is not its subject: "a meeting between A and B was denied".
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:and|or|of|between|with|to|for|in|on|at|from|by|against|than)\s+$")


#: Rank and courtesy titles written short before a name: "Maj. Gen. Joseph Hooker", "Gen. Ridgway".
_TITLES_SHORT = r"(?:Gen|Maj|Lt|Col|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Brig|Gov|Sen|Rep|Pres|Supt|Insp|Det|Rev|Fr|Hon|Prof|Dr|Mr|Mrs|Ms|St)"
#: A passive's agent, its short titles read past ("replaced by Maj. Gen. Joseph Hooker" was titled "Maj
#: replaces Burnside": the name ended at the title's full stop).
_PASSIVE_BY = re.compile(rf"^\s+by\s+(?:the\s+)?((?:{_TITLES_SHORT}\.\s+)*{_NAME})")


#: The perfects titled whole by their own clause's subject (:data:`_PERFECT_APPLICATION`,
#: :data:`_PERFECT_START`): their title rules would otherwise take an opening clause or a notice's frame.
_TOLD_WHOLE = frozenset("applied asked begun started written".split())
#: The auxiliary of a perfect right before its participle: "has ", "have also ".
_PERFECT_AUX = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: Where a clause opens before its subject: a comma before a lower-case word, "that", a colon, a dash or
#: the end of the sentence before.
_CLAUSE_OPENING = re.compile(r",\s+(?=[a-z])|\bthat\s+|[:;—–]\s*|(?<=[.!?])\s+(?=[A-Z])")


#: Verbs whose title reads better with what follows ("posts on his page a picture …").
_TAKES_OBJECT = frozenset("wrote posted republished signed launched invaded captured bestowed awarded established founded banned vetoed offered failed withdrew "
                          "raised received won secured bought acquired sold hired completed agreed".split())


_OBJECT_START = re.compile(r"^\s+(?:the|a|an|his|her|its|their|[A-Z])")


#: A comma or full stop between digits ("all 8,000 prisoners", "4.5 percent") is part of a number.
#: (A full stop after a lone capital, "U.S. troops", "U.N. observers", is an abbreviation's, not the
#: end of the object.)
_CONTINUATION_END = re.compile(
    r"(?<!\d),|,(?!\d)|(?<!\d)(?<!\b[A-Z])\.|(?<!\b[A-Z])\.(?!\d)|[;:!?“”\"(]|"
    r"\s(?:and|but|which|who|while|because|after|before|when)\s")


_WHOSE = re.compile(rf"({_NAME})\s+whose\s+")


#: The subject and the "was" of a passive whose second participle follows "and later": "She was
#: appointed professor of surgery and " -> ("She", "was").
_SHARED_PASSIVE_SUBJECT = re.compile(
    rf"(?:(?:^|[.!?]\s+)((?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){{0,5}}?)|\b({_NAME}|[Ss]he|[Hh]e|[Tt]hey)),?\s+(was|were)\s+[^.;!?]*\band\s+$")


#: A clock time cut at its first full stop, closing a continuation: "… at 6 p" of "at 6 p.m.", "… by 10.30
#: a". Left out with its preposition: a title ends on what was done, not on a broken time.
_CUT_CLOCK = re.compile(r"(?:\s+(?:at|by|from|until|till|after|before|around|about|shortly\s+after))?"
                        r"\s+\d{1,2}(?:[.:]\d{2})?\s*[ap](?:\.m)?$")


#: A rank or courtesy title's full stop before a name ("put Maj. Gen. William Sherman in command",
#: "appointed Gen. Ridgway"): the object goes on through it. Before, the object ended at the stop and
#: the WikiWars Civil War history was titled "Grant puts Maj", "Truman appoints Gen".
_TITLE_BEFORE_NAME = re.compile(rf"\b{_TITLES_SHORT}$")


def _object_end(rest: str) -> re.Match[str] | None:
    """Where the object in ``rest`` ends (see :data:`_CONTINUATION_END`), past a title's full stop."""
    cut = _CONTINUATION_END.search(rest)
    while cut is not None and cut.group() == "." and _TITLE_BEFORE_NAME.search(rest, 0, cut.start()) \
            and re.match(r" [A-Z]", rest[cut.end():cut.end() + 2]):
        cut = _CONTINUATION_END.search(rest, cut.end())
    return cut


def _full_stop(text: str, at: int) -> int:
    """Where the first ". " after ``at`` stands that is no short title's before a name, or -1."""
    stop = text.find(". ", at)
    while stop != -1 and _TITLE_BEFORE_NAME.search(text, max(0, stop - 5), stop) and text[stop + 2:stop + 3].isupper():
        stop = text.find(". ", stop + 2)
    return stop


def continuation(text: str, at: int, limit: int) -> str:
    """The object after the verb, up to the next punctuation or clause word (a clock time cut there
    left out: "cleared the harbour at 6 p.m." -> "the harbour")."""
    rest = text[at:limit]
    cut = _object_end(rest)
    told = " ".join(rest[: cut.start() if cut else len(rest)].split())
    return _CUT_CLOCK.sub("", told) if told[-1:] in ("a", "p", "m") else told


#: A clause before a shared passive's "and": its subject, its past verb and what follows ("Stroud retired in
#: 1952 and (was succeeded by …)", "The mayor resigned in May and (was replaced by …)").
_SHARED_BE_OPENING = re.compile(r"^(?P<subject>(?:(?:The|A|An|His|Her|Its|Their)\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+"
                                r"(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b[^,;]*\s+and$")


def occurrence_title(text: str, occurrence: Occurrence) -> str | None:
    """ "… Foreign Minister Javad Zarif theatrically resigned over …" -> "Javad Zarif resigns";
    "… was denied by the Russian Foreign Ministry" -> "Russian Foreign Ministry denies …"."""
    if occurrence.trigger[:1] in "’'" or occurrence.trigger.lower().startswith(("his ", "her ", "their ", "its ", "the ")):
        return None  # nominal: the title rules turn "X's death" into "X dies"
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.words import MAX_WORDS
    from explorer.events.titles.finish import finish  # the same title rules as event titles

    line_start = text.rfind("\n", 0, occurrence.trigger_start) + 1
    line_end = text.find("\n", occurrence.trigger_end)
    line_end = len(text) if line_end == -1 else line_end
    sentence_end = min((i for i in (_full_stop(text, occurrence.trigger_end), line_end) if i != -1), default=line_end)
    before = text[max(line_start, occurrence.trigger_start - 120) : occurrence.trigger_start]
    if occurrence.trigger.split()[0].lower() in ("later", "then", "subsequently"):
        # "She was appointed professor and later elected president": the passive shares the first
        # verb's subject and its "was"
        shared = _SHARED_PASSIVE_SUBJECT.search(before)
        if shared is None:
            return None
        be = "is" if shared.group(3).lower() == "was" else "are"
        told = f"{shared.group(1) or shared.group(2)} {be} {occurrence.trigger} {continuation(text, occurrence.trigger_end, sentence_end)}"
        return finish(told.split(), occurrence.trigger)
    words = occurrence.trigger.split()
    by = _PASSIVE_BY.match(text[occurrence.trigger_end:sentence_end])
    if by and words[0].lower() in ("was", "were", "has", "have", "had") and (active := present_of(words[-1])):
        # Passive with its agent: say it actively, the agent first.
        clause_start = max(before.rfind(c) + len(c) if before.rfind(c) != -1 else 0
                           for c in (",", ";", ":", " that ", "—", ". ", "? ", "! "))
        patient = before[clause_start:].strip()
        shared = _SHARED_BE_OPENING.match(patient)
        if shared is not None:
            # "Stroud retired in 1952 and was succeeded by Beck": the passive shares the opening clause's
            # subject, "Beck succeeds Stroud", not the whole clause before "and"
            patient = shared.group("subject")
        if patient.lower() in ("he", "she", "they", "it", "we", "i", "you"):
            return None  # "She was sentenced by Judge X": the title rules name whom the pronoun stands for
        if re.match(r"^(?:The|A|An|Its|Their|His|Her)\s+[a-z]", patient):
            patient = patient[:1].lower() + patient[1:]  # a sentence's first word, now an object: "sentences the driver"
        whose = _WHOSE.search(before)
        if whose:  # "X whose appointment was vetoed by Y" -> "Y vetoes X's appointment"
            patient = f"{short_name(whose.group(1))}’s " + before[whose.end():].strip()
        patient = re.sub(r"^(?:it (?:should|must) be noted that|that)\s+", "", patient, flags=re.IGNORECASE)
        agent = short_name(re.sub(rf"^(?:{_TITLES_SHORT}\.\s+)+(?=\S+\s)", "", by.group(1).rstrip(".")))
        return finish(f"{agent} {active} {patient}".split()[: MAX_WORDS + 1], occurrence.trigger)
    perfect = _PERFECT_AUX.search(before) if occurrence.perfect_news and occurrence.word in _TOLD_WHOLE else None
    if perfect is not None:
        # "…, investigators have begun removing debris", "Notice is given that The Old Bell, 4 Market Place,
        # has applied to the council for a licence": the subject of the perfect's own clause, its aside left
        # out, and what the act is for
        subject = _CLAUSE_OPENING.split(before[:perfect.start()])[-1].split(",")[0].strip()
        if subject and subject.lower() not in ("he", "she", "they", "it"):
            verb = {"begun": "began", "written": "wrote"}.get(occurrence.word, occurrence.trigger)
            told = f"{subject[:1].upper()}{subject[1:]} {verb} {continuation(text, occurrence.trigger_end, sentence_end)}"
            return headline_tense(finish(told.split()[: MAX_WORDS + 1], verb))
    m = _SUBJECT_VERB.search(before)
    if not m or _NOT_SUBJECT_BEFORE.search(before[: m.start()]):
        return None
    if (pair := _SHARED_BE_PAIR.match(occurrence.trigger)) is not None:
        # "He was tried at Leeds and acquitted": both participles share the "is" ("He is tried at Leeds and
        # acquitted"); the headline rule would put the second in the present as an active verb
        be = "is" if pair.group(1).lower() == "was" else "are"
        return finish(f"{short_name(m.group(1))} {be} {occurrence.trigger[pair.end(1):].strip()}".split(), occurrence.trigger)
    title = f"{short_name(m.group(1))} {occurrence.trigger}"
    following = text[occurrence.trigger_end:sentence_end]
    if occurrence.trigger.endswith((" to", " that")) or _OBJECT_START.match(following) or (
        occurrence.word in _TAKES_OBJECT and re.match(r"^\s+(?:on|in|at|to|from|with|against)\s", following)
    ):
        told = continuation(text, occurrence.trigger_end, sentence_end)
        if occurrence.trigger.endswith(" that"):  # what is denied, its own asides left out
            told = re.split(r"\s(?:where|whom|whose|when)\s", told)[0]
        title += " " + told
    return headline_tense(finish(title.split(), occurrence.trigger))


def inside_quotation(before: str) -> bool:
    """Whether the text after ``before`` is inside quotation marks. A straight quote opens after a
    space or at the start and closes otherwise, so a sentence that begins inside a quotation (its
    first mark closes it) is not read the wrong way round. Two backquotes open and two apostrophes
    close, as wire archives write them (see :mod:`explorer.events.quote_marks`)."""
    before = as_curly(before)
    depth = 0
    for i, ch in enumerate(before):
        if ch == "“" or ch == '"' and (i == 0 or before[i - 1] in " \t\n([—–-"):
            depth += 1
        elif ch in "”\"":
            depth = max(0, depth - 1)
    return depth > 0


def find_occurrence(text: str, sentence_start: int, sentence_end: int) -> Occurrence | None:
    """The first narrated (not quoted, not hypothetical) notable occurrence in a sentence, if any."""
    return next(iter_occurrences(text, sentence_start, sentence_end), None)


#: News told in the present perfect: "The coastguard has rescued two walkers", "The regional council has
#: opened three rest centres", "Harbour police have closed the seafront road", "The grower has since
#: replaced all hose couplings". A one-off act done to something (an object follows), told as news.
#: Not a verb of saying, thinking, a state or a measure (:data:`NOT_HAPPENING_VERBS` and the ones
#: listed here), not told by "I", "we", "you" or a relative pronoun, and not in a clause that counts
#: or spreads it over a period (:data:`_OVER_A_PERIOD`: "has opened 14 branches since 2012", "has
#: raised its tax every year"), which the README's conventions leave out as tallies and habits.
_PERFECT_ACT = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:has|have)\s+(?:since\s+|also\s+|just\s+|now\s+|finally\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|spent|increased|decreased|doubled|tripled|risen|fallen|grown|become|"
    r"been|shown|seen|made|given|taken|gained|lost|received|welcomed|praised|criticised|criticized|urged|called|"
    r"accused|blamed|estimated|forecast|predicted|suggested|recommended|proposed|survived|listed|played|helped|"
    # a change of a quantity or a degree: a trend ("has reduced the number of its raids"), not one act
    r"reduced|lowered|halved|boosted|expanded|improved|slowed|accelerated|intensified|weakened|strengthened)\b)"
    r"(?:[a-z]{3,}ed|" + PARTICIPLE_FORMS + r"))\b" + OBJECT_AFTER)


#: A move told as news in the present perfect, by whom it moved and where to or from: "The 71-year-old
#: has moved to Wales", "The candidate has arrived at the count", "The crew have returned to port", "Two
#: ministers have fled abroad". A move needs no object, so :data:`_PERFECT_ACT` does not read it; its
#: place stands in the object's stead. Closed to verbs of going somewhere: "has turned to", "has
#: contributed to", "has responded to" tell a change of mind, a share or an answer.
_PERFECT_MOVE = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:has|have)\s+(?:since\s+|also\s+|just\s+|now\s+|finally\s+)?"
    r"(?P<verb>moved|relocated|returned|fled|emigrated|arrived|travelled|traveled|sailed|flown|withdrawn|retired|defected)\b"
    r"(?=\s+(?:(?:to|into|from|at)\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z]))|home\b|back\s+(?:to|from|home)\b|"
    rf"{COMPASS_MOVE}))")


#: An application or a request put to an authority, told as news in the present perfect: "Mr and Mrs Okafor
#: have applied for permission to build an extension", "The Old Bell has applied to the council for a
#: licence", "Norvik has also asked for approval in children". A step of proceedings, as the plain past's
#: "applied for" is (:data:`~explorer.events.happening_verbs.LIGHT_VERB_ACT`); a request of anything else
#: ("has asked for donations instead of flowers", "has asked for more doses") tells a wish, not a step.
_PERFECT_APPLICATION = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:has|have)\s+(?:since\s+|also\s+|just\s+|now\s+|formally\s+|already\s+)?"
    r"(?P<verb>applied(?=\s+(?:to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)?for\s)|"
    r"asked(?=\s+(?:to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?)?for\s+(?:(?:a|an|the|its|their|full|formal|"
    r"outline|planning|retrospective)\s+)*(?:approval|permission|consent|licen[cs]e|leave|asylum|"
    r"judicial\s+review|injunction|authori[sz]ation|registration)\b))")
#: A start told as news in the present perfect, by what is being done: "Investigators have begun removing
#: debris from the spillway", "The council has started clearing the drains". One act's beginning, as
#: "began removing" would be; a start of a state or a habit ("has started to feel", "has begun
#: meeting weekly") is no act on something and is left out by the object it needs.
_PERFECT_START = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:has|have)\s+(?:since\s+|also\s+|just\s+|now\s+|already\s+)?"
    r"(?P<verb>begun|started)(?=\s+[a-z]{3,}ing" + OBJECT_AFTER + ")")


#: A letter sent, told by whom it was written to: "Whitcombe wrote to the General Board of Health", "Two
#: senators have written to the company asking why it waited". Why: "wrote" is a verb of saying (:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS`:
#: "wrote that …"), yet a letter written to someone is one act of the story, which readers list (dated,
#: the dated pass reads it; undated it was lost). Not the writer's own perfect ("We have written to the
#: council"), left out as every perfect of the writer's is (:data:`_PERFECT_ACT`); not a relative clause's, not a habit ("wrote to each other every Christmas",
#: "wrote to them every year") and not a letter's content told by an infinitive ("wrote to say", "wrote to
#: thank"): the recipient follows "to" at once.
_LETTER_SENT = re.compile(
    r"(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?P<perfect>has|have|had)\s+(?:since\s+|also\s+|now\s+|already\s+|first\s+)?(?P<participle>written)|"
    r"(?:first\s+|then\s+|also\s+|later\s+)?wrote)"
    r"(?=\s+(?:back\s+)?to\s+(?:the|a|an|his|her|its|their|our|my|every|all|both|me|us|him|them|\d|(?-i:[A-Z]))\b"
    r"(?!\s*(?:each\s+other|one\s+another)\b)"
    r"(?![^.;]{0,60}\b(?:every|each)\s+(?:[a-z]*day|week|month|year|Christmas|summer|winter|spring|autumn|time)\b)"
    r"(?![^.;]{0,60}\b(?:regularly|often|weekly|monthly|times)\b))")


#: Words that count a perfect's acts or spread them over a period (a tally or a habit, not one act), or
#: hedge it ("most likely have played a role": a judgement).
_OVER_A_PERIOD = re.compile(r"\b(?:likely|probably|perhaps|possibly|reportedly|allegedly|since|(?:every|each)\s+(?:other\s+)?(?:[a-z]*day|night|week\w*|month|year|season|summer|"
                            r"winter|spring|autumn|time|morning|evening|quarter)|so\s+far|ever|always|never|not|times|repeatedly|regularly|"
                            r"already|recent\s+(?:years|months|weeks)|past|last|this\s+year|"
                            # (a length, not a compound adjective's unit: "The 71-year-old has moved to Wales", "has
                            # demanded a four-day week", "has signed a two-year deal" tell one act)
                            r"(?<!-)(?<!-day\s)(?<!-hour\s)(?<!-week\s)(?<!-month\s)(?<!-year\s)(?:years?|months?|weeks?)(?!-))\b",
                            re.IGNORECASE)
#: A penalty's term after its verb: "has disqualified the treasurer from acting as a trustee for eight
#: years", "have banned him for three months". The length is what the one act imposed, not a stretch
#: its acts are spread over, so :data:`_OVER_A_PERIOD` does not read it.
_PENALTY = re.compile(r"(?:banned|barred|disqualified|suspended|excluded|jailed|imprisoned|sentenced|fined|"
                      r"struck\s+off|removed)$", re.IGNORECASE)
_PENALTY_TERM = re.compile(r"\bfor\s+(?:up\s+to\s+)?(?:\d+|" + spelled(1, 20) + r"|a|an)\s+(?:years?|months?|weeks?)\b",
                           re.IGNORECASE)


def told_in_a_paragraph(text: str, sentence_start: int, sentence_end: int) -> bool:
    """Whether a short sentence is told in running prose: closed by a full stop, with another sentence
    before it on its line ("… asked the captain to scuttle the ship. He refused."), not a heading, a
    caption or a list item of its own."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    return text[sentence_start:sentence_end].rstrip().endswith(".") and bool(text[line_start:sentence_start].strip())


def iter_occurrences(text: str, sentence_start: int, sentence_end: int) -> Iterator[Occurrence]:
    """Every narrated (not quoted, not hypothetical) notable occurrence in a sentence, in order."""
    sentence = text[sentence_start:sentence_end]
    if len(sentence.split()) < 4 and not told_in_a_paragraph(text, sentence_start, sentence_end) or _FURNITURE.match(sentence):
        return
    found = list(_notable_occurrences(sentence, sentence_start))
    taken = {(o.trigger_start, o.trigger_end) for o in found}
    for m in [*_PERFECT_ACT.finditer(sentence), *_PERFECT_MOVE.finditer(sentence),
              *_PERFECT_APPLICATION.finditer(sentence), *_PERFECT_START.finditer(sentence)]:
        before = sentence[: m.start()]
        if inside_quotation(before) or _NOT_NARRATIVE.search(before) or any(
                a <= sentence_start + m.start("verb") < b for a, b in taken):
            continue
        left, right = clause_bounds(sentence, m.start("verb"), m.end("verb"))
        # (the clause around its "has": "has since replaced" tells when, not how often)
        after = sentence[m.end("verb"):right]
        if _PENALTY.search(m.group("verb")):
            after = _PENALTY_TERM.sub(" ", after)  # "for eight years": the penalty's term, not a spread
        if _OVER_A_PERIOD.search(sentence[left:m.start()] + " " + after):
            continue
        found.append(Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb"), True))
    for m in _LETTER_SENT.finditer(sentence):
        before = sentence[: m.start()]
        if inside_quotation(before) or _NOT_NARRATIVE.search(before) or any(
                a <= sentence_start + m.start() < b for a, b in taken):
            continue
        # (the verb alone, "wrote" or "has written", as the trigger: its subject and recipient are the title's)
        start = m.start("participle") if m.group("perfect") else m.end() - len("wrote")
        found.append(Occurrence(sentence_start + start, sentence_start + m.end(), sentence[start:m.end()],
                                m.group("perfect") is not None and m.group("perfect").lower() != "had"))
    yield from sorted(found, key=lambda o: o.trigger_start)


def _notable_occurrences(sentence: str, sentence_start: int) -> Iterator[Occurrence]:
    """The occurrences :data:`TRIGGER` reads in a sentence (see :func:`iter_occurrences`)."""
    for m in TRIGGER.finditer(sentence):
        before = sentence[: m.start()]
        if inside_quotation(before):
            continue  # inside a quotation: what someone said, not what happened
        if _NOT_NARRATIVE.search(before):
            continue
        # (a market's subject may hold the name itself: "Shares of Korsan banks gained")
        if not re.search(r"[A-Z][a-z]", before + m.group()[1:] + " " + sentence[m.end():]) and not _ONE_SOMEONE.match(before):
            continue  # nobody named: "deaths rose" is a statistic, not an occurrence
        nominal = m.group()[:1] in "’'" or m.group().lower().startswith(("his ", "her ", "their ", "its ", "the "))
        left, right = clause_bounds(sentence, m.start(), m.end())
        if nominal and _DEMAND.search(sentence[max(left, m.start() - 60):min(right, m.end() + 80)]):
            continue  # a condition or a demand names what should happen, not what did
        if nominal and _TIME_ANCHOR_BEFORE.search(before) and re.match(r"(?i)(?:his|her|their|its)\s", m.group()):
            continue  # "since his arrest", "30 days after his release": a time told by another happening
        yield Occurrence(sentence_start + m.start(), sentence_start + m.end(), m.group())
