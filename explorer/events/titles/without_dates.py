"""Dates taken out of a title's clause, with the words that introduce them.

A title says what happened, not when: the event's own expression goes with its preposition, its
"early"/"late", the share of a period it names ("most of 2021") and a time zone after it; the
sentence's other dates go with the words introducing them, so that a title never carries a date of
another happening. The search before each other date is bounded (:data:`_PREPOSITION_REACH`): a long
list of dated clauses made it quadratic.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from explorer.events.clauses import SUBORDINATE_AFTER_DATE
from explorer.events.date_roles import YEAR_ADJECTIVE_AFTER
from explorer.events.tense import present_of
from explorer.events.titles.words import ATTACHED_PREPOSITION, FUNCTION_WORDS, SUBJECT_PRONOUNS


#: "spent most of 2021 in hibernation", "for much of the 1990s": the share of the time goes with it.
_PART_OF = re.compile(
    r"(?:^|\s)(?:for\s+|during\s+|in\s+|through\s+|by\s+|at\s+|towards?\s+|until\s+)?(?:most|much|all|part|the\s+rest|the\s+whole|"
    r"the\s+bulk|some|the\s+(?:end|beginning|start|middle|close|turn|height))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A time zone written after a date or a clock time ("…, local time", "(local time)", "GMT"):
#: it says which clock the removed date is on, and tells nothing without it.
#: (Also a zone of one letter before "T", "14:05 LT" for local time, and "hrs" after a 24-hour clock.)
_ZONE_AFTER = re.compile(r"^,?\s*\(?(?:local\s+time|[A-Z]{1,4}T|GMT|UTC|hrs)\)?(?=[\s,.;:)]|$)")


#: A verb right after a date, whose subject the date is (or ends): "says 2023 was hard", "the year to
#: March had been hard".
_VERB_OF_THE_DATE = re.compile(r"\s+(?:was|is|were|are|had|has|have|will|would)\b")
#: The verbs a time is the subject of when it opens its clause: "The 1980s brought the big names", "The
#: winter witnessed …" ("1998 saw the first strike" is titled from its object before this)
_TIME_AS_SUBJECT_VERB = re.compile(r"\s+(?:brought|brings|witnessed|witnesses)\b")
#: What stands before a date that is a clause's subject: a verb of saying or "that" (the date opens the
#: told clause), or a preposition ending the subject's noun phrase ("the year to March").
_BEFORE_A_SUBJECT_DATE = re.compile(
    r"(?:\b(?:says|said|say|that|believes|believed|thinks|thought|argues|argued|adds|added|insists|insisted)"
    r"|\b(?:to|of|until|till|through))\s*$", re.IGNORECASE)


#: Lower-case words inside a quoted name's title ("Home for Christmas", "Tale of the Year").
_NAME_JOINERS = frozenset("of the a an and for in on at to by".split())


def _inside_quoted_name(clause: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a short quotation of capitalised words with others ("the song
    "White Christmas"", "the “Christmas Truce”"): a name's word, which a title keeps whole."""
    opened = max(clause.rfind("“", 0, start), clause.rfind('"', 0, start))
    if opened == -1 or clause[:opened].count('"') % 2 == 1 and clause[opened] == '"' or \
            clause[opened] == "“" and clause.find("”", opened, start) != -1:
        return False
    close = min((i for i in (clause.find("”", end), clause.find('"', end)) if i != -1), default=-1)
    inner = clause[opened + 1:close] if close != -1 else ""
    words = [w for w in inner.split() if w[:1].isalpha()]
    # (a name's words are capitalised, "White Christmas"; a quoted remark's are not, "home by Christmas")
    return close != -1 and 2 <= len(words) <= 6 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words) \
        and inner.strip() != clause[start:end].strip()


#: A date counted within a happening ("the second day", "the final week") and the happening it counts in:
#: "wounded on the second day of the battle" loses both, never leaving "wounded of the battle".
_COUNTED_PERIOD = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|last|final|opening|closing)\s+"
                             r"(?:day|night|week|weekend|month|morning|evening|afternoon|hour|year|season)s?$")
_OF_THE_HAPPENING = re.compile(
    r"\s+of\s+(?:the|that|this|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"(?=\s*[,.;:]|\s*$|\s+(?:and|but|in|at|on|to|with|when|as|after|before|while|by|for|from)\b)")


#: A verb of spending time right before the date, which is then its object ("spent the summer of 1921").
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)


