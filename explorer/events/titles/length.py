"""Fitting a long title into a timeline label: subject, verb and the object's head.

A title is cut to a few words (``titles.words.MAX_WORDS``), but ten long words still make a label wider
than a lane (over :data:`LONG_TITLE` characters), and a cut that only counts words ends wherever the
tenth word is: "Soviets launch a massive assault against German-occupied Hungary that lasted",
"Chiang launches a fifth campaign that involved the systematic encirclement". A reader shortening such
a title keeps who did what to what and drops, in this order:

1. a clause of its own after the object ("that lasted until …", "calling on …", "according to
   which …", ", effectively ending …", "and well-equipped troops overran …");
2. the second and later phrases after the object ("… against Italian forces | in Egypt");
3. a long subject's trailing phrase ("Union cavalry | under Major General …", "Continued antipathy |
   between Chinese communist and nationalist forces") unless it names who took part in talks or a war;
4. the object's own phrase ("Nixon announces the suspension | of offensive action").

Never inside a name ("University of Tarn", "Bank of England") or a quotation. Nothing here knows a
name, place or date; the titles module finds the verb and calls :func:`fit` on the words of the
clause before its word cut.
"""

from __future__ import annotations

from explorer.events.states import is_state
from explorer.temporal.telling_verbs import FORESEEING_VERBS, SAYING_VERBS, telling_forms

#: A title longer than this many characters is shortened by :func:`fit`.
LONG_TITLE = 70

#: Words opening a clause of its own after a verb's object.
_CLAUSE_OPENERS = frozenset(
    "that which who whom whose where although though whereas while because according so thus "
    "thereby effectively".split()
)
#: Prepositions opening a phrase a title may drop.
_PREPOSITIONS = frozenset(
    "in at on from to into onto against with for by during under over through across toward towards near "
    "until since within after before between among amid along around of outside inside beyond via".split()
)
#: Words after which an "-ing" word is a gerund in the phrase, not a participle opening a clause.
_BEFORE_GERUND = _PREPOSITIONS | frozenset(
    "a an the his her its their this that these those is are was were be been being has have had and or "
    "not also still keep kept began begin begins start started stop stopped".split()
)
#: Heads of a happening whose "between"/"with" phrase names who took part, which a subject keeps.
_TAKING_PART = frozenset(
    "talks talk meeting meetings war wars fighting match game agreement deal treaty clash clashes battle "
    "negotiations contacts cooperation dispute conflict relations summit alliance truce ceasefire exchange".split()
)


#: Auxiliaries before a participle, between which an adverb may stand ("was later elected").
_PASSIVE_AUX = frozenset("is are was were be been".split())


def _length(words: list[str]) -> int:
    return len(" ".join(words))


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _bare(word: str) -> str:
    return word.lower().strip(",;:.\"“”‘’()")


def _quoted(words: list[str], at: int) -> bool:
    """Whether a quotation opened before ``words[at]`` is still open there."""
    text = " ".join(words[:at])
    straight = text.count('"') % 2 == 1
    return straight or text.count("“") > text.count("”") or text.count("``") > text.count("''")


def _inside_name(words: list[str], at: int) -> bool:
    """ "University | of Tarn", "Bank | of England", "Prince | of Wales": a lower-case joining word
    between two capitalised words belongs to one name."""
    return 0 < at < len(words) - 1 and _capital(words[at - 1]) and _capital(words[at + 1]) \
        and _bare(words[at]) in ("of", "de", "du", "del", "da", "von", "van", "and", "for", "on")


def _opens_clause(words: list[str], at: int, verb: int, is_verb) -> bool:
    """Whether ``words[at]`` opens a clause of its own: a relative or subordinating word, an "-ing"
    participle after a noun, a phrase after a comma, or "and" followed within a few words by a verb."""
    word = _bare(words[at])
    previous = words[at - 1]
    if word in _CLAUSE_OPENERS:
        return word != "that" or not _bare(previous) in ("so", "such")
    if previous.endswith(","):
        return words[at][:1].islower()  # "relieved Gen. MacArthur, | from duty"; not "Newark, | N.J."
    if at < verb + 2:
        return False  # "X revolted, | postponing …" is a clause; "X visited | Paris" is the object
    if word.endswith("ing") and len(word) > 5 and words[at].isalpha() and words[at].islower() \
            and _bare(previous) not in _BEFORE_GERUND:
        return True  # "a legislative petition | calling on …", "his Egyptian subjects revolted, | postponing …"
    if word == "and":
        return any(is_verb(w) for w in words[at + 1:at + 4] if w.isalpha() and w.islower())
    return False


