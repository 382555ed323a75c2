"""Happenings told in a clause of their own inside a dated sentence: an "after" or "before" clause,
a counted subject, a named subject or a pronoun's passive ("after three trial patients developed
jaundice", "…, and about 12,000 homes lost power", "…, but she was readmitted within a month").

The sentence's date is the main clause's; a reader lists the clause's happening too, and these
patterns find it with its subject and its title.
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.happening_nouns import EPISODE_NOUNS, NEWS_NOUNS, alternation
from explorer.events.happening_verbs import (HAPPENING_AFTER, MEASURE_VERBS, NOT_HAPPENING_VERBS, OBJECT_AFTER, PASSIVES,
                                             LIFE_STATE_VERBS, PAST_FORMS)
from explorer.events.market_moves import iter_market_clauses
from explorer.events.occurrences import Occurrence, continuation, inside_quotation
from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLE_FORMS, PARTICIPLES
from explorer.number_words import spelled

#: "shortly after", "soon after": an adverb of time, whose verb is the main clause's own ("… formed an
#: alliance and shortly after jointly invaded the duchy"), not a clause of its own.
_NOT_ADVERB_AFTER = r"(?<!shortly\s)(?<!Shortly\s)(?<!soon\s)(?<!Soon\s)(?<!long\s)(?<!straight\s)"


#: The pasts of a decision, a refusal or an attempt, which an "after" clause tells with "to" and the act
#: decided, refused or tried (see :data:`_AFTER_CLAUSE`).
_DECIDED_TO = ("voted", "agreed", "refused", "decided", "declined", "tried", "threatened", "offered")


#: A happening told in an "after" clause of a dated sentence, with a subject and a past verb of its own:
#: "after three trial patients developed jaundice", "after a public appeal raised £52,000", "five months
#: after an eruption that closed the airport" is left out (a noun, no clause). It took place before the
#: sentence's date, which is the main clause's; a reader lists it too. A "before" clause tells one too
#: ("… and spent eight months in detention before a judge released him"), and so does a pronoun subject.
_AFTER_CLAUSE = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore)\s+(?P<subject>(?:(?:a|an|the|his|her|its|their|\d[\d,]*|" + spelled(2, 6) + r"|several|some)\s+"
    r"(?:[\w’'-]+\s+){0,3}?|(?:he|she|they)\s+"
    # (or a bare plural of people or a body's members, "after hospital pharmacists complained", "after
    # residents objected"; not a stretch, "after months passed")
    r"|(?:(?-i:[a-z]+)\s+)?(?!(?:months|years|weeks|days|hours|minutes|decades|centuries|times|ages|others|things|"
    r"talks|prices|sales|costs|rates|levels|numbers|figures)\b)(?-i:[a-z]{3,}(?:ers|ists|ents|ors|ans|ives|ees|ians|men|ople))\s+)"
    r")(?P<verb>(?!(?:was|were|had|has|did|needed|used|seemed|appeared)\b)[a-z]{3,}ed)\b"
    # (an irregular past, "a month after the owners sold the building", was tried in session twelve: on
    # the readable gold it added only causes its annotators leave out, "after a bus broke down")
    r"(?=\s+(?:a|an|the|his|her|its|their|\d|£|\$|€|[a-z]{3,})"
    # (or a decision, a refusal or an attempt told with what it was to do: "after the council voted to
    # create a mayor", "after the union refused to handle the cargo", "after he tried to take the ballot
    # papers"; on the readable and opened gold 11 of 13 such time clauses hold an event)
    r"|(?:" + "|".join(f"(?<={verb})" for verb in _DECIDED_TO) + r")\s+to\s+(?!be\b)[a-z]{2,})")


#: A happening named by a noun phrase in an opening "After" phrase before its main clause: "After the
#: collapse of the bank, the government nationalised …", "After a farewell dinner at the society, they
#: sailed …". The head is a noun that names an act or an occurrence (a noun made from a verb, a news
#: noun or an episode's, :mod:`explorer.events.happening_nouns`); it took place before the main clause's date.
_AFTER_NOUN_PHRASE = re.compile(
    r"^\s*After\s+(?P<phrase>(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>(?!(?:nation|station|position|condition|tradition|generation|population|government|management|"
    r"department|moment|comment|apartment|equipment|environment|parliament|ration|portion|section|question|"
    r"session|pension|mansion|season)\b)[a-z]+(?:tion|sion|ment|ure|al)|"
    # (every news noun, "After the death of his father in 1962, he bought …", and an episode's)
    + alternation(NEWS_NOUNS | EPISODE_NOUNS) + r")"
    r"(?:\s+(?:of|at|in|on|by|with|between|against)\s+[^,;]{1,60}?)?),\s+(?=\S)")


#: A happening named by a noun after "after" or "before" inside a sentence, the sentence's happening
#: measured from it: "released him on bail on Monday, nine months after his arrest", "won a 12 percent
#: rise after a five-week strike", "died last Tuesday, three weeks after a fall in his garden", "were
#: suspended after a brawl at a friendly". The gold set lists the happening a "later" or an "after" is
#: measured from as an event of its own (its README's conventions). Only a noun of a closed list of
#: happenings, told as news of its own: by whose it is ("his arrest", "the club's relegation"), by "a"
#: or "an" ("a brawl"), or by "the" with what it happened to ("the grounding of the ferry"); "after the
#: vote", "after the meeting" more often point back at a happening told already. It ends the sentence or
#: its clause (a date of its own after it is that date's event, read elsewhere).
_AFTER_NOUN_MID = re.compile(
    r"(?<=[a-z,])\s+(?:after|before)\s+(?P<phrase>(?:(?:his|her|its|their|(?-i:[A-Z][\w’'-]+)[’']s)\s+(?:[a-z][\w’'-]+\s+)?"
    r"(?P<noun>{nouns})|(?:a|an)\s+(?:[a-z][\w’'-]+\s+){{0,2}}?(?P<noun2>{nouns}))(?:\s+(?:of|at|in|on|by|with|between|against|over|during)\s+[^,;.\d]{{1,60}}?)?)"
    r"(?=\s*[.;]\s*$|\s*[.;,]\s)".format(
        nouns=alternation(NEWS_NOUNS)))


#: A happening told in a coordinated clause whose subject is a count, in a sentence dated elsewhere:
#: "Storm Aled brought winds of 90 mph on Sunday night, and about 12,000 homes lost power". A count
#: of people or things that did or underwent something is a happening of its own; a count of those who
#: saw, visited or attended something measures the happening before it ("and 11,000 visitors saw it").
_COUNTED_CLAUSE = re.compile(
    r",\s+and\s+(?P<subject>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:\d[\d,]*|" + spelled(2, 12) + r"|dozens|hundreds|thousands)\s+"
    # (a passive keeps its "were" in the verb, for the title: "…, and 300 workers were laid off")
    r"(?:[\w’'-]+\s+){0,2}?)(?:had\s+)?(?P<verb>(?:were\s+)?(?!(?:was|were|had|did|said|told|saw|visited|watched|attended|viewed|heard|read)\b)(?:[a-z]{3,}ed|"
    + IRREGULAR_PASTS + r"))\b"
)


#: A clause of its own inside a sentence that dates another clause, opened by ", and" or ", but" with a
#: named subject and a past verb of its own: "…, but Dovany accused Kestria of breaking it", "In 2004 the
#: school lost its roof in a storm, and Sowe led a campaign …", "…, and Parliament was dissolved". A
#: name is a subject a reader follows; a bare noun phrase ("and the audience fell steadily", "and the
#: handover went smoothly") more often tells a consequence or a manner than a happening to list.
_OWN_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+)?"
    r"(?P<subject>(?!(?:The|A|An|In|On|At|By|For|From|After|Before|When|Then|This|That|These|Those|It|Its|His|Her|"
    r"Their|There|Here|We|I|They|He|She)\b)(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}\s+)"
    r"(?:first\s+|later\s+|then\s+|also\s+|finally\s+|(?!(?:only|early|likely|fully)\b)[a-z]{3,}ly\s+)?"
    rf"(?P<verb>(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|built|sold|taken|given|won|lost|made|held|"
    rf"brought|caught|sent|paid|laid|shot|hit|cut|struck|thrown|chosen|driven|swept|torn|broken|stolen|begun|"
    rf"found|beaten|bought|kept|left|put|set|seen|shown|sworn|written)|"
    rf"(?!(?:{NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b{HAPPENING_AFTER}",
    re.IGNORECASE,
)


#: A passive of a person told by a pronoun in a clause of its own, opened by ", and", ", but" or a
#: semicolon: "… suspended her in 2012, but she was readmitted within a month", "…; they were freed in
#: June". The person took part in a happening of their own (not "it was decided": a pronoun of a thing).
_PRONOUN_PASSIVE_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:he|she|they)\s+)"
    rf"(?P<verb>(?:was|were)\s+(?:later\s+|then\s+|also\s+|quickly\s+|briefly\s+)?(?:{PASSIVES}|readmitted|reinstated|"
    r"recalled|cleared|transferred|replaced|pardoned|jailed|fined|suspended|expelled))\b"
)


#: A happening told in an "after" clause of a dated sentence whose subject
#: :data:`_AFTER_CLAUSE` does not read: a name or a name's noun ("after Ostland raised its limit",
#: "after Montrel's captain broke his wrist"), a bare noun phrase ("after army engineers built a
#: bridge", "after artillery shelled the positions"), or in the pluperfect ("a week after the army had
#: withdrawn"). The verb tells a happening (not a state or a saying, :data:`NOT_HAPPENING_VERBS`) and
#: acts on something.
_SUBORDINATE_OTHER_SUBJECT = re.compile(
    _NOT_ADVERB_AFTER + r"\b[Aa]fter\s+(?P<subject>"
    r"(?:(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}(?:[’']s\s+[a-z]{3,})?|(?:he|she|they|it)(?=\s+had\s)|"
    r"(?:a|an|the|his|her|its|their|" + spelled(2, 6) + r"|several|some)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|that|this|which|what|all|much|many|it|he|she|they|"
    r"being|having|only|just|nearly|almost|about|more|less)\b|[a-z]+ly\b)[a-z]{3,}(?<!ing)(?:\s+[a-z]{3,}s)?)\s+)"
    r"(?:(?P<had>had)\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|been)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}|"
    rf"{PARTICIPLE_FORMS}))\b"
    # (the verb acts on something; only a pluperfect may end there or take a preposition: "after a bus
    # broke down" tells a cause readers leave out, and so does a passive: "after the sensor was replaced")
    r"(?:(?=\s+(?:a|an|the|his|her|its|their|him|them|it|" + spelled(2, 6) + r"|several|\d|£|\$|€|(?-i:[A-Z]))\b)|"
    r"(?(had)(?=\s*[.,;]|\s+[a-z])|(?!)))")


#: A passive in an "after" clause of a dated sentence, its subject a noun phrase or a pronoun: "…, a day
#: after he was shown the draft audit", "After the single was played on national radio in 1980, …", "…
#: after a van was delayed by snow". What was done to someone or something is a happening of its own
#: (on the readable gold, 10 of 13 such clauses hold a gold event); a telling or a permission ("after the
#: jury was told …") is none.
_PASSIVE_AFTER_CLAUSE = re.compile(
    _NOT_ADVERB_AFTER + r"\b[Aa]fter\s+(?P<subject>(?:(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|he|she|they|it)\s+)"
    r"(?P<verb>(?:was|were)\s+(?:[a-z]+ly\s+)?(?!(?:told|asked|given|allowed|expected|known|said|thought|believed|reported|"
    rf"based|used|needed|required|made)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}))\b")


#: An "after" or "before" clause whose verb acts on an object the patterns above do not read: an
#: irregular past ("after her owner found her in the stable", "two years after it won the prize"), or
#: an object with no determiner ("after waves threw stones onto the road", "after laboratory tests
#: confirmed cholera"). The subject is a pronoun, a name, a noun phrase or a bare noun; the verb tells a
#: happening (:data:`NOT_HAPPENING_VERBS` left out) and is followed by what it acts on
#: (:data:`OBJECT_AFTER`, or a bare noun before a preposition: "confirmed cholera in samples").
_AFTER_CLAUSE_OBJECT = re.compile(
    _NOT_ADVERB_AFTER + r"\b[Aa]fter\s+(?P<subject>(?:he|she|they|it|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}(?:[’']s\s+[a-z]{3,})?|"
    r"(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|that|this|which|what|all|much|many|it|he|she|they|"
    r"being|having|only|just|nearly|almost|about|more|less|the|a|an)\b|[a-z]+ly\b)[a-z]{3,}(?<!ing)(?:\s+[a-z]{3,}s)?)\s+)"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|been|broke|went|came|got|fell|ran)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+[a-z]{{4,}}\s+(?:in|on|at|from|onto|into|across|near)\s))")


#: An "after" or "before" clause inside a sentence whose subject is set off by an apposition or an
#: aside between commas: "…, two weeks after its largest customer, the bottler Fennick, cancelled a
#: contract", "… in 2017 after the founder's grandson, Erik Halvorsen, retired", "a year after her father,
#: who had served on the cruiser since 1912, retired from the service". A subject a writer stops to
#: describe is a doer the reader follows: its act is a happening of its own even with no object
#: ("retired", "stood down"), unlike a bare "after a bus broke down". The verb is a plain past or a
#: pluperfect that tells a happening (:data:`NOT_HAPPENING_VERBS` left out). Only inside a sentence
#: (an opening "After the war, …" is a phrase, read by :data:`_AFTER_NOUN_PHRASE`).
_APPOSED_SUBJECT_CLAUSE = re.compile(
    _NOT_ADVERB_AFTER + r"(?<=[\w,])\s+(?:after|before)\s+"
    r"(?P<head>(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+"
    r"(?P<apposed>(?!(?:and|but|or|then|so|which|when|where|after|before|as|while|in|on|at)\b)[^,;:.()\"“”]{3,70}?),\s+"
    r"(?:had\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|been)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}|{PARTICIPLE_FORMS}))\b"
    # (what it acts on may be a count, a bare plural or a bare noun before its preposition: "handed
    # control to his daughter")
    rf"(?:{HAPPENING_AFTER}|{OBJECT_AFTER}|(?=\s+[a-z]{{4,}}\s+(?:to|in|on|at|from|into|for|over)\s))")

#: A clause of its own after ", and" or ", but" whose subject is set off by an apposition: "…, and its
#: driver, an agency worker, broke his arm", "…, and the fourth climber, Ben Rua, developed frostbite",
#: "…, and its head keeper, Thomas Breck, was badly burned". As in an "after" clause (see
#: :data:`_APPOSED_SUBJECT_CLAUSE`), a subject the writer stops to describe is a doer the reader follows; the
#: apposition is a name or a noun phrase, not a participle's aside ("the Ridge, introduced in 1987, sold
#: out"), and the verb acts on something, goes somewhere or is a passive.
_APPOSED_OWN_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+"
    r"(?P<head>(?-i:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+),\s+"
    r"(?P<apposed>(?!(?:and|but|or|then|so|which|who|whose|when|where|after|before|as|while|in|on|at|[a-z]+ed)\b)"
    r"[^,;:.()\"“”]{3,70}?),\s+"
    r"(?:had\s+)?"
    rf"(?P<verb>(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})|"
    rf"(?!(?:{NOT_HAPPENING_VERBS}|been)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{HAPPENING_AFTER}|{OBJECT_AFTER}|(?=\s+[a-z]{{4,}}\s+(?:to|in|on|at|from|into|for|over)\s)|(?<=ed)(?=[.,;]))")

#: The main clause's act of a sentence whose opening subject is set off by a relative aside: "Orme, who
#: first won the seat in 2010, conceded in a short speech", "Brother Anselm, who has kept the chapel for
#: thirty years, stamped my passport", "the union, whose secretary had been sacked in 1908, called for a
#: ban". The aside's own act is read by the relative-clause rules and takes the sentence's date; the main
#: clause's act, after it, is a happening of its own. A person's or a body's act only (not "which": a
#: thing's aside before a state, "The bridge, which opened in 1932, carried trams"); the verb tells a
#: happening (:data:`NOT_HAPPENING_VERBS` and a life's stretches left out) and acts on something or goes
#: somewhere.
_RELATIVE_ASIDE_SUBJECT = re.compile(
    r"^\s*(?:According\s+to\s+[^,;]{3,60},\s+)?"
    r"(?P<subject>(?:The|His|Her|Its|Their|Our|My|the|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"(?!(?:In|On|At|By|For|From|After|Before|During|When|While|Then|But|And|Yesterday|Today|Later)\b)"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+"
    r"(?:who|whose)\s+[^;:()\"“”]{3,150}?,\s+"
    r"(?:(?:also|then|later|quickly|immediately|promptly)\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|been|became|went|came|got)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    # (not a bare plural's habit or a career's work, "designed posters for theatres", nor an act done
    # again and again, "rewrote the final scene twice", "won the prize three times")
    r"(?!\s+(?-i:[a-z]{3,}s)\b)(?![^,.;]*\b(?:twice|times|often|regularly|repeatedly|every|each)\b)"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?:in|on|at|to|from|into|for|over|with|out|off|up|down|back|away)\s))")

#: A clause of its own after a semicolon, with a subject and a past act of its own, in a sentence dated
#: in its first clause: "The defence applied to exclude the recording; the judge refused the
#: application", "A fire destroyed the laboratory in February 1944; pupils and staff fought it with
#: buckets", "The jib boom carried away at 11 p.m.; the mate and two hands cut it clear". The subject is a
#: name, a determiner's noun, a bare plural or two of them joined by "and" (not a pronoun: with one, the
#: rule gained one match on the readable part and one false event on the holdout); the verb tells a
#: happening (no state, saying, measure, becoming or life's stretch) and acts on something or goes
#: somewhere.
_SUBJECT_WORDS = (r"(?:"
                  r"(?-i:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|"
                  r"(?!(?-i:It|This|That|These|Those|There|Here|In|On|At|By|For|From|After|Before|When|Then|But|And)\b)"
                  r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|"
                  r"(?:" + spelled(2, 12) + r"\s+)?(?-i:[a-z]{4,}(?<!ss)s|[a-z]*men|staff|police))")
_SEMICOLON_CLAUSE = re.compile(
    # (not one a relative clause runs on from, "; a lifeboat took him to the port, where a nurse …", whose
    # acts the joined-clause rules read, each in its own clause)
    r";\s+(?![^;.]*,\s+(?:where|when|who|which|whose)\b)"
    rf"(?P<subject>{_SUBJECT_WORDS}(?:\s+and\s+{_SUBJECT_WORDS})?)\s+"
    r"(?:(?:also|then|later|quickly|immediately|promptly)\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|been|became|went|came|got|made|"
    # (a state a place or a body is in: "the shop employed forty people", "the wall faced the sea")
    r"employed|housed|covered|measured|weighed|resembled|faced|overlooked|bordered|surrounded|linked|"
    r"connected|served|supplied|attracted|hosted|represented)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?:it|them|him|her|me|us|out|off|up|down|back|away|with|to|into|from|against)\b))")

#: A clause of its own opened by a length of time, after ", and", ", but" or a semicolon, with a subject
#: and a past or a pluperfect of its own: "The board rejected the offer in May, and within two weeks the
#: bidder had raised it", "I joined the club in 1990, and within a year I had won the cup". The length
#: measures the clause's act from the act before it, and the gold conventions list a happening told
#: relative to another as an event of its own (tests/gold/README.md, "A happening told only relative to
#: another"); the dated pass gives only the first clause, since "within two weeks" names no day. The
#: verb tells a happening (:data:`NOT_HAPPENING_VERBS` left out) with what it acts on or where it went.
_WITHIN_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)\s+|;\s+)(?:[Ww]ithin|[Ii]n\s+less\s+than)\s+"
    r"(?:(?:a|an|" + spelled(1, 10) + r"|a\s+few|several|the\s+next|the\s+following)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:of\s+(?:it|that|this)|later))?,?\s+"
    r"(?P<subject>(?:(?-i:he|she|it|they|we|I)|(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|"
    r"(?!(?:it|this|that|there|then|all|most|many|some|nothing|everything)\b)[a-z]{3,}s)\s+)"
    r"(?:(?P<had>had)\s+)?(?:(?:already|also)\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{MEASURE_VERBS}|risen|fallen|grown|been|become|became)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}|{PARTICIPLE_FORMS}))\b"
    # (a writer's own things too: "within a year I had left my job")
    rf"(?:{HAPPENING_AFTER}|(?=\s+(?:my|our|your)\b))")


#: A name told in an apposition, with what it is before it: "the bottler Fennick", "Erik Halvorsen".
_APPOSED_NAME = re.compile(r"^(?:(?:the|a|an)\s+[a-z]+\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})$")


def _apposed_subject(m: re.Match[str]) -> str:
    """The subject an apposed "after" clause's title names: the name the apposition gives ("Erik
    Halvorsen"), else the noun phrase it describes ("her father", not "who had served …")."""
    # (a relative clause, "who had served on the cruiser", is no name: it opens in lower case)
    named = _APPOSED_NAME.match(m.group("apposed").strip())
    return named.group("name") if named is not None else m.group("head")


