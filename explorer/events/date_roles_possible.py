"""Dates of what has not (yet) happened: a possibility ("may have been exposed at the pool on 8
February", "could not be ruled out within the next two weeks", "If councillors vote on March 24"), a
promise ("vowed to rebuild by 2030"), an expectation or forecast ("is expected in the autumn",
"forecasting fourth-quarter revenue") and a plan given up or moved ("originally scheduled for March 4",
"postponed from June 2 to June 9").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("possibility",
"promise", "expectation", "superseded plan").
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.described_people import DESCRIBED_PEOPLE
from explorer.events.names import PERSON_ROLES

#: "promised to double … in", "vowed to rebuild … by": a promise, whose date is its target, not the
#: time of a happening. (A plan an organisation announces, "plans to open a plant in 2026", is told
#: as its coming happening and stays: readers of news want scheduled things on the timeline.)
PROMISE = re.compile(r"\b(?:promise[sd]?|promising|pledge[sd]?|pledging|vow(?:s|ed|ing)?)\s+to\s+[a-z]|"
                      # (and a hope or a wish: "hope to hear from them this summer", "wishes to retire in May":
                      # what is hoped for is not yet a happening, the README's written convention)
                      r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|wishing)\s+to\s+[a-z]|"
                      # "the new ferry, ordered in 2019 and promised for 2022": the promise's target
                      r"\b(?:promised|pledged)\s+(?:by|for|before)\s+$", re.IGNORECASE)
#: "has promised a tour of Norway next summer", "promised its members a new pavilion by 2028": what is
#: promised told as a noun, the date its target when it lies ahead ("next", "by", "for"). ("promised a new
#: library in 2019" may tell when the promise was made, and is left alone; so is the promising told with its
#: own day, "promised on Monday to fix the road", whose date comes before what is promised.)
PROMISED_THING = re.compile(
    r"\b(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?)\s+(?:(?:us|them|him|her|me|you|voters|residents|members|staff|fans|"
    r"(?:the|its|his|her|their)\s+[a-z]+)\s+)?(?:a|an|the|more|fresh|new|further|another|[£$€]\s?\d[\d,.]*|\d[\d,.]*)\s+"
    r"(?:(?!(?:and|but|when|after|before|which|who|that|because|while|on|was|were|is|are|had|has)\b)[\w'’£$€%.,-]+\s+){0,6}?"
    r"(?:(?:in|by|for|before|from|during|at)\s+)?(?:the\s+)?$", re.IGNORECASE)
#: What tells that a promised thing's date lies ahead: a deadline's or a target's word before it, or the date itself.
PROMISED_AHEAD_BEFORE = re.compile(r"\b(?:by|for|before)\s+(?:the\s+)?$", re.IGNORECASE)
PROMISED_AHEAD_DATE = re.compile(r"(?:next|the\s+coming|the\s+following)\b", re.IGNORECASE)
#: "X promised that the government would publish a report before the stage begins next month", "promised
#: the seller I would come back tomorrow": a promise told with its content, whose date is the promised
#: thing's, which has not happened. (A clause of its own told in the past after the modal, "…would
#: repay the money, which vanished in 2019", has a happening of its own.) Read over the sentence, as
#: the content may run past the few words :data:`PROMISE` looks at.
PROMISED_CONTENT = re.compile(
    # (or an insistence: "For months the government insisted that the new bridge would be built by 2029")
    r"\b(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?|assure[sd]?|guarantee[sd]?|insist(?:s|ed)?|maintain(?:s|ed)?)\s+"
    r"(?:(?!(?:and|but|after|before|when|while|because)\b)[\w'’-]+\s+){0,4}?(?:that\s+)?"
    r"(?:(?!(?:and|but)\b)[\w'’-]+\s+){0,5}?(?:would|will|shall)\s+(?P<rest>[^;:!?]*)$",
    re.IGNORECASE)
#: After a modal, a clause of its own told in the past: a happening of that clause, not of the modal's.
PAST_CLAUSE_AFTER = re.compile(r"(?:,|\b(?:which|who|when|after|since|because|while)\b)[^.;]*?\b(?:[a-z]{3,}ed|was|were|had)\b",
                                re.IGNORECASE)
#: "If it passes its third reading, the caps would apply from the summer of 2026", "Unless funding is
#: found, the library will close in June": a condition put first, then the clause that may follow on
#: it, told with a modal; the date is of what may come, not of a happening. (The title, told from the
#: main clause's subject, has lost the condition, so the sentence is read.)
CONDITION_FIRST = re.compile(
    r"^\W*(?:even\s+)?(?:if|unless|should\s+(?:the|a|an|it|they|he|she|we))\b[^.;:!?]*?,\s*(?P<main>[^,;:.!?]*)$",
    re.IGNORECASE)
MAIN_MODAL = re.compile(r"\b(?:would|could|might|will|shall|(?-i:may))\b", re.IGNORECASE)
#: "a new audio guide can be downloaded from mid-November", "tickets can be booked until 3 May": what
#: may be done from or until a date, not a happening.
ABLE_FROM = re.compile(r"\bcan\s+(?:(?:now|also|only|still)\s+)?(?:be\s+)?[a-z]+\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?:from|after|until|till|before|by)\s+$", re.IGNORECASE)
#: "originally scheduled for March 4", "which was initially slated for Thursday", "First planned for
#: 2019, the bridge opened in 2021": a plan's date that the text goes on to say was given up; the
#: happening, if it came, took place at another time (told elsewhere, or not at all).
SUPERSEDED_PLAN = re.compile(
    r"\b(?:originally|initially|previously|first|earlier)\s+(?:been\s+)?(?:scheduled|slated|planned|set|"
    r"targeted|billed|due|expected|meant|intended|pencil(?:l)?ed\s+in|timetabled)\s+"
    r"(?:to\s+(?:be\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?(?:(?:for|on|in|at|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: A plan told in the past, "was due to", "were scheduled to": what was planned for the date, not what
#: happened then ("Shooting was due to begin in March 2020 on the island", "Customers were due to
#: receive the phone by the end of September, but will now wait until October"). When it happened the
#: text tells it with a verb of its own.
PAST_PLAN = re.compile(
    # ... or told in the past by whoever planned it: "They had planned to return by the evening", "had
    # intended to retire the ship in 2028", "told them he planned to retire in 2027" (what the plan was, not
    # what happened; "is planned to finish in November" is a schedule, and stays)
    r"\b(?:(?:was|were)\s+(?:(?:originally|initially|first|also)\s+)?(?:due|scheduled|slated|supposed|meant|set|planned|intended)|"
    r"had\s+(?:(?:originally|initially|first|also|always)\s+)?(?:meant|expected)|"
    r"(?:had\s+(?:(?:originally|initially|first|also|always)\s+)?)?(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?:planned|intended|hoped|aimed))\s+"
    r"to\s+(?:be\s+)?[a-z]+\b(?:(?!\s(?:and|but|or|then|yet)\s)[^,;:.]){0,50}?\s(?:(?:on|in|at|by|for|during|from|before|until)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: (What befell the plan, told next with no date of its own, is dated by it: "The show was due to open
#: last autumn but was postponed".)
PLAN_BEFELL_AFTER = re.compile(r"^\s*,?\s+but\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]+", re.IGNORECASE)
#: "pushed the launch from Wednesday to Thursday", "The hearing was postponed from June 2 to June 9":
#: a moved happening's old date, named before its new one (which stays).
MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|pushed(?:\s+back)?|moved|rescheduled|bumped|shifted|put\s+off|brought\s+forward|"
    r"switched|changed)\b[^,;:.]{0,50}?\bfrom\s+$",
    re.IGNORECASE)
TO_NEW_DATE = re.compile(r"^\s+(?:to|until|till)\s", re.IGNORECASE)
#: "is forecasting fiscal fourth-quarter revenue of $49 billion", "Analysts expect 2025 earnings to rise":
#: a verb of forecasting whose object is a figure for a period named before it. The period is the
#: figure's, and the figure is not yet known: no happening. (A report of the figure, "reported
#: third-quarter sales", has another verb; a dated forecast, "forecast on Monday that …", keeps its day.)
FORECAST_VERB_BEFORE = re.compile(
    r"\b(?:forecast(?:s|ing|ed)?|predict(?:s|ing|ed)?|project(?:s|ing|ed)?|expect(?:s|ing)?|anticipat(?:es|ing)|"
    r"estimat(?:es|ing)|guid(?:es|ing)|sees|seeing|targets?|targeting)\s+(?:(?:its|their|the|a|an)\s+)?$",
    re.IGNORECASE)
FIGURE_NOUN_AFTER = re.compile(
    r"^(?:[\s-]+(?:adjusted|net|operating|gross|core|total|full-year|quarterly|annual|group|underlying))*[\s-]+"
    r"(?:revenues?|sales|earnings|profits?|loss(?:es)?|income|growth|output|production|shipments|deliveries|"
    r"demand|spending|margins?|results|turnover|EPS)\b",
    re.IGNORECASE)
#: "is expected in", "an insurance settlement expected next", "The mayor is expected after midnight": a
#: forecast of something not yet scheduled. ("is expected to open in May" names its happening, and stays.)
EXPECTED = re.compile(
    r"\bexpected\s+(?:(?:return|comeback|arrival|completion|delivery|decision|verdict|ruling|opening|launch|release|"
    r"date|finish|recovery)\s+)?(?:(?:in|on|by|at|before|after|within|from|around)\s+)?$|"
    # "(hamstring injury, due back on 26 December)": a return forecast, not a happening
    r"\bdue\s+back\s+(?:(?:in|on|by|at|before|around)\s+)?$|"
    # "she will retire when it opens, which she expects to be in 2029", "a return that he hopes will be in
    # the spring": someone's guess at when a happening told before will come, not its schedule
    r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:expects?|expected|hopes?|hoped|believes?|believed|thinks?|thought|"
    r"estimates?|estimated|predicts?|predicted|reckons?|reckoned|guesses|guessed)\s+(?:to\s+be|will\s+be|would\s+be|"
    r"should\s+be|could\s+be|might\s+be)\s+(?:(?:in|on|by|at|before|around|within)\s+)?$", re.IGNORECASE)
#: An expectation told in an aside about a noun: "The bill goes to the committee, which is expected to
#: report by the end of May", "authorities can apply to the next round, which is expected to open in the
#: summer", "a review that is likely to take until the spring". What is foreseen of the noun the clause
#: describes, background to the sentence's own happening (the readable gold leaves all three out; a
#: main clause, "The committee is expected to report by May", or a schedule, "which is due to open in
#: May", is read as the happening it names).
EXPECTED_IN_ASIDE = re.compile(
    r"^\W*(?:which|who|that)\s+(?:is|are)\s+(?:(?:also|now|still|widely|generally)\s+)?(?:expected|likely)\s+to\s+"
    r"(?:be\s+)?[a-z]+\b[^,;:.!?]{0,60}?\s(?:(?:in|on|by|at|before|within|from|around|during|until|next|this)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: The words for a person as a clause's subject: a role or a described person ("the minister", "her
#: successor", "union leaders"), a sexed noun, or an honorific before a name ("Dr Benn").
_PERSON_WORD = "|".join(sorted(PERSON_ROLES | DESCRIBED_PEOPLE | {"successor", "predecessor", "deputy"}, key=len, reverse=True))
_A_PERSON = (r"(?:he|she|(?:(?:the|her|his|their|its|our|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _PERSON_WORD + r")s?|"
             r"(?:" + gender.PERSON_NOUNS + r")|(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")
#: A person's act foreseen: "He is expected to make his debut on Sunday", "The minister is expected to rule
#: before Christmas", "Her successor is expected to be named next month", "Dr Benn is expected to retire in
#: the spring". What someone will likely do is a forecast of their conduct, which the readable gold leaves
#: out (the README: a forecast is no happening; when it happens the text tells it with its own date). A
#: body's expected step, "The upper house is expected to approve the bill next week", "The EU is expected to
#: begin work in April", is its procedure's schedule, which the gold keeps, and is left alone, as is any
#: schedule told as such ("is due to", "is scheduled to").
EXPECTED_OF_A_PERSON = re.compile(
    r"^\W*(?:(?:but|and|so|meanwhile|now),?\s+)?" + _A_PERSON + r"\s+(?:is|was|are|were)\s+(?:(?:also|now|still|widely|generally)\s+)?"
    r"expected\s+to\s+[^,;:.!?]*$", re.IGNORECASE)

#: The same forecast of a person named, not described: "Benitez is expected to sign the budget on Friday" (after
#: "Mayor Carla Benitez proposed the budget"), "Our head of product, Sam Okafor, is expected to show the new
#: whiteboard on 12 November". Read over the sentence up to the date, whose clause a name's apposition cuts; the
#: name is a person's when the text gives it a role or an honorific, a sex, or a description in apposition
#: (see :func:`expected_of_a_named_person`). A body named, "Harlow Steel is expected to sign him on Friday", is
#: none of these and stays.
_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_EXPECTED_OF_A_NAME = re.compile(
    r"^\W*(?:(?:but|and|so|meanwhile|now),?\s+)?(?P<described>(?:the|our|its|their|his|her)\s+[\w'’ -]{2,40}?,\s+)?"
    # (a role and an honorific may stand before the name: "Curator Dr Imogen Hart is expected to give a talk")
    r"(?:(?-i:[A-Z])[a-z]+\.?\s+){0,2}?"
    r"(?P<name>" + _NAME + r"),?\s+(?:is|was)\s+(?:(?:also|now|still|widely|generally)\s+)?expected\s+to\s+[^,;:.!?]*$",
    re.IGNORECASE)
#: A role or an honorific before a name that ends in the surname: "Mayor Carla Benitez", "Dr Ruth Lane".
#: (with the offices a role list of people's trades leaves out: "Chief executive Miriam Osei", "Chair Ruth Ellery")
_ROLE_WORDS = "|".join(sorted(PERSON_ROLES | {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "executive",
                                              "chair", "secretary", "treasurer", "deputy", "successor"}, key=len, reverse=True))


def expected_of_a_named_person(sentence: str, text: str) -> bool:
    """Whether ``sentence`` (up to the date) foresees an act of a person named (see :data:`_EXPECTED_OF_A_NAME`);
    ``text``, the whole page, tells that the name is a person's."""
    found = _EXPECTED_OF_A_NAME.search(sentence)
    if found is None:
        return False
    name = found.group("name")
    if found.group("described") and " " in name:
        return True  # "Our head of product, Sam Okafor,": a person's full name in apposition to a description
    surname = re.escape(name.split()[-1])
    # (a surname alone is told by the full name the page gave it: "Tomas Reyn resigned … He … and Reyn is expected")
    full_names = {name, *(m.group() for m in re.finditer(r"(?-i:[A-Z][\w'’-]+\s+)" + surname + r"\b", text))}
    return any(gender.sex_in_text(full, text) is not None for full in full_names) or re.search(
        r"(?i:\b(?:" + _ROLE_WORDS + r"))\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}" + surname + r"\b", text) is not None


