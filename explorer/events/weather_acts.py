"""Weather's and nature's own acts, told with no date: "Heavy rain stopped work for three days", "Fog
came in at first light", "The wind swung round to the south-west", "Gusts of 90 mph brought down power
lines", "The smoke cleared within four minutes".

Why a module of its own: the plain-past rule (:mod:`explorer.events.plain_past`) wants a verb acting on
an object and leaves out the verbs that alone more often tell a length, a means or a state ("kept",
"brought", "came", "set"); the turns of :mod:`explorer.events.happening_turns` read a happening's start
or end. A force of weather or nature as the subject has no view, habit or saying to tell: its past verb
is a step of the story ("Gales kept us in harbour", "Rain set in", "Fog came in"), and the opened
writers' sets list it on a storm's, a dig's, a climb's or a fire's timeline (issue 12, session 57: 8
articles in 7 sets). Not a measure ("Gusts reached 45 mph", "Rainfall totalled 40 mm": a figure), a
state ("The fog remained"), a habit ("Rain often stopped play") or a forecast (no past form then).
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import HABIT_WORDS, NOT_HAPPENING_VERBS, PAST_FORMS
from explorer.events.occurrences import Occurrence, continuation
from explorer.events.quote_marks import holds_quote_mark
from explorer.events.tense import PARTICIPLES, REGULAR_PAST, present_of

#: Heads of a noun phrase that names a force of weather or nature (general English; the plural too). Not
#: the tide, the swell or the surf: their turns are the sea's routine ("The tide came in over the causeway").
_HEADS = (
    r"rain|rains|rainfall|downpours?|showers?|drizzle|snow|snowfall|sleet|hail|fog|mist|haze|winds?|gales?|"
    r"gusts?|squalls?|storms?|thunderstorms?|sandstorms?|duststorms?|blizzards?|hurricane|typhoon|cyclone|"
    r"tornado(?:es)?|clouds?|lightning|thunder|frost|ice|floods?|floodwaters?|waves|smoke|"
    r"fire|fires|flames|blaze|wildfire|avalanche|landslides?|mudslides?|rockfalls?|earthquake|tremors?|"
    r"aftershocks?|heatwave|drought"
)

#: The subject opening the sentence (or its main clause after an opening phrase and a comma, "Six weeks
#: into the shoot, a sandstorm …"): a determiner perhaps, up to two modifiers, the head, perhaps an "of"
#: phrase ("Gusts of 90 mph"). A capital opens a modifier or the head only at the sentence's start.
_SUBJECT = (
    # (no weather at all is no act: "No rain fell at the gauge", "Little snow settled")
    r"(?P<subject>(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an|and|but|then|it|they|we|he|she|no|little|few|not|hardly|scarcely|barely|any)\b)[a-z][\w-]+\s+){0,2}?"
    rf"(?P<head>{_HEADS})(?:\s+of\s+(?:[\w.,-]+\s+){{0,2}}?(?:mph|km/h|knots|[a-z]+))?)"
)

#: A weather's verb that tells no step of the story: a state, a seeming, a length or a figure's size.
_NO_STEP = (r"(?!kept\s+(?:us|them|him|her|me|the|a|an|all|both|every|its|their)\b)"
            rf"(?:{NOT_HAPPENING_VERBS}|totalled|totaled|averaged|measured|amounted|persisted|lingered|"
            r"returned|recurred|varied|ranged)\b")

#: The participles a perfect of a weather's verb is told with that are no past form ("had blown up",
#: "has fallen"), besides those :data:`~explorer.events.tense.PARTICIPLES` lists.
_MORE_PARTICIPLES = r"blown|frozen|come|gone|swept|struck|spread|set|hit|cut|shut|brought|kept|swung|burst"

_VERB = (
    r"(?:(?:then|later|soon|suddenly|finally|quickly|also|eventually|briefly)\s+)?"
    r"(?P<perfect>(?:had|has|have)\s+(?:(?:already|also|finally|now)\s+)?)?"
    rf"(?P<verb>(?!{_NO_STEP})(?:{REGULAR_PAST}|\b(?:{PAST_FORMS}|{'|'.join(PARTICIPLES)}|{_MORE_PARTICIPLES})\b))"
)

#: A weather's act opening the sentence, perhaps after an opening phrase of time or place and a comma
#: with no verb in it ("Overnight,", "Six weeks into the shoot,"), or after "Then".
_WEATHER_ACT = re.compile(
    r"\s*(?:(?:Then|Later|Soon|Suddenly|Overnight|By\s+then)\s+|[A-Z][^,;:.]{0,60}?,\s+)?"
    rf"(?i:{_SUBJECT})\s+{_VERB}"
)
#: A count or a figure right after the verb: the verb tells a measure ("reached 45 mph", "fell 40 mm").
_FIGURE_AFTER = re.compile(r"\s+(?:(?:about|around|nearly|almost|over|more\s+than|up\s+to|some)\s+)?(?:\d|a\s+(?:record|peak|high|low)\b)")


def weather_act(text: str, sentence_start: int, sentence_end: int) -> tuple[Occurrence, str] | None:
    """The act of a force of weather or nature opening the sentence ``text[sentence_start:sentence_end]``,
    as the plain-past rule's ``(occurrence, title)`` ("Heavy rain stopped work for three days" ->
    "Heavy rain stops work for three days"), or None."""
    from explorer.events.tense import headline_tense
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words

    sentence = text[sentence_start:sentence_end]
    m = _WEATHER_ACT.match(sentence)
    if m is None or HABIT_WORDS.search(sentence) or holds_quote_mark(sentence):
        return None
    subject = m.group("subject")
    if m.start("subject") > 0 and subject[:1].isupper() and sentence[:m.start("subject")].strip().endswith(","):
        return None  # "In Harwick, Rain …": a capital after the opening phrase is a name, not the weather
    if _FIGURE_AFTER.match(sentence, m.end()):
        return None
    verb = m.group("verb")
    if verb.lower() in PARTICIPLES and not m.group("perfect"):
        return None  # "The rain fallen …": a participle with no "had" is no past
    # (a perfect is titled by the verb's present, as a past is: "The wind has swung round" -> "… swings round")
    told = (PARTICIPLES.get(verb.lower()) or present_of(verb) or verb) if m.group("perfect") else verb
    rest = continuation(sentence, m.end(), len(sentence))
    subject = " ".join(subject.split())
    subject = subject[:1].upper() + subject[1:]
    # (a plural head takes a plural verb: "Gales keep us in the shelter", "Gusts of 90 mph bring down …")
    title = headline_tense(finish(first_words(f"{subject} {told} {rest}"), told))
    present = PARTICIPLES.get(verb.lower()) or present_of(verb)
    if m.group("head").lower().endswith("s") and present and title.startswith(f"{subject} {present} "):
        title = f"{subject} {_plural_present(present)} {title[len(subject) + len(present) + 2:]}"
    return Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title


def _plural_present(present: str) -> str:
    """The plural of a third person present: "keeps" -> "keep", "carries" -> "carry", "pushes" -> "push"."""
    if present.endswith("ies"):
        return present[:-3] + "y"
    if present.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return present[:-2]
    return present[:-1] if present.endswith("s") else present
