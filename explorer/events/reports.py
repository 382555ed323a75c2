"""A report beside the happening it reports is not a second event.

"Part of the roof collapsed early Monday, …, officials said Wednesday": the sentence tells one
happening (the collapse, on Monday) and when it was reported (Wednesday). An analyst wants the
collapse on the timeline; the saying is how the paper knows, not something that happened to anyone.
So a date that belongs to a reporting verb ("said Wednesday", "told reporters on Thursday") gives
no event of its own when another date of the same sentence dates what was reported. When the report's
date is the only one ("The company said on Wednesday that profit rose 14 percent"), the reported
happening took place then, as far as the text tells, and the event stays: its date is the report's.

Only the words next to the date count; nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.modality import FORESEEN_TO, PARTICIPLE_OR_DEATH
from explorer.events.record import Event, told_again
from explorer.events.tense import IRREGULAR

#: Verbs that tell that something was said, in the form that carries a date: "said", "told reporters".
_SAYING = (
    # ("added" after a passive's auxiliary is what was put in: "an inshore lifeboat was added in 2019")
    r"said|says|say|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|tells|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?:added|adds)|noted|notes|argued|argues|"
    r"insisted|insists|stated|states|explained|explains|wrote|writes|claimed|claims|warned|warns|"
    r"reported|reports|commented|remarked"
)
#: Where a saying was made, between the verb and its date: "said in a press conference Tuesday night",
#: "told reporters at a news briefing on Monday", "said in a statement Friday".
_SAID_WHERE = (r"(?:(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:conference|briefing|statement|interview|release|post|video|speech|hearing|update)\s+)?")
#: The reporting verb just before its date: "officials said Wednesday", "said on Thursday that".
_SAID_BEFORE = re.compile(rf"\b(?:{_SAYING})\s+{_SAID_WHERE}(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$", re.IGNORECASE)
#: … or just after it, in a trailing report: "…, officials on Wednesday said."
_SAID_AFTER = re.compile(rf"^\s*(?:{_SAYING})\b", re.IGNORECASE)


#: After a report's date: the end of the clause, "that", or the reported clause's subject ("said Wednesday
#: it had sent"). A lowercase noun there makes the date a modifier ("reported third-quarter net of …").
_ADVERBIAL_AFTER = re.compile(
    r"^(?:\s*(?:[,.;:!?)\"”’—–-]|$)|\s+(?:that|it|he|she|they|we|i|you|the|a|an|its|his|her|their|this|these|those|"
    r"there|[A-Z0-9])\b)"
)


def is_report_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the time a reporting verb next to it was said."""
    if _SAID_AFTER.match(text[end:end + 20]):
        return True
    return bool(_SAID_BEFORE.search(text[max(0, start - 80):start]) and _ADVERBIAL_AFTER.match(text[end:end + 20]))


#: A sentence that opens with a direct quotation (after an optional label, "CLAIM:"), up to its closing
#: quotation mark (or the two backquotes and two apostrophes of wire archives: see ``quote_marks``).
_OPENING_QUOTE = re.compile(r"^\s*(?:[A-Z][A-Za-z ]{0,20}:\s*)?(?:[\"“‘]|``)[^\"“”`]{2,}?[,.!?—–-]?\s*(?:[\"”’]|'')")
#: A verb of speaking in the attribution after a quotation: '"…," Dr Haddad said on Tuesday', '"…," says a
#: post shared 9,000 times this week', '"…," she told reporters on Wednesday'. (Writing is not read so: a
#: letter or a diary quoted, '"…," he wrote on 18 September', is a document of its own.)
_SPOKEN = re.compile(r"\b(?:said|says|say|told|tells|added|adds|insisted|insists|claimed|claims|asked|asks|replied|"
                     r"replies|explained|explains|argued|argues|warned|warns|stressed|stresses|remarked|joked)\b",
                     re.IGNORECASE)
