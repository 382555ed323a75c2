"""Rules read only in a post (a tweet, a status, a text message: :func:`is_post`): a period noun
standing alone ("Enjoy my day", "KARAOKE NIGHT"), "the whole morning", "during sunset" and a season
naming what things are for ("Your Summer Reading List").

In an article the same words mostly belong to longer expressions the general rules read, so these
rules apply to posts alone (``applies_to``): the scanner does not run them on other texts.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand, rule, text_before
from explorer.temporal.grammar.blocks import NUMW
from explorer.temporal.grammar.rules_periods import SEASON_THING
from explorer.temporal.normalize import Spec

# -- period words in a post ------------------------------------------------------------------------
# A post (a tweet, a status, a text message) is short and says its times in single words: "Enjoy
# my day", "Fashion Week", "sophomore year", "KARAOKE NIGHT", "Days slipping", "Working Long Hours".
# There each period noun names a stretch of that length (one unit: P1D; an unsaid number: PXD) or,
# for a part of day, that part of the day of writing; in an article the same nouns mostly belong
# to longer expressions the general rules read, so this reading is kept to posts.
_POST_MAX = 280  # characters: the longest tweet; news and history texts run to thousands


def _headline(text: str, at: int | None = None) -> bool:
    """A post written in title case ("Working Long Hours Makes Us Drink More"), where a capital
    says nothing of a name; or, for the word at ``at``, a post opening with a title-case heading
    that holds it, closed by a colon ("Your Autumn Playlist: songs we love ...", "Big Spring Sale:
    up to 50% off"), the rest in sentence case."""
    if _title_case(text, 4):
        return True
    if at is None:
        return False
    colon = text.find(": ", at)
    return colon > 0 and "\n" not in text[:colon].strip() and _title_case(text[:colon], 3)


def _title_case(text: str, least: int) -> bool:
    words = re.findall(r"[A-Za-z][\w'’]*", re.sub(r"https?://\S+|[#@]\w+", " ", text))  # tags and links aside
    return len(words) >= least and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_GREETING_AFTER = re.compile(
    r"(?i)[ \t]*(?:,[ \t]*)?(?:all|everyone|everybody|peeps|guys|folks|world|twitter|tweeps|y'?all|friends|fam|people|"
    r"my\s+\w+|ladies|lovelies)\b|[ \t]*!")


def w_is_greeting(text: str, m: re.Match[str]) -> bool:
    """ "Morning all!", "Evening peeps", "night night": a part of day as a greeting names no time."""
    w = m["w"].lower()
    if w not in ("morning", "evening", "night", "afternoon"):
        return False
    if re.search(r"(?i)\b(?:good|gd|nite|night)[ \t]+$", text_before(text, m.start(), 8)) or re.match(r"(?i)[ \t]+night\b", text[m.end():m.end() + 7]):
        return True  # "good night", "night night"
    at_start = re.search(r"(?:^|[.!?\n]|[:)]\s*)\s*$", text_before(text, m.start(), 4)) is not None
    return at_start and _GREETING_AFTER.match(text, m.end()) is not None


def is_post(text: str) -> bool:
    """Whether ``text`` reads as one post: at most a tweet's length, and one paragraph."""
    return len(text.strip()) <= _POST_MAX and re.search(r"\n[ \t]*\n", text.strip()) is None


_POST_UNITS = {"day": "P1D", "hour": "PT1H", "week": "P1W", "month": "P1M", "year": "P1Y", "days": "PXD", "weeks": "PXW",
               "months": "PXM", "years": "PXY", "hours": "PTXH", "minutes": "PTXM"}
_POST_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
#: words before a period noun that make it part of another expression (read by the general rules),
#: or a particular day rather than a stretch ("the big day"), or a count ("3 days")
_POST_NOUN_BEFORE = re.compile(
    r"(?i)(?:\b(?:an?|the|this|that|these|those|next|nxt|last|every|each|per|one|few|several|many|some|all|whole|"
    r"entire|same|other|previous|following|new|happy|good|of\s+the|couple|more|\d+(?:st|nd|rd|th)?)|\d)[\s-]*$")
#: before a plural only a count or a quantity belongs to another expression: "the hours waiting",
#: "the good old days" are an unsaid number of them; "the early/small/wee hours" are a part of a night
_POST_PLURAL_BEFORE = re.compile(
    r"(?i)(?:\b(?:these|those|next|nxt|last|past|coming|recent|every|each|few|several|many|some|all|couple|more|other|"
    r"early|small|wee|"
    r"previous|following|\d+(?:st|nd|rd|th)?|" + NUMW + r")|\d)[\s-]*$")
_POST_NOUN_AFTER = re.compile(
    r"(?i)(?:-|[’']s?\b|\s+(?:of\s+the\s+(?:week|month|year)|ago|later|earlier|before|after|by\s+(?:day|week|month|year)|"
    r"to\s+(?:day|week|month|year)|in\s+(?:day|week|month|year)\s+out|(?:on|over)\s+(?:day|week|month|year))\b)")

#: a number after "week": a place in a numbered run ("week 6 of the season", "week 3 fixtures"). A league's
#: week 6 is not six weeks after its week 1 (breaks move it), so it stays untagged even beside a dated week 1.
_NUMBERED_AFTER = re.compile(r"\s+\d{1,2}(?![\d:./]\d)\b")

@rule(r"\b(?P<w>days?|weeks?|months?|years?|hours?|minutes|morning|afternoon|evening|night)\b",
      re.IGNORECASE, priority=0, trigger=r"(?i:day|week|month|year|hour|minutes|morning|afternoon|evening|night)")
def post_period_noun(m: re.Match[str], text: str) -> Cand | None:
    """ "Enjoy my day" (P1D), "Fashion Week" (P1W), "Days slipping" (PXD), "KARAOKE NIGHT" (that
    night): a period noun standing alone in a post. Greetings ("good night") are no time."""
    if not is_post(text):
        return None
    before = text_before(text, m.start(), 24)
    if re.search(r"[A-Za-z]-$", before):
        return None  # "a multi-year deal", "a full-year forecast": the noun ends a compound word, no stretch
    this = re.search(r"(?i)\bthis\s+$", before)
    if this and m["w"].lower() == "day" and not _POST_NOUN_AFTER.match(text, m.end()):
        return Cand(m.start() - len(this[0]), m.end(), "dct", unit="D", n=0)  # "get me through this day": today
    plural = m["w"].lower().endswith("s")
    if (_POST_PLURAL_BEFORE if plural else _POST_NOUN_BEFORE).search(before) or _POST_NOUN_AFTER.match(text, m.end()):
        return None
    if not plural and re.search(r"(?i)\b(?:an?|the)\s+(?:(?!(?:of|my|your|his|her|our|their|its|to|for|in|on|at|with|and|or)\b)[\w-]+\s+){1,2}$", before):
        return None  # "a leap day", "the big day", "a general election day": one particular day
    if re.search(r"(?i)\b(?:day|week|month|year|night)s?[-\s]+(?:after|by|to|and|in|on|over)[-\s]+$", before):
        return None  # "day after day", "year in, year out", "up 8% year on year": no one stretch
    if m["w"].lower() == "week" and _NUMBERED_AFTER.match(text, m.end()):
        return None  # "won in week 6 of the season": a place in a numbered run (as "round 12", "matchday 3"), no stretch
    word = m["w"]
    if w_is_greeting(text, m):
        return None
    if word[0].isupper() and not word.isupper() and re.match(r"\s+(?:[A-Z]|of\b)", text[m.end():m.end() + 4]) \
            and not _headline(text):
        return None  # "Sandra Day O'Connor", "Morning Edition", "Night of the Long Knives": a name
    w = m["w"].lower()
    if w in _POST_PODS:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=_POST_PODS[w], rel="bare")
    return Cand(m.start(), m.end(), "dur", "DURATION", value=_POST_UNITS[w])


