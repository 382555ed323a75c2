"""A lasting activity or state told in the past up to a coarse bound with "until": "The shop traded from
the corner site until 1990", "He remained chairman until 2004", "Ilse ran a boarding house on Quay
Street until the 1950s", "The dynasty ruled the valley from about 420 BC until 251 BC".

Why a rule of its own: the gold set's writers (about 20 such states by several writers, none listed)
leave a state bounded by "until" off the timeline; the end is listed only where the text tells it as a
happening ("the shop closed in 1990", "…until 1990, when she sold it", "…until 1998 and her son took it
over"), and that clause is dated by its own words. So the bound's date gives no event
(:func:`explorer.events.date_roles.date_role` reads it as the "activity's end"), and the clause's
verb gives no undated one either (:func:`ends_a_lasting_activity`).

What stays (read from the grammar of the clause, not its words):
- a denial before the verb: "did not own it until 1990", "The results were not published until 2020"
  tell an act done at last;
- a happening as the subject: "The strike ran until March 1985", "The war continued until 1945": the
  happening's own line;
- a fine bound: a day, a clock time or a part of a day ("The meeting ran until 11pm on Friday",
  "talks lasted until 3am", "I waited in until 4pm"): that day's happening;
- "every" or "each" of a habit ("held a reunion every October until 2009"), read elsewhere;
- the happening that ended the state, told after the bound ("…, when", "… and her son took it over").
"""

from __future__ import annotations

import re

from explorer.events.date_roles_states import WHEN_ENDED_AFTER
from explorer.events.happening_nouns import EPISODE_NOUNS, HELD_OR_BEFALLING, alternation

#: A past verb of a lasting activity or holding (running a business, teaching, ruling, living, owning,
#: sailing a trade, staying in a post): what someone did day after day over years, not one act. Verbs of
#: happenings that merely last ("lasted", "went on") are left out: "The siege lasted until 1649" is the
#: siege's own line.
_LASTING_PAST = (r"(?:ran|held|kept|owned|occupied|lived|worked|taught|ruled|reigned|served|sailed|traded|farmed|carried|"
                 r"managed|led|remained|stayed|continued|used|paid|operated|housed|ground|played|edited|chaired|governed|"
                 r"controlled|dominated|flourished|belonged|employed|published|produced|preached|practised|"
                 r"practiced|studied|coached|captained|represented|commanded|tenanted|leased|rented)")
#: That verb, in the date's own clause, then "until" (or "from … until", whose two years the tagger may
#: read as one range). No clause break, no agent's "by" (see
#: :func:`explorer.events.date_roles_states.holds_until`) and no "every" of a habit may stand between.
_LASTED_UNTIL = re.compile(
    r"\b" + _LASTING_PAST + r"\b(?:(?!\b(?:not|never|no|by|when|after|before|and|but|which|who|that|every|each)\b)[^.;:!?]){0,70}?"
    r"\b(?:(?:until|till)|from)\s+(?:about\s+|around\s+|roughly\s+|c\.\s*|circa\s+)?$",
    re.IGNORECASE)
#: A denial right before the verb (an auxiliary or an adverb may come between): the act was done at last.
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
#: A happening named as the clause's subject, whose lasting is its own line ("The strike ran until
#: 1985", "The 1984 miners' strike continued until 1985"): the nouns of held or befalling happenings and
#: of episodes, and wars, opening the clause (not inside a phrase before the subject: "After the war he
#: taught chemistry until 1968" tells his teaching).
_HAPPENING_SUBJECT = re.compile(
    r"^\W*(?:(?!(?:after|before|during|in|on|at|since|from|with|by|for|of|until|throughout)\b)[\w'’-]+\s+){0,4}?(?:"
    + alternation(HELD_OR_BEFALLING | EPISODE_NOUNS | {"war", "wars", "talks", "strikes", "fighting"})
    + r")\b[^,;:]{0,30}$", re.IGNORECASE)
#: The bound of a long state: a year, a decade or a century (with a month or a season at most, or a
#: year, a season or a month told by its place), never a day or an hour: "The meeting ran until 11pm on
#: Friday" dates that day's meeting.
_COARSE_BOUND = re.compile(r"^(?!.*(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|"
                           r"\d[:.]\d\d|\b[ap]\.?m\b|\b(?:[Nn]oon|[Mm]idnight|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Dd]ay|[Ww]eek|"
                           r"[Ww]eekend)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)).*(?:\d{3,4}|\d0s\b|\b[Cc]entur|"
                           # (or a year, a season or a month told by its place: "until last autumn", "until this year")
                           r"\b(?:[Ll]ast|[Tt]his|[Tt]hat|[Tt]he\s+following|[Tt]he\s+next)\s+(?:year|spring|summer|autumn|fall|winter|month)\b)")
