"""An aside opening with a past participle between a subject and its verb: "The chimney, restored last
summer, will be lit on 16 May", "The project, named Deep Archive, was approved in March", "Haldor,
ranked 71st, needed three qualifying matches". The participle describes the subject; the happening
of the clause's date is told by the verb after the aside ("The chimney will be lit", "Haldor needs
three qualifying matches"), and a title that kept the aside took the participle for the verb ("The
chimney restores", "The project names Deep Archive").

Only when the subject before the aside has no verb, a verb follows the aside's closing comma, and the
event's date is not inside the aside (then the participle is the happening: "The chimney, restored
last summer, …" for "last summer" is the restoring). Only general English.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PARTICIPLES
from explorer.events.titles.finish import is_verb, verb_at
from explorer.events.titles.words import FINITE

#: Past participles not in "-ed" that open such an aside ("born" has no present a title could take,
#: so :data:`IRREGULAR_PARTICIPLES` leaves it out).
_IRREGULAR = "|".join(sorted(IRREGULAR_PARTICIPLES | {"born"}, key=len, reverse=True))
_ASIDE = re.compile(
    # (a subject after "and" opens with its determiner: "…, and a deep low, named Storm Petra by the service, crossed …")
    r"^(?P<subject>(?:[A-Z]|(?:a|an|the|its|their|his|her|our|this|that)\s)[^,;:()]{1,80}?),\s+(?P<aside>(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR + r")\b[^,;:()]{0,80}),\s+"
    r"(?P<rest>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b.*)$",
    re.DOTALL,
)


def without_past_participle_aside(clause: str, sentence: str, timex_start: int) -> str:
    """``clause`` without the aside (see the module's docstring), or unchanged. ``sentence`` and
    ``timex_start`` say where the event's date stands, which must lie outside the aside."""
    m = _ASIDE.match(clause)
    if m is None or verb_at(m.group("subject").split()) is not None:
        return clause
    verb = m.group("verb")
    if not (verb in FINITE or verb in ("will", "would", "can", "could", "may", "might", "must") or is_verb(verb)):
        return clause
    at = sentence.find(", " + m.group("aside") + ",")
    if at < 0 or at <= timex_start <= at + len(m.group("aside")) + 2:
        return clause  # the date is the participle's own ("restored last summer"), or the aside was cut
    return f"{m.group('subject')} {m.group('rest')}"
