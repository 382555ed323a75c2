"""Clauses that tell no happening: a negated perfect or future, a bare possibility, what may be done
("can register"), a future state ("will stay open"), a forecast or an intention reported, an
absence ("No sailings this morning"), a failure to act, a guess or a question.

"The Falcons have not won the league since 1994", "Sailings would not resume until Wednesday",
"Some remote valleys could wait until the weekend": the date there bounds something that did not (or
may) happen, and a timeline shows what happened. Read off the event's title, which is its clause told
from the subject on; only the clause's own first verb counts, so "X says sailings would not resume"
(a statement) and "Its charter is not renewed" (a passive: something was decided) stay events.
How things stand (a state, a statement of an expectation or a need) is read in
:mod:`explorer.events.states`; counts, running tallies and a comparison's baseline in
:mod:`explorer.events.tallies_and_baselines`.
Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.no_single_happening import tells_no_single_happening
from explorer.events.tense import IRREGULAR, PARTICIPLES

__all__ = ["dated_in_an_opening_phrase", "frames_no_happening", "is_absence", "is_failure_to_act", "is_never_done",
           "is_non_happening"]


#: Up to six words of subject, then the clause's first auxiliary.
#: A word may be an amount ("A bid of around £8m could come …", "A 5% rise would follow"): the currency
#: sign or the per cent sign is part of the subject, not the end of it.
_SUBJECT = r"^(?:(?!(?:says|said|say|tells|told|argues|warns|confirms|reports|that)\b)[\w'’&.,£$€%-]+\s+){0,6}?"
_NEGATED = re.compile(
    _SUBJECT + r"(?:has|have|had|do|does|did|will|would|could|can|cannot)\s+(?:not|never|n't)\b|"
    # the same, contracted: "We don't plan any price increase this year", "The line won't reopen until May"
    + _SUBJECT + r"(?:has|have|had|do|does|did|wo|would|could|ca)n['’]t\b|"
    r"^(?:no one|nobody|none of|nothing)\b|"
    # a subject that counts next to nobody: "Few gave the club a chance in April", "Few had seen it coming"
    # ("A few …" counts some, and "Few days later" is a time)
    r"^(?:very\s+|too\s+)?(?-i:F)ew\s+(?!(?:days|weeks|months|years|hours|minutes|decades)\b)[a-z]|"
    r"^(?:hardly|scarcely|almost)\s+(?:anyone|anybody|anything|nobody|no\s+one)\b",
    re.IGNORECASE,
)
#: A deed denied by "never" right after its subject, with no auxiliary (the title's present drops "did"):
#: "the rebels never took the airport", "the firm never fully recovered its customers". What did not
#: happen. A "never" joined after another verb ("fell in a storm and was never rebuilt", "slowed him but
#: never stopped him") tells what followed a happening, and is left to it: the subject holds no "and",
#: "but", "or" or "yet".
_NEVER_DONE = re.compile(
    r"^(?:(?!(?:says|said|say|tells|told|argues|warns|confirms|reports|that|and|but|or|yet)\b)[\w'’&.,-]+\s+){1,6}?"
    r"never\s+(?:(?:fully|really|quite|completely|properly|again|once|actually)\s+)?(?!(?:is|are|was|were|be|been)\b)[a-z]",
    re.IGNORECASE)


def is_never_done(title: str) -> bool:
    """Whether the clause titled ``title`` denies its deed with "never" after its subject (see
    :data:`_NEVER_DONE`)."""
    return _NEVER_DONE.search(title) is not None


#: An absence told with "no" before a noun: "06:02 No sailings this morning", "Still no crossings"; or
#: with "there is" before it: "There were no injuries on Friday", "There is still no date for the
#: hearing" (what was not there; "There was an explosion at the depot" tells a happening).
_ABSENCE = re.compile(r"^\W*(?:(?-i:There|there)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:still\s+)?"
                      r"(?-i:No|no)\s+(?!\d|\.|doubt\b|longer\b|sooner\b|later\b|more\s+than\b)[a-z]",
                      re.IGNORECASE)
#: A new clause between the title's and the date: "No payment data was lost, and every customer … was
#: refunded by Thursday".
_ANOTHER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;")


#: An absence reported: "Police reported no injuries on Friday", "The ward reported no new cases over the
#: past two weeks": what was not there, told. (What a search or an inspection found, "the inspection
#: yesterday found no damage", tells the inspection, a happening: only "report" is read so.)
_REPORTED_NONE = re.compile(
    r"^(?:(?!(?:says|said|say|tells|told|that)\b)[\w'’&.,-]+\s+){1,6}?(?:reports?|reported)\s+no\s+"
    r"(?!\d|doubt\b|longer\b|sooner\b|later\b|more\s+than\b)[a-z]", re.IGNORECASE)


def is_absence(title: str, before_date: str = "") -> bool:
    """True when the clause titled ``title`` tells that something was not there ("No sailings this
    morning", "Police report no injuries"), and the date (``before_date``: the sentence up to it) is
    that clause's."""
    return bool(_ABSENCE.search(title) or _REPORTED_NONE.search(title)) and not _ANOTHER_CLAUSE.search(before_date)
#: What a thing hangs on, not a happening: "Sat night and Sunday depend on the linkspan", "The deal now
#: hinges on a vote in parliament".
_DEPENDS = re.compile(_SUBJECT + r"(?:(?:now|still|also|all|largely|entirely)\s+)?(?:depends?|depended|depending|hinges?|hinged|rests?)\s+on\b|"
                      r"^\W*(?:depends?|hinges?)\s+on\b", re.IGNORECASE)
#: What only may be, a modal of possibility or a future hedged by the teller: "The club might move in
#: May", "I will probably put the bed down to clover this winter", "We'll likely close in August", "They
#: probably will sell next year". A guess at what is to come, as much as "may", not a plan told with
#: its date ("will close in August" stays).
_POSSIBLE = re.compile(_SUBJECT + r"(?:(?:could|might|(?-i:may))\s+(?!not\b)(?!have\b)[a-z]+|"
                       r"(?:will|\w*['’]ll|would)\s+(?:(?:very\s+|most\s+)?(?:probably|possibly|likely|perhaps))\s+(?!not\b)(?!have\b)[a-z]+|"
                       r"(?:probably|possibly|perhaps)\s+(?:will|would)\s+(?!not\b)(?!have\b)[a-z]+)", re.IGNORECASE)
#: What would have happened, and did not: "A peace deal would have been put to a vote on 30 March", "the
#: island could have signed the treaty two weeks later", "The inquiry should have met in May". ("may
#: have", "might have" and "must have" guess at what did happen, and are read elsewhere.)
_COUNTERFACTUAL = re.compile(_SUBJECT + r"(?:would|could|should)\s+(?:(?:also|still|then|easily|probably)\s+)?have\s+"
                             r"(?!to\b)[a-z]+", re.IGNORECASE)
#: Something that may be done, not something done: "Volunteers can register", "Books can be returned".
_ABLE = re.compile(_SUBJECT + r"(?:can\s+(?!not\b)[a-z]+|"
                   # what someone could not do: "The Cossacks had been unable to organise", "She was unable
                   # to attend the hearing": an inability, no happening (a failure of a happening, "the
                   # talks failed", is read by is_failure_to_act)
                   r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|also|simply|again)\s+)?"
                   r"unable\s+to\s+[a-z])", re.IGNORECASE)
