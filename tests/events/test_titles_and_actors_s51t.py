"""Session fifty-one (h51t, titles and actors a reader accepts): kinds found on the readable and opened
parts and on our own pages (``own_texts_s51t``). Our own sentences, none from the gold set, the folders or
TimeML; each row of a kind failed before its change, and the guard rows say what must not change."""

from __future__ import annotations

import pytest

from tests.events.test_title_kinds_s8 import _titled
from tests.events.test_titles_kinds_s15 import _event


@pytest.mark.parametrize(
    "text, expression, expected, actor",
    [
        # a step of a list told in order opens the clause with its comma: the title and its actor start at the subject
        ("First, the council closed the library in March 2019.", "March 2019", "The council closes the library",
         "the council"),
        ("Second, the new owners sold the warehouse in 1994.", "1994", "The new owners sell the warehouse",
         "the new owners"),
        ("Thirdly, the trust sold the old mill in 1987.", "1987", "The trust sells the old mill", "the trust"),
        ("Firstly, we repaired the roof in May 2015.", "May 2015", "We repair the roof", "we"),
        ("Next, the rangers closed the upper car park in August 2021.", "August 2021",
         "The rangers close the upper car park", "the rangers"),
        ("Lastly, the choir recorded an album in 2008.", "2008", "The choir records an album", "the choir"),
    ],
)
def test_a_numbered_step_opening_the_clause_is_no_part_of_the_title(text: str, expression: str, expected: str,
                                                                    actor: str) -> None:
    assert _titled(text, expression) == expected
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize(
    "text, expression, start",
    [
        # guards: a title's word or a first act told as such stays
        ("First Minister Ann Lee opened the bridge on 9 June.", "9 June", "First Minister Ann Lee opens"),
        ("Second Lieutenant Tom Hale was wounded on 2 July 1916.", "2 July 1916", "Second Lieutenant Tom Hale is wounded"),
    ],
)
def test_an_ordinal_that_is_a_title_s_word_stays(text: str, expression: str, start: str) -> None:
    assert _titled(text, expression).startswith(start)


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a verb in the present with an adverb after it ends who acted; it was read as the subject's last noun
        ("The old ferry sails again in April 2025 after a winter in dry dock.", "April 2025", "the old ferry"),
        ("The town band marches again on 1 May 2025.", "1 May 2025", "the town band"),
        ("The fishing fleet sails together on 2 June 2025.", "2 June 2025", "the fishing fleet"),
        ("The harbour crane lifts again on 9 August 2025.", "9 August 2025", "the harbour crane"),
        # guards: a preposition after the verb, an adverb before it
        ("The ferry sails to Arran on 3 June 2025.", "3 June 2025", "the ferry"),
        ("The trustees again approved the plan on 4 May 2023.", "4 May 2023", "the trustees"),
    ],
)
def test_a_present_verb_before_an_adverb_is_no_part_of_its_subject(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a description's "of" phrase says what its head is a part, a member or a happening of: it stays
        ("A section of the harbour wall collapsed in January 2023. Part of the roof fell in during March 2023.",
         "January 2023", "a section of the harbour wall"),
        ("A member of staff was pushed to the floor on 3 March 2022. The shop closed early.", "3 March 2022",
         "a member of staff"),
        ("The house of refuge closed in 1851. The town bought the land.", "1851", "the house of refuge"),
        ("The collapse of the old bridge doubled the ferry's trade in 1902. The ferryman bought a second boat.",
         "1902", "the collapse of the old bridge"),
        ("The roof of the chapel fell in on 2 February 1990. Nobody was hurt.", "2 February 1990",
         "the roof of the chapel"),
        # guards: a share's "of" and a name after "of" are read as before
        ("Two of the climbers reached the summit on 7 August 2019. The others waited.", "7 August 2019", "the climbers"),
        ("A team of divers recovered the bell on 8 September 2018. It went to the museum.", "8 September 2018",
         "divers"),
        ("Residents of Kelby protested on 5 June 2021. The council listened.", "5 June 2021", "residents"),
    ],
)
def test_a_description_keeps_its_of_phrase(text: str, expression: str, actor: str) -> None:
    assert actor in _event(text, expression).actors


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "she" after a sentence that acted on a vessel, by her name or her noun, is the vessel
        ("They launched the Aurora at Wendle in May 1921. She sailed for Norway on 3 June 1921.", "3 June 1921",
         "The Aurora sails for Norway"),
        ("The yard christened the Kittiwake on 2 April 1956. She entered service on 1 May 1956.", "1 May 1956",
         "The Kittiwake enters service"),
        ("The museum acquired the steam tug Bramble in 1988. She steamed up the river to her new berth on 9 July 1989.",
         "9 July 1989", "The Bramble steams up the river to her new berth"),
        ("The trust refitted the old ferry over the winter. She carried her first passengers on 3 April 2015.",
         "3 April 2015", "The old ferry carries her first passengers"),
        ("The navy decommissioned the Valiant in 1962. She was broken up at Inverkeithing in 1963.", "1963",
         "The Valiant is broken up at Inverkeithing"),
        # and through a sentence that acts on "her": whoever acted on her is not "she"
        ("In 1976 the club bought an old lifeboat, the Jenny Orme, named after the founder's mother. Volunteers "
         "restored her over two winters. She crossed the Channel in June 1979.", "June 1979",
         "The Jenny Orme crosses the Channel"),
    ],
)
def test_she_after_someone_acted_on_a_vessel_is_the_vessel(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_she_after_a_woman_told_between_is_not_the_vessel() -> None:
    # guard: a woman the sentence after the launch tells of may be "she"
    text = ("They launched the Aurora at Wendle in May 1921. Mrs Anna Berg, the owner's widow, broke the bottle. "
            "She sailed for Norway on 3 June 1921.")
    assert not _titled(text, "3 June 1921").startswith("The Aurora")


@pytest.mark.parametrize(
    "text, expression, place",
    [
        # a two-word name ending in a landform's word is a place, never one who acted
        ("The coastguard rescued two anglers from Kelby Head on 4 April 2022.", "4 April 2022", "Kelby Head"),
        ("The Mary Ellen left Kelby on 3 March 1911. She struck the rocks off Garran Head on 4 March 1911.",
         "4 March 1911", "Garran Head"),
        ("Walkers reached Sty Head on 9 May 2019. It was busy all day.", "9 May 2019", "Sty Head"),
        ("The lifeboat was launched from Pelican Point on 2 June 2020.", "2 June 2020", "Pelican Point"),
        ("The rescue team climbed Kestrel Fell on 4 January 2021.", "4 January 2021", "Kestrel Fell"),
        ("The search party found the walker at Raven Crag on 5 January 2021.", "5 January 2021", "Raven Crag"),
    ],
)
def test_a_name_ending_in_a_landform_s_word_is_no_actor(text: str, expression: str, place: str) -> None:
    assert place not in _event(text, expression).actors


@pytest.mark.parametrize(
    "text, expression, person",
    [
        # guards: a person whose surname is such a word, told as a person
        ("Edith Head designed the costumes for the film in 1950. She won an award in 1951.", "1950", "Edith Head"),
        ("Ms Jane Fell opened the new library on 3 March 2019.", "3 March 2019", "Jane Fell"),
    ],
)
def test_a_person_with_such_a_surname_stays_an_actor(text: str, expression: str, person: str) -> None:
    assert person in _event(text, expression).actors
