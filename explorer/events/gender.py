"""Whether the text itself tells a person's sex, so that "she" is not read as the last-named man.

A title that opens with "He" or "She" names whom the pronoun stands for (the titles package). Which person that
is depends on the sex the text gives each candidate, and only the text's own evidence counts here: an
honorific before the name ("Mrs Hale", "Sir John Vale"), a gendered noun in apposition ("Vera Lind, a
widow", "Anna Berg, his daughter"), or a sentence opening with the name followed by one opening with
"He" or "She". When the text tells none of that, the first name does, if it is one given to one sex
only (``explorer.given_names``: "Tomas Reyes and Edith Marrable opened the bakery. In 1995 she moved"
is Edith's); the text's own word always goes before it.
"""

from __future__ import annotations

import re

from explorer.events.names import written_at
from explorer.given_names import FEMALE_NAMES, MALE_NAMES

MALE, FEMALE = "he", "she"

# (with the kin words a family writes before a first name: "Uncle Ted", "Granny Pat", "Aunt Vera")
_MALE_TITLES = "Mr|Mister|Sir|Lord|King|Prince|Duke|Count|Baron|Father|Brother|Uncle|Grandad|Granddad|Grandpa|Grampa"
_FEMALE_TITLES = ("Mrs|Ms|Miss|Madame|Mme|Lady|Dame|Queen|Princess|Duchess|Countess|Baroness|Sister|Aunt|Auntie|Aunty|"
                  "Granny|Grannie|Gran|Grandma|Nana|Nanna")
#: Animals a text calls "he" or "she" by the noun's own sex: "The mare Bracken won …. In 2003 she developed a
#: fever", "The colt Red Fern won …. He was retired".
_MALE_ANIMALS = "stallion|colt|gelding|boar|stag|cockerel|rooster"
_FEMALE_ANIMALS = "mare|filly|ewe|heifer|vixen|lioness|tigress"
_MALE_NOUNS = (
    "man|men|husband|widower|father|son|brother|uncle|nephew|grandfather|grandson|boyfriend|king|prince"
    "|actor|businessman|chairman|congressman|spokesman|sportsman|boy"
    f"|{_MALE_ANIMALS}"
    # and any other compound of "man" ("fisherman", "policeman", "doorman"), not "woman" nor "human"
    r"|[a-z]+(?<!wo)(?<!hu)man"
)
_FEMALE_NOUNS = (
    "woman|women|wife|widow|mother|daughter|sister|aunt|niece|grandmother|granddaughter|girlfriend|queen"
    "|princess|actress|businesswoman|chairwoman|congresswoman|spokeswoman|sportswoman|girl|waitress"
    f"|{_FEMALE_ANIMALS}"
    r"|[a-z]+woman"  # "policewoman", "horsewoman"
)

#: Nouns that name a person of either sex ("the duke's brother, Anselm,": a lone name after one is a person).
PERSON_NOUNS = f"{_MALE_NOUNS}|{_FEMALE_NOUNS}"


def _surname(name: str) -> str:
    return name.split()[-1]


# Characters no match of a rule below can hold (besides those of the name itself): every match lies
# inside one run of other characters around a mention of the name, so only those runs are searched.
# A text mentions its names in a few places; searching the whole text for each "He" title made a
# document's titles cost its length times their number (quadratic: 0.5 MB of prose, 2.9 s of 18).
_OUTSIDE_TITLED = re.compile(r"[^\w\s’'.-]")  # "Sir John Vale": words, spaces, a full stop
_OUTSIDE_APPOSED = re.compile(r"[^\w\s’',-]")  # "Vera Lind, a widow,": words, spaces, commas
_LAST_OUTSIDE = {kind: re.compile(rf"(?s).*{kind.pattern}") for kind in (_OUTSIDE_TITLED, _OUTSIDE_APPOSED)}
_SENTENCE_STOP = re.compile(r"[.!?]")


def _search(pattern: re.Pattern[str], text: str, start: int, end: int, at_start: bool = False) -> bool:
    """One search of ``text[start:end]`` (the real text around it still bounds ``\\b``), or with
    ``at_start`` one match at ``start``; kept apart so that a test can count the characters searched."""
    return (pattern.match if at_start else pattern.search)(text, start, end) is not None