#: A hope told with "that": "I hope that, whatever happens today, our relations will stay strong", "The
#: club hopes that the stand will reopen in May". What someone wishes for, not a happening.
_HOPE_THAT = re.compile(_SUBJECT + r"(?:(?:still|also|very\s+much)\s+)?(?:hopes?|hoped|hoping|wish(?:es|ed)?|pray(?:s|ed)?)\s+that\b",
                        re.IGNORECASE)
#: The words that tell a thing foreseen, after "is"/"are": "is expected to", "are likely to", "is
#: forecast to", "is projected to".
_FORESEEN = r"(?:expected|likely|forecast|predicted|projected)"
#: The adverbs a forecast's head may hold before its word: "are now likely to", "is widely forecast to".
_FORESEEN_ADVERB = r"(?:(?:now|still|also|widely|generally)\s+)?"
#: "is expected to", "are now likely to", "is widely forecast to": a forecast's head, before its verb.
FORESEEN_TO = rf"(?:is|are)\s+{_FORESEEN_ADVERB}{_FORESEEN}\s+to\s+"
#: The same head, or a plan's: "is set to", "are now set to" (a plan made, read only before a state: a
#: change "set" is decided, "Rents are set to rise by 5% in April", and stays a happening).
_FORESEEN_OR_SET_TO = rf"(?:is|are)\s+{_FORESEEN_ADVERB}(?:{_FORESEEN}|set)\s+to\s+"

#: A future state rather than a happening: "The museum will stay open", "The building will remain closed".
_FUTURE_STATE = re.compile(
    # ... also as a forecast or a plan: "Approvals are expected to stay below average", "Rates are likely to
    # remain high", "The pool is now expected to stay closed", "The pier is set to stay shut"
    _SUBJECT + rf"(?:will\s+|{_FORESEEN_OR_SET_TO})"
    r"(?:stay|remain|be\s+(?:open|closed|valid|available|free|"
    # ... or how a figure will compare: "Profits will be below forecasts", "Sales will be higher than"
    r"(?:(?:well|far|slightly|much|even|a\s+little)\s+)?(?:below|above|under|over|lower|higher|less|more|[a-z]{2,}er\s+than)))\b",
    re.IGNORECASE
)

#: A forecast of a measure's change: "Bread prices are expected to climb by 3% to 5% by Christmas",
#: "Exports are forecast to fall 4 per cent in 2025", "Demand is likely to grow next year", "House
#: prices are projected to reach a new high next spring". Where a figure goes is a statistic foreseen,
#: not a happening (the gold README leaves forecasts, trends and statistics out); a scheduled act told
#: as expected, "The council is expected to approve the budget in March", names a happening and stays,
#: and so does a decided change, "Rents will rise to £42 from 1 April".
_FORECAST_CHANGE = re.compile(
    _SUBJECT + FORESEEN_TO +
    r"(?:(?:rise|fall|grow|climb|drop|increase|decrease|decline|ease|slow|shrink|slip|jump|soar|double|halve|"
    r"recover|rebound|dip|edge\s+(?:up|down|higher|lower))\b|"
    # ... or to arrive at a level, which needs its figure: "to reach a new high", "to top $100", "to average 9,100"
    r"(?:reach|top|exceed|average|hit|surpass)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than)\s+)?"
    # (a level named by its figure: "to reach the 2 percent target", "to hit its 5% goal")
    r"(?:(?:the|its|their|a)\s+)?"
    r"(?:[$£€¥]|\d|an?\s+(?:new\s+|record\s+|(?:\w+-)?year\s+)?(?:high|low|peak|record)\b))",
    re.IGNORECASE)

#: A bargain foreseen to be done: "The deal is expected to close in Q2 2026", "The sale of the Old Forge is
#: expected to complete in the summer", "The merger is likely to go through next year". When a deal closes
#: waits on approvals and paperwork, no one's appointment: a forecast, which the gold README leaves out (a
#: deal told closed, "The sale completed on 30 January", is a happening and stays).
_FORECAST_CLOSING = re.compile(
    r"\b(?:deal|sale|acquisition|merger|takeover|purchase|transaction|disposal|buyout|divestment)s?\s+"
    r"(?:of\s+(?:[\w'’&.-]+\s+){1,5}?)?" + FORESEEN_TO +
    r"(?:close|complete|conclude|be\s+(?:completed|closed|concluded|finali[sz]ed)|go(?:\s+through|\s+ahead)?)\b", re.IGNORECASE)

