"""A clause of its own whose subject is people who act: "…, and the settlers cleared ground for a
stockade", "…, and the ministers met again over dinner", "… and the passengers escaped down the slides".

Why apart from :mod:`explorer.events.joined_clauses`: its own-subject patterns ask the verb for an
object, since a clause of its own told by a thing without one more often tells a consequence, a measure
or a manner ("…, and prices rose sharply", "…, and the dispute ended within a fortnight"). When the
subject names people (a body, a crowd, a role, someone's men, the writer's "we"), the verb tells what
they did whatever follows it: people meet, settle, queue, escape, take charge or set sail. The subject's
kind is the signal here, not the verb: the verbs of a state, a saying or a figure's move are left out
as everywhere (:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS`,
:data:`~explorer.events.happening_verbs.MEASURE_VERBS`).
"""

from __future__ import annotations

import re

from explorer.events.clauses import GROUP_NOUNS
from explorer.events.happening_verbs import (ACTS_WITHOUT_OBJECT, DECISION, HABIT_WORDS, MEASURE_VERBS, NOT_HAPPENING_VERBS,
                                             OBJECT_AFTER, PAST_FORMS, PAST_VERB, past_since_last_break)
from explorer.number_words import spelled

#: Heads of a noun phrase that names people who act together or one person by a role: a crew, a body
#: that decides, a side in a fight, a role in a story. (A thing, a measure or a happening is no such
#: head: "the dispute", "the level", "the trial"; nor are those who watch or attend, whose clause
#: more often tells how they took what happened: "and the audience cheered", "and visitors queued".)
PEOPLE_HEADS = (
    rf"{GROUP_NOUNS}|people|men|women|children|passengers|crews?|teams?|squads?|players|riders|walkers|climbers|"
    r"ministers|leaders|delegates|delegations?|envoys?|diplomats|officials|members|councillors|judges?|jury|"
    r"magistrates|court|board|committee|council|cabinet|government|army|navy|garrison|militia|regiment|battalion|"
    r"brigade|fleet|assistant|deputy|captain|coach|manager|doctors?|nurses|surgeons?|staff|employees|holders|"
    r"owners|organi[sz]ers|pickets|mediators|negotiators|inspectors|investigators|prosecutors|"
    r"lawyers|distributors|buyers|investors|shareholders|voters|neighbours|neighbors|family|parents|relatives|"
    r"pupils|teachers|governors|trustees|directors|managers|executives|unions?|bosses|hackers|thieves|robbers|"
    r"raiders|attackers|gunmen|insurgents|fighters|forces|allies|enemy|defenders|fishermen|"
    r"builders|joiners|craftsmen|labourers|laborers|porters|cleaners|drivers|pilots|trainees|recruits|cadets|"
    r"scientists|researchers|archaeologists|surveyors|colonists|pilgrims|monks|nuns|priests|clergy|"
    r"senators|deputies|legislators|mps|peers|protestors|marchers|rioters|looters|"
    r"survivors|refugees|migrants|prisoners|hostages|captors|kidnappers|smugglers|suspects|burglars"
)

#: Kin and aides told by whose they are before a name ("his sister Morwen", "her partner Will Sato").
_KIN = (r"father|mother|son|daughter|brother|sister|wife|husband|widow|cousin|uncle|aunt|nephew|niece|"
        r"grandson|granddaughter|partner|deputy|assistant|successor|colleague|friend")

#: A count or a crowd before the people ("forty plot holders", "hundreds of people", "several of his
#: team-mates").
_COUNT = (r"(?:" + spelled(2, 12) + r"|" + spelled(20, 70) + r"|"
          r"eighty|ninety|hundred|several|dozens|hundreds|thousands|\d[\d,]*)")

