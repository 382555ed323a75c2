"""Common past verbs told in their concrete sense: a place reached, a thing carried or lost, a fall into
something, work begun, a talk given, a concert played (issue 12: recall of acts with no date of their own).

The plain-past rule (:mod:`explorer.events.plain_past`) leaves out "reached", "carried", "went", "fell",
"began", "gave", "lost" and "took" with any object, because alone they more often tell a measure, a
length, a state or a result ("Sales reached a record", "The repairs took the whole summer", "The abbey
fell into disrepair", "Profits began to fall"). Told with a complement that shows the other sense, the
same verbs tell one act of the story, which a reader of a trip report, a log, a diary, a history or a
police report lists: "The relief party reached the hut", "Porters carried the loads up the valley",
"Twenty-three people fell into the canal", "Rescuers began pumping water out of the sump", "Dr Vallet
gave a talk to the crew", "The party lost one of its two cameras", "Thieves took two laptops".

Each verb carries its own look-ahead (the complement that shows the sense); the module names no
corpus's people, places or dates. The plain-past rule compiles :data:`CONCRETE_SENSE` after its own
subject pattern, so the subject, quotation, measure and tally checks are the same as for any plain act.
"""

from __future__ import annotations

from explorer.number_words import spelled

#: An object's opening: a determiner, a possessive, a count or a name ("the hut", "our loads", "eleven
#: residents", "Karsk").
_DETERMINER = (r"(?:a|an|the|his|her|its|their|our|my|your|both|all|one|" + spelled(2, 12) + r"|\d[\d,]*)")
_OBJECT_OPENING = rf"(?:{_DETERMINER}\s|(?-i:[A-Z]))"

#: What a measure, an age or a stage reached names ("reached a record high", "reached the age of
#: ninety", "reached its peak", "reached the point where"): a figure's or a life's course, no place.
_NOT_A_PLACE = (r"(?:record|peak|high|highs|low|lows|level|levels|total|figure|sum|age|stage|point|limit|height|"
                r"heights|maximum|minimum|milestone|number|mark|capacity|threshold|conclusion|consensus|"
                r"majority|target|ceiling|plateau|lowest|highest|top|bottom|end|depths?|climax|zenith|nadir|"
                r"audience|readers|viewers|extent|size|strength|speed|length|weight|value|final\s+stages?)")

#: The words of a length of time, told as what something took ("took the whole summer", "took the
#: rest of the day"): a length, not a thing taken.
_TIME_WORDS = (r"(?:time|while|day|days|night|nights|week|weeks|month|months|year|years|summer|winter|spring|"
               r"autumn|season|morning|afternoon|evening|decade|decades|century|hour|hours|minute|minutes|rest|"
               r"better|best|bulk|view|position|line|stance|decision|step|steps|chance|opportunity|trouble|risk|"
               r"blame|credit|point|hint|lead|toll|turn|form|shape|place|part|note|notice|care|heart|pride|"
               r"advantage|look|stock|issue|exception|offence|offense|comfort|interest|responsibility|break|rest|"
               r"breath|lives|life|chances?|liberties|pains)")

#: Where a thing or someone was carried, taken or driven: a direction or a place after the object.
_DIRECTION = (r"(?:(?:up|down|to|into|onto|from|across|over|through|along|out\s+of|off|round|around)\s+"
              r"(?!(?:account|consideration|court)\b)(?:(?:the|a|an|his|her|its|their|our|my|your)\s|(?-i:[A-Z])|"
              r"hospital\b|safety\b|shore\b|land\b|camp\b)|(?:back|aboard|ashore|home|inland|upstream|downstream|below)\b)")

#: What a fall into something tells when it is no place: a state the subject came to ("fell into
#: disrepair", "fell into line", "fell into debt", "fell into the hands of").
_NOT_A_FALL = (r"(?:disrepair|disuse|decline|debt|arrears|line|step|silence|place|despair|poverty|ruin|neglect|"
               r"recession|a\s+(?:coma|decline|slump|trance|depression|routine|pattern|habit)|the\s+hands\b|"
               r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+)?(?:category|trap|habit|hands|pattern|routine|"
               r"temptation|mould|mold|group|bracket|class))")

