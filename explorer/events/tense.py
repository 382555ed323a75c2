"""Headline tense: "Javad Zarif resigned" reads on a timeline as "Javad Zarif resigns".

News headlines tell past happenings in the simple present. A title built from a sentence starts with
its subject and then its verb; we turn that first finite verb (past simple, or the "was"/"were"/"had"
of a passive or perfect) into the third person present, by general English morphology and a small
table of irregular verbs. Anything we are unsure of is left as it is.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import FINITE_AUXILIARIES
from explorer.events.agent_participles import verb_after_agent
from explorer.events.names import OFFICE_NOUNS, PERSON_ROLES
from explorer.events.noun_number import plural_opener, plural_without_s, singular_in_s
from explorer.number_words import cardinals

#: Irregular past forms and their third-person present.
IRREGULAR = {
    "was": "is", "were": "are", "had": "has", "did": "does", "said": "says", "led": "leads", "met": "meets",
    "made": "makes", "took": "takes", "gave": "gives", "went": "goes", "came": "comes", "told": "tells",
    "held": "holds", "left": "leaves", "won": "wins", "lost": "loses", "sent": "sends", "spoke": "speaks",
    "wrote": "writes", "began": "begins", "became": "becomes", "fought": "fights", "brought": "brings",
    "bought": "buys", "sold": "sells", "built": "builds", "fled": "flees", "fell": "falls", "rose": "rises",
    "struck": "strikes", "broke": "breaks", "chose": "chooses", "drove": "drives", "ran": "runs",
    "saw": "sees", "sought": "seeks", "stood": "stands", "swore": "swears", "threw": "throws", "thought": "thinks",
    "withdrew": "withdraws", "overthrew": "overthrows", "undertook": "undertakes", "got": "gets",
    "quit": "quits", "hit": "hits", "beat": "beats", "put": "puts", "set": "sets", "cut": "cuts", "let": "lets", "shot": "shoots",
    # bare-form pasts: the same spelling as the base, so only a singular subject's "-s" tells a headline
    # ("upset", "reset" are left out: also adjectives, "upset fans", and the prefix rule skips "set";
    # "burst" is a past here: "When the river burst its banks on 4 March, the council evacuated …" tells
    # two happenings, the when-clause's and the main clause's, as "broke" does)
    "shut": "shuts", "split": "splits", "cost": "costs", "broadcast": "broadcasts", "burst": "bursts",
    "paid": "pays", "laid": "lays", "meant": "means", "kept": "keeps", "felt": "feels", "heard": "hears",
    "found": "finds", "forbade": "forbids", "forgave": "forgives", "bore": "bears", "wore": "wears",
    "oversaw": "oversees", "foresaw": "foresees", "knew": "knows", "grew": "grows", "drew": "draws",
    "flew": "flies", "slew": "slays", "spent": "spends", "lent": "lends", "bent": "bends", "dealt": "deals",
    "swept": "sweeps", "sank": "sinks", "sang": "sings", "rang": "rings", "swam": "swims", "stuck": "sticks",
    "hung": "hangs", "spread": "spreads", "taught": "teaches", "caught": "catches", "rode": "rides",
    "froze": "freezes", "woke": "wakes", "shook": "shakes", "forgot": "forgets", "stole": "steals",
    "understood": "understands", "upheld": "upholds", "overtook": "overtakes", "spun": "spins", "tore": "tears",
    "blew": "blows", "sprang": "springs", "dug": "digs", "bred": "breeds", "fed": "feeds",
    "ate": "eats", "hid": "hides", "shone": "shines", "slid": "slides", "sped": "speeds",
    "arose": "arises", "awoke": "awakes", "mistook": "mistakes", "shrank": "shrinks", "swung": "swings",
    "clung": "clings", "flung": "flings", "knelt": "kneels", "leapt": "leaps", "crept": "creeps",
    "slept": "sleeps", "wept": "weeps", "drank": "drinks", "wove": "weaves", "strode": "strides",
    "strove": "strives", "forsook": "forsakes", "dwelt": "dwells",  # not "sat": also "Sat", a day written short
    # British pasts in "-t" and a few more of one syllable ("burnt the bridges", "spilt oil", "stung
    # by"): a listed act told with one was no past verb, so the list lost it and its title stayed past
    "burnt": "burns", "spilt": "spills", "spoilt": "spoils", "stung": "stings",
    "strung": "strings", "slung": "slings", "wrung": "wrings",
    # regular pasts of two letters before "-ed", which the patterns' "[a-z]{3,}ed" misses ("and sued the
    # city for breach of contract", "axed 300 jobs")
    "sued": "sues", "axed": "axes",
}
#: Irregular pasts with a prefix ("rebuilt its gates", "underwent surgery", "overcame the champion") are
#: verbs as their stems are: without them "bought the lock in 1991 and rebuilt its gates in 1993" read as
#: one clause and lost its second date. (Not "resent", "reset", "outlet" or "upset", which are words of their own.)
_PREFIXED = {
    "re": "built made wrote took told sold ran drew paid",
    "over": "ran came saw heard",
    "under": "went took cut",
    "out": "grew sold ran",
    "with": "held stood",
    "mis": "led",
    "fore": "told",
    "be": "fell",
    "un": "did",
}
IRREGULAR.update({
    prefix + past: prefix + IRREGULAR[past]
    for prefix, pasts in _PREFIXED.items() for past in pasts.split() if prefix + past not in IRREGULAR
})
#: The irregular pasts as a regex alternation, longest first ("overran" before "ran"), for the patterns
#: that find a past verb.
IRREGULAR_PASTS = "|".join(sorted(IRREGULAR, key=len, reverse=True))
#: A regular past as a regex: a word of three letters or more in "-ed" that is no noun or adverb
#: whose "-ed" is no ending ("hundred", "speed", "indeed").
REGULAR_PAST = r"\b(?!(?:hundred|need|speed|seed|feed|breed|indeed|shed|embed)\b)[a-z]{2,}ed\b"
#: Pasts of one syllable whose "-ed" is no ending: the present of each (read by :func:`present_of`
#: only, not :data:`IRREGULAR`, since "shed" is as often a noun).
_SHORT_PASTS = {"shed": "sheds", "bled": "bleeds", "sped": "speeds", "fled": "flees", "bred": "breeds", "fed": "feeds"}
#: Irregular past participles that differ from the past ("had withdrawn", "had been taken"): a perfect
#: or a passive told with one is a verb as much as "had closed" is.
PARTICIPLES = {
    "withdrawn": "withdraws", "taken": "takes", "given": "gives", "broken": "breaks", "driven": "drives",
    "chosen": "chooses", "stolen": "steals", "beaten": "beats", "shown": "shows", "thrown": "throws",
    "fallen": "falls", "risen": "rises", "begun": "begins", "written": "writes", "drawn": "draws",
    "sworn": "swears", "flown": "flies", "ridden": "rides", "hidden": "hides", "eaten": "eats",
    "forgotten": "forgets", "forgiven": "forgives", "torn": "tears", "sunk": "sinks", "overthrown": "overthrows",
    "undertaken": "undertakes", "overtaken": "overtakes",
    "known": "knows", "seen": "sees", "grown": "grows", "worn": "wears", "frozen": "freezes", "spoken": "speaks",
    "sown": "sows", "sewn": "sews", "woven": "weaves", "slain": "slays", "sung": "sings", "rung": "rings",
    "done": "does",
}
#: The participles as a regex alternation, for the patterns that find a perfect or a passive (one
#: alternation, built once, rather than a join in each module that reads them).
PARTICIPLE_FORMS = "|".join(PARTICIPLES)
#: Base forms that keep their final "e" before "-ed" ("served" <- "serve"), by the stem's ending.
_E_STEMS = re.compile(
    r"(?:at|iz|is|v|c|g|ur|ir|ud|id|ot|ut|as|os|us|ib|in|on|ak|ok|uk|ik|ap|op|yp|ar|ol|il|al|ul|et|it|yz|ys|om|um|im|ad|od|am|ag|eg)$"
)
#: Stems in "-on" whose base ends in "e" ("phoned", "postponed"); most verbs in "-on" take none
#: ("summoned", "abandoned", "imprisoned", "questioned").
_ONE_BASES = frozenset("phon aton condon clon hon zon postpon thron dethron enthron inton dron ston".split())
#: Stems in "-or" whose base ends in "e": the "-or" of a noun made verb ("anchor", "monitor", "mentor",
#: "sponsor") takes none, so these are listed rather than guessed.
_OR_E = frozenset(
    "stor restor scor underscor outscor ignor explor ador bor snor shor implor deplor cor por chor".split()
)
#: Stems ending so but whose base has no final "e".
_NO_E = frozenset(
    "visit edit exhibit limit audit credit inherit merit posit profit vomit elicit deposit solicit prohibit "
    "inhibit orbit covet "
    "attack block check knock lock mock pick rock shock sack kick track hack trick "
    "destroy employ convey obey enjoy deploy "
    "appear clear fear hear near gear bear wear tear "
    "offer answer gather order consider deliver enter suffer render discover cover recover differ "
    "remember murder wonder shelter register trigger transfer prefer refer defer confer deter "
    "occur recur incur concur "
    "reveal appeal conceal heal seal steal "
    "cancel travel level model label signal "
    "boil toil soil recoil spoil foil "
    "fail mail nail sail rail hail jail bail "
    "call fall kill fill spill install enroll roll poll pull "
    "shoot root "
    "doom boom "
    "claim aim maim "
    "join coin ruin gain rain train obtain detain retain maintain contain attain sustain complain "
    "explain remain reign feign strain abstain "
    "open happen listen threaten sharpen strengthen weaken broaden deepen widen awaken lessen fasten "
    "sign design resign assign consign align campaign "
    "return turn burn earn learn concern govern "
    "warn mourn adjourn "
    "focus bias harass embarrass "
    "plan scan ban span "
    "mention question function "
    "fuel duel "
    "bug tug lug hug "
    "develop envelop gallop "
    "benefit target market budget "
    "ask bask task mask "
    "sanction".split()
)
#: Words in "-ed" that are no verbs: "Four hundred officials", "sacred sites".
_NOT_PAST = frozenset(
    "hundred kindred sacred naked wicked wretched rugged ragged jagged crooked beloved "
    # bases in "-eed", whose pasts are "needed", "proceeded", "bred" ("need" is no past of "nee")
    "need feed seed heed weed deed reed speed greed creed steed tweed breed bleed proceed exceed succeed".split()
)
_DOUBLED = re.compile(r"([bdgklmnprt])\1ed$")
#: Bases that end in a double consonant themselves ("boycott" -> "boycotted"): the doubling rule above
#: would cut one ("boycots").
_DOUBLE_BASES = frozenset("boycott garrott putt butt watt mitt purr err buzz fizz jazz whizz".split())


#: Prefixes written with a hyphen before a verb: "co-opted", "re-elected", "pre-ordered".
_HYPHENED_PREFIX = re.compile(r"(?:co|re|pre|de|un|over|out|under|mis|cross|double|self|counter)-(?=[a-z]{3})")


def present_of(word: str) -> str | None:
    """The third person present of a past-tense ``word``, or None when it is not one we know."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    hyphened = _HYPHENED_PREFIX.match(low)
    if hyphened:
        # "co-opted" -> "co-opts", "re-elected" -> "re-elects", "co-wrote" -> "co-writes": the verb after the hyphen
        rest = present_of(low[hyphened.end():])
        return None if rest is None else hyphened.group() + rest
    prefix = re.match(r"(?:re|over|under|out|mis|fore|with|up)(?=[a-z]{3})", low)
    if prefix and low[prefix.end():] in IRREGULAR and low[prefix.end():] not in ("led", "set", "put", "cut", "let", "hit"):
        return prefix.group() + IRREGULAR[low[prefix.end():]]  # "rebuilt" -> "rebuilds", "overran" -> …
    if not low.endswith("ed") or len(low) < 4 or not low.isalpha() or low in _NOT_PAST:
        return None
    if not re.search(r"[aeiouy]", low[:-2]):
        return _SHORT_PASTS.get(low)  # "shed" -> "sheds", "bled" -> "bleeds": no "-ed" ending, no "shes"
    if low.endswith("ied"):
        return low[:-3] + "ies"
    if low[:-2] in _DOUBLE_BASES or (low.endswith("bbed") and low[:-2].endswith("ebb")):
        stem = low[:-2]  # "boycotted" -> "boycotts", "buzzed" -> "buzzes"
    elif low.endswith(("patrolled", "controlled")):
        stem = low[:-3]  # "patrolled" -> "patrols", "controlled" -> "controls": the base ends in one "l"
    elif _DOUBLED.search(low) and len(low) <= 5:
        stem = low[:-2]  # "added" -> "adds", "egged" -> "eggs": a short base keeps its double consonant
    elif _DOUBLED.search(low) and low[-4] not in "l":
        # "planned" -> "plans", "stopped" -> "stops"; but "called", "killed", "dressed" keep both
        stem = low[:-3]
    elif low.endswith(("lled", "ssed", "rred", "ffed")):
        stem = low[:-2]
        if low.endswith("rred") or (low.endswith("elled") and len(low) >= 8):
            stem = low[:-3]  # "preferred" -> "prefer", "travelled" -> "travel" (but "shelled" -> "shell")
    else:
        stem = low[:-2]
        if stem.endswith("e"):
            stem = low[:-1]  # "agreed", "freed"
        elif stem.endswith("u"):
            stem += "e"  # "issued", "continued", "argued"
        elif re.search(r"[aeiou]{2}[szvcg]$", stem):
            stem += "e"  # "raised", "caused", "seized", "received"
        elif stem.endswith(("uat", "iat")):
            stem += "e"  # "graduated", "evaluated", "initiated", "negotiated": two syllables, not a digraph
        elif re.search(r"[bcdfgkptz]l$", stem):
            stem += "e"  # "tabled", "settled", "handled", "struggled", "tackled"
        elif stem.endswith("creat"):
            stem += "e"  # "created", "recreated": cre-ate, two syllables, unlike "treated"
        elif re.search(r"[bcdgkpt]r$", stem):
            stem += "e"  # "massacred", "centred", "sabred": a base in "-re" after a consonant
        elif stem.endswith("ced"):
            stem += "e"  # "ceded", "conceded", "preceded", "receded": a base in "-cede" ("exceeded" is "exceed")
        elif re.search(r"(?<![aeiou])(?:a|ea|oa|oo|ee|o)th$", stem) and stem not in ("froth", "sloth"):
            stem += "e"  # "bathed", "breathed", "clothed", "soothed", "seethed": a base in "-the" ("berthed" is "berth")
        elif stem.endswith("uir"):
            stem += "e"  # "acquired", "required", "inquired"
        elif re.search(r"(?:inter|con|contra|super)ven$", stem):
            stem += "e"  # "intervened", "convened": a base in "-vene", not "-ven" as "happen", "open"
        elif re.search(r"[sg]uad$", stem):
            stem += "e"  # "persuaded", "dissuaded": the "u" is a "w" sound, not half of a vowel pair
        elif re.fullmatch(r"s?qu[aeio][dkrtv]", stem):
            stem += "e"  # "quoted", "quaked", "squared": after "q" the "u" is a "w" sound (not "conquered")
        elif re.search(r"(?:interfer|adher|coher|rever|persever|premier)$", stem):
            stem += "e"  # "premiered", "interfered", "adhered": a base in "-ere" (not "entered", "offered")
        elif re.search(r"[aeiou]{2}[a-z]$", stem):
            pass  # "tweeted", "explained", "revealed"
        elif stem.endswith("or") and stem in _OR_E:
            stem += "e"  # "scored", "restored", "ignored"; not "anchored", "monitored", "honoured"
        elif stem.endswith("on") and stem not in _ONE_BASES:
            pass  # "summoned", "abandoned", "imprisoned", "mentioned": a base in "-on"; not "phoned", "postponed"
        elif stem not in _NO_E and _E_STEMS.search(stem) and not stem.endswith(("ck", "ow", "ay", "ey", "oy", "aw", "ong")):
            stem += "e"
    return third_person(stem)


