"""Happenings told in a clause joined to another by "and", a comma list, a "when" or a relative pronoun
("… in November and ordered an inquiry", "…, and the opposition tabled a motion", "When the bank
refused credit, a junior accountant discovered the second ledger"), and the titles of predicates
joined between two dates of one sentence.

A joined clause shares the sentence's time; these patterns decide which joined verbs tell a happening
of their own and who did it.
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.act_series import SERIES_STEP, opening_subject, opening_verb, perfect_without_act
from explorer.events.clauses import ADVERBS_BEFORE_JOINED_VERB, GROUP_NOUNS, NAME_ANTECEDENT, participle_opens_subject, relative_antecedent, named_subject_before, subject_before
from explorer.events.happening_verbs import (ACTS_WITHOUT_OBJECT, ARRIVAL, ARRIVAL_TIME, DECISION, FIGURE_MOVES, HABIT_WORDS, LIFE_STATE_VERBS, LIGHT_VERB_ACT, LIGHT_VERBS,
                                             MEASURE_VERBS, MOVE_COMPLEMENT, MOVE_VERB,
                                             NOT_HAPPENING_VERBS, OBJECT_AFTER, PASSIVES, PAST_FORMS, PAST_VERB, PHRASAL_ACT, PLACING,
                                             SPOKEN_ASKING_VERBS, asks_someone_to_act, past_since_last_break)
from explorer.events.occurrences import Occurrence, continuation, inside_quotation
from explorer.events.opening_time_clauses import LONGER_TIME_OPENER
from explorer.events.people_clauses import PEOPLE_CLAUSE, reads_as_a_clause
from explorer.events.entry_present import entry_words_start, in_an_entry, past_of as entry_past_of, told_in_the_past
from explorer.events.state_verbs import STAYS, state_forms
from explorer.events.subjectless_entries import told_without_subject, under_a_day_line
from explorer.events.titles.document_subjects import unnamed_writer
from explorer.events.titles.log_keepers import log_keeper
from explorer.events.happening_turns import TURN_CLAUSE
from explorer.events.writer_acts import WRITER_CLAUSE
from explorer.events.where_steps import where_step_subject
from explorer.events.shared_be_firsts import earlier_participles
from explorer.events.tense import PARTICIPLE_FORMS, PARTICIPLES
from explorer.number_words import spelled
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, alternatives

#: A pronoun object followed by a place it is brought to or left at: "drove it to the centre",
#: "released them on the river", "towed it into port".
#: The writer too, in a memoir, a diary or a letter, and a particle before the place ("sent me down into
#: the hull", "pulled her out of the water", "drove us back to the hostel"); not a figure of speech's
#: "place" ("put us to the test", "brought me to the brink").
_PRONOUN_TO_A_PLACE = (r"(?=\s+(?:it|them|him|her|me|us)\s+(?:(?:down|back|up|out|off|away)\s+)?(?:to|into|onto|on|at|from|"
                       r"under|across|through|inside|outside|behind|beside|near|over|(?<=out\s)of)\s+"
                       r"(?:the|a|an|his|her|its|their|our|my|(?-i:[A-Z]))\b"
                       r"(?!\s+(?:[\w’'-]+\s+)?(?:test|attention|brink|edge|verge|fore|limit|point|heart|core|end)\b))")
#: A second happening told by a bare verb that shares the subject of the clause before, in a dated
#: sentence: "Reyn sacked the minister in November and ordered an inquiry", "Police raided the office on
#: 3 May and seized computers". A verb of saying, thinking or being is no happening (see
#: :data:`NOT_HAPPENING_VERBS`); without an object the verb more often tells a manner ("and settled
#: quickly"). The subject is the one :func:`~explorer.events.clauses.subject_before` finds. A light
#: verb whose object names one act is one too ("… and took power", :data:`LIGHT_VERB_ACT`), and so is
#: a verb that moves a thing just told, its pronoun, to a place ("found the swan … and drove it to the
#: centre", "and released it on the river"): a pronoun object alone more often ends a manner or a
#: judgement ("and made it clear", "and liked it").
_SHARED_SUBJECT_CLAUSE = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+|promptly\s+)?"
    rf"(?P<verb>(?P<light>{LIGHT_VERB_ACT}|{PHRASAL_ACT})|(?!(?:{NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?(light)|(?:{OBJECT_AFTER}|{_PRONOUN_TO_A_PLACE}))",
)


#: A second verb of the same subject joined by "and" whose complement is a preposition or a particle,
#: not an object: "was charged in May and released on bail", "heard the case in September and ruled for
#: the residents", "suspended the talks and returned home", "married the following spring and trained as a
#: midwife". Closed to the prepositions of a place, a move, a role or a party; a manner ("and settled
#: quickly"), a measure ("and rose by 4%") or a time alone ("and ended in 2001") is not read here.
_SHARED_SUBJECT_MOVE = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+)?(?P<verb>" + MOVE_VERB + r")\b" + MOVE_COMPLEMENT)


#: A relative clause that goes on with the story after the main clause, at the sentence's end: "The
#: duchy appealed to the Emperor, who sent a mediator", "The board hired an accounting firm, which found a
#: shortfall of 31 million euros". Its own subject is the noun it tells of, its verb acts on something,
#: and nothing but the verb's own words follow (a relative clause in the middle of a sentence describes
#: its noun: "Tarrow, which runs the quarry, challenged …").
_CONTINUATIVE_RELATIVE = re.compile(
    r",\s+(?P<rel>(?:who|which)\s+)(?:then\s+|later\s+|promptly\s+|quickly\s+|soon\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|used|employed|housed|served|covered|supplied|ran|runs)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"{OBJECT_AFTER}(?=[^,;:]*$)"
)


#: A relative clause at the sentence's end whose relative pronoun is its verb's object, with a subject of
#: its own: "… approached the board in January with an offer of 265 pence, which the board rejected as too
#: low", "… asked for more safety data, which the maker submitted in April". What the subject did to the
#: noun is a happening of its own (session 56: every such clause on the readable and opened parts, 17 of 17,
#: holds a gold event), at the time of the clause before unless it dates itself. Its subject is a name or
#: a noun phrase with "the" or a possessive; the verb tells an act (not a state, a saying or a naming).
_OBJECT_RELATIVE = re.compile(
    r",\s+(?P<rel>(?:which|whom)\s+)(?P<subject>(?-i:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}\s+)"
    r"(?:(?:later|then|promptly|quickly|swiftly|also|duly|first)\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{LIGHT_VERBS}|used|called|named|described|considered|regarded)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    r"(?=\s*$|\s+(?:as|within|in|on|at|to|after|before|the\s+(?:next|following)|two|three|a\s+(?:week|month|year|day))\b[^,;:]*$)")


#: A second act of the same subject joined by "and" whose object is a noun with no determiner, perhaps
#: after an adjective or a noun: "recaptured two bridges … and pushed rebel fighters out of the town",
#: "drained the fluid and took blood samples", "repaired the trench and carried wire to the front line",
#: "marched on the town hall and demanded cheaper grain". The object ends where a preposition, a particle,
#: a comma or the sentence's end follows it; no adverb, preposition, pronoun or conjunction opens it
#: (a manner, a measure or what was said: "and settled quickly", "and rose by 4%", "and decided that"), and
#: no count, which the object rule reads with its measures left out ("and missed seven weeks"). A verb
#: of beginning before a gerund tells a stretch, not an act ("and began building roads").
_SHARED_SUBJECT_BARE_OBJECT = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+|promptly\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{FIGURE_MOVES}|{LIGHT_VERBS}|"
    r"became|began|started|took\s+(?:place|time|shape|effect|part|over)|spent|gave\s+way)\b)"
    r"(?:[a-z]{3,}ed|" + PAST_FORMS + r"))"
    r"(?=\s+(?!(?:[a-z]+ly|that|what|how|whether|why|who|which|to|up|out|off|in|on|at|by|for|from|with|into|onto|over|"
    r"under|about|around|through|across|after|before|during|until|again|back|away|home|down|here|there|then|now|"
    r"soon|later|once|twice|more|less|much|many|most|least|well|hard|fast|late|early|together|alone|further|"
    r"forward|ahead|and|or|but|not|no|nothing|something|anything|everything|himself|herself|itself|themselves|"
    r"ourselves|myself|one|each|every|any|such|same|other|own|very|too|so|as|this|that|these|those|our|my|your|"
    r"it|its|him|her|them|us|me|you|we|they|he|she|a|an|the|his|their|all|both|some|several|part|place|office|"
    r"power|time|percent|per|" + spelled(2, 12) + r"|" + spelled(20, 50) + r"|"
    + spelled(60, 90) + r"|hundred|thousand|dozen|half|quarter|third)\b)"
    r"[a-z]{3,}(?:[-‑][a-z]+)?(?:\s+(?!(?:and|or|but|to|of|in|on|at|by|for|from|with|into|out|off|over|up|"
    r"down|back|away|after|before|until|while|when|as|than|that)\b)[a-z]{3,}){0,2}"
    r"(?=\s*[.;,]|\s*$|\s+(?:to|into|onto|from|out|off|at|on|in|for|across|through|over|under|behind|beside|"
    r"near|along|around|round|past|towards|toward|below|above|beneath|outside|inside|within|and)\b))"
)


#: Past verbs of a state a life is told by, before a joined verb with a preposition: "lived in the city
#: and fought for its schools" tells a cause, not a happening. A life's occupations
#: (:data:`~explorer.events.happening_verbs.LIFE_STATE_VERBS`) and its stays; not a becoming or a
#: beginning, as in a chain of acts (:data:`explorer.events.act_series.STATE_VERBS`): "became mayor and
#: moved to the capital" tells two happenings.
_STATE_VERB = re.compile(rf"{state_forms(STAYS, past=True)}|{LIFE_STATE_VERBS}")


#: A joined participle shares its "was" or "were" with a passive before it: "The treasurer was charged
#: in May and released on bail" tells "The treasurer is released on bail".
_PASSIVE_BEFORE = re.compile(r"\b(?P<be>was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + PARTICIPLE_FORMS + r"|built|sold|held|"
                             r"sent|paid|laid|put|set|shot|hit|cut|found|brought|bought|caught|kept|left|made)\b[^,;:]*$")


#: A second act of the same subject told in the passive with its own "was" or "were", joined by "and" or
#: listed before such a one: "The cottages were sold in 1994 and were converted into flats", "The hall was
#: damaged by subsidence in 1999, was closed for a year and was rebuilt", "He admitted the theft and was
#: later jailed". The participle is followed by what the act needs (a preposition, a particle, "by" and
#: its doer) or ends the clause; one that tells a state, a name, a judgement or a plan ("and was known as",
#: "was based in", "was expected to", "was kept in a tunnel") is no act (:data:`STATE_PARTICIPLE`).
STATE_PARTICIPLE = (
    r"known|called|named|based|located|situated|centred|centered|used|kept|held|left|owned|run|housed|"
    r"considered|regarded|seen|thought|believed|said|reported|described|expected|supposed|required|allowed|"
    r"scheduled|due|set|made|designed|married|related|involved|interested|concerned|worried|pleased|"
    r"surprised|shocked|disappointed|delighted|satisfied|committed|determined|prepared|dedicated|devoted|"
    r"equipped|filled|covered|surrounded|crowded|packed|lined|linked|connected|attached|listed|rated|"
    r"ranked|valued|estimated|remembered|tired|bored|confused|amazed|impressed|unable|able|forced|asked|"
    r"told|given|paid|done|gone|back|led|headed|chaired"
)
#: The earlier participles of a passive series sharing one "was" (see :mod:`explorer.events.shared_be_firsts`):
#: "The cinema was closed and demolished in 1968" tells the closing too.
SHARED_BE_FIRST, SHARED_BE_LISTED, _LISTED_AFTER_BE = earlier_participles(STATE_PARTICIPLE)
PASSIVE_STEP = re.compile(
    # (or "but", which turns the same subject's story against it: "stormed the gate on 4 May but were
    # driven back", "reached the final in May but were beaten by Dunmore")
    r"(?:(?<![,;])\s+and|,?\s+but|,(?=\s+(?:was|were)\b[^.;:,]{0,80},?\s+and\s+(?:was|were)\s))\s+(?P<be>was|were)\s+"
    r"(?:later\s+|then\s+|also\s+|subsequently\s+|eventually\s+|finally\s+|soon\s+|promptly\s+|quickly\s+|"
    r"immediately\s+|badly\s+|seriously\s+|partly\s+|completely\s+)?"
    rf"(?P<verb>(?!(?:{STATE_PARTICIPLE})\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{PAST_FORMS}))\b"
    r"(?=\s+(?:into|to|with|by|from|for|as|on|in|at|off|out|back|down|up|over|under|through|onto|across|"
    # (or where it was put or thrown: "was torn apart", "were swept away", "was driven ashore")
    r"apart|away|aside|ashore|aground|overboard|"
    r"and|after|before|until|when)\b|\s*[.,;:]|\s*$)"
)


#: A clause of its own after "and" whose subject is a count of people or things that underwent something:
#: "Two men died and eleven people were taken to hospital", "His home was searched and two laptops were
#: seized", "…, and half the welders were laid off". Without a comma, "and" joins two clauses only when a
#: past verb tells the one before (checked where it is read): "Two men and three women were hurt" is one
#: subject of one verb.
COUNTED_PASSIVE = re.compile(
    r"(?:,\s+|(?<![,;])\s+)and\s+(?P<subject>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+|another\s+)?(?:\d[\d,]*|" + spelled(2, 12) + r"|dozens|hundreds|thousands|half(?:\s+of)?\s+(?:the|its|their))"
    r"\s+(?:[a-z][\w’'-]+\s+){0,2}?(?!(?:were|of)\b)[a-z][\w’'-]+)\s+(?P<be>were)\s+(?:later\s+|then\s+|also\s+|all\s+)?"
    rf"(?P<verb>(?!(?:{STATE_PARTICIPLE}|born)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{PAST_FORMS}))\b"
)


#: A clause of its own after ", and" or a semicolon whose subject, a noun phrase with its determiner,
#: underwent something, in the passive: "The dam failed on 3 March 1911, and the lower town was flooded",
#: "The king died in 1547, and his lands were divided among his sons", "…, and a public holiday was
#: declared". It shares the date of the clause before, as a joined clause does. Not a participle of a
#: state, a name or a plan (:data:`STATE_PARTICIPLE`), nor one before an infinitive ("was forced to").
OWN_SUBJECT_PASSIVE = re.compile(
    r"(?:,\s+and|;)\s+(?:then\s+)?(?P<subject>(?-i:the|a|an|his|her|its|their)\s+"
    r"(?!(?:two|three|four|pair|men|women|couple|leaders|sides|same|rest|other|others)\b)(?:[\w’'-]+\s+){0,3}?(?!(?:was|were)\b)[\w’'-]+|"
    # (or "it", the place or the thing just told: "…, and it was rebuilt within a year", "…; it was pulled
    # down in 1962"; not a dummy "it" of a saying, a deciding or a feeling, "…, and it was agreed that …",
    # "…, and it was feared the bridge would fall", nor of a judgement, "…, and it was clear …")
    r"(?-i:it)(?=\s+was\s+(?:[a-z]+ly\s+|then\s+|later\s+|soon\s+)?(?!(?:decided|agreed|announced|confirmed|feared|hoped|"
    r"claimed|understood|alleged|found|felt|rumoured|accepted|recognised|recognized|argued|suggested|noted|"
    r"proposed|recommended|assumed|clear|obvious|possible|likely|unclear|impossible|difficult|easy|hard|late|"
    r"early|not|never|still|also|all|only|too)\b)))"
    r"\s+(?P<be>was|were)\s+(?:later\s+|then\s+|also\s+|quickly\s+|soon\s+|promptly\s+|immediately\s+|badly\s+)?"
    rf"(?P<verb>(?!(?:{STATE_PARTICIPLE}|born)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{PAST_FORMS}))\b"
    r"(?!\s+(?:to\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]|as\b|that\b))"
)


#: A date told from another time before an :data:`OWN_SUBJECT_PASSIVE` clause ("the following day").
_TOLD_FROM_ANOTHER_TIME = re.compile(r"\b(?:following|next|later|previous|earlier|ago|after|before)\b", re.IGNORECASE)


#: A second passive step that shares the "was" or "were" of the one before it, told by its participle
#: alone and the place or the doer it takes: "was stretchered to the road and flown to Inverness by
#: helicopter", "was arrested at the harbour office and taken to the capital". Only a participle that
#: tells something done to someone or something (:data:`PASSIVES`, or a move of a person or a thing);
#: the passive before it, with no comma between, is checked where it is read (:data:`_SHARED_BE`).
SHARED_BE_STEP = re.compile(
    r"(?<![,;])\s+and\s+(?:then\s+|later\s+)?(?P<verb>(?:" + PASSIVES + r"|flown|driven|taken|brought|sent|moved|carried|"
    r"rushed|stretchered|lowered|escorted|returned|handed)\b)"
    r"(?=\s+(?:to|into|from|by|out|back|off|home|on|in|at|over|for|with|onto|across)\b)")
#: A :data:`SHARED_BE_STEP` told by any participle of a thing done, alone at the sentence's end: "The fort
#: was shelled in 1702 and abandoned.", "The mill was flooded in 1890 and rebuilt." Nothing follows to
#: make it a noun's adjective; a state's participle ("was built in 1902 and owned …") tells no step.
SHARED_BE_LAST = re.compile(
    rf"(?<![,;])\s+and\s+(?:then\s+|later\s+)?(?P<verb>(?!(?:{STATE_PARTICIPLE}|{NOT_HAPPENING_VERBS}|{LIGHT_VERBS}|born)\b)"
    rf"(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{PAST_FORMS}))"
    r"(?=\s*[.;!]?\s*$)")
#: The passive a :data:`SHARED_BE_STEP` shares, with nothing between that closes its clause.
_SHARED_BE = re.compile(
    rf"\b(?P<be>was|were)\s+(?:[a-z]+ly\s+|later\s+|first\s+)?(?!(?:{STATE_PARTICIPLE}|born)\b)"
    rf"(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})\b[^,;:.()—–]*$")


def earlier_shared_participle_at(sentence: str, at: int) -> bool:
    """Whether the verb at offset ``at`` of ``sentence`` is an earlier participle of a passive series
    sharing one "was" (:data:`SHARED_BE_FIRST`, :data:`SHARED_BE_LISTED`): "The cinema was closed and
    demolished in 1968". Its clause runs on over the later participle, whose dated event told it; the
    earlier one is a step of its own all the same."""
    return any(m.start("verb") == at for m in SHARED_BE_FIRST.finditer(sentence, max(0, at - 12))) or any(
        m.start("verb") == at and _LISTED_AFTER_BE.search(sentence, 0, m.start()) is not None
        for m in SHARED_BE_LISTED.finditer(sentence, max(0, at - 12)))


#: The rules of a participle that shares a "was" or "were" told before it (or right before it, the first).
_SHARED_BE_RULES = (SHARED_BE_STEP, SHARED_BE_LAST, SHARED_BE_FIRST, SHARED_BE_LISTED)


#: An opening date phrase before a sentence's subject: "On 3 January 1960 ", "In May, ".
_OPENING_DATE_PHRASE = re.compile(
    r"^\s*(?:On|In|At|During|By|Early|Late)\s+(?:[\w’'.-]+,?\s+){1,4}?"
    r"(?=(?:the|a|an|his|her|its|their)\s|(?!(?:" + alternatives(FULL_MONTHS) + r")\b)(?-i:[A-Z]))")
#: A plain subject: a determiner's or a name's noun phrase of a few words, no clause break in it.
_PLAIN_SUBJECT = re.compile(r"(?:(?-i:the|a|an|The|A|An|His|Her|Its|Their|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
                            r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2})")


def _shared_be_subject(sentence: str, shared_be: re.Match[str]) -> str | None:
    """The subject of the passive a :data:`SHARED_BE_STEP` shares: the words before its "was", past an
    opening date phrase and less the subject's own clause ("On 3 January a walker who had slipped on ice
    was stretchered …": "a walker"), when they are a plain noun phrase or a name; else None."""
    before_be = re.split(r"\s+(?:who|that|which)\s", _OPENING_DATE_PHRASE.sub("", sentence[:shared_be.start()]))[0].strip()
    return before_be if _PLAIN_SUBJECT.fullmatch(before_be) else None


