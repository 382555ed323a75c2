"""Whom a pronoun or a bare description opening a title stands for.

A title is read away from its paragraph, so "She resigns" or "It closes" names no one. A reader takes
the person the sentences before name (their subject, the last speaker, the one of that sex, the person
told by age alone), and for "it" the thing or the named body told just before. Only general English
and the text's own names: nothing here knows a name, place or date.
"""

from __future__ import annotations

from collections import Counter
import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES, short_name, without_leading_preposition
from explorer.events.tense import IRREGULAR_PASTS, REGULAR_PAST
from explorer.events.titles.antecedents import PEOPLE_WORDS
from explorer.events.titles.words import BODY_WORDS, STORM_WORDS, STRUCTURE_WORDS


OPENER_POSSESSIVE = re.compile(r"^(?:despite|after|following|amid|before|during|with)\s+(?:his|her)\s+(?=[a-z])", re.IGNORECASE)
#: (never from a preposition that takes a person as its object, opening the sentence before a name:
#: "Under Varo it cleared its deficit"; one of time or place goes with it, as the name's first word
#: would otherwise be a day or a month: "On Friday Halvorsen flies", "By Hanna Voss")
_PERSON = re.compile(r"\b(?!(?:For|Under|With|Without|Like|Unlike|Among|Against)\s)[A-Z][a-z]+(?:[ -](?:al-|[OD][’'])?[A-Z][a-z]+)+\b")  # "Tariq al-Mansouri", "Declan O'Hara"


#: A person named at the opening of a sentence ("Ruth Abernathy, a teacher …, died"; "In 1928 Anna
#: Vogel moved"): the one a later "She …" most likely stands for, unlike a name in an object.
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From) [\w ]{1,20}? )?((?:[A-Z][a-z]+ +)+(?:[OD][’'])?[A-Z][a-z]+)\b(?= *(?:,|\(|[a-z]))"
)
_NOT_PERSON_WORDS = frozenset(
    "the a an in on by after before from war institute university school college company street road academy "
    "council society museum hospital park river bridge church library railway court fund party group league "
    "club cup station office ministry department board committee county city town state national royal".split()
) | STORM_WORDS | STRUCTURE_WORDS


#: Words that open a clause before its subject ("When Xerxes heard …", "Although Brask won …"): a
#: capitalised one at a sentence's start is no first word of the name after it.
_SUBORDINATORS = frozenset("when while whilst although though once as because since if unless until".split())
#: Words that open a noun phrase, never a name: "Her Atlas of Island Speech, published in 1989, …"
_DETERMINERS = frozenset("his her their its our my your this that these those".split())
#: A lone capitalised word opening a sentence (after a short date opener): "Halvorsen told reporters",
#: "On Friday Halvorsen flies"; a person only when the text names someone with that surname.
_SENTENCE_SURNAME = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From) [\w ]{1,20}? )?((?:(?:Al|El|O|D)[-’'])?[A-Z][a-z]+)\b(?= *(?:,|\(|[a-z]))"
)


#: A sentence's subject given by a role and then the name in apposition: "The chef, Ines Marlow, spent …".
_APPOSITION_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)The (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, ((?:[A-Z][a-z]+ +)+[A-Z][a-z]+),(?= *[a-z])"
)


#: A sentence's subject given by a kinship or person noun, owned, and then a name in apposition: "In
#: 1704 the duke's brother, Anselm, was captured", "Her husband, Lars Remke, joined …", or with no
#: commas, "The miller's son Piet kept the mill". The name, not the
#: owner, is whom a later "he"/"she" stands for; the person noun is what makes a lone name a person.
_KIN_APPOSITION_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)(?:(?:In|On|By|After|Before|From|During) [\w ]{1,20}? )?"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s) (?:[a-z][\w’'-]* ){0,2}(?:"
    + gender.PERSON_NOUNS + r")(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),(?= *[a-z])| ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b(?= +[a-z]))"
)


#: Person nouns that are no office in ``PERSON_ROLES`` but stand before a name as a role does: "Our
#: volunteer Teo Marsh examined …", "The student Ana Ruiz found …".
_ROLE_NOUNS = frozenset("volunteer member worker student resident officer nurse teacher pupil farmer".split())
#: A sentence's subject given by a role and then the name, with no commas: "Our volunteer Teo Marsh
#: examined the bird", "The defence lawyer Ana Petrov asked …". The name is whom a later "he"/"she"
#: stands for, as in apposition.
_ROLE_NAME_SUBJECT = re.compile(
    r"(?:^|[.!?] +|\n)(?:The|Our|Its|Their|His|Her) (?:[a-z][\w-]* ){0,2}([a-z]+) ((?:[A-Z][a-z]+ +)+[A-Z][a-z]+)(?= +[a-z])"
)


def role_name_subjects(context: str) -> list[tuple[int, str]]:
    """(offset, short name) of each sentence subject told as a role and a full name (``_ROLE_NAME_SUBJECT``)."""
    return [(m.start(2), short_name(m.group(2))) for m in _ROLE_NAME_SUBJECT.finditer(context)
            if (m.group(1) in PERSON_ROLES or m.group(1) in _ROLE_NOUNS or re.fullmatch(gender.PERSON_NOUNS, m.group(1)))
            and m.group(2).split()[-1].lower() not in BODY_WORDS]