def third_person(stem: str) -> str:
    if stem.endswith(("s", "sh", "ch", "x", "z", "o")) and not stem.endswith("ee"):
        return stem + "es"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"
    return stem + "s"


_SUBORDINATORS = frozenset("if unless whether although though because while when whenever".split())
_DETERMINERS = frozenset("a an the his her its their this these those".split())
_ADVERBS = frozenset("later then also soon still just once again already never ever thus further finally first".split())
#: A people named by its adjective ("The French", "The Chinese"): a plural subject.
_PEOPLE_OF = frozenset(
    "French Chinese British Dutch Japanese Swiss English Irish Spanish Portuguese Vietnamese Burmese Lebanese "
    "Sudanese Welsh Scots Taiwanese Congolese Senegalese Maltese Danish Polish Finnish Swedish Turkish".split()
)
#: Names ending in "s" that take a singular verb.
_SINGULAR_NAMES = frozenset("States Netherlands Philippines Nations Bahamas Maldives Emirates Times News Corps".split())
SINGULAR_NAMES = _SINGULAR_NAMES
#: Words after which an adverb in "-ly" and a participle modify the noun to come ("a poorly trained crew").
_MODIFIED_AFTER = frozenset("a an the his her its their this these those another one every each some".split())
#: Nouns ending in "-ly" that are no adverbs: "The family moved", "The assembly voted".
LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly reply july italy belly jelly bully".split())
#: Prepositions after which the words are no longer the subject's head: "Shares in Homefield fell".
#: Prepositions that end a subject's head noun: "The bridge over the river was reopened", "Talks
#: between the two sides were suspended": the head decides the verb, whatever follows.
_HEAD_ENDS = frozenset("of in at near from on for with over between across along under against behind beyond".split())
#: Words before "of" whose complement decides the verb: "three of the hostages were", "most of the staff".
_QUANTITY = frozenset("one two three four five six seven eight nine ten some most many all several none half "
                      "part rest majority both each either neither few dozens hundreds thousands".split())
