"""A market's move told as a happening: shares, a price, a yield or a currency moving on a day or on an
announcement ("Shares in Tolland fell 9 percent", "The peso strengthened after the announcement", "…,
sending its shares down 7 percent", "… on 22 April, when Pellow shares jumped 18 percent").

The README's convention keeps a market move on a day or on an announcement and leaves out a change
over a period ("prices rose 5% in the year to March"), a statistic. Why a module of its own: the
occurrence trigger reads a move that opens its clause (:data:`MARKET_MOVE`), and the clause readers of
a dated sentence read one told in a clause beside its main act (:func:`iter_market_clauses`), both from
the one list of what a market trades and how it moves. General English only: no name, place or date.
"""

from __future__ import annotations

import re
from typing import Iterator

#: The nouns of what a market trades, as a move's subject.
_TRADED = r"shares|stocks|bonds|prices?|yields?"
#: A currency told by its name after "the" ("the peso strengthened", "the pound slid").
_CURRENCY = (r"pound|dollar|euro|yen|krona|krone|franc|peso|rupee|rouble|ruble|lira|rand|yuan|zloty|forint|shekel|"
             r"dinar|currency")

#: What a market trades, told as the subject of its move: shares or stocks, perhaps with whose they are
#: ("Shares in Orvane fell", "Shares of Korsan banks gained", "yields on ten-year bonds rose"), a price
#: or a yield, or a currency by its name.
MARKET_SUBJECT = (rf"(?:(?:{_TRADED})(?:\s+(?:in|of|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?|"
                  rf"(?<=\bthe\s)(?:{_CURRENCY}))")

#: The past verbs of a market's move ("sank" left out: the tests of sessions 27 and 28 read "Its shares sank by a
#: third" and "prices sank" beside an act as a measure's fall, the sense a ship's sinking rule must not take).
MOVE_VERBS = (r"fell|rose|jumped|dropped|slumped|surged|tumbled|soared|gained|climbed|slid|plunged|rallied|"
              r"strengthened|weakened|dipped|slipped|edged\s+(?:up|down|higher|lower)")

#: Words after the verb that spread the move over a period: a statistic, not a move on a day.
OVER_A_PERIOD_AFTER = (r"(?![^.;]{0,60}?\b(?:in\s+the\s+(?:year|month|quarter|decade)|over\s+the\s+(?:past|last|year|month)|"
                       r"since|so\s+far|this\s+year|last\s+year|a\s+year\s+earlier|year[\s-]on[\s-]year|"
                       # (a length the move took: "fell by almost half within a year", "over two decades")
                       r"(?:within|over|in)\s+(?:a|an|the\s+(?:next|following)|\d+|[a-z]+)\s+(?:weeks?|months?|years?|decades?|quarters?))\b)")

#: A market's move opening its clause, for the occurrence trigger: "Shares in Tolland fell 9 percent",
#: "The peso strengthened by 2% after the announcement".
MARKET_MOVE = rf"{MARKET_SUBJECT}\s+(?:{MOVE_VERBS}){OVER_A_PERIOD_AFTER}"

#: A move told in a clause of its own after the main one, by "when", "as", "while", "after" or "and":
#: "… went public on 22 April, when Pellow shares jumped 18 percent", "… on Friday, while Marden's shares
#: rose slightly". The owner before the noun is a name, a possessive or "its"/"their".
_CLAUSE_MOVE = re.compile(
    r"(?<=[\s,])(?:when|as|while|after|and)\s+"
    r"(?P<subject>(?:(?:the|its|their|(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?:[’']s)?)\s+)?"
    rf"(?:(?-i:{_TRADED})(?:\s+(?:in|of|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?|(?<=\bthe\s)(?:{_CURRENCY})))\s+"
    rf"(?P<verb>{MOVE_VERBS})\b{OVER_A_PERIOD_AFTER}", re.IGNORECASE)

#: A move told as the result of the main act, by a participle: "…, sending its shares down 7 percent",
#: "…, sending Tolland's shares to a record low", "…, pushing the pound lower".
_RESULT_MOVE = re.compile(
    r",\s+(?P<participle>sending|pushing|driving|knocking)\s+"
    r"(?P<owner>its|their|the|(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?:[’']s)?)\s+"
    rf"(?P<noun>(?-i:{_TRADED}|stock|share\s+price|{_CURRENCY}))\s+"
    r"(?P<way>down|up|lower|higher|tumbling|soaring|sliding|falling|climbing|to(?=\s+(?:a|an|their|its)\s))",
    re.IGNORECASE)

#: The title's verb of a result participle's direction.
_WAY = {"down": "fall", "lower": "fall", "tumbling": "fall", "sliding": "fall", "falling": "fall",
        "up": "rise", "higher": "rise", "soaring": "rise", "climbing": "rise"}

#: The sentence's opening name: whose shares "its" are ("Brackwater Paper cut its forecast, sending its
#: shares down" -> "Brackwater Paper shares").
_OPENING_NAME = re.compile(r"^\s*(?:(?-i:The)\s+)?(?P<name>(?-i:[A-Z][\w’'&-]+)(?:\s+(?-i:[A-Z][\w’'&-]+)){0,3})\s+(?-i:[a-z])")


def _owner_name(sentence: str, owner: str) -> str:
    """Who "its" or "their" shares belong to: the sentence's opening name, else the owner as told."""
    if owner.lower() in ("its", "their"):
        m = _OPENING_NAME.match(sentence)
        return m.group("name") if m else owner[:1].upper() + owner[1:]
    return owner


def iter_market_clauses(sentence: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, trigger, title)`` of each market move told in a clause beside the sentence's main
    act (offsets in ``sentence``): a "when"/"and" clause's move, or a result participle's."""
    from explorer.events.tense import headline_tense
    from explorer.events.titles.finish import finish
    from explorer.events.occurrences import continuation

    for m in _CLAUSE_MOVE.finditer(sentence):
        subject = m.group("subject")
        rest = continuation(sentence, m.end("verb"), len(sentence))
        told = headline_tense(f"{subject[:1].upper()}{subject[1:]} {m.group('verb')} {rest}".strip())
        yield m.start("verb"), m.end("verb"), m.group("verb"), finish(told.split(), m.group("verb"))
    for m in _RESULT_MOVE.finditer(sentence):
        way = m.group("way").split()[0].lower()
        rest = continuation(sentence, m.end("way"), len(sentence))
        # ("to a record low", "to their highest since 2019": the level tells the way)
        verb = _WAY.get(way) or ("fall" if re.search(r"\blow", rest) else "rise" if re.search(r"\bhigh", rest) else "move")
        noun = m.group("noun").lower()
        verb = verb if noun.endswith("s") else verb + "s"
        owner = _owner_name(sentence, m.group("owner"))
        told = " ".join(w for w in (owner, noun, verb, "to" if way == "to" else "", rest) if w)
        title = told[:1].upper() + told[1:]
        yield m.start("participle"), m.end("participle"), m.group("participle"), finish(title.split(), verb)


def market_clause_start(sentence: str, at: int) -> int | None:
    """Where the clause of a market move whose trigger starts at ``at`` opens (its "when", "and" or the
    comma before its participle), or None when no market clause has its trigger there. Why: the clause
    readers bound a clause by its punctuation, and a participle's clause after a comma would hold the
    main clause's date, which is the main act's, not the move's own."""
    for pattern, group in ((_CLAUSE_MOVE, "verb"), (_RESULT_MOVE, "participle")):
        for m in pattern.finditer(sentence):
            if m.start(group) == at:
                return m.start()
    return None