def subject_people(context: str, names_from: str | None = None) -> list[str]:
    """The people named as sentences' subjects in ``context``, in order, each by its short name; a
    surname alone ("Halvorsen told …") counts as the full name the text (``names_from``, by default
    ``context``) gives it ("Espen Halvorsen")."""
    found: list[tuple[int, str]] = []
    for m in _SENTENCE_SUBJECT.finditer(context):
        words = m.group(1).split()
        if words[0].endswith("ing") and len(words[0]) > 5:
            continue  # "Leaving Atlanta, …": a participle opener, not a name
        if words[0] == "Dear":
            continue  # "Dear Dr Shaw,": a letter's salutation names whom it is written to, no subject
        if words[0].lower() in _SUBORDINATORS:
            words = words[1:]  # "When Xerxes was persuaded …": the clause's word opens no name
        if without_leading_preposition(" ".join(words)) != " ".join(words):
            continue  # "For Gwen Hollis, who was nine …", "In September MacArthur …": no subject opens on a preposition
        if not any(w.lower() in _NOT_PERSON_WORDS | _DETERMINERS for w in words) and len(words) <= 4:
            found.append((m.start(1), short_name(" ".join(words))))
    for m in _APPOSITION_SUBJECT.finditer(context):
        found.append((m.start(1), short_name(m.group(1))))  # "The chef, Ines Marlow, spent …"
    for m in _KIN_APPOSITION_SUBJECT.finditer(context):
        # "the duke's brother, Anselm, was captured", "Vask's daughter Maren kept the accounts"
        name = 1 if m.group(1) else 2
        if name == 2 and not re.match(r"(?:[.!?] +|\n)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s) ", m.group()):
            continue  # with no commas, only a sentence opening on it: "In 1903 Piet and his brother Jan sailed" tells two
        found.append((m.start(name), m.group(name)))
    found.extend(role_name_subjects(context))  # "Our volunteer Teo Marsh examined the bird" (a kin one found twice counts once)
    surnames: dict[str, set[str]] = {}
    for full in _PERSON.findall(context if names_from is None else names_from):
        name = short_name(full)
        if name.split()[0].lower() in _SUBORDINATORS and len(name.split()) > 2:
            name = " ".join(name.split()[1:])  # "When Miriam Hale's play opened …": the clause's word opens no name
        if len(name.split()) >= 2 and not any(w.lower() in _NOT_PERSON_WORDS | _DETERMINERS for w in name.split()):
            last = name.split()[-1]
            # "Tariq al-Mansouri" is "Al-Mansouri" opening a sentence: the particle takes its capital
            surnames.setdefault(last[:1].upper() + last[1:], set()).add(name)
    for m in _SENTENCE_SURNAME.finditer(context):
        names = surnames.get(m.group(1), set())
        if len(names) == 1:
            found.append((m.start(1), next(iter(names))))
    # "Kestrel United have signed …. He passed a medical": a club's or a company's name is no person,
    # nor one the text writes after "the" ("the Regulator's investigators")
    text = context if names_from is None else names_from
    return [name for _, name in sorted(set(found)) if name.split()[-1].lower() not in BODY_WORDS
            and not written_after_the(name.split()[-1], text)]


def written_after_the(word: str, text: str) -> bool:
    """Whether ``text`` writes the capitalised ``word`` alone after "the", as a body's or an office's
    short name ("The Regulator opened an inquiry", "the Regulator's staff", "the Ombudsman said"): a
    person's name takes no article, so a name ending in that word is no one "he" or "she" stands for.
    Only before a possessive, a clause's punctuation or a verb: "the Kennedy family" is a family."""
    return re.search(rf"\b[Tt]he\s+{re.escape(word)}(?:['’]s\b|\s*[,.;:]|\s+(?:[a-z]+ed|is|was|has|had|will|would|"
                     rf"said|says|found|made|took|gave|told)\b)", text) is not None


#: "X's" opening a sentence or its subject after an opening phrase: "…, Sherman's army marched".
_POSSESSOR_SUBJECT = re.compile(r"(?:^|[.!?]\s+|,\s+)([A-Z][a-z]+)[’']s\s+[a-z]")


def last_sentences(context: str, count: int = 2) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", context.strip())[-count:])


#: A firm's name of capitalised words joined by "&": "Pike & Vane", "Marks & Spencer", "Holt & Reid".
_FIRM_WITH_AMPERSAND = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+&\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _someone_else_lately(context: str, who: str) -> bool:
    """Whether the last two sentences before the pronoun have another person as their subject, or as
    the owner of their subject, while not naming ``who`` at all: then the story's main person is not
    whom the pronoun most likely stands for."""
    recent = last_sentences(context)
    words = set(who.split())
    # (named only as a kin's owner, "Vask's daughter Maren kept …", the main person is not told of)
    told = re.sub(r"\b[A-Z][a-z]+['’]s (?:[a-z]+ ){0,2}(?:" + gender.PERSON_NOUNS + r")\b", "", recent)
    # (nor in a firm's name joined by "&": "paid Pike & Vane to use it" tells of the firm, not of Vane)
    told = _FIRM_WITH_AMPERSAND.sub("", told)
    if words & set(re.findall(r"[A-Z][a-z]+", told)):
        return False
    others = [n for n in subject_people(recent, context) if n != who]
    others += [m.group(1) for m in _POSSESSOR_SUBJECT.finditer(recent) if m.group(1).lower() not in _NOT_PERSON_WORDS]
    return bool(others)


def protagonist(context: str) -> str | None:
    """The one person named as a sentence's subject before this sentence; None when there are
    several (a pronoun's gender is not known here, so two candidates are one too many)."""
    found: Counter[str] = Counter(subject_people(context))
    ranked = found.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1]):
        return ranked[0][0]  # the one the story is about: named as a subject more often than anyone else
    return None