#: counts of more than one that stand alone as a subject ("Two withdrew", "Both resigned", "Several quit")
_COUNTS_ABOVE_ONE = frozenset(cardinals(2, 99)) | frozenset("both several many few".split())
#: Counts written in words that stand for a group after "the": "The four met again" (not "The 14", a route).
SMALL_COUNTS = frozenset(cardinals(2, 12))
#: Common plural nouns that open a sentence capitalised ("Shares fell", "Airlines cancelled"), whose
#: plural the ending alone does not tell from a name's final "s" ("Jones", "Barnes").
PLURAL_NOUNS = frozenset(
    """shares prices sales rates stocks markets airlines troops forces crews teams fans voters residents
    rangers police talks tests trials results figures exports imports revenues profits earnings costs
    wages rents tickets flights trains buses services repairs excavations tenants people children women
    men firms companies banks lines schools families workers farmers scientists officials
    authorities engineers doctors nurses students teachers parents protesters rebels soldiers members
    leaders lawmakers police firefighters rescuers investigators researchers archaeologists traders
    settlers monks wolves sheep fishermen passengers visitors players analysts economists experts critics
    plans rules laws ships cars funds things events conditions relations tensions hostilities negotiations
    elections riots demonstrations storms floods
    envoys diplomats delegates delegations judges unions athletes pupils pilots guards allies ministries
    agencies regulators sponsors lenders donors shareholders governments clubs referees
    several many both few others""".split()
)
_STOP = frozenset(
    "that which who whom whose to and or but when if with for in on at by from as than "
    "is are has have does do will would can could may might must should shall not".split()
)
_AUX_PRESENT = {"was": "is", "were": "are", "had": "has"}