def _droppable_phrases(words: list[str], start: int) -> list[int]:
    """Where each phrase after ``start`` opens (its preposition), outside names and quotations, and
    not right after a quotation (the title would end on its closing mark, which titles drop)."""
    return [k for k in range(start, len(words))
            if _bare(words[k]) in _PREPOSITIONS and not _inside_name(words, k) and not _quoted(words, k)
            and not words[k - 1].endswith(('"', "”", "’", "''"))]


#: Words in "-ly" that are no adverbs of manner.
_NOT_ADVERBS = frozenset("family ally rally supply assembly monopoly reply july italy only early daily weekly monthly yearly".split())


def _without_verb_adverbs(words: list[str], verb: int) -> tuple[list[str], int]:
    """ "The opposition Conservatives immediately tabled a motion of no confidence" -> "… tabled a
    motion of no confidence": an adverb in "-ly" beside the verb (or between its auxiliary and its
    participle) is the first word a long title can do without. Returns the words and the verb's index."""
    def adverb(i: int) -> bool:
        word = words[i] if 0 <= i < len(words) else ""
        return word.isalpha() and word.islower() and word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS

    drop = {i for i in (verb - 1, verb + 1) if i > 0 and adverb(i)}
    if verb > 2 and words[0].rstrip(",").endswith("ly") and words[0][:1].isupper() and words[0].strip(",").isalpha() \
            and words[0].lower().strip(",") not in _NOT_ADVERBS and words[1].islower():
        drop.add(0)  # "Initially, the experienced navy prevailed": an opening adverb
        words = [words[1][:1].upper() + words[1][1:] if i == 1 else w for i, w in enumerate(words)]
    if verb + 2 < len(words) and _bare(words[verb]) in _PASSIVE_AUX | {"has", "have", "had"} and adverb(verb + 1):
        drop.add(verb + 1)
    kept = [w for i, w in enumerate(words) if i not in drop]
    return kept, verb - sum(1 for i in drop if i < verb)


def fit(words: list[str], verb: int | None, is_verb, max_words: int = 10) -> list[str]:
    """``words`` shortened as the module says until they fit in :data:`LONG_TITLE` characters, or
    ``words`` unchanged when they fit already or there is no verb to keep. ``verb`` is the index of
    the title's verb; ``is_verb(word)`` tells a finite or past verb (for "and" opening a clause).
    Phrases go also while there are more than ``max_words`` words, which the title's word cut would
    otherwise cut mid-phrase ("… prevailed against the fledgling | Roman Navy")."""
    if verb is None or _length(words) <= LONG_TITLE or verb + 2 >= len(words):
        return words
    for k in range(verb + 1, len(words)):
        if not _quoted(words, k) and _opens_clause(words, k, verb, is_verb):
            words = words[:k]
            break
    words = [*words[:-1], words[-1].rstrip(",;:")]
    if _length(words) > LONG_TITLE:
        words, verb = _without_verb_adverbs(words, verb)
    while _length(words) > LONG_TITLE or len(words) > max_words:
        # the phrases after the object's head (one word at least after the verb); the first is the
        # head's own modifier ("counter-offensives | against Italian forces"), later ones go first
        after = _droppable_phrases(words, verb + 2)
        later = after[1:]
        if later:
            words = words[:later[-1]]
            continue
        opened = _bare(words[0]) in _PREPOSITIONS  # "In nearly four weeks of fighting …": no subject to shorten
        subject = [] if opened else [k for k in _droppable_phrases(words[:verb], 2)
                   if not (_bare(words[k]) in ("between", "with", "and") and _bare(words[k - 1]) in _TAKING_PART)]
        if subject:
            cut = subject[0]
            words = [*words[:cut], *words[verb:]]
            verb = cut
            continue
        if after:
            words = words[:after[0]]  # "… is discovered | at Newark, N.J., International Airport"
            continue
        bare_object = _object_head(words, verb)
        if bare_object is not None:
            words = bare_object
            continue
        plainer = _without_adjectives(words, verb)
        if plainer is not None:
            words, verb = plainer
            continue
        if _length(words) > LONG_TITLE and verb + 1 < len(words) and verb >= 2 and _bare(words[verb + 1]) in _PREPOSITIONS:
            words = words[:verb + 1]  # last: "The counter-offensive began | under the rebel commander Ostrovsky"
            continue
        break
    return words