#: "places where people may have been exposed, including the pool on …": what may have happened.
MAY_HAVE = re.compile(r"\b(?:(?-i:may)|might|could)\s+have\s+(?:been\s+)?[a-z]+\b(?P<rest>[^.;:!?]*)$", re.IGNORECASE)
#: Right after the date, in its clause, the verb is a possibility or a future state: "a further eruption
#: within the next two weeks could not be ruled out", "tickets bought between 4 and 18 June will be
#: valid on trains". The date sits in the subject of what may be, not of what happened. (A modal in a
#: clause of its own, "ended in December after a row over who would run it", does not count.)
_SAME_CLAUSE = r"(?:(?!\b(?:after|before|when|who|whom|which|that|because|while|until|since|as|if|and|but|or)\b)[^,.;:!?\n]){0,40}?"
MODAL_AFTER = re.compile(
    rf"^{_SAME_CLAUSE}\b(?:could|might|(?-i:may)|would)\b|"  # "May" is a month
    rf"^{_SAME_CLAUSE}\bwill\s+(?:be|stay|remain)\s+(?:valid|open|closed|free|available|in\s+place)\b",
    re.IGNORECASE,
)
#: "A plan unveiled on Tuesday would build …": a participle right before the date gives it a happening
#: of its own (the unveiling), whatever the modal after it says.
OWN_PARTICIPLE = re.compile(
    r"\b(?:[a-z]+ed|made|held|built|sold|bought|begun|taken|given|shown|written|seen|known|won|lost|set|put)\s+"
    r"(?:(?:on|in|at|during|by|early|late|last|this|earlier|later)\s+)?$",
    re.IGNORECASE,
)
#: A possibility someone warns of, told in the date's clause after the warning: "Engineers are working
#: to reconnect them but warn that some may be cut off overnight", "Crews say services could be
#: disrupted on Sunday". What may happen, not a happening (the clause's title may be an earlier
#: clause's, joined by "but"). Only "may", "might" and "could": what someone says "would" or "will"
#: happen on a day is a plan told with its date, which the gold README keeps.
WARNED_POSSIBILITY = re.compile(
    r"\b(?:warns?|warned|says?|said|fears?|feared|believes?|believed|thinks?|thought|cautions?|cautioned)\s+(?:that\s+)?"
    r"(?:(?!(?:who|which|when|after|before|because|while|until|and|but)\b)[\w'’-]+\s+){1,5}?"
    r"(?:(?-i:may)|might|could)\s+(?:not\s+|also\s+|still\s+)?"
    r"(?:(?!(?:who|which|when|after|before|because|while|until|and|but)\b)[\w'’-]+\s+){1,6}?$",
    re.IGNORECASE)
