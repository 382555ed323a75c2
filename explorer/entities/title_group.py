"""A title opening with "They" names the group the pronoun stands for, when the text makes it certain,
where a document's events are made (beside :mod:`explorer.entities.title_person` for "He"/"She").

"They attack the garrison" names no one on a timeline read away from its paragraph. A reader takes
"they" for the plural group that is the subject just before it: of the sentence before ("The rebels
regrouped …. In March they attacked"), or of a clause leading its own sentence ("While the
Carthaginians won at sea, they were defeated"). Precision first, as for "He"/"She": the group is named
only when it is the one group named over that stretch and stands as a subject there; two groups ("the
Venetians …, and the Ottomans …. they stormed"), a group only as an object ("met the union leaders …
they signed": the mayor too) or a possessive ("The Vikings' raids") leave "They", since a wrong name
is worse than the pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.entities.document_entities import DocumentEntities
from explorer.entities.sentences_back import SENTENCE_END, sentence_starts_back
from explorer.events.names import possessive
from explorer.events.record import Event
from explorer.temporal.lexicon import FULL_MONTHS, alternatives

#: "They" opening a title, before a lower-case verb.
TITLE_THEY = re.compile(r"^They\s+(?=[a-z])")
#: "Their" opening a title, before the noun it owns ("Their fleet sails"): owned by the group a "They"
#: there would stand for.
TITLE_THEIR = re.compile(r"^Their\s+(?=[a-z])")
_CAP = r"[A-Z][\w'’-]*"
#: Head nouns of groups that act: "Dutch troops", "the Confederate forces", "the union leaders".
_GROUP_HEAD = (r"forces|troops|soldiers|rebels|armies|fleets|insurgents|guerrillas|militants|militias|"
               r"workers|strikers|protesters|demonstrators|police|officials|leaders|delegates|envoys|"
               r"allies|settlers|colonists|crusaders|raiders|invaders|defenders|partisans|fighters")
#: A group: a plural name after "the" ("the Allies", "the Central Powers", "the Japanese"), or a group
#: noun with capitalised or one lower-case modifier ("American forces", "the union leaders"); never a
#: possessive.
_GROUP = re.compile(
    rf"\b(?:(?:[Tt]he\s+)(?:{_CAP}\s+)*[A-Z][a-z]+(?:s|ese)"
    rf"|(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?:(?:{_CAP}|\([A-Z]+\))\s+)*(?:{_GROUP_HEAD}))\b(?!['’])"
)
#: Plural-looking names that are one thing: "the United States" is "it".
_ONE_THING = re.compile(r"\b(?:States|Nations|Netherlands|Philippines|Bahamas|Times|News|Games|Olympics|"
                        r"Emirates|Islands|Mountains|Alps|Andes|Rockies|Balkans|Highlands)$")
#: A lower-case word after "the Japanese" that is no verb nor adverb: "the Japanese perimeter" names a
#: perimeter (a people's name in -s, "the Germans", is always the people).
_ADJECTIVE_USE = re.compile(r"\s+(?!(?:were|was|had|have|are|is|also|then|soon|now|still|again|never|did|could|"
                            r"would|began|took|made|sent|fought|won|lost|held|led|ran|fled)\b)"
                            r"(?![a-z]+(?:ed|ly)\b)[a-z]+\b")
#: Two names joined, as a subject ("Britain and France declared …", "the NVA and NLF broke …").
_PAIR = re.compile(rf"\b(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP})*\s+and\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*\b(?!['’])")
#: Words that open a leading clause or phrase, so what follows may be its subject.
_LEADS = ("while", "although", "though", "when", "as", "after", "because", "since", "once", "and", "but")
#: Words that no subject opens with: a pair "In May and June" is a phrase, not who acted.
_NOT_SUBJECT = re.compile(r"^(?:In|On|At|By|For|From|To|With|After|Before|During|Since|Until|Of|"
                          + alternatives(FULL_MONTHS) + r")\b")
#: Words after a group that show it is no subject of a verb.
_NOT_VERB = {"of", "in", "on", "at", "from", "to", "with", "under", "near", "who", "which", "that", "and",
             "or", "for", "by", "into"}


def _is_subject(text: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the phrase at ``start:end`` stands as a subject: at a clause's opening (the sentence's,
    after a comma, colon or semicolon, or after a word opening a clause), before a lower-case word that
    may be its verb."""
    before = text[clause_start:start].rstrip()
    opens = (not before or before[-1] in ",;:" or before.split()[-1].lower() in _LEADS)
    after = re.match(r"\s*,?\s*([a-z]+)\b", text[end:])
    if re.match(r"\s+(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b", text[end:]):
        return False  # "the Portuguese were driven from the fort": one acted on; who acted may be another
    return opens and after is not None and after.group(1) not in _NOT_VERB


