"""Salience: how much a zoomed-out timeline should show an event, from 0 (background) to 1.

Zoomed out, labels compete for room; the ones that win should tell the story. The score mixes general
signals, none of which names a person, place or date:

- **centrality** of its main actor in the corpus (the one its title names, else the first of its
  clause: how many events involve that actor, relative to the most frequent actor): the story's
  protagonists win over passers-by;
- **precision** of its date: a day beats a month beats a year; a decade or a century ("in the 19th
  century") is background;
- **agency**: a title that says someone did something ("X visits Y") beats one that reports speech
  ("X says"), which beats a state ("X is hostile", "X serves as"), which beats no subject at all;
- **sources**: the same happening told by several documents (the corpus's event groups, see
  ``explorer.entities.grouping``).

``score_events`` rescored over a whole corpus gives the final values; over one document (before
actors are known) it gives a first estimate from the event's own form. ``label_order`` and
``choose_labels`` are what a timeline needs to let the salient labels win.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Mapping, Sequence

from explorer.events.agents import names_only
from explorer.events.names import cached_pattern, written_alone
from explorer.events.record import Event

WEIGHTS = {"centrality": 0.25, "precision": 0.3, "agency": 0.3, "sources": 0.15}
#: Spans at least this long (days) are background: a decade, a century.
BACKGROUND_DAYS = 9 * 366
#: A background event's score is scaled down by this much, whatever else it has.
BACKGROUND_FACTOR = 0.3

_SPEECH = frozenset(
    """says say tells tell warns warn states state adds add notes note claims claim argues argue writes write
    announces announce declares declare stresses stress insists insist reports report discusses discuss
    describes describe calls call urges urge accuses accuse denies deny welcomes welcome""".split()
)
_STATE = frozenset("is are has have remains remain serves serve seems seem appears appear lives live".split())
_NOT_SUBJECT = frozenset(
    """despite after before during when while as since until with without for from in on at by of
    most many some several few all it there this that these those
    under over into through against among amid amidst upon within between across around toward towards
    beyond along behind near throughout via per like unlike about following having being including
    according given once if although though because whereas""".split()
)
#: Words that cannot follow a subject where its verb should be: the capitalised first word was no
#: subject but a preposition or a verb ("Under the guise of", "Buried a foot beneath"), or the title
#: is a relative clause ("Hannibal, who"). ("Scores of trucks stream", "Police in X raided": the
#: verb comes later, so "of", "in" are not here.)
_NO_VERB = frozenset("the a an that which who whose whom".split())
#: Joiners inside a name or a list of names ("Lee and Grant", "Army of Northern Virginia").
_JOINERS = frozenset("and of the de del da du la le al bin von van der y".split())
#: A leading word that makes a number the subject ("Over 700 civilians die", "About 12,000 flee").
_QUANTITY = frozenset("over about around under nearly almost some roughly approximately more".split())
#: Irregular participles after "is"/"are": a happening told in the passive ("are overrun").
_PARTICIPLES = frozenset("met led won lost hit shot held struck sunk caught fought built sent kept left put cut "
                         "brought sold told found made begun run overrun set".split())
#: Words between a subject and its verb ("The general himself is wounded", "The Soviets also launch").
_BEFORE_VERB = frozenset("himself herself itself themselves also then now again still soon later finally".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
    + "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WORD = re.compile(r"[\w’'-]+")


def precision_score(event: Event) -> float:
    """1 for a day, less for wider spans; undated events sit between a year and a decade."""
    if event.begin is None or event.end is None:
        return 0.25
    days = (event.end - event.begin).days + 1
    if not event.timex:
        return 0.3  # an occurrence the text never dates, bounded by its neighbours
    return _by_width(days) * (0.9 if event.certainty == "inferred" else 1.0)


def _by_width(days: int) -> float:
    if days <= 1:
        return 1.0
    if days <= 3:
        return 0.9
    if days <= 31:
        return 0.8
    if days <= 130:
        return 0.65
    if days <= 366:
        return 0.5
    if days <= 3 * 366:
        return 0.35
    if days < BACKGROUND_DAYS:
        return 0.2
    return 0.0


def agency_score(title: str) -> float:
    """From the title's form: subject + action verb 1, speech 0.6, a state 0.3, no subject 0.2."""
    words = _WORD.findall(title.rstrip("…"))
    if words and all(w.lower() in _MONTHS or w[:1].isdigit() for w in words):
        return 0.2  # a bare date ("March 3-5")
    i = 0
    if len(words) > 1 and words[0].lower() in _QUANTITY and words[1][:1].isdigit():
        i = 1  # "Over 700 civilians die": a number of people, not a preposition
    elif words and words[0].lower() in _NOT_SUBJECT:
        return 0.2  # "Despite his remarks", "Most of the officials": no one is said to act
    while i < len(words) and (words[i][:1].isupper() or (i <= 1 and words[i][:1].isdigit())):
        i += 1
        # a name or a list of names goes on after "and", "of"...: "Lee and Grant", "Bank of England"
        while i + 1 < len(words) and words[i].lower() in _JOINERS and words[i + 1][:1].isupper():
            i += 2
    if i == 0 or i == len(words):
        return 0.2 if i == 0 else 0.4  # no subject, or a bare name ("Al-Akhbar")
    while i < len(words) and (words[i].lower().endswith("ly") or words[i].lower() in _BEFORE_VERB):
        i += 1
    verb = words[i].lower() if i < len(words) else ""
    if verb in _NO_VERB:
        return 0.3  # the capitalised words were no subject of a verb
    if verb in _SPEECH:
        return 0.6
    if verb in _STATE:
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        # "is elected", "is killed", "has met": a passive or perfect happening, not a state
        return 0.9 if following.endswith(("ed", "en", "wn")) or following in _PARTICIPLES else 0.3
    return 1.0 if verb else 0.4