#: An arrival foreseen: "A further 6,000 shelter kits are expected to arrive by ship next week", "The
#: satellite is expected to re-enter the atmosphere on 14 June", "The convoy is likely to reach the
#: delta on Wednesday", "The storm is forecast to make landfall on Tuesday". When a thing on its way gets
#: there waits on roads, weather and orbits, no one's appointment: a forecast, which the gold README leaves
#: out (the arrival, when it comes, is told with its own date; a schedule stays: "The ship is due to
#: arrive on Friday").
_FORECAST_ARRIVAL = re.compile(
    _SUBJECT + FORESEEN_TO + r"(?:arrive|reach|re-?enter|land|dock|return|come\s+back|be\s+back|get\s+back|"
    r"make\s+landfall)\b", re.IGNORECASE)

#: How a thing is foreseen to be: "Turnout is expected to be low", "The race is likely to be close",
#: "The winter is forecast to be the coldest in a decade". A forecast state (the word after "be" is no
#: participle: "is expected to be named next month", "is likely to be held in May" tell a happening
#: foreseen; nor is it a place: "is expected to be in court on Monday" tells an appearance).
_FORECAST_BE = re.compile(
    _SUBJECT + FORESEEN_TO +
    r"be\s+(?:(?:very|fairly|quite|much|even|far|relatively)\s+)?(?P<word>[a-z]+)\b", re.IGNORECASE)
_NOT_A_STATE_AFTER_BE = frozenset(
    "in at on back out home there here present ready able about made held set put cut run hit shut sent built sold paid "
    "won lost kept left led met seen done known found brought bought heard read laid told given taken shown chosen "
    "begun drawn sworn struck spent".split())


def _forecast_state(title: str) -> bool:
    """How a thing is foreseen to be (see :data:`_FORECAST_BE`)."""
    m = _FORECAST_BE.search(title)
    if m is None:
        return False
    word = m.group("word").lower()
    return not (word in _NOT_A_STATE_AFTER_BE or word in PARTICIPLES or word in IRREGULAR or word.endswith("ed"))


#: An opinion put, not a happening: "Parents argued on Wednesday that the figures ignored new homes",
#: "He cautioned that the tablet is damaged", "Critics believe that the deal gave away too much". What
#: someone holds about the story; the story's happenings are told in its own clauses. (A statement,
#: "X said on Monday that …", and a warning, which readers list, are not opinions here.)
_OPINION = re.compile(
    _SUBJECT + r"(?:argue[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|caution(?:s|ed)?|believe[sd]?|think|thinks|thought|"
    r"feel|feels|felt|doubt(?:s|ed)?|reckon(?:s|ed)?)\s+(?:[\w'’-]+\s+){0,3}?that\b", re.IGNORECASE)
#: What is done as a habit or holds in general, told with an adverb of frequency before the verb:
#: "Truces in this conflict have usually collapsed", "Traders often sell before a holiday", "The river
#: rarely floods". Many happenings or none, not one a timeline can show.
_HABIT = re.compile(
    _SUBJECT + r"(?:(?:has|have|had|will|would|do|does|did|is|are|was|were|can)\s+)?"
    r"(?:usually|often|typically|normally|generally|always|rarely|seldom|frequently|traditionally|routinely|regularly|commonly|"
    r"continually|constantly|periodically|occasionally|sometimes)\s+[a-z]",
    re.IGNORECASE)
#: What is about to happen or what a thing is for: "Now the village is about to vanish again", "The change
#: is meant to raise the limit on Tuesday", "The fund was designed to help farmers". Something imminent
#: or a purpose, not a happening.
_ABOUT_TO = re.compile(
    _SUBJECT + r"(?:is|are|was|were|am)\s+(?:(?:now|just|also|only|still)\s+)?(?:about\s+to|(?:meant|intended|designed|supposed)\s+to)\s+[a-z]",
    re.IGNORECASE)
#: What a thing would take, told as a hypothetical: "Any escort would require approval from the allies",
#: "Such a commission would need the approval of both parliaments", "A new line would cost £2bn". What
#: something would need or cost if it came about, not a happening.
_WOULD_NEED = re.compile(_SUBJECT + r"would\s+(?:(?:also|still|first|probably|likely)\s+)?(?:require|need|cost|mean|involve|depend)\b",
                         re.IGNORECASE)
#: An interview's frame: "Asked what she would change first, she said …", "When asked about the delay
#: on Monday, the minister said …": the question put, not a happening.
_ASKED = re.compile(r"^\W*(?:(?:When|Once|After\s+being)\s+asked|(?-i:Asked))\b|"
                    # the same frame told from its subject, with nothing asked for: "She is asked"
                    r"^\W*(?:[\w'’-]+\s+){1,3}(?:is|was|are|were)\s+asked\s*$|"
                    # ... or with the question it was put: "The minister is asked whether the port would
                    # reopen", "The prince was asked today about the message" (asked to do something,
                    # "was asked to resign", is a demand, and stays)
                    r"^\W*(?:[\w'’.-]+\s+){1,5}(?:is|was|are|were)\s+asked\s+(?:(?:again|repeatedly|later|then)\s+)?"
                    r"(?:about|whether|what|why|how|if|when|who|which|for\s+(?:comment|details|an?\s+explanation))\b",
                    re.IGNORECASE)