#: A verb of the clause before a :data:`COUNTED_PASSIVE` joined without a comma: a past (short ones too,
#: "Two men died and …") or a passive's "was"/"were".
_CLAUSE_BEFORE_AND = re.compile(rf"\b(?:[a-z]{{2,}}ed|was|were|{PAST_FORMS})\b")


def counted_passive_at(sentence: str, at: int) -> bool:
    """Whether a :data:`COUNTED_PASSIVE` clause's verb stands at ``at`` in ``sentence``: a clause of its
    own, with its own subject, even where the clause before ran on over it ("Two men died and eleven
    people were taken to hospital")."""
    return any(m.start("verb") == at for m in COUNTED_PASSIVE.finditer(sentence))


#: Such an act joined by "and" to an act of the same subject: "withdrew to the coast and sued for peace".
_SHARED_SUBJECT_ACT = re.compile(rf"(?<![,;])\s+and\s+(?:then\s+|later\s+|promptly\s+)?(?P<verb>{ACTS_WITHOUT_OBJECT})")


#: A past verb in a list of acts of one subject, between commas, before the list's last "and" verb: "Her
#: administration rebuilt the tram network, opened two new schools and settled a long dispute", "he
#: answered questions, apologised for his mistakes and denied any knowledge". Each act in the list is a
#: happening of its own; the verb acts on something (as for :data:`_SHARED_SUBJECT_CLAUSE`), and the list
#: runs on to an "and" with a past verb of its own.
_LISTED_VERB = re.compile(
    rf",\s+(?P<verb>{PHRASAL_ACT}|(?!(?:{NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b{OBJECT_AFTER})"
    # (its object may be a name set off by an apposition before the list goes on: "returned to England in
    # 1850, married Clara Ashdown, the daughter of a shipbuilder, and published an account")
    rf"(?=[^.;:,]{{3,80}}(?:,\s+(?:the|a|an)\s+[^.;:,]{{3,60}}(?=,\s+and\s))?"
    rf"(?:,\s+(?:[a-z]{{3,}}ed|{PAST_FORMS})\b[^.;:,]{{3,80}})*,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]{{3,}}ed|{PAST_FORMS})\b)",
)


#: A counted noun phrase as a subject: "some three hundred weavers", "about forty volunteers", "2,000 workers".
#: Words in "-s" that are no plural subject (nor an adjective before one) after an opening date.
_NOT_A_PLURAL = r"(?:this|thus|was|has|is|as|its|his|us|less|news|always|perhaps|the|a|an|and|but|when|then|he|she|they|it|we)\b"
_COUNTED_SUBJECT = (
    r"(?-i:(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?"
    # (a count, not a year: "1891 the sea" is a date's end and the subject after it)
    r"(?:\d{1,3}(?:,\d{3})*|" + spelled(2, 12) + r"|" + spelled(20, 90) + r"|dozens|hundreds|thousands)"
    r"(?:\s+(?:hundred|thousand))?\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)")


#: The subject after an opening date ("On 14 May a crowd of weavers marched …", "In the spring of 1702
#: the king's army crossed …"): a noun phrase with its article, or a name's noun, before the first past verb.
_SUBJECT_AFTER_OPENING_DATE = re.compile(
    # (the date may close a phrase of a few words: "In the great storm of 11 January 1891 the sea …")
    r"^\s*(?:On|In|At|During|By|Since)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}"
    # (or a clock time: "At 23:15 the hospital declared a major incident and diverted ambulances …")
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.m\.)?|\d{1,2}\s*[ap]\.m\.|\d{3,4}s|\d{1,4}(?:\s*(?:BC|AD))?|" + alternatives(FULL_MONTHS + FULL_WEEKDAYS)
    + r"|morning|afternoon|evening|night|spring|summer|autumn|winter),?\s+"
    r"(?P<subject>(?-i:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|(?-i:[A-Z][\w’'-]+)[’']s\s+[a-z]{3,}|"
    # (a counted subject: "On the night of 14 May some three hundred weavers marched …", "In March about
    # forty volunteers cleared …"; a person told by a pronoun, perhaps with others: "In September 2022 she
    # and three friends dived …"; a name's capitalised run: "On 22 May Cadence reset …")
    # (or a bare plural, perhaps with where they came from or whose they were: "In March 1990 soldiers
    # burned …", "On Friday night rioters from the estate looted …", "On Monday two divers from the county
    # rescue team found …")
    # (or an adjective before the plural: "In 1643 royal troops stabled …")
    + r"(?:" + _COUNTED_SUBJECT + r"|(?:(?!" + _NOT_A_PLURAL + r")(?-i:[a-z]{3,})\s+)?(?!" + _NOT_A_PLURAL + r")(?-i:[a-z]{3,}s))"
    r"(?P<origin>\s+(?:from|of|under|at|in|on)\s+(?-i:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?|"
    r"(?-i:he|she|they|we|I)(?:\s+and\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]+)?|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})"
    # (perhaps named in an apposition: "On 14 September a third candidate, the independent Ruth Ainsley, withdrew")
    r"(?:,\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2},)?"
    # (perhaps in the present perfect: "Since March the hospital has cancelled …")
    rf"\s+(?:(?:has|have)\s+)?(?P<first>(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
)


def _opening_date_subject(opened: re.Match[str]) -> str:
    """The subject :data:`_SUBJECT_AFTER_OPENING_DATE` read, for a title: without where its people came
    from when that makes it long ("Two specialist divers from the national cave diving group" -> "Two
    specialist divers"), so that the title keeps room for the act; whole when short ("Rioters from the
    estate")."""
    subject = opened.group("subject")
    if opened.group("origin") and len(subject.split()) > 5:
        return subject[:opened.start("origin") - opened.start("subject")]
    return subject