#: "the company recalled …", "A committee of the assembly spent …": a description opening a clause,
#: before its verb; what a later "it" in the sentence (or in the next one) stands for.
_THING_SUBJECT = re.compile(
    r"(?:^|\n|[.!?,;]\s+(?:and\s+|but\s+)?|\b(?:and|while|when|after|before|until|because|since|once)\s+"
    r"|(?:^|\n)(?:In|On|By|During|From|Until|Since|After|Before|Later|Next)\s+[\w ]{1,30}?\s)((?:[Tt]he|[Aa]n?)\s+(?:(?!(?:was|were|had|has|is|are|been|of|the|a|an|in|on|for|to|and)\b)[a-z][\w-]*(?:(?<=s)['’](?!\w))?\s+){0,2}"
    # (no article inside it: "the players bought a disused chapel" opens on "the players", not "the players bought a")
    r"(?!(?:was|were|had|has|is|are|been|of|the|a|an|in|on|for|to|and|below|above|nearby|opposite|itself)\b)[a-z][\w-]*)"
    # "The drapers' shop below came later": a possessive plural modifier, a place adverb after the noun
    r"(?:\s+(?:below|above|nearby|opposite|itself))?"
    # "A retrospective of her work opened", "A company of merchants was formed", "The station, known as 2MR, broadcast"
    r"(?:\s+(?:of|about|against|over|into)\s+(?:(?:the|her|his|its|their|a|an)\s+)?(?:[a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))?(?:,\s+(?:known|called|named|then|now)\b[^,]{1,40},)?"
    # "A stone cross on the common marks the site": where the thing stands, and a verb in the present
    r"(?:\s+(?:on|in|at|near|beside|outside|above|below|behind|over|across|under)\s+the\s+[a-z]+)?"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|were|had|has|is|"
    r"[a-z]+[^s\W]s(?=\s+(?:the|a|an|its|his|her|their|to|on|in|at|into|from|with|for)\b)|"
    + IRREGULAR_PASTS + r")\b"
)


#: "It was found in a boathouse", "It is listed": "it" with a passive stands for a thing, not for the
#: weather or a clause ("It was decided that …", "It is thought to …", "It was a cold day").
IT_PASSIVE = re.compile(
    r"^(?:It|it)\s+(?=(?:is|was)\s+(?:[a-z]+ly\s+|first\s+|last\s+|later\s+)?(?:[a-z]+ed|found|built|sold|seen|made|"
    r"taken|given|shown|stolen|broken|hidden|known|laid|held|won|lost|bought|brought|paid|run|sent|kept|left|led|"
    r"rebuilt|written|driven|thrown|torn|worn|sunk|struck|hit|cut|set|put|shut|spent|chosen|frozen|begun)\b"
    r"(?!\s+(?:that|if|whether)\b)"
    # "It was decided to …" is no thing's passive; "It was handed to the mayor" is
    r"(?!\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that)\b|[A-Z])))"
)
#: "One of the original six lamps survives": a share of a group as a sentence's subject.
_ONE_OF = re.compile(r"^\s*(One of (?:the|its|his|her|their) (?:[\w-]+ ){0,3}[a-z][\w-]*s)\s+(?:[a-z]+s|was|is|has|had|remains|survives)\b")
#: "She …" after a quotation: the speaker named at its end ("…," Mr Petrie said.) or after its verb.
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[,”\"]\s*(?:((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][a-z]+\s+[A-Z][\w’'-]+)\s+(?:said|added|told\s+\w+|explained|recalled)"
    r"|(?:said|added|explained|recalled)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][a-z]+\s+[A-Z][\w’'-]+))\s*[.!?]?\s*$"
)


_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