#: A subject that holds a relative clause, "A government that wants growth should be running pilots from
#: next year", "Councils that want the money must apply by the end of March": the duty is still the main
#: clause's.
_RELATIVE_SUBJECT = (r"^(?:(?!(?:says|said|say|tells|told|argues|warns|confirms|reports|that|who|which)\b)[\w'’&.,-]+\s+){1,4}?"
                     r"(?:that|who|which)\s+(?:(?!(?:says|said|say|tells|told|argues|warns|that)\b)[\w'’&.,-]+\s+){1,5}?")
#: What someone thinks ought to happen, a demand or advice: "The council should sell the depot by 2026",
#: "Residents ought to be consulted before May"; and a duty, dated by its deadline or not: "The budget
#: must pass by 20 December", "Both parliaments must ratify the deal before the end of the year". The
#: gold README's written convention leaves duties out (its annotators left dated duties out three times
#: and kept one): what must be done is not yet a happening, and when it happens it is told with its own
#: date. ("must have", a guess about the past, is read elsewhere; a schedule, "is due to", stays; "has
#: to" is left alone: the readable gold keeps what "has to" be done when it is told as the next step.)
_OUGHT = re.compile(r"(?:" + _SUBJECT + "|" + _RELATIVE_SUBJECT + r")(?:should|ought\s+to|must(?!\s+have\b)|"
                    # the same duty told with a participle: "The council is required to pass a budget by",
                    # "Operators are obliged to publish"
                    r"(?:is|are)\s+(?:(?:also|still|now|legally)\s+)?(?:required|obliged|obligated)\s+to)\b", re.IGNORECASE)
#: A future told on a condition: "The quarantine will end on 25 February if no new cases are found".
_CONDITIONAL = re.compile(r"\b(?:will|would|could|(?-i:may)|might|shall)\s+[^.;:]*?\b(?:if|unless|provided)\b", re.IGNORECASE)


#: What someone hopes, expects, wants, aims or would like to do, told by the one who hopes: "We hope to open a
#: second depot by the autumn", "… and expected to finish it by the end of the year", "we expect 2024 to
#: be harder", "the council wants to sell it by the end of the year", "I'd like to retire next year".
#: An intention, not a happening. (A plan an organisation announces, "plans to open a plant in 2026",
#: is told as its coming happening and stays; so does a schedule told of someone else, "the agency
#: is expected to decide by 15 March": a be-form before "expected" makes it a forecast of a decision.)
_INTENT = re.compile(
    r"^(?:(?:(?!(?:says|said|say|tells|told|that|is|are|was|were|be|been|being)\b)[\w'’&.,-]+\s+){1,6}?"
    r"(?-i:hope[sd]?|hoping|expect(?:s|ed)?|wants?|wanted|wish(?:es|ed)?|would\s+like|(?<=['’]d\s)like|intends?|intended)\s+"
    r"(?:(?!(?:that|the|a|an)\b)[\w'’-]+\s+){0,3}?|"
    # an aim, right before its "to": "We aim to open a second depot by the autumn", "The club aims to
    # raise £40,000 by Christmas" (a target, like a hope; "plans to aim him at the Gold Cup" aims a horse)
    r"(?:(?!(?:says|said|say|tells|told|that|is|are|was|were|be|been|being)\b)[\w'’&.,-]+\s+){1,6}?"
    r"(?:(?:also|now|still|only)\s+)?(?-i:aims?|aimed|aiming)\s+|"
    # the subject left out: "Expected to finish it" ("Hope Street Bridge to reopen" is a name)
    r"(?-i:Expected|Hoping|Hoped|Wanted|Intended)\s+)to\s+[a-z]",
    re.IGNORECASE,
)
#: A statement whose content is how the speaker feels: "A spokesman says the company was
#: 'disappointed'", "Costa tells reporters that she was 'delighted'". A reaction, not a happening (a
#: statement of what happened or will, "X says the U.S. tried to contact him", stays).
_FEELING = (r"delighted|disappointed|pleased|happy|unhappy|proud|confident|hopeful|saddened|sad|shocked|angry|"
            r"satisfied|dissatisfied|optimistic|encouraged|concerned|worried|sorry|thrilled|relieved|"
            r"surprised|frustrated|grateful|honoured|honored|devastated|upset|excited")
_REACTION = re.compile(
    r"^(?:[\w'’&.,-]+\s+){0,8}?(?:says?|said|tells?|told)\s+(?:\w+\s+)?(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:is|are|was|were|feels?|felt|remains?|remained)\s+(?:very\s+|[a-z]+ly\s+|\"|“|')*(?:{_FEELING})\b",
    re.IGNORECASE,
)
#: A forecast in the present: "We expect full-year revenue of $1.7 billion", "The agency forecasts growth
#: of 2 per cent next year", "Analysts predict a rate cut in June". What someone foresees, not a
#: happening. (Past forecasts, "analysts had expected 57 cents", are read with their tense elsewhere.)
FORECAST = re.compile(
    # a subject first; an article inside it makes the word a noun ("The trust began a mink-trapping
    # project on the river": the project is begun, nothing is projected)
    r"^(?:(?!(?:says|said|say|tells|told|that|is|are|was|were)\b)[\w'’&.,-]+\s+)"
    r"(?:(?!(?:says|said|say|tells|told|that|is|are|was|were|a|an)\b)[\w'’&.,-]+\s+){0,5}?"
    # (nor right after a determiner: "The trust awards the project £250,000" names a project)
    # (an owner's forecast, "raised its forecast", is still the guidance a results story gives, which
    # the gold's readers leave out: see tests/events/test_recall_kinds_s10.py)
    r"(?<!\bthe\s)(?<!\bthis\s)"
    r"(?-i:expects?|forecasts?|anticipates?|projects?|predicts?|foresees?)\s+(?!that\b|to\b)",
    re.IGNORECASE,
)
#: A clause told under a condition put first: "If the inspector overturned the decision, construction
#: could begin in 2025", "Unless funding is found, the library will close in June". What may follow
#: on a condition is no happening.
_CONDITION_FIRST = re.compile(r"^(?:even\s+)?(?:if|unless)\b|^should\s+(?:the|a|an|it|they|he|she|we)\b[^,]{1,120},", re.IGNORECASE)
#: A condition put first by inverting "had": "Had the worker been tested on 5 September, treatment could
#: have begun at once", "Had the council acted in May, …". What did not happen: a headline never opens
#: with "Had" and a subject, so a title that does keeps the inversion of the sentence.
_INVERTED_CONDITION = re.compile(
    r"^(?-i:Had)\s+(?:(?-i:the|a|an|it|they|he|she|we|I|you|this|that|[A-Z][\w’'-]*)\s+)(?:[\w’'-]+\s+){0,4}?"
    r"(?:been\s+|not\s+)?[a-z]+(?:ed|en|wn|ne|nt|t)\b")