#: "The earliest that could happen is Monday", "the soonest it might reopen is June": the date is what
#: a possibility is said to be, not the time of a happening.
POSSIBLE_IS = re.compile(r"\b(?:could|might|(?-i:may)|would)\s+[a-z]+[^,;:.!?]{0,30}?\s+(?:is|was|will\s+be)\s+(?:on\s+|in\s+)?$",
                          re.IGNORECASE)
#: "Plan for Saturday: one trial run at 09:00 if the gusts fall below 40 knots", "A second phase is planned
#: for 2027 if funding can be found": a plan or a coming happening whose own clause goes on to a
#: condition, what may happen. (Told in the past, "The U.S. found itself at war in 1941, if undeclared",
#: or with the condition in a clause of its own, "The diggers arrive on Monday, and if the weather
#: holds …", it stays.)
CONDITION_AFTER = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as)\s+[\w'’-]+\s+[\w'’-]+", re.IGNORECASE)
PAST_TOLD = re.compile(
    r"\b(?:was|were|had|did|took|made|came|went|began|became|won|lost|held|met|left|fell|rose|saw|gave|told|said|fought|"
    r"built|sold|kept|led|struck|brought|bought|caught|sent|spent|stood|wrote|broke|chose|drove|flew|grew|knew|threw|ran)\b|"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]{3,}ed\b", re.IGNORECASE)
#: "If councillors vote for the sale on March 24, they will regret it": a date in a condition tells
#: what may happen, not what did.
IF_CLAUSE = re.compile(r"(?:^|[,;:—–(]\s*|\b(?:and|but)\s+)(?:if|unless|provided\s+that|in\s+case|should\s+(?:the|a|an|it|they|he|she))\b[^,;:.!?]*$|"
                        # "would be lodged within six months if the board approved it at its meeting in March"
                        r"\b(?:if|unless)\s+(?:the|a|an|it|they|he|she|we|you|its|their)\b[^,;:.!?]*$",
                        re.IGNORECASE)
#: A verb in the date's clause before it: the date is not fronted.
VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|had|has|began|became|won|lost|left|took|made|held|met|"
                          r"built|sold|rose|fell|came|went|ran|grew)\b")
#: A finite verb of its own between a "may have" and the date: "may have died, but the town was sacked in".
A_VERB = re.compile(r"\b(?:[a-z]+ed|was|were|is|are|had|has|did|began|became|won|lost|left|took|made|held|met)\b")