def _group_for(text: str, event: Event, pronoun: str = "they") -> str | None:
    """The one group "they" (or ``pronoun``, "their") in ``event``'s sentence stands for, or ``None``
    when the text does not make it certain."""
    sentence = text[event.sentence_start:event.sentence_end]
    theys = [m.start() for m in re.finditer(rf"\b(?i:{pronoun})\b", sentence)]
    if not theys:
        return None
    they = event.sentence_start + theys[-1]
    # (the one sentence before, a stop closing it)
    start = (sentence_starts_back(text, event.sentence_start, 0, 600, SENTENCE_END) or [max(0, event.sentence_start - 600)])[0]
    if pronoun != "they":
        # "their" owns what a plural of its own sentence may own ("Events … proved decisive, although
        # their effects …"): only a group named before it in that sentence is certain
        start = event.sentence_start
    found: dict[str, bool] = {}
    sentence_starts = [start, event.sentence_start]
    for pattern in (_GROUP, _PAIR):
        for m in pattern.finditer(text, start, they):
            phrase = re.sub(r"\s+", " ", m.group(0))
            if pattern is _GROUP and _ONE_THING.search(phrase):
                continue
            if pattern is _GROUP and phrase.endswith("ese") and _ADJECTIVE_USE.match(text, m.end()):
                continue  # "the Japanese perimeter": a people's name before a noun is no group
            if pattern is _PAIR and _NOT_SUBJECT.match(phrase):
                continue
            key = re.sub(r"^the ", "", phrase.lower())
            if any(key != k and (key in k or k in key) for k in found):
                key = next(k for k in found if key in k or k in key)  # "Britain and France" holds "France"
            clause_start = max(s for s in sentence_starts if s <= m.start())
            subject = _is_subject(text, m.start(), m.end(), clause_start)
            if pattern is _PAIR and not subject:
                continue  # joined names as objects are no group a reader would take
            best = found.get(key)
            found[key] = phrase if best is None or len(phrase) > len(best) else best  # type: ignore[assignment]
            if subject:
                found[key + "\0subject"] = phrase  # type: ignore[assignment]
    groups = [k for k in found if not k.endswith("\0subject")]
    if len(groups) != 1 or groups[0] + "\0subject" not in found:
        return None
    phrase = str(found[groups[0] + "\0subject"])
    return phrase[0].upper() + phrase[1:]


def name_group_titles(entities: DocumentEntities, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each "They" title naming its group when certain (``entities``:
    the document's text and entities, shared with the "He"/"She" rule)."""
    text = entities.text
    out: list[Event] = []
    for event in events:
        m = TITLE_THEY.match(event.title)
        owner = TITLE_THEIR.match(event.title) if m is None else None
        group = _group_for(text, event) if m else _group_for(text, event, "their") if owner else None
        if group:
            said = possessive(group) if owner else group
            event = replace(event, title=f"{said} {event.title[(m or owner).end():]}")
        out.append(event)
    return out