def relative_aside_act_start(sentence: str) -> int | None:
    """Where the main clause's act begins in ``sentence`` when its opening subject is set off by a relative
    aside (:data:`_RELATIVE_ASIDE_SUBJECT`: "Orme, who first won the seat in 2010, conceded …"), or None;
    a date inside the aside is the aside's, not the act's."""
    m = _RELATIVE_ASIDE_SUBJECT.match(sentence)
    return m.start("verb") if m else None


#: A length of time right before "after" or "before": the clause is a happening measured from, which
#: the relative-date rules read with its own date.
_MEASURED_BEFORE = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?|hours?|decades?)\s+$")


def iter_after_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """Happenings told in a clause of their own of a dated sentence: an "after" clause (see
    :data:`_AFTER_CLAUSE`), a counted subject (:data:`_COUNTED_CLAUSE`), a named one
    (:data:`_OWN_SUBJECT_CLAUSE`), an apposed one (:data:`_APPOSED_OWN_CLAUSE`), one opened by a length of
    time (:data:`_WITHIN_CLAUSE`) or a market's move (:func:`~explorer.events.market_moves.iter_market_clauses`), each with
    its title ("Three trial patients develop jaundice"),
    outside quotations; one per verb."""
    from explorer.events.after_noun_titles import noun_title

    sentence = text[sentence_start:sentence_end]
    seen: set[int] = set()
    nominal = _AFTER_NOUN_PHRASE.match(sentence)
    if nominal and not inside_quotation(sentence[: nominal.start()]) and not _AFTER_CLAUSE.match(sentence, nominal.start("phrase") - 6):
        phrase = " ".join(nominal.group("phrase").split())
        seen.add(nominal.start("noun"))
        # "After her resignation, Mira Holt moved to …": "Mira Holt resigns", its doer the main clause's
        title = noun_title(sentence, nominal.start("phrase"), nominal.group("noun"), phrase, sentence[nominal.end():])
        yield Occurrence(sentence_start + nominal.start("noun"), sentence_start + nominal.end("noun"),
                         nominal.group("noun")), title or phrase[:1].upper() + phrase[1:]
    for m in _AFTER_NOUN_MID.finditer(sentence):
        noun = "noun" if m.group("noun") else "noun2"
        if inside_quotation(sentence[: m.start()]) or m.start(noun) in seen:
            continue
        seen.add(m.start(noun))
        phrase = " ".join(m.group("phrase").split())
        # "nine months after his arrest": "Dario Fenn is arrested", not "His arrest" (see after_noun_titles)
        title = noun_title(sentence, m.start("phrase"), m.group(noun), phrase, context=text[max(0, sentence_start - 1500):sentence_start]) \
            or phrase[:1].upper() + phrase[1:]
        yield Occurrence(sentence_start + m.start(noun), sentence_start + m.end(noun), m.group(noun)), title
    for m in [*_AFTER_CLAUSE.finditer(sentence), *_SUBORDINATE_OTHER_SUBJECT.finditer(sentence),
              *_AFTER_CLAUSE_OBJECT.finditer(sentence),
              *_PRONOUN_PASSIVE_CLAUSE.finditer(sentence),
              *_COUNTED_CLAUSE.finditer(sentence), *_OWN_SUBJECT_CLAUSE.finditer(sentence),
              *_APPOSED_SUBJECT_CLAUSE.finditer(sentence), *_WITHIN_CLAUSE.finditer(sentence),
              *_APPOSED_OWN_CLAUSE.finditer(sentence), *_RELATIVE_ASIDE_SUBJECT.finditer(sentence),
              *_SEMICOLON_CLAUSE.finditer(sentence), *_PASSIVE_AFTER_CLAUSE.finditer(sentence)]:
        if inside_quotation(sentence[: m.start()]) or m.start("verb") in seen:
            continue
        if m.re is _AFTER_CLAUSE and _MEASURED_BEFORE.search(sentence, 0, m.start()) \
                and not re.match(r"(?i)(?:a|an|the|his|her|its|their|he|she|they|\d|" + spelled(2, 6) + r"|several|some)\b",
                                 m.group("subject")):
            continue  # "eight months after councillors turned down …": a measured happening, read elsewhere
        seen.add(m.start("verb"))
        # (an apposed clause's doer is the name its apposition gives, not its "head" group)
        subject = _apposed_subject(m) if m.re in (_APPOSED_SUBJECT_CLAUSE, _APPOSED_OWN_CLAUSE) else None
        title = clause_act_title(sentence, m, subject)
        if title is not None:
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb")), title
    for start, end, trigger, title in iter_market_clauses(sentence):
        # a market's move beside the main act: "…, sending its shares down 7 percent", "…, when Marden
        # shares jumped 18 percent" (see market_moves)
        if start not in seen and not inside_quotation(sentence[:start]):
            seen.add(start)
            yield Occurrence(sentence_start + start, sentence_start + end, trigger), title