#: A subject pronoun right after a noun opens a relative clause without "that": "the crane she designed".
_CONTACT_PRONOUNS = frozenset("he she they we i you".split())
#: Words opening a fronted phrase, after which a pronoun is the clause's subject: "Against wooden ships she seemed …".
_FRONTED = frozenset(
    """against in on at after before during with without for from by under over despite since until through
    across among between towards toward into like unlike as once when while although though""".split()
)
#: A name's lower-case particle, alone or joined to the next word: "Bashar al-Assad", "Dar es Salaam".
_PARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z][\w’'-]*")
_NAME_PARTICLES = frozenset("bin ibn bint de da di del della dos das du es van von der".split())


#: Common adjectives that are never a noun a verb may follow ("The new shed arrives", "A live broadcast
#: is planned"): after a determiner and one of them comes a noun, though it be spelled as a past
#: ("shed", "broadcast", "set"). Ordinals are left out: "The first arrived in May".
_PLAIN_ADJECTIVES = frozenset("new old live big small large main former local young little great early late "
                              "long short high low full free open public private".split())
_OWNING_DETERMINERS = frozenset("the a an his her its their our my your this that".split())


#: Pasts that are their verb's present too and as often a noun: "a box set of", "the first cut of".
_PAST_AS_BASE = frozenset("cut set cast bid hit put split spread shut let cost burst broadcast forecast".split())
#: Words after a past that end the clause's verb phrase there: a determiner, a pronoun, a preposition
#: ("A power cut hit the town", "A pipe burst flooded the hall", "The party split deepened in May").
_AFTER_A_VERB = frozenset("the a an his her its their our my your this that these those him them it us me "
                          "in on at to into from for with by over across through after before during".split())
_SUBJECT_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
#: Nouns spelled as another verb's irregular past ("bore" of "bear", "saw" of "see", "wound" of "wind"):
#: after a determiner and a modifier and before the clause's own past verb they are the subject's head
#: ("The northbound bore reopened", "A chest wound healed"), never "bears", "sees", "winds".
_NOUNS_SPELLED_AS_PASTS = frozenset("bore saw wound ground rose spoke stole".split())


def noun_before_its_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, which reads as a verb's form, is the subject's noun instead: a finite
    auxiliary follows it at once ("A first cut | was finished", "the box set | will be released"),
    which no lexical verb takes right after it; or "of" follows one of the nouns spelled as a past and
    its present, after a determiner and a lower-case word ("a box set | of all eleven albums")."""
    if not (1 <= i < len(words) - 1) or words[i][-1:] in ",;:" or not words[i].isalpha() or not words[i].islower():
        return False
    if words[i] in FINITE_AUXILIARIES or words[i - 1].lower() in FINITE_AUXILIARIES or present_of(words[i]) is None \
            or words[i].endswith("ed") or words[i - 1].lower() in _CONTACT_PRONOUNS:
        return False  # ("The bridge she designed was opened": a relative clause's verb, its own subject before it)
    following = words[i + 1].strip(",;:.!?\"“”").lower()
    if following in FINITE_AUXILIARIES:
        return True
    before = words[i - 1]
    compound = i >= 2 and before.isalpha() and before.islower() and words[i - 2].lower() in _SUBJECT_DETERMINERS
    if words[i] in _NOUNS_SPELLED_AS_PASTS:
        # (after one or two modifiers: "The southbound tunnel bore closed")
        modifiers = next((k for k in (1, 2) if i - k - 1 >= 0 and words[i - k - 1].lower() in _SUBJECT_DETERMINERS), 0)
        plain = modifiers and all(w.isalpha() and w.islower() and present_of(w) is None for w in words[i - modifiers:i])
        return bool(plain) and _past_verb_next(words, i + 1)
    return compound and words[i] in _PAST_AS_BASE and (following == "of" or _past_verb_next(words, i + 1))


def _past_verb_next(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` is the clause's past verb, after a noun spelled as a past ("A power cut |
    hit the town", "A tax cut | took effect"): a past or a past in "-ed" that a determiner, pronoun or
    preposition follows, or that ends the title ("The party split | deepened"); not "The council cut |
    funded places", whose "-ed" word is an adjective."""
    word = words[j].strip(",;:.!?\"“”")
    if not word.isalpha() or not word.islower() or word in FINITE_AUXILIARIES or present_of(word) is None \
            or word in _PAST_AS_BASE and j + 1 < len(words) and words[j + 1].strip(",;:.").lower() == "of":
        return False
    if not word.endswith("ed"):
        return word in IRREGULAR
    after = words[j + 1].strip(",;:.!?\"“”") if j + 1 < len(words) else ""
    return not after or after.lower() in _AFTER_A_VERB or after.endswith("ly") or words[j][-1:] in ",;:"


def noun_after_adjective(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a determiner and a plain adjective, so is a noun whatever its
    spelling: "the new shed", "a live broadcast", "the open set"."""
    return i >= 2 and words[i - 1].lower() in _PLAIN_ADJECTIVES and words[i - 2].lower() in _OWNING_DETERMINERS


def modified_by_adverb(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a participle in "-ed", stands between a determiner's adverb in "-ly" and a
    lower-case noun ("another highly placed source", "a newly elected mayor", "the poorly trained
    crew"), so is that noun's adjective, not the clause's verb (as in "the mayor swiftly closed it")."""
    if not (2 <= i < len(words) - 1):
        return False
    word, adverb, following = words[i].strip(",;:\"“”"), words[i - 1].lower(), words[i + 1].strip(",;:")
    return word.endswith("ed") and word.islower() and adverb.endswith("ly") and adverb.isalpha() \
        and adverb not in LY_NOUNS and words[i - 2].lower() in _MODIFIED_AFTER \
        and following.isalpha() and following.islower() and following not in _STOP | _DETERMINERS


#: Pronouns that are a verb's object, never the noun an adjective in "-ed" goes with: "announced it would".
_OBJECT_PRONOUNS = frozenset("it him her them us me you this that".split())
#: Verbs a bare noun may take right after an attributive participle and its noun: "… tiled mosque was".
_FINITE_AFTER_NOUN = FINITE_AUXILIARIES - {"shall"}


def attributive_participle(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a word in "-ed", is the adjective of the noun after it, which has a verb of
    its own right after: "a new tiled roof was", "tanks and armored cars are", "a report
    citing unidentified Jordanian sources said", "the man's decapitated body wrapped". It stands after
    a determiner (with at most one adjective between), a possessive, "and"/"or" or a participle in
    "-ing"; one or two bare words follow, the last a lower-case noun, none a verb's form; then a finite
    verb. (Not after a noun, which may be a subject: "Officials claimed ballots were rigged", "The
    company warned profits would fall"; nor before a pronoun: "The council announced it would".)"""
    if not (1 <= i < len(words) - 2):
        return False
    word = words[i]
    if not (word.isalpha() and word.islower() and word.endswith("ed")):
        return False
    before = words[i - 1]
    low_before = before.lower()
    participle_before = before.isalpha() and before.islower() and low_before.endswith("ing") \
        and i >= 2 and words[i - 2].lower() not in _OWNING_DETERMINERS  # "a report citing", not "the ruling"
    # (a count stands as a determiner does: "Two armed men emptied …", "3 masked raiders fled …")
    after_determiner = low_before in _OWNING_DETERMINERS or before.endswith(("'s", "’s")) \
        or low_before in ("and", "or") or participle_before or low_before in _QUANTITY or low_before.isdigit() \
        or low_before in _HEAD_ENDS and i >= 2 \
        or i >= 2 and words[i - 2].lower() in _OWNING_DETERMINERS and (
            low_before in _PLAIN_ADJECTIVES or before[:1].isupper() and before.isalpha())  # "the German armed forces"
    if not after_determiner:
        return False
    for width in (1, 2):
        if i + width + 1 >= len(words):
            return False
        between = words[i + 1:i + 1 + width]
        if not all(w.replace("-", "").isalpha() and w.lower() not in _STOP | _DETERMINERS | _OBJECT_PRONOUNS
                   and present_of(w) is None for w in between):
            return False
        noun, verb = between[-1], words[i + 1 + width].strip(",;:")
        if noun.islower() and (verb in _FINITE_AFTER_NOUN or verb.islower() and verb.isalpha() and present_of(verb) is not None):
            return True
    return False


def joined_adjectives(words: list[str], i: int) -> bool:
    """Whether the "and"/"or" at ``words[i]`` joins two adjectives in "-ed" before one noun ("the man's
    dismembered and decapitated body", "a bruised and battered team"): what follows it is no second
    predicate to put in the present."""
    if not (2 <= i < len(words) - 2):
        return False
    first, second, owner = words[i - 1], words[i + 1], words[i - 2]
    return first.isalpha() and first.islower() and first.endswith("ed") and second.isalpha() and second.islower() \
        and second.endswith("ed") and (owner.lower() in _OWNING_DETERMINERS or owner.endswith(("'s", "’s")))


def following_is_name(words: list[str], i: int) -> bool:
    """Whether the word after ``words[i]`` is capitalised: a name goes on past a joining word."""
    return i + 1 < len(words) and words[i + 1][:1].isupper()


#: Gerunds that only open a phrase, never a name: "Having lured the army north …", "Being outnumbered …".
_AUX_GERUNDS = frozenset(("having", "being"))
#: Auxiliaries whose participle belongs to the verb they open: "was released", "had been seized".
_PASSIVE_AUX = frozenset("was were is are be been being had has have".split())


def _verb_after_opener(words: list[str], start: int, own_subject: bool = False) -> bool:
    """Whether a finite verb follows from ``start`` on, as one must when the title's first word opens a
    phrase of its own: "Using captured ports the navy enjoyed …", "Freshly mobilized reserves allowed
    …". Without one the first word is the subject, a name whatever its ending ("Keating resigned",
    "Italy declared war on Greece", "Beijing was chosen"): its "-ing" or "-ly" is no gerund's or
    adverb's. With ``own_subject`` the verb must have a subject of its own after the opener (a
    determiner or a name before it): "Striking miners occupied the pit" is one subject and its verb. A verb right after "and", a determiner or an auxiliary is not counted ("… and seized …",
    "Keating was released": the participle of the first word's own verb)."""
    for j in range(max(start, 1), len(words)):
        word, before = words[j].strip(",;:\"“”‘’"), words[j - 1].lower().strip(",;:")
        if not word.islower() or before in _DETERMINERS or before in ("and", "or", "but") or before in _PASSIVE_AUX:
            continue
        if word in _AUX_PRESENT or word.endswith("ed") and present_of(word) is not None or word in IRREGULAR:
            return not own_subject or any(w.lower() in _DETERMINERS or w[:1].isupper() for w in words[start:j])
    return False


#: Linking verbs in the present, after which a participle is the state, not the verb to put in the present.
_PRESENT_LINKING = frozenset("remain remains stay stays seem seems appear appears become becomes".split())


def _role_before_a_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a role noun before a capitalised name ("Training officer Priya Nandra
    ran", "Marketing director Ann Lee left"): the "-ing" word before it names the role's field, no
    gerund opening a clause without a subject."""
    return words[i].lower() in PERSON_ROLES | OFFICE_NOUNS and i + 1 < len(words) and words[i + 1][:1].isupper()


def headline_tense(title: str, max_subject_words: int = 6, perfect: bool = False, known_plural: bool = False) -> str:
    """``title`` with its first finite verb in the present ("X resigned" -> "X resigns"). A pluperfect
    is a past ("had lost" -> "loses"); with ``perfect`` a present perfect is too ("has closed" ->
    "closes"), which only the last pass over a document's events asks for (the folds before it read
    the perfect in a title as news whose day is told elsewhere). ``known_plural``: the subject took "have",
    so its verb is plural whatever its words look like ("Polls in the north have suggested")."""
    words = title.split(" ")
    if words[0].lower() in _SUBORDINATORS:
        return title  # "If I were …": a condition, not a happening to retell
    subject_end = ""
    head_fixed = ""
    head_common = False
    lower_seen = False
    coordinated = False
    relative_verb = -1
    modifier_after = -1
    for i, word in enumerate(words[: max_subject_words + 1]):
        bare = word.strip(",;:\"“”‘’")
        if i == relative_verb:
            continue  # "The crane she designed was completed": the relative clause's verb, not the title's
        if i >= 2 and bare.lower() in _CONTACT_PRONOUNS and words[0].lower() not in _FRONTED and words[i - 1].isalpha() and words[i - 1].islower() \
                and words[i - 1].lower() not in _DETERMINERS and i + 1 < len(words) and present_of(words[i + 1]) is not None \
                and words[i + 1].lower() not in ("was", "were"):
            relative_verb = i + 1
            continue
        if i > 0 and subject_end[:1].isupper() and (_PARTICLE_NAME.fullmatch(bare) or bare in _NAME_PARTICLES and (
                i + 1 < len(words) and words[i + 1][:1].isupper())):
            continue  # inside a name: "Abu Bakr al-Baghdadi declared", "Ludwig van Beethoven wrote"
        if i > 0 and bare == "&" and subject_end[:1].isupper() and following_is_name(words, i):
            continue  # "Orrin & Sallow replaced …", "Dray & Co started …": the ampersand joins a firm's name
        if not bare or bare[:1].isupper() or bare[:1].isdigit() or "’" in bare or "'" in bare:
            named_run = i > 0 and words[0] == "The" and all(w[:1].isupper() for w in words[1:i + 1])
            # "Some Iraqis", "Two Americans", "Some 1,500 ethnic Albanians": a count before the head
            counted = i > 0 and any(w.lower() in _QUANTITY or w[:1].isdigit() for w in words[:i])
            # "National Guardsmen killed", "The opposition Conservatives tabled": a people's plural
            grouped = i > 0 and bool(_PEOPLE_PLURAL.search(bare.lower())) and bare not in _SINGULAR_NAMES and (
                all(w[:1].isupper() for w in words[:i]) or words[0] == "The" and words[i - 1].islower()
                and words[i - 1].lower() not in _HEAD_ENDS) and i + 1 < len(words) and words[i + 1][:1].islower()
            plural_people = grouped or ((words[i - 1].lower() == "the" or named_run or counted) if i > 0 else False) and bool(
                re.search(r"[^sui’']s$|[^aeious]is$", bare)) and i + 1 < len(words) and words[i + 1][:1].islower() \
                and bare not in _SINGULAR_NAMES  # "The Romans", "The Iraqis", "The Kelby Falcons"; not "The United States"
            subject_end = "they" if subject_end == "they" or plural_people else bare  # "The Romans"
            continue
        if i == 0:
            return title
        if i == 1 and (words[0].lower() in _AUX_PRESENT or words[0].lower().endswith("ing") and bare.lower() != "of"
                       and not _role_before_a_name(words, 1)
                       and (words[0].lower() in _AUX_GERUNDS or _verb_after_opener(words, 2, own_subject=True))):
            return title  # "Was repulsed by …", "Using captured ports …": no subject, nothing to conjugate
        if i == 1 and words[0].lower().endswith("ly") and words[0].isalpha() and bare.endswith("ed") and i + 1 < len(words) \
                and words[i + 1].isalpha() and words[i + 1].islower() and words[i + 1] not in _STOP | _DETERMINERS \
                and present_of(words[i + 1]) is None and _verb_after_opener(words, i + 2):
            subject_end = bare
            continue  # "Freshly mobilized reserves allowed …": an adverb and a participle before the noun
        if noun_after_adjective(words, i) or attributive_participle(words, i):
            if not head_fixed and i >= 2 and words[i - 1].lower().endswith("ing") and words[i - 1].islower():
                # "A report citing unnamed officials said": the participle's object is no head; the report is
                head_fixed = words[i - 2].strip(",;:")
                head_common = bare_is_common(head_fixed, words[i - 1])
            subject_end = bare
            continue  # "A live broadcast to cinemas is planned", "A tiled mosque dominated": the noun's, not a past to retell
        low = bare.lower()
        following = words[i + 1] if i + 1 < len(words) else ""
        if low in _HEAD_ENDS and subject_end and not head_fixed and not (
                low == "of" and (subject_end.lower() in _QUANTITY or subject_end.isdigit()
                                 or subject_end[:1].isupper() and following[:1].isupper()
                                 # (not a title's first word, capitalised as its opening: "Shares of Hadley
                                 # gain", "Residents of Low Street leave")
                                 and not (i == 1 and subject_end[1:].islower() and subject_end.endswith("s")))):  # "Party of China activists"
            # "Shares in Homefield", "A team of surveyors": the head decides, whatever follows; a
            # capitalised head before a common noun ("Truckloads of goods") is a common noun too
            head_fixed = subject_end
            head_common = bare_is_common(subject_end, following)
        if low == "of" and i == 1 and subject_end.lower() == "one" and not head_fixed:
            head_fixed, head_common = "one", True  # "One of the six lamps was found": one, singular
        if low == "of" or low == "than" and i > 0 and words[i - 1].lower() in ("more", "less", "fewer", "rather"):
            continue  # "Secretary of State X", "three of the hostages", "More than 80 letters": still the subject
        if low in ("at", "in", "near", "from", "on") and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "The tunnel at Ashcote was finished": a place still in the subject
        if low == "and" and i + 1 < len(words) and words[i - 1][:1].isupper() and words[i + 1][:1].isupper():
            subject_end = "they"  # "Germany and Slovakia": a plural subject
            continue
        if low == "and" and head_fixed and i + 1 < len(words):
            continue  # "Talks between the unions and the owners": a coordination inside the head's modifier
        if low == "and" and i + 1 < len(words) and not head_fixed and (
                words[i + 1].lower() in _DETERMINERS
                or words[i + 1].isalpha() and words[i + 1].islower() and present_of(words[i + 1]) is None
                and words[i + 1] not in _STOP and not lower_seen_verb(words[:i])):
            coordinated, lower_seen = True, False  # "The mayor and the council": two subjects, one verb
            continue
        if low in _DETERMINERS and lower_seen and words[i - 1].lower() not in _HEAD_ENDS and not (
                head_fixed and words[i - 1].lower() == "and"):
            return title  # "X denies a reported meeting": a determiner after a verb; we are past it
        if low in _HEAD_ENDS and head_fixed and present_of(words[0].strip(",;:")) is None:
            continue  # "Divers from the museum raised it": a preposition inside the subject (not "Frustrated at …")
        lower_seen = lower_seen or low not in _DETERMINERS
        if i == modifier_after:
            subject_end = bare
            continue
        if modified_by_adverb(words, i + 1):
            modifier_after = i + 1  # "Another highly placed source said": the participle is the noun's adjective
            continue
        if i > 0 and words[i - 1].lower() in _DETERMINERS and low not in _AUX_PRESENT:
            subject_end = bare
            continue  # "An embittered president": after a determiner, an adjective or a noun
            # (not "was" after a demonstrative standing alone, "Those was terminated": the verb, whose
            # participle read as the present of a plural "was" became "was terminate")
        if (low.endswith("ly") and low not in LY_NOUNS and not re.search(r"[’']s$", words[i - 1])) or low in _ADVERBS:
            continue  # "X theatrically resigned", "X later resigned"; not "a collector's family"
        if (low == "had" or perfect and low in _PERFECT_AUX and not _clause_inside(words[1:i]) and words[0] != "There") \
                and i + 1 < len(words) \
                and subject_end:
            # a perfect tells a happening as a headline does in the present: "a flood had destroyed" ->
            # "destroys", "police have closed" -> "close", "the trawler has lost" -> "loses"
            rest = words[i + 1:]
            kept: list[str] = []
            while len(rest) > 1 and (rest[0].lower() in _PERFECT_ADVERBS or _KEPT_ADVERB.fullmatch(rest[0].lower())
                                     and rest[0].lower() not in LY_NOUNS):
                if rest[0].lower() not in _PERFECT_ADVERBS:
                    kept.append(rest[0])  # "has finally taken" -> "finally takes": an adverb that tells something stays
                rest = rest[1:]  # "has since replaced", "have just opened": the perfect's own adverb goes with it
            following = rest[0].strip(",;:\"“”‘’").lower()
            if following == "been":
                been = "are" if low == "have" else "is"
                return " ".join(words[:i] + [been] + kept + rest[1:])
            if _is_participle(following):
                past = _PAST_OF_PARTICIPLE.get(following)
                if past:  # "had withdrawn" -> "withdrew", which the present is read from
                    rest = [rest[0].replace(following, past)] + rest[1:]
                return headline_tense(" ".join(words[:i] + kept + rest), max_subject_words, perfect,
                                      known_plural or low == "have" and perfect)
            if kept:
                return title  # "had finally agreed to …" whose verb is not read: not "has finally agreed"
        if low in _PRESENT_LINKING and i > 0:
            return title  # "All sailings remain cancelled", "The road stays closed": the verb is a present already
        if low not in _AUX_PRESENT and noun_before_its_verb(words, i):
            subject_end = bare
            continue  # "A first cut was finished": the subject's noun, its verb the auxiliary after it
        new = _AUX_PRESENT.get(low) or present_of(bare)
        later = verb_after_agent(words, i, _reads_past) if new is not None and low not in _AUX_PRESENT else None
        if later is not None:
            # "A column led by Colonel Vane reached the river": the participle and its agent describe the
            # subject; the later verb is told in the present, the phrase put back unchanged
            told = headline_tense(" ".join(words[:i] + words[later:]), max_subject_words, perfect, known_plural).split(" ")
            return " ".join(told[:i] + words[i:later] + told[i:]) if told[:i] == words[:i] else title
        if head_fixed and new is not None:
            subject_end = head_fixed.lower() if head_common else head_fixed
        if new is None:
            if low in _STOP or not low.replace("-", "").isalpha() or word.endswith((",", ";", ":")):
                return title  # past the subject without finding its verb: leave the title alone
            subject_end = bare
            continue  # a determiner, adjective or noun of the subject: "the rebels", "senior officials"
        plural = False
        if subject_end == "I" and words[0] == "I":  # the writer, not "World War I" or "Charles I"
            plural = new not in ("is", "are", "have")
            new = "am" if new == "is" else _plural_present(new) if plural else new
        elif new not in ("are", "have") and (known_plural or coordinated or _plural_subject(subject_end, first=subject_end == words[0].strip(",;:"))
                                             or i == 1 and bare != new and _count_above_one(words[0])
                                             # ("The two of them sailed", "All of us voted": a share of more than one)
                                             or _share_of_them(words[:i])
                                             # ("The four met again": a count after "the" stands alone too)
                                             or i == 2 and words[0].lower() == "the" and bare != new
                                             and words[1].lower() in SMALL_COUNTS
                                             or subject_end.capitalize() in _PEOPLE_OF and (
                                                 words[0] == "The" or subject_end == words[0])):
            new, plural = _plural_present(new), True  # "The French halt …": a people
        if _passive_before_agent(words, i, bare):
            # "A petition signed by 9,000 people", "A troop of volunteers led by Ethan Allen": what was done
            # to the subject, by whom; "signs by", "leads by" would make the subject the doer
            words[i] = word.replace(bare, ("are " if plural else "is ") + bare)
            return " ".join(words)
        words[i] = word.replace(bare, new)
        # "The strike began and halted all traffic": a second verb of the same subject, in the same tense
        # (the folds read it so; titles.second_predicates turns the rest in the last pass, by the same
        # :func:`joined_present`)
        for j in range(i + 1, min(len(words) - 1, i + 8)):
            if words[j] == "and" and words[j + 1].isalpha() and words[j + 1].islower():
                if joined_adjectives(words, j) or attributive_participle(words, j + 1):
                    break  # "the man's dismembered and decapitated body", "tanks and armored cars are"
                second = joined_present(words[j + 1], plural) if (words[j + 1].endswith("ed") or words[j + 1] in IRREGULAR) else None
                if second and second not in ("is", "has", "are", "have"):
                    words[j + 1] = second
                break
            if words[j].endswith((",", ";", ":")):
                break
        return " ".join(words)
    return title


#: What "by" takes after an active verb: a measure, a means, a manner ("falls by a third", "arrives by rail",
#: "wins by a length", "leaves by mutual consent", "leads by about 9,000 votes").
_BY_MEANS = frozenset("""half third quarter fifth tenth margin length lengths neck head canvas point points goal goals
    vote votes mile miles metre metres meter meters inch inches percent per cent about around some nearly almost over
    more less rail train road air sea car bus boat ship plane hand foot phone telephone email post mail letter mutual
    default far chance mistake accident night day then now far law decree proxy which whom what candlelight moonlight
    torchlight daylight land water bicycle bike horse tram ferry coach lake river sea shore coast road roadside fire
    fireside door window stove wall gate bridge side bank beach harbour harbor quay track path way""".split())
#: Pasts of going and of changing by an amount, which "by" follows with no agent ("walked by the river", "returned
#: by sea", "dropped by a third").
_GOES_BY = frozenset("""walked returned arrived travelled traveled passed stopped moved sailed marched rode flew drove
    went came stood dropped fell rose grew increased decreased declined climbed jumped slipped won lost camped waited
    stayed slept sat lived died""".split())


def _passive_before_agent(words: list[str], i: int, bare: str) -> bool:
    """Whether the past at ``i`` is a participle with its agent after "by" ("signed by 9,000 people", "led
    by Ethan Allen", "delayed by low cloud"), not an active verb with a measure or a means ("fell by half")."""
    if i + 2 >= len(words) or words[i + 1] != "by" or not (bare.endswith("ed") or bare in PARTICIPLES) \
            or bare in _GOES_BY:
        return False
    after = words[i + 2].strip(",;:.")
    low = after.lower()
    if low in _DETERMINERS_BY and i + 3 < len(words):
        low = words[i + 3].strip(",;:.").lower()
    if low[:1].isdigit() or low in _NUMBER_WORDS:
        # "signed by 9,000 people", "by 319 women": a count of people acts; "by 23 votes", "by 25 basis points" measures
        counted = next((w.strip(",;:.").lower() for w in words[i + 3:i + 5] if not w[:1].isdigit() and w.lower() not in _NUMBER_WORDS), "")
        return counted in _PEOPLE_COUNTED
    return bool(low) and low not in _BY_MEANS and not low.endswith("ing")


_DETERMINERS_BY = frozenset("the a an his her their its our".split())
#: People counted after "by" as the agent: "signed by 9,000 people", "by 319 women".
_PEOPLE_COUNTED = frozenset("""people persons residents women men members voters workers students children volunteers
    protesters staff scientists officials families households signatories supporters fans citizens villagers delegates
    doctors nurses parents teachers farmers soldiers troops police""".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions dozen dozens".split())


def joined_present(past: str, plural: bool) -> str | None:
    """The present of a past verb joined by "and"/"but" to a title's first verb, in the number the
    headline tense gave that first verb ("halted" -> "halts", or "halt" after a plural's "attack"), or
    None when ``past`` is no past we know. The one reading of a second predicate's present, for
    :func:`headline_tense` and for ``titles.second_predicates``."""
    third = present_of(past)
    return None if third is None else _plural_present(third) if plural else third


#: The auxiliaries of a perfect, dropped from a headline with the participle put in the present.
_PERFECT_AUX = frozenset(("has", "have", "had"))
#: Irregular pasts that are no participles: "has went" is no perfect to retell.
_PAST_ONLY = frozenset("was were did went took gave came wrote began became fell rose broke chose drove ran saw "
                       "spoke stole swore threw withdrew knew grew drew flew ate hid rode froze woke shook tore "
                       "blew sprang sank sang rang swam forgot forbade forgave arose awoke mistook shrank".split())
#: Every irregular past participle we know: those that differ from the past ("taken") and the pasts
#: that are participles too ("built", "sold"), for the patterns that find a participle on its own (an
#: aside "The hall, built in 1890, ..."), where a past only ("went") would be no participle.
IRREGULAR_PARTICIPLES = frozenset(PARTICIPLES) | (frozenset(IRREGULAR) - _PAST_ONLY)


def past_only(word: str) -> bool:
    """Whether ``word`` is an irregular past that is no participle ("fell", "rose", "took"): never a passive's
    or a reduced relative's verb, so "fell by a third" is the clause's own past, not "led by X"."""
    return word in _PAST_ONLY


#: Adverbs a perfect holds that mean nothing in a headline's present: "has since replaced", "have just opened".
_PERFECT_ADVERBS = frozenset("since already just now recently also".split())
#: An adverb between a perfect's auxiliary and its participle that the headline's present keeps before
#: the verb: "has finally taken" -> "finally takes", "had quickly seized" -> "quickly seizes"; not
#: "never", "still", "not" (a perfect's "never won" is no "never wins").
_KEPT_ADVERB = re.compile(r"[a-z]{3,}ly|again|later|soon|then|thus")
#: The simple past of each irregular participle, from which :func:`present_of` reads the present.
_PAST_OF_PARTICIPLE = {
    participle: next((past for past, third in IRREGULAR.items() if third == present), participle)
    for participle, present in PARTICIPLES.items()
}


def _clause_inside(words: list[str]) -> bool:
    """Whether a pronoun or "that" after a title's first word opens a clause of its own before a perfect
    ("Astronomers say they have found …"): that perfect is the told clause's, not the title's verb."""
    return any(w.lower() in _CONTACT_PRONOUNS or w.lower() in ("that", "it") for w in words)


def _reads_past(word: str) -> bool:
    """A lower-case past verb: "reached", "sank" (what :func:`present_of` turns into a present)."""
    return (word.endswith("ed") or word in IRREGULAR) and present_of(word) is not None


def _is_participle(word: str) -> bool:
    """Whether ``word`` (lower case) is a past participle we can put in the present: "closed",
    "lost", "withdrawn"; not a past that is no participle ("went") nor a word that is no verb."""
    if word in PARTICIPLES:
        return True
    return word not in _PAST_ONLY and word not in _AUX_PRESENT and present_of(word) is not None


def lower_seen_verb(words: list[str]) -> bool:
    """Whether a past or finite verb stands among ``words`` (the subject is then behind us)."""
    return any(w.strip(",;:").lower() in _AUX_PRESENT or present_of(w.strip(",;:")) is not None for w in words[1:])


#: ("-ics": "Paramedics took", "Critics praised", "Academics signed": a plural of a noun in "-ic", an
#: ending no name in "-s" has)
_PLURAL_FIRST = re.compile(r"(?:ers|ists|ials|ants|ents|(?<!e)ats|ets|ies|ors|ians|icans|(?:er|or|to|ro)mans|ces|ions|ups|ies|ops|ives|[sh]men|cemen|ermen|ics|"
                           r"(?<=\w\w\w)(?:ours|ees))$")  # ("Neighbours", "Refugees"; not "Tours" nor "Rees")
#: Endings of a group of people named in capitals ("National Guardsmen", "The opposition
#: Conservatives", "Soviets"): plural after other capitalised words or a common noun, unlike a name.
_PEOPLE_PLURAL = re.compile(r"(?:ists|ians|ives|ites|[sh]men|cemen|ermen)$")


def bare_is_common(head: str, following: str) -> bool:
    """Whether a subject's head before a preposition is a common noun: written in lower case, or
    followed by a lower-case word ("Truckloads of goods"), unlike a name ("Bank of England")."""
    return head[:1].islower() or following[:1].islower()


#: Nouns that name a gathering or a body of people, whose plural opens a news sentence bare: "Crowds
#: gathered", "Gangs looted", "Squads searched"; no name is the plural of one.
GROUP_NOUNS = frozenset("crowd mob gang band group team squad crew party patrol throng flock herd swarm".split())


#: Words that count a share of a group of more than one before "of them" or "of us": "The two of them",
#: "Both of us", "All of them", "Most of them" (not "One of them", "Each of us", "Neither of them").
_SHARES_ABOVE_ONE = frozenset("all both most many several some few".split())


def _share_of_them(subject: list[str]) -> bool:
    """Whether ``subject`` is a share of more than one of a group named by a pronoun: "The two of them",
    "Both of us", "All three of them" (a plural, however the pronoun's own verb is told)."""
    low = [w.strip(",;:").lower() for w in subject]
    if len(low) < 3 or low[-2] != "of" or low[-1] not in ("them", "us", "you"):
        return False
    counted = low[-3]
    return counted in _SHARES_ABOVE_ONE or _count_above_one(counted)


def _count_above_one(word: str) -> bool:
    """Whether ``word`` is a count of more than one that can stand alone as a subject: "Two withdrew
    before the hustings", "12 died", "Twenty-one fled" (its verb right after it, told in the past; a
    present "-s" word after a count is its noun: "Two appeals from residents delayed …")."""
    low = word.lower()
    return low in _COUNTS_ABOVE_ONE or low.split("-")[0] in _COUNTS_ABOVE_ONE and "-" in low \
        or bool(re.fullmatch(r"\d[\d,]*", word)) and word != "1"


#: an initialism with a plural "s": "MPs", "NGOs", "CEOs"
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _plural_subject(word: str, first: bool) -> bool:
    if word.lower() in ("they", "we", "you") or word.lower() in PLURAL_NOUNS and (word.islower() or first):
        return True  # "Shares fell", "the shares fell"; not "the General Staff"
    if first and (word.lower() in _QUANTITY and word.lower().endswith("s") or word.lower()[:-1] in GROUP_NOUNS
                  and word.lower().endswith("s")):
        return True  # "Thousands marched", "Crowds gathered": a count or a gathering, never a name
    """ "officials denied" -> "officials deny"; a capitalised word counts only as the title's first
    word with a plural ending ("Officials", "Protesters"), since names ending in "s" are singular
    ("Anders", "Flanders"), and a noun in "-s" may be too ("the series", "Physics"). A plural with no
    "-s" is plural all the same ("the gunmen", "Gunmen")."""
    low = word.lower()
    if plural_without_s(word) or first and plural_opener(word) or _ACRONYM_PLURAL.fullmatch(word):
        return True  # ("MPs", "NGOs", "GPs": an initialism's plural)
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")) or singular_in_s(word):
        return False
    return word.islower() or (first and bool(_PLURAL_FIRST.search(low)))


def plural_agent(name: str, after_the: bool) -> bool:
    """Whether an agent named in capitals is a people or a side, which takes a plural verb: "the
    Allies", "the Soviets", "the French" (after "the", one word with a plural ending), unlike "the
    Philippines" or a person's name ending in "s" ("Jones")."""
    if " " in name.strip():
        return False
    if name in _PEOPLE_OF:
        return after_the
    low = name.lower()
    return after_the and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) \
        and name not in _SINGULAR_NAMES


def plural_present(third: str) -> str:
    """ "launches" -> "launch", "has" -> "have": the present for a plural subject."""
    return _plural_present(third)


def _plural_present(third: str) -> str:
    if third in ("is", "has", "does", "goes"):
        return {"is": "are", "has": "have", "does": "do", "goes": "go"}[third]
    if third.endswith("ies") and len(third) > 4:
        return third[:-3] + "y"
    if third.endswith(("focuses", "biases", "canvases", "nonplusses")):
        return third[:-2]  # "focuses" -> "focus": a stem in "-s" ("causes" -> "cause" is the rule below)
    if third.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return third[:-2]  # "seizes" -> "seize", but "passes" -> "pass"
    return third[:-1]