#: A person as the subject of a clause opening the sentence: "After Madero defeated …,", "When Ines Marlow left …,",
#: "When the cautious McClellan failed …," (a name after "the" and a word that describes it: see
#: ``opening_clause_subject``).
OPENING_CLAUSE_SUBJECT = re.compile(
    r"^\s*(?:After|When|Once|As soon as|Before|Although|Though|While|Because|Since)\s+(?:the\s+[a-z]+\s+)?"
    # (a possessor is no subject: "After Brandt's death …, she returned" tells of her, not of Brandt)
    r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})(?<!['’]s)\s+(?:had\s+|was\s+)?[a-z]+\b[^,;]*,"
)


def opening_clause_subject(sentence: str, text: str) -> re.Match[str] | None:
    """``OPENING_CLAUSE_SUBJECT`` matched on ``sentence``; one told after "the" and a describing word
    ("When the cautious McClellan failed …") only when ``text`` also has that name act as a subject
    with no article ("McClellan and Lee fought …"): "When the victorious French arrived" tells a
    people, not a person."""
    opening = OPENING_CLAUSE_SUBJECT.match(sentence)
    if opening is None or not re.match(r"\s*\S+\s+the\s", opening.group()):
        return opening
    name = re.escape(opening.group(1))
    acts = rf"(?:^|[.!?]\s+|\n\s*|,\s+|\band\s+)(?<![Tt]he\s){name}\s+(?:and\s+[A-Z]\w+\s+)?(?:{REGULAR_PAST}|{IRREGULAR_PASTS}|was|had|is|has|could|would|did)\b"
    return opening if re.search(acts, text) else None


#: The object form of each subject pronoun, as a clause names whom it acted on ("wrote to him").
#: ("her" before a preposition or a clause's end is the object form, not her possessive: "restored her over two winters")
_OBJECT_FORM = {"he": r"\b(?:him|himself)\b",
                "she": r"\bher(?:self)?\b(?=\s*(?:[,.;:]|$|(?:and|to|in|on|at|over|for|with|from|into|back|again|up|down|out|off|"
                       r"as|after|before|during|by|until|through|across|around)\b))"}


def _people_named(before: str) -> list[tuple[str, int]]:
    """The people ``before`` names, by short name, with where each stands: no body's name, nor words
    that name no one."""
    return [(short_name(m.group()), m.start()) for m in _PERSON.finditer(before)
            if not {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS)]


def _told_of_that_sex(before: str, text: str, pronoun: str, subject: str) -> str | None:
    """The one other person ``before`` names whose sex ``text`` tells as the pronoun's, when it never
    tells ``subject``'s: a title or a kin word says who "he" or "she" is where a bare name does not."""
    if gender.sex_in_text(subject, text) is not None:
        return None
    told = {name for name, _ in _people_named(before) if gender.sex_in_text(name, text) == pronoun.lower()} - {subject}
    return next(iter(told)) if len(told) == 1 else None


def acts_on_the_pronoun(name: str, before: str, pronoun: str) -> bool:
    """Whether ``name`` is the subject of a clause of the sentence that acts on someone of the pronoun's
    sex ("After Jan Rask wrote to him, he married …"): the pronoun then stands for that someone, not
    for ``name``."""
    form = _OBJECT_FORM.get(pronoun.lower())
    at = before.rfind(name)
    if form is None or at == -1:
        return False
    clause = re.split(r"[,;:]", before[at + len(name):], maxsplit=1)[0]
    return re.search(form, clause, re.IGNORECASE) is not None


def person_for(pronoun: str, context: str, before: str) -> str | None:
    """Whom "he" or "she" opening a title stands for: the speaker of a quotation just before, else
    the story's protagonist, unless the text calls the protagonist only by the other pronoun ("she"
    throughout, then "he died in 2001"): then the last person named earlier in the sentence, if any."""
    return _person_for(pronoun, context, before, 1)


def _person_for(pronoun: str, context: str, before: str, depth: int) -> str | None:
    """``person_for``, ``depth`` sentences back along a pronoun carried from sentence to sentence
    (1 for the title's own): the depth goes along so that the chain stops at ``_CARRIED_SENTENCES``."""
    own = list(re.finditer(rf"\b{pronoun}\b", before, re.IGNORECASE))
    before = before[:own[-1].start()] if own else before  # the title's own pronoun tells nothing
    text = f"{context} {before}"
    same, other = (_HE, _SHE) if pronoun == "he" else (_SHE, _HE)
    own_subjects = [n for n in subject_people(before, text) if gender.fits(n, pronoun, text)]
    opening = opening_clause_subject(before, text)
    if not own_subjects and opening and gender.fits(short_name(opening.group(1)), pronoun, text):
        # "After Madero defeated the army, … he signed": the opening clause's subject is the pronoun's
        own_subjects = [short_name(opening.group(1))]
    own_subjects = [n for n in own_subjects if not acts_on_the_pronoun(n, before, pronoun)]
    if own_subjects and not other.search(before):
        # "Hooker, too, proved unable …; he was humiliated": the subject of the pronoun's own sentence,
        # unless the sentence names another whom the text tells of the pronoun's sex and the subject's sex
        # it never tells ("Sunita Bell replaced Mr Rauf as treasurer; he had served since 2016")
        return _told_of_that_sex(before, text, pronoun, own_subjects[-1]) or own_subjects[-1]
    acted_on = {name for name, at in _people_named(before)
                if not _AFTER_ARTICLE.search(before[:at]) and gender.fits(name, pronoun, text)}
    if not acted_on and not own_subjects:
        # "The royal council recognised Casimir within a week, and he was crowned": one word of a person's
        # name the text gave in full before ("his nephew, Prince Casimir of Holt"), acted on in the sentence
        acted_on = _known_single_names(before, context, pronoun, text)
    if len(acted_on) == 1 and not own_subjects and not other.search(before) and not same.search(before):
        # "The panel banned Ivo Marsh, the Kelby Athletic winger, … after he pushed a linesman": the one
        # person the pronoun's own sentence names before it
        return next(iter(acted_on))
    who = _last_speaker(context, pronoun) or protagonist(context)
    if who is not None and _someone_else_lately(context, who):
        # "Sherman's army marched …. He reached …": not the story's main person, but the nearest
        # subject of the sentences just before, when one is a person
        recent = [n for n in subject_people(last_sentences(context), context) if gender.fits(n, pronoun, text)]
        if pronoun.lower() == "she" and recent and gender.sex_in_text(who, text) == gender.FEMALE \
                and all(gender.sex_in_text(n, text) is None for n in recent):
            # "Anna Reisz …, the daughter of a railway clerk …. Gruber appointed her foreign minister …. She
            # left office": the story's person, whom the text tells a woman, over someone it tells nothing of
            return who
        if not recent and gender.sex_in_text(who, text) == pronoun.lower():
            # "… Peter Gruber appointed her foreign minister …. She left office": whoever acted since is of
            # the other sex, and the text tells the story's person of the pronoun's
            return who
        return recent[-1] if recent else None
    if who is not None and not gender.fits(who, pronoun, text):
        # "Mrs Hale …" then "he resigned": not her, whoever else the story names most
        named = [short_name(n) for n in _PERSON.findall(before) if gender.fits(short_name(n), pronoun, text)]
        return named[-1] if named else _subject_of_sex(context, pronoun) or _other_one_just_before(context, who)
    if who is None:
        # no one the story is about: the one person subject of the sentence just before, as a reader
        # takes "He was ransomed" after "the duke's brother, Anselm, was captured", else whom the
        # text gives the pronoun's sex
        sentence_before = last_sentences(context, 1)
        # "Karl Berger, her partner, ran the firm. She retired": whom "her" owns is not "she"
        owner = "her" if pronoun.lower() == "she" else "his"
        last = {n for n in subject_people(sentence_before, context) if gender.fits(n, pronoun, text)
                and not re.search(rf"\b{re.escape(n)}\b[^,.;]*,\s+{owner}\s", sentence_before, re.IGNORECASE)}
        if not last and not _PERSON_PRONOUNS.search(sentence_before):
            # "Kestrel United have signed the defender Oren Malik. He passed a medical": no person is
            # the subject before, nor told of by a pronoun, so the one person the sentence before names
            last = {short_name(m.group()) for m in _PERSON.finditer(sentence_before)
                    if not {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS)
                    and all(len(w) >= 3 for w in m.group().split()) and sentence_before[m.end():m.end() + 1] != "-"
                    and not re.search(r"[\"“]\s*$", sentence_before[:m.start()])  # not "No Re-election", a quoted name
                    and not _AFTER_ARTICLE.search(sentence_before[:m.start()])  # not "the Harbour Rowing Trust"
                    and gender.fits(short_name(m.group()), pronoun, text)}
        if len(last) == 1:
            return next(iter(last))
        introduced = introduced_people(sentence_before, pronoun, text)
        if len(introduced) == 1 and not other.search(sentence_before):
            # "A court sentenced Irina Volkova, the editor of the weekly Svobodny Bereg, …. She was
            # arrested": the one person the sentence before brings in as one, the other names a paper's
            return introduced[0]
        return _subject_of_sex(context, pronoun) or _carried_pronoun(pronoun, context, sentence_before, same, other,
                                                                     depth)
    if other.search(text) and not same.search(text):
        if gender.sex_in_text(who, text) is None and _other_sex_told(text, who, "she" if pronoun == "he" else "he"):
            # "The minister, X, resigned …. She told reporters …. Henrik Salo said …. He accepted": the
            # other pronoun is someone else's, whom the text gives that sex; the story's person may be "he",
            # unless the sentence just before names one other person the text gives the pronoun's sex
            # ("Vale sacked Colin Dray and appointed Nadia Okafor. She was given the job": not the club)
            return _one_of_sex_just_before(context, who, pronoun, text) or who
        named = [short_name(n) for n in _PERSON.findall(before) if short_name(n) != who]
        return named[-1] if named else _other_one_just_before(context, who)
    return who


#: A name brought in as a person's: a "who" clause or an apposition of a description after it, perhaps
#: after the name in another script in brackets ("Ирина Волкова (Irina Volkova), the editor of …",
#: "For Gwen Hollis, who was nine …"); the description closed by a comma or carried on by a preposition,
#: not a clause's subject after an opening phrase ("For Ada Lind, who grew up in Upper Fenwick, the closure
#: came as a shock": no apposition of "Upper Fenwick").
_INTRODUCED_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*|\))?,\s+(?:who\b|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                               r"(?=\s*[,.;)]|\s+(?:of|from|at|in|for|with|on)\b))")


