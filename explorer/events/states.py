"""Clauses that tell how things stand, not what happened: a state ("employs 80 people", "is one of
the oldest", "remains closed"), a statement whose content is an expectation ("the mayor says the
bridge would reopen") or a need ("aid groups say the district needs generators"), a list held by a
state verb ("the collection includes letters written in 1916"), and "today" or "now" as the time of
how things stand.

Kept apart from :mod:`explorer.events.modality` (what did not or may only happen) because a state
needs more than the title: the words before the date (``before_date``) may give the date a verb of
its own ("a band formed in 1994"), and then the date tells that happening, not the state.
Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.date_roles_figures import MULTIPLE
from explorer.events.reports import reports_a_dated_plan
from explorer.number_words import spelled


#: A statement whose content is an expectation: "The fund says its losses would be covered", "X warns
#: that rain could bring floods", "Officials warned that flooding was possible". The saying reports what may come, not what happened; a statement
#: of what happened ("X says the U.S. had tried …") or a bare one ("X says") stays an event.
_REPORTED_EXPECTATION = re.compile(
    r"^(?:[\w'’&.,-]+\s+){0,6}?(?:says?|said|tells?|told|warn(?:s|ed)?|argue[sd]?|add(?:s|ed)?|insist(?:s|ed)?|"
    r"claim(?:s|ed)?|believe[sd]?|expect(?:s|ed)?|hope[sd]?|predict(?:s|ed)?|estimate[sd]?|promise[sd]?|"
    r"suspect(?:s|ed)?|think|thinks|thought|fear(?:s|ed)?|guess(?:es|ed)?|bet|bets|doubt(?:s|ed)?|imagine[sd]?|"
    r"suggest(?:s|ed)?|indicate[sd]?)\s+(?:that\s+)?(?:[\w'’&.,-]+\s+){0,8}?(?:would|could|might|(?-i:may)|will|should|can|"
    # ... or told as a state: "Officials warned that major flooding was possible along the coast Monday"
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:possible|likely|unlikely|probable|imminent))\b",
    re.IGNORECASE,
)
#: The saying verbs that report a duty or a need (a need may also be admitted or recalled).
_SAYS = r"says?|said|tells?|told|warn(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|stress(?:es|ed)?"
#: The word of a duty: the date after it, in its clause, is the duty's.
_REPORTED_DUTY_WORD = re.compile(r"\bmust\b", re.IGNORECASE)
#: A statement whose content is a duty: "The council says it must save £2 million next year", "The union
#: warned that members must vote by Friday". The gold README leaves duties out, dated by a deadline or
#: not; told by its own subject, a duty is ``modality``'s. Read only when the date follows the "must"
#: (see :func:`is_state`): in "X said on 7 October: 'we must learn …'" the date is the saying's.
_REPORTED_DUTY = re.compile(
    rf"^(?:[\w'’&.,-]+\s+){{0,6}}?(?:{_SAYS})\s+"
    r"(?:that\s+)?(?:[\w'’&.,-]+\s+){0,8}?must\b(?!\s+have\b)",
    re.IGNORECASE,
)
#: The degree a change of degree ends at ("grew darker", "more popular", "rich"): a comparative, "more" or
#: "less" with a word, or an adjective of wealth, strength or standing. (Words ending "er" that are no
#: comparative, "over", "water", are left out: "the vines grew over the wall".)
_DEGREE = (r"(?:(?!(?:over|under|after|never|ever|other|together|water|her|per|rubber|pepper|timber|copper|"
           r"fewer|number|summer|winter|either|whether|further|later|rather|power|paper|order)\b)[a-z]{2,}er\b"
           r"(?!\s+(?:than\s+\d|\d))|(?:more|less)\s+[a-z]{3,}|rich|poor|weak|strong|popular|famous|prosperous|"
           r"wealthy|powerful|old|tired|quiet|busy|bright|dark|thin|fat|wild|large|small|bitter|fond\s+of|restless)\b")
#: A state, not a happening: the clause's verb is "be" with a noun phrase or a number after it ("X is
#: a member of", "Turnout is 38.4 per cent", "It is one of the oldest"), "have" with a noun phrase
#: ("The station has a staff of twelve"), or a verb that tells how things stand ("employs 64 people",
#: "accounts for a third", "stands at the mouth of"). A passive ("is completed") is no state.
_STATE = re.compile(
    r"^(?:(?!(?:says|said|say|tells|told|that)\b)(?:\d[\d,.]*|[\w'’&.-]+)\s+){0,6}?(?:(?:is|are|was|were|remains|remain)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:a|an|one\s+of\s+(?!(?:[\w'’-]+\s+){0,5}\w+ed\b)|the\s+(?:\w+est|only|first|second|third|last|largest|oldest|biggest|(?:most|least)\s+[a-z]+)|\d[\d.,]*|[£$€]\s?\d[\d.,]*|our|my|their|its|bottom|top|"
    r"unbeaten|available|local|rich|common|rare|frequent|usual|typical|unusual|uncommon|widespread|"
    # how full, how hard, how old: "it was full by seven o'clock", "She was nine in October 1960"
    r"full|busy|quiet|crowded|packed|hard|difficult|tough|easy|absent|"
    # how near a thing is or how still: "The coalition was close to collapse", "A deal is unlikely"
    # ("The town was empty", told two weeks after a flood, is read as the flight's end: it stays)
    r"silent|calm|close\s+to|near\s+to|unlikely|likely\s+to\s+be|"
    + spelled(2, 17) + r"|"
    r"eighteen|nineteen|twenty)\b(?!\s+(?:of|to|per|percent|points?|goals?|times|days|weeks|months|years|hours|minutes)\b)|"
    # a rank in a series: "The tour is the minister's fourth to the region", "It was her second this year"
    r"(?:is|are|was|were)\s+(?:the\s+(?:[\w-]+['’]s?\s+)?|[\w-]+['’]s?\s+|(?:his|her|its|their|our|my)\s+)(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?!\s+(?:time\b|to\s+(?!(?:the|a|an|this|that|its|his|her|their)\b)[a-z]))|"
    # "has been hard for farmers", "has been in state care since 1950": a state that held
    r"(?:has|have)\s+been\s+(?:very\s+|so\s+|particularly\s+)?(?:hard|difficult|tough|good|bad|busy|quiet|in|under|on)\b|"
    r"(?:has|have)\s+(?:a|an|\d[\d.,]*|about|more\s+than|some|no|few)\s+(?!\w+ed\b)|"
    # a measure held: "It has sales of about £40 million", "The company has revenue of $12 million"
    r"(?:has|have)\s+(?:(?!\w+ed\b)[a-z]+\s+){1,2}of\s+(?:about\s+|around\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+)?[£$€]?\s?\d|"
    # ... or with a quantity: "In November 1918 the Allies had ample supplies", "had three times as much
    # artillery", "has enough money to"
    r"(?:has|have|had)\s+(?:ample|enough|sufficient|plenty\s+of|(?:" + spelled(2, 5) + r"|ten)\s+times|twice)\s+(?!\w+ed\b)|"
    r"(?:employs|employed|employ|accounts\s+for|account\s+for|accounted\s+for|(?:make|makes|made)\s+up\s+(?=less|more|about|around|nearly|almost|over|under|half|a\s+(?:third|quarter|fifth|tenth)|\d)|covers|(?:consists|consisted|consist)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?of|comprises|contains|"
    r"belongs\s+to|(?:stands|stand|stood)\s+(?:at|on|in|near|beside))\b|"
    # a count kept over a period: "In 2023 the force recorded 37 such collisions"
    r"(?:records?|recorded|counts?|counted|registers?|registered|logs?|logged)\s+(?:about\s+|around\s+|more\s+than\s+|"
    r"fewer\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+)?\d|"
    # how things look: "Turnout looks low", "The mood seemed calm" ("looks at", "seems to" are no state)
    r"(?:looks|look|looked|seems|seem|seemed)\s+(?!(?:at|for|into|after|over|through|to|set|like)\b)[a-z]+|"
    # a comparison: "By June the three survivors were taller than me", "The river was higher than ever"
    r"(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+|still\s+|now\s+|already\s+)?(?:[a-z]{2,}er|more\s+[a-z]+|less\s+[a-z]+)\s+than\b|"
    # a level told against another: "Rainfall in July was half the average", "Entries were twice the norm",
    # "Tickets were cheaper in 2023" (its "than" cut from the title), "Crowds were bigger"
    r"(?:is|are|was|were)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|less\s+than\s+|only\s+|just\s+|well\s+)?"
    + MULTIPLE + r"(?:the|its|their|that)\b|"
    r"(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+|slightly\s+|a\s+little\s+|no\s+)?(?!(?:over|under|after|never|ever|other|together|"
    r"water|her|per|number|summer|winter|either|whether|further|later|rather|power|paper|order|member|partner|"
    r"runner|teacher|manager|officer|leader|owner|player|worker|farmer|writer|speaker|minister|sister|brother|mother|father|daughter|"
    r"center|centre|border|quarter|chapter|offer|answer|danger|shelter|matter|letter|river|silver|master|monster|"
    r"january|february|september|october|november|december)\b)[a-z]{2,}(?<!e)er\b(?!\s+(?:than\s+\d|\d))|"
    # without a supply: "About 14,000 homes are without power"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?without\b|"
    # where a thing is: "The storm was centred about 300 miles south of the cape at 11 a.m. Monday"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:centered|centred|located|situated|positioned)\b|"
    # what a forecast holds: "Gradual weakening is in the forecast"
    r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:in|on)\s+the\s+forecast\b|"
    # what is not known: "The fate of the crew remained unclear on Tuesday", "The cause is still unknown"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+|also\s+|as\s+yet\s+)?(?:unclear|unknown|uncertain|"
    r"undetermined|unconfirmed|not\s+(?:yet\s+)?(?:known|clear))\b|"
    # a name a thing went by: "when Iran was still known as Persia"
    r"(?:is|are|was|were)\s+(?:still\s+|then\s+|now\s+|also\s+|once\s+)?(?:known|called)\s+as\b|"
    # a change of degree over a stretch, not a happening on a day: "After the war her voice grew
    # darker", "the guild grew rich on the cloth trade", "the queue grew longer than ever"
    rf"(?:grows|grow|grew|grown)\s+(?:ever\s+|steadily\s+|slowly\s+|quickly\s+|much\s+|still\s+|even\s+)?{_DEGREE}|"
    # how things still stand: "I still dream about it", "the guild still keeps its charter"
    r"still\s+(?:dreams?|keeps?|holds?|owns?|lives?|remembers?|uses?|works?|serves?|carries|carry|believes?|"
    r"misses|miss|loves?|bears?|stands?|stays?|lacks?|needs?|wears?|talks?\s+about|thinks?\s+about)\b)",
    re.IGNORECASE,
)
#: A place or a thing left as it was: "the depot stood empty for a decade", "The yard lay idle through
#: the 1990s". Not with a "since" date: a main clause's state since a date is kept as its start (the gold
#: README's since-state convention: "has stood empty since the fire in 2019").
_LEFT_AS_IT_WAS = re.compile(
    r"^(?:(?!(?:says|said|say|tells|told|that)\b)[\w'’&.-]+\s+){0,6}?"
    r"(?:stands|stand|stood|lies|lie|lay|sits|sit|sat|remains?|remained)\s+(?:largely\s+|mostly\s+|almost\s+)?"
    r"(?:empty|idle|derelict|vacant|unused|abandoned|deserted|unoccupied|untouched|unfinished|neglected)\b",
    re.IGNORECASE)
#: A stance or a standing held, not taken: "The harbour board remains opposed to the plan", "The
#: company remains committed to its target", "Shopkeepers are still sceptical", "Eight of the killings
#: were already under investigation", "The move had been widely expected", "The discovery appeared to
#: be the latest attempt …". Where someone stands, or what a thing is judged to be, is no happening: the
#: happening (the vote, the sacking, the find) is told beside it. A participle that a passive could end
#: with ("was opposed by", "was committed to a hospital", "was convinced to stay") tells an act, and is
#: left alone: "committed" counts only held ("remains committed", "is firmly committed"), and "opposed"
#: or "convinced" only with no agent or aim after it.
_STANCE = re.compile(
    r"^(?:(?!(?:says|said|say|tells|told|that)\b)(?:\d[\d,.]*|[\w'’&.-]+)\s+){0,6}?(?:"
    r"(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+(?:been|remained))\s+"
    r"(?:(?:still|now|also|already|firmly|strongly|deeply|bitterly|largely|broadly|openly|publicly|increasingly)\s+)*"
    r"(?:oppos(?:e|ed)\b(?!\s+by\b)|convinced\b(?!\s+(?:by|to)\b)|sceptical|skeptical|wary|reluctant|unconvinced|"
    r"under\s+(?:investigation|review|scrutiny|pressure)\b|(?:widely|long|generally)\s+expect(?:ed)?\b(?!\s+to\b))|"
    r"(?:remains?|remained|(?:is|are|was|were)\s+(?:still|firmly|fully|deeply|strongly)|(?:has|have|had)\s+remained)\s+"
    r"(?:(?:still|firmly|fully|deeply|strongly)\s+)?commit(?:ted)?\s+to\b|"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+(?:be|have\s+been)\s+(?:a|an|the|one|part|aware)\b)",
    re.IGNORECASE)
#: A change told of everything or of "that" with nothing more: "Everything changed in December", "Then
#: that changed on Monday", "Things changed in the spring", "After that nothing was the same". It announces
#: a happening the next sentences tell (the letter, the storm, the new manager), and the timeline shows
#: that one; told alone it names no one and nothing done. ("That changed the course of the war" has an
#: object, "The council changed its rules" a subject of its own: both stay.)
_BARE_CHANGE = re.compile(
    r"^\W*(?:(?:then|but|and|so|suddenly|soon|finally|yet)\s+)?"
    r"(?:everything|that|this|things|all\s+(?:that|this)|it\s+all|life|nothing|the\s+mood|the\s+picture)\s+"
    r"(?:(?:suddenly|quickly|soon|finally|abruptly|completely|really|all|dramatically)\s+)?"
    r"(?:changes|changed|change|shifts|shifted|(?:is|was)\s+(?:never\s+)?(?:the\s+same|different))"
    r"(?:\s+(?:quickly|suddenly|overnight|again|forever|for\s+good|completely|dramatically|fast|for\s+ever))*"
    # (read off the sentence up to the date too, the title losing its opening "Then that")
    r"(?:\s+(?:in|on|at|during|after|over|by|from|early|late|later)(?:\s+(?:in|on))?(?:\s+the)?)?\W*$",
    re.IGNORECASE)
#: "More than 40,000 homes were still without power": how things still stand, not a happening.
_STILL = re.compile(r"\b(?:is|are|was|were|remains?|remained)\s+still\s+(?:without|closed|shut|open|out|missing|unable|waiting|under)\b",
                    re.IGNORECASE)
#: "Today" or "now" as the time of how things stand, not of a happening: "this is the building on the
#: site today", "still today, round its base you can see the wall", "The hall now houses a museum". A
#: present state (a be-form before a noun phrase or an adjective, "can", "remains", "stands",
#: "houses", "survives") or "still" before the word. ("is expected to resign today", "is holding talks
#: today" tell a happening.)
_NOW_WORD = re.compile(r"^(?:today|nowadays|now|to\s+this\s+day)$", re.IGNORECASE)
_PRESENT_STATE = re.compile(
    r"\b(?:(?:is|are)\s+(?!(?:expected|due|set|scheduled|going|about|to|being|likely|unlikely|[a-z]+ing)\b)|"
    r"can\s+(?:still\s+)?(?:see|be\s+seen|visit|find)|remains?|stands?|survives?|houses|serves\s+as|acts\s+as|lies)\b",
    re.IGNORECASE)


def tells_how_things_stand_now(sentence: str, start: int, end: int) -> bool:
    """True when the date ``sentence[start:end]`` is "today" or "now" in a clause that tells how things
    stand (``sentence``: the date's sentence; the clause runs between commas, semicolons and "and")."""
    if not _NOW_WORD.match(sentence[start:end]):
        return False
    if re.search(r"\bstill\s+$", sentence[:start], re.IGNORECASE):
        return True
    left = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start), sentence.lower().rfind(" and ", 0, start))
    right_cut = [i for i in (sentence.find(",", end), sentence.find(";", end), sentence.lower().find(" and ", end)) if i >= 0]
    clause = sentence[left + 1:min(right_cut) if right_cut else len(sentence)]
    return bool(_PRESENT_STATE.search(clause))