def _run_start(text: str, at: int, outside: re.Pattern[str]) -> int:
    """Where the run of characters not ``outside`` that reaches ``at`` begins."""
    last_outside, back = _LAST_OUTSIDE[outside], 256
    while True:
        start = max(0, at - back)
        m = last_outside.match(text, start, at)
        if m is not None:
            return m.end()
        if start == 0:
            return 0
        back *= 4


# The shapes below are compiled once, without the name: each is read right before or right after a
# mention of it. A pattern per name (eight, each with the nouns' alternation) cost a compilation per
# person of every document: 480 on twelve histories, a tenth of their extraction.
_BOUNDARY = re.compile(r"\b")


def _titles_before(titles: str) -> re.Pattern[str]:
    """ "Mrs ", "Sir John ": a title, then capitalised words, ending right before the surname."""
    return re.compile(rf"\b(?:{titles})\.?\s+(?:[A-Z][\w’'-]*\s+)*?\Z")


def _noun_after(nouns: str) -> re.Pattern[str]:
    """ ", a retired actress", ", his daughter": a gendered noun in apposition after the name."""
    return re.compile(rf",\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns})\b")


def _noun_before(nouns: str) -> re.Pattern[str]:
    """ "Her husband, ", "the duke's brother, ": a gendered noun, ending right before the name."""
    return re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns}),\s+\Z")


_SHAPES = {sex: (_titles_before(titles), _noun_after(nouns), _noun_before(nouns))
           for sex, titles, nouns in ((MALE, _MALE_TITLES, _MALE_NOUNS), (FEMALE, _FEMALE_TITLES, _FEMALE_NOUNS))}