def _chain_opened_by(opened: re.Match[str], opening: tuple[int, int] | None) -> bool:
    """Whether a step's chain of acts (``opening``, its opening verb from
    :func:`~explorer.events.act_series.opening_verb`)
    opens with the first verb after the sentence's opening date, so that the subject
    :data:`_SUBJECT_AFTER_OPENING_DATE` read is the whole chain's, across the commas of its list: "On 8
    March a new driver delivered the parcel, photographed the box and emailed the customer" (the
    emailing is the driver's as the photographing is). Without a chain a comma may close a clause of
    another subject, and the date's subject is not read across it."""
    return opening is not None and opening[0] == opened.start("first")


#: The words a date's capitalised run may open with: a month or a weekday ("May Cadence" read as a name).
_DATE_WORDS = frozenset(FULL_MONTHS + FULL_WEEKDAYS)


#: An adverb that tells a state or a habit before its verb: "the school still heated", "she usually took".
_STATE_ADVERB = re.compile(r"\b(?:still|already|usually|often|always|never|sometimes|generally|normally)$")


#: The subject that opens a sentence's list of acts, after an opening phrase that sets the scene: "As
#: minister she introduced …", "For four hours he answered …", "Her administration rebuilt …".
_LIST_SUBJECT = re.compile(
    r"^\s*(?:(?:As|For|In|At|On|During|Within|After|Over)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+)?"
    r"(?P<subject>(?:(?-i:The|Her|His|Its|Their|the|her|his|its|their)\s+)[\w’'-]+(?:\s+[\w’'-]+)??|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|(?-i:she|he|they))\s+(?P<first>[a-z]{3,})\b")


#: A happening told in a "while" clause with a subject and a past act on something of its own: "… fought
#: the fire with two extinguishers, while the captain declared an emergency", "The airline grounded its
#: jets overnight while engineers checked their ovens". It shares the main clause's time, as a joined
#: clause does. The subject is a determiner's noun phrase or a bare plural; a pronoun's "while" more often
#: tells the time of a state or a meal ("while we ate breakfast"), and a verb of a state ("while the
#: quarries employed 2,000 men") or one with no object ("while prices rose") tells a contrast, not an act.
_WHILE_CLAUSE = re.compile(
    r"\b(?-i:while)\s+(?P<subject>(?:(?-i:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news|days|weeks|months|years|hours)\b)"
    r"(?-i:[a-z]{3,}s))\s+)"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|used|employed|housed|served|covered|supplied|ran|occupied|enjoyed|controlled|"
    rf"dominated|ruled|governed|faced|lacked|earned|paid|spent|made|took|gave|got)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    + OBJECT_AFTER)


#: A clause of its own after ", and", ", but" or a semicolon whose subject, a noun phrase with "the" or a
#: possessive, acted or befell something with no object, told by where, when or how it went: "…, and the
#: bells of the abbey rang soon afterwards", "…, but the monsoon broke early", "…, but the second pump
#: failed to start", "…, and the garrison surrendered in the spring". :data:`_ARTICLE_SUBJECT_CLAUSE` wants
#: an object (a bare "and the audience fell steadily" tells a manner); on the opened sets 26 to 38 (session
#: 56) three in four such clauses after a comma hold an event. Not a state, a saying, a measure, a light
#: verb or a life's stretch; not "the two", "the pair", the clause before's people; no auxiliary in the
#: subject's words ("and the ties will be played", a plan told otherwise).
#: An auxiliary or a verb of a state among a subject's words: what follows is no act of the subject's.
_AUX_OR_STATE = (r"(?:was|were|had|has|have|is|are|will|would|could|can|should|may|might|must|be|been|did|not|"
                 r"stays?|stayed|remains?|remained|seems?|seemed)\b")
_OWN_SUBJECT_NO_OBJECT = re.compile(
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:the|its|his|her|their)\s+"
    r"(?!(?:two|three|four|pair|men|women|couple|leaders|sides|rest|others?|same)\s)"
    r"(?:(?!{aux})[\w’'-]+\s+){{0,3}}?(?!{aux})[\w’'-]+\s+)".format(aux=_AUX_OR_STATE) +
    r"(?:(?:soon|later|then|finally|also|quickly|briefly)\s+)?"
    # (nor a warning, a saying's kind, nor a struggle, a state told as a verb; nor a running out, a state
    # reached, or a moving off, a journey told by its arrival: "and the company ran out of money", "and
    # the driver moved off", as session 18 read them)
    r"(?!(?:ran|moved|set|pulled|drove)\s+(?:out|off)\b)"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{MEASURE_VERBS}|{LIFE_STATE_VERBS}|{LIGHT_VERBS}|used|began|started|followed|ended|"
    rf"warned|struggled)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    # (not an act told as a count of times, "and the company ran out of money twice")
    r"(?![^,;.]*\b(?:twice|repeatedly|times)\b)"
    # (or a way it went, "…, and the crowd drifted towards the harbour", or a vote's margin, "…, and the
    # motion passed by 40 votes to 12": a measure's verbs are left out above, "and the shares fell by 4%")
    r"(?=\s*[.;,]|\s+(?:soon|early|late|later|afterwards|again|overnight|at|on|in|into|onto|to|from|off|out|down|up|away|back|"
    r"through|across|during|within|before|after|under|towards|toward|along|past|by\s+(?:\d|" + spelled(2, 12) + r"|"
    + spelled(20, 90) + r")[\w,]*\s+votes?)\b)")


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
    # (or the writer, in a diary, a letter or a blog, acting on something: "…, and I closed the school",
    # "…, and we opened three trenches")
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:he|she|they|we|I)\s+|(?-i:the|a|an)\s+(?!(?:two|three|four|pair|men|women|couple|leaders|sides)\s)"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?:,\s+(?-i:the|a|an)\s+[^,;]{1,40},)?\s+|"
    # a bare plural: "…, and supporters raised £40,000 in ten days"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news|days|weeks|months|years|hours)\b)"
    r"(?-i:[a-z]{3,}s)\s+)"
    r"(?:had\s+)?"  # "…, and within two days tractors had blocked the ring road"
    # (an irregular past too: "…, and he made his debut", "…, and the crew brought her home")
    # (or the writer as the object, in a memoir, a diary or a letter: "…, and the county appointed me head
    # teacher", "…, and the skipper put us ashore")
    # (or a finishing place, "…, and I came last", "…, and the reserves finished second", see PLACING)
    # (or a decision, which is an act whatever follows: "…, and the hill clans agreed to trade wool for salt")
    rf"(?P<verb>{PLACING}|{DECISION}|(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b(?:{OBJECT_AFTER}|(?=\s+(?:it|them|him|me|us)\b)))",
)


#: A name that opens a clause of its own as its subject ("Vardmark ceded the town", "Kevin Orme took over"):
#: up to three capitalised words, none a pronoun, a determiner, a linking word or a preposition.
_NAME_SUBJECT = (
    r"(?!(?:It|This|That|There|These|Those|I|We|You|He|She|They|The|A|An|His|Her|Its|Their|Then|Now|So|Yet|Still|"
    r"In|On|At|By|For|From|After|Before|When|While|If|As|Some|Many|Most|All|No|Both|Each|Every|One)\b)"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}\s+"
)


#: The subject of a clause of its own after ", and", ", but" or a semicolon, for the patterns below:
#: a common noun phrase with its article (up to three words before its head: "the regional rescue team"),
#: a personal pronoun, or a name ("…, and Vardmark ceded the town", "…, but Ostmark recalled its envoy").
#: "The two", "the pair" stand for the clause before's own people (see :data:`_ARTICLE_SUBJECT_CLAUSE`);
#: a pronoun of a thing or of the writer, a determiner alone or a linking word is no one who acts.
_OWN_SUBJECT = (
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>(?-i:he|she|they)\s+|"
    r"(?-i:the|a|an)\s+(?!(?:two|three|four|pair|men|women|couple|leaders|sides)\s)(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+|"
    # (or a possessive's noun, perhaps named in an aside: "…, and her pilot pulled her out of the water",
    # "…, and its chairman, Ivo Marr, sold the factory", "…, but his deputy ordered a recount")
    # (the writer's own too, in a memoir or a letter: "…, and my father sent me to a school in the town")
    r"(?-i:his|her|its|their|my|our)\s+(?!(?:own|two|three|four|pair|couple|sides?)\s)(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"(?:,\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3},)?\s+|"
    + _NAME_SUBJECT + r")"
)

#: A sentence that opens with "It" and a past act on something: the thing or body told before acts
#: (a council, a storm, a car), and the acts joined to it are its own ("It abolished the tax and freed
#: the prisoners"); not a dummy "it" ("It rained and …", "It was late and …", "It took two years and …").
_IT_ACTS = re.compile(rf"^\s*It\s+(?:then\s+|later\s+|also\s+)?(?!(?:{NOT_HAPPENING_VERBS}|took|cost|rained|snowed)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b{OBJECT_AFTER}")


#: A possessive's noun named in an aside, as :data:`_OWN_SUBJECT` reads it: "its chairman, Rob Kane,".
_POSSESSED_AND_NAMED = re.compile(r"^(?:his|her|its|their)\s[^,]*,\s+(?P<name>(?-i:[A-Z])[^,]*),$"
                                  # (or named right after the noun: "his sister Morwen" -> "Morwen")
                                  r"|^(?:his|her|its|their|our|my)\s+(?:[a-z][\w’'-]*\s+){1,2}"
                                  r"(?P<after>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")


#: An arrival as a clause of its own after ", and", ", but" or a semicolon, with nothing after it but the
#: clause's end, its time, a place or an adverb: "…, and a second engine arrived within twenty minutes",
#: "…, but the lifeboat arrived forty minutes late", "…, and reinforcements arrived from the coast". Why:
#: "arrived" is no act without an object (joined by a bare "and" to its own subject's act, "left at 8:30
#: and arrived after noon", it tells the same journey's end), so an arrival told by a subject of its own
#: was lost; someone coming to the scene is a step of the story (see ARRIVAL, ARRIVAL_TIME).
_ARRIVAL_AS_A_CLAUSE = (rf"{ARRIVAL}(?=\s*[.,;]|\s*$|{ARRIVAL_TIME}|\s+(?:within|in|at|on|from|by|shortly|soon|"
                        r"later|late|early|first|too|just|after|before|with|to|there|back|home)\b)")


#: A clause of its own, its subject told by :data:`_OWN_SUBJECT`, whose verb moves or goes against
#: something with a place or a party in place of an object ("…, and the couple moved back to the
#: coast", "…, and the ship returned to port", "…, and his men went over to the crowd" is left to
#: the light verbs), or tells an act without an object ("…, and the garrison surrendered", "…, but the
#: envoys withdrew"): a happening of its own, as a clause with an object is. A name followed by a past
#: verb acting on an object ("…, and Vardmark ceded the town to the duchy") is one too.
_OWN_CLAUSE_VERBS = (
    rf"(?:{ACTS_WITHOUT_OBJECT})|{_ARRIVAL_AS_A_CLAUSE}|{MOVE_VERB}\b(?!\s+(?:out|off|down)\b){MOVE_COMPLEMENT}|"
    rf"(?<=[A-Za-z’',-]\s)(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b(?:{OBJECT_AFTER}|{_PRONOUN_TO_A_PLACE}|"
    # (a pronoun as the object, the writer or the thing just told: "…, and my grandmother took us in", "…, and my
    # uncle rebuilt it"; with a place after it, the place rule above reads it, figures of speech left out)
    r"(?=\s+(?:me|us|it)\b(?!\s+(?:(?:down|back|up|out|off|away)\s+)?(?:to|into|onto|on|at|from|under|across|"
    r"through|inside|outside|behind|beside|near|over)\b)))"
)
_OWN_CLAUSE_ADVERB = r"(?:later\s+|also\s+|quickly\s+|soon\s+)?"
_OWN_SUBJECT_MOVE = re.compile(_OWN_SUBJECT + _OWN_CLAUSE_ADVERB + rf"(?P<verb>{_OWN_CLAUSE_VERBS})")


#: A clause of its own whose subject is "it", the place or the thing just told, and whose verb is what
#: befalls a place or a thing with no object (:data:`ACTS_WITHOUT_OBJECT`: a shutting, a reopening, a
#: wreck, a blast): "The mill burned in 1908, and it reopened within a year", "The ferry was holed on the
#: rocks and it sank in minutes". :data:`_OWN_SUBJECT` leaves "it" out because after it most verbs tell
#: a measure or a dummy's weather ("and it rained", "and it cost"); these closed verbs tell neither.
#: Without a comma the clause before must have told an act (checked where it is read).
_IT_ACT_WITHOUT_OBJECT = re.compile(
    r"(?:,\s+and|;|(?<![,;])\s+and)\s+(?:then\s+)?(?P<subject>(?-i:it)\s+)" + _OWN_CLAUSE_ADVERB
    + rf"(?P<verb>{ACTS_WITHOUT_OBJECT})"
)