#: A denial of one's own knowledge or memory: "The mayor denied any knowledge of the payments", "she
#: denies knowing him". A denial is a happening when it rejects what others said of the one denying (an
#: accusation, a claim, a charge, a report: :data:`explorer.events.occurrences._VERBS` lists those
#: objects); one that says what the speaker knew or remembers tells their mind, as "said she did not
#: know" does, and is a statement, not a happening.
_DENIED_KNOWING = re.compile(
    _SUBJECT + r"(?:denies|denied|deny|denying)\s+(?:(?:any|all|ever|having|prior)\s+)*"
    r"(?:knowledge|knowing|awareness|being\s+aware|memory|recollection|remembering|recalling|having\s+(?:known|seen|met))\b",
    re.IGNORECASE)
#: What someone wants, told in the present: "The union wants a 7% rise this year", "Residents want a
#: crossing by the school". A wish, not a happening (a demand made, "the union demanded …", stays).
_WANTS = re.compile(r"^(?:(?!(?:says|said|say|tells|told|that)\b)[\w'’&.-]+\s+){1,6}?(?-i:wants?)\s+(?:a|an|the|more|\d)", re.IGNORECASE)
#: A statement whose content is a forecast or a hope: "Lal says she expected barley prices to ease", "The
#: chairman said he hoped the line would reopen". What the speaker foresees, not a happening.
_REPORTED_FORECAST = re.compile(
    r"^(?:[\w'’&.,-]+\s+){0,6}?(?:says?|said|tells?|told|adds?|added)\s+(?:[\w'’-]+\s+)?(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?-i:expects?|expected|hopes?|hoped|predicts?|predicted|forecasts?|anticipates?|anticipated|foresees?|foresaw)\b",
    re.IGNORECASE,
)
#: A warning or forecast whose content is told in the present: "The passport office has warned that
#: waiting times rise sharply from April", "Forecasters warn that temperatures climb above 30C on
#: Thursday". A present-tense claim about what is coming is no happening (a past one, "warned that the
#: website had crashed", tells what happened, and a modal one is :data:`_REPORTED_EXPECTATION`'s).
_WARNED_PRESENT = re.compile(
    r"^(?:[\w'’&.,-]+\s+){0,6}?(?:(?:has|have)\s+)?(?:warn(?:s|ed)?|caution(?:s|ed)?|predict(?:s|ed)?|"
    r"forecasts?|fear(?:s|ed)?)\s+(?:on\s+\w+\s+)?that\s+(?P<claim>[^,;:]+)",
    re.IGNORECASE,
)
_PAST_OR_MODAL = re.compile(
    r"\b(?:was|were|had|did|would|could|might|(?-i:may)|will|should|can|must|[a-z]{2,}ed)\b", re.IGNORECASE)


def _warned_present(title: str) -> bool:
    """A warning or forecast whose claim has no past verb and no modal: see :data:`_WARNED_PRESENT`."""
    found = _WARNED_PRESENT.search(title)
    if found is None:
        return False
    claim = found.group("claim")
    return not _PAST_OR_MODAL.search(claim) and not any(w.lower() in IRREGULAR for w in re.findall(r"[A-Za-z]+", claim))


#: A statement whose content is how things stand: "Nadia Bell says that the harvest had been poor",
#: "The mayor said on Tuesday the budget was fair". The gold README's written convention: a reported
#: statement is no happening; what it reports is, when it is one ("said the bridge was closed on Monday",
#: a passive, stays; so do announcing, confirming and urging, which are not verbs of saying here).
PARTICIPLE_OR_DEATH = (r"[a-z]+ed|[a-z]+en|shut|cut|hit|set|put|sold|held|built|made|found|lost|won|paid|sent|left|kept|"
                        r"told|done|gone|seen|met|shot|struck|hurt|bought|brought|caught|fought|thrown|drawn|born|dead|"
                        r"missing|being|to|not|no|never|about|due|set|"
                        # a happening told as a state: "was the target of an assassination attempt"
                        r"(?:the\s+|an?\s+)?(?:target|victim|subject|scene|site)")