def introduced_people(sentence: str, pronoun: str, text: str) -> list[str]:
    """The people ``sentence`` brings in as people, each once: a name followed by a "who" clause or by
    an apposition that describes it ("Nils Brand, a fisherman,", "Irina Volkova, the editor of …"), not
    one after "the" (a thing's name: "the weekly Svobodny Bereg"), nor one after the pronoun's own sex
    (the sentence then tells of the one the pronoun goes on with), and not one the text gives the sex the
    ``pronoun`` does not say. A place or a paper is seldom told so; a person often is when first named."""
    found: list[str] = []
    for m in _ACCENTED_PERSON.finditer(sentence):
        name = short_name(without_leading_preposition(m.group()))
        if len(name.split()) < 2 or {w.lower() for w in name.split()} & (_NOT_PERSON_WORDS | BODY_WORDS):
            continue
        if _AFTER_ARTICLE.search(sentence[:m.start()]) or not _INTRODUCED_AFTER.match(sentence, m.end()):
            continue
        if (_HE if pronoun == "he" else _SHE).search(sentence, 0, m.start()):
            continue  # "In 1968 she married the painter Callum Morrow, who died …. She retired": the pronoun goes on
        if gender.fits(name, pronoun, text) and name not in found:
            found.append(name)
    return found


def _known_single_names(before: str, context: str, pronoun: str, text: str) -> set[str]:
    """The people ``before`` names by one capitalised word (past its first word, not after "the") that is a
    word of the one person's name ``context`` gives in full, told by that name ("the regents confirmed Fenn"
    after "Baron Ulric Fenn" -> "Ulric Fenn"; "Prince Casimir" -> "Casimir"), when the text does not give
    them the other sex."""
    full: dict[str, set[str]] = {}
    for m in _PERSON.finditer(context):
        if not {x.lower() for x in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS):
            for word in m.group().split()[1:]:
                full.setdefault(word, set()).add(short_name(m.group()))
    found = set()
    # (a possessor is no one acted on: "After Brandt's death she opened a school" tells of her)
    for m in re.finditer(r"(?<=\s)(?<![A-Z][a-z]\s)[A-Z][a-z]{2,}\b(?![’']s\b)(?!\s+[A-Z])", before):
        names = full.get(m.group(), set())
        if len(names) == 1 and not _AFTER_ARTICLE.search(before[:m.start()]) and gender.fits(m.group(), pronoun, text):
            found.add(next(iter(names)))  # the name as the text gave it in full: "Ulric Fenn"
    return found