#: Just before a date, a verb of its own: "…, a folk-rock band formed in 1994", "… one of three women
#: admitted to the institute in 1909", "(born 4 February 1890": the date tells that happening, not
#: the state the clause opens with.
_OWN_VERB_BEFORE = re.compile(
    r"(?:\b(?!(?:said|warned|added|argued|insisted|claimed|believed|expected|hoped|predicted|estimated|promised|remained|"
    r"announced|reported|confirmed|stated|noted|centered|centred|located|situated|positioned|consisted)\b)[a-z]+ed|\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)[a-z]+|\b(?:born|died|began|became|won|lost|built|made|held|left|met|"
    r"took|gave|went|came|ran|rose|fell|set|sold|hit|begun|known)|\()[^.;:!?]{0,60}$"
)


_MODAL = re.compile(r"\b(?:would|could|might|(?-i:may)|will|should|can)\b", re.IGNORECASE)
#: A clause of its own after a reported expectation's modal: a comma, a dash or a relative or
#: subordinating word ("…would reopen the pool, which closed in", "…would ask after it flooded in").
_NEW_CLAUSE = re.compile(r",(?!\d)|[;:—–(]|\b(?:which|who|that|when|after|before|since|while|because|where)\b(?!\s*$)", re.IGNORECASE)