#: A bare year between a determiner or a possessive and its noun: "rejected the 2026 budget on 4 March",
#: "the club's 2020 tour was cancelled in 2019", "The board rejected the 1999 expansion plan". The year
#: says which budget, tour or plan: part of the thing's name, and a title without it ("rejects the
#: budget") names another thing. It stays for the event's own date as for another's, so that the
#: titles of one sentence's dates stay alike (the folds compare them).
_YEAR_BEFORE_ITS_NOUN = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our)|\w[’']s)\s+$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"[12]\d{3}s?")


def year_before_its_noun(clause: str, start: int, end: int) -> bool:
    """Whether the date at ``clause[start:end]`` is a bare year used as an adjective: after a determiner
    or a possessive and before a lower-case noun that is no verb nor function word ("the 2026 budget",
    not "in the 2026 to 2027 period" nor "the 2026 was")."""
    if not _BARE_YEAR.fullmatch(clause[start:end]) or not _YEAR_BEFORE_ITS_NOUN.search(clause[max(0, start - 30):start]):
        return False
    following = re.match(r"\s+([a-z][a-z-]*)\b", clause[end:])
    return following is not None and following.group(1) not in FUNCTION_WORDS | SUBJECT_PRONOUNS \
        and present_of(following.group(1)) is None


def remove_expression(clause: str, start: int, end: int) -> str:
    if end <= start:
        return clause
    if year_before_its_noun(clause, start, end):
        return clause  # "The board rejected the 1999 expansion plan": the year names the plan
    counted = _OF_THE_HAPPENING.match(clause, end) if _COUNTED_PERIOD.search(clause, start, end) else None
    if counted is not None:
        end = counted.end()
    if _inside_quoted_name(clause, start, end):
        return clause  # "The song "White Christmas" is broadcast": the date's word is a name's
    if YEAR_ADJECTIVE_AFTER.match(clause, end):
        return clause  # "The 2004-built vessel arrives": the year is half of an adjective, no date of the act
    head = clause[:start].rstrip() + " "
    if not head.strip() and _TIME_AS_SUBJECT_VERB.match(clause, end):
        # "The summer brought the usual run of sprained ankles", "December saw the walk-out's sequel": the
        # time is the clause's subject, and without it the title is "Brought the big names"; it stays
        return clause
    if _VERB_OF_THE_DATE.match(clause, end) and _BEFORE_A_SUBJECT_DATE.search(head):
        # "The mayor says 2023 was hard": the date is the told clause's subject, and without it the title
        # is "The mayor says was hard"; it stays
        return clause
    following = re.match(r"\s+([a-z][\w-]*)", clause[end:])
    if _SPENT_BEFORE.search(head) and following and following.group(1).endswith("ing"):
        # "The team spent Tuesday and Wednesday making casts": the time spent is the verb's object, and
        # without it the title reads "The team spends making casts"; "time" stands for it (each of two
        # days so told gives the same title, one happening)
        return f"{clause[:start]}time{clause[end:]}"
    if _PART_OF.search(head):
        before = head
        while _PART_OF.search(before):
            before = _PART_OF.sub(" ", before)  # "through most of the rest of [the year]": each part goes
        before = before.rstrip()
    elif re.search(r"\b(?:the|its|his|her|their)\s+$", head) and re.match(r"\s+[A-Z]", clause[end:]):
        # "In the words of the 1911 Encyclopaedia Britannica": the date is a name's, which keeps its article
        before = head.rstrip()
    elif following and following.group(1) not in FUNCTION_WORDS | SUBJECT_PRONOUNS and present_of(following.group(1)) is None:
        # (not before a verb: "Sales in the second half fell" -> "Sales fell", never "Sales in the fell";
        # nor before a subject pronoun, which a date never modifies: the date before one opens the clause
        # with all its words, "Early in 1990 they opened …" -> "they opened …")
        # The date modifies a noun ("the 2001 treaty"): keep the determiner, drop only the date.
        # ("at roughly 9pm police stopped …": an approximation goes with its preposition)
        head = re.sub(r"\b(?:on|in|at|from|since|during|of|for|over|by|until|till|before|after|around|through|throughout)\s+"
                      r"(?:(?:about|roughly|approximately|nearly|almost|circa|shortly|just)\s+)?$",
                      "", head, flags=re.IGNORECASE) if not re.search(
            r"\b(?:the|its|his|her|their|a|an)\s+$", head) else head
        before = head.rstrip()
    else:
        run = ATTACHED_PREPOSITION.search(head)
        particle = re.match(r"\s*(?:over|up|off|out|down|back|away|in(?=\s+(?:on|at|during|around|by|before|after|until)\s)|"
                            r"on(?=\s+(?:in|at|during|around|by|before|after|until)\s))"
                            r"(?=\s+\S)", run.group()) if run else None
        # "took over in the second quarter": "over" goes with the verb, only "in the" with the date; "was sworn
        # in on Monday", "were switched on in April": an "in" or "on" before the date's own preposition is the
        # verb's particle, with no object;
        # "spoke to her on Friday": "her" is the object, not the date's possessive
        particle = particle or (re.match(r".*\bher(?=\s+(?:on|in|at|from|since|until|till|by|during|over|through|before|"
                                         r"after|around|about)\b)", run.group(), re.IGNORECASE) if run else None)
        before = (head[: run.start() + particle.end()] if particle else ATTACHED_PREPOSITION.sub("", head)).rstrip()
    # "On the final [Friday] more than 300 people came": an ordinal or a "same" left of the date's phrase
    before = _DATE_ORDINAL_STUB.sub("", before).rstrip()
    after = clause[end:]
    # "23 August 2024, 14:10: the crew launched …", "On 5 May at 14:10 the crew …": a clock time right
    # after the date is the same moment's, and goes with it (a log line's time and its colon too)
    after = _CLOCK_AFTER.sub(" ", after, count=1)
    # "on Thursday, local time", "at 6 a.m. (local time)": the clock's zone belongs to the date removed
    after = _ZONE_AFTER.sub("", after, count=1)
    # "on 13 September, the day before the explosion", "on 4 May, a Sunday,": the date's own apposition
    # says which day it was and goes with it ("The fans are stopped for repair, the day before the explosion")
    after = _DATE_APPOSITION_AFTER.sub("", after, count=1)
    possessive = re.match(r"^[’']s\s+", after)
    if possessive:
        # "This year's festival drew 48,000 visitors" -> "The festival drew …": the date owned nothing;
        # a preposition before it is the noun's ("Profits in the first half's trading rose" -> "Profits
        # in the trading rose"), not the date's
        after = after[possessive.end():]
        before = head.rstrip() if re.search(r"\b(?:in|on|at|from|of|for|by|during|over|after|before)$", head.rstrip(),
                                            re.IGNORECASE) else before
        verb_next = re.match(r"([a-z]+)\b", after)
        if verb_next and present_of(verb_next.group(1)) is not None:
            before = ATTACHED_PREPOSITION.sub("", head).rstrip()  # "Sales in 2023's [second half] fell": it owned a date
        else:
            before = before if re.search(r"\b(?:the|a|an|its|his|her|their)$", before, re.IGNORECASE) else f"{before} the".strip()
    # "X's February 2019 visit" -> "X's visit"; "on December 26, Y did" -> "Y did"
    after = re.sub(r"^\s*,\s*", " ", after) if not before.strip() else after
    if before.strip() and _COMPLEMENT_AFTER_COMMA.match(after) and re.search(r"[\w)]$", before) \
            and _closes_an_aside(clause[start:end], after):
        # "agreed on Tuesday, 9 September 2025, to buy X", "ruled on Wednesday, 11 June, that police
        # …": the comma closed the date's own aside; without the date the verb keeps what it governs
        # ("agreed to buy X"), which the comma would cut off
        after = after[after.index(",") + 1:]
    elif before.endswith(",") and _COMPLEMENT_AFTER_COMMA.match(after) and re.search(r"\s[a-z]+,$", before):
        # "The council agreed, on Tuesday, to buy …": the date was an aside between commas
        before, after = before[:-1], after[after.index(",") + 1:]
    return f"{before} {after.lstrip()}" if before else after


#: A preposition and the words of a date's phrase that say which one, left alone when the date goes:
#: "On the final", "in the following", "by the very next".
_DATE_ORDINAL_STUB = re.compile(
    r"(?:^|\s)(?:on|in|at|from|since|during|for|over|by|until|till|before|after|through|throughout)\s+(?:the\s+)?"
    r"(?:(?:very|first|last|final|following|next|previous|same|whole|entire|remaining|early|late|second|third)\s*)+$",
    re.IGNORECASE)


#: A comma after a removed date, then what the verb before the date governs: an infinitive, a told
#: "that" clause or a preposition's phrase (never a clause's conjunction: "met on Monday, and voted").
_COMPLEMENT_AFTER_COMMA = re.compile(r"^\s*,\s+(?=(?:to|that|for|from|with|against|at|over|pending)\s)")


def _closes_an_aside(expression: str, after: str) -> bool:
    """Whether the comma after a removed date closed the date's own aside: the date has a comma inside
    ("Tuesday, 9 September 2025,") or an infinitive or a told clause follows ("agreed on Tuesday, to
    buy"); not a list's comma after the end of a span ("from 2 p.m. to 10 p.m., with eight bands")."""
    return "," in expression or bool(re.match(r"\s*,\s+(?:to|that)\s", after))


#: A phrase set beside a date that tells which day or year it was, closed by a comma or the sentence's
#: end: ", the day before the explosion", ", the eve of the vote", ", a Sunday", ", the year of the strike".
_DATE_APPOSITION_AFTER = re.compile(
    r"^\s*,\s+(?:(?:the|that)\s+(?:(?:very\s+)?(?:same\s+)?(?:day|night|morning|afternoon|evening|week|month|year|eve|"
    r"weekend)\s+(?:before|after|of)\s+[^,.;:()]{1,60}|(?:day|eve|anniversary|morning)\s+of\s+[^,.;:()]{1,60})"
    # (its closing comma goes with it: "signed on 4 May, a Sunday, in the town hall" -> "signed in the town hall")
    r"|an?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s*,(?=\s)|(?=\s*(?:[.;:]|$)))")


_CLOCK_AFTER = re.compile(
    r"^\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?|\s*hrs)?(?=[\s:,–—-])\s*(?:[:,–—-]\s+)?",
    re.IGNORECASE)


_OTHER_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|from|to|since|until|till|by|during|of|for|over|through|toward|towards|around|before|after|"
    r"as of|as early as|as late as|beginning|starting|early|late|(?:\w+ days|weeks|months|years) (?:later|earlier)|"
    # "at about 7 a.m.", "shortly after noon", "at roughly 9pm": an approximation or a closeness goes with its date
    r"about|roughly|approximately|nearly|almost|circa|shortly|just|soon|right|immediately)\s+)+$",
    re.IGNORECASE,
)