#: A capitalised word after a sentence's first: a name, even a lone first name ("Tom").
_CAPITALISED_AFTER_START = re.compile(r"(?<=\S)\s+(?:[\"“(]\s*)?[A-Z][a-z]")
#: How many sentences back a pronoun carried from sentence to sentence is followed to its name.
_CARRIED_SENTENCES = 3


def _carried_pronoun(pronoun: str, context: str, sentence_before: str, same: re.Pattern[str],
                     other: re.Pattern[str], depth: int) -> str | None:
    """Whom the pronoun stands for when the sentence just before tells of the same one by the same
    pronoun and names no one ("A young clerk, Ada Venn, found the letters. Over a year she sorted them.
    She listed them in 1931"): a pronoun carried from sentence to sentence keeps its antecedent, so
    the one the sentence before that names is whom both stand for."""
    if depth > _CARRIED_SENTENCES or not same.search(sentence_before) or other.search(sentence_before) \
            or _CAPITALISED_AFTER_START.search(sentence_before):  # "and Tom was steering it": someone named there
        return None
    earlier = context.strip()[: len(context.strip()) - len(sentence_before)].strip()
    if not earlier:
        return None
    found = _person_for(pronoun, earlier, "", depth + 1)
    if found is not None:
        return found
    return _carried_pronoun(pronoun, earlier, last_sentences(earlier, 1), same, other, depth + 1)


#: "the" right before a capitalised run: a person's name takes no article ("chaired the Norland Red
#: Cross"), so the run names a body, a place or a thing, never whom "he" or "she" stands for.
_AFTER_ARTICLE = re.compile(r"\b[Tt]he\s+$")


def _other_one_just_before(context: str, who: str) -> str | None:
    """The one person other than ``who`` whom the sentence just before names: "He married Ada Lind, a
    teacher, in 1962. She died in 2011": the story's person takes the other pronoun, and the pronoun's
    own sentence names no one, so it stands for the one other person just named; None when that
    sentence names none or several."""
    before = last_sentences(context, 1)
    others = {short_name(m.group()) for m in _PERSON.finditer(before)
              if not {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS)
              and not _AFTER_ARTICLE.search(before[:m.start()])}
    others.discard(who)
    return next(iter(others)) if len(others) == 1 else None


def _one_of_sex_just_before(context: str, who: str, pronoun: str, text: str) -> str | None:
    """The one person other than ``who`` whom the sentence just before names and ``text`` gives the
    pronoun's sex (by its own word or a given name, ``events.gender``); None for none or several."""
    before = last_sentences(context, 1)
    found = {short_name(n) for n, _ in _people_named(before)} - {who}
    told = {n for n in found if gender.sex_in_text(n, text) == pronoun.lower()}
    return next(iter(told)) if len(told) == 1 else None


def _other_sex_told(text: str, who: str, other: str) -> bool:
    """Whether someone other than ``who`` is given the ``other`` pronoun's sex by the text itself: the
    other pronouns then stand for that person, and tell nothing of ``who``."""
    return any(short_name(n) != who and gender.sex_in_text(short_name(n), text) == other for n in set(_PERSON.findall(text)))


#: "The 36-year-old", "the 23-year-old": a person told again by age alone, as sports and court
#: reports do; a reader takes the person the sentence before named.
AGE_DESCRIPTION = re.compile(r"^(?:The|the)\s+\d{1,3}-year-old\s+(?=[a-z])")
#: A person's name whose words may carry accents or an apostrophe ("João Vítor Araújo", "Rune
#: Ødegård", "Declan O'Rourke").
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]|[’'-][A-ZÀ-ÖØ-ÞĀ-Ž]?)+"
_ACCENTED_PERSON = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:(?:de|da|dos|van|von|bin|al-|el-)\s*)?{_NAME_WORD})+")


def person_described(context: str) -> str | None:
    """Whom an age description opening a sentence stands for, from the sentence before: the one
    person it introduces by a role ("the Brazilian forward X", "Its captain, X,"), else its one person
    subject, else the one person it names at all; None when it names several (two people are one
    too many to tell by age alone)."""
    before = last_sentences(context, 1)
    named: list[str] = []
    introduced: list[str] = []
    for m in _ACCENTED_PERSON.finditer(before):
        if {w.lower() for w in m.group().split()} & (_NOT_PERSON_WORDS | BODY_WORDS):
            continue
        name = short_name(m.group())
        named.append(name)
        role = before[:m.start()].split()[-1].strip(",").lower() if before[:m.start()].strip() else ""
        if role in PERSON_ROLES:
            introduced.append(name)
    subjects = subject_people(before, context)
    if len(set(subjects)) == 1 and re.search(rf"\b{re.escape(subjects[0])}\s+and\s+[A-Z]", before):
        subjects = [*subjects, ""]  # "Mara Quist and Ivo Lenz founded …": two subjects, one age
    for found in (introduced, subjects, named):
        if len(set(found)) == 1:
            return found[0]
        if found:
            return None
    return None


def _subject_of_sex(context: str, pronoun: str) -> str | None:
    """The nearest person named as a sentence's subject before this one whom the text gives the
    pronoun's sex ("Mr Vale …, Anna Berg …. She …"): only the text's own evidence picks among several."""
    for name in reversed(subject_people(context)):
        if gender.sex_in_text(name, context) == pronoun:
            return name
    return None


