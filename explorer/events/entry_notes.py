"""A diary's or log's note with no act in it: "Monday 7 August. Fog all day.", "Clear at last.",
"Quiet day.", "Busy."

Why: a stamp alone on its line dates the sentence after it (``build.stamped_entry_end``), which in a
diary is often a word or two on the weather or the mood of the day before the day's acts are told. A
few words with no verb and no noun of a happening ("fog", "clear", "quiet day") name no happening: a
reader does not put the fog on a timeline, and the acts that follow are listed by the undated pass with
the stamp's day. A note naming a happening ("Storm.", "Landslide on the pass.", "Inspection by the warden."), saying one is
done ("Burn complete.") or holding any verb
("Rain falls all day", "Ines slipped") is left to the other rules. Nothing here knows a name or a date.
"""

from __future__ import annotations

import re

from explorer.events.happening_nouns import ENTRY_ACT_NOUNS, HELD_OR_BEFALLING, NEWS_NOUNS, OCCURRENCE_NOUNS
from explorer.events.happening_verbs import PAST_VERB
from explorer.number_words import spelled

#: The most words a note of the day has: more make a sentence whose verb may only be unknown to us.
_MOST_WORDS = 5
#: The words of a note.
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: A word that is or may be a verb: a form of "be", "have", "do" or a modal, a past ("-ed" or an
#: irregular one), a participle in "-ing" (not "morning", "spring"), or a word in "-s" (a present, "falls", or a plural, which may
#: be a happening's: "arrivals").
_VERB_LIKE = re.compile(
    r"^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|"
    r"should|(?!(?:morning|evening|spring|nothing|something|anything|everything|thing|ceiling)$)[a-z]+ing|[a-z]+s)$")
_HAPPENING_NOUNS = frozenset({*HELD_OR_BEFALLING, *NEWS_NOUNS, *OCCURRENCE_NOUNS, *ENTRY_ACT_NOUNS})
#: A log's word for an act done or under way, after the act's noun: "Burn complete.", "Loading done.",
#: "Second survey finished.", "Descent under way." The note tells that act, whatever its noun.
_DONE = re.compile(r"\b(?:complete|done|finished|underway|under\s+way)\b", re.IGNORECASE)


#: A day's distance as the whole note, perhaps with the day's weather or the way: "Fourteen miles.",
#: "18 km, all uphill.", "About twelve miles in rain." A walker's or a sailor's tally of the day, the
#: day's acts told after it.
_DISTANCE_NOTE = re.compile(
    r"^\W*(?:(?:about|nearly|almost|over|some|another|only|just(?:\s+over|\s+under)?|barely)\s+)?"
    r"(?:\d+(?:[.,]\d+)?|(?:" + spelled(1, 90) + r")(?:-(?:" + spelled(1, 9) + r"))?)\s*"
    r"(?:miles?|km|kilometres?|kilometers?|leagues|nautical\s+miles|nm)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: What may follow the distance in such a note: the way and the weather ("all uphill", "in rain").
_WAY_WORDS = frozenset("uphill downhill flat level road roads track tracks path paths coast shore lanes lane sand "
                       "beach way rain sun wind mud snow fog heat of it along through across over by".split())


def is_a_note_of_no_act(sentence: str) -> bool:
    """Whether ``sentence`` (the one a stamp dates) is a few words with no verb and no noun of a
    happening: the day's weather or mood ("Fog all day.", "Quiet day."), or the day's distance
    ("Fourteen miles.", see :data:`_DISTANCE_NOTE`), not a happening."""
    distance = _DISTANCE_NOTE.match(sentence.strip())
    if distance is not None:
        rest = [w.lower() for w in _WORD.findall(distance.group("rest"))]
        if len(rest) <= _MOST_WORDS and all(w in _WAY_WORDS or w in _WEATHER_OR_MOOD or w in _NOTE_LINKS for w in rest):
            return True
    words = [w.lower() for w in _WORD.findall(sentence)]
    if not words or len(words) > _MOST_WORDS or re.search(r"\d", sentence):
        return False
    if _DONE.search(sentence):
        return False  # "Burn complete.": an act done, told by its noun
    return not any(_VERB_LIKE.match(w) or PAST_VERB.match(w) or w in _HAPPENING_NOUNS for w in words)


def is_a_dated_note(sentence: str, dates: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` is a stamp followed by such a note, read as one sentence: "Monday 4 July.
    Drizzle all morning.", "16:15 — Busy." The stamp opens the sentence (a name or a noun before a date,
    "Summer fair: Saturday 12 July", "Ada Holm, 1931–2024", is a heading of a happening or a life)."""
    if not dates:
        return False
    first_start, first_end = min(dates)
    if sentence[:first_start].strip():
        return False
    rest = re.match(r"[\s.,:;—–-]*", sentence[first_end:])
    note_at = first_end + (rest.end() if rest else 0)
    if note_at == first_end or any(start >= note_at for start, _ in dates):
        return False  # the stamp runs on into its sentence ("Monday at noon"), or the note has a date of its own
    return is_a_note_of_no_act(sentence[note_at:])


#: The longest note around its date ("A clear morning at last.", "Another grey afternoon in camp."):
#: the words besides the date.
_MOST_WORDS_AROUND = 6
#: Words of the weather or the mood of a stretch of time, the only content a note around its date
#: holds: what the time was like, never what anyone did.
_WEATHER_OR_MOOD = frozenset(
    "clear fine fair wet dry damp grey gray cold warm hot mild cool windy calm still foggy misty rainy sunny bright "
    "dull stormy frosty icy snowy cloudy overcast humid muggy sultry raw bitter freezing glorious miserable beautiful "
    "lovely perfect gorgeous dreary bleak gloomy busy quiet lazy slow long short hard easy rough tiring uneventful "
    "restless sleepless peaceful strange odd".split())
#: Words a note may hold besides those: determiners, intensifiers and "at last", "again", "in camp".
_NOTE_LINKS = frozenset(
    "a an another the one more very so quite rather too and but yet with at last again all in on camp".split())


def is_a_note_around_its_date(sentence: str, dates: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` says only what a stretch of time was like, its date inside the note: "A clear
    morning at last.", "Busy afternoon.", "Another wet evening in camp." The date is the head of a
    phrase whose other words are the weather or the mood and a few linking words; a diary's day
    described, not a happening. (A noun of any other kind, "Coffee morning on Friday", "Bake sale
    afternoon", names something held, and is left to the other rules.)"""
    if not dates or len(sentence) > 80:
        return False
    rest, last = [], 0
    for start, end in sorted(dates):
        rest.append(sentence[last:start])
        last = end
    rest.append(sentence[last:])
    words = [w.lower() for w in _WORD.findall(" ".join(rest))]
    if not words or len(words) > _MOST_WORDS_AROUND or re.search(r"\d", " ".join(rest)):
        return False
    return any(w in _WEATHER_OR_MOOD for w in words) and all(w in _WEATHER_OR_MOOD or w in _NOTE_LINKS for w in words)