_REPORTED_STATE = re.compile(
    # the statement quoted after a colon is told the same way: "Adair says: “It has been a hard summer”"
    # (told to a listener named before "that": "The minister tells a conference that the idea was “unaffordable”")
    # (or quoted straight after the verb: "Fitzwater says “the operation has been very successful”")
    r"^(?:[\w'’&.-]+\s+){0,8}?(?:says?|said|tells?|told)(?:\s*:\s*[“\"‘']|\s+[“\"‘']?)"
    r"(?:(?:reporters|journalists|(?:an?|the|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+that\b))\s+)?(?:that\s+)?"
    r"(?:(?!(?:and|but|which|who|when|after|before|because)\b)[\w'’-]+\s+){1,5}?"
    r"(?:[“\"‘']?(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+[“\"‘']?"
    rf"(?!(?:{PARTICIPLE_OR_DEATH})\b)[a-z]|"
    # a state said to go on, whatever its complement: "The operator says all sailings remain cancelled",
    # "said the door remained open" (a participle after "remain" is a state, not a passive)
    # (or with nothing after it: "says wide gaps remain")
    r"(?:remains?|remained|stays?|stayed)(?:\s+(?!to\b)[a-z]|\s*$)|"
    # how a thing looks to the speaker: "The Foreign Office says conditions appear to be deteriorating"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+(?:be|have\s+been)\b)",
    re.IGNORECASE,
)
#: A statement whose content is what the speaker has or sees, not what happened: "A spokesman said on
#: Monday the airline had no plans to cut routes", "The minister says she has no intention of resigning",
#: "Bush said he saw little reason for optimism". A plain statement, left out by the gold README's
#: convention (a statement of what happened, "said the talks had stalled", is left to the other rules).
_REPORTED_HOLDING = re.compile(
    r"^(?:[\w'’&.,-]+\s+){0,8}?(?:says?|said|tells?|told)\s+(?:(?:reporters|journalists)\s+)?(?:that\s+)?"
    r"(?:(?!(?:and|but|which|who|when|after|before|because)\b)[\w'’-]+\s+){1,4}?"
    r"(?:(?:has|have|had)\s+(?:no|little|nothing)\b(?!\s+(?:longer|sooner|later|more\s+than)\b)|"
    r"(?:sees?|saw)\s+(?:no|little|few)\s+(?:reason|need|sign|signs|prospect|chance|point|evidence|hope)\b)",
    re.IGNORECASE)
#: A second verb joined by "and" whose auxiliary opens a new predicate: "The route is closed and has
#: not reopened". Its negation or modal is that predicate's, not the first one's.
_SECOND_PREDICATE = re.compile(
    r"\s+and\s+(?=(?:has|have|had|do|does|did|will|would|could|can|cannot|(?-i:may)|might|should)\b)", re.IGNORECASE)
#: A finite verb in the first stretch: only then is what follows "and" a second predicate. A modal is
#: finite too: "Work will start in May and should be finished by the end of the year" tells a start.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|[a-z]{2,}ed|[a-z]{3,}s)\b")


def _first_predicate(title: str) -> str:
    """The title up to a second predicate joined by "and" ("The route is closed and has not reopened"
    -> "The route is closed"), when the part before it has a verb of its own."""
    parts = _SECOND_PREDICATE.split(title, maxsplit=1)
    if len(parts) == 2 and _FINITE.search(parts[0].split(" ", 1)[-1]):
        return parts[0]
    return title


#: An instruction to the reader, a clause that opens with a bare verb of what the reader is to do:
#: "Meet at the market cross at 2pm", "Send notices to the editor by Wednesday evening", "Please
#: book by 3 May", "Call ahead in July", "Allow an extra hour in winter". The date is when the reader
#: acts, not a happening the text reports. (An invitation to a happening, "Join us for the fair on 5
#: July", "Come to the open day", names that happening and stays.)
#: The reader as the subject, with a modal or a verb of what befalls anyone: "You'll get people assuming
#: that …", "You may have to wait until May", "You need to apply by 1 March". A clause about "you" is
#: advice or a generic case, never something that happened.
_GENERIC_YOU = re.compile(
    r"^\W*(?-i:You)(?:['’]ll|['’]d|\s+(?:will|would|can|could|may|might|should|must|get|need|have\s+to|had\s+better))\b",
    re.IGNORECASE)
_INSTRUCTION = re.compile(
    # (verbs that also head a noun, "Ring road closes", "Book festival opens", count only after "Please")
    r"^\W*(?-i:Meet|Send|Bring|Email|E-mail|Register|Apply|Submit|Reserve|Remember|Hand\s+in|Sign\s+up|Avoid|Allow|Pack|"
    r"Let\s+us\s+know|Don't\s+forget|Do\s+not\s+forget|Make\s+sure|Get\s+in\s+touch|Please\s+[a-z]+|"
    # ... or when what follows is an object or a place, not the rest of a noun: "Call 101", "Check the website"
    r"(?:Call|Phone|Ring|Book|Check|Contact|Return|Collect|Note|Park|Arrive|Wear)\s+(?=(?:the|a|an|your|our|us|"
    r"this|these|any|all|on|at|in|by|before|to|early|online|ahead)\b|\d))\b"
    # a name and a be- or have-form later make the first word the name's: "Meet the Makers fair is held"
    r"(?!\s+(?:the\s+)?[A-Z][^.;:]*\b(?:is|are|was|were|has|have|had)\b)"
)


#: A likelihood judged, not a happening: "A second rise is widely seen as likely", "An early election is
#: regarded as inevitable", "A deal is considered unlikely", "Further strikes are thought likely". What
#: someone expects of a thing to come (its date is the expected one), told as a judgement of it; a
#: judgement of what happened ("The decision was seen as a victory") or a sighting ("was seen leaving")
#: is not one.
_JUDGED_LIKELY = re.compile(
    _SUBJECT + r"(?:is|are|was|were)\s+(?:(?:now|still|also|widely|generally|increasingly|already|highly|very|more|less|"
    r"broadly|largely)\s+)*(?:(?:seen|regarded|considered|viewed|judged|thought|deemed)\s+(?:as\s+|to\s+be\s+)?"
    r"(?:(?:highly|very|more|less|increasingly|all\s+but)\s+)?)?"
    r"(?:likely|unlikely|probable|improbable|inevitable|certain|possible)\b(?!\s+(?:to|that)\b)",
    re.IGNORECASE)