def _last_speaker(context: str, pronoun: str) -> str | None:
    """Whom "he" or "she" opening a sentence stands for when the sentence before it is a quotation with
    its speaker: the speaker ("…," Mr Petrie said. He called …), unless the speaker's title tells the
    other sex."""
    last = _previous_sentences(context)[:1]
    m = _SPEAKER_AFTER_QUOTE.search(last[0]) if last else None
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    title = name.split()[0].rstrip(".")
    if title == "Mr" and pronoun == "she" or title in ("Mrs", "Ms", "Miss") and pronoun == "he":
        return None
    return short_name(name)


def _previous_sentences(context: str) -> list[str]:
    """The sentences before this one, nearest first: the one just before, and the ones before it while
    each opens with "It" (a chain that goes on telling of the same thing: "Veyla was launched in 2018.
    It flew past Earth. It woke up …")."""
    sentences = re.split(r"(?<=[.!?])\s+", context.strip()) if context.strip() else []
    found: list[str] = []
    for sentence in reversed(sentences):
        found.append(sentence)
        if not _IT_OPENS.match(sentence) or len(found) >= 4:
            break
    return found


#: A sentence whose subject is "it", after an opening phrase or none: "It flew past Earth", "On 3 May
#: 1931 it broadcast …", "In the summer of 1924, it moved …".
_IT_OPENS = re.compile(r"^\s*(?:It\s|(?:In|On|By|During|After|From|Later|Then|That|Next|Two|Three|Some)\b[^.;:]{0,40}?\bit\s+(?!is\b|was\b)[a-z])")


#: A sentence opened by a singular description as its subject, which may carry a name ("The Wend tidal
#: barrier has closed …") or the writer's "our" ("Our shelter has rehomed …"), before its verb; then "it"
#: opening a later clause of the sentence ("… since it opened", "…, which it bought", "… and it paid").
_SENTENCE_THING_BEFORE_IT = re.compile(
    r"^\s*((?:The|Our|This)\s+(?:[A-Z][a-z]+\s+)?(?:(?!(?:was|were|had|has|is|are|been|of|the|in|on|for|to|and)\b)[a-z][\w-]*\s+){0,2}"
    r"(?!(?:was|were|had|has|is|are|been|of|the|in|on|for|to|and)\b)[a-z][\w-]*(?<![^s]s))"
    r"\s+(?:has|had|was|is|will|[a-z]+ed|" + IRREGULAR_PASTS + r")\b"
    r"[^.;:!?]*?(?:\b(?:since|when|after|before|until|once|because|which|and)|,)\s+it\b[^.;:!?,]*$"
)


#: A word that is no word of a noun phrase's head: a preposition or an article after it ("the pavilion in").
#: Words that end a noun phrase after "the" (a preposition, a conjunction, an article): "the carving of …"
NOT_IN_A_NOUN_WORDS = ("of", "and", "in", "on", "at", "off", "to", "from", "into", "onto", "near", "by", "with", "for",
                       "over", "under", "across", "through", "the", "a", "an")
_NOT_IN_A_NOUN = r"(?:" + "|".join(NOT_IN_A_NOUN_WORDS) + r")\b"
#: A sentence whose subject is people (a bare plural, "The workers", "we", "he", "she", "they") and whose
#: verb acts on one singular thing ("the carving"), then "it" opening a later clause after "and" or a
#: comma: that thing is what "it" stands for, since the subject cannot be.
_THING_ACTED_ON_BEFORE_IT = re.compile(
    r"^\s*(?:(?:The\s+|Our\s+|Their\s+|His\s+|Her\s+)?(?:[A-Za-z][a-z]+\s+)?(?:[A-Z][a-z]+|[a-z]+)(?<=[a-rt-z]s)|We|He|She|They|I)"
    r"\s+(?:[a-z]+ed|" + IRREGULAR_PASTS + r")(?:\s+and\s+(?:[a-z]+ed|" + IRREGULAR_PASTS + r"))?(?:\s+(?:about|to|with|on|at|into|over|for|from))?"
    # (the noun itself no preposition or article either: "wrecked the pavilion in 1987, and it …", "towed
    # the trawler off the rocks, and it …" are the pavilion's and the trawler's)
    r"\s+the\s+((?:(?!" + _NOT_IN_A_NOUN + r")[a-z][\w-]*\s+){0,2}(?!" + _NOT_IN_A_NOUN + r")[a-z][\w-]*(?<![^s]s))\b"
    r"[^.;:!?]*?(?:,\s*and|\band|,\s*so|\bso)\s+it\b[^.;:!?,]*$"
)


#: A noun for a person ("mayor", "widow"), whom "he" or "she" stands for, never "it".
_PERSON_NOUN = re.compile(rf"(?i)(?:{gender.PERSON_NOUNS})")


def _plural(noun: str) -> bool:
    """ "miners", "councils", "people": a plural, which "it" cannot stand for ("glass", "bus", "crisis",
    "the glassworks" are one)."""
    low = noun.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "news", "works", "series", "species", "headquarters")) \
        or low in ("people", "police", "children", "men", "women")


#: A sentence's opening description and the asides between it and its verb: "The trial of Liam Corrie,
#: 27, who denies the charge, was adjourned": the asides hide the subject from its verb, and a person in
#: them ("a witness was ill") is no antecedent of a later "it". The description stays a person's when it
#: is one ("The last sultan, Yusuf III, was deposed"), whatever the asides say.
_SUBJECT_ASIDES = re.compile(  # (a line's start: a heading's line may open the sentence, "ASSAULT TRIAL\nThe trial …")
    r"(?m)^(\s*(?:The|A|An)\s[^,.;:]{1,60}?)(?:,\s+[^,.;:]{1,100}){1,3},\s+(?=(?:was|were|is|are|has|had|will|[a-z]+ed)\s)"
)


