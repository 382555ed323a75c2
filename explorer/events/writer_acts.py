"""The writer's own acts in a diary, a letter, a blog or a memoir, told with a verb the plain-past rule
leaves out: "I met your cousin at the station", "I lost the path near the salt marsh", "We took a tram
to the old town", "Jess and I walked up to the cathedral", "I ran to the cyclist".

Why a module of its own: :data:`explorer.events.plain_past._NOT_PLAIN_ACTS` leaves out "met", "lost",
"took", "reached", "ran", "went", "came", "found" and "stopped", since told of a third person they more
often tell a length, a result, a rank or a measure ("took six years", "lost 4 percent", "ran the shop",
"reached a record", "found it hard"). Told by the writer ("I", "we", "Jess and I") with the complement of
a move, a meeting or a loss, they are the steps a first-person narrative is made of, and readers list
them (readable gold: diaries, letters, trip reports and tour diaries by several writers). The plain-past
rule asks for this pattern only where it reads the writer (``writer=True``): told anywhere else, "we"
more often tells a routine or a policy. A habit ("every summer we went to the lake", "we often met"),
a negation and a plan have no such past form here, or are left by the habit words.
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import HABIT_WORDS, MOVE_COMPLEMENT, MOVE_VERB

#: The writer as a subject: "I", "We", or someone and the writer ("Jess and I", "My wife and I", "Tom
#: and we" is no English), perhaps before "then", "later" or "also".
_WRITER = (r"(?P<subject>(?-i:I|We)|(?:(?-i:[A-Z][\w’'-]+)|(?-i:My|Our)\s+(?-i:[a-z]{3,}))\s+and\s+(?-i:I))"
           r"\s+(?:then\s+|later\s+|also\s+|finally\s+|eventually\s+)?(?P<perfect>)")

#: What a thing met, taken, lost or found is told by: its determiner or a name.
_DETERMINER = r"(?:a|an|the|my|our|your|his|her|their|(?-i:[A-Z]))"

#: The verbs and the complement each needs to tell an act of the writer's.
_WRITER_VERBS = (
    r"(?:"
    # a meeting: "met your cousin", "met Sol at the station" (not "met the deadline", "met the cost")
    rf"met(?=\s+{_DETERMINER}\b)(?!\s+(?:the|a|our|my)\s+(?:deadline|cost|target|standard|criteria|requirements?)\b)|"
    # a loss of a thing or of the way: "lost my wallet", "lost the path" (not a measure, a quality or heart)
    rf"lost(?=\s+(?:the|my|our|a|an|his|her|their)\s+)(?!\s+\w+\s+(?:\w+\s+)?(?:percent|per\s+cent)\b)"
    r"(?!\s+(?:the|my|our|a|an|his|her|their)\s+(?:way|temper|patience|interest|nerve|heart|faith|hope|"
    r"touch|count|sight|appetite|voice|weight|job)\b)|"
    # a ride or a route taken: "took a tram", "took the early train", "took the coast path", "caught the ferry"
    r"(?:took|caught)(?=\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:train|bus|tram|taxi|cab|ferry|boat|plane|"
    r"flight|coach|lift|path|road|route|track|trail|turning|shortcut|bearing|night\s+bus)s?\b)|"
    # a place reached: "reached the hut", "reached Bergen" (not a decision, a point or a stage)
    r"reached(?=\s+(?:the|a|(?-i:[A-Z]))\b)(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:conclusion|decision|agreement|"
    r"point|stage|age|end|limit|target|total|figure|record|level|peak|final|semi-final|consensus|settlement)\b)|"
    # a move on foot or back: "ran to the cyclist", "went back to the hotel", "came home"
    r"ran(?=\s+(?:to|into|back|across|down|up|over|after)\s+(?:the|a|an|my|our|his|her|their|(?-i:[A-Z])|home\b))|"
    r"(?:went|came)(?=\s+(?:back|home|ashore|aboard|inside|outside|indoors|downstairs|upstairs)\b|"
    r"\s+(?:to|into|up|down|across|over)\s+(?:the|a|an|my|our|his|her|their|(?-i:[A-Z]))\b)|"
    # a stop on the way: "stopped at the lochan", "stopped at Ness Mill", "stopped for lunch"
    r"stopped(?=\s+(?:at|in|for)\s+(?:the|a|an|(?-i:[A-Z])|lunch\b|breakfast\b|dinner\b|tea\b|coffee\b|the\s+night\b))"
    r")\b"
)

WRITER_ACT = re.compile(_WRITER + rf"(?P<verb>{_WRITER_VERBS})")

#: The writer's act in a clause of its own after another act: ", and we took a tram to the old town",
#: ", and I stopped at Ness Mill", ", so we went back", "…, and we crossed to the island". The writer's
#: verbs above, or a move to a place (:data:`MOVE_VERB` with its :data:`MOVE_COMPLEMENT`); not any act on
#: an object, which told by "we" more often tells a routine or a policy ("…, and we replaced the boilers":
#: read so, it gained one event on the readable gold and added one false event on the holdout), nor a
#: state, a saying or a thought, nor "while we ate" (no joint read here).
WRITER_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|so)|;|(?<=[a-z])\s+and)\s+(?P<subject>(?-i:we|I))\s+(?:then\s+|later\s+|also\s+|finally\s+)?"
    rf"(?P<verb>{_WRITER_VERBS}|(?:{MOVE_VERB})\b{MOVE_COMPLEMENT})"
)


def writer_act(sentence: str, at: int) -> re.Match[str] | None:
    """The writer's act opening ``sentence`` at ``at`` (see the module's docstring), with the groups the
    plain-past rule reads (``subject``, ``perfect``, ``verb``), or None; none in a sentence that tells a
    habit ("Every summer we went to the lake")."""
    m = WRITER_ACT.match(sentence, at)
    if m is None or HABIT_WORDS.search(sentence):
        return None
    return m


def is_writer_subject(subject: str) -> bool:
    """Whether a plain act's subject is the writer, alone or with someone ("I", "We", "Jess and I")."""
    return re.fullmatch(r"(?-i:I|We)|(?:\S+|(?-i:My|Our)\s+\S+)\s+and\s+(?-i:I)", subject) is not None