#: A question asks, it tells nothing: "How did the council approve the budget on June 3?", "Did the
#: mayor resign in March?" (a rhetorical question of a blog, a heading of an explainer). The title of
#: a question's clause keeps its question mark.
_QUESTION = re.compile(r"\?\W*$")
#: A rule laid down, not a happening: "The council shall adopt the budget on or before June 30", "The
#: clerk shall publish the notice by the first Monday of March". Statutes, charters and contracts say
#: what is to be done each time; the date is the rule's, not a day something was done.
_SHALL = re.compile(_SUBJECT + r"shall\s+(?:(?:also|then|first|each\s+year|annually)\s+)?(?!not\b)[a-z]", re.IGNORECASE)
#: A definition or a consequence told in the present, read in the text itself (a title's "means" may
#: be a past "meant" put in the present, and "The drought meant we were buying hay" tells the buying):
#: "Manslaughter means the victim was killed without intent", "Which means if prices rise in the autumn
#: …", "The term refers to …". What a word or a fact amounts to, not a happening.
_MEANS_NOW = re.compile(r"\b(?:means|is\s+defined\s+as|are\s+defined\s+as|refers\s+to)\b", re.IGNORECASE)
#: A guess, hedged before its clause or put by a verb of guessing: "Perhaps the thieves entered through
#: the roof on Sunday night", "Maybe the letter was lost last week", "I speculated that perhaps the fire
#: had started on Monday". What someone supposes happened, not what the story tells.
_GUESS = re.compile(r"^\W*(?:perhaps|maybe)\b|" + _SUBJECT +
                    r"(?:speculate[sd]?|surmise[sd]?|suppose[sd]?|wonder(?:s|ed)?|guess(?:es|ed)?)\s+(?:that|whether|if)\b",
                    re.IGNORECASE)
#: How things stand now, told with "there is" in the text itself (a title puts "There was" in the
#: present too): "There's a warrant out for his arrest", "There are two men in custody". (The past,
#: "There was an explosion at the depot", tells a happening.)
_THERE_IS_NOW = re.compile(r"^\W*(?-i:There)(?:['’]s|\s+is|\s+are)\b", re.IGNORECASE)


#: A wish, the speaker's or one reported: "He noted that he would like to discuss the salary in March",
#: "We'd love to reopen by the summer". What someone would like, not a happening.
_WISH = re.compile(r"^(?:\S+\s+){0,10}?(?:would|\w+['’]d)\s+(?:(?:really|also|still|very\s+much)\s+)?(?:like|love|prefer)\s+"
                   # (what is wished may have a doer of its own: "We would like the awards night to take place in April")
                   r"(?:(?:the|a|an|our|their|his|her|its|this|that|them|him|us|you|it)\s+(?:[\w'’-]+\s+){0,4}?)?to\b",
                   re.IGNORECASE)

#: An indirect question: "… asked what time he was to be back the next day", "She wondered whether
#: the bus had left on Monday", "wants to know when the works will start in May". What is asked about
#: is not told to have happened.
_ASKED_ABOUT = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:e|es|ed|ing)|enquir(?:e|es|ed|ing)|wants?\s+to\s+know|wanted\s+to\s+know)"
    r"\s+(?:(?:him|her|them|us|me|you|police|officials)\s+)?(?:what|when|whether|if|why|how|where|who|which)\b",
    re.IGNORECASE)


#: A phrase put before the subject that names a happening of its own, its date inside it: "Following a
#: meeting with the minister on Friday, he told reporters …", "After talks in Geneva on Monday, the envoy
#: said …". The date is the meeting's, not the main clause's: what the main clause tells (a statement,
#: a state) does not make the meeting no happening.
_OPENING_PHRASE = re.compile(
    r"^\W*(?:following|after|before|during|ahead\s+of|at\s+the\s+end\s+of)\s+(?:(?:an?|the|his|her|their|its|this|that)\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|had|has|have|did|said|says)\b)[^,;:]{1,80}?\s+(?:(?:on|in|at|during)\s+)?$",
    re.IGNORECASE)


def dated_in_an_opening_phrase(before: str) -> bool:
    """Whether the date (``before``: its sentence up to it) sits in a phrase before the subject that names
    a happening of its own (see :data:`_OPENING_PHRASE`)."""
    return bool(_OPENING_PHRASE.search(before))


def frames_no_happening(before: str) -> bool:
    """True when the clause leading up to a happening's verb or date (``before``: its sentence up to
    there) hedges it as a guess ("… but I speculated that perhaps he had been sentenced", "Perhaps the
    roof gave way"), glosses a word or a fact in the present ("Manslaughter means the victim was
    killed …", "Which means if things go wrong next week …"), asks about it ("… asked what time he
    was to be back the next day") or opens with how things stand now ("There's a warrant out …"). Only the last clause counts: "The roof gave way, perhaps because of
    snow" tells the roof giving way, and "The mayor asked on Tuesday why …" tells the asking."""
    clause = re.split(r"[;:,]\s+(?=\S)", before)[-1]
    return bool(_MEANS_NOW.search(clause) or _ASKED_ABOUT.search(clause) or re.search(r"\b(?:perhaps|maybe)\b", clause, re.IGNORECASE)
                or _THERE_IS_NOW.match(before)
                or re.search(r"\b(?:speculate[sd]?|surmise[sd]?|suppose[sd]?|wonder(?:s|ed)?)\s+(?:that\s+|whether\s+|if\s+)",
                             clause, re.IGNORECASE)
                or _BELIEVED.search(clause) or _INVERTED_CONDITION.match(before.lstrip()) or _denied_after_and(before))