#: A statement whose content is a need or a lack, told in the present or the past: "Aid groups say the
#: district needs generators before the winter", "The head said the school lacked teachers". How things
#: stand, as someone sees it, not a happening. So is one whose content is the speaker's wish or feeling,
#: as an interview or a profile tells it: "In a talk last month she said she had always wanted to
#: build bridges", "He says he loves the early shifts", "They said they felt let down in May" (a wish
#: is no happening, the gold README's plans-and-wishes convention; a feeling is a state).
_NEED_OR_FEELING = (r"(?:needs?|needed|requires?|required|lacks?|lacked|deserves?|deserved|"
                    r"wants?|wanted|wish(?:es|ed)?|loves?|loved|likes|liked|hates?|hated|enjoys?|enjoyed|feels?|felt|"
                    r"regrets?|regretted)")
_REPORTED_NEED = re.compile(
    rf"^(?:[\w'’&.,-]+\s+){{0,6}}?(?:{_SAYS}|admit(?:s|ted)?|recall(?:s|ed)?)\s+"
    r"(?:that\s+)?(?:[\w'’&.,-]+\s+){0,6}?" + _NEED_OR_FEELING + r"\b",
    re.IGNORECASE)


#: A list held by a state verb: "The collection includes letters written in 1916", "By the end of August
#: the register lists forty burials", "The plan includes a new bridge in 2027". A date inside the list
#: dates one of the things listed (a participle there, "written in 1916", tells of the thing), not a
#: happening of the clause; only a new clause after a comma (", which opened in") or a participle set
#: off by one ("…, a poster for the fair, printed in November 1910") has one of its own.
_LIST_HELD = re.compile(r"^(?:(?!(?:says|said|say|tells|told|that)\b)(?:\d[\d,.]*|[\w'’&.-]+)\s+){1,6}?"
                        r"(?P<verb>includes|include|included|lists)\s+(?!(?:the\s+)?(?:names?|dates?)\b)", re.IGNORECASE)