#: The subject of the clause (a noun that names people; a pronoun is left to the rules of
#: :mod:`joined_clauses`, which want an object after it): people told with a determiner
#: or a possessive, perhaps after up to three modifiers ("the regional cave rescue team", "his men", "her
#: deputy"); a count or a crowd of them ("forty plot holders", "hundreds of people"); or a bare plural of
#: them, perhaps told by where they are from ("distributors from France and Japan", "pickets").
#: "The two", "the pair", "the two sides" stand for the clause before's own people, whose happening
#: goes on ("met Wang on 2 March, and the two discussed trade"): left to :mod:`joined_clauses`.
_PEOPLE_SUBJECT = (
    r"(?P<subject>"
    # (someone told by whose kin or aide they are and then named: "…, and his sister Morwen took over",
    # "…, and her partner Will Sato reached the summit"; the title names them, see joined_clauses)
    rf"(?:his|her|their|its|our|my)\s+(?:[a-z][\w’'-]*\s+)?(?:{_KIN})\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){{0,2}}|"
    rf"(?:the|a|an|his|her|their|its|our|my)\s+(?!(?:two|three|four|pair|couple|sides?|latter|former|rest|others?)\b)"
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}?(?:{PEOPLE_HEADS})|"
    rf"(?:{_COUNT})\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?)?(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{PEOPLE_HEADS})|"
    rf"(?P<bare>(?:{PEOPLE_HEADS})(?=\s)(?:\s+from\s+[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)?)"
    r")\s+")

#: A past verb that tells what the people did: any past but a state, a saying or a thought, a figure's
#: move, a feeling shown or a reaction ("and the players celebrated", "and the tenants complained"),
#: or a thing received; a decision told by what was decided stays ("agreed to trade furs for
#: tools"). Not followed by "that" (what someone thought or said), "to be" (a state), "on to" (what
#: followed, often a tally: "went on to win six matches") or a denied object ("received no reply").
_ACT = (
    rf"(?P<verb>{DECISION}|(?!(?:{NOT_HAPPENING_VERBS}|{MEASURE_VERBS}|became|got|began|started|spent|received|"
    r"announced|confirmed|denied|accused|blamed|warned|welcomed|praised|criticised|criticized|called|"
    r"cheered|applauded|laughed|wept|cried|smiled|celebrated|mourned|rejoiced|complained|grumbled|waited|"
    r"struggled|suffered|worried|panicked|reacted|responded)\b)"
    rf"(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    r"(?!\s+(?:that|to\s+be|on\s+to|no|nothing|none|it\s+(?:was|clear|difficult|hard|easy))\b)"
)

#: A clause of its own told by people (:data:`_PEOPLE_SUBJECT`) and an act (:data:`_ACT`), joined to the
#: clause before by ", and", ", but", a semicolon or a bare "and" (perhaps with "then" or "later").
PEOPLE_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)|;|(?<=[a-z])\s+and)\s+(?:then\s+|later\s+|soon\s+)?" + _PEOPLE_SUBJECT +
    r"(?:(?:then|later|also|soon|quickly|finally|eventually|promptly|immediately)\s+)?" + _ACT)

#: After the verb of a clause joined by a bare "and": an object, a pronoun, or the verb is an act told
#: without one (:data:`ACTS_WITHOUT_OBJECT`, "and the passengers escaped down the slides").
_ACTS_ON_SOMETHING = re.compile(rf"{OBJECT_AFTER}|(?=\s+(?:it|them|him|her|us)\b)")
_ACT_ALONE = re.compile(ACTS_WITHOUT_OBJECT)


def reads_as_a_clause(sentence: str, m: re.Match[str]) -> bool:
    """Whether a :data:`PEOPLE_CLAUSE` match ``m`` is a clause of its own that tells one happening, after
    a clause that told an act. After ", and", ", but" or a semicolon the clause before is the sentence
    up to the joint, which must hold a past verb; after a bare "and" it is the stretch since the last
    comma, and must hold one too: without it the "and" joins two subjects of one verb ("Volunteers and
    the crews cleared the road"). The people's verb must act on something or be an act told alone
    (:data:`ACTS_WITHOUT_OBJECT`) after a bare "and", where a participle after a listed noun describes
    it ("a photographer and six porters hired in the town"), and after a bare plural, which names
    people in general: with only a place or a manner after it, it tells what such people do ("and
    drivers returned to the old route", "and visitors queued round the block"), not what a crowd did
    ("and hundreds of people queued in the rain"). A habit told anywhere in the sentence ("flooded every
    winter, and the children rowed to school") makes its acts habits too."""
    joint = m.start()
    if HABIT_WORDS.search(sentence):
        return False
    bare_and = sentence[joint:joint + 1] not in ",;"
    if (past_since_last_break(sentence, joint) if bare_and else PAST_VERB.search(sentence, 0, joint)) is None:
        return False
    if bare_and or m.group("bare"):
        return _ACTS_ON_SOMETHING.match(sentence, m.end("verb")) is not None \
            or _ACT_ALONE.match(sentence, m.start("verb")) is not None
    return True