# The longest run of introducing words looked for before another date ("as early as", "two weeks later in").
_PREPOSITION_REACH = 64
# The words that can end such a run: a cheap test that spares the search for most dates.
_INTRODUCING_LAST_WORDS = frozenset(
    "on in at from to since until till by during of for over through toward towards around before after as "
    "beginning starting early late later earlier about roughly approximately nearly almost circa".split()
)
_TRAILING_WORD = re.compile(r"\w+$")


def _word_before(sentence: str, end: int) -> str:
    """The word that whitespace separates from ``end`` (lowercased), or "" when none does."""
    window = sentence[max(0, end - _PREPOSITION_REACH):end]
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return ""
    m = _TRAILING_WORD.search(stripped[-30:])
    return m.group().lower() if m else ""


def _introduction_start(sentence: str, at: int) -> int:
    """Where the words introducing the date at ``at`` begin ("as early as 2001"), else ``at``.

    Looked for only in the few words before ``at`` (searching the whole text before it cost the
    sentence's length per date, issue 15), and remembered by those words: each of a sentence's
    dates asks the same question about every other one."""
    lo = max(0, at - _PREPOSITION_REACH)
    context = max(0, lo - 1)  # the character before the window decides a word boundary at its start
    return at - _introduction_length(sentence[context:at], lo - context)