#: A side clause in the attribution ('"…," said Ms Holm, who retired in December') or a clause joined after
#: it ('"…," a teacher said, and the council closed the hall on Wednesday'): its date is its own.
_SIDE_CLAUSE = re.compile(r"[,;]\s*(?:who|whom|whose|which|where|when|and|but|then|so)\b|;|"
                          r"\b(?:after|before|since|until|when|while|as)\s", re.IGNORECASE)


def dates_a_quoted_statement(event: Event) -> bool:
    """Whether the event's date stands in the attribution of a direct quotation that opens its sentence
    ('"These scribes watched the sky every night," Dr Haddad said on Tuesday'): the date is when the
    words were spoken, and a plain statement is no happening (the quotation's own dates are read as
    quoted, elsewhere)."""
    if not event.timex:
        return False
    quote = _OPENING_QUOTE.match(event.sentence)
    at = event.timex_start - event.sentence_start
    if quote is None or quote.end() > at:
        return False
    attribution = event.sentence[quote.end():at]
    return bool(_SPOKEN.search(attribution)) and not _SIDE_CLAUSE.search(attribution)


#: A question put to the speaker, opening the sentence with its date, then the answer told by a plain
#: saying: "Asked on Monday what she would change first, she said: …", "Pressed by reporters on Friday,
#: the coach said no", "Questioned by MPs on Tuesday, the chief executive replied that …". The date is
#: when the words were spoken, and a plain statement is no happening. (An admission or a denial made in
#: answer is an act the gold keeps: "Questioned by police on Monday, he admitted the theft" stays; so
#: does a happening told after the opener, "Asked about the fire on Monday, police said a man had been
#: arrested", whose title is the arrest's and not the saying's.)
_QUESTION_PUT = re.compile(r"^\W*(?:asked|questioned|pressed|quizzed|challenged|interviewed)\b[^,;:.!?]{0,100}$", re.IGNORECASE)
_ANSWERED = re.compile(r"^[^,;:.!?]{0,100},\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|replied|replies|answered|answers|told|tells|"
                       r"added|adds|insisted|insists|responded|responds)\b", re.IGNORECASE)
#: A title that is the saying itself ("She says", "The minister says no", "The coach says: “We will
#: fight”") or the question put, told from its opener ("The minister is quizzed").
_SAYING_TITLE = re.compile(r"\b(?:says|said|replies|replied|answers|answered|tells|told|adds|added|insists|insisted|responds|"
                           r"responded|(?:is|are|was|were)\s+(?:asked|questioned|pressed|quizzed|challenged|interviewed))\b",
                           re.IGNORECASE)


def dates_a_question_put(event: Event) -> bool:
    """Whether the event's date stands in an opening phrase that puts a question to the speaker, and its
    title is the answer's saying (see :data:`_QUESTION_PUT`): a statement, dated when it was made."""
    if not event.timex:
        return False
    at = event.timex_start - event.sentence_start
    return bool(_QUESTION_PUT.match(event.sentence[:at]) and _ANSWERED.match(event.sentence[at:])
                and _SAYING_TITLE.search(event.title))


#: A verb of telling with its date ("said on Thursday", "told them in March", "told us on Tuesday").
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|said|says|say|informed|informs|assured|assures|warned|warns)\s+"
                          r"(?:[\w'’]+\s+){0,3}?(?:(?:on|in|at|last|this|early|late)\s+)?$", re.IGNORECASE)
#: What was told, right after the date, holds an intention, a denial or an absence: "… that he planned to
#: retire", "… that there were no plans to change it", "… that his client denied any wrongdoing", "… that
#: she would not send the treaty back", "… that no ransom had been paid", "… that nobody had been hurt"; or
#: how things were going as the words were said, "… that test results were being written by hand". (A bare
#: expectation, "… that the shaft would stay closed", is read by the modality of the title.)
_INTENT_TOLD = re.compile(r"^[^.;:!?]{0,25}?\bthat\s+"
                          # (within the told clause: ", which Calloway denied" after it is another's act)
                          r"(?:(?!,\s*(?:which|who|whom|but)\b)[^.;!?]){0,80}?\b(?:planned|plans|intended|intends|no\s+plans|"
                          r"not|never|denied|denies)\b", re.IGNORECASE)