_DETERMINERS = frozenset("the a an his her its their this that these those".split())


def _object_head(words: list[str], verb: int) -> list[str] | None:
    """ "… completes the enormous northern breakwater" -> "… completes the breakwater": an object
    ending the title keeps its determiner and head, its common-noun modifiers go (a name's words stay)."""
    obj = words[verb + 1:]
    if len(obj) < 3 or _bare(obj[0]) not in _DETERMINERS:
        return None
    if not all(w.replace("-", "").isalpha() and w.islower() and w not in ("and", "or") for w in obj[1:]):
        return None  # "a military and political alliance": a coordination, which a cut would leave as "a alliance"
    article = obj[0]
    if _bare(article) in ("a", "an"):
        article = "an" if obj[-1][:1] in "aeiou" else "a"
    return [*words[:verb + 1], article, obj[-1]]


def _without_adjectives(words: list[str], verb: int) -> tuple[list[str], int] | None:
    """ "The experienced Venetian fleet prevails against the fledgling Genoese Navy" -> "The Venetian
    fleet prevails against the Genoese Navy": a lower-case word between a determiner and the rest of
    its noun phrase; None when there is none. Returns the words and the verb's index."""
    drop = [i for i in range(1, len(words) - 1)
            if i != verb and _bare(words[i - 1]) in _DETERMINERS and words[i].isalpha() and words[i].islower()
            and _bare(words[i + 1]) not in _PREPOSITIONS | _RELATIVES | {"and", "or"} and i + 1 != verb
            and (words[i + 1][:1].isupper() or words[i + 1].isalpha() and words[i + 1].islower())]
    if not drop:
        return None
    return [w for i, w in enumerate(words) if i not in drop], verb - sum(1 for i in drop if i < verb)


#: Relative words opening a clause that a title cut inside it leaves unfinished.
_RELATIVES = frozenset("that which who whom whose".split())


def cut_clause(words: list[str], verb: int | None, is_verb) -> list[str]:
    """``words`` without a clause of their own opened after the object by a relative word and its
    verb ("Marshal Ortega launched a fifth campaign | that involved the systematic"): a title the word
    cut ended inside such a clause reads as a fragment, whatever its length. A "that" before a subject
    ("confirmed that the pups …", "report that our membership …") opens what was said, and stays."""
    if verb is None:
        return words
    for k in range(verb + 2, len(words) - 1):
        if _bare(words[k]) in _RELATIVES and not _quoted(words, k) \
                and (is_verb(words[k + 1]) or _object_relative_past_cut(words, k, is_verb)):
            return [*words[:k - 1], words[k - 1].rstrip(",;:")]
    return words


#: The verbs that tell what was said, in the past and the present ("reported … that", "tells journalists
#: that"; not "found the seam that …", whose object a relative clause describes).
_TELLING_WORDS = frozenset(telling_forms(SAYING_VERBS, FORESEEING_VERBS, present=True).split("|"))
#: Words opening the subject of a relative clause whose verb comes later ("the seam | that the board
#: later mined").
_CLAUSE_SUBJECT_OPENERS = frozenset("the a an his her its their our my your this these those he she they we it i you".split())
#: Auxiliaries, which leave the clause's verb still to come ("that the director had | drafted").
_AUXILIARIES = frozenset("had has have was were is are be been would will could should might may must did does do".split())


