"""Whether a careful reader would list an event: general features of a candidate and a logistic model.

Twelve sessions of hand rules raised precision on the texts they were written from and left it flat
on never-opened text. This module tested the other direction (session thirteen): a small learned
model that, given an event the rules produced, scores how likely a reader is to list it. Its features
are general on purpose: the kind of date (type, grain, how it was derived, the preposition before
it), where the sentence stands (heading, list line, paragraph opening, position), the sentence's
grammar (modals, negation, conditionals, questions, quotes, reporting verbs) and the title's form
(subject found, agency, the rules' own state and tally classes). No feature names a word of any one
article, a person, a place or a date.

The result was negative (see ``tests/gold/README.md``): cross-validated by article, the filter could
not raise precision by 0.03 without losing more than 0.01 recall, so it is not wired into the
extractor. It lives here, beside the gold set and ``train_listing.py``, so the experiment can be
repeated with new features or more gold; it is not part of the app.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Mapping, Sequence

from explorer.events.agents import title_subject
from explorer.events.modality import is_absence, is_failure_to_act, is_non_happening
from explorer.events.states import is_state
from explorer.events.tallies_and_baselines import is_count_tally, is_running_tally
from explorer.events.record import Event
from explorer.events.salience import agency_score, precision_score

#: How an event's date was derived, from the first part of its derivation (the builder's own words,
#: with any ISO day in it blanked): the kinds the builder produces often enough to weigh apart.
_DERIVATION_KINDS = (
    ("explicit", re.compile(r"^explicit$")),
    ("doc_date_past", re.compile(r"^document date \S+ \+ past tense")),
    ("doc_date", re.compile(r"^document date")),
    ("timeline_day", re.compile(r"^timeline day")),
    ("undated_notable", re.compile(r"^no date in the text: a notable")),
    ("undated_past_act", re.compile(r"^no date in the text: a past act")),
    ("undated_joined", re.compile(r"^no date in the text: an act joined")),
    ("undated_other", re.compile(r"^no date in the text")),
    ("own_clause", re.compile(r"^no date of its own")),
)

_MODAL = re.compile(r"\b(?:would|could|might|may|should|must|can|ought)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to|plans?\s+to|planned|expected\s+to|due\s+to\s+(?!the\b|a\b)|"
                     r"set\s+to|intends?\s+to|aims?\s+to|next)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|neither|nor|without)\b|n['’]t\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|provided)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|announced|reported|stated|added|"
                        r"claimed|argued|warned|insisted|noted|wrote)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|likely|possibly|perhaps|probably|apparently|rumou?red)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|since|long|just)\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:also|already|just|earlier|previously)\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+[a-z]+ing\b", re.IGNORECASE)
_QUOTES = re.compile("[\"“”]")
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent)|[£$€]\s*\d", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_LIST_LINE = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)]\s|\(?[a-z]\)\s)")
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|these|those)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DAY_VALUE = re.compile(r"^(?:BC)?\d{4}-\d{2}-\d{2}")
_MONTH_VALUE = re.compile(r"^(?:BC)?\d{4}-\d{2}$")
_YEAR_VALUE = re.compile(r"^(?:BC)?\d{4}$")
_PART_VALUE = re.compile(r"^(?:BC)?\d{4}-(?:SP|SU|FA|WI|Q\d|H\d|W\d+)")
_ERA_VALUE = re.compile(r"^(?:BC)?\d{1,3}$")

#: The word just before the date ("on Monday", "since 1978", "by 2030"): what the date does in its clause.
_PREPOSITIONS = ("on", "in", "at", "since", "until", "by", "from", "after", "before", "during", "for", "of")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_PLAN = re.compile(r"\b(?:plans?|planned|expects?|expected|intends?|hopes?|aims?|wants?|promises?|proposes?|"
                   r"is\s+to|are\s+to|due|scheduled|set)\b", re.IGNORECASE)

_DOC_SOURCES = ("given", "sidecar", "header", "dateline", "inferred", "unknown")


def _derivation_kind(derivation: str) -> str:
    first = re.split(r"[;(]", derivation, maxsplit=1)[0].strip()
    for kind, pattern in _DERIVATION_KINDS:
        if pattern.search(first):
            return kind
    return "other"


def _grain(event: Event) -> str:
    if event.begin is None:
        return "undated"
    value = event.value or ""
    for grain, pattern in (("day", _DAY_VALUE), ("month", _MONTH_VALUE), ("year", _YEAR_VALUE),
                           ("part", _PART_VALUE), ("era", _ERA_VALUE)):
        if pattern.match(value):
            return grain
    return "other"


def _span_days(event: Event) -> float:
    """Days from the first to the last day (a ``date`` difference is a timedelta, a ``Day``'s an int)."""
    if event.begin is None:
        return 0.0
    gap = (event.end if event.end is not None else event.begin) - event.begin
    return float(max(0, getattr(gap, "days", gap)))


def _line_of(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _in_parentheses(sentence: str, at: int) -> bool:
    before = sentence[:max(0, at)]
    return before.count("(") > before.count(")")


def features(event: Event, text: str, events: Sequence[Event], doc_date_source: str) -> dict[str, float]:
    """The candidate's features, by name (all numbers; booleans as 0/1). ``events`` are the other
    candidates of the same document, ``text`` its text."""
    f: dict[str, float] = {}
    sentence = event.sentence
    title = event.title
    at = event.timex_start - event.sentence_start if event.timex else -1
    # the date
    f["undated"] = float(event.begin is None)
    f["type_time"] = float(event.timex != "" and event.type == "TIME")
    f["type_duration"] = float(event.timex != "" and event.type == "DURATION")
    f["certainty_inferred"] = float(event.certainty == "inferred")
    grain = _grain(event)
    for name in ("day", "month", "year", "part", "era", "other"):
        f[f"grain_{name}"] = float(grain == name)
    f["log_span_days"] = math.log1p(_span_days(event))
    f["has_mod"] = float(bool(event.mod))
    f["has_anchor"] = float(bool(event.anchor))
    f["precision_score"] = precision_score(event)
    kind = _derivation_kind(event.derivation)
    for name, _ in _DERIVATION_KINDS:
        f[f"derived_{name}"] = float(kind == name)
    f["derivation_parts"] = float(min(4, event.derivation.count(";")))
    # where the date stands in its sentence
    length = max(1, len(sentence))
    f["date_position"] = at / length if at >= 0 else 0.0
    f["date_opens_sentence"] = float(0 <= at <= 3)
    f["date_in_parentheses"] = float(at >= 0 and _in_parentheses(sentence, at))
    before = _WORD_BEFORE.search(sentence[:at]) if at > 0 else None
    word_before = before.group(1).lower() if before else ""
    for preposition in _PREPOSITIONS:
        f[f"date_after_{preposition}"] = float(word_before == preposition)
    f["date_in_title"] = float(bool(event.timex) and event.timex in title)
    # where the sentence stands in the document
    f["doc_position"] = event.sentence_start / max(1, len(text))
    line_start, line_end = _line_of(text, event.sentence_start)
    line = text[line_start:line_end].strip()
    f["paragraph_opening"] = float(not text[line_start:event.sentence_start].strip())
    f["heading_line"] = float(len(line) < 90 and not line.rstrip("\"”’)").endswith((".", "!", "?", ":")))
    f["list_line"] = float(bool(_LIST_LINE.match(text[line_start:line_end])))
    f["in_first_lines"] = float(text.count("\n", 0, event.sentence_start) < 3)
    # the sentence's grammar
    words = _WORD.findall(sentence)
    f["log_sentence_words"] = math.log1p(len(words))
    f["question"] = float(sentence.rstrip().rstrip("\"”’)").endswith("?"))
    f["quotes"] = float(bool(_QUOTES.search(sentence)))
    for name, pattern in (("modal", _MODAL), ("future", _FUTURE), ("negation", _NEGATION), ("condition", _CONDITION),
                          ("reporting", _REPORTING), ("hedge", _HEDGE), ("perfect", _PERFECT),
                          ("pluperfect", _PLUPERFECT), ("progressive", _PROGRESSIVE)):
        f[f"sentence_{name}"] = float(bool(pattern.search(sentence)))
    for name, pattern in (("modal", _MODAL), ("future", _FUTURE), ("negation", _NEGATION),
                          ("condition", _CONDITION), ("reporting", _REPORTING)):
        f[f"title_{name}"] = float(bool(pattern.search(title)))
    f["figures"] = float(bool(_FIGURE.search(sentence)))
    f["log_numbers"] = math.log1p(len(_NUMBER.findall(sentence)))
    # the title's form
    title_words = _WORD.findall(title)
    f["log_title_words"] = math.log1p(len(title_words))
    f["title_share"] = min(1.0, len(title) / length)
    f["agency"] = agency_score(title)
    f["subject_found"] = float(title_subject(title, sentence) is not None)
    f["title_capital"] = float(bool(title[:1].isupper()))
    f["title_plan"] = float(bool(_PLAN.search(title)))
    f["title_pronoun"] = float(bool(_PRONOUN.match(title)))
    f["title_state"] = float(is_state(title))
    f["title_non_happening"] = float(is_non_happening(title))
    f["title_tally"] = float(is_count_tally(title) or is_running_tally(title))
    f["title_failure"] = float(is_failure_to_act(title))
    f["title_absence"] = float(is_absence(title))
    # the document and the event's neighbours
    same_sentence = sum(1 for e in events if e.sentence_start == event.sentence_start and e is not event)
    f["same_sentence_others"] = float(min(3, same_sentence))
    f["log_mentions"] = math.log1p(len(event.mentions))
    f["salience"] = event.salience
    f["doc_undated"] = float(doc_date_source == "unknown")
    for source in _DOC_SOURCES[:-1]:
        f[f"doc_source_{source}"] = float(doc_date_source == source)
    n_words = max(1, len(_WORD.findall(text)))
    f["log_doc_events"] = math.log1p(len(events))
    f["events_per_100_words"] = 100.0 * len(events) / n_words
    f["share_undated_in_doc"] = sum(e.begin is None for e in events) / max(1, len(events))
    return f


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names ``features`` returns, in its order (a weights file lists the same)."""
    dummy = Event(id="x", doc="x", title="A b", sentence="A b.", sentence_start=0, sentence_end=4, timex="",
                  timex_start=0, timex_end=0, value="", type="DATE", begin=None, end=None, certainty="undated")
    return tuple(features(dummy, "A b.", [dummy], "unknown"))


def probability(weights: Mapping[str, object], row: Mapping[str, float]) -> float:
    """The model's probability that a reader lists the event with features ``row``."""
    names = weights["features"]
    mean, scale, coef = weights["mean"], weights["scale"], weights["coef"]
    z = float(weights["intercept"])
    for i, name in enumerate(names):  # type: ignore[arg-type]
        z += coef[i] * (row[name] - mean[i]) / scale[i]  # type: ignore[index]
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def listing_probabilities(events: Sequence[Event], text: str, doc_date_source: str,
                          weights: Mapping[str, object]) -> list[float]:
    """Each candidate's probability of being listed, in order."""
    return [probability(weights, features(e, text, events, doc_date_source)) for e in events]


def drop_unlisted(events: Sequence[Event], text: str, doc_date_source: str,
                  weights: Mapping[str, object]) -> list[Event]:
    """The candidates whose probability reaches the weights' threshold. The records pass through
    unchanged: the filter only leaves some out."""
    threshold = float(weights["threshold"])  # type: ignore[arg-type]
    scores = listing_probabilities(events, text, doc_date_source, weights)
    return [e for e, p in zip(events, scores) if p >= threshold]