@functools.lru_cache(maxsize=8192)
def _introduction_length(window: str, pos: int) -> int:
    if _word_before(window, len(window)) not in _INTRODUCING_LAST_WORDS:
        return 0
    prep = _OTHER_PREPOSITION.search(window, pos)
    return len(window) - prep.start() if prep else 0


_DATE_JOINER = re.compile(r"^\s*(?:,\s*and|,\s*or|,|and|or|&)\s*$")


def _subordinate_after(sentence: str, o_end: int, start: int) -> int | None:
    """Where the clause after "before"/"after"/"until"/"once" begins when that word follows the date
    ending at ``o_end`` as a clause break (see ``clauses.SUBORDINATE_AFTER_DATE``) before ``start``."""
    for m in SUBORDINATE_AFTER_DATE.finditer(sentence, max(0, o_end - 12)):
        if m.start() < o_end <= m.start(1) + 1 and m.end(1) <= start:
            return m.end(1)
        if m.start() >= o_end:
            break
    return None


def drop_others(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[str, int, int]:
    """``sentence`` without the other date expressions (and the prepositions that introduce them), so
    the title of one date is not the leftover of another ("On September 1" of "On September 1, 1939")."""
    for o_start, o_end in sorted(others, reverse=True):
        if o_end > start and o_start < end or o_start < 0 or o_end > len(sentence):
            continue
        if not sentence[o_start:o_end].strip():
            # an aside blanked before ("Broek, who had won it in 2022 and 2023, started with five straight
            # wins"): its dates are gone already, and cutting round the blanks would strip the spaces
            # before them, so that the next date's offsets fell inside a word ("five straight s")
            continue
        if YEAR_ADJECTIVE_AFTER.match(sentence, o_end):
            continue  # "The 2004-built vessel": the year is half of an adjective, no date of any act
        if year_before_its_noun(sentence, o_start, o_end):
            continue  # "rejected the 2026 budget on 4 March": the year names the budget
        if o_end <= start and _DATE_JOINER.match(sentence[o_end:start]):
            # "on Thursday and Friday", told for Friday: drop "Thursday and ", keep "on"
            new = sentence[:o_start] + sentence[start:]
            shift = start - o_start
            sentence, start, end = new, start - shift, end - shift
            continue
        if o_start >= end and _DATE_JOINER.match(sentence[end:o_start]):
            sentence = sentence[:end] + sentence[o_end:]  # told for Thursday: drop " and Friday"
            continue
        # Only the words just before the expression can introduce it: searching the whole head from
        # its start made each title cost the sentence's length times its number of dates (issue 15).
        cut_from = _introduction_start(sentence, o_start)
        share = _PART_OF.search(sentence[max(0, o_start - 40):o_start])
        if share:
            cut_from = min(cut_from, max(0, o_start - 40) + share.start())  # "spent most of 2021": the share goes too
        # ("at about 21:30 local time that evening", told for "that evening": the clock's zone goes with
        # the clock time, as it does with the event's own date, so that both dates' titles come out the same)
        tail = _ZONE_AFTER.sub("", sentence[o_end:], count=1)
        owner = re.match(r"[’']s\s+", tail)
        if owner:
            # "its first half's profits" -> "its profits": a possessive date's "'s" goes with it, and the
            # words before it stay (they are the noun's); "in 2023's second half" -> "in the second half"
            cut_from = o_start
            kept = sentence[:cut_from].rstrip()
            # (opening the sentence too: "This year's season ran from 7 July" -> "the season ran", as the title
            # of the possessive date itself reads, so that the two come out the same)
            tail = ("" if re.search(r"\b(?:the|a|an|its|his|her|their)$", kept, re.IGNORECASE) else "the ") \
                + tail[owner.end():]
        subordinate = _subordinate_after(sentence, o_end, start)
        if subordinate is not None:
            # "meets again on Tuesday, December 4, before the council votes … on December 13": the date
            # was what made ", before" a clause break; the break stays, as a semicolon, so that the
            # later date's title is the council's vote, not the committee's meeting
            tail = "; " + sentence[subordinate:]
        if re.match(r"^\s*\(", tail) is None and sentence[:cut_from].rstrip().endswith(",") and re.match(r"^\s*,", tail):
            tail = re.sub(r"^\s*,", "", tail, count=1)  # ", on 7 October, the" -> ", the"
        elif cut_from == 0 or not sentence[:cut_from].strip():
            tail = re.sub(r"^\s*,\s*", "", tail, count=1)
        elif subordinate is None and _COMPLEMENT_AFTER_COMMA.match(tail) and re.search(r"[\w)]$", sentence[:cut_from].rstrip()) \
                and _closes_an_aside(sentence[o_start:o_end], tail):
            tail = tail[tail.index(",") + 1:]  # "agreed on Tuesday, 9 May, to buy X": as its own title reads (above)
        joiner = " " if sentence[:cut_from].strip() and subordinate is None else ""
        new = sentence[:cut_from].rstrip() + joiner + tail.lstrip()
        if o_end <= start:
            shift = len(sentence) - len(new)
            start, end = start - shift, end - shift
        sentence = new
    return sentence, start, end