_LIST_NEW_CLAUSE = re.compile(r",\s*(?:which|who|when|and|but|while|[a-z]+ed|[a-z]+en|made|built|sold|held|won)\b|[;:—–]")
_NEED_WORD = re.compile(r"\b" + _NEED_OR_FEELING + r"\b", re.IGNORECASE)
#: A wish among those words: what is wished for is told by verbs of its own ("she wants the bridge
#: reopened by the winter", "it wanted to list its shares in London next year"), which are still the
#: wish's, not a happening; only a new clause after it (", which", "who", "when", a comma) tells one.
_WISH_WORD = re.compile(r"\b(?:wants?|wanted|wish(?:es|ed)?)\b", re.IGNORECASE)


def holds_a_stance(title: str) -> bool:
    """Whether the clause titled ``title`` tells where someone stands or what a thing is judged to be
    (see :data:`_STANCE`): with no date of its own, no happening."""
    return bool(_STANCE.search(title))


def reports_an_expectation(title: str) -> bool:
    """Whether the clause titled ``title`` is a statement whose content is an expectation ("Bush indicates
    the Navy will barricade the port", "The fund says its losses would be covered"; see
    :data:`_REPORTED_EXPECTATION`): with no date of its own, what the speaker foresees is no happening
    (a dated one is read by :func:`is_state`, which looks where its date stands)."""
    return bool(_REPORTED_EXPECTATION.search(title))