#: What may stand before a name that opens a sentence: the text's start, a stop and spaces, a line break.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)\Z")
#: After that name: the rest of its sentence, then the next one opened by the pronoun.
_NEXT_OPENED_BY = {pronoun: re.compile(rf"\b[^.!?]*[.!?]\s+{pronoun}\s+[a-z]") for pronoun in ("He", "She")}
#: Another person told later in the name's own sentence, whom the next sentence's pronoun may stand for
#: instead: someone the name owns, by a noun of person and maybe a name in apposition ("… handed the
#: company to her former assistant, Tomasz Reyes. He …", "… left the farm to her son. He …"); not the
#: name's own apposition ("Anna Reisz was born in Graz, the daughter of a clerk. She …").
_OWNED_PERSON = re.compile(r"\s(?:his|her|their|our|my)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                           r"(?P<named>,\s+[A-Z][a-z]+\s+[A-Z][a-z]+)?")


def _another_person(text: str, start: int, end: int, pronoun: str) -> bool:
    """Whether ``text[start:end]`` tells of someone the name owns (see :data:`_OWNED_PERSON`) whom
    ``pronoun`` ("He", "She") may stand for: one of that sex by their noun, or one named after a noun
    that is not of the other sex."""
    own = MALE if pronoun == "He" else FEMALE
    for m in _OWNED_PERSON.finditer(text, start, end):
        sexes = [noun_sex(w) for w in m.group("words").split()]
        if own in sexes or m.group("named") and sexes[-1] is None:
            return True
    return False


def _titled(text: str, surname: str, titles_before: re.Pattern[str]) -> bool:
    """ "Mrs Hale", "Sir John Vale": a title in the run of words, spaces and stops before a mention of
    the surname that ends a word."""
    whole_text = _OUTSIDE_TITLED.search(surname) is not None
    return any(_BOUNDARY.match(text, at + len(surname)) and _search(
        titles_before, text, 0 if whole_text else _run_start(text, at, _OUTSIDE_TITLED), at)
        for at in written_at(text, surname))


def _apposed(text: str, name: str, noun_after: re.Pattern[str], noun_before: re.Pattern[str]) -> bool:
    """ "Vera Lind, a retired actress," or "Her husband, Lars Remke,": a gendered noun in apposition,
    after a mention of the name or before one followed by a comma."""
    whole_text = _OUTSIDE_APPOSED.search(name) is not None
    for at in written_at(text, name):
        after = at + len(name)
        # (the noun's run ends at the first character it cannot hold, which stays in for a ``\\b`` before it)
        stop = _OUTSIDE_APPOSED.search(text, after)
        if _BOUNDARY.match(text, at) and _search(noun_after, text, after, stop.end() if stop else len(text), at_start=True):
            return True
        if text.startswith(",", after) and _search(
                noun_before, text, 0 if whole_text else _run_start(text, at, _OUTSIDE_APPOSED), at):
            return True
    return False


def _found_opening_sentence(text: str, full: str, pronoun: str) -> bool:
    """ "NAME …. He/She x": a mention of ``full`` opening a sentence (after the text's start, a stop or
    a line break) whose next sentence the pronoun opens, and whose own sentence tells of no one else the
    pronoun may stand for (:func:`_another_person`); only the stretch around each mention is read, from the
    stop or line break before it to one letter after the pronoun."""
    for at in written_at(text, full):
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        stop = _SENTENCE_STOP.search(text, at + len(full))
        if stop is None:
            return False  # no sentence after any later occurrence either
        end = stop.end()
        while end < len(text) and text[end].isspace():
            end += 1
        end += len(pronoun)
        while end < len(text) and text[end].isspace():
            end += 1
        if _search(_OPENS_SENTENCE, text, max(0, start - 1), at) and _search(
                _NEXT_OPENED_BY[pronoun], text, at + len(full), min(len(text), end + 1), at_start=True) \
                and not _another_person(text, at + len(full), stop.start(), pronoun):
            return True
    return False


#: A title word of either sex, before a name: whether a titled-name pattern is worth compiling.
_ANY_TITLE = re.compile(rf"\b(?:{_MALE_TITLES}|{_FEMALE_TITLES})\.?\s")


def _shapes_near(name: str, text: str) -> tuple[bool, bool, set[str]]:
    """Which of the shapes :func:`sex_in_text` reads can be there at all, found from the name's
    occurrences with no pattern built for the name: a title word in the run before the surname, a comma
    right after the full name, and the pronouns ("He", "She") opening the sentence after it. Building
    the eight patterns of a name cost more than searching them (a corpus's every person: 5,000
    compilations for 16 documents, a sixth of their extraction), and most names have none of the shapes."""
    surname = _surname(name)
    titled = any(_ANY_TITLE.search(text, _run_start(text, at, _OUTSIDE_TITLED), at) is not None
                 for at in written_at(text, surname))
    comma, opening = False, set()
    for at in written_at(text, name):
        after = at + len(name)
        comma = comma or text.startswith(",", after)
        stop = _SENTENCE_STOP.search(text, after)
        if stop is not None:
            end = stop.end()
            while end < len(text) and text[end].isspace():
                end += 1
            opening.update(p for p in ("He", "She") if text.startswith(p, end))
    return titled, comma, opening


#: Right after a name opening its sentence: its own verb (or "and") and the possessive of its own
#: noun, "Jonas Ek sued his former employer", "Maria Costa met her former coach", "Ida Berg and her
#: husband": the possessive is the subject's, which tells its sex. Not after a verb whose object is
#: more often someone else's ("praised her courage", "said her decision was brave"), nor "her" as an
#: object pronoun ("met her in Paris", "told her that").
_OWN_POSSESSIVE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:said|says|told|tells|asked|praised|criticised|criticized|questioned|thanked|backed|"
    r"supported|welcomed|accepted|rejected|saw|heard|read|watched|admired|defended|attacked|blamed|cited|noted|"
    r"called|quoted|answered|mocked|joined|replaced|succeeded|visited|interviewed|met\s+his|is|was|were|has|had)\b)"
    r"(?:and|[a-z]{2,}(?:ed|t)|met|left|sold|won|lost|took|gave|made|wrote|led|ran|began|spent|found|kept|held)\s+"
    r"(his|her)\s+(?!(?:in|on|at|to|for|from|with|that|a|an|the|and|or|but|as|about|after|before|into|"
    r"off|out|up|down|back|again|last|this|next|when|while|because|if)\b)[a-z]")
_OWN_POSSESSIVE_SEX = {"his": MALE, "her": FEMALE}


def _own_possessive_sex(name: str, text: str) -> set[str]:
    """The sexes the possessives right after ``name`` opening a sentence tell (see :data:`_OWN_POSSESSIVE`)."""
    found = set()
    for at in written_at(text, name):
        if at and not _search(_OPENS_SENTENCE, text, max(0, at - 3), at):
            continue
        m = _OWN_POSSESSIVE.match(text, at + len(name))
        if m is not None:
            found.add(_OWN_POSSESSIVE_SEX[m.group(1)])
    return found