#: What a begun act must not be: a state, a feeling, a trend or a measure's move ("began to feel unwell",
#: "began to fall", "began losing money", "began to understand").
_NOT_BEGUN = (r"(?:feel|feeling|think|thinking|believe|believing|wonder|wondering|understand|understanding|"
              r"realise|realize|realising|realizing|see|seeing|look|looking|seem|seeming|appear|appearing|"
              r"lose|losing|gain|gaining|fall|falling|rise|rising|grow|growing|decline|declining|recover|"
              r"recovering|improve|improving|fade|fading|wane|waning|suffer|suffering|struggle|struggling|"
              r"change|changing|shift|shifting|attract|attracting|take|taking|make|making|show|showing|get|getting|"
              r"become|becoming|worry|worrying|doubt|doubting|enjoy|enjoying|want|wanting|need|needing|"
              r"spend|spending|miss|missing|drink|drinking|smoke|smoking|pay|paying|earn|earning|play|playing|"
              r"work|working|live|living|run|running|lead|leading|hold|holding|keep|keeping)")

#: A talk or a show given, one act of the day's: "gave a talk to the crew", "gave a recital in the
#: chapel", "gave an interview to the local paper" (not a statement: what was said is the reports' rule).
_GIVEN_ACT = (r"(?:talk|lecture|speech|concert|recital|reading|performance|interview|presentation|"
              r"demonstration|sermon|address|briefing|tour|party|dinner|reception|masterclass|workshop|seminar|"
              r"display|exhibition|show|blood|evidence)s?")

#: A performance played, one act of a band's, a player's or an orchestra's day: "played their first gig",
#: "played the remaining concerts of the tour", "played a fugue of her own in the church" (not a part, a
#: role or a game's share: "played a key role", "played its part", "played football").
_PLAYED_ACT = (r"(?:gig|concert|show|set|recital|encore|matinee|benefit|fugue|sonata|concerto|symphony|"
               r"prelude|solo|voluntary|requiem|oratorio)s?")

#: A thing taken, lost or carried off that is a length, a measure or a quality, after a count: "took two
#: weeks", "lost 4 percent" (:data:`~explorer.events.happening_verbs.OBJECT_AFTER` leaves those out too).
_NOT_A_THING = (r"(?:[\w’'-]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|points?|percent|per\s+cent|"
                r"wickets?|games?|matches?|sets?|votes?|goals?|shots?|tries|runs?|places?|lengths?|steps?)\b")

#: What follows "dropped" when it tells a measure's fall or a withdrawal, not a thing let fall: a manner, a
#: degree, a preposition ("dropped sharply", "dropped further", "dropped after the results", "dropped below").
_NOT_DROPPED = (r"(?:[a-z]+ly|further|again|back|away|out|below|under|after|before|during|since|amid|following|despite|"
                r"about|around|more|less|to|by|from|over|into|onto|down|off|through|behind)")

