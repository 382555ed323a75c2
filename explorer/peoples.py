"""Words for peoples: nationality adjectives no suffix rule derives, the compass words before them,
and the adjectives a history names former states and a war's sides by.

They stand outside every room because two rooms read them: the entities cut runs of capitals at a
demonym ("Russian | Grand Duke Nicholas"), and the events tell a people's adjective before a plural
noun ("Soviet forces attacked", "Union troops crossed") from a name the index did not know. Each rule
builds its set from these, never spelling a demonym out again. General vocabulary only: no name of a
particular person, and no modern country the gazetteer already knows by its suffix forms.
"""

from __future__ import annotations

#: Compass words that open a place's or a people's name: "North Vietnamese", "South Korean".
COMPASS = frozenset(
    "north south east west central middle upper lower northern southern eastern western northeast northwest "
    "southeast southwest".split()
)

#: Demonyms that the country-name rules in ``entities.place_words`` cannot derive.
IRREGULAR_DEMONYMS = frozenset(
    """french british english dutch swiss welsh scottish irish afghan arab arabs arabic persian kurdish
    kurd kurds turkish turk turks greek thai filipino western eastern european european african asian
    american americans european europeans shiite shiites sunni sunnis shia jewish christian muslim
    pakistani saudi emirati yemeni omani qatari bahraini kuwaiti
    israeli iraqi somali bengali nepali""".split()
)

#: Nationality adjectives whose country the suffix rules cannot find.
IRREGULAR_DEMONYM_COUNTRIES = {
    "french": "France", "british": "United Kingdom", "english": "United Kingdom", "dutch": "Netherlands",
    "swiss": "Switzerland", "welsh": "United Kingdom", "scottish": "United Kingdom", "irish": "Ireland",
    "afghan": "Afghanistan", "turkish": "Turkey", "greek": "Greece", "thai": "Thailand", "filipino": "Philippines",
    "pakistani": "Pakistan", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "yemeni": "Yemen",
    "omani": "Oman", "qatari": "Qatar", "bahraini": "Bahrain", "kuwaiti": "Kuwait", "israeli": "Israel",
    "iraqi": "Iraq", "somali": "Somalia", "bengali": "Bangladesh", "nepali": "Nepal", "american": "United States",
    "spanish": "Spain", "german": "Germany", "chinese": "China", "russian": "Russia", "iranian": "Iran",
    "ukrainian": "Ukraine", "italian": "Italy", "japanese": "Japan", "mexican": "Mexico", "polish": "Poland",
    "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway", "belgian": "Belgium",
    "portuguese": "Portugal", "austrian": "Austria", "hungarian": "Hungary", "czech": "Czechia",
    "argentine": "Argentina",
}

#: Adjectives of a former state's or a war's side's people, which end in no nationality suffix and
#: never name anyone on their own: "Soviet forces", "Ottoman troops", "Confederate gunboats", "Allied
#: bombers". Demonyms to every room, as "French" is.
FORMER_DEMONYMS = frozenset("soviet ottoman byzantine yugoslav mughal frankish confederate allied royalist".split())

#: A war's sides named by a word that is also a name on its own ("the Union blockaded the ports",
#: "the Axis"): a people's adjective only before a plural noun ("Union troops", "Commonwealth
#: forces"), which the events read; the entities' cuts at demonyms do not, so "the Union" stays a name.
SIDE_ADJECTIVES = FORMER_DEMONYMS | frozenset("union commonwealth axis imperial".split())