#: ... and, after a plain saying ("said on Monday", "told reporters on Tuesday"; not a warning, which is an act
#: whatever it warned of), what was told opens with an absence, "… that no ransom had been paid", "… that
#: nobody had been hurt", or tells how things were going as the words were said, "… that test results were
#: being written by hand".
_SAID_PLAINLY_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|stated|states|added|adds)\s+"
                                  # (no act of its own between: "said he warned them in September that …")
                                  r"(?:(?!(?:[a-z]+ed|had|has|have|wrote|told|sent)\b)[\w'’]+\s+){0,3}?"
                                  r"(?:(?:on|in|at|last|this|early|late)\s+)?$", re.IGNORECASE)
_STATE_TOLD = re.compile(r"^[^.;:!?]{0,25}?\bthat\s+(?:(?:no(?!\s+(?:fewer|less|more|sooner)\b)|nobody|nothing|none)\b|"
                         r"(?:(?!,\s*(?:which|who|whom|but)\b)[^.;!?]){0,80}?\b(?:was|were|is|are)\s+(?:still\s+)?being\b)",
                         re.IGNORECASE)


def dates_a_statement_of_intent(text: str, event: Event) -> bool:
    """Whether the event's date is when someone said or told what was meant, denied or not there
    ("Colleagues said he had told them in March that he planned to retire", "told us on Tuesday that there
    were no plans to change it", "His lawyer said on Tuesday that his client denied any wrongdoing"): a
    statement of what is meant or denied, no happening. The act done by speaking
    ("announced", "confirmed") is read elsewhere, and stays."""
    if not event.timex:
        return False
    before = text[max(event.sentence_start, event.timex_start - 50):event.timex_start]
    after = text[event.timex_end:event.sentence_end]
    return bool(_TOLD_BEFORE.search(before) and _INTENT_TOLD.match(after)
                or _SAID_PLAINLY_BEFORE.search(before) and _STATE_TOLD.match(after))


#: Words that open a subordinate clause: a date after them dates a side happening ("…, the first
#: breeding since the species was wiped out in the 1870s, the agency said on Thursday"), not the one
#: reported, whose time is then the report's. ("that" is left out: "said on Thursday that two boats ran
#: aground on Monday" tells the reported happening in a that-clause.)
_SUBORDINATE = re.compile(r"\b(?:since|after|before|when|while|whereas|although|though|as|which|who|whom|whose|until|once|if|unless|because)\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[,;:—–()]")


def _dates_main_clause(text: str, event: Event) -> bool:
    """Whether the event's date sits in a main clause (no subordinating word before it in its clause)."""
    before = text[max(event.sentence_start, event.timex_start - 80):event.timex_start]
    clause = _TIME_PREPOSITION.sub("", _CLAUSE_CUT.split(before)[-1])
    return not _SUBORDINATE.search(clause)


#: "after", "before", "since" or "until" right before the date is a preposition of the main clause
#: ("The roof collapsed shortly after 4 a.m."), not a subordinate clause's opening word.
_TIME_PREPOSITION = re.compile(r"\b(?:(?:shortly|just|soon|long|right|well|not\s+long|only)\s+)?(?:after|before|since|until)\s*$",
                               re.IGNORECASE)


#: A participle between a leading report and the other date: the date may be a side happening's ("said
#: Thursday he has sent a team to recover the remains of an expert kidnapped two years ago").
_PARTICIPLE = re.compile(r"\b[a-z]{3,}ed\b")


def _reported_by(text: str, report: Event, other: Event) -> bool:
    """Whether ``other``'s date can be the reported happening's: it comes before a trailing report
    ("… collapsed early Monday, officials said Wednesday"), or after a leading one with no participle
    between them ("said on Thursday that two boats ran aground on Monday")."""
    if other.timex_start < report.timex_start:
        return True
    return not _PARTICIPLE.search(text[report.timex_end:other.timex_start])