def _object_relative_past_cut(words: list[str], k: int, is_verb) -> bool:
    """Whether ``words[k]`` opens a relative clause after a noun whose own subject begins next and
    whose verb stands past the word cut (the last word of ``words``): "found the coal seam | that the
    national board later" is a fragment. After a verb ("said that the board …") it opens what was
    said, which is no relative clause."""
    before = words[k - 1]
    if _bare(words[k]) not in ("that", "which", "whom") or is_verb(before) or before.endswith((",", ";", ":")):
        return False
    if _bare(words[k]) == "that" and any(_bare(w) in _TELLING_WORDS for w in words[:k]):
        return False  # "reported over the radio that the engine …", "told journalists that": what was said
    if _bare(words[k + 1]) not in _CLAUSE_SUBJECT_OPENERS:
        return False
    return not any(is_verb(w) and _bare(w) not in _AUXILIARIES for w in words[k + 2:len(words) - 1])


#: The most words a subject keeps when its verb stands past the title's word cut.
SUBJECT_KEPT = 5
#: Words opening a phrase of a subject's noun ("a film about two brothers", "talks on a treaty").
_SUBJECT_PHRASE_OPENERS = _PREPOSITIONS | frozenset("about concerning like".split())


def subject_before_late_verb(words: list[str], verb_at, max_words: int = 10) -> list[str]:
    """ "Talks on a water treaty between the Northern League and the Republic of Osk broke down …" ->
    "Talks on a water treaty broke down …": a subject so long that its verb stands past the title's
    word cut (``max_words``) would leave a title of no verb ("Talks on a water treaty between the
    Northern League"); a reader shortens it to its head and first phrase, as a headline does, at a
    phrase's preposition or a relative word ("A comedy about two brothers | who run a ferry | won").
    ``verb_at(words)`` finds the verb as the title rules do. Unchanged when the verb is inside the cut,
    further than twice the cut, or the subject holds an aside, a quotation or opens with a phrase."""
    if verb_at(words[:max_words]) is not None:
        return words
    verb = verb_at(words[:2 * max_words])
    if verb is None or verb <= SUBJECT_KEPT:
        return words
    subject = words[:verb]
    if _bare(subject[0]) in _PREPOSITIONS or any(w.endswith((",", ";", ":", "—")) for w in subject) \
            or any(_quoted(words, k) for k in range(1, verb + 1)):
        return words
    if any(_bare(words[k]) in ("between", "with") and _bare(words[k - 1]) in _TAKING_PART for k in range(1, verb)):
        return words  # "talks between X and Y": who took part, which a cut must not drop (the title rules keep it)
    cuts = [k for k in range(2, verb) if (_bare(words[k]) in _SUBJECT_PHRASE_OPENERS or _bare(words[k]) in _RELATIVES)
            and not _inside_name(words, k)]
    if not cuts:
        return words
    kept = [k for k in cuts if k <= SUBJECT_KEPT]
    cut = kept[1] if len(kept) > 1 and _bare(words[kept[1]]) not in _RELATIVES else kept[0] if kept else cuts[0]
    if cut > SUBJECT_KEPT + 1:
        return words
    return [*words[:cut], *words[verb:]]


#: The longest aside (in words) read past between a subject and its verb.
ASIDE_WORDS = 14


