"""A series of bare past verbs sharing one object, told as one act: "the Ionians marched on, captured,
and burnt Sardis", "the crusaders besieged, stormed and sacked the city", "she wrote, directed and
produced a short film".

Why a module of its own: the joined-act rules (:mod:`explorer.events.undated_events`,
:mod:`explorer.events.event_dates`) read the verb after the series' "and" as an act of its own, give it
an event and cut the dated title before it, which left a title ending inside the list in two tenses
("The Ionians march on, captured,", "The crusaders besiege, stormed") and an event whose subject the
rules had to guess ("Athens burns Sardis"). The verbs before the last have no object of their own
(each is followed by a comma): they are steps of one act done to the object the last names, and a
reader wants one mark titled with the whole series in the headline's present ("The Ionians march on,
capture, and burn Sardis"), in the number the title's first verb has.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.events.record import Event
from explorer.events.tense import joined_present, present_of

#: A particle a bare verb of the series may keep: "marched on", "rounded up".
_PARTICLES = ("on", "in", "up", "out", "down", "off", "back", "over", "through", "away")
_PARTICLE = rf"(?:\s+(?:{'|'.join(_PARTICLES)}))?"
_VERB = r"[a-z]{3,}" + _PARTICLE
#: Two or more bare verbs, each closed by a comma, then "and" and the last verb (its object after it).
_SERIES = re.compile(rf"\b(?P<series>{_VERB}(?:,\s+{_VERB})+,?\s+and\s+(?:then\s+)?(?P<last>[a-z]{{3,}}))\b")
#: Where the shared object ends: punctuation, a clause of its own, a bracket.
_OBJECT_END = re.compile(r"[.,;:!?()\[\]—–]|\s(?:and|but|while|after|before|when|which|who|because|as|until)\s")
_TRAILING_PREPOSITION = re.compile(r"(?:\s+(?:in|on|at|by|during|from|of|to|for|with))+\s*$")
_MAX_OBJECT_WORDS = 6


def _verbs(series: str) -> list[str] | None:
    """The verbs of a series ("marched on, captured, and burnt" -> marched, captured, burnt), or None
    when one of them is no past we know."""
    heads = [part.split()[0] for part in re.split(r",\s+(?:and\s+(?:then\s+)?)?|,?\s+and\s+(?:then\s+)?", series) if part]
    return heads if heads and all(present_of(w) is not None for w in heads) else None


def _in_present(series: str, plural: bool) -> str:
    """``series`` with each verb in the present (the particles, commas and "and" kept)."""
    return re.sub(r"[a-z]{3,}", lambda m: joined_present(m.group(), plural) or m.group()
                  if m.group() not in ("and", "then", *_PARTICLES) else m.group(), series)


def _series_title(event: Event) -> tuple[str, tuple[int, int]] | None:
    """The dated ``event``'s title told with the whole series of its sentence, and where the series'
    later verbs stand in the text, or None when its title tells no verb of such a series."""
    sentence = event.sentence
    for m in _SERIES.finditer(sentence):
        verbs = _verbs(m.group("series"))
        if verbs is None:
            continue
        words = event.title.split()
        presents = {present_of(v): v for v in verbs}
        at = next((i for i, w in enumerate(words) if w.strip(",") in presents
                   or w.strip(",") in {joined_present(v, True) for v in verbs}), None)
        passive = next((i for i, w in enumerate(words[1:], 1) if w.strip(",") == verbs[0]
                        and words[i - 1] in ("is", "are")), None)
        if at is None and passive is not None:
            at = passive  # "The garrison is surrounded, starved, and forced to surrender": participles, kept
        if at is None or at == 0:
            continue
        plural = words[at].strip(",") not in presents
        after = m.end()
        stop = _OBJECT_END.search(sentence, after)
        end = stop.start() if stop else len(sentence)
        date_at = event.timex_start - event.sentence_start
        if after <= date_at < end:
            end = date_at
        obj = _TRAILING_PREPOSITION.sub("", sentence[after:end]).split()
        if not obj or len(obj) > _MAX_OBJECT_WORDS:
            continue
        series = " ".join(m.group("series").split())
        title = " ".join([*words[:at], series if at == passive else _in_present(series, plural), *obj])
        first_end = m.start("series") + len(m.group("series").split(",")[0])
        return title, (event.sentence_start + first_end, event.sentence_start + m.end())
    return None


def tells_its_series(event: Event) -> bool:
    """Whether ``event``'s title is its sentence's series of acts (see :func:`fold_verb_series`): its
    "and" closes the series, no second act the title ran on into."""
    found = _series_title(event) if event.timex and "," in event.title else None
    return found is not None and found[0] == event.title


def fold_verb_series(events: list[Event]) -> list[Event]:
    """Each dated event whose sentence tells its act as a series of bare past verbs sharing one object
    titled with the whole series; the undated events the series' later verbs gave dropped."""
    out: list[Event] = []
    later_verbs: list[tuple[int, int]] = []
    retitled: dict[int, Event] = {}
    for i, event in enumerate(events):
        if not event.timex or "," not in event.sentence:
            continue
        found = _series_title(event)
        if found is not None:
            retitled[i] = replace(event, title=found[0], derivation=f"{event.derivation}; titled with its series of acts")
            later_verbs.append(found[1])
    if not retitled:
        return events
    for i, event in enumerate(events):
        if i in retitled:
            out.append(retitled[i])
        elif not event.timex and any(a <= event.timex_start < b for a, b in later_verbs):
            continue  # a later verb of the series: a step of the act titled above
        else:
            out.append(event)
    return out