#: Someone told of something, in the passive, with the telling's date: "staff were told in June", "tenants
#: were warned by the landlord on Monday". (The active "told a news conference on Tuesday that …" more
#: often tells what the speaker foresees, see :func:`dates_a_reported_expectation`.)
_TOLD_SOMEONE_BEFORE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:told|informed|notified|warned|advised)(?:\s+by\s+(?:[\w'’]+\s+){1,4}?)?\s*"
    r"(?:(?:on|in|at|last|this|early|late)\s+)?$", re.IGNORECASE)
#: ... and what they were told is a decision still to take effect: "… that the charge would rise from next
#: April", "… that the depot will close in 2028", "… that the branch was to shut in May".
_DECISION_TOLD = re.compile(r"^\s*,?\s*that\s+(?:(?!,\s*(?:which|who|but)\b)[^.;:!?]){0,80}?\b(?:would|will|was\s+to|were\s+to|is\s+to|"
                            r"are\s+to|(?:is|was|are|were)\s+(?:due|set)\s+to)\b", re.IGNORECASE)


def tells_someone_a_decision(text: str, event: Event) -> bool:
    """Whether the event's date is when someone was told of a decision still to take effect ("The 140 plot
    holders were told in June that the charge would rise from next April"): telling someone a decision
    is an act done by speaking, the gold's convention and a reader's, dated by its own day; the date of
    what was decided is the decision's, not the telling's."""
    if not event.timex:
        return False
    return bool(_TOLD_SOMEONE_BEFORE.search(text[max(event.sentence_start, event.timex_start - 60):event.timex_start])
                and _DECISION_TOLD.match(text[event.timex_end:event.sentence_end]))


def drop_reports_beside_happenings(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document less the ones dated by a reporting verb in a sentence where another
    event has a date that is not a report's, in a main clause: that one is the reported happening. Not
    the telling of a decision to someone (:func:`tells_someone_a_decision`), an act of its own."""
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        if event.timex:
            by_sentence.setdefault(event.sentence_start, []).append(event)
    drop: set[str] = set()
    for told in by_sentence.values():
        if len(told) < 2:
            continue
        reports = [e for e in told if is_report_date(text, e.timex_start, e.timex_end)]
        for report in reports:
            if tells_someone_a_decision(text, report):
                continue
            if any(e not in reports and _dates_main_clause(text, e) and _reported_by(text, report, e) for e in told):
                drop.add(report.id)
    return [e for e in events if e.id not in drop]


#: A title that tells a telling: "The findings are published in …", "The ministry announces …".
_TELLING_TITLE = re.compile(
    r"\b(?:says|said|announces?|announced|publish(?:es|ed)?|reports?|reported|releases?|released|confirms?|"
    r"confirmed|presents?|presented|unveils?|unveiled)\b",
    re.IGNORECASE,
)


#: A report that is a publication ("researchers reported on Wednesday", "the ministry announced today"),
#: not a remark: many people "said today" different things in one article.
_PUBLISHED_BEFORE = re.compile(r"\b(?:reported|reports|announced|announces|published|publishes|released|releases|unveiled|unveils)\s+(?:on\s+)?$", re.IGNORECASE)


def fold_repeated_reports(text: str, events: Sequence[Event]) -> list[Event]:
    """A report dated by its reporting verb ("…, researchers reported on Wednesday"; a publication, not a
    remark: "said today" is left alone) and a telling of the same day elsewhere in the article ("The findings are published on Aug. 18 in …") are one
    happening told twice: the report joins the other's mentions. The later telling, which names the
    telling verb in its title, is kept."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        if not event.timex or event.begin is None or event.begin != event.end:
            continue
        if not is_report_date(text, event.timex_start, event.timex_end) or not _PUBLISHED_BEFORE.search(
                text[max(0, event.timex_start - 40):event.timex_start]):
            continue
        for j, other in enumerate(events):
            if j == i or j in drop or not other.timex or other.sentence_start == event.sentence_start:
                continue
            if (other.begin, other.end) != (event.begin, event.end) or not _TELLING_TITLE.search(other.title):
                continue
            told = (event.sentence_start, event.sentence_end)
            out[j] = told_again(out[j], told, f" as {event.timex}")
            drop.add(i)
            break
    return [e for n, e in enumerate(out) if n not in drop]


#: Past forms that end in no "-ed": a verb the speaker tells as done.
_PAST_FORMS = frozenset(IRREGULAR)
_BEFORE_PARTICIPLE = frozenset("now still already recently newly just long once".split())
#: A plain verb of saying right before the report's date: "Bush told a news conference on Tuesday that",
#: "the minister said on Monday". (Announcing, confirming or urging is an act done by speaking, which
#: the gold README keeps; they are not here.)
_PLAIN_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|(?:the|a|an)\s+\w+|\w+))?|"
    r"added|noted|argued|insisted|claimed|suggested)\s+"
    # ... with how it was said: "said privately on Thursday", "said unambiguously this morning"
    r"(?:(?!(?:only|early)\b)[a-z]{3,}ly\s+)?"
    # ... or where it was said: "said in an interview last week that", "told a briefing on Monday that"
    r"(?:(?:in|at|on|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|conference|"
    r"briefing|speech|meeting|hearing|letter|post|broadcast|podcast)\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$", re.IGNORECASE)