#: A clause of its own joined by a bare "and" (no comma) whose subject is a name, or "the" or a
#: possessive and its noun, perhaps named in an aside, after a clause that told an act of its own (a past
#: verb since the last comma, checked where it is read): "Joan Hale stood down in September and Kevin Orme
#: took over the accounts", "The old keeper retired in 1962 and his son took charge of the light", "Graham
#: Firth retired in March and his deputy, Catriona Bell, took charge", "The estate was sold in 1851 and the
#: picture passed to a dealer". Its verb is read as after a comma (:data:`_OWN_SUBJECT_MOVE`), or as a light
#: or a phrasal verb whose words name one act ("took charge", "took over the post", "became chairman"). Two
#: names of one verb ("Ames and Ortiz signed the deal") have no past verb before the "and"; a month or a
#: weekday is no name ("in April and May rained").
_OWN_SUBJECT_NO_COMMA = re.compile(
    r"(?<=\w)\s+and\s+(?:then\s+)?(?P<subject>"
    # (a personal pronoun, as after a comma: "Sue twisted her ankle on the scree and we strapped it up",
    # "The engineer replaced a fuse and they played the last songs", session 57: a pronoun after a bare
    # "and" opens a clause of its own, never a second subject of one verb)
    r"(?-i:he|she|they|we)\s+|"
    r"(?-i:the|his|her|its|their)\s+(?!(?:own|two|three|four|pair|couple|sides?|men|women|leaders)\s)"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been|will|would)\s)[a-z][\w’'-]+\s+)?"
    r"(?!(?:is|are|was|were|has|have|had|be|been|will|would)\s)[a-z][\w’'-]+"
    r"(?:,\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3},)?\s+|"
    rf"(?!(?:{alternatives(FULL_MONTHS + FULL_WEEKDAYS)})\b)(?:(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?" + _NAME_SUBJECT + r")"
    # (not a participle after its noun, "timber, salted fish and the purple dye made from the shellfish", nor
    # a verb whose "for" tells how long, "and the factories stopped for a long time")
    + _OWN_CLAUSE_ADVERB + rf"(?P<verb>{LIGHT_VERB_ACT}|{PHRASAL_ACT}|{_OWN_CLAUSE_VERBS})(?!\s+(?:from|by|for)\b)"
)


#: The clause before a bare "and" that opens a clause of its own (:data:`_OWN_SUBJECT_NO_COMMA`) told an
#: act: a subject's word, then a past verb that is no state, saying or seeming (a passive's "was" or "were"
#: is one: "The estate was sold in 1851 and the picture passed to a dealer", and so is a state's verb with a
#: particle of leaving: "Mrs Pell stood down in 2004 and Tom Barr became chairman").
_ACT_BEFORE_BARE_AND = re.compile(
    rf"\w[\w’'-]*\s+(?:[a-z]+ly\s+|then\s+|later\s+|also\s+)?(?:(?:was|were)\s|(?!(?:{NOT_HAPPENING_VERBS})\b(?!\s+(?:down|aside|out|off|up|back)\b))"
    rf"(?:[a-z]{{3,}}ed|died|{PAST_FORMS})\b)")


#: A name told in an aside after the subject's noun, right before the verb: "Our treasurer, Joan Hale, ".
_NAME_ASIDE_BEFORE = re.compile(r",\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3},\s*$")


def _act_before_bare_and(sentence: str, at: int) -> bool:
    """Whether the clause before the bare "and" at ``at`` told an act (:data:`_ACT_BEFORE_BARE_AND`), read
    from its last comma or semicolon; a subject named in an aside before that comma is the clause's own
    ("Our treasurer, Joan Hale, stood down in September and Kevin Orme took over the accounts")."""
    cut = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), -1)
    told = sentence[cut + 1:at]
    if _NAME_ASIDE_BEFORE.search(sentence, 0, cut + 1):
        told = "Subject " + told.lstrip()
    return _ACT_BEFORE_BARE_AND.search(told) is not None


#: A capitalised word right before a bare "and" (read where :data:`_OWN_SUBJECT_NO_COMMA` opens).
_NAME_BEFORE_AND = re.compile(r"\b((?-i:[A-Z])[\w’'-]*)\s$")


#: A clause of its own whose subject is a bare plural, perhaps after one word that tells who they are,
#: and whose verb is an act without an object (:data:`ACTS_WITHOUT_OBJECT`): "…, and union negotiators
#: walked out of the meeting", "…, but the guards surrendered" is read by :data:`_OWN_SUBJECT_MOVE`; a bare
#: plural names people who act together as "the" and a noun does. Other verbs after a bare plural more
#: often tell a measure or a state ("…, and prices rose", "…, and hopes faded"), so only the closed acts,
#: and not "sank", which after a bare plural is a measure's fall ("…, and rents sank") more often than a wreck.
_BARE_PLURAL_ACT = re.compile(
    r"(?:,\s+(?:and|but)|;)\s+(?:then\s+)?(?P<subject>"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news|days|weeks|months|years|hours|"
    r"prices|shares|sales|profits|rates|costs|numbers|levels|hopes|fears|talks|plans|things)\b)"
    r"(?:(?-i:[a-z]{3,})\s+)?(?!(?:prices|shares|sales|profits|rates|costs|numbers|levels|hopes|fears|talks|plans|things)\b)"
    r"(?-i:[a-z]{3,}(?<!ss)(?<!ous)s)\s+)(?:later\s+|also\s+|then\s+)?"
    rf"(?!sank\b)(?P<verb>{ACTS_WITHOUT_OBJECT}|{_ARRIVAL_AS_A_CLAUSE})"
)


#: A clause of its own whose subject is a bare noun of an activity or a substance, one word with no
#: article ("…, and production shut down for four months", "…, and work stopped for almost a year", "…, and
#: water swept through the lower town"), and whose verb tells what befell it with no object: an act without
#: an object (:data:`ACTS_WITHOUT_OBJECT`), a stopping or a resuming with nothing after it but a time or a
#: measure, a shutting down or a sweeping through. A plural or a word ending in "s" is left to
#: :data:`_BARE_PLURAL_ACT`; a pronoun, a quantifier or an adverb is no subject. Without a comma the clause
#: before must have told an act (checked where it is read).
_BARE_NOUN_ACT = re.compile(
    r"(?:,\s+and|;|(?<![,;])\s+and)\s+(?:then\s+|soon\s+)?(?P<subject>"
    r"(?!(?:it|this|that|there|what|which|who|whom|nothing|everything|something|anything|nobody|everyone|someone|"
    r"anyone|none|one|each|all|both|most|many|much|more|less|few|then|now|later|also|soon|still|never|not|yet|"
    r"even|only|just|again|once|thus|hence|too|very|she|he|they|we|you|the|his|her|its|their|our|my|your|"
    r"these|those|when|while|where|after|before|since|until|though|although|because|if|how|why|next|"
    r"last|today|tonight|tomorrow|yesterday|finally|eventually|instead|meanwhile|earlier|here)\b)"
    r"(?-i:[a-z]{3,})(?<!s)(?<!ly)\s+)"
    rf"(?P<verb>{ACTS_WITHOUT_OBJECT}|(?:stopped|resumed|halted|ceased|restarted)"
    r"(?=\s*[.,;]|\s*$|\s+(?:for|within|in|on|at|after|until|when|again|that|the\s+(?:next|following))\b)|"
    r"(?:shut|closed)(?=\s+down\b)|swept(?=\s+(?:through|into|across|over|away)\b))"
    # (then only a time, a measure, a place or the clause's end: "and providing advanced weaponry" is no
    # clause of "providing", whose "advanced" is the object's adjective)
    r"(?=\s*[.,;]|\s*$|\s+(?:for|within|in|on|at|after|until|when|again|that|down|through|into|across|over|"
    r"away|to|from|the\s+(?:next|following)|soon|later|overnight)\b)"
)


#: A clause of its own in which the people of the clause before ("the couple", "the pair", "the two")
#: move to a place: "…married a fisherman, and the couple moved back to the harbour", "…met in 1931, and
#: the pair emigrated to Canada". :data:`_OWN_SUBJECT` leaves such subjects out because their act more
#: often goes on with the one before ("met the envoy, and the two discussed trade"); a move to a place
#: (:data:`MOVE_COMPLEMENT`) is a happening of its own, after the one they shared.
_PAIR_MOVE = re.compile(
    r"(?:,\s+and|;)\s+(?:then\s+)?(?P<subject>(?-i:the)\s+(?:couple|pair|two)\s+)(?:later\s+|soon\s+|then\s+)?"
    rf"(?P<verb>{MOVE_VERB})\b(?!\s+(?:out|off|down)\b){MOVE_COMPLEMENT}"
)


#: Right after a date or a time told relative to another ("in June 1962", "on Tuesday", "eleven days
#: later", "that night"), where a "when" clause that shares it may open.
_AFTER_A_DATE = (r"(?:(?<=\d)|(?<=May)|(?<=ber)|(?<=ary)|(?<=rch)|(?<=ril)|(?<=une)|(?<=uly)|(?<=ust)|(?<=day)|"
                 r"(?<=\blater)|(?<=\bago)|(?<=night)|(?<=morning)|(?<=evening)|(?<=afternoon))")


#: The main clause after an opening "When" clause, with a subject and a past verb acting on something of
#: its own: "When the bank refused credit in July, a junior accountant discovered the second ledger". The
#: "when" clause dates it (the two happen together or one right after the other), and a reader lists
#: both. So does a "where" clause that tells what someone did at a dated gathering: "… at a meeting in
#: Tarp on August 15, where several farmers demanded his resignation".
_WHEN_MAIN_CLAUSE = re.compile(
    # (or a "when" clause after the date it shares: "… in the semi-final on 4 May, when Brand blocked a shot")
    # (a date told relative to another too: "collapsed in Hamburg eleven days later, when the drummer broke his wrist")
    rf"(?:^\s*(?:When|{LONGER_TIME_OPENER})\s+[^,;]{{3,160}},\s+|,\s+where\s+|{_AFTER_A_DATE},\s+when\s+|"
    # (or a "when" clause right after a main clause's act, which the two share: "The mayor suspended the
    # meeting on Tuesday when protesters unfurled a banner"; its subject an article's noun, a name or a bare
    # plural: a pronoun more often tells a state or a time of life, "was nine when her family left")
    r"(?<=[a-z])\s+when\s+(?=(?:the|a|an|two|three|several|some)\s|(?-i:[A-Z])|[a-z]{3,}s\s))"
    # (a possessive's noun too: "in the summer of 1958, when my father found me a place")
    r"(?P<subject>(?:(?:the|a|an|several|some|my|our|his|her|their|its|" + spelled(2, 5) + r"|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:of|in|to|for|with|on|at|by|from|and|or)\b)[\w’'-]+"
    # (a name set off by commas after someone's role: "…, where her coach, Tom Idris, wrapped her in a towel")
    r"(?:,\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2},)?|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}|"
    # a bare plural: "When the river burst its banks on 4 March, volunteers filled sandbags"
    r"(?!(?:this|thus|was|has|is|as|its|his|yes|less|unless|always|perhaps|news)\b)[a-z]{3,}s)\s+)"
    r"(?:later\s+|then\s+|also\s+|quickly\s+|promptly\s+|immediately\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b{OBJECT_AFTER}",
)


#: A "when" clause right after the date it shares, telling an act or a mishap that needs no object
#: (:data:`ACTS_WITHOUT_OBJECT`), which :data:`_WHEN_MAIN_CLAUSE` leaves out for wanting an object: "… resumed
#: full rounds on 9 February, when the pass at Orvik reopened", "drowned on 9 March 1870 when the station's
#: boat capsized", "ended in June 1962, when the old steamer sank". The main clause and the "when" clause
#: tell two happenings of one time, which a reader lists both. Its subject is an article's noun phrase, a
#: possessive's or a name (a pronoun more often tells a time of life: "was nine when she left").
_WHEN_ACT_WITHOUT_OBJECT = re.compile(
    rf"{_AFTER_A_DATE},?\s+when\s+"
    r"(?P<subject>(?:(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?(?!(?:of|in|to|for|with|on|at|by|from|and|or)\b)[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})\s+)"
    r"(?:later\s+|then\s+|suddenly\s+|finally\s+)?"
    # (not an adjective after a pronoun object in the subject's words: "a cracked tank kept it shut")
    rf"(?<!\bit\s)(?<!\bthem\s)(?<!\bhim\s)(?<!\bher\s)(?P<verb>{ACTS_WITHOUT_OBJECT})"
)


#: A "when" clause right after the date it shares whose subject is a bare noun of a substance or a force
#: acting on something: "…, when silt blocked the entrance channel", "in 1965, when lava buried the
#: village", "…, when ice trapped two ferries at the quay". What it did is a happening of that time, as
#: with :data:`_WHEN_MAIN_CLAUSE`'s subjects; not a word that stands for no thing ("when nobody wanted
#: it", "when most agreed"), a pronoun, an adverb or a participle.
_WHEN_BARE_NOUN_ACT = re.compile(
    rf"{_AFTER_A_DATE},?\s+when\s+"
    r"(?P<subject>(?-i:(?!(?:nobody|everybody|somebody|anybody|everyone|someone|anyone|nothing|something|everything|"
    r"anything|none|most|many|few|all|both|each|this|that|these|those|there|here|then|now|only|just|also|still|"
    r"asked|again|once|even|it|he|she|they|we|you|one|two|three)\b)(?![a-z]+(?:ly|ing|ed)\b)[a-z]{3,})\s+)"
    # (not a state or a measure told for the time: "when wool paid the rent", "when prices doubled", "when
    # water reached the hall"; nor a light verb, "when money made the difference")
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|{LIGHT_VERBS}|paid|ruled|reigned|reached)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?:it|them)\b))"
)