def thing_antecedent(before: str, context: str) -> str | None:
    """What "it" at the start of a clause stands for: the last description opening a clause earlier in
    its sentence (``before``), else the one opening the previous sentence (the end of ``context``),
    which may be a share of a group ("One of the six lamps survives. It was found …"). A description
    opening the sentence, with a name in it or the writer's "our", stands for a later clause's "it"
    of its own sentence ("The Wend tidal barrier has closed 41 times since it opened")."""
    found = list(_THING_SUBJECT.finditer(before))
    # (the sentence so far ends the context when the clause of "it" is read on its own: "since it opened")
    own = before if before.strip() else context[context.rfind(". ") + 1:]
    if not found and (opening := _SENTENCE_THING_BEFORE_IT.match(own)):
        return "The " + opening.group(1).split(None, 1)[1]
    if acted_on := _THING_ACTED_ON_BEFORE_IT.match(own):
        # "Conservators cleaned the carving over the winter, and it was unveiled": a plural or a
        # person's subject cannot be "it"; the one thing its verb acted on is
        return "The " + acted_on.group(1)
    if not found:
        chain = _previous_sentences(context)
        one = _ONE_OF.match(chain[0]) if chain else None
        if one and not re.search(r"\b(?:he|she|they)\b", before, re.IGNORECASE):
            return one.group(1)
        for sentence in chain:
            # nearest first: "By 1929 the station had a staff of twelve. On 3 May 1931 it broadcast …
            # In September 1935 it moved": the sentences of "it" go back to the description
            found = list(_THING_SUBJECT.finditer(_SUBJECT_ASIDES.sub(r"\1 ", sentence)))[:1]
            if found or _PERSON_PRONOUNS.search(sentence):
                break
    if not found:
        return None
    words = found[-1].group(1).split()
    if _PERSON_NOUN.fullmatch(words[-1]) or words[-1].lower() in PERSON_ROLES | PEOPLE_WORDS or _plural(words[-1]):
        return None  # "The mayor opened the bridge. It carried …", "The miners voted …. It ended …": no thing
    if words[-1].lower() in _NOT_PERSON_WORDS or len(words) >= 2:
        return "The " + " ".join(words[1:]) if words[0].lower() in ("the", "a", "an") else " ".join(words)
    return None


#: A name opening a sentence, with "The" if written, before its verb: "The Harbour Kings are …"; after
#: an opening phrase of time and its comma too ("For three years, Brenfield Foods told …"), and before a
#: verb of telling in the present, as news tells what a body says ("Tarnwell Energy says …").
NAME_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=\n))(?:(?:In|On|By|For|During|After|Before|From|Since|Until|Within|Over|Last|This|Early|Late|Having)\b"
    # (not a participle's "Having": "Having lost its back catalogue, Tinroof turned …" names no "Having")
    r"[^,.;:!?\n]{1,40},\s+)?(?!Having\b)((?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|was|were|is|are|has|had|have|says|reports|announces|confirms|"
    + IRREGULAR_PASTS + r")\b"
)
_PERSON_PRONOUNS = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def named_body(before: str, context: str, plural: bool) -> str | None:
    """What "it" (``plural``: "they") opening a clause stands for when no description does: the name
    that opens the clause's sentence or the one before it as its subject, when it is a body's name
    (its last word a company's, a club's or an institution's) or, for "they", a plural one ("The
    Harbour Kings"); never a person (a sentence with "he" or "she" is about one)."""
    for text in (before, *_previous_sentences(context)):
        if not text or _PERSON_PRONOUNS.search(text):
            continue
        found = list(NAME_SUBJECT.finditer(text))
        if not found:
            continue
        name = re.split(r"\s*\n\s*", found[-1].group(1))[-1]  # (a heading's line before it is no part of the name)
        name = name[:1].upper() + name[1:]  # "In 2019, the Kelby Rowing Club bought …"
        last = name.split()[-1].lower().strip(".")
        if last in BODY_WORDS or plural and name.startswith("The ") and re.search(r"[^su’']s$", last):
            return name
        if not plural and _MADE_THING.match(text, found[-1].end(1)):
            return name  # "Veyla was launched in 2018. It flew past Earth": a thing made or set up, no person
        if not plural and _OWN_ITS.match(text, found[-1].end()):
            return name  # "Harrow Loaves told its lenders …. In 2022 it paid": what "its" tells of is no person
    return None


#: "its" right after a subject's verb, as the owner of the verb's object: "Harrow Loaves told its
#: lenders", "Tarby Mills cut its prices". The text itself calls the subject "it", so a name written
#: so is a body or a thing, whatever its words look like, and a later "it" may stand for it.
_OWN_ITS = re.compile(r"\s+its\b")


#: A passive that only a thing or a body undergoes: "Veyla was launched", "Tarby Cycles was founded".
_MADE_THING = re.compile(
    r"\s+(?:was|were)\s+(?:first\s+|later\s+)?(?:launched|built|founded|formed|established|opened|set\s+up|registered|"
    r"commissioned|completed|designed|manufactured|incorporated|listed|floated|launched)\b"
)


def last_full_name(context: str) -> str | None:
    """The last full name before this sentence: whom "his" most likely stands for."""
    names = _PERSON.findall(context)
    return short_name(names[-1]) if names else None
