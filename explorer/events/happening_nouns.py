"""Nouns that name a happening ("his arrest", "the visit of the king", "after a five-week strike"), and
the verb a headline tells each one with.

Why one module: three rules read such nouns, the titles of a nominal event
(:mod:`explorer.events.titles.subjects`), the titles of a noun after "after"/"before"
(:mod:`explorer.events.after_noun_titles`) and the patterns that find that noun inside a dated
sentence (:mod:`explorer.events.after_clauses`, :mod:`explorer.events.dated_nominals`). Each kept its
own list, which drift apart as rules are added. The nouns and their verbs live here once; what a rule
reads differently is said beside its table.
General English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

#: The noun's verb in the headline's present, for one doer (a plural doer takes ``plural_present``
#: of its first word): an act done by the one the noun belongs to.
ACTIVE = {
    "death": "dies", "resignation": "resigns", "strike": "strikes", "fall": "falls", "retirement": "retires",
    "departure": "leaves", "arrival": "arrives", "escape": "escapes", "protest": "protests", "brawl": "brawls",
    "wedding": "marries", "collapse": "collapses", "bankruptcy": "goes bankrupt", "defeat": "loses",
    "invasion": "invades", "merger": "merges", "sinking": "sinks", "closure": "closes",
}
#: The noun's verb as a passive: what is done to the one the noun belongs to ("his arrest": he is arrested).
PASSIVE = {
    "arrest": "arrested", "release": "released", "removal": "removed", "dismissal": "dismissed",
    "sacking": "sacked", "relegation": "relegated", "promotion": "promoted", "injury": "injured",
    "murder": "murdered", "killing": "killed", "capture": "captured", "execution": "executed",
}
#: Nouns whose happening a headline tells in words of its own around the possessor: "his funeral" ->
#: "X's funeral is held", "its grounding" -> "X runs aground", "her trial" -> "X goes on trial" (the
#: verb in braces agrees with the doer).
PHRASED = {"funeral": "{who}’s funeral is held", "grounding": "{who} {runs} aground", "trial": "{who} {goes} on trial"}
#: Which nouns with "a"/"an" are the main clause's subject's own act ("after a five-week strike"); the
#: others with "a" name what befell it ("after a fire") or someone else's act ("after an arrest").
OWN_ACT = frozenset("strike fall protest brawl defeat resignation retirement departure arrival escape injury".split())
#: Nouns of a happening a headline keeps as its noun phrase, having no verb for it: what befalls no
#: doer ("a fire", "a flood", "a storm", "a derailment") or an act whose doer the phrase does not name
#: ("an attack", "a raid", "the signing").
KEPT_AS_PHRASE = frozenset(
    "fire flood crash storm attack raid coup takeover explosion accident riot verdict signing ceasefire outbreak "
    "eruption earthquake landslide break-in robbery shooting derailment collision leak spill blaze".split())
#: Every noun a happening told as news of its own after "after"/"before" may be named by: the ones
#: with a verb and the ones kept as a phrase.
NEWS_NOUNS = frozenset({*ACTIVE, *PASSIVE, *PHRASED, *KEPT_AS_PHRASE})

#: Nouns of a happening that takes place on a day of its own, held, scheduled or befalling: a vote, a
#: gathering, a contest, a disaster ("the election on 7 May", "a fire on 14 July"). Read by the dated
#: nominal rule (:mod:`explorer.events.dated_nominals`), which takes the noun's own date for its
#: happening; a noun a headline has a verb for is here too when its happening keeps a day of its own.
HELD_OR_BEFALLING = frozenset(
    "election referendum ballot vote poll conference summit congress convention meeting hearing trial inquest "
    "auction ceremony premiere launch festival concert match final race fire blaze flood storm earthquake "
    "eruption explosion crash collision derailment attack raid outage collapse landslide strike walkout protest "
    "march parade procession carnival regatta".split())
#: Nouns of an episode a story moves on from, which an opening "After" phrase names besides the news nouns
#: (:data:`NEWS_NOUNS`): a gathering, a conflict's turn, an affair ("After the siege of the port, …",
#: "After a farewell dinner at the society, they sailed …", "After the scandal, the minister …"). Read
#: only there: "after the meeting" inside a sentence more often points back at one told already.
EPISODE_NOUNS = frozenset(
    "blockade crisis dinner dispute kidnapping mutiny rebellion scandal siege split truce uprising victory visit "
    "meeting referendum summit".split())

#: A nominal event's verb phrase ("X's visit to Y" -> "X visits Y"). Differs from :data:`ACTIVE` and
#: :data:`PASSIVE` in two real ways: the phrase keeps the preposition of the place or party the
#: nominal pattern reads after the noun ("arrival in Y" -> "arrives in Y", "return to Y" -> "returns
#: to Y"), where an after-noun title appends the noun's own words; and a passive carries its "is",
#: since its subject is always one doer. Nouns of meetings, journeys and offices ("talks",
#: "trip", "election", "appointment") are read only here: the after-noun rules were never given them.
NOMINAL_VERBS = {
    **{noun: ACTIVE[noun] for noun in ("death", "resignation", "departure")},
    **{noun: f"is {PASSIVE[noun]}" for noun in ("killing", "arrest")},
    "arrival": f"{ACTIVE['arrival']} in",
    "visit": "visits", "visits": "visits", "trip": "travels to", "trips": "travels to", "journey": "travels to",
    "meeting": "meets", "meetings": "meets", "talks": "holds talks with", "demise": "dies",
    "assassination": "is assassinated", "return": "returns to", "election": "is elected",
    "appointment": "is appointed", "inauguration": "is inaugurated", "speech": "speaks", "interview": "gives interview",
    "ban": "bans", "veto": "vetoes",
}

#: Nouns a possessor or "the … of" a name makes a happening of its own, for the occurrence trigger
#: (:data:`explorer.events.occurrences.TRIGGER`): "the minister's resignation", "the election of
#: Ana Ruiz". A list of its own: such a noun needs no headline verb, only to name a happening a date
#: is for ("execution", "ouster", "founding").
OCCURRENCE_NOUNS = frozenset(
    "resignation death demise killing assassination execution appointment inauguration election arrest "
    "release dismissal ouster overthrow invasion capture withdrawal founding signing ban veto".split())

#: Nouns a log, a register or a docket names its entries' acts by, with no verb and no doer before them
#: ("Evacuation of the upper camp.", "Inspection by the inspector.", "Transfer of the bell from the
#: council."): read only with the "of" or "by" that follows (:mod:`explorer.events.subjectless_entries`)
#: and as a note's happening (:mod:`explorer.events.entry_notes`). Acts and befallings of any trade
#: ("inspection", "wreck", "deployment", "purchase"), not the states or places the same suffixes name
#: ("condition", "position", "station").
ENTRY_ACT_NOUNS = frozenset(
    "evacuation inspection wreck deployment installation repair rescue search survey landing departure "
    "arrival return visit transfer sale purchase acquisition donation gift bequest opening reopening closure "
    "collapse failure rollback migration restoration rebuilding demolition requisition appointment hearing vote "
    "talks meeting signing filing withdrawal recovery discovery delivery launch release removal replacement "
    "dismissal resignation suspension cancellation postponement adjournment approval rejection".split())

#: Nouns of a happening that is planned or scheduled at a date ("Completion is expected in 2027", "A
#: decision is expected in October"): read by :mod:`explorer.events.nominal_plans`, with "re-" before
#: the ones that take it. Acts and gatherings a date is set for, not figures ("results", "growth").
PLANNED_NOUNS = frozenset(
    "completion opening decision verdict ruling vote launch release delivery handover election hearing trial "
    "sentencing inquest sale merger closure demolition construction inauguration signing announcement approval "
    "appointment wedding ceremony unveiling start kick-off publication premiere debut launching departure "
    "arrival takeover acquisition withdrawal evacuation ballot referendum debate meeting visit".split()
) | {"handing over"}


def alternation(nouns) -> str:
    """``nouns`` as a regular expression's alternation, longest first (so no noun stops at a shorter
    one it starts with) and in a fixed order."""
    return "|".join(sorted(nouns, key=lambda noun: (-len(noun), noun)))