#: A main clause that only frames the time a "when" clause tells of: "The worst day in the station's history
#: came on 2 February 1958, when …", "The pool was last closed for a long period in 2021, when …", "it was last
#: seen in 2018, when …". Its dated event is the "when" clause's happening already, told again.
_FRAMES_THE_TIME = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+last\b|\blast\s+(?:seen|heard|sighted)\b|"
    r"\b(?:day|days|year|years|moment|time|night|hour|week|month)\b[^,;]{0,40}\b(?:came|comes|was|fell)\b", re.IGNORECASE)


#: A passive in a "where" clause about a place the clause before named: "took him to Northmere General
#: Hospital, where he was admitted to the intensive care unit", "lent it to the British Museum, where it
#: was cleaned". What was done there is a happening of its own (on the readable gold, 4 of 5 such clauses
#: hold an event); a state participle ("where it was kept", "where she was based") tells none.
_WHERE_PASSIVE = re.compile(
    r",\s+where\s+(?P<subject>(?:(?-i:he|she|it|they)|(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+)"
    rf"(?P<verb>(?:was|were)\s+(?!(?:{STATE_PARTICIPLE}|born|not|also|still|now|no)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}))\b")


#: The main clause after an opening "When" clause told by a pronoun, or by a verb that moves or acts
#: without an object, which :data:`_WHEN_MAIN_CLAUSE` does not read: "When the company closed the
#: towpath in 1966, he led a campaign to reopen it", "When the tide turned, we sailed for the island",
#: "When the old duke died, his nephew marched on the capital". The opening clause sets the time and the
#: main clause tells what was done then; a state or a judgement ("she became the first …", "critics
#: called it …", "the shed stood empty") is no act (:data:`NOT_HAPPENING_VERBS`, a light verb left out).
_WHEN_OPENING_MAIN_CLAUSE = re.compile(
    # (or a participle's phrase, which tells the act the main clause's one follows: "Having opened a rest
    # centre that night, staff housed 90 residents there", "Having won the cup in 1998, the club sold …")
    # (or an "As" clause that tells an act of its own at that moment: "As the barrage opened on the evening
    # of 23 March, we carried the boats down to the water"; not "As a result", "As expected", "As the firm had")
    r"^\s*(?:(?:When|Once|" + LONGER_TIME_OPENER + r"|Having(?!\s+(?:been|had)\b))\s+[^,;]{3,160}|"
    r"As\s+(?:the|a|an|his|her|its|their|our|my|we|they|he|she)\s+[^,;]{0,60}?\b[a-z]{3,}ed\b[^,;]{0,100}),\s+"
    r"(?P<subject>(?:(?-i:he|she|they|we)|(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?!(?:of|in|to|for|with|on|at|by|from|and|or)\b)[\w’'-]+|(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|"
    # (a name's kin or member named after it: "Okoro's son Daniel", "the club's captain"; a body of people
    # told by a bare noun: "staff", "police")
    r"(?-i:[A-Z][\w'-]+)[’']s\s+(?-i:[a-z]+)(?:\s+(?-i:[A-Z][\w’'-]+))?|(?-i:staff|police|troops|crews|volunteers|residents))\s+)"
    r"(?:later\s+|then\s+|quickly\s+|promptly\s+|immediately\s+)?"
    rf"(?P<verb>(?:{ACTS_WITHOUT_OBJECT})|{MOVE_VERB}\b(?!\s+(?:out|off|down)\b){MOVE_COMPLEMENT}|"
    # (or a passive: "When the company collapsed in 2007, its founder was arrested", "Once the dam was
    # finished in 2003, the valley was flooded")
    rf"(?:was|were)\s+(?:later\s+|then\s+|quickly\s+|promptly\s+|immediately\s+)?"
    rf"(?!(?:{STATE_PARTICIPLE}|born|not|also|still|now|no|the|a|an)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})\b|"
    rf"(?!(?:{NOT_HAPPENING_VERBS}|used|became|called|stood|sat|made|found\s+it)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b"
    # (its object a particle's, "dug out nine cars", or a pronoun for what the opening clause told: "When
    # the owners announced the closure of the yard, the workers occupied it")
    rf"(?:(?=(?:\s+(?:out|up|off|back))?{OBJECT_AFTER})|(?=\s+(?:it|them)\s*[.;,]|\s+(?:it|them)\s+(?:and|for|on|in)\b)))",
)


#: A clause of its own joined by "and" without a comma, whose subject is "the" and a common noun, after a
#: clause that told an act of its own: "On 3 March the river burst its banks and the council closed the
#: bridge", "The crew cut the engine and the tug towed the ferry to port". The clause before must hold a
#: past verb (checked where it is read), so that "The mayor and the council closed the bridge", one
#: subject of two, gives nothing; the verb acts on something, as for :data:`_ARTICLE_SUBJECT_CLAUSE`, or
#: tells an act or a mishap that needs no object (:data:`ACTS_WITHOUT_OBJECT`: "… crossed the river on 13
#: May and the garrison surrendered", "The boat capsized on 6 May and its crew drowned"). The subject may
#: be a possessive's noun ("and its engine exploded", "and his deputy resigned"), as after a comma.
_ARTICLE_SUBJECT_NO_COMMA = re.compile(
    r"(?<=\w)\s+and\s+(?:then\s+)?(?P<subject>(?:(?-i:the)|(?-i:his|her|its|their)(?!\s+(?:own|two|three|four|pair|couple)\s))"
    r"\s+(?:[a-z][\w’'-]+\s+)?[a-z][\w’'-]+\s+)"
    rf"(?P<verb>(?:{ACTS_WITHOUT_OBJECT})|(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS})\b{OBJECT_AFTER})"
)


#: A clause of its own joined by "and" without a comma, whose subject is a body of people who act
#: together, told by a bare plural ("… removed him and police arrested him outside the ground", "… called
#: out the militia, and soldiers fired on the crowd", "and workers from the docks joined them"): a
#: happening of its own when its verb acts on something or someone, or moves against a place.
_GROUP_SUBJECT_CLAUSE = re.compile(
    rf"(?:(?<=\w)|(?<=\w,))\s+and\s+(?P<subject>(?-i:{GROUP_NOUNS})"
    r"(?:\s+from\s+the\s+[a-z]{3,})?\s+)(?:then\s+|later\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?:him|her|them|it|us)\b)|(?=\s+(?:on|at|into|onto|through|across)\s+(?:the|a|an|his|her|its|their)\b))"
)


#: A "when" clause right after a date, whose subject :data:`_WHEN_MAIN_CLAUSE` does not read: a name's
#: people or a name's noun ("in 1453, when Elsenish troops seized the salt mines", "in April when the
#: judge's clerk lost the papers", "last October, when Dunmark's minister walked out"), with or without a
#: comma. The two happen together; a reader lists both.
_WHEN_NAMED_AFTER_DATE = re.compile(
    r"(?:(?<=\d)|(?<=May)|(?<=ber)|(?<=ary)|(?<=rch)|(?<=ril)|(?<=une)|(?<=uly)|(?<=ust)|(?<=day)),?\s+when\s+"
    r"(?P<subject>(?:(?-i:[A-Z][\w’'-]+)(?:[’']s)?|(?-i:the|a|an)\s+[a-z]{3,}[’']s)\s+[a-z]{3,}(?:\s+[a-z]{3,})??\s+)"
    r"(?:later\s+|then\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|used)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?:out|off|away|down|back|home|ill)\b))",
)


#: A "when" clause right after its main clause or the date it shares, whose act takes no object and so
#: :data:`_WHEN_MAIN_CLAUSE` does not read it: a passive ("… left in 1921, when the light was automated",
#: "… failed when the dam was breached") or a past told with where or how it went ("… stopped in 1840
#: when the builder ran out of money", "… ended when a relief army arrived from the north", "… was
#: halted when a horse bolted into the crowd"). The main clause and the "when" clause tell two
#: happenings of one time; a reader lists both. Its subject is an article's or a possessive's noun
#: phrase or a name (a pronoun more often tells a time of life: "was nine when they moved"); the verb
#: tells a happening (no state, saying, measure or a life's stretch; a passive not a state's participle).
_WHEN_CLAUSE_NO_OBJECT = re.compile(
    rf"(?:{_AFTER_A_DATE}|(?<=[a-z])),?\s+when\s+"
    # (no auxiliary among the subject's words: "ask the company when the whole pipe will be renewed" is a question)
    r"(?P<subject>(?:(?:the|a|an|its|his|her|their|our|my)\s+(?:(?!(?:will|would|could|can|should|may|might|must|be|been|not)\b)"
    r"[\w’'-]+\s+){0,4}?(?!(?:of|in|to|for|with|on|at|by|from|and|or|will|would|could|can|should|may|might|must|be|been)\b)[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})\s+)"
    r"(?:later\s+|then\s+|suddenly\s+|finally\s+|first\s+)?"
    rf"(?P<verb>(?:was|were)\s+(?:[a-z]+ly\s+)?(?!(?:{STATE_PARTICIPLE}|born|not|also|still|now|no|the|a|an)\b)"
    rf"(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})(?=\s*[.,;]|\s+(?:by|to|in|on|at|from|into|for|off|out|up|down|back|away|and)\b)|"
    # (nor a term's running out or a pointing out, "when its mandate expired", "when a reader pointed out")
    rf"(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|made|got|used|ruled|reigned|reached|expired|lapsed|pointed)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS})"
    r"(?=\s*[.,;]|\s+(?:out|off|up|down|away|back|home|in|into|onto|to|from|on|at|with|over|through|across|"
    r"near|during|after|before|and|bankrupt|missing|ashore|aground|overboard)\b))\b"
)


#: Before a :data:`_WHEN_CLAUSE_NO_OBJECT` clause, a main clause that names the time the "when" clause's act
#: made or showed, rather than a happening of its own: a becoming ("Skelby became an all-weather station
#: in 1987, when a larger boat was placed there"), a first sighting or a noticing ("The ring was first seen
#: in 2019, when …", "The theft was noticed on Monday, when the branch opened"), a second time of the same
#: act ("extended in 1988 and again in 2007, when a wing was added"). The two tell one happening, which
#: the dated event tells already.
_NAMES_THE_WHEN_ACT = re.compile(
    r"\b(?:became|becomes|become|first\s+(?:seen|noticed|spotted|recorded|reported|observed|detected|heard)|"
    r"(?:was|were)\s+noticed|again)\b", re.IGNORECASE)


#: After a joined verb in its own clause, what makes it a stretch or a running total rather than an act
#: at the time it shares: a span of years ("and taught local children for almost a century", "and ran
#: the shop for decades") or a point it ran up to ("and exported bikes to 23 countries by the end of the
#: decade"). A span of hours or days is still one happening ("and drifted for two days").
LASTING_OR_UP_TO = re.compile(
    # (in the verb's own words: a span after the next "and" is the next verb's, "joined a quartet and
    # toured Europe for six years")
    r"(?:(?!\band\s)[^,;:])*?\b(?:by\s+the\s+end\s+of|for\s+(?:(?:almost|nearly|about|over|some|more\s+than)\s+)?"
    r"(?:a|an|" + spelled(2, 10) + r"|many|several|\d+)\s+(?:centur(?:y|ies)|decades?|years)|"
    r"for\s+(?:decades|centuries|years|generations))\b")


#: Right after a joined verb, a quantity of a measure: the verb tells how much the happening before it
#: measured, not a second happening ("arrived on 14 November and brought 70 mm of rain", "peaked on 3
#: February and reached 4 metres at the weir").
MEASURE_AFTER = re.compile(
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?\d[\d,.]*\s*"
    r"(?:mm|cm|m|km|metres?|meters?|millimet(?:re|er)s?|centimet(?:re|er)s?|kilomet(?:re|er)s?|inches|feet|ft|miles|"
    r"mph|km/h|knots|degrees|°|kg|tonnes?|tons?|litres?|liters?)(?![\w/])")


#: Before "and", a plural noun that a determiner, a count or "of" opens: "seized the rifles and …",
#: "the number of tanks and …". A word spelled as a past after it, itself followed by a bare plural
#: (:data:`_BARE_PLURAL_AFTER`), qualifies a second noun listed with the first ("the rifles and armoured
#: carts", "of barges and covered wagons"), not a verb joined to the clause: a joined act names its own
#: object with its determiner ("seized the rifles and burned the barn"). A plural after a bare adjective
#: stays a verb's object ("built new bridges and repaired roads").
_NOUN_LISTED_BEFORE_AND = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|of|many|more|several|some|\d[\d,]*)\s+[a-z]{3,}s\s+and\s+$")
_BARE_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|his|her|its|their|them|this|these|those|us|as|was|is|has|less|thus)\b)[a-z]{3,}s\b")