def clause_act_title(sentence: str, m: re.Match[str], subject: str | None = None) -> str | None:
    """The headline of a clause's act read by a pattern with a ``subject`` and a ``verb`` group ("after
    three trial patients developed jaundice": "Three trial patients develop jaundice"), or None when
    the verb is not one whose present we know; ``subject``, when given, names the doer instead of the
    match's ``subject`` group (an apposed clause's name). A passive keeps its "is"; a pluperfect's participle is
    put in the present; a plain past is put in the headline's present by the title rules, so that the
    verb agrees with a plural subject ("Three lifeguards report rashes", not "… reports …")."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words

    verb = m.group("verb")
    rest = continuation(sentence, m.end("verb"), len(sentence))
    subject = (subject or m.group("subject")).strip()
    if verb.split()[0].lower() in ("was", "were"):
        passive = headline_tense(f"{subject} {verb}")
        return finish(first_words(f"{passive} {rest}"), verb)
    present = present_of(verb) or PARTICIPLES.get(verb)
    if present is None:
        return None
    if verb in PARTICIPLES:  # "a week after the army had withdrawn from it": "The army withdraws from it"
        return finish(first_words(f"{subject[:1].upper()}{subject[1:]} {present} {rest}"), present)
    return headline_tense(finish(first_words(f"{subject} {verb} {rest}"), verb))