def main_actor(event: Event) -> str | None:
    """The actor the title names (its subject, usually), else the first actor of the clause: an
    interview that mentions the protagonist is not the protagonist's happening."""
    title = event.title.lower()
    for actor in names_only(event.actors):
        last = actor.split()[-1].lower()
        # (a word's own edges make ``\\b`` what ``written_alone`` reads; "jr." is searched as it was)
        if last and (written_alone(title, last) if re.match(r"\w", last) and re.match(r"\w", last[-1])
                     else cached_pattern(rf"\b{re.escape(last)}\b").search(title)):
            return actor
    names = names_only(event.actors)
    return names[0] if names else None


def score_events(events: Sequence[Event], sources: Mapping[str, int] | None = None) -> list[Event]:
    """``events`` with ``salience`` set from the signals above, computed over these events together.

    ``sources``: by event id, how many documents tell that happening (from the corpus's grouping of
    events across documents); an event not in it is told by its own document only."""
    counts = Counter(actor for e in events for actor in set(names_only(e.actors)))
    top = max(counts.values(), default=0)
    sources = sources or {}
    out = []
    for e in events:
        n_sources = sources.get(e.id, 1)
        main = main_actor(e)
        centrality = counts[main] / top if top and main else 0.0
        precision = precision_score(e)
        score = (
            WEIGHTS["centrality"] * centrality
            + WEIGHTS["precision"] * precision
            + WEIGHTS["agency"] * agency_score(e.title)
            + WEIGHTS["sources"] * min(1.0, (n_sources - 1) / 2)
        )
        if e.begin is not None and e.end is not None and (e.end - e.begin).days + 1 >= BACKGROUND_DAYS:
            score *= BACKGROUND_FACTOR
        out.append(replace(e, salience=round(min(1.0, max(0.0, score)), 3)))
    return out


def label_order(salience: Sequence[float]) -> list[int]:
    """Positions in the order their labels should claim room: most salient first, ties by position."""
    return sorted(range(len(salience)), key=lambda i: (-salience[i], i))


def choose_labels(
    anchors_px: Sequence[float], widths_px: Sequence[float], salience: Sequence[float], gap_px: float = 6.0,
    lanes: Sequence[int] | None = None,
) -> list[int]:
    """Which labels to draw where they compete for room: in salience order, each label
    ``[anchor, anchor + width]`` is kept when it overlaps no label already kept in its lane.
    Returns the kept positions in ascending order."""
    lanes = lanes if lanes is not None else [0] * len(anchors_px)
    kept: dict[int, list[tuple[float, float]]] = {}
    out = []
    for i in label_order(salience):
        left, right = anchors_px[i], anchors_px[i] + widths_px[i]
        taken = kept.setdefault(lanes[i], [])
        if all(right + gap_px <= a or b + gap_px <= left for a, b in taken):
            taken.append((left, right))
            out.append(i)
    return sorted(out)