def subject_aside_before_late_verb(words: list[str], verb_at, present_verb_at, max_words: int = 10) -> list[str]:
    """ "Her first solo show, Salt and Ash, opens at the Brannock Gallery …" -> "Her first solo show opens
    at …": an aside set off by commas between a subject and its verb, in a title longer than the word
    cut (``max_words``), which would be cut at the aside's comma and leave a title of no verb ("Her
    first solo show"); a reader shortening it drops the aside, as a headline does, and keeps who did
    what. ``verb_at`` and ``present_verb_at`` find a past or a present verb as the title rules do.
    Unchanged when the title fits, the subject opens with a phrase, or no verb follows the aside, and
    when what is left tells a state ("The stage, …, includes three climbs": the happening is the
    subject's own, and a state's title would tell none)."""
    if len(words) <= max_words:
        return words
    first = next((i for i, w in enumerate(words[:max_words]) if w.endswith(",")), None)
    if first is None or first < 1 or _bare(words[0]) in _PREPOSITIONS or _quoted(words, first) \
            or verb_at(words[:first + 1]) is not None or present_verb_at([*words[:first + 1], "x"]) is not None \
            or any(w in ("-", "–", "—") or "(" in w or ")" in w for w in words[:first + 1]):
        # (a verb before the comma: the comma ends no subject, "X published a sheet every year, each …";
        # a bracket or a dash: a dateline's furniture, "(Reuters) - Veteran climber X, who …, died")
        return words
    second = next((j for j in range(first + 1, min(len(words) - 1, first + 1 + ASIDE_WORDS)) if words[j].endswith(",")), None)
    if second is None:
        return words
    subject = [*words[:first], words[first].rstrip(",")]
    after = words[second + 1:]
    if not after or not (verb_at([subject[-1], *after[:2]]) == 1 or present_verb_at([subject[-1], *after[:2]]) == 1):
        return words
    shorter = [*subject, *after]
    return words if is_state(" ".join(shorter)) else shorter


def comma_inside_phrase(words: list[str], at: int, is_verb, within: int) -> bool:
    """Whether the comma ending ``words[at]`` joins the parts of one noun phrase, where a title cut at
    it would end mid-phrase: a list of names or modifiers before one head ("told U.S., | European and
    Japanese oil companies", "the governments of Syria, | Jordan, Egypt and other Arab countries"), or
    two adjectives before one noun ("kidnapped from his small, | neighborhood store in …"). A comma
    before a clause of its own ("…, police said", "…, and met the envoy") is none of these.
    ``is_verb(word)`` tells a finite or past verb as the title rules do; a list counts only when its
    last item stands inside the first ``within`` words (a title cut inside a longer one is no better
    for it: "unites Japan, Italy")."""
    after = words[at + 1:at + 6]
    if not after or not words[at].endswith(","):
        return False
    if words[at][:1].isupper() or words[at][:1].isdigit():
        # a list: more capitalised items up to an "and"/"or", then a word of the phrase (no verb)
        for k, word in enumerate(after[:4]):
            if _bare(word) in ("and", "or"):
                return k >= 1 and k + 1 < len(after) and at + k + 4 <= within and not is_verb(_bare(after[k + 1]))
            if not (word[:1].isupper() or word[:1].isdigit()) \
                    or word.endswith(",") and _bare(after[k + 1] if k + 1 < len(after) else "") in ("and", "or"):
                return False  # (a serial comma before the "and" would be cut at instead: "Japan, Italy, | and")
        return False
    if words[at][:1].islower() and words[at].rstrip(",").isalpha():
        # a list of lower-case items, one object: "recalls the strawberry, | raspberry and plain yoghurts",
        # "closed the library, | the museum and the pool" (a verb after the comma is a clause of its own)
        for k, word in enumerate(after[:5]):
            bare = _bare(word)
            if bare in ("and", "or"):
                if k >= 1 and k + 1 < len(after) and at + k + 3 <= within and after[k + 1][:1].islower() \
                        and not is_verb(_bare(after[k + 1])) and _bare(after[k + 1]) not in _PREPOSITIONS:
                    return True
                break
            if not (word.rstrip(",").isalpha() and word.islower()) or bare in _PREPOSITIONS or bare in _CLAUSE_OPENERS \
                    or is_verb(bare):
                break
    # two adjectives: a determiner and one lower-case word before the comma, a lower-case modifier and
    # its noun after it, then a phrase or the end
    if at < 1 or _bare(words[at - 1]) not in _DETERMINERS or not words[at].rstrip(",").isalpha() or not words[at].islower():
        return False
    first, head = after[0], after[1] if len(after) > 1 else ""
    if not (first.isalpha() and first.islower() and head.rstrip(",.;").isalpha() and head.islower()):
        return False
    if _bare(first) in _PREPOSITIONS | _DETERMINERS | _CLAUSE_OPENERS | {"and", "or", "but", "then"} \
            or is_verb(_bare(first)) or is_verb(_bare(head)):
        return False
    return len(after) == 2 or head.endswith((",", ".", ";")) or _bare(after[2]) in _PREPOSITIONS