#: What was said, after the date: a clause whose first verb is a modal of possibility or a conditional
#: ("that the barricade might be extended", "the fund would cover the losses").
#: ... or a state to come ("the troops will remain in the Gulf", "the error will cost the party 549,000
#: marks"), or a forecast or plan with no date of its own ("is also expected to visit Baghdad").
_FORESEEN_VERB = (r"(?:(?:would|could|might|(?-i:may))\s+(?!have\b)(?:not\s+)?[a-z]|"
                  r"will\s+(?:not\s+)?(?:remain|stay|continue|cost)\b|" + FORESEEN_TO + ")")
_EXPECTATION_SAID = re.compile(
    r"^\s*,?\s*(?:that\s+)?(?:(?!(?:and|but|after|before|when|which|who|because|while)\b)[\w'’&.,-]+\s+){0,10}?"
    + _FORESEEN_VERB, re.IGNORECASE)
#: An aside between commas inside what was said ("that Britain, through its embassies, has been pushing";
#: "Sytenko, a former deputy secretary-general, is also expected to"): left out when its verb is looked for.
_ASIDE = re.compile(r",[^,;:.!?]{1,80},")


def _without_asides(said: str) -> str:
    """``said`` less its asides between commas, so that its subject meets its verb."""
    return _ASIDE.sub("", said)


def _foresees_and_tells_nothing_done(said: str) -> bool:
    """Whether ``said`` (what was said, from its start) tells something foreseen (:data:`_EXPECTATION_SAID`)
    and nothing done before it: "that the king assured him Jordan would close the port" tells the
    assurance. ("the channel now closed to shipping might be reopened": a participle after "now",
    "still", "already", "recently" describes a noun.)"""
    found = _EXPECTATION_SAID.match(_without_asides(said))
    if found is None:
        return False
    words = re.findall(r"[a-z]+", found.group(0).lower())[:-2]
    return not any((w.endswith("ed") or w in _PAST_FORMS) and (k == 0 or words[k - 1] not in _BEFORE_PARTICIPLE)
                   for k, w in enumerate(words))


def dates_a_reported_expectation(text: str, event: Event) -> bool:
    """Whether ``event`` is dated by a plain verb of saying whose content is an expectation: "Bush told
    a news conference on Tuesday that the naval barricade now in force might be extended". The title
    may cut the content before its modal, which the title rules (``modality``) then cannot see; what
    the speaker foresees is no happening, as the gold README's statement convention reads. The saying
    may also come last, after what was said: "The error will cost the party 549,000 marks, parliament
    said Friday"."""
    if not event.timex:
        return False
    after = text[event.timex_end:min(event.sentence_end, event.timex_end + 200)]
    if re.search(r"\w", after):
        return bool(_PLAIN_SAYING_BEFORE.search(text[max(0, event.timex_start - 60):event.timex_start])) \
            and _foresees_and_tells_nothing_done(after)
    # the saying trails what was said, its date last: "Sytenko is also expected to visit Baghdad, Gremitskikh
    # said at a regular news briefing today." (the date is the saying's; the visit has none of its own)
    saying = _PLAIN_SAYING_BEFORE.search(text[event.sentence_start:event.timex_start])
    if saying is None:
        return False
    comma = text.rfind(",", event.sentence_start, event.sentence_start + saying.start())
    if comma < 0 or len(text[comma + 1:event.sentence_start + saying.start()].split()) > 6:
        return False
    return _foresees_and_tells_nothing_done(text[event.sentence_start:comma])


