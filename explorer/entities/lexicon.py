"""Closed-class English words the entity rules lean on: titles, organisation and place cue words,
name particles, function words. General vocabulary only; no names of particular people or groups."""

from __future__ import annotations

import unicodedata

from explorer.temporal.grammar.rules_foreign_months import FOREIGN_MONTHS
from explorer.temporal.lexicon import FULL_WEEKDAYS, MONTHS

#: A person's title or honorific: stripped from names, and evidence that what follows is a person.
TITLE_HEADS = frozenset(
    """president minister secretary leader commander general gen admiral adm colonel col major maj
    lieutenant lt captain capt sergeant sgt brigadier marshal chief director chairman chairwoman
    chairperson speaker ambassador envoy senator sen representative rep congressman congresswoman
    governor gov mayor judge justice king queen prince princess emir amir sultan sheikh shaikh sheik
    ayatollah hojatoleslam hojjatoleslam imam mullah cleric pope cardinal bishop archbishop rabbi
    reverend rev father mr mrs ms miss dr prof professor sir dame lord lady haj hajj haji hajji
    sayyid sayyed seyyed seyed sayed sardar mirza officer spokesman spokeswoman spokesperson
    chancellor premier commissioner attorney inspector superintendent chairwoman mufti patriarch
    president-elect dictator tsar czar shah caliph coach emperor empress""".split()
)

#: A monarch's or pontiff's title: the one name after it is a given or regnal name ("King Hussein",
#: "Queen Noor", "Pope Francis"), never a surname, so it names no one whose surname it shares.
MONARCH_TITLES = frozenset(
    "king queen prince princess emperor empress tsar czar tsarina czarina shah sultan emir amir caliph pope".split()
)

#: Words that are part of a title only together with a head ("Foreign Minister", "Rear Admiral").
TITLE_MODIFIERS = frozenset(
    """vice prime deputy supreme grand foreign defense defence interior former late acting rear crown
    first senior top assistant associate executive general chief state finance justice intelligence
    security economy economic oil trade health education culture energy agriculture interim
    then-president ex high lance staff field flight wing""".split()
)

#: After "Secretary of", "Minister of": the portfolio, part of the title.
TITLE_PORTFOLIOS = frozenset(
    """state defense defence interior treasury justice finance foreign affairs energy health education
    commerce labor labour intelligence staff homeland security the""".split()
)

#: The last word of an organisation's name.
ORG_HEADS = frozenset(
    """force forces ministry council corps party army guard guards agency organization organisation
    committee commission assembly parliament bank company corporation corp inc ltd llc group
    university institute news times post journal tribune herald gazette press report review monitor
    office department court union front movement brigade brigades division navy fund foundation
    association society center centre service services cabinet senate congress alliance coalition
    federation network television tv radio authority bureau league club church embassy consulate
    police administration government board directorate command unit hospital school college academy
    athletic athletico united rovers wanderers albion hotspur fc
    museum tribunal secretariat mission ministries caucus militia militias federation agencies
    institution organizations organisations exchange airlines airways channel broadcasting
    foundation trust partners holdings industries systems house
    energy appliances foods cycles motors airline air line lines railway railways communications media
    pharmaceuticals technologies labs laboratories electric steel mining insurance ventures products
    brands stores festival orchestra theatre theater library observatory
    pharma glassworks biotech chemicals shipping logistics software""".split()
)

#: First word of an organisation's name when followed by "of" ("Ministry of Foreign Affairs").
ORG_OF_HEADS = frozenset(
    """ministry bank university department office council organization organisation league
    commission institute court party union church college academy school museum
    house gallery chamber society association federation guild order bureau institution temple cathedral""".split()
    # ("House of Commons", "Gallery of Modern Art", "Chamber of Commerce", "Temple of the Winds")
)

#: The last word of a geographical name ("Persian Gulf", "Middle East"); a landform's word too ("Garran Head",
#: "Pelican Point", "Kestrel Fell", "Raven Crag"), which a person's surname seldom is and a title or the text's
#: "she" still tells ("Ms Jane Fell", "Edith Head … She won").
PLACE_HEADS = frozenset(
    """gulf sea ocean river strait straits mountains mountain valley peninsula province region county
    island islands bay lake desert coast heights basin canal east west north south district
    governorate oblast prefecture republic kingdom emirate emirates territory territories highlands plateau delta corridor border
    street road avenue boulevard square quay wharf terrace
    head point fell crag tor""".split()
)

PLACE_OF_HEADS = frozenset("gulf sea strait bay isle island republic kingdom state province city".split())

#: Lower-case particles inside names ("Bashar al-Assad", "Mohammed bin Salman", "Vincent van Gogh",
#: "Dar es Salaam"): a run of capitalised words goes on across them, so the name is not cut there.
PARTICLES = frozenset("al el ul bin ibn bint ben abu de da di del della dos das du es van von der den la le y".split())

#: Lower-case words that join the two parts of a place's name, as a river or a region after a town:
#: "Newcastle upon Tyne", "Frankfurt am Main", "Freiburg im Breisgau", "Rothenburg ob der Tauber".
PLACE_JOINERS = frozenset("upon am im ob".split())