#: A kin noun right before a name, owned by someone ("Her brother Emil", "his wife Anna", "the
#: baker's eldest son Piet"): the noun tells the name's sex as an apposition's does, with no comma.
_KIN_BEFORE = {
    sex: re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)|[A-Z][\w-]*['’]s)\s+"
                    r"(?:(?:elder|younger|older|eldest|youngest|only|late|twin|baby|little|big|first|second)\s+)?"
                    rf"(?:{kin})\s+$")
    for sex, kin in ((MALE, "brother|son|father|husband|uncle|nephew|grandson|grandfather|boyfriend|stepson|stepfather"),
                     (FEMALE, "sister|daughter|mother|wife|aunt|niece|granddaughter|grandmother|girlfriend|stepdaughter|stepmother"))
}


def _kin_sex(name: str, text: str) -> set[str]:
    """The sexes the kin nouns right before ``name``'s mentions tell (see :data:`_KIN_BEFORE`)."""
    return {sex for at in written_at(text, name) for sex, kin in _KIN_BEFORE.items()
            if kin.search(text, max(0, at - 40), at)}


def given_name_sex(name: str) -> str | None:
    """The sex ``name``'s first word gives, when it is a given name of one sex only ("Edith Marrable",
    "Tomas"; see ``explorer.given_names``), else None ("Jordan Hale", "Harwick Rovers", "Sir John")."""
    words = name.split()
    first = words[0].lower() if words else ""
    return MALE if first in MALE_NAMES else FEMALE if first in FEMALE_NAMES else None


def sex_in_text(name: str, text: str, by_name: bool = True) -> str | None:
    """``MALE`` or ``FEMALE`` when ``text`` says which ``name`` is, None when it says both; when it says
    neither, the sex of the name's first word if that is a given name of one sex (:func:`given_name_sex`),
    unless ``by_name`` is False (a vessel's name: "the Elsa Grey … she" is the ship's)."""
    if not name or not text:
        return None
    titled, comma, opening = _shapes_near(name, text)
    own = _own_possessive_sex(name, text) if " his " in text or " her " in text else set()
    if not (titled or comma or opening):
        return next(iter(own)) if len(own) == 1 else None if own or not by_name else given_name_sex(name)
    found: set[str] = set(own)
    for sex, pronoun in ((MALE, "He"), (FEMALE, "She")):
        titles_before, noun_after, noun_before = _SHAPES[sex]
        if titled and _titled(text, _surname(name), titles_before) \
                or comma and _apposed(text, name, noun_after, noun_before) \
                or pronoun in opening and _found_opening_sentence(text, name, pronoun):
            found.add(sex)
    return next(iter(found)) if len(found) == 1 else None if found or not by_name else given_name_sex(name)


def is_animal(noun: str) -> bool:
    """Whether ``noun`` names an animal by its sex ("mare", "colt"): never an epithet of a person named."""
    return re.fullmatch(f"{_MALE_ANIMALS}|{_FEMALE_ANIMALS}", noun.lower()) is not None


def noun_sex(noun: str) -> str | None:
    """ "he" for a noun only a man is called ("chairman", "widower"), "she" for one only a woman is
    ("widow", "actress"), None for either ("treasurer")."""
    low = noun.lower()
    if re.fullmatch(_MALE_NOUNS, low):
        return "he"
    if re.fullmatch(_FEMALE_NOUNS, low):
        return "she"
    return None


def agrees(sex: str | None, pronoun: str) -> bool:
    """Whether a person of ``sex`` (``MALE``, ``FEMALE``, None: the text does not say) may be the one
    ``pronoun`` stands for: the one check every rule that names whom a "he"/"she"/"his"/"her" stands
    for makes (titles, actors, pronoun mentions), so that no rule gives "He" to a woman another refuses.
    A pronoun that is neither ("it", "they") and an unknown sex agree with anyone."""
    low = pronoun.lower()
    said = MALE if low in ("he", "him", "his", "himself") else FEMALE if low in ("she", "her", "hers", "herself") else None
    return sex is None or said is None or sex == said


def fits(name: str, pronoun: str, text: str) -> bool:
    """False only when the text tells ``name``'s sex and it is not the one ``pronoun`` ("he"/"she") says.
    A kin noun before the name counts here ("Her brother Emil …. In 1921 she completed" is not Emil's),
    though not in :func:`sex_in_text`, whose told sex also ranks the candidates a pronoun may stand for:
    there the kin word made "Jules's grandson, Henri, … He" the forebear's (tried, session fifty-one)."""
    sex = sex_in_text(name, text)
    if sex is None:
        kin = _kin_sex(name, text)
        sex = next(iter(kin)) if len(kin) == 1 else None
    return agrees(sex, pronoun)