#: The verbs and their complements (see the module's docstring), one alternation with a ``verb`` group.
CONCRETE_SENSE = (
    r"(?P<verb>"
    # a place reached: "The relief party reached the hut", "The column reached Karsk", "reached the
    # summit"; an agreement reached is one act too ("The two sides reached a deal")
    rf"reached(?=\s+(?:(?:a|an|the|its|their|his|her|our|my)\s+(?!(?:[\w’'-]+\s+){{0,3}}?{_NOT_A_PLACE}\b)"
    # (a pronoun object is no possessive: "reached her within an hour" tells a rescue reaching someone)
    r"(?!(?:within|in|at|on|by|after|before|and|but|when|as|from|with|again|first|soon|quickly|shortly|later|"
    r"there|safely|just|only|about|around)\b)"
    r"[a-z][\w’'-]+\b|(?-i:[A-Z])[\w’'-]+(?!\s+(?:per\s+cent|percent)\b)))|"
    # someone or something carried, taken or driven somewhere: "Porters carried the loads up the valley",
    # "A jeep carried me back to the dressing station", "The launch took a pilot aboard", "drove me to the ford"
    rf"(?:carried|took|drove|ferried|hauled|dragged)(?=\s+(?:me|{_OBJECT_OPENING}(?!{_NOT_A_THING})"
    rf"(?!(?:[\w’'-]+\s+){{0,2}}?{_TIME_WORDS}\b)"
    rf"(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)(?<!\bout)(?<!\bon)\s+(?:back\s+)?{_DIRECTION}(?!\s+(?:the\s+)?(?:end|rest|time|bottom|top)\b))|"
    # a thing taken or lost by count, in a theft or a mishap: "Thieves took two laptops and a safe",
    # "The party lost one of its two cameras", "lost most of its flour", "We lost our rifles"
    rf"(?:took|stole|lost)(?=\s+(?:(?:one|" + spelled(2, 12) + r"|several|most|all|some|half|much|part|"
    r"about\s+a\s+(?:third|quarter|half)|a\s+(?:third|quarter|half))\s+of\s+(?:the|its|their|his|her|our|my)\s+"
    rf"(?!(?:[\w’'-]+\s+){{0,2}}?{_NOT_A_THING})|"
    rf"(?:one|" + spelled(2, 12) + rf"|\d[\d,]*)\s+(?!of\b)(?!{_NOT_A_THING})(?:[\w’'-]+\s+)?[a-z]{{3,}}s?\b(?!\s+(?:of|percent)\b)))|"
    # a fall from, into or off something: "Twenty-three people fell into the canal", "A climber fell
    # from the ridge", "Two crates fell overboard" (not a fall into a state, "fell into disrepair")
    rf"fell(?=\s+(?:overboard\b|(?:into|from|off|through|down|onto)\s+(?!{_NOT_A_FALL})(?:the|a|an|his|her|its|their|our|my)\s))|"
    # work begun: "Rescuers began pumping water out of the sump", "The board began to limewash the courts"
    # (not a state or a trend begun: "began to feel unwell", "began losing money")
    rf"(?:began|started)(?=\s+(?:to\s+(?!{_NOT_BEGUN}\b)[a-z]{{3,}}|(?!{_NOT_BEGUN}\b)[a-z]{{2,}}ing)"
    r"\s+(?:" + _DETERMINER + r"|water|work|repairs)\b)|"
    # a thing dropped somewhere, let fall or let go: "Bram dropped a glove over the edge", "Two helicopters
    # dropped water on the ridge", "The trawler dropped anchor off the point" (not a measure's
    # fall, "Shares dropped sharply on the news", "Sales dropped 4 percent in the quarter")
    rf"dropped(?=\s+(?:{_OBJECT_OPENING}(?!{_NOT_A_THING})|(?!{_NOT_DROPPED}\b)[a-z]{{3,}}\s)"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:over|into|onto|on|from|off|down|through|in|at|behind|beside)\s+"
    r"(?:the|a|an|his|her|its|their|our|my|(?-i:[A-Z]))\w*\s*)|"
    # a performance played: "The band played their first gig at a pub", "She played the remaining concerts
    # of the tour on a borrowed violin" (see _PLAYED_ACT)
    rf"played(?=\s+(?:a|an|the|their|his|her|its|our|my|two|three|four|five|six)\s+(?:[\w’'-]+\s+){{0,3}}?{_PLAYED_ACT}\b)|"
    # a talk or a show given: "Dr Vallet gave a talk on ocean acidification", "The choir gave a concert"
    rf"gave(?=\s+(?:(?:a|an|the|his|her|their|its|two|three|several)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_GIVEN_ACT}\b"
    r"(?!\s+(?:a|an|the|his|her|its|their)\s))"
    r")\b"
)