#: Lower-case words allowed inside an organisation's or place's name.
CONNECTORS = frozenset("of the and for on".split())

#: Capitalised at a sentence start only because of the sentence: never a name there.
FUNCTION_WORDS = frozenset(
    """the a an in on at by for from to of and but or nor if as it its this that these those he she
    they we i you his her their our my your there here when while after before during since although
    though however meanwhile also yet so then thus according despite with without under over between
    among into not no yes what which who whom whose why how where all some many most each every both
    either neither any one two three four five six seven eight nine ten last next such other another
    even just only still now today yesterday tomorrow earlier later recently instead besides indeed
    moreover furthermore therefore because unlike like following back whether until unless upon
    once about above below against across around through throughout within toward towards via per
    more less much few several first second third new old our us them him me it's let let's do does
    did can could would should will shall may might must have has had be been being is are was were
    read share see click photo source sources note update updated editor analysis opinion comment
    comments related advertisement image video watch listen subscribe follow home sir""".split()
)

#: Greek weekdays (nominative and genitive, with and without accents): capitalised in Greek, as a name is
_GREEK_DAYS = frozenset(
    spelling for name in "δευτέρα δευτέρας τρίτη τρίτης τετάρτη τετάρτης πέμπτη πέμπτης παρασκευή παρασκευής "
                         "σάββατο σαββάτου κυριακή κυριακής".split()
    for spelling in (name, "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))))

MONTHS_AND_DAYS = (frozenset(MONTHS) | frozenset(name.lower() for name in FULL_WEEKDAYS) | _GREEK_DAYS
                   # the months of the languages the dates are read in that capitalise them though
                   # no English word looks like them ("12 Φεβρουαρίου 2026" named an actor "Φεβρουαρίου")
                   | frozenset(m for m in FOREIGN_MONTHS
                               if all(unicodedata.name(c, "").startswith(("GREEK", "CYRILLIC")) for c in m)))

#: Last words of names of events, documents and works, which are neither actors nor places.
MISC_HEADS = frozenset(
    """conference summit agreement accord treaty deal plan war revolution effect crisis talks protocol
    act law doctrine initiative award prize cup games day week program programme project strategy
    report""".split()
)

#: Legislatures whose one-word name, capitalised and never written in lower case in the corpus, is the
#: body itself: "Parliament was dissolved", "Congress passed the bill".
LEGISLATURES = frozenset("parliament congress senate".split())

#: One of these alone, capitalised, is a common noun ("the Cabinet", "the West"), not a name.
GENERIC_SINGLES = frozenset(
    """republic state kingdom empire regime government axis evil culture view inquiry society staff
    islam jihad nation people world""".split()
)

#: A person's pronouns, for "he said" in the sentence after a name.
PERSON_PRONOUNS = frozenset("he she him his her".split())

#: Verbs of saying: "X said" is weak evidence that X is a person or an organisation, not a place.
SPEECH_VERBS = frozenset(
    """said says told tells added adds stated wrote writes argued argues warned warns noted notes
    claimed claims announced announces insisted asserted declared explained replied responded""".split()
)

#: Everyday names for countries that a gazetteer spells officially.
COUNTRY_SHORT_NAMES = {
    "america": "United States",
    "usa": "United States",  # the initials of its long name, "United States of America"
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "holland": "Netherlands",
    "burma": "Myanmar",
    "persia": "Iran",
    "czech republic": "Czechia",
    "ivory coast": "Ivory Coast",
    "east timor": "Timor Leste",
}


#: States a history names that no longer exist, with the country that is the same state under a new
#: name where there is one ("Siam" is Thailand, as "Persia" is Iran above), else None: a state that
#: broke up, merged or fell ("Austria-Hungary", "South Vietnam", "Carthage") is named as its own time
#: named it, since its acts are not a modern country's. The gazetteer counts each as a country, so a
#: history's "Austria-Hungary surrenders" or "Carthage signs a treaty" has the state as its actor.
FORMER_STATES: dict[str, str | None] = {
    "Soviet Union": None, "USSR": None, "Austria-Hungary": None, "Ottoman Empire": None, "Prussia": None,
    "Byzantium": None, "Byzantine Empire": None, "Roman Empire": None, "Holy Roman Empire": None,
    "Yugoslavia": None, "Czechoslovakia": None, "East Germany": None, "West Germany": None,
    "North Vietnam": None, "South Vietnam": None, "Carthage": None, "Sparta": None, "Macedon": None,
    "Assyria": None, "Confederate States": None, "Manchukuo": None, "Rhodesia": None,
    "Siam": "Thailand", "Ceylon": "Sri Lanka", "Zaire": "Democratic Republic of the Congo",
}

#: Seats of government of former states, which stand for their government as a capital does
#: ("Saigon surrenders", "Constantinople agrees"), named as the history names them.
FORMER_CAPITALS = ("Saigon", "Constantinople", "Petrograd", "Leningrad")


#: A vessel's prefix ("USS Abraham Lincoln", "HMS Hood"), lower case without dots.
SHIP_PREFIXES = frozenset("uss hms css rms hmas hmcs hmnzs usns".split())
