"""The grammatical number of a title's subject noun, where its spelling misleads.

A headline's verb agrees with its subject ("Burglars break in", "Anders dies"), and the title step
(:func:`explorer.events.tense.headline_tense`) reads the subject's number mostly from its ending. Three
kinds of word defeat the ending alone, and this module holds the general English that tells them:

- nouns in "-s" that are singular ("The series ends", "Physics wins", "News breaks"): a fixed, small
  class of English, listed here once for every title pass that asks (the last pass over openers too);
- plurals with no "-s" ("The gunmen barricade the door", "Geese fly south"): compounds of "men" and
  the few old plurals English keeps;
- given names, surnames and places whose ending looks like a plural of people ("Anders", "Peters",
  "Rogers", "Flanders"): a capitalised word the title opens with is read as a plural by its ending
  ("Protesters", "Officials"), so the names that share those endings are listed as singular, as
  "Jones" or "Wales" already are by theirs. The events room may not read the entities' gazetteer
  (data flows one way), hence a list of the common ones rather than a look-up.

Nothing here names a word of any article: these are general English words and common names.
"""

from __future__ import annotations

import re

#: Nouns in "-s" that take a singular verb: "Athletics returns to the stadium", "The series ends".
SINGULAR_IN_S = frozenset(
    "series species news means headquarters crossroads whereabouts physics economics mathematics athletics "
    "politics gymnastics measles diabetes mumps linguistics".split()
)

#: Plurals with no final "-s" that English keeps from old forms ("Geese fly south", "Mice spread").
_OLD_PLURALS = frozenset("geese mice lice teeth feet oxen cattle people children".split())
#: Singular nouns ending in "-men", which is no plural of "man" in them ("The omen was", "a specimen").
_SINGULAR_IN_MEN = frozenset(
    "omen specimen abdomen regimen acumen stamen semen amen lumen hymen albumen bitumen rumen gravamen "
    "dolmen cyclamen germen".split()
)

#: Given names, surnames and places whose ending reads as a plural of people ("-ers", "-ies", "-ors",
#: "-ents", "-ces"), which take a singular verb: "Anders dies", "Rogers resigns", "Flanders votes".
NAMES_LIKE_PLURALS = frozenset(
    """Anders Peters Pieters Sanders Saunders Rogers Rodgers Myers Meyers Waters Powers Summers Walters
    Masters Winters Withers Travers Childers Chambers Rivers Flowers Bowers Sellers Somers Sayers Ayers
    Byers Akers Connors Conners Davies Menzies Humphries Jeffries Clements Frances Flanders Algiers""".split()
)

#: The first word of a title ending like a plural common noun that no common given name or surname
#: shares: "Temperatures fell", "Thieves stole", "Burglars broke" (at least four letters before
#: "-ars", so not "Lars" or "Mars"), "Gunmen opened fire".
_PLURAL_OPENER_ENDINGS = re.compile(
    r"(?:ures|ieves|(?<=\w\w\w\w)ars|(?:gun|clergy|lay|noble|work|yeo|watch|fire|fisher|police|sea|horse|trades|crafts|"
    r"business|sales|spokes|service|lines|alder|council|congress|country|kins|frontiers|sports|states|towns|coast|"
    r"boat|dock|gentle|middle|post|rifle|bow|oars|ferry|milk|dust|bin|snow|law|fresh|ombuds|fore|"
    r"crew|cave|bands|tribes|clans|hang|hench|mad|marks|frog|camera|repair|sound|stunt|line)men)$")


#: Plural common nouns that open a sentence bare ("Vandals wrecked the pavilion", "Gulls nest on the
#: cliff", "Drones struck the depot") whose ending no rule reads as a plural, since surnames and places
#: share it ("Mills", "Knights", "Bells", "Masons"). Read only with the document's own words: a word the
#: document writes capitalised inside a sentence is a name there (``titles.plural_openers``).
COMMON_PLURALS = frozenset(
    """vandals rivals locals criminals generals animals nationals liberals radicals cardinals admirals
    professionals individuals nominals principals mammals arrivals
    cassettes cigarettes suffragettes
    scouts pilgrims nuns monks priests bishops knights nobles slaves serfs hostages recruits veterans marines
    guests friends girls boys kids babies twins sons daughters brothers sisters cousins wives husbands
    widows orphans elders youths adults teens citizens victims surgeons architects masons pirates bandits
    guerrillas thugs gangs landlords sellers buyers cooks chefs maids clerks guards crews fans
    horses dogs cows pigs goats birds bears gulls seals whales ducks swans hens bees ants rats mice deer
    foxes wolves fish salmon cod herring insects
    bombs shells missiles rockets drones tanks planes jets helicopters trucks lorries vans cars boats ships
    trains buses bells mills farms pubs shops stores hotels churches chapels schools
    gales winds rains snows waves fires floods storms tides""".split()
)


def singular_in_s(word: str) -> bool:
    """Whether ``word`` ends in "-s" yet takes a singular verb: a noun such as "series" or "physics",
    or a name whose ending looks like a plural ("Anders", "Flanders")."""
    return word.lower() in SINGULAR_IN_S or word in NAMES_LIKE_PLURALS


def plural_without_s(word: str) -> bool:
    """Whether the lower-case noun ``word`` is a plural without a final "-s": "gunmen",
    "firemen", "men", "geese"; not "omen" or "specimen"."""
    if not word.isalpha() or not word.islower():
        return False
    return word in _OLD_PLURALS or word.endswith("men") and word not in _SINGULAR_IN_MEN \
        or word.endswith(("people", "children")) and len(word) > 8  # "townspeople", "schoolchildren"


def plural_opener(word: str) -> bool:
    """Whether a capitalised title opener has an ending only plural common nouns have: "Temperatures",
    "Burglars", "Thieves", "Gunmen", or is an old plural ("Geese"); never a name's ("Anders", "Lars",
    "Yemen", "Carmen")."""
    low = word.lower()
    return word[:1].isupper() and word not in NAMES_LIKE_PLURALS and (
        low in _OLD_PLURALS or bool(_PLURAL_OPENER_ENDINGS.search(low)))