def _dates_the_content(before_date: str, word: re.Pattern[str], own_clause: re.Pattern[str], when_no_word: bool) -> bool:
    """Whether the date after ``before_date`` dates what a saying reports (a duty, a need): it follows
    the content's last ``word`` ("must", "needs") with no ``own_clause`` (a new clause, a verb of its
    own) between. With no such word before the date, ``when_no_word``: a duty's date must follow its
    "must" (before it, "X said on 7 October: 'we must …'", the date is the saying's), while a need's
    is its statement's wherever it stands."""
    words = list(word.finditer(before_date))
    if not words:
        return when_no_word
    return not own_clause.search(before_date[words[-1].end():])


def is_state(title: str, before_date: str = "") -> bool:
    """True when the clause titled ``title`` tells how things stand, not what happened, or reports
    what someone expects; unless the date is not that clause's: the words just before it
    (``before_date``, the sentence up to the date) give it a verb of its own, or a colon, semicolon
    or dash opens another clause before it."""
    if _BARE_CHANGE.match(title) or before_date and _BARE_CHANGE.match(before_date):
        return True
    # (each of the title's searches runs once)
    expected, state = _REPORTED_EXPECTATION.search(title), _STATE.search(title) or _STANCE.search(title)
    if state is None and not re.search(r"\bsince\s+$", before_date, re.IGNORECASE):
        state = _LEFT_AS_IT_WAS.search(title)
    stated = bool(state or _STILL.search(title) or expected)
    if not stated and _REPORTED_DUTY.search(title):
        # the date is the duty's only when it follows the "must" in the same clause
        return _dates_the_content(before_date, _REPORTED_DUTY_WORD, _NEW_CLAUSE, when_no_word=False)
    need = not stated and _REPORTED_NEED.search(title)
    listed = _LIST_HELD.search(title)
    if not (stated or need or listed):
        return False
    if listed and listed.group("verb").lower() in before_date.lower():
        # only a new clause after the verb that holds the list gives the date a happening of its own
        at = before_date.lower().rfind(listed.group("verb").lower())
        return not _LIST_NEW_CLAUSE.search(before_date[at:])
    if need:
        # "Aid groups say the district needs generators before the winter": only a verb after the need
        # ("…, which arrived on") gives the date a happening of its own
        words = list(_NEED_WORD.finditer(before_date))
        if words and _WISH_WORD.fullmatch(words[-1].group(0)):
            # "The firm said that it wanted to list its shares in London next year": the listing is wished
            return _dates_the_content(before_date, _NEED_WORD, _NEW_CLAUSE, when_no_word=True)
        return _dates_the_content(before_date, _NEED_WORD, _OWN_VERB_BEFORE, when_no_word=True)
    modals = list(_MODAL.finditer(before_date)) if expected else []
    if modals:
        # "He said a delay would make it hard to hire staff in time for the autumn": the verbs after
        # the modal are the expectation's own; only a new clause after it ("…, which closed in")
        # gives the date a happening of its own. (The modal is found in the sentence, whatever a
        # dateline or a long subject before the statement.) A saying that schedules an act on the date
        # ("The court said the trial would resume on") tells a plan, which the gold keeps: see
        # ``reports.reports_a_dated_plan``.
        return not _NEW_CLAUSE.search(before_date[modals[-1].end():]) and not reports_a_dated_plan(before_date)
    # only the date's own clause counts: "…remained suspended, and the operator said sailings would …"
    tail = re.split(r",\s+(?:and|but|while|whereas)\s+", before_date)[-1]
    if re.search(r"[:;—–]", tail):
        # a colon or dash opens another clause before the date ("It is the third recall: in 2019 …"),
        # unless the state itself follows it ("BERGHAVEN — 40,000 homes were still without power on",
        # "Keep fleece handy: frost is common until the end of")
        tail = re.split(r"[:;—–]", tail)[-1]
        state_after = _STATE.search(tail.strip())
        # (only when the date is the state's own: "she seemed unstoppable but the next day she had to
        # fight" dates the fight)
        if not (_STILL.search(tail) or state_after and not re.search(
                r"\b(?:but|and|while|whereas|when|though|although)\b", tail.strip()[state_after.end():])):
            return False
    # a verb before the state is the subject's own, told in a relative clause ("The coalition that has
    # governed the country since 2021 was close to collapse on"): only what follows the state counts
    if state is not None:
        words = state.group(0).split()
        at = tail.rfind(" ".join(words[-2:])) if len(words) >= 2 else -1
        if at > 0 and re.search(r"\b(?:that|which|who)\b", tail[:at]):
            tail = tail[at:]
    # "known as" names the state itself ("Iran was still known as Persia in"), no verb of the date's own;
    # nor is a participle made a superlative ("remained the most affected area in")
    return not _OWN_VERB_BEFORE.search(re.sub(r"\b(?:known|called)\s+as\b|\bmade\s+up\b|\b(?:looked|seemed)\b|\bclose\s+to\b|"
                                              r"\bthe\s+(?:most|least)\s+[a-z]+", " ", tail[-80:]))