#: After the bound, "and" and a clause with a subject of its own telling a past act: the happening
#: that ended the state, dated by the bound ("served as secretary until 1998 and Margaret Lowe succeeded
#: him", "ran the shop until 1979, and her son took it over").
_ENDED_BY_NEXT_CLAUSE = re.compile(
    r"^\s*,?\s*(?:and|but)\s+(?:then\s+)?(?:(?-i:[A-Z][\w'’-]+)\s+(?:(?-i:[A-Z][\w'’-]+)\s+){0,2}|(?:he|she|they|it|we|I)\s+|"
    r"(?:the|his|her|their|its|our|a|an)\s+(?:[a-z'’-]+\s+){1,2})"
    # (not a second lasting state: "…until the 1960s, and the signal box stayed in use until 1971")
    r"(?!" + _LASTING_PAST + r"\b)(?:[a-z]{3,}ed|took|became|sold|left|came|went|gave|bought|began|won|made|rose|fell|built|moved|handed)\b")


def _ended_after(after: str) -> bool:
    """Whether ``after`` (the words after the bound) tells the happening that ended the state."""
    return bool(WHEN_ENDED_AFTER.match(after) or _ENDED_BY_NEXT_CLAUSE.match(after))


def ran_until(clause: str, date_text: str, after: str, *, ending_told_dates: bool = True) -> bool:
    """Whether the date ``date_text`` (after ``clause``, its own clause up to it) ends a lasting
    activity told in the past (see :data:`_LASTED_UNTIL`), at a year's grain or coarser
    (:data:`_COARSE_BOUND`). With "from" before the date, its range (or an "until" right after it)
    must give the end. With ``ending_told_dates`` (the date's own reading), a happening told after it
    (``after``) that ended the state takes the date, and the date is no mere bound."""
    m = _LASTED_UNTIL.search(clause)
    if not m or not _COARSE_BOUND.search(date_text) or ending_told_dates and _ended_after(after):
        return False
    if _DENIED_BEFORE.search(clause[:m.start()]) or _HAPPENING_SUBJECT.search(clause[:m.start()]):
        return False
    if re.search(r"\bfrom\s+(?:\S+\s+)?$", m.group(0), re.IGNORECASE):
        ranged = re.search(r"\s(?:until|till)\s", date_text, re.IGNORECASE)
        later = re.match(r"^\s+(?:until|till)\s+(?:about\s+|around\s+)?(?:the\s+)?[^,;.]{0,25}?(?:\d{3,4}|\d0s)", after,
                         re.IGNORECASE)
        if not (ranged or later):
            return False  # "from 1909 to 1962" bounds a tenure the gold may keep; only "until" is read
        if ending_told_dates and _ended_after(after[later.end():] if later else after):
            return False
    return True


#: After a verb: its object and places, then the "until" (or "from … until") of a lasting activity's
#: end, the bound's words up to the clause's next break, and what follows.
_VERB_TO_BOUND = re.compile(r"(?P<to>[^,;:.!?]{0,80}?\b(?:until|till|from)\s+(?:about\s+|around\s+|roughly\s+|c\.\s*|circa\s+)?)"
                            r"(?P<bound>[^,;:!?]+?)(?=\s*(?:[,;:!?]|\.(?:\s|$)|\s(?:and|but)\s|$))", re.IGNORECASE)


def ends_a_lasting_activity(sentence: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at ``sentence[verb_start:verb_end]`` tells a lasting activity its clause bounds by
    a year (:func:`ran_until`): "…, and Ilse ran a boarding house on Quay Street until the 1950s" leaves
    no happening, dated or undated, for the clauses' rules to read. So does "she ran it until 1897, when
    she sold it": the when-clause's selling takes the date, the running is still a state."""
    m = _VERB_TO_BOUND.match(sentence, verb_end)
    if m is None:
        return False
    # (the clause's words before the verb, back to its break, may deny it or name a happening as its subject)
    before = re.split(r"[,;:]|\s(?:and|but)\s", sentence[max(0, verb_start - 60):verb_start])[-1]
    clause = before + sentence[verb_start:m.end("to")]
    return ran_until(clause, m.group("bound"), sentence[m.end("bound"):m.end("bound") + 60], ending_told_dates=False)