#: A second clause with a subject of its own, joined by "and" or "but": "We raised prices in January and
#: we do not plan a further increase this year", "The club won in May, but it has not won since".
_JOINED_CLAUSE = re.compile(r"(?:[,;]\s+|\s)(?:and|but)\s+(?=(?:we|they|he|she|it|I|you|there|the\s+[a-z]+|[A-Z][a-z]+)\s)")
#: A clause of its own opened after a denial.
_SUBORDINATE = re.compile(r"[,;:]|\b(?:since|because|when|whenever|after|as|while|which|who|whom|that|where|if|once|though|although)\b",
                          re.IGNORECASE)
#: "did not reopen until March", "will not open before May": the date is when it did (or will) happen.
_NOT_UNTIL = re.compile(r"\b(?:until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _denied_after_and(before: str) -> bool:
    """Whether the date (``before``: its sentence up to it) is in a second clause, joined by "and" or
    "but" with a subject of its own, that says something did not or will not happen: the sentence's
    first clause may tell a happening, but the date is the denial's ("We raised prices in January and
    we do not plan a further increase this year"). ("… and they did not reopen until March" dates the
    reopening.)"""
    parts = _JOINED_CLAUSE.split(before)
    denied = _NEGATED.search(parts[-1]) if len(parts) > 1 else None
    # (a clause of its own after the denial has the date: "… and the lamp had not turned since the light
    # was switched off in 1983", "… did not sound, because the power had been cut in 2020")
    return denied is not None and not _NOT_UNTIL.search(parts[-1]) and not _SUBORDINATE.search(parts[-1][denied.end():])


#: A happening told only as what someone assumed or believed: "For decades the family assumed that Jan
#: had died in the epidemic", "Police believed the driver had fled abroad". What was taken to have
#: happened is not told to have happened ("that", or a pluperfect right before the verb, marks the
#: belief's content: "She thought about it and resigned" tells the resigning).
_BELIEVED = re.compile(
    r"\b(?:assume[sd]?|presume[sd]?|believe[sd]?|suspect(?:s|ed)?|fear(?:s|ed)?|imagine[sd]?|thought|think|thinks)\s+"
    r"(?:that\b[^,;]*|(?:[\w’'-]+\s+){1,4}?(?:had|has|have)\s+[^,;]*)$", re.IGNORECASE)


#: A clause whose subject is anyone at all who will do something: "Whoever wins in February will face the
#: same arithmetic", "Whichever bidder is chosen next month must …". No one is named, nothing is told done.
_ANYONE_WHO = re.compile(r"^(?:Whoever|Whichever|Whatever)\b")


def is_non_happening(title: str) -> bool:
    """True when the clause titled ``title`` says something did not happen or only might, or reports
    an expectation or an intention. Only the first predicate counts: "The route is closed and has not
    reopened" tells a closing. (A state is told apart by :func:`is_state`, which needs the date's
    place too.)"""
    if _QUESTION.search(title):  # the whole title: a question mark ends it, not its first predicate
        return True
    title = _first_predicate(title)
    return bool(_NEGATED.search(title) or _POSSIBLE.search(title) or _ABLE.search(title) or _FUTURE_STATE.search(title)
                or _FORECAST_CHANGE.search(title) or _forecast_state(title) or _FORECAST_CLOSING.search(title) or _FORECAST_ARRIVAL.search(title)
                or _CONDITIONAL.search(title) or _OUGHT.search(title) or _INTENT.search(title)
                or _REACTION.search(title) or FORECAST.search(title) or _CONDITION_FIRST.search(title)
                or _REPORTED_FORECAST.search(title) or _warned_present(title) or _WANTS.search(title) or _INSTRUCTION.search(title)
                or _WOULD_NEED.search(title) or _ASKED.search(title)
                or _OPINION.search(title) or _ABOUT_TO.search(title) or _HABIT.search(title) or _DEPENDS.search(title)
                or _JUDGED_LIKELY.search(title) or _COUNTERFACTUAL.search(title) or _REPORTED_STATE.search(title) or _REPORTED_HOLDING.search(title)
                or _SHALL.search(title) or _GUESS.search(title) or _GENERIC_YOU.search(title)
                or _WISH.search(title) or _HOPE_THAT.search(title) or _INVERTED_CONDITION.match(title) or _DENIED_KNOWING.search(title)
                or _ANYONE_WHO.match(title) or tells_no_single_happening(title))


#: A thing not done, told as a failure of the one who should have done it: "The regulator failed to
#: enforce the law", "Commanders on both sides failed to develop new tactics". With no date of its own
#: it is a finding about someone, not a happening (a happening that failed is one: "The first round of
#: talks has failed to yield results", "The motion failed to win a majority").
_FAILED_TO = re.compile(
    r"^(?P<subject>(?:(?!(?:says|said|say|tells|told|that)\b)[\w'’&.,-]+\s+){1,8}?)(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|again|repeatedly|still|so\s+far|largely|completely|clearly)\s+)?(?:failed|fails|fail)\s+to\s+[a-z]",
    re.IGNORECASE)
#: A happening that can fail: its failing is a happening.
_HAPPENING_HEAD = re.compile(
    r"\b(?:talks|round|negotiations?|attempts?|bids?|efforts?|motions?|bills?|votes?|offensives?|campaigns?|attacks?|"
    r"assaults?|operations?|missions?|raids?|strikes?|appeals?|launch(?:es)?|tests?|trials?|rescues?|plans?|initiatives?|"
    r"summit|conference|meeting|ceasefire|truce|deal|agreement|proposal|referendum|mediation)\b",
    re.IGNORECASE)


def is_failure_to_act(title: str) -> bool:
    """True when the clause titled ``title`` tells that someone failed to do something (see
    :data:`_FAILED_TO`), not that a happening failed."""
    m = _FAILED_TO.search(_first_predicate(title))
    return m is not None and not _HAPPENING_HEAD.search(m.group("subject"))
