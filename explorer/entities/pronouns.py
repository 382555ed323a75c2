""""He said" after "Ali Shamkhani visited Kabul": a pronoun stands for the one person of the sentence
before (or the one before that), and only when that sentence names exactly one person and the
pronoun's own sentence names none before it. A sentence whose pronoun was resolved names that person
for the next: "Lind was born in 1890. She studied in Stockholm. She graduated in 1914." is Lind's
all along, as a biography tells it. So does a sentence whose resolved pronoun stands before a person it
names, for the next pronoun of the same form: in "She married the painter Tom Hale. She retired in
1991." the one who married is the one who retired (the painter is the object the subject acted on). A person the text gives the other sex
("Agnes Oldin founded the choir. He conducted it", ``events.gender``), or one an earlier pronoun of the other
sex stood for, is no one the pronoun stands for."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from explorer.events.gender import agrees

_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
LOOKBACK = 2
_FEMININE = frozenset(("she", "her"))


def resolve_pronouns(
    text: str, sentences: Sequence[tuple[int, int]], people: Sequence[tuple[int, int, str]],
    sex_of: Callable[[str], str | None] = lambda entity_id: None,
) -> list[tuple[int, int, str]]:
    """``people``: (sentence index, start offset, entity id) of person mentions, sorted by offset;
    ``sex_of(entity id)``: the sex the text gives that person, None when it does not say. Returns (start, end, entity id) for each resolved pronoun, at most one per sentence."""
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for s_index, start, entity_id in people:
        by_sentence.setdefault(s_index, []).append((start, entity_id))
    out: list[tuple[int, int, str]] = []
    resolved: dict[int, str] = {}  # sentence index -> whom its pronoun stood for
    forms: dict[int, bool] = {}  # sentence index -> whether its resolved pronoun was feminine
    told: dict[str, str] = {}  # entity id -> the sex a pronoun resolved to it gave it

    def sex(entity_id: str) -> str | None:
        return sex_of(entity_id) or told.get(entity_id)

    for s_index, (s_start, s_end) in enumerate(sentences):
        match = _PRONOUN.search(text, s_start, s_end)
        if match is None:
            continue
        if any(start < match.start() for start, _ in by_sentence.get(s_index, ())):
            continue
        feminine = match.group().lower() in _FEMININE
        back = s_index - 1
        if back in resolved and forms[back] == feminine and by_sentence.get(back):
            # "She married the painter Tom Hale. She retired …": the same pronoun goes on with its subject
            resolved[s_index], forms[s_index] = resolved[back], feminine
            out.append((match.start(), match.end(), resolved[s_index]))
            continue
        for back in range(s_index - 1, max(-1, s_index - 1 - LOOKBACK), -1):
            if back in resolved and forms[back] == feminine and agrees(sex(resolved[back]), match.group()):
                # "In 1961 she married James Ellis. The couple moved. … she had changed …": the same pronoun
                # a sentence back still stands for its subject, not for the person it acted on
                resolved[s_index], forms[s_index] = resolved[back], feminine
                out.append((match.start(), match.end(), resolved[s_index]))
                break
            named = {entity_id for _, entity_id in by_sentence.get(back, ())} or (
                {resolved[back]} if back in resolved else set())
            if named:
                if len(named) == 1 and agrees(sex(next(iter(named))), match.group()):
                    resolved[s_index], forms[s_index] = next(iter(named)), feminine
                    out.append((match.start(), match.end(), resolved[s_index]))
                break
        if s_index in resolved:
            # "Granny Pat turned 90. She insisted on paddling …": whom "she" stood for is a woman for
            # the pronouns after, so a later "he" does not reach back to her
            told.setdefault(resolved[s_index], "she" if feminine else "he")
    return out