#: Before a "when" right after its main clause, a plan, a promise, a threat or a modal whose infinitive
#: the "when" clause conditions: "The guild had promised to strike when the harvest reached the market",
#: "The envoy would sign when the king agreed", "were ready to sail when the wind turned". The "when"
#: clause tells when the planned act would be done, not a happening of its own.
_PLANNED_BEFORE_WHEN = re.compile(
    r"\b(?:would|could|should|might|will|shall|can|may|must|(?:pledged|promised|threatened|planned|vowed|agreed|"
    r"decided|intended|hoped|wanted|offered|expected|refused|prepared|ready|likely|about|able|going|was|were|had)"
    r"\s+to)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*$")


def _qualifies_a_listed_noun(sentence: str, verb_start: int, verb_end: int) -> bool:
    """Whether the "-ed" word at ``verb_start`` is an adjective of a noun listed by "and" with the plural
    before it ("the tanks and armoured cars"), so tells no act of its own."""
    return sentence[verb_start:verb_end].endswith("ed") and \
        _NOUN_LISTED_BEFORE_AND.search(sentence, max(0, verb_start - 60), verb_start) is not None and \
        _BARE_PLURAL_AFTER.match(sentence, verb_end) is not None


#: A line of a log or timeline opened by its clock time or date: one entry, one happening.
_LOG_LINE = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b[^\w]{0,3}[–—:-]\s")


#: A leave-taking or a rite told by "said", an act of its own, not a saying of what follows: "said goodbye
#: to the crew and drove home", "said grace", "said Mass in the chapel".
_SAID_AN_ACT = r"(?!\s+(?:goodbye|good-bye|farewell|grace|prayers|mass|hello)\b)"


#: Before a joined clause, a relative pronoun or a verb of saying: the clause continues what someone
#: who is not the sentence's subject did ("Pell, who walked the route and estimated the cost"), a "when"
#: clause's second verb telling the same turn ("in 1761, when Crane cut a channel and built a dock"), or
#: what was said ("The family said … and thanked the passers-by").
#: (a passive's telling verb tells of the subject, what was said is not after it: "It was first announced
#: last March but was postponed in September")
_TOLD_OR_RELATIVE = re.compile(rf"\b(?:who|which|whom|when|where|while|(?<!\bwas\s)(?<!\bwere\s)(?<!\bwas\sfirst\s)(?<!\bwere\sfirst\s)"
                               rf"(?:said{_SAID_AN_ACT}|says|told|added|stated|announced))\b", re.IGNORECASE)


#: A verb of saying before a clause: what follows is what was said.
_SAID_BEFORE = re.compile(rf"\b(?:said{_SAID_AN_ACT}|says|told|added|stated|announced|claimed|reported|wrote)\b", re.IGNORECASE)


#: What joins a clause to the one before: "and", "when" right after the main clause, or a comma of a
#: list of acts; a comma before a relative pronoun opens an aside about a noun instead (its group "rel").
_JOINT = re.compile(r"\s+(?:and|but|when)\s+|,\s+(?P<rel>(?:who|which|whom|whose|where|when)\b)?")


#: An opening "When", "While", "As", "After" or "Once" clause and its comma, before a main clause.
_OPENING_CLAUSE = re.compile(r"^\s*(?:When|While|As|After|Once)\s+[^,;]{3,160},\s+")


#: A relative aside between commas: ", who had hosted the talks since April,".
#: (or an apposition that holds one: "Joel and Anya Brask, sound engineers who grew up in Orrinford, …")
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?!(?:and|but|or|then)\b)[\w’'-]+\s+){0,4}?(?:who|whom|whose|which)\b[^,;:]*,")


def _without_subject_asides(sentence: str, before: int) -> str:
    """``sentence`` with the relative asides before offset ``before`` blanked out (same length): an aside
    about a chain's subject ("The mediators, who had hosted the talks, suspended them and returned home")
    tells of the subject, and the chain after it is the sentence's main line."""
    return _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), sentence[:before]) + sentence[before:]


#: A relative aside about the object closed by its comma right before a step joined by ", and": "lent it
#: to the museum, where it was cleaned in 1903, and then sold it", "cracked the lining, which engineers
#: had repaired in 2019, and destroyed its cables". The aside tells of its noun; the step after it goes on
#: with the chain (see :func:`~explorer.events.act_series.opening_verb`). Not one that holds a saying.
_CLOSED_ASIDE_BEFORE_AND = re.compile(
    r",\s+(?:who|whom|whose|which|where)\b(?![^,;:]*\b(?:said|says|told|added|stated|announced)\b)[^,;:]{3,100}(?=,\s+and\s)")


def _without_closed_aside(sentence: str, before: int) -> str:
    """``sentence`` with the relative aside closed right before the ", and" at offset ``before`` blanked out
    (same length; see :data:`_CLOSED_ASIDE_BEFORE_AND`)."""
    for m in _CLOSED_ASIDE_BEFORE_AND.finditer(sentence, 0, len(sentence)):
        if m.end() == before:
            return sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    return sentence


def _opening_clause_end(sentence: str) -> int:
    """Where the main clause after an opening "When …," clause begins (0 when none opens the sentence)."""
    m = _OPENING_CLAUSE.match(sentence)
    return m.end() if m else 0


def joined_clause_start(sentence: str, left: int, verb: int) -> int:
    """Where the clause of a verb read by :func:`iter_joined_clauses` begins, inside the clause
    :func:`~explorer.events.clauses.clause_bounds` gives it (``left``): at the last "and", "when" or
    listing comma before the verb. A date before that joint is the clause before's ("Harrin closed its plant in
    May and moved assembly to Poland", "After his retirement in 2006 he sold the boat, joined the
    council and …": the date is the first act's, and the others share it). After a comma that opens a
    relative clause the clause stays whole: an aside after a dated clause ("… in 1540 to a merchant,
    who turned the lodge into a house") tells of its noun, and its date stays the aside's."""
    joints = list(_JOINT.finditer(sentence, left, verb))
    return joints[-1].start() if joints and not joints[-1].group("rel") else left


#: A step told in the historical present after "and", its verb a third person's acting on something with
#: its determiner, a count or a name: "… halts production at the plant and recalls 40,000 packs", "…
#: dismisses the chief executive and names her deputy as interim head".
_PRESENT_STEP = re.compile(r"(?<![,;])\s+and\s+(?:then\s+|also\s+)?(?P<verb>[a-z]{3,}s)\b"
                           r"(?=\s+(?:the|a|an|his|her|its|their|\d[\d,]*|" + spelled(2, 12) + r"|(?-i:[A-Z]))\b)")