#: What was said, after the date, told as how things stand: "said today conditions in Kuwait appear to be
#: deteriorating", "said late yesterday that “the operation has been very successful”", "said on Monday
#: the budget was fair". (A passive, "said the bridge was closed", tells something done; so do "was the
#: target of …" and "was killed": see ``modality.PARTICIPLE_OR_DEATH``.)
_STATE_SAID = re.compile(
    r"^\s*,?\s*(?:that\s+)?[“\"‘']?(?:(?!(?:and|but|after|before|when|which|who|because|while)\b)[\w'’&.,-]+\s+){1,6}?[“\"‘']?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+[“\"‘']?(?!(?:" + PARTICIPLE_OR_DEATH + r")\b)[a-z]|"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+(?:be|have\s+been)\b)", re.IGNORECASE)


def dates_a_reported_state(text: str, event: Event) -> bool:
    """Whether ``event`` is dated by a plain verb of saying whose content, after the date, tells how things
    stand (see :data:`_STATE_SAID`): a plain statement, no happening (the gold README's convention). The
    title may cut the content before its verb, and the title rules judge the cut title, so the sentence
    is read here, as :func:`dates_a_reported_expectation` reads a foreseen content."""
    if not event.timex or not _PLAIN_SAYING_BEFORE.search(text[max(0, event.timex_start - 60):event.timex_start]):
        return False
    rest = text[event.timex_end:event.sentence_end]
    # an act joined after the statement is dated by it: "… said on Monday that he was “a careful rider” and
    # thanked the passers-by", "… was “deeply concerned”, and the German foreign ministry summoned …"
    for joined in re.finditer(r"\band\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)", rest):
        if any(w.endswith("ed") or w in _PAST_FORMS for w in joined.group(1).lower().split()):
            return False
    return bool(_STATE_SAID.match(_without_asides(rest[:200])[:160]))


#: A verb of belief, fear or guess between a saying and its content's modal: what follows is foreseen by
#: someone, not a schedule ("said they thought the road would reopen", "said he feared the plant would close").
_BELIEF = (r"believes?|believed|thinks?|thought|fears?|feared|suspects?|suspected|expects?|expected|predicts?|"
           r"predicted|guess(?:es|ed)?|reckons?|reckoned|assumes?|assumed|doubts?|doubted|hopes?|hoped|"
           r"estimates?|estimated|imagines?|imagined|worries|worried|feels?|felt")
#: A belief's verb before the modal of a saying's content (see :data:`_BELIEF`).
_BELIEF_BEFORE_MODAL = re.compile(rf"\b(?:{_BELIEF})\b(?=.*\b(?:would|will)\b)", re.IGNORECASE | re.DOTALL)