post_period_noun.applies_to = is_post  # type: ignore[attr-defined]


@rule(r"\b(?P<the>the\s+)?(?:whole|entire)\s+(?P<w>morning|afternoon|evening|night)\b(?![-'’])", re.IGNORECASE,
      priority=1, trigger=r"(?i:(?:whole|entire)\s+(?:morning|afternoon|evening|night))")
def post_whole_part_of_day(m: re.Match[str], text: str) -> Cand | None:
    """ "The whole morning non stop ...", "slept the entire afternoon": in a post, that part of the
    day the post was written on (TimeML writes it as that day's part, as "this morning")."""
    if not is_post(text) or re.match(r"\s+(?:of|before|after)\b", text[m.end():m.end() + 8], re.IGNORECASE):
        return None  # "the whole night of the 5th", "the whole evening before the trip": another day
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=_POST_PODS[m["w"].lower()], rel="bare")


post_whole_part_of_day.applies_to = is_post  # type: ignore[attr-defined]


@rule(r"(?<![\w#@])(?P<w>sunset|sunrise|dusk)\b(?![-'’]|\s+(?:boulevard|blvd|strip|clause|provision|date)\b)",
      re.IGNORECASE, priority=0, trigger=r"(?i:sunset|sunrise|dusk)")
def post_sunset(m: re.Match[str], text: str) -> Cand | None:
    """ "Watching the city go dark during sunset", "The beauty of sunset": in a post, the sunset of
    the day it was posted (TimeML values it as that day). A hashtag ("#sunset") labels a photo; a
    name in capitals ("Sunset Boulevard", "Sunset Strip") or a law's sunset clause is no time."""
    if not is_post(text):
        return None
    word = m["w"]
    if word[0].isupper() and not word.isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) \
            and not _headline(text):
        return None  # "Sunset Park": a name
    return Cand(m.start(), m.end(), "dct", unit="D", n=0)


post_sunset.applies_to = is_post  # type: ignore[attr-defined]


@rule(r"\b(?P<season>spring|summer|autumn|winter)\b(?![-'’])", re.IGNORECASE, priority=0,
      trigger=r"(?i:spring|summer|autumn|winter)")
def post_season(m: re.Match[str], text: str) -> Cand | None:
    """ "Your Summer Reading List", "WINTER BUDDIES", "spring makeup picks": in a post a season
    naming what things are for is the season at hand (the nearest one); "a hot spring", "Indian
    summer" and names in a sentence of lower case ("Winter Park") are none."""
    if not is_post(text):
        return None
    before = text_before(text, m.start(), 16)
    if re.search(r"(?i)\b(?:an?|hot|mineral|box|coil|leaf|indian|every|each|per|one|all)\s+$", before) or re.search(r"\d\s*$", before):
        return None
    if SEASON_THING.match(text, m.end()):
        return None  # "summer rolls", "the winter solstice": a thing or a day the season names
    word = m["season"]
    if word[0].isupper() and not word.isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) and not _headline(text, m.start()):
        return None  # "Winter Park": a name
    return Cand(m.start(), m.end(), "under", spec=Spec("S", season=lx.SEASONS[word.lower()]))


post_season.applies_to = is_post  # type: ignore[attr-defined]


__all__ = ["is_post", "post_period_noun", "post_whole_part_of_day", "post_sunset", "post_season"]