def _present_entry_steps(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """The steps of a chain told in the historical present on a dated entry's line ("4 March — The council
    closes the bridge and diverts buses along Mill Lane"): the entry's words are read in the past, its
    first act and the step put there as :func:`~explorer.events.entry_present.told_in_the_past` puts an
    entry's act, and its steps found as a past chain's are (the titles are written in the present again).
    The entry's words after its stamp only: there the line is no log's one happening (see
    :data:`_LOG_LINE`), its chain told step by step."""
    sentence = text[sentence_start:sentence_end]
    stamp = _LOG_LINE.match(sentence)  # (the sentence may hold its entry's stamp: "4 March — The council …")
    # (or a year's or a month's: "2004 – The firm opens a depot on Mill Road and hires its first drivers")
    start = stamp.end() if stamp else entry_words_start(text, sentence_start) or 0
    if not in_an_entry(text, sentence_start + start):
        return
    words = sentence[start:]
    for m in _PRESENT_STEP.finditer(words):
        past = entry_past_of(m.group("verb"))
        if past is None or not stamp and re.search(r"[;:]", words[:m.start()]):
            continue  # (after a year's stamp, a step past a semicolon is another clause's: "A fire destroys
            # the depot; the firm moves to a yard and rents six buses" is no fire's renting)
        with_step = words[:m.start("verb")] + past + words[m.end("verb"):]
        told = told_in_the_past(with_step)
        if told == with_step:
            continue  # no act in the present before the step: "… and names" is no step of a present chain
        at = m.start("verb") + len(told) - len(with_step)
        for found, title in _iter_joined_clauses(told, 0, len(told)):
            if found.trigger_start == at:
                yield Occurrence(sentence_start + start + m.start("verb"), sentence_start + start + m.end("verb"),
                                 m.group("verb")), title


def iter_joined_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """:func:`_iter_joined_clauses`, each title opening on a described subject told by the name apposed to
    it: "a cavalry officer called Demaros seized … and declared himself king" -> "Demaros declares
    himself king" (see ``clauses.named_subject_before``); on a dated entry's line, a chain told in the
    historical present too (:func:`_present_entry_steps`)."""
    sentence = text[sentence_start:sentence_end]
    for found, title in [*_iter_joined_clauses(text, sentence_start, sentence_end),
                         *_present_entry_steps(text, sentence_start, sentence_end)]:
        at = found.trigger_start - sentence_start
        described = subject_before(sentence, at)
        named = named_subject_before(sentence, at) if described else None
        if named and named != described and title.lower().startswith(described.lower() + " "):
            title = named + title[len(described):]
        yield found, title


#: Right before a verb, the joint of a step that shares the subject of the act before it: "and", ", and",
#: "and then" or a listing comma after a past verb's clause.
_BARE_STEP_JOINT = re.compile(r"(?:\band\s+(?:then\s+)?|,\s+)$")


def _iter_joined_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """Happenings told in a clause joined to a dated one by "and", which shares its time: a bare verb
    sharing the subject (:data:`_SHARED_SUBJECT_CLAUSE`, "… in November and ordered an inquiry") or a
    common noun phrase of its own (:data:`_ARTICLE_SUBJECT_CLAUSE`, "…, and the opposition tabled a
    motion"), each with its title, outside quotations; one per verb."""
    from explorer.events.tense import attributive_participle, headline_tense, present_of
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words

    sentence = text[sentence_start:sentence_end]
    if _LOG_LINE.match(sentence):
        return  # "23:05 – The first crew arrived and closed the road": a log's line is one entry
    # (a diary's section under a day alone on its line too: "Dried the boots and mended a torn gaiter")
    writer = told_without_subject(text, sentence_start, sentence_end,
                                  in_an_entry(text, sentence_start) or under_a_day_line(text, sentence_start))
    seen: set[int] = set()
    for m in [*_WHEN_MAIN_CLAUSE.finditer(sentence), *_WHEN_NAMED_AFTER_DATE.finditer(sentence),
              *_WHEN_OPENING_MAIN_CLAUSE.finditer(sentence), *_WHERE_PASSIVE.finditer(sentence),
              *_WHEN_ACT_WITHOUT_OBJECT.finditer(sentence), *_WHEN_BARE_NOUN_ACT.finditer(sentence),
              *_WHEN_CLAUSE_NO_OBJECT.finditer(sentence)]:
        if m.start("verb") in seen:
            continue
        subject = m.group("subject").strip()
        if inside_quotation(sentence[: m.start()]) or _SAID_BEFORE.search(sentence[: m.start()]) or \
                subject.split()[0] in ("It", "This", "That", "There", "We", "I", "You", "He", "She", "They") or \
                asks_someone_to_act(sentence, m.end(), m.group("verb")) or \
                present_of(m.group("verb").split()[-1]) is None and m.group("verb").split()[-1] not in PARTICIPLES:
            continue
        if _STATE_ADVERB.search(subject):
            continue  # "…, when the school still heated its classrooms with coal": a state, not an act
        if m.re in (_WHEN_ACT_WITHOUT_OBJECT, _WHEN_BARE_NOUN_ACT, _WHEN_CLAUSE_NO_OBJECT) and _FRAMES_THE_TIME.search(sentence, 0, m.start()):
            continue  # "The worst day came on 2 February 1958, when the lifeboat capsized": told by the dated event
        if m.re is _WHEN_CLAUSE_NO_OBJECT and _NAMES_THE_WHEN_ACT.search(sentence, 0, m.start()):
            continue  # "Skelby became an all-weather station in 1987, when …": one happening, told by the dated event
        if (named := _POSSESSED_AND_NAMED.match(subject)) is not None:
            subject = named.group("name")  # "her coach, Tom Idris," -> "Tom Idris"
        if sentence[m.start():m.start("subject")].strip() == "when" and _PLANNED_BEFORE_WHEN.search(sentence, 0, m.start()):
            continue  # "… had promised to strike when the harvest reached the market": the plan's condition
        seen.add(m.start("verb"))
        verb = m.group("verb")
        title = headline_tense(finish(first_words(f"{subject} {verb} {continuation(sentence, m.end(), len(sentence))}"), verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
    for m in _CONTINUATIVE_RELATIVE.finditer(sentence.rstrip(" .!?\n")):
        if inside_quotation(sentence[: m.start()]) or _SAID_BEFORE.search(sentence[: m.start()]):
            continue
        named = NAME_ANTECEDENT.search(sentence, 0, m.end("rel"))
        subject = named.group(1) if named else relative_antecedent(sentence, m.end("rel"))
        present = present_of(m.group("verb"))
        if not subject or present is None or subject.split()[0].lower() in ("it", "this", "that", "there"):
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        subject = subject[:1].upper() + subject[1:]
        title = headline_tense(finish(first_words(f"{subject} {verb} {continuation(sentence, m.end(), len(sentence))}"), verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
    for m in _OBJECT_RELATIVE.finditer(sentence.rstrip(" .!?\n")):
        # ("…, which the board rejected as too low": the board's act on the noun the clause tells of)
        if inside_quotation(sentence[: m.start()]) or _SAID_BEFORE.search(sentence[: m.start()]) or m.start("verb") in seen \
                or present_of(m.group("verb")) is None:
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        subject = m.group("subject").strip()
        thing = relative_antecedent(sentence, m.end("rel")) or "it"
        title = headline_tense(finish(first_words(f"{subject[:1].upper()}{subject[1:]} {verb} {thing}"), verb))
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
    for m in [*_ARTICLE_SUBJECT_CLAUSE.finditer(sentence), *_OWN_SUBJECT_MOVE.finditer(sentence), *_OWN_SUBJECT_NO_OBJECT.finditer(sentence),
              *_PAIR_MOVE.finditer(sentence), *_BARE_PLURAL_ACT.finditer(sentence), *_IT_ACT_WITHOUT_OBJECT.finditer(sentence), *_BARE_NOUN_ACT.finditer(sentence),
              *_GROUP_SUBJECT_CLAUSE.finditer(sentence),
              *_ARTICLE_SUBJECT_NO_COMMA.finditer(sentence), *_OWN_SUBJECT_NO_COMMA.finditer(sentence), *_SHARED_SUBJECT_CLAUSE.finditer(sentence),
              *_SHARED_SUBJECT_ACT.finditer(sentence), *_LISTED_VERB.finditer(sentence),
              *_SHARED_SUBJECT_MOVE.finditer(sentence), *_SHARED_SUBJECT_BARE_OBJECT.finditer(sentence), *_WHILE_CLAUSE.finditer(sentence),
              *SERIES_STEP.finditer(sentence), *PEOPLE_CLAUSE.finditer(sentence), *PASSIVE_STEP.finditer(sentence),
              *COUNTED_PASSIVE.finditer(sentence), *OWN_SUBJECT_PASSIVE.finditer(sentence), *SHARED_BE_STEP.finditer(sentence),
              *SHARED_BE_LAST.finditer(sentence), *SHARED_BE_FIRST.finditer(sentence), *SHARED_BE_LISTED.finditer(sentence),
              *(() if HABIT_WORDS.search(sentence) else (*WRITER_CLAUSE.finditer(sentence), *TURN_CLAUSE.finditer(sentence)))]:
        if inside_quotation(sentence[: m.start()]) or m.start("verb") in seen:
            continue
        if m.re is OWN_SUBJECT_PASSIVE and _TOLD_FROM_ANOTHER_TIME.search(sentence, 0, m.start()):
            continue  # "She had an angiogram the following day, and a stent was placed": left to the
            # coordinated-clause rule, which dates it by that day once it is resolved
        if m.re is PEOPLE_CLAUSE and not reads_as_a_clause(sentence, m):
            continue  # "Volunteers and the crews cleared the road": two subjects of one verb
        opening = opening_verb(sentence, m.start("verb")) if m.re is SERIES_STEP else None
        if m.re is SERIES_STEP and (opening is None or perfect_without_act(sentence, opening[0], m.start("verb"), m.end("verb"))):
            continue  # a step of no chain of acts (see explorer.events.act_series)
        if m.re in (_LISTED_VERB, _SHARED_SUBJECT_ACT) and (first := PAST_VERB.search(sentence, 0, m.start())) and \
                re.fullmatch(NOT_HAPPENING_VERBS, first.group()):
            continue  # "She lived in Paris, taught French and wrote novels": a list that opens with a state
        if m.re is _SHARED_SUBJECT_MOVE and (first := PAST_VERB.search(sentence, 0, m.start())) and (
                _STATE_VERB.fullmatch(first.group()) or first.group() in ("was", "were")
                and not _PASSIVE_BEFORE.search(sentence, 0, m.start())):
            continue  # "She lived in the city and fought for its schools": a life's state and its cause
        if m.re in (_ARTICLE_SUBJECT_NO_COMMA, _OWN_SUBJECT_NO_COMMA) and not past_since_last_break(sentence, m.start()):
            continue  # "The mayor and the council closed the bridge": one subject of two, no clause before
        if m.re in (_IT_ACT_WITHOUT_OBJECT, _BARE_NOUN_ACT) and sentence[m.start():m.start() + 1] not in ",;" and \
                not _act_before_bare_and(sentence, m.start()):
            continue  # "the hall was dark and it closed early": no act before the bare "and"
        if m.re is _OWN_SUBJECT_NO_COMMA and m.group("subject").split()[0] in ("he", "she", "they", "we") \
                and HABIT_WORDS.search(sentence):
            continue  # "The band played every night and we sold the shirts": a habit, as for the writer's clause
        if m.re is _OWN_SUBJECT_NO_COMMA and not _act_before_bare_and(sentence, m.start()):
            continue  # "the dining room had eleven tables and the menu fitted on a postcard": a state before, no act
        if m.re is _OWN_SUBJECT_NO_COMMA and m.group("subject")[:1].isupper() and (
                before_and := _NAME_BEFORE_AND.search(sentence, 0, m.start() + 1)) and before_and.group(1) not in _DATE_WORDS:
            continue  # "the governments of Ostrava and Kellin agreed": a name after a name is the second of two
        shared_be = _SHARED_BE.search(sentence, 0, m.start()) if m.re in (SHARED_BE_STEP, SHARED_BE_LAST) else \
            m if m.re is SHARED_BE_FIRST else _LISTED_AFTER_BE.search(sentence, 0, m.start()) if m.re is SHARED_BE_LISTED else None
        if m.re in _SHARED_BE_RULES and shared_be is None or m.re in (SHARED_BE_FIRST, SHARED_BE_LISTED) and \
                _shared_be_subject(sentence, shared_be) is None:
            # (an earlier participle's subject must be the plain one before its "was": "…, where it was
            # cleaned and photographed" leaves the clause before's subject out)
            continue  # "… and taken to the capital" with no passive before it to share
        if m.re is COUNTED_PASSIVE and sentence[m.start():m.start() + 1] != "," and not _CLAUSE_BEFORE_AND.search(
                sentence, max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()), 0), m.start()):
            continue  # "Two men and three women were hurt": one subject of one verb
        # (a people clause after ", and", ", but" or a semicolon is a main clause of its own: a relative or
        # a "when" clause before its joint ends there, "raised the alarm when they did not return, and the
        # rescue team reached the entrance"; only a saying before it makes it what was said)
        own_main = m.re is PEOPLE_CLAUSE and sentence[m.start():m.start() + 1] in ",;"
        where_subject = where_step_subject(sentence, m.start()) if m.re is _SHARED_SUBJECT_CLAUSE and \
            not _SAID_BEFORE.search(sentence, 0, m.start()) and not inside_quotation(sentence[:m.start()]) else None
        if where_subject is None and (_SAID_BEFORE if own_main else _TOLD_OR_RELATIVE).search(
                _without_subject_asides(sentence, opening[0] if opening else m.start()),
                # (a shared passive is the main line when a relative before its "was" has ended: "a walker
                # who had slipped on ice was stretchered to the road and flown …")
                shared_be.start() if shared_be is not None and not _SAID_BEFORE.search(sentence, 0, m.start())
                else _opening_clause_end(sentence), opening[0] if opening else m.start()) or \
                opening and _TOLD_OR_RELATIVE.search(_without_closed_aside(sentence, m.start()), opening[1], m.start()):
            continue  # "…, who walked the route and estimated the cost", "said … and thanked": not the main line
            # (a chain's opening "When …," clause times it: "When the brother drowned, Vask claimed … and took …")
        if re.search(r"\b(?:not|never)\s+$", sentence[:m.start("verb")]):
            continue  # "…, but the ministry has not confirmed the date": no act was done
        # (an urging or an order told after another act of its subject is an act done by speaking: "visited
        # both schools and urged parents to check …"; see SPOKEN_ASKING_VERBS)
        if asks_someone_to_act(sentence, m.end(), m.group("verb")) and not (
                SPOKEN_ASKING_VERBS.fullmatch(m.group("verb")) and _BARE_STEP_JOINT.search(sentence, 0, m.start("verb"))) or \
                LASTING_OR_UP_TO.match(sentence, m.end()) or \
                MEASURE_AFTER.match(sentence, m.end("verb")) or \
                _qualifies_a_listed_noun(sentence, m.start("verb"), m.end("verb")):
            continue
        before = sentence[:m.start("verb")].split()
        if attributive_participle([*before, *sentence[m.start("verb"):].split()], len(before)):
            continue  # "tanks and armored cars are patrolling": the noun's adjective, no joined act
        if where_subject is not None:
            subject = where_subject  # "…, where it flattened trees and cut power": the "where" clause's subject
        elif "subject" in m.groupdict():
            subject = m.group("subject").strip()
            named = _POSSESSED_AND_NAMED.match(subject)
            if named:  # "its chairman, Rob Kane," -> "Rob Kane": the title names who did it
                subject = named.group("name") or named.group("after")
        else:  # a bare verb: the subject of the clause before
            # (in a log's entry told with no subject, the writer's: "Went ashore and engaged a shipwright")
            # (after an aside about the object closed before the step, the chain's own subject: "The rebels
            # took the town, which the army had held, and burned the barracks" is the rebels' burning)
            # (and none when the chain's subject is not found: the aside's words would stand for it)
            after_aside = opening is not None and _without_closed_aside(sentence, m.start()) != sentence
            if after_aside and not opening_subject(sentence, opening[0]):
                continue
            # (the record's subject where its heading names one: "Switched the toolkit … and gained a
            # dark theme" in a release history, ``titles.document_subjects``)
            # (the log's keeper, or "We" for a body's own story, as the entry's first act has: see
            # titles.subjects.diary_subject; "Rigged a spare boom and bore away" is the ship's)
            subject = ((log_keeper(text[:sentence_start]) or unnamed_writer(text[:sentence_start])) if writer else None) or (_shared_be_subject(sentence, shared_be) if shared_be else None) or (
                after_aside and opening_subject(sentence, opening[0])) or subject_before(sentence, m.start("verb")) or (
                opening and (subject_before(sentence, m.start()) or opening_subject(sentence, opening[0]))) or ""
            # (a list's own subject: for a listed act, or the "and" act that closes a list)
            in_list = m.re is _LISTED_VERB or any(n.start() < m.start() for n in _LISTED_VERB.finditer(sentence))
            listed = _LIST_SUBJECT.match(sentence) if in_list else None
            if not subject and listed and listed.end() <= m.start() and present_of(listed.group("first")) and \
                    not re.fullmatch(NOT_HAPPENING_VERBS, listed.group("first")):
                subject = listed.group("subject")  # "As minister she introduced X and closed Y"
            opened = None if subject else _SUBJECT_AFTER_OPENING_DATE.match(sentence)
            if opened and opened.end() <= m.start() and present_of(opened.group("first")) and \
                    not re.fullmatch(NOT_HAPPENING_VERBS, opened.group("first")) and \
                    (not re.search(r"[,;:]", sentence[opened.end():m.start()]) or _chain_opened_by(opened, opening or opening_verb(sentence, m.start("verb")))):
                subject = _opening_date_subject(opened)  # "On 14 May a crowd marched on the hall and demanded …"
            if subject and (re.match(r"(?:On|In|At|During|By|Since)\s", subject) or subject.split()[0] in _DATE_WORDS) and \
                    (opened := _SUBJECT_AFTER_OPENING_DATE.match(sentence)) and subject.endswith(opened.group("subject")):
                # "In March 1862 the army …, and burnt …": the army, not its date ("On 22 May Cadence …":
                # the name, not "May Cadence")
                subject = _opening_date_subject(opened)
            if not subject or subject.split()[0].lower() in ("this", "that", "there", "which", "who") or \
                    subject.lower() == "it" and not _IT_ACTS.match(sentence):
                continue  # ("It abolished the tax and freed the prisoners": a body or a storm told before acts twice)
            if m.re in (PASSIVE_STEP, *_SHARED_BE_RULES) and ((at := sentence.find(subject)) < 0 or PAST_VERB.search(sentence, 0, at)):
                continue  # "stood down after six years and was thanked", "The panda that escaped on Friday was
                # found … and was returned": the words found after a verb are its object or its time, not
                # the subject the passive shares
        perfect = (m.group("perfect") or "") if m.re is SERIES_STEP else ""
        present = present_of(m.group("verb")) or (PARTICIPLES.get(m.group("verb")) if perfect or m.re in (PASSIVE_STEP, COUNTED_PASSIVE, OWN_SUBJECT_PASSIVE, *_SHARED_BE_RULES) else None)
        if present is None:
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        rest = continuation(sentence, m.end(), len(sentence))
        passive = _PASSIVE_BEFORE.search(sentence, 0, m.start()) if m.re is _SHARED_SUBJECT_MOVE else \
            m if m.re in (PASSIVE_STEP, COUNTED_PASSIVE, OWN_SUBJECT_PASSIVE) else shared_be
        if passive is not None:  # "was charged … and released on bail": "… is released on bail"
            be = "is" if passive.group("be") == "was" else "are"
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), finish(
                f"{subject} {be} {verb} {rest}".split()[:9], verb)
            continue
        # (a step with its own "has": "… and has written to 3,000 homes" -> "The agency writes to 3,000 homes")
        # (``finish`` has told the title in the present; read again, a verb already in it is passed over
        # and a later past taken for the verb: "searches for a missing fell runner" -> "fall runner")
        title = finish(first_words(f"{subject} {perfect}{verb} {rest}"), verb)
        title = headline_tense(title, perfect=True) if perfect else title
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title


#: Between two dates of one sentence, a second predicate joined by "and" whose date is the second one:
#: "joined the party in 1990, …, and was elected to the council four years later", "were relegated in
#: 2019 and promoted again two years later". Nothing but the predicate's own words may follow the verb
#: (no comma, no second "and"): the date is that predicate's.
_JOINED_BEFORE_DATE = re.compile(
    # (or by ", then": "raised rates in November 2019, then cut them three times in the spring of 2020")
    # (or by "but", which turns the same subject to an act against the first: "made an offer on 2 April
    # but withdrew it on 22 April", "signed on Monday but resigned on Friday")
    r"(?:\b(?:and|but)\s+|,\s+(?=then\s))(?P<told>(?:"
    # (a scheduled second act, told in the future with its own date: "will close on 22 March … and will
    # reopen on 23 March", "met them on 21 October and will meet them again in December")
    r"will\s+(?:be\s+)?(?:also\s+|then\s+)?(?!(?:be|have|remain|stay|continue|need|not|still|probably|only)\b)[a-z]{3,}|"
    # (a pluperfect's second step: "had joined the ministry in 1916 and had risen to head it by 1918")
    rf"had\s+(?:later\s+|then\s+|also\s+)?(?!(?:{NOT_HAPPENING_VERBS}|been|lived|stayed|remained)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|become)|"
    r"(?:(?:was|were)\s+)?(?:(?:" + "|".join(sorted(ADVERBS_BEFORE_JOINED_VERB)) + r")\s+)?"
    # (an adverb of which time it was: "installed in 2017 and was last inspected in August 2025")
    rf"(?!(?:{NOT_HAPPENING_VERBS})\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b(?:(?!\band\b)[^,;:—–()])*)$"
)
#: The auxiliaries a joined predicate may open with; with :data:`ADVERBS_BEFORE_JOINED_VERB`, the words
#: before its verb.
_AUXILIARIES_BEFORE_JOINED_VERB = frozenset(("was", "were", "will", "be", "had"))
_BEFORE_JOINED_VERB = _AUXILIARIES_BEFORE_JOINED_VERB | ADVERBS_BEFORE_JOINED_VERB


#: The subject of a sentence told in the future: the words before its first "will" ("The office will
#: close …", "Cleaners at four hospitals will walk out …"), a clause's words with no comma.
_FUTURE_SUBJECT = re.compile(r"^\s*(?P<subject>(?-i:[A-Z])[\w’'-]*(?:\s+(?!will\b)[\w’'-]+){0,5}?)\s+will\b")


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|since|by)\s+$")
#: "He said the company had closed the depot in the spring and stopped maintenance in August": a past
#: perfect after the verb of saying is what was said, and the bare past joined after its date shares
#: its "had" (the speaker's own act, "said he was tired and moved inland", has no perfect before it).
_PERFECT_SAID = re.compile(rf"\b(?:said|told\s+\w+|added|stated|announced)\s+(?:that\s+)?(?P<subject>(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)\s+"
                           rf"had\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{PAST_FORMS})\b", re.IGNORECASE)


def _said_subject(said: re.Match[str] | None) -> str | None:
    """The subject of the perfect :data:`_PERFECT_SAID` found ("the council" of "Residents said the
    council had shut …"), past a "that" after a time ("said on Monday that the council had"); None
    when it opens with a preposition or is a pronoun (then the speaker's subject is read, as before)."""
    if said is None:
        return None
    subject = re.split(r"\bthat\s+", said.group("subject"))[-1].strip()
    first = subject.split()[0].lower() if subject else ""
    if not first or first in ("on", "in", "at", "by", "for", "to", "of", "with", "last", "yesterday", "today",
                              "it", "he", "she", "they", "we", "i"):
        return None  # (a pronoun after the speaker is mostly the speaker: "Detectives said they had …")
    return subject


def _speaker_for_they(before_saying: str, said: str) -> str | None:
    """ "Inspectors from the county office said they had visited …": the speakers, a plural noun
    phrase of a few words with no comma before the verb of saying, are who "they" is; a "he" or "she"
    after them is someone else, and is left alone (None)."""
    speaker = before_saying.strip()
    words = speaker.split()
    if said.strip().lower() != "they" or not 1 <= len(words) <= 7 or "," in speaker:
        return None
    head = re.split(r"\s+(?:from|of|at|in|for|with)\s+", speaker)[0].split()[-1]
    return speaker if head.endswith("s") and not head.endswith("ss") else None


def retitle_joined_dates(text: str, events: list) -> list:
    """Give a dated event its own title when its date belongs to a predicate joined by "and" after an
    earlier date of the sentence ("Ilves joined the party in 1990, …, and was elected to the council four
    years later"): titled from the first clause, both would read "Ilves joins the party" and be folded
    into one happening, or the second would tell the first's predicate. The joined predicate shares the
    first clause's subject."""
    from dataclasses import replace

    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.clause_choice import with_shared_passive
    from explorer.events.titles.finish import finish

    out = []
    cuts: dict[str, tuple[str, str]] = {}  # the events whose title runs on into a predicate retitled here: its verb's stems
    by_sentence: dict[int, list] = {}  # one sentence's events, in order: looking through all was quadratic
    for event in events:
        by_sentence.setdefault(event.sentence_start, []).append(event)
    for event in events:
        earlier = [e for e in by_sentence[event.sentence_start] if e.timex and event.timex
                   and e.timex_end <= event.timex_start]
        if earlier:
            said_perfect = None
            between = text[earlier[-1].timex_end:event.timex_start]
            m = _JOINED_BEFORE_DATE.search(between)
            if m and (_UNTIL_BEFORE.search(between) and not (m.group("told").startswith("had ") and between.rstrip().endswith(" by"))
                      or _TOLD_OR_RELATIVE.search(text[event.sentence_start:earlier[-1].timex_end])
                      and not (said_perfect := _PERFECT_SAID.search(text, event.sentence_start, earlier[-1].timex_start))
                      or participle_opens_subject(m.group("told"))):
                m = None  # "and taught there until 1955": a state's end; "said … and moved inland": what was said;
                # "and armed men stormed the hall in May": a subject of its own, its participle no shared verb
            sentence = text[event.sentence_start:event.sentence_end]
            at = earlier[-1].timex_end - event.sentence_start + (m.start("told") if m else 0)
            subject = subject_before(sentence, at) if m and not inside_quotation(sentence[:at]) else None
            if m and m.group("told").startswith("will") and (subject is None or " will " in f" {subject} ") \
                    and not inside_quotation(sentence[:at]):
                # a future's subject is the words before its "will" ("The office will close … and will
                # reopen …"): the past-verb reading stops at a past form after it ("will shut", "will be met")
                # or finds none
                future = _FUTURE_SUBJECT.match(sentence)
                subject = future.group("subject") if future else None
            told = m.group("told").split() if m else []
            verb = next((w for w in told if w not in _BEFORE_JOINED_VERB), "")
            stem = (present_of(verb) or verb)[:4].lower()
            subjectless = event.title.split()[:1] and event.title.split()[0].lower() in _AUXILIARIES_BEFORE_JOINED_VERB
            if verb and stem in event.title.lower() and not _TITLE_JOINT.search(event.title.lower().split(stem)[0]) \
                    and "again" not in told and not subjectless:
                subject = None  # the title already tells the joined predicate (not as a run-on after its own
                # predicate, "The pool closed and was sold", nor the same act again, "met them again")
            said_subject = _said_subject(said_perfect)
            if m and said_subject and not event.title.lower().startswith(said_subject.lower()):
                subject = said_subject  # what was said has a subject of its own, not the speaker
            elif m and subject is None and said_perfect is not None:
                subject = _speaker_for_they(text[event.sentence_start:said_perfect.start()], said_perfect.group("subject"))
            if m and subject and told and told[0] not in _AUXILIARIES_BEFORE_JOINED_VERB:
                # "The wall was built in 1887 and last repaired in 1974": the bare participle shares the
                # passive's "was" ("The wall is last repaired", not "The wall last repairs")
                subject = with_shared_passive(sentence, subject, at, sentence[at:])
            if m and subject and (subject.split()[0].lower() not in ("it", "this", "that", "there", "which", "who")
                                  or subjectless and subject.lower() == "it"):
                # ("It was first announced last March but was postponed in September": the title made from
                # the clause alone, "Was postponed …", had no subject at all; "It" is one)
                title = headline_tense(finish(f"{subject} {' '.join(m.group('told').split())}".split()[:10], m.group("told").split()[-1]))
                event = replace(event, title=title, derivation=f"{event.derivation}; titled from the predicate joined by '{between[m.start():].split()[0]}'")
                if between.rstrip().endswith(" by") and earlier[-1].begin is not None:
                    # "had joined the ministry in 1916 and had risen to head it by 1918": done between the two dates
                    event = replace(event, begin=earlier[-1].begin, certainty="inferred",
                                    derivation=f"{event.derivation}, after {earlier[-1].timex}")
                cuts[earlier[-1].id] = (stem, verb[:4].lower())  # ("left" is told as "left" there, not as "leaves")
        out.append(_titled_from_a_planned_relative(text, event))
    # the first date's title ends before the joined predicate, now an event of its own ("The school will
    # close for the holidays and will reopen" -> "The school will close for the holidays")
    return [replace(e, title=_cut_before_joined(e.title, cuts[e.id])) if e.id in cuts else e for e in out]


def _cut_before_joined(title: str, stems: tuple[str, ...]) -> str:
    """``title`` up to the " and " or " but " whose next few words hold the joined predicate's verb
    (``stems``, the first letters of its present and of its past), when at least three words are left;
    else ``title`` as it is."""
    for joint in _TITLE_JOINT.finditer(title):
        if any(w.lower().startswith(stems) for w in title[joint.end():].split()[:3]):
            return title[:joint.start()] if len(title[:joint.start()].split()) >= 3 else title
    return title


#: Where a title runs on into a joined predicate: " and " or " but ".
_TITLE_JOINT = re.compile(r" (?:and|but) ")


#: A relative clause at a sentence's end that plans a happening for a date of its own, its verb and
#: what follows up to the date: ", which will be held on …", ", who will appear before it on …", ", which
#: are due to arrive in …" (the date's preposition left out).
_PLANNED_RELATIVE_BEFORE_DATE = re.compile(
    r",\s+(?:which|who)\s+(?P<told>(?:will|(?:is|are)\s+due\s+to)\s+(?:be\s+)?"
    r"(?P<verb>(?!(?:be|have|remain|stay|continue|need|not|still|also|probably|only)\b)[a-z]{3,})\b"
    r"(?:(?!\b(?:and|which|who)\b)[^,;:—–()])*?)\s+(?:(?:on|in|at|by|from|during)\s+)?(?:the\s+)?$")
#: Nothing after a date but the sentence's end or a few words of its own clause.
_NOTHING_MORE = re.compile(r"[^,;:]*$")


def _titled_from_a_planned_relative(text: str, event):
    """A date at the end of a relative clause that closes its sentence and plans a happening is that
    clause's: "… to call a confidence vote, which will be held on 16 September", "… summon the minister,
    who will appear before it on 19 March". A happening scheduled with a date of its own is kept whoever
    tells it (the gold conventions), so the date's event is titled from the clause, its noun the subject,
    unless its title tells the clause's verb already."""
    from dataclasses import replace

    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import finish

    if not event.timex:
        return event
    planned = _PLANNED_RELATIVE_BEFORE_DATE.search(text, event.sentence_start, event.timex_start)
    if planned is None or not _NOTHING_MORE.match(text, event.timex_end, event.sentence_end) or \
            inside_quotation(text[event.sentence_start:planned.start()]):
        return event
    sentence = text[event.sentence_start:event.sentence_end]
    at = planned.start("told") - event.sentence_start  # after the pronoun and its space, as the finders ask
    named = NAME_ANTECEDENT.search(sentence, 0, at)
    subject = named.group(1) if named else relative_antecedent(sentence, at)
    verb = planned.group("verb")
    if not subject or (present_of(verb) or verb)[:4].lower() in event.title.lower() or \
            subject.split()[0].lower() in ("it", "this", "that", "there", "which", "who"):
        return event
    told = " ".join(planned.group("told").split())
    title = headline_tense(finish(f"{subject[:1].upper()}{subject[1:]} {told}".split()[:10], verb))
    return replace(event, title=title, derivation=f"{event.derivation}; titled from the planned happening of its relative clause")
