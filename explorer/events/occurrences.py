"""Notable occurrences narrated without a date ("Zarif resigned", "after his death").

An analyst wants a resignation, a death or an appointment on the timeline even when the article never
dates it: such a sentence becomes an ``undated`` event, and a relative expression that follows it
("two weeks later") hangs on it rather than on an older date further back. The trigger list is general
English for things that happen once to someone; it names no person, place or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from explorer.events.clauses import GROUP_NOUNS, clause_bounds, relative_antecedent, subject_before
from explorer.events.names import short_name
from explorer.events.tense import IRREGULAR, PARTICIPLES

# Verbs in the past tense narrate an occurrence; nouns do only when someone's ("his death", "the
# resignation of"), otherwise they are usually generic ("a withdrawal is one of the conditions").
#: Passives of things done once to someone or something: "was later elected", "was convicted".
_PASSIVES = (
    r"killed|assassinated|executed|appointed|named|sworn in|inaugurated|(?:re-)?elected|arrested|detained|"
    r"released|freed|fired|dismissed|sacked|ousted|overthrown|founded|established|created|formed|dissolved|"
    r"banned|convicted|sentenced|acquitted|indicted|charged|denied|vetoed|rejected|approved|imposed|lifted|"
    r"expelled|deported|exiled|kidnapped|abducted|wounded|injured|captured|defeated|elevated|promoted|"
    r"demoted|impeached|suspended|abolished|annexed|occupied|liberated|"
    # a motion or a bill: "the proposal was carried by 24 votes to 3", "the bill was passed"
    r"carried|passed|adopted|ratified|"
    # a court's, a police force's or a rescuer's act on someone or something: "was cleared of the same
    # charges", "The appeal was adjourned", "two laptops were seized", "His home was searched"
    r"cleared|adjourned|seized|searched|raided|rescued|evacuated|recalled|transferred|replaced|succeeded"
)
_VERBS = (
    r"resigned|quit|stepped down|stood down|died|was born|married|lost\s+(?:his|her|their|its)\s+(?:own\s+)?seat|"
    # "has since been released", "had already been charged": an adverb may stand before "been" too
    rf"(?:was|were|(?:had|has|have)\s+(?:since\s+|now\s+|already\s+|also\s+|just\s+|\w+ly\s+)?been)\s+"
    rf"(?:\w+ly\s+|later\s+|then\s+|subsequently\s+|also\s+|twice\s+)?(?:{_PASSIVES})|"
    r"signed(?! off| on)|invaded|captured|withdrew|bestowed|awarded|launched|collapsed|"
    # people counted as the object of a one-off act: "Police arrested 40 people", "the strike killed three soldiers"
    r"(?:arrested|detained|killed|injured|wounded|evacuated|rescued|freed|kidnapped|abducted)\s+"
    r"(?:at\s+least\s+|about\s+|around\s+|more\s+than\s+|nearly\s+|some\s+|another\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:people|men|women|children|protesters|demonstrators|civilians|soldiers|officers|workers|miners|passengers|residents|"
    r"suspects|students|journalists|villagers|fighters|militants|hostages|migrants|crew)\b|"
    # a denial of something said: "The agency denied the claims", "he denied any wrongdoing"
    r"denied\s+(?:the\s+|any\s+|all\s+|these\s+|those\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+)?"
    r"(?:claims?|allegations?|charges?|reports?|accusations?|wrongdoing|involvement|responsibility)|"
    # a second passive that shares its "was": "was appointed professor and later elected president"
    rf"(?<=\band\s)(?:later|then|subsequently)\s+(?:{_PASSIVES})|"
    r"opened\s+(?:an?|its|their|his|her)\s+(?:own\s+)?(?:inquiry|investigation|inquest|probe)|"
    r"established|founded|dissolved|banned|vetoed|convicted|sentenced|republished|posted|offered to|"
    r"(?:has|have|had) failed to|failed to|"
    # "started" a thing, not a manner or an order: "Stonebridge started the
    # stronger", "several pupils started lessons late" tell how, not that something began
    r"started(?!\s+(?:by|off|out|again|late|early|well|badly|brightly|slowly|quickly|strongly|poorly|"
    r"the\s+\w+(?:er|est)\b|(?:[\w’'-]+\s+){1,2}(?:late|early)\b))|"
    # the news a perfect announces, done once by its subject: "Voltaic Shore has raised £18 million",
    # "The society has also received a grant of £4,500", "The club has signed a new striker"
    # a market's move told of named shares: "Crane shares fell 2 percent", "oil prices rose"
    r"(?:shares|stocks|prices?)\s+(?:fell|rose|jumped|dropped|slumped|surged|tumbled|soared)|"
    # a contest won: "Marchenko won his game in 31 moves", "won the seat", "won her appeal"
    r"won\s+(?=(?:his|her|their|its|the|a)\s+(?:[\w’'-]+\s+){0,2}?(?:game|match|race|title|seat|election|award|prize|medal|"
    r"final|case|appeal|contract|vote|tender|bid)s?\b)|"
    r"(?:has|have)\s+(?:also\s+|just\s+|now\s+|finally\s+)?(?:raised|received|won|secured|bought|acquired|sold|"
    r"signed|hired|completed|agreed)(?=\s+(?:(?:a|an|the|its|their|his|her)\b|[£$€\d]))"
)
_NOUNS = (
    r"resignation|death|demise|killing|assassination|execution|appointment|inauguration|election|arrest|"
    r"release|dismissal|ouster|overthrow|invasion|capture|withdrawal|founding|signing|ban|veto"
)
TRIGGER = re.compile(
    rf"\b(?:{_VERBS})\b|(?:[’']s|\b(?:his|her|their|its))\s+(?:\w+\s+)?(?:{_NOUNS})\b|"
    rf"\bthe\s+(?:{_NOUNS})\s+of\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",  # "the election of Rouhani", not "of a representative"
    re.IGNORECASE,
)
# Page furniture that links elsewhere, not narrative.
_FURNITURE = re.compile(r"^\W*(?:read more|related|see also|watch|listen|share|advertisement)\b", re.IGNORECASE)
# A trigger used as a generic statement or hypothesis is no occurrence.
_NOT_NARRATIVE = re.compile(
    r"\b(?:if|would|could|might|(?-i:may)|should|will|unless|whether|any|every|no)\b[^.;]{0,40}$", re.IGNORECASE
)
_QUOTES = "“”\""
_DEMAND = re.compile(
    r"\b(?:conditions?|preconditions?|demands?|demanded|requirements?|ultimatum|calls? for|called for|"
    r"proposals?|proposed|urged|insisted on|needs? to meet|must meet)\b",
    re.IGNORECASE,
)


#: A happening named by a pronoun's possessive only to say when something else was ("had repaid
#: $400,000 since his arrest", "to begin 30 days after his release"): it is told where it happens (who
#: "his" is was said there), or it has not happened yet. Named with its own actor ("after the
#: election of Rouhani"), it may be told nowhere else, and stays.
_TIME_ANCHOR_BEFORE = re.compile(r"\b(?:after|before|until|till|since|upon|following|ahead\s+of)\s+$", re.IGNORECASE)


#: A happening told in an "after" clause of a dated sentence, with a subject and a past verb of its own:
#: "after three trial patients developed jaundice", "after a public appeal raised £52,000", "five months
#: after an eruption that closed the airport" is left out (a noun, no clause). It took place before the
#: sentence's date, which is the main clause's; a reader lists it too. A "before" clause tells one too
#: ("… and spent eight months in detention before a judge released him"), and so does a pronoun subject.
_AFTER_CLAUSE = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore)\s+(?P<subject>(?:(?:a|an|the|his|her|its|their|\d[\d,]*|two|three|four|five|six|several|some)\s+"
    r"(?:[\w’'-]+\s+){0,3}?|(?:he|she|they)\s+))(?P<verb>(?!(?:was|were|had|has|did|needed|used|seemed|appeared)\b)[a-z]{3,}ed)\b"
    # (an irregular past, "a month after the owners sold the building", was tried in session twelve: on
    # the readable gold it added only causes its annotators leave out, "after a bus broke down")
    r"(?=\s+(?:a|an|the|his|her|its|their|\d|£|\$|€|[a-z]{3,}))")
#: A happening named by a noun phrase in an opening "After" phrase before its main clause: "After the
#: collapse of the bank, the government nationalised …", "After a farewell dinner at the society, they
#: sailed …". The head is a noun that names an act or an occurrence (a noun made from a verb, or one of
#: a few common nouns of occurrences); it took place before the main clause's date.
_AFTER_NOUN_PHRASE = re.compile(
    r"^\s*After\s+(?P<phrase>(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>(?!(?:nation|station|position|condition|tradition|generation|population|government|management|"
    r"department|moment|comment|apartment|equipment|environment|parliament|ration|portion|section|question|"
    r"session|pension|mansion|season)\b)[a-z]+(?:tion|sion|ment|ure|al)|collapse|crisis|strike|flood|fire|storm|"
    r"dinner|crash|merger|coup|riot|raid|attack|defeat|victory|visit|meeting|summit|referendum|scandal|earthquake|"
    r"eruption|outbreak|split|dispute|trial|verdict|wedding|funeral|protest|blockade|siege|landslide|explosion|"
    r"fall|break-in|robbery|shooting|kidnapping|ceasefire|truce|uprising|mutiny|rebellion)"
    r"(?:\s+(?:of|at|in|on|by|with|between|against)\s+[^,;]{1,60}?)?),\s+(?=\S)")


#: A happening told in a coordinated clause whose subject is a count, in a sentence dated elsewhere:
#: "Storm Aled brought winds of 90 mph on Sunday night, and about 12,000 homes lost power". A count
#: of people or things that did or underwent something is a happening of its own; a count of those who
#: saw, visited or attended something measures the happening before it ("and 11,000 visitors saw it").
_COUNTED_CLAUSE = re.compile(
    r",\s+and\s+(?P<subject>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+"
    r"(?:[\w’'-]+\s+){0,2}?)(?:were\s+|had\s+)?(?P<verb>(?!(?:was|were|had|did|said|told|saw|visited|watched|attended|viewed|heard|read)\b)(?:[a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR, key=len, reverse=True)) + r"))\b"
)


#: Past verbs that tell a state, a thought, a saying or a perception, not a happening: a clause told
#: with one of them is no event of its own ("but officials said", "and they knew the risk").
_NOT_HAPPENING_VERBS = (
    r"was|were|had|did|said|told|added|noted|stated|explained|claimed|argued|insisted|reported|wrote|asked|"
    r"seemed|appeared|looked|sounded|felt|knew|thought|believed|hoped|wanted|wished|expected|feared|"
    r"needed|used|liked|loved|hated|preferred|meant|remained|stayed|continued|kept|lived|stood|lay|"
    r"included|contained|involved|owned|held|cost|lasted|numbered|totalled|totaled|amounted|"
    r"saw|heard|watched|noticed|realised|realized|learned|learnt|understood|remembered|recalled|forgot|"
    r"managed|tried|attempted|planned|intended|agreed|refused|declined|failed|seemed|tended|happened|"
    # a promise or a vow tells what is to come, not what happened
    r"promised|vowed"
)
#: What may stand after a past verb that tells a happening: an object, a preposition, an adverb or
#: the clause's end (not a noun-less "that", which opens what someone thought or said).
_HAPPENING_AFTER = (
    r"(?=\s*[,.;]|\s+(?:a|an|the|his|her|its|their|him|them|it|us|me|in|on|at|to|into|from|by|with|for|after|"
    r"before|during|over|out|up|down|off|back|away|home|again|[a-z]+ly|\d|£|\$|€)\b|\s+(?-i:[A-Z]))"
)
_PAST_FORMS = "|".join(sorted(IRREGULAR, key=len, reverse=True))
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
    rf"(?!(?:{_NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b{_HAPPENING_AFTER}",
    re.IGNORECASE,
)


#: A passive of a person told by a pronoun in a clause of its own, opened by ", and", ", but" or a
#: semicolon: "… suspended her in 2012, but she was readmitted within a month", "…; they were freed in
#: June". The person took part in a happening of their own (not "it was decided": a pronoun of a thing).
_PRONOUN_PASSIVE_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:he|she|they)\s+)"
    rf"(?P<verb>(?:was|were)\s+(?:later\s+|then\s+|also\s+|quickly\s+|briefly\s+)?(?:{_PASSIVES}|readmitted|reinstated|"
    r"recalled|cleared|transferred|replaced|pardoned|jailed|fined|suspended|expelled))\b"
)


#: A happening told in an "after" clause of a dated sentence whose subject
#: :data:`_AFTER_CLAUSE` does not read: a name or a name's noun ("after Ostland raised its limit",
#: "after Montrel's captain broke his wrist"), a bare noun phrase ("after army engineers built a
#: bridge", "after artillery shelled the positions"), or in the pluperfect ("a week after the army had
#: withdrawn"). The verb tells a happening (not a state or a saying, :data:`_NOT_HAPPENING_VERBS`) and
#: acts on something.
_SUBORDINATE_OTHER_SUBJECT = re.compile(
    r"\b[Aa]fter\s+(?P<subject>"
    r"(?:(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}(?:[’']s\s+[a-z]{3,})?|(?:he|she|they|it)(?=\s+had\s)|"
    r"(?:a|an|the|his|her|its|their|two|three|four|five|six|several|some)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|that|this|which|what|all|much|many|it|he|she|they|"
    r"being|having|only|just|nearly|almost|about|more|less)\b)[a-z]{3,}(?<!ing)(?:\s+[a-z]{3,}s)?)\s+)"
    r"(?:(?P<had>had)\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|been)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}|"
    rf"{'|'.join(PARTICIPLES)}))\b"
    # (the verb acts on something; only a pluperfect may end there or take a preposition: "after a bus
    # broke down" tells a cause readers leave out, and so does a passive: "after the sensor was replaced")
    r"(?:(?=\s+(?:a|an|the|his|her|its|their|him|them|it|two|three|four|five|six|several|\d|£|\$|€|(?-i:[A-Z]))\b)|"
    r"(?(had)(?=\s*[.,;]|\s+[a-z])|(?!)))")


#: What a verb that tells a happening is followed by when it acts on something: an object's determiner,
#: a number, a name or a bare plural ("tabled a motion", "evacuated 120 patients", "entered Dol Amar",
#: "seized computers").
_OBJECT_AFTER = (r"(?=\s+(?:(?!a\s+(?:little|bit|lot|while|few)\b)(?:a|an|the|his|her|its|their|all|both|several|some|"
                 # (any count of things or people: "evacuated forty homes", "freed eleven hostages"; not a
                 # length of time or a measure: "missed seven weeks", "rose 4 percent")
                 r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|dozens|hundreds|thousands|\d[\d,]*)"
                 r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|points?|percent|per\s+cent)\b))\b|(?-i:[A-Z])|[£$€]\d|"
                 r"(?!(?:towards|afterwards|backwards|across|always|perhaps|besides|as|is|was|his|this|thus|unless)\b)[a-z]{3,}s\b))")
#: A second happening told by a bare verb that shares the subject of the clause before, in a dated
#: sentence: "Reyn sacked the minister in November and ordered an inquiry", "Police raided the office on
#: 3 May and seized computers". A verb of saying, thinking or being is no happening (see
#: :data:`_NOT_HAPPENING_VERBS`); without an object the verb more often tells a manner ("and settled
#: quickly"). The subject is the one :func:`~explorer.events.clauses.subject_before` finds.
_SHARED_SUBJECT_CLAUSE = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+|promptly\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b{_OBJECT_AFTER}",
)
#: A second verb of the same subject joined by "and" whose complement is a preposition or a particle,
#: not an object: "was charged in May and released on bail", "heard the case in September and ruled for
#: the residents", "suspended the talks and returned home", "married the following spring and trained as a
#: midwife". Closed to the prepositions of a place, a move, a role or a party; a manner ("and settled
#: quickly"), a measure ("and rose by 4%") or a time alone ("and ended in 2001") is not read here.
_SHARED_SUBJECT_MOVE = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|rose|fell|grew|ended|finished|closed|opened|started|began|dropped|"
    r"increased|decreased|declined|returned\s+to\s+(?:growth|profit|form)|remained)\b)(?:[a-z]{3,}ed|"
    + _PAST_FORMS + r"))\b"
    r"(?=\s+(?:for|against|into|onto|on\s+(?:bail|appeal|licence|parole|(?:the|a|an|its|his|her|their)\b)|to\s+(?:the|a|an|its|his|"
    r"her|their|(?-i:[A-Z]))\b|from\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z]))\b|home|back|away|out|off|down|as\s+(?:a|an|the)\b)\b)"
)
#: A relative clause that goes on with the story after the main clause, at the sentence's end: "The
#: duchy appealed to the Emperor, who sent a mediator", "The board hired an accounting firm, which found a
#: shortfall of 31 million euros". Its own subject is the noun it tells of, its verb acts on something,
#: and nothing but the verb's own words follow (a relative clause in the middle of a sentence describes
#: its noun: "Tarrow, which runs the quarry, challenged …").
_CONTINUATIVE_RELATIVE = re.compile(
    r",\s+(?P<rel>(?:who|which)\s+)(?:then\s+|later\s+|promptly\s+|quickly\s+|soon\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used|employed|housed|served|covered|supplied|ran|runs)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b"
    rf"{_OBJECT_AFTER}(?=[^,;:]*$)"
)
#: A name a relative clause tells of: "… appealed to Kelvar, which sent …", "… to the Emperor, who …".
_NAME_ANTECEDENT = re.compile(r"\b((?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}),\s+(?:who|which)\s+$")


#: Past verbs of a state a life is told by, before a joined verb with a preposition: "lived in the city
#: and fought for its schools" tells a cause, not a happening.
_STATE_VERB = re.compile(r"lived|stayed|remained|stood|lay|worked|taught|studied|served|belonged|owned|held|had|kept")
#: A joined participle shares its "was" or "were" with a passive before it: "The treasurer was charged
#: in May and released on bail" tells "The treasurer is released on bail".
_PASSIVE_BEFORE = re.compile(r"\b(?P<be>was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + "|".join(PARTICIPLES) + r"|built|sold|held|"
                             r"sent|paid|laid|put|set|shot|hit|cut|found|brought|bought|caught|kept|left|made)\b[^,;:]*$")


#: A past verb that tells an act without an object, one a history tells its story by: a move, a fight,
#: a rising, a giving in or a leaving ("fled to the court", "held out for six weeks", "broke down",
#: "revolted"). Closed: most verbs without an object tell a manner, a state or a measure ("declined").
ACTS_WITHOUT_OBJECT = (
    r"(?:fled|withdrew|retreated|marched|sailed|advanced|landed|revolted|rebelled|mutinied|rioted|"
    r"surrendered|capitulated|appealed|fought|escaped|deserted|defected|resigned|abdicated|"
    r"(?:sued|pressed)(?=\s+for\b)|broke(?=\s+(?:down|out|off|through)\b)|held(?=\s+out\b)|"
    r"crossed(?=\s+(?:into|over)\b)|set(?=\s+(?:out|off|sail)\b))\b(?!\s+(?:that|to\s+(?:be|have)\b))"
)
#: Such an act joined by "and" to an act of the same subject: "withdrew to the coast and sued for peace".
_SHARED_SUBJECT_ACT = re.compile(rf"(?<![,;])\s+and\s+(?:then\s+|later\s+|promptly\s+)?(?P<verb>{ACTS_WITHOUT_OBJECT})")
#: A past verb in a list of acts of one subject, between commas, before the list's last "and" verb: "Her
#: administration rebuilt the tram network, opened two new schools and settled a long dispute", "he
#: answered questions, apologised for his mistakes and denied any knowledge". Each act in the list is a
#: happening of its own; the verb acts on something (as for :data:`_SHARED_SUBJECT_CLAUSE`), and the list
#: runs on to an "and" with a past verb of its own.
_LISTED_VERB = re.compile(
    rf",\s+(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b{_OBJECT_AFTER}"
    rf"(?=[^.;:,]{{3,80}}(?:,\s+(?:[a-z]{{3,}}ed|{_PAST_FORMS})\b[^.;:,]{{3,80}})*,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]{{3,}}ed|{_PAST_FORMS})\b)",
)
#: An adverb that tells a state or a habit before its verb: "the school still heated", "she usually took".
_STATE_ADVERB = re.compile(r"\b(?:still|already|usually|often|always|never|sometimes|generally|normally)$")
#: Words that tell a habit, not one happening: "played the title track every week for a month".
HABIT_WORDS = re.compile(r"\b(?:every|each|weekly|daily|nightly|monthly|yearly|regularly|routinely|usually|often|always|"
                         r"repeatedly|habitually|would\s+often)\b", re.IGNORECASE)
#: The first past verb of a sentence.
_FIRST_PAST = re.compile(rf"\b(?:[a-z]{{3,}}ed|{_PAST_FORMS})\b")
#: The subject that opens a sentence's list of acts, after an opening phrase that sets the scene: "As
#: minister she introduced …", "For four hours he answered …", "Her administration rebuilt …".
_LIST_SUBJECT = re.compile(
    r"^\s*(?:(?:As|For|In|At|On|During|Within|After|Over)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+)?"
    r"(?P<subject>(?:(?-i:The|Her|His|Its|Their|the|her|his|its|their)\s+)[\w’'-]+(?:\s+[\w’'-]+)??|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|(?-i:she|he|they))\s+(?P<first>[a-z]{3,})\b")


#: A clause of its own opened by ", and" whose subject is a common noun phrase with its article and a
#: verb acting on an object: "…on April 2, and the opposition tabled a motion of no confidence", "…, and
#: the agency evacuated 120 patients". The object is required: without one such a clause more often
#: tells a consequence or a manner ("and the audience fell steadily"). "The two", "the pair", "the
#: leaders" stand for the clause before's own people, whose meeting goes on ("met Wang on 2 March, and
#: the two discussed trade"): the same happening.
_ARTICLE_SUBJECT_CLAUSE = re.compile(
    # (or by a semicolon, which joins two clauses of their own: "Brisk offered a smaller cut the next
    # day; the union rejected it within hours"; the object may be a pronoun, the thing just told)
    # (or by ", but", the subject perhaps followed by an aside: "…, but the Greens, the second partner,
    # accused the prime minister of surrendering")
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:he|she|they)\s+|(?-i:the|a|an)\s+(?!(?:two|three|four|pair|men|women|couple|leaders|sides)\s)"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?:,\s+(?-i:the|a|an)\s+[^,;]{1,40},)?\s+|"
    # a bare plural: "…, and supporters raised £40,000 in ten days"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news|days|weeks|months|years|hours)\b)"
    r"(?-i:[a-z]{3,}s)\s+)"
    r"(?:had\s+)?"  # "…, and within two days tractors had blocked the ring road"
    # (an irregular past too: "…, and he made his debut", "…, and the crew brought her home")
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b(?:{_OBJECT_AFTER}|(?=\s+(?:it|them|him)\b))",
)


#: The main clause after an opening "When" clause, with a subject and a past verb acting on something of
#: its own: "When the bank refused credit in July, a junior accountant discovered the second ledger". The
#: "when" clause dates it (the two happen together or one right after the other), and a reader lists
#: both. So does a "where" clause that tells what someone did at a dated gathering: "… at a meeting in
#: Tarp on August 15, where several farmers demanded his resignation".
_WHEN_MAIN_CLAUSE = re.compile(
    # (or a "when" clause after the date it shares: "… in the semi-final on 4 May, when Brand blocked a shot")
    r"(?:^\s*When\s+[^,;]{3,160},\s+|,\s+where\s+|(?:(?<=\d)|(?<=May)|(?<=ber)|(?<=ary)|(?<=rch)|(?<=ril)|(?<=une)|(?<=uly)|(?<=ust)|(?<=day)),\s+when\s+)"
    r"(?P<subject>(?:(?:the|a|an|several|some|two|three|four|five|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:of|in|to|for|with|on|at|by|from|and|or)\b)[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|"
    # a bare plural: "When the river burst its banks on 4 March, volunteers filled sandbags"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news)\b)[a-z]{3,}s)\s+)"
    r"(?:later\s+|then\s+|also\s+|quickly\s+|promptly\s+|immediately\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b{_OBJECT_AFTER}",
)
#: A clause of its own joined by "and" without a comma, whose subject is "the" and a common noun, after a
#: clause that told an act of its own: "On 3 March the river burst its banks and the council closed the
#: bridge", "The crew cut the engine and the tug towed the ferry to port". The clause before must hold a
#: past verb (checked where it is read), so that "The mayor and the council closed the bridge", one
#: subject of two, gives nothing; the verb acts on something, as for :data:`_ARTICLE_SUBJECT_CLAUSE`.
_ARTICLE_SUBJECT_NO_COMMA = re.compile(
    r"(?<=\w)\s+and\s+(?:then\s+)?(?P<subject>(?-i:the)\s+(?:[a-z][\w’'-]+\s+)?[a-z][\w’'-]+\s+)"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b{_OBJECT_AFTER}"
)
#: A clause of its own joined by "and" without a comma, whose subject is a body of people who act
#: together, told by a bare plural ("… removed him and police arrested him outside the ground", "… called
#: out the militia, and soldiers fired on the crowd", "and workers from the docks joined them"): a
#: happening of its own when its verb acts on something or someone, or moves against a place.
_GROUP_SUBJECT_CLAUSE = re.compile(
    rf"(?:(?<=\w)|(?<=\w,))\s+and\s+(?P<subject>(?-i:{GROUP_NOUNS})"
    r"(?:\s+from\s+the\s+[a-z]{3,})?\s+)(?:then\s+|later\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b"
    rf"(?:{_OBJECT_AFTER}|(?=\s+(?:him|her|them|it|us)\b)|(?=\s+(?:on|at|into|onto|through|across)\s+(?:the|a|an|his|her|its|their)\b))"
)
#: A "when" clause right after a date, whose subject :data:`_WHEN_MAIN_CLAUSE` does not read: a name's
#: people or a name's noun ("in 1453, when Elsenish troops seized the salt mines", "in April when the
#: judge's clerk lost the papers", "last October, when Dunmark's minister walked out"), with or without a
#: comma. The two happen together; a reader lists both.
_WHEN_NAMED_AFTER_DATE = re.compile(
    r"(?:(?<=\d)|(?<=May)|(?<=ber)|(?<=ary)|(?<=rch)|(?<=ril)|(?<=une)|(?<=uly)|(?<=ust)|(?<=day)),?\s+when\s+"
    r"(?P<subject>(?:(?-i:[A-Z][\w’'-]+)(?:[’']s)?|(?-i:the|a|an)\s+[a-z]{3,}[’']s)\s+[a-z]{3,}(?:\s+[a-z]{3,})??\s+)"
    r"(?:later\s+|then\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS}))\b"
    rf"(?:{_OBJECT_AFTER}|(?=\s+(?:out|off|away|down|back|home|ill)\b))",
)
#: A line of a log or timeline opened by its clock time or date: one entry, one happening.
_LOG_LINE = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b[^\w]{0,3}[–—:-]\s")
#: Before a joined clause, a relative pronoun or a verb of saying: the clause continues what someone
#: who is not the sentence's subject did ("Pell, who walked the route and estimated the cost"), a "when"
#: clause's second verb telling the same turn ("in 1761, when Crane cut a channel and built a dock"), or
#: what was said ("The family said … and thanked the passers-by").
_TOLD_OR_RELATIVE = re.compile(r"\b(?:who|which|whom|when|where|while|said|says|told|added|stated|announced)\b", re.IGNORECASE)
#: An object followed by a bare infinitive: the verb asks or moves someone to act ("persuaded the council
#: to lease the building", "urged members to vote"), and the happening is the act asked for, if any.
#: A verb of saying before a clause: what follows is what was said.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated|announced|claimed|reported|wrote)\b", re.IGNORECASE)
#: (Not a place or a state one is brought to: "winched nine passengers to safety", "took him to hospital".)
_ASKED_TO_ACT = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|its|their|this|that|be|"
                           r"safety|hospital|prison|jail|court|shore|land|power|death)\b)[a-z]+\b")


#: Triggers told with their object, whose act is their first word.
_VERB_FIRST = frozenset("denied arrested detained killed injured wounded evacuated rescued freed kidnapped abducted".split())


#: One someone told by a common noun, the subject of a passive: "A farmer was injured when …", "A
#: teenager was arrested". Singular, so one happening to someone, not a statistic ("deaths rose").
_ONE_SOMEONE = re.compile(r"^\s*(?:A|An)\s+(?:[a-z]+\s+)?[a-z]+(?<!s)\s+$")


@dataclass(frozen=True, slots=True)
class Occurrence:
    trigger_start: int
    trigger_end: int
    trigger: str
    #: News told in the present perfect (:data:`_PERFECT_ACT`): the opening sentence of a news article
    #: sums up a happening its body tells again, so the builder reads such news elsewhere only.
    perfect_news: bool = False

    @property
    def word(self) -> str:
        """The occurrence itself ("resigned", "death"), for derivations."""
        words = [w for w in self.trigger.lower().split() if w not in ("to", "down", "in", "of")]
        if words[0] in _VERB_FIRST:
            return words[0]  # "denied the claims", "arrested 40 people": the act, not its object
        return words[1] if words[0] == "the" and len(words) > 1 else words[-1]


_NAME = r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w’'-]+){0,4}"
# The subject right before the verb, perhaps with an aside between: "X, on his last visit, offered".
_SUBJECT_VERB = re.compile(rf"({_NAME})(?:,[^,]{{1,80}},)?\s+(?:\w+ly\s+)?$")
# Words that show a name before the verb is not its subject: "a meeting between A and B was denied".
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:and|or|of|between|with|to|for|in|on|at|from|by|against|than)\s+$")
_PASSIVE_BY = re.compile(rf"^\s+by\s+(?:the\s+)?({_NAME})")
#: Verbs whose title reads better with what follows ("posts on his page a picture …").
_TAKES_OBJECT = frozenset("posted republished signed launched invaded captured bestowed awarded established founded banned vetoed offered failed withdrew "
                          "raised received won secured bought acquired sold hired completed agreed".split())
_OBJECT_START = re.compile(r"^\s+(?:the|a|an|his|her|its|their|[A-Z])")
#: A comma or full stop between digits ("all 8,000 prisoners", "4.5 percent") is part of a number.
#: (A full stop after a lone capital, "U.S. troops", "U.N. observers", is an abbreviation's, not the
#: end of the object.)
_CONTINUATION_END = re.compile(
    r"(?<!\d),|,(?!\d)|(?<!\d)(?<!\b[A-Z])\.|(?<!\b[A-Z])\.(?!\d)|[;:!?“”\"(]|"
    r"\s(?:and|but|which|who|while|because|after|before|when)\s")
_WHOSE = re.compile(rf"({_NAME})\s+whose\s+")


#: The subject and the "was" of a passive whose second participle follows "and later": "She was
#: appointed professor of surgery and " -> ("She", "was").
_SHARED_PASSIVE_SUBJECT = re.compile(
    rf"(?:(?:^|[.!?]\s+)((?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){{0,5}}?)|\b({_NAME}|[Ss]he|[Hh]e|[Tt]hey)),?\s+(was|were)\s+[^.;!?]*\band\s+$")


def _continuation(text: str, at: int, limit: int) -> str:
    """The object after the verb, up to the next punctuation or clause word."""
    rest = text[at:limit]
    cut = _CONTINUATION_END.search(rest)
    return " ".join(rest[: cut.start() if cut else len(rest)].split())


def occurrence_title(text: str, occurrence: Occurrence) -> str | None:
    """ "… Foreign Minister Javad Zarif theatrically resigned over …" -> "Javad Zarif resigns";
    "… was denied by the Russian Foreign Ministry" -> "Russian Foreign Ministry denies …"."""
    if occurrence.trigger[:1] in "’'" or occurrence.trigger.lower().startswith(("his ", "her ", "their ", "its ", "the ")):
        return None  # nominal: the title rules turn "X's death" into "X dies"
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.words import MAX_WORDS
    from explorer.events.titles.finish import _finish  # the same title rules as event titles

    line_start = text.rfind("\n", 0, occurrence.trigger_start) + 1
    line_end = text.find("\n", occurrence.trigger_end)
    line_end = len(text) if line_end == -1 else line_end
    sentence_end = min((i for i in (text.find(". ", occurrence.trigger_end), line_end) if i != -1), default=line_end)
    before = text[max(line_start, occurrence.trigger_start - 120) : occurrence.trigger_start]
    if occurrence.trigger.split()[0].lower() in ("later", "then", "subsequently"):
        # "She was appointed professor and later elected president": the passive shares the first
        # verb's subject and its "was"
        shared = _SHARED_PASSIVE_SUBJECT.search(before)
        if shared is None:
            return None
        be = "is" if shared.group(3).lower() == "was" else "are"
        told = f"{shared.group(1) or shared.group(2)} {be} {occurrence.trigger} {_continuation(text, occurrence.trigger_end, sentence_end)}"
        return _finish(told.split(), occurrence.trigger)
    words = occurrence.trigger.split()
    by = _PASSIVE_BY.match(text[occurrence.trigger_end:sentence_end])
    if by and words[0].lower() in ("was", "were", "has", "have", "had") and (active := present_of(words[-1])):
        # Passive with its agent: say it actively, the agent first.
        clause_start = max(before.rfind(c) + len(c) if before.rfind(c) != -1 else 0
                           for c in (",", ";", ":", " that ", "—", ". ", "? ", "! "))
        patient = before[clause_start:].strip()
        if patient.lower() in ("he", "she", "they", "it", "we", "i", "you"):
            return None  # "She was sentenced by Judge X": the title rules name whom the pronoun stands for
        if re.match(r"^(?:The|A|An|Its|Their|His|Her)\s+[a-z]", patient):
            patient = patient[:1].lower() + patient[1:]  # a sentence's first word, now an object: "sentences the driver"
        whose = _WHOSE.search(before)
        if whose:  # "X whose appointment was vetoed by Y" -> "Y vetoes X's appointment"
            patient = f"{short_name(whose.group(1))}’s " + before[whose.end():].strip()
        patient = re.sub(r"^(?:it (?:should|must) be noted that|that)\s+", "", patient, flags=re.IGNORECASE)
        agent = short_name(by.group(1).rstrip("."))
        return _finish(f"{agent} {active} {patient}".split()[: MAX_WORDS + 1], occurrence.trigger)
    m = _SUBJECT_VERB.search(before)
    if not m or _NOT_SUBJECT_BEFORE.search(before[: m.start()]):
        return None
    title = f"{short_name(m.group(1))} {occurrence.trigger}"
    following = text[occurrence.trigger_end:sentence_end]
    if occurrence.trigger.endswith(" to") or _OBJECT_START.match(following) or (
        occurrence.word in _TAKES_OBJECT and re.match(r"^\s+(?:on|in|at|to|from|with|against)\s", following)
    ):
        title += " " + _continuation(text, occurrence.trigger_end, sentence_end)
    return headline_tense(_finish(title.split(), occurrence.trigger))


def iter_after_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """Happenings told in a clause of their own of a dated sentence: an "after" clause (see
    :data:`_AFTER_CLAUSE`), a counted subject (:data:`_COUNTED_CLAUSE`) or a named one
    (:data:`_OWN_SUBJECT_CLAUSE`), each with its title ("Three trial patients develop jaundice"),
    outside quotations; one per verb."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import _finish

    sentence = text[sentence_start:sentence_end]
    seen: set[int] = set()
    nominal = _AFTER_NOUN_PHRASE.match(sentence)
    if nominal and not inside_quotation(sentence[: nominal.start()]) and not _AFTER_CLAUSE.match(sentence, nominal.start("phrase") - 6):
        phrase = " ".join(nominal.group("phrase").split())
        seen.add(nominal.start("noun"))
        yield Occurrence(sentence_start + nominal.start("noun"), sentence_start + nominal.end("noun"),
                         nominal.group("noun")), phrase[:1].upper() + phrase[1:]
    for m in [*_AFTER_CLAUSE.finditer(sentence), *_SUBORDINATE_OTHER_SUBJECT.finditer(sentence),
              *_PRONOUN_PASSIVE_CLAUSE.finditer(sentence),
              *_COUNTED_CLAUSE.finditer(sentence), *_OWN_SUBJECT_CLAUSE.finditer(sentence)]:
        if inside_quotation(sentence[: m.start()]) or m.start("verb") in seen:
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        if verb.split()[0].lower() in ("was", "were"):
            passive = headline_tense(f"{m.group('subject').strip()} {verb}")
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), _finish(
                f"{passive} {_continuation(sentence, m.end(), len(sentence))}".split()[:8], verb)
            continue
        present = present_of(verb) or PARTICIPLES.get(verb)
        if present is None:
            continue
        rest = _continuation(sentence, m.end(), len(sentence))
        subject = m.group("subject").strip()
        if verb in PARTICIPLES:  # "a week after the army had withdrawn from it": "The army withdraws from it"
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), _finish(
                f"{subject[:1].upper()}{subject[1:]} {present} {rest}".split()[:8], present)
            continue
        # told in the past and put in the headline's present by the title rules, so that the verb agrees
        # with a plural subject ("Three lifeguards report rashes", not "… reports …")
        title = headline_tense(_finish(f"{subject} {verb} {rest}".split()[:8], verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title


def iter_joined_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """Happenings told in a clause joined to a dated one by "and", which shares its time: a bare verb
    sharing the subject (:data:`_SHARED_SUBJECT_CLAUSE`, "… in November and ordered an inquiry") or a
    common noun phrase of its own (:data:`_ARTICLE_SUBJECT_CLAUSE`, "…, and the opposition tabled a
    motion"), each with its title, outside quotations; one per verb."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import _finish

    sentence = text[sentence_start:sentence_end]
    if _LOG_LINE.match(sentence):
        return  # "23:05 – The first crew arrived and closed the road": a log's line is one entry
    seen: set[int] = set()
    for m in [*_WHEN_MAIN_CLAUSE.finditer(sentence), *_WHEN_NAMED_AFTER_DATE.finditer(sentence)]:
        if m.start("verb") in seen:
            continue
        subject = m.group("subject").strip()
        if inside_quotation(sentence[: m.start()]) or _SAID_BEFORE.search(sentence[: m.start()]) or \
                subject.split()[0] in ("It", "This", "That", "There", "We", "I", "You", "He", "She", "They") or \
                _ASKED_TO_ACT.match(sentence, m.end()) or present_of(m.group("verb")) is None:
            continue
        if _STATE_ADVERB.search(subject):
            continue  # "…, when the school still heated its classrooms with coal": a state, not an act
        seen.add(m.start("verb"))
        verb = m.group("verb")
        title = headline_tense(_finish(f"{subject} {verb} {_continuation(sentence, m.end(), len(sentence))}".split()[:8], verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
    for m in _CONTINUATIVE_RELATIVE.finditer(sentence.rstrip(" .!?\n")):
        if inside_quotation(sentence[: m.start()]) or _SAID_BEFORE.search(sentence[: m.start()]):
            continue
        named = _NAME_ANTECEDENT.search(sentence, 0, m.end("rel"))
        subject = named.group(1) if named else relative_antecedent(sentence, m.end("rel"))
        present = present_of(m.group("verb"))
        if not subject or present is None or subject.split()[0].lower() in ("it", "this", "that", "there"):
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        subject = subject[:1].upper() + subject[1:]
        title = headline_tense(_finish(f"{subject} {verb} {_continuation(sentence, m.end(), len(sentence))}".split()[:8], verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
    for m in [*_ARTICLE_SUBJECT_CLAUSE.finditer(sentence), *_GROUP_SUBJECT_CLAUSE.finditer(sentence),
              *_ARTICLE_SUBJECT_NO_COMMA.finditer(sentence), *_SHARED_SUBJECT_CLAUSE.finditer(sentence),
              *_SHARED_SUBJECT_ACT.finditer(sentence), *_LISTED_VERB.finditer(sentence),
              *_SHARED_SUBJECT_MOVE.finditer(sentence)]:
        if inside_quotation(sentence[: m.start()]) or m.start("verb") in seen:
            continue
        if m.re in (_LISTED_VERB, _SHARED_SUBJECT_ACT) and (first := _FIRST_PAST.search(sentence, 0, m.start())) and \
                re.fullmatch(_NOT_HAPPENING_VERBS, first.group()):
            continue  # "She lived in Paris, taught French and wrote novels": a list that opens with a state
        if m.re is _SHARED_SUBJECT_MOVE and (first := _FIRST_PAST.search(sentence, 0, m.start())) and (
                _STATE_VERB.fullmatch(first.group()) or first.group() in ("was", "were")
                and not _PASSIVE_BEFORE.search(sentence, 0, m.start())):
            continue  # "She lived in the city and fought for its schools": a life's state and its cause
        if m.re is _ARTICLE_SUBJECT_NO_COMMA and not _FIRST_PAST.search(
                sentence, max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()), 0), m.start()):
            continue  # "The mayor and the council closed the bridge": one subject of two, no clause before
        if _TOLD_OR_RELATIVE.search(sentence[: m.start()]):
            continue  # "…, who walked the route and estimated the cost", "said … and thanked": not the main line
        if _ASKED_TO_ACT.match(sentence, m.end()):
            continue
        if "subject" in m.groupdict():
            subject = m.group("subject").strip()
        else:  # a bare verb: the subject of the clause before
            subject = subject_before(sentence, m.start("verb")) or ""
            # (a list's own subject: for a listed act, or the "and" act that closes a list)
            in_list = m.re is _LISTED_VERB or any(n.start() < m.start() for n in _LISTED_VERB.finditer(sentence))
            listed = _LIST_SUBJECT.match(sentence) if in_list else None
            if not subject and listed and listed.end() <= m.start() and present_of(listed.group("first")) and \
                    not re.fullmatch(_NOT_HAPPENING_VERBS, listed.group("first")):
                subject = listed.group("subject")  # "As minister she introduced X and closed Y"
            if not subject or subject.split()[0].lower() in ("it", "this", "that", "there", "which", "who"):
                continue
        present = present_of(m.group("verb"))
        if present is None:
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        rest = _continuation(sentence, m.end(), len(sentence))
        passive = _PASSIVE_BEFORE.search(sentence, 0, m.start()) if m.re is _SHARED_SUBJECT_MOVE else None
        if passive is not None:  # "was charged … and released on bail": "… is released on bail"
            be = "is" if passive.group("be") == "was" else "are"
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), _finish(
                f"{subject} {be} {verb} {rest}".split()[:9], verb)
            continue
        title = headline_tense(_finish(f"{subject} {verb} {rest}".split()[:8], verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title


#: Between two dates of one sentence, a second predicate joined by "and" whose date is the second one:
#: "joined the party in 1990, …, and was elected to the council four years later", "were relegated in
#: 2019 and promoted again two years later". Nothing but the predicate's own words may follow the verb
#: (no comma, no second "and"): the date is that predicate's.
_JOINED_BEFORE_DATE = re.compile(
    # (or by ", then": "raised rates in November 2019, then cut them three times in the spring of 2020")
    r"(?:\band\s+|,\s+(?=then\s))(?P<told>(?:(?:was|were)\s+)?(?:later\s+|then\s+|again\s+|also\s+|subsequently\s+)?"
    rf"(?!(?:{_NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{_PAST_FORMS})\b(?:(?!\band\b)[^,;:—–()])*)$"
)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|since|by)\s+$")


def retitle_joined_dates(text: str, events: list) -> list:
    """Give a dated event its own title when its date belongs to a predicate joined by "and" after an
    earlier date of the sentence ("Ilves joined the party in 1990, …, and was elected to the council four
    years later"): titled from the first clause, both would read "Ilves joins the party" and be folded
    into one happening, or the second would tell the first's predicate. The joined predicate shares the
    first clause's subject."""
    from dataclasses import replace

    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import _finish

    out = []
    by_sentence: dict[int, list] = {}  # one sentence's events, in order: looking through all was quadratic
    for event in events:
        by_sentence.setdefault(event.sentence_start, []).append(event)
    for event in events:
        earlier = [e for e in by_sentence[event.sentence_start] if e.timex and event.timex
                   and e.timex_end <= event.timex_start]
        if earlier:
            between = text[earlier[-1].timex_end:event.timex_start]
            m = _JOINED_BEFORE_DATE.search(between)
            if m and (_UNTIL_BEFORE.search(between) or _TOLD_OR_RELATIVE.search(text[event.sentence_start:earlier[-1].timex_end])):
                m = None  # "and taught there until 1955": a state's end; "said … and moved inland": what was said
            sentence = text[event.sentence_start:event.sentence_end]
            at = earlier[-1].timex_end - event.sentence_start + (m.start("told") if m else 0)
            subject = subject_before(sentence, at) if m and not inside_quotation(sentence[:at]) else None
            told = m.group("told").split() if m else []
            verb = next((w for w in told if w not in ("was", "were", "later", "then", "again", "also", "subsequently")), "")
            if verb and (present_of(verb) or verb)[:4].lower() in event.title.lower():
                subject = None  # the title already tells the joined predicate
            if m and subject and subject.split()[0].lower() not in ("it", "this", "that", "there", "which", "who"):
                title = headline_tense(_finish(f"{subject} {' '.join(m.group('told').split())}".split()[:10], m.group("told").split()[-1]))
                event = replace(event, title=title, derivation=f"{event.derivation}; titled from the predicate joined by 'and'")
        out.append(event)
    return out


def inside_quotation(before: str) -> bool:
    """Whether the text after ``before`` is inside quotation marks. A straight quote opens after a
    space or at the start and closes otherwise, so a sentence that begins inside a quotation (its
    first mark closes it) is not read the wrong way round."""
    depth = 0
    for i, ch in enumerate(before):
        if ch == "“" or ch == '"' and (i == 0 or before[i - 1] in " \t\n([—–-"):
            depth += 1
        elif ch in "”\"":
            depth = max(0, depth - 1)
    return depth > 0


def find_occurrence(text: str, sentence_start: int, sentence_end: int) -> Occurrence | None:
    """The first narrated (not quoted, not hypothetical) notable occurrence in a sentence, if any."""
    return next(iter_occurrences(text, sentence_start, sentence_end), None)


#: News told in the present perfect: "The coastguard has rescued two walkers", "The regional council has
#: opened three rest centres", "Harbour police have closed the seafront road", "The grower has since
#: replaced all hose couplings". A one-off act done to something (an object follows), told as news.
#: Not a verb of saying, thinking, a state or a measure (:data:`_NOT_HAPPENING_VERBS` and the ones
#: listed here), not told by "I", "we", "you" or a relative pronoun, and not in a clause that counts
#: or spreads it over a period (:data:`_OVER_A_PERIOD`: "has opened 14 branches since 2012", "has
#: raised its tax every year"), which the README's conventions leave out as tallies and habits.
_PERFECT_ACT = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\byou\s)(?<!\bYou\s)(?<!\bwho\s)(?<!which\s)(?<!\bthat\s)"
    r"\b(?:has|have)\s+(?:since\s+|also\s+|just\s+|now\s+|finally\s+)?"
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|spent|increased|decreased|doubled|tripled|risen|fallen|grown|become|"
    r"been|shown|seen|made|given|taken|gained|lost|received|welcomed|praised|criticised|criticized|urged|called|"
    r"asked|accused|blamed|estimated|forecast|predicted|suggested|recommended|proposed|survived|listed|played|helped|"
    # a change of a quantity or a degree: a trend ("has reduced the number of its raids"), not one act
    r"reduced|lowered|halved|boosted|expanded|improved|slowed|accelerated|intensified|weakened|strengthened)\b)"
    r"(?:[a-z]{3,}ed|" + "|".join(PARTICIPLES) + r"))\b" + _OBJECT_AFTER)
#: Words that count a perfect's acts or spread them over a period (a tally or a habit, not one act), or
#: hedge it ("most likely have played a role": a judgement).
_OVER_A_PERIOD = re.compile(r"\b(?:likely|probably|perhaps|possibly|reportedly|allegedly|since|(?:every|each)\s+(?:other\s+)?(?:[a-z]*day|night|week\w*|month|year|season|summer|"
                            r"winter|spring|autumn|time|morning|evening|quarter)|so\s+far|ever|always|never|not|times|repeatedly|regularly|"
                            r"already|recent\s+(?:years|months|weeks)|past|last|this\s+year|years?|months?|weeks?)\b",
                            re.IGNORECASE)


def iter_occurrences(text: str, sentence_start: int, sentence_end: int) -> Iterator[Occurrence]:
    """Every narrated (not quoted, not hypothetical) notable occurrence in a sentence, in order."""
    sentence = text[sentence_start:sentence_end]
    if len(sentence.split()) < 4 or _FURNITURE.match(sentence):
        return
    found = list(_notable_occurrences(sentence, sentence_start))
    taken = {(o.trigger_start, o.trigger_end) for o in found}
    for m in _PERFECT_ACT.finditer(sentence):
        before = sentence[: m.start()]
        if inside_quotation(before) or _NOT_NARRATIVE.search(before) or any(
                a <= sentence_start + m.start("verb") < b for a, b in taken):
            continue
        left, right = clause_bounds(sentence, m.start("verb"), m.end("verb"))
        # (the clause around its "has": "has since replaced" tells when, not how often)
        if _OVER_A_PERIOD.search(sentence[left:m.start()] + " " + sentence[m.end("verb"):right]):
            continue
        found.append(Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb"), True))
    yield from sorted(found, key=lambda o: o.trigger_start)


def _notable_occurrences(sentence: str, sentence_start: int) -> Iterator[Occurrence]:
    """The occurrences :data:`TRIGGER` reads in a sentence (see :func:`iter_occurrences`)."""
    for m in TRIGGER.finditer(sentence):
        before = sentence[: m.start()]
        if inside_quotation(before):
            continue  # inside a quotation: what someone said, not what happened
        if _NOT_NARRATIVE.search(before):
            continue
        if not re.search(r"[A-Z][a-z]", before + sentence[m.end():]) and not _ONE_SOMEONE.match(before):
            continue  # nobody named: "deaths rose" is a statistic, not an occurrence
        nominal = m.group()[:1] in "’'" or m.group().lower().startswith(("his ", "her ", "their ", "its ", "the "))
        left, right = clause_bounds(sentence, m.start(), m.end())
        if nominal and _DEMAND.search(sentence[max(left, m.start() - 60):min(right, m.end() + 80)]):
            continue  # a condition or a demand names what should happen, not what did
        if nominal and _TIME_ANCHOR_BEFORE.search(before) and re.match(r"(?i)(?:his|her|their|its)\s", m.group()):
            continue  # "since his arrest", "30 days after his release": a time told by another happening
        yield Occurrence(sentence_start + m.start(), sentence_start + m.end(), m.group())


#: A sentence with no date of its own that opens with its subject and a past verb acting on an object:
#: "Hollins Plumbing repaired it at a cost of £740", "The board hired a forensic accounting firm",
#: "Engineers repaired a damaged span of the bridge". Told in a story between dated happenings, it is
#: a happening at the story's time, as a reader takes it. The subject is a name, a common noun phrase
#: with its determiner or a bare plural; its verb tells neither a state, a saying nor a thought (see
#: :data:`_NOT_HAPPENING_VERBS`), and acts on something (an object, a name, a number or a pronoun):
#: without one a past verb more often tells a manner or a state ("the audience fell steadily").
#: A word of a common noun phrase subject: not an auxiliary, a negation, an adverb ("The coalition has
#: survived", "The abbey never regained", "The pandemic nearly ended it" tell no act of the subject's)
#: nor a lower-case past form, the verb itself ("The Allies experienced mixed fortunes" is no "The
#: Allies experienced" that mixed).
_SUBJECT_WORD = (r"(?!(?:has|have|had|was|were|is|are|will|would|can|could|may|might|must|shall|should|did|does|"
                 r"not|never|nearly|almost|also|only|just|still|then|later)\b)(?![a-z]+ly\b)(?![a-z]+ed\b)[\w’'-]+")
_PLAIN_SUBJECT = (
    rf"(?P<subject>(?:(?-i:The|A|An|the|a|an)\s+(?:{_SUBJECT_WORD}\s+){{0,3}}?{_SUBJECT_WORD}|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|"
    # a name's someone ("Queen Ysolde's grandson", "Tarrant's deputy") or a bare plural told by a capitalised
    # word ("Rebel troops", "Several families", "Northern settlers"): someone a history follows
    rf"(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){{0,2}}['’]s\s+(?:{_SUBJECT_WORD}\s+)?{_SUBJECT_WORD}|"
    r"(?-i:[A-Z][a-z]+)\s+(?-i:[a-z]{3,}(?<!ss)s|[a-z]*men|people)(?=\s)|"
    # (after an opening clause, a count of people in lower case: "After …, two battalions crossed the river")
    r"(?-i:two|three|four|five|six|several)\s+(?-i:[a-z]{3,}(?<!ss)s|[a-z]*men|people)(?=\s)))"
    r"(?:,[^,;]{1,60},)?\s+(?:later\s+|then\s+|also\s+|quickly\s+|finally\s+|eventually\s+)?")
_PLAIN_PAST = re.compile(
    _PLAIN_SUBJECT +
    rf"(?P<verb>(?!(?:{_NOT_HAPPENING_VERBS}|used|employed|earned|made|had|gave|took|got|went|came|became|began|led|"
    r"ran|met|won|lost|found|faced|served|covered|reached|supported|opposed|called|described|named|showed|shown|"
    r"followed|owned|remained|housed|attracted|drew|carried|produced|received|described|suggested|warned|"
    r"estimated|expected|welcomed|praised|criticised|criticized|accused|blamed|admitted|confirmed|denied|"
    # an opening told by its manner, a courtesy of a meeting's record, a cause, a measure that moved
    r"started|thanked|reminded|presented|brought|put|promised|rose|fell|climbed|dropped|grew|increased|decreased|"
    r"declined|jumped|slipped|gained|doubled|halved|topped|exceeded|equalled|equaled|"
    # a view, a claim, a quotation or a period spent: what someone held or said, or how time went
    r"envisioned|envisaged|viewed|regarded|considered|expressed|alleged|quoted|cited|experienced|retained|"
    r"enjoyed|spent|marked|"
    # what something was or meant, told with a past verb: a role, a control, a terms' content, an effect
    r"constituted|represented|stipulated|controlled|dominated|dogged|played|characterized|characterised|"
    r"symbolized|symbolised|proved|demonstrated|reflected|illustrated|signalled|signaled|deprived|"
    r"demoralized|demoralised|enforced|ruled)\b)"
    # (an irregular past done again: "The council rebuilt the hall", "The army retook the fort")
    rf"(?:[a-z]{{3,}}ed|(?:re(?!sent\b|lay\b|bound\b))?(?:{_PAST_FORMS})))\b"
    rf"(?:{_OBJECT_AFTER}|(?=\s+(?:it|them|him|me|us|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|dozens|hundreds|thousands)\b))",
)
#: A plain act told by its subject and a verb of :data:`ACTS_WITHOUT_OBJECT`: "The duke fled to the
#: court", "The garrison held out for six weeks", "The talks broke down", "The nobles revolted".
_ACT_WITHOUT_OBJECT = re.compile(_PLAIN_SUBJECT + rf"(?P<verb>{ACTS_WITHOUT_OBJECT})")
#: An opening "when", "after" or "once" clause before the main clause it times: a happening told after
#: it is the main clause's (the opening clause tells when, as a date would).
_OPENING_WHEN = re.compile(r"\s*(?:(?:When|After|Once|As\s+soon\s+as)\s+(?:[^,;\d]{3,120})|"
                           # or an adverb that moves the story on: "Eventually, Rome annexed the islands"
                           r"Eventually|Finally|Soon|Soon\s+after(?:wards)?|Shortly\s+after(?:wards)?|Afterwards|"
                           r"Later|Later\s+on|Then|Next|In\s+the\s+end|At\s+last|Meanwhile),\s+"
                           r"(?=(?-i:[A-Z]|the\s|a\s|an\s|(?:two|three|four|five|six|several)\s+[a-z]{3,}s\s))|"
                           # (without its comma too: "Finally the duke accepted the terms", "Then the fleet sailed")
                           r"(?:Eventually|Finally|Then|Later|Soon\s+after(?:wards)?|Afterwards)\s+(?=(?-i:the\s|a\s|an\s|[A-Z][a-z]+\s+[a-z]+ed\b))")
#: Words that open a sentence but are no subject of a happening.
_NOT_A_SUBJECT = frozenset("It This That There These Those Here What Which Who When Where While If As In On At By For "
                           "From After Before During Since Until Under Over With Without According Some Many Most All "
                           "Each Every No One Both Such Other Another Only Even Yet But And So Then Now Still Also "
                           "Although Though However Meanwhile Later Earlier Today Yesterday Last Next "
                           # the writer's own "we" (minutes, a post-mortem) and the seasons
                           "We I You Our My Your Spring Summer Autumn Winter "
                           # a pronoun or a possessive: in a profile or a history it more often opens a
                           # habit or a quality ("She entered politics almost by accident", "His
                           # performance steadied his party") than an act to list
                           "He She They His Her Its Their".split())
#: The head of a subject that names a happening, a finding or a plan rather than someone who acts: its
#: past verb tells a consequence or a result ("The massacre widened the rift", "The offensive triggered
#: the collapse", "The study found …"); the reader lists the happening it names, told where it happens.
_ABSTRACT_HEAD = re.compile(
    # (not a body of people named by such a word: "The opposition tabled a motion", "The management
    # closed the canteen")
    r"^(?!(?:government|management|opposition|administration|commission|corporation|federation|association|"
    r"organisation|organization|coalition|delegation|parliament|department|legislature|presidency|authority|"
    r"university|community|municipality|charity|ministry)$)[\w’'-]*(?:tion|sion|ment|ance|ence|ity|ness|ure|ism)$|"
    r"^(?:war|attack|offensive|counterattack|massacre|murder|crisis|"
    r"result|results|performance|decision|move|plan|policy|report|study|survey|research|data|figures|evidence|"
    r"estimate|estimates|rise|fall|defeat|victory|loss|deal|law|bill|rule|change|changes|event|"
    r"events|news|story|idea|effect|impact)$", re.IGNORECASE)
#: The last word of a happening's name ("the Spring Offensive", "the Salt Revolt"): such a subject tells
#: a consequence of the happening, not an act of someone's.
_HAPPENING_NAME_HEAD = re.compile(r"(?:War|Offensive|Revolt|Rebellion|Uprising|Massacre|Campaign|Invasion|Crisis|"
                                  r"Revolution|Accords?|Treaty|Agreement|Battle|Siege|Incident|Affair)$")
#: A count of time or of a measure after the verb: "equalised five minutes later", "gained 4 percent".
_MEASURE_AFTER = re.compile(r"\s+(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|a\s+few|several)\s*"
                            r"(?:%|percent|per\s+cent|points?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b")


def plain_past_clause(text: str, sentence_start: int, sentence_end: int) -> tuple[Occurrence, str] | None:
    """The happening of an undated sentence told by its opening subject and a past verb acting on an
    object (see :data:`_PLAIN_PAST`), with its title ("The board hires a forensic accounting firm"), or
    None. Quoted speech and a sentence of a quotation are left out: what someone said happened is told
    by the saying."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import _finish

    sentence = text[sentence_start:sentence_end]
    lead = len(sentence) - len(sentence.lstrip())
    opening = _OPENING_WHEN.match(sentence)
    if opening:  # "When they came to the fork, Hollin chose the northern branch": the main clause's act
        lead = opening.end()
    m = _PLAIN_PAST.match(sentence, lead) or _ACT_WITHOUT_OBJECT.match(sentence, lead)
    if m is None or m.group("subject").split()[0] in _NOT_A_SUBJECT or m.group("subject").lower() in ("a", "an", "the") \
            or (not opening and m.group("subject")[:1].islower()):
        return None  # a determiner alone is no name: "An organized insurgency" is no "An" that organized
    if any(q in sentence for q in _QUOTES) or inside_quotation(text[text.rfind("\n", 0, sentence_start) + 1:sentence_start]):
        return None
    if _MEASURE_AFTER.match(sentence, m.end()):
        return None
    if _MEASURE_AFTER.match(sentence, m.end()):
        return None
    words = m.group("subject").split()
    # the head of "The murder of the governor" is "murder"
    head = (words[words.index("of") - 1] if "of" in words[1:] else words[-1]).rstrip("’'s")
    if (words[0].lower() in ("the", "a", "an") or head[:1].islower()) and _ABSTRACT_HEAD.search(head):
        return None
    if head[:1].isupper() and len(words) > 1 and _HAPPENING_NAME_HEAD.match(head):
        return None  # "The Spring Offensive ended …", "The Harvest Revolt cost …": a happening's name
    if _ASKED_TO_ACT.match(sentence, m.end()):
        return None  # "persuaded the council to lease the building": the act asked for is the happening
    verb = m.group("verb")
    if present_of(verb) is None:
        return None
    subject = " ".join(m.group("subject").split())
    title = headline_tense(_finish(f"{subject} {verb} {_continuation(sentence, m.end(), len(sentence))}".split()[:8], verb))
    return Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