#: A plain saying whose content schedules an act with its date: "Corlan Glass said on Tuesday that it
#: would close its works in January", "Organisers said the fair will take place from 12 to 20 August",
#: "told staff the depot would shut on 1 May" (any saying of :data:`_SAYING`, the one list). The modal is "would" or "will" (not "could", "might",
#: "may": a possibility), the verb after it is an act (not a state, a need or a wish: "would be", "will
#: remain", "would like"), and the date follows it in the same clause, with no new clause, condition or
#: deadline ("by June") between: the date is the act's own. Nor is a belief a plan: "Officials said they
#: thought the road would reopen in August", "said he feared the plant would close in the spring", "said
#: the airline believed flights would resume on Monday" tell what someone foresees (:data:`_BELIEF`).
_SAID_SCHEDULE = re.compile(
    rf"\b(?:{_SAYING})\s+"
    r"(?:(?:on|in|at|last|this|early|late)\s+[\w\s]{1,20}?\s+)?(?:that\s+)?"
    r"(?:(?!(?:if|unless|when|after|before|which|who|because|while|and|but)\b)[\w'’&.-]+\s+){1,8}?"
    r"(?:would|will)\s+(?!(?:be|have|not|never|remain|stay|continue|need|like|love|want|prefer|allow|help|cost|"
    r"depend|mean|keep|consider|look|seek|support|oppose|welcome|expect|hope|try|aim|wait|struggle|face|"
    r"likely|probably|also\s+be|still)\b)[a-z]{2,}\b"
    r"(?:\s+(?!(?:if|unless|when|after|before|which|who|because|while|and|but|until|could|might)\b)[\w'’£$€%.-]+){0,10}?"
    r"\s+(?:(?:on|in|from|between|at|during|next|this|early|late)\s+)?(?:the\s+)?$",
    re.IGNORECASE)


def reports_a_dated_plan(before_date: str) -> bool:
    """Whether the words before a date (``before_date``, its sentence up to it) report a plain saying
    whose content schedules an act on that date (see :data:`_SAID_SCHEDULE`): a plan with a date of its
    own, which the gold README keeps whoever tells it ("The trial is due to resume in May"), unlike the
    expectation a modal after a saying otherwise tells ("said a delay would make it hard")."""
    words = before_date.split()
    # ("in time for the autumn", "by June", "until May": the date bounds the act or times something else)
    if not words or words[-1].lower() in _NOT_THE_ACTS_DATE:
        return False
    said = _SAID_SCHEDULE.search(before_date[-200:])
    return said is not None and not _BELIEF_BEFORE_MODAL.search(said.group(0))


#: A word right before a date that makes it no date of the act before it: a deadline, a purpose, a limit.
_NOT_THE_ACTS_DATE = frozenset("for by until till than since of before after within".split())


#: An aside about an earlier telling, opening the sentence: "As I told the House on 3 May, …", "As the
#: leader of the council, Cllr Ruth Mensah, told the full council on 4 December, …", "As we said in our
#: guidance of 14 May, …", "As reported in our issue of 2 June, …"; or closing it: "…, as the Union reminded
#: clubs in its September circular." The date is the telling's, which is no happening (the gold README's
#: reported statement), and it does not date the clause the aside introduces, which keeps its own date if
#: it has one ("As the council explained in its notice of 3 June, the budget was fixed on 16 May").
_TELLING_VERBS = (r"(?:told|tells|said|says|explained|explains|noted|notes|reminded|reminds|reported|reports|announced|"
                  r"wrote|writes|warned|warns|pointed\s+out|points\s+out|made\s+clear|set\s+out|sets\s+out|stated|"
                  r"states|argued|argues|mentioned|described|indicated|advised|informed|confirmed|"
                  r"has\s+(?:said|told|explained|noted|reported|reminded)|have\s+(?:said|told|explained|noted|reported|reminded))")
_TELLING_ASIDE_OPENING = re.compile(r"^\W*As\s+(?:[^;:.!?\"“”]{0,80}?\s)?" + _TELLING_VERBS + r"\b[^,;:.!?\"“”]*$")
_TELLING_ASIDE_CLOSING = re.compile(r",\s+as\s+(?:[^,;:.!?\"“”]{0,60}?\s)?" + _TELLING_VERBS + r"\b[^,;:.!?\"“”]*$")


def dates_a_telling_aside(text: str, event: Event) -> bool:
    """Whether ``event``'s date stands in an aside about an earlier telling (see
    :data:`_TELLING_ASIDE_OPENING`): the telling is no happening and its date is not the clause's."""
    if not event.timex:
        return False
    before = text[event.sentence_start:event.timex_start]
    return bool(_TELLING_ASIDE_OPENING.match(before) or _TELLING_ASIDE_CLOSING.search(before))
