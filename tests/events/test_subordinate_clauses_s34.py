"""Acts told in subordinate clauses and participle phrases (session thirty-four, issue 12): the main
clause after an opening "When" clause whose subject is a name's kin, the writer's "our" or a bare body of
people, whose object is a particle's or a pronoun for what the "when" clause told; the main clause after a
dated "Having" phrase, and the title of a sentence opened by a "Having" phrase before a count or a bare
noun. Sentences written for this test; names, places and verbs vary so that no rule can lean on one."""

from __future__ import annotations


import pytest

from tests.events.extracted_events import events_of


def _events(sentence: str):
    """The events of ``sentence``, told in an undated history after a dated opening."""
    text = f"A short history\n\nThe society was founded in 1902. {sentence} The hall was sold in 2011.\n"
    at = text.index(sentence)
    return [e for e in events_of(text, None) if e.sentence_start <= at < e.sentence_end]


def _titles(sentence: str) -> list[str]:
    return [e.title for e in _events(sentence)]


@pytest.mark.parametrize(("sentence", "told"), [
    # the main clause after an opening "When" clause that holds the date: its act at that time
    ("When the mill closed in 1964, Harrow's nephew Tomas bought the looms for scrap.", "Tomas buys the looms"),
    ("When a gale brought down the power lines on 3 March 1987, our volunteers cleared the lane.",
     "Our volunteers clear the lane"),
    ("When the board announced the sale of the ground in May 1990, the members occupied it.", "The members occupy it"),
    ("When the river rose in 1953, volunteers dug out the cellars.", "Volunteers dig out the cellars"),
    # a clause with a date of its own after the main clause is another's, not the "when" clause's act
    ("When the tannery shut in 1971, the society lost its sponsor, and it was wound up in 1974.",
     "The society loses its sponsor"),
    # the main clause after a dated "Having" phrase tells the act done next
    ("Having reopened the hall in June 1995, staff hosted a dance there.", "Staff hosts a dance there"),
])
def test_the_main_clause_after_a_dated_opening_clause_is_an_act(sentence: str, told: str) -> None:
    events = _events(sentence)
    found = [e for e in events if told in e.title]
    assert found, [e.title for e in events]
    assert all(e.begin is not None for e in found)


@pytest.mark.parametrize(("sentence", "title"), [
    # a "Having" phrase before a count or a bare noun names no one: the title is the main clause's, or
    # the phrase's act done by the main clause's subject when the date is the phrase's
    ("Having spent a night in a snow hole, two walkers were rescued on 9 February 1996.", "Two walkers are rescued"),
    ("Having reopened the hall in June 1995, staff hosted a dance there.", "Staff reopens the hall"),
])
def test_a_having_phrase_before_a_count_or_a_bare_noun_is_no_title(sentence: str, title: str) -> None:
    assert any(t.startswith(title) for t in _titles(sentence)), _titles(sentence)


@pytest.mark.parametrize("sentence", [
    # near misses: a state, a saying, a feeling or a denial in the main clause is no act
    "When the mill closed in 1964, Harrow's nephew Tomas was nine years old.",
    "When the river rose in 1953, volunteers said the cellars were safe.",
    "When the board announced the sale in May 1990, the members felt betrayed.",
    "When the tannery shut in 1971, nobody noticed it.",
    "When the new hall opened in 1999, staff hoped to double the classes.",
])
def test_no_act_is_read_from_a_main_clause_that_tells_none(sentence: str) -> None:
    assert len(_events(sentence)) == 1, _titles(sentence)


def _undated_titles(sentence: str) -> list[str]:
    """The titles of ``sentence``'s events, told between two dated sentences of a news story."""
    text = f"Local news\n\nThe storm hit the coast on 3 May 1998. {sentence} The road reopened on 9 May 1998.\n"
    at = text.index(sentence)
    return [e.title for e in events_of(text, None) if e.sentence_start <= at < e.sentence_end]


@pytest.mark.parametrize(("sentence", "told"), [
    # a counted subject's passive after "and", with or without a comma: a clause of its own
    ("Three climbers died and nine people were taken to hospital.", "Nine people are taken to hospital"),
    ("His office was raided and four computers were seized.", "Four computers are seized"),
    ("The depot was sold on 4 May 1998, and half the drivers were laid off.", "Half the drivers are laid off"),
    ("The plant was closed on 4 May 1998, and 200 workers were laid off.", "200 workers are laid off"),
])
def test_a_counted_subjects_passive_after_and_is_an_act(sentence: str, told: str) -> None:
    assert told in _undated_titles(sentence), _undated_titles(sentence)


@pytest.mark.parametrize("sentence", [
    # near misses: two subjects of one verb, a saying told to them, a birth (a state of origin)
    "Two men and three women were hurt in the crash.",
    "The mill closed and forty workers were told to go home.",
    "The club won the cup, and two players were born in the town.",
])
def test_no_counted_passive_is_read_from_one_subject_a_saying_or_a_birth(sentence: str) -> None:
    titles = _undated_titles(sentence)
    assert not any(t.startswith(("Three women", "Forty workers", "Two players")) for t in titles), titles


@pytest.mark.parametrize(("sentence", "told"), [
    # a passive in an "after" clause of a dated sentence: what was done to someone or something
    ("After the bridge was inspected in May 1985, the council closed it.", "The bridge is inspected"),
    ("The clinic reopened on 21 October 1990 after its pumps were repaired.", "Its pumps are repaired"),
    ("She resigned on 3 March 1991, a week after she was shown the audit.", "She is shown the audit"),
    # the main clause after a dated "Having" phrase whose subject the phrase's title shares
    ("Having lost the final in 2001, the club sacked its manager.", "The club sacks its manager"),
    # a "when" clause after a date, its subject a possessive's noun
    ("The mill closed in 1962, when its owner sold the looms.", "Its owner sells the looms"),
])
def test_a_subordinate_clauses_act_is_read(sentence: str, told: str) -> None:
    assert told in _titles(sentence), _titles(sentence)


@pytest.mark.parametrize("sentence", [
    # near misses: a telling or a permission in the passive is no happening
    "He was acquitted on 5 May 1992 after the jury was told the goods were his.",
    "The ferry sailed on 2 June 1993 after the crew was allowed to board.",
])
def test_a_passive_telling_after_after_is_no_act(sentence: str) -> None:
    titles = _titles(sentence)
    assert not any(t.startswith(("The jury is told", "The crew is allowed")) for t in titles), titles


@pytest.mark.parametrize(("sentence", "told"), [
    # a passive main clause after an opening "When" or "Once" clause that holds the date
    ("When the company collapsed in 2007, its founder was arrested.", "Its founder is arrested"),
    ("Once the dam was finished in 2003, the valley was flooded.", "The valley is flooded"),
    # a second passive step sharing the "was" of the one before, past a subject's own clause
    ("On 3 January 1960 a skier who had fallen near the top was stretchered to the road and flown to Fort William.",
     "A skier is flown to Fort William"),
    ("In 1961 Mirek Sova was arrested at the docks and taken to the capital.", "Mirek Sova is taken to the capital"),
])
def test_a_passive_main_clause_or_second_step_is_read(sentence: str, told: str) -> None:
    assert any(t.startswith(told) for t in _titles(sentence)), _titles(sentence)


@pytest.mark.parametrize("sentence", [
    # near misses: a state after "When", a state participle after "and", a birth
    "When the war began in 1939, the club was based in Leeds.",
    "The hall was built in 1890 and used as a school.",
    "When the mayor resigned in 2010, the office was left empty.",
])
def test_no_passive_act_is_read_from_a_state(sentence: str) -> None:
    assert len(_events(sentence)) == 1, _titles(sentence)


@pytest.mark.parametrize(("sentence", "title"), [
    # a year between a happening noun's determiner and the noun dates that noun's happening, beside the
    # clause's own date
    ("The 2019 ward review, which cut the number of seats, takes effect in May 2026.", "The ward review"),
    ("Its owners sold the mill in 2004, a year after the 2003 strike.", "The strike"),
    ("In 1999 the club paid off the debts of the 1987 merger with Farley Rangers.", "The merger with Farley Rangers"),
])
def test_a_year_naming_a_happening_noun_dates_it(sentence: str, title: str) -> None:
    assert title in _titles(sentence), _titles(sentence)


def test_a_year_naming_a_thing_is_no_happening() -> None:
    # "the 1935 journey" is a happening noun's year only when the noun names a happening the rules read
    titles = _titles("Her account of the 1935 voyage was published in 1937.")
    assert titles == ["Her account of the 1935 voyage is published"], titles


def test_a_whom_clause_with_a_date_of_its_own_tells_its_act_of_the_name() -> None:
    # "X, whom I had met … in 1961, married me in June 1964": two happenings, the meeting of X and X's act
    titles = _titles("Ruth Ames, whom I had met at a fair in 1961, married me in June 1964.")
    assert "I meet Ruth Ames at a fair" in titles and "Ruth Ames marries me" in titles, titles


def test_a_whom_clause_with_no_date_of_its_own_is_left_out_of_the_title() -> None:
    titles = _titles("The mason, whom the abbot had hired, left the abbey in 1525.")
    assert titles == ["The mason leaves the abbey"], titles


def test_an_opening_when_clauses_act_with_an_object_is_read_in_an_undated_sentence() -> None:
    titles = _undated_titles("When gales tore the roof off the boathouse, the rowers moved the boats to the barn.")
    assert "Gales tear the roof off the boathouse" in titles, titles


@pytest.mark.parametrize("sentence", [
    # near misses: a pronoun's clause sets the scene, a verb with no object tells a moment
    "When we unpacked the van, we found a gouge in the table.",
    "When the wind dropped, the crew sailed for the island.",
])
def test_a_scene_setting_when_clause_gives_no_act(sentence: str) -> None:
    titles = _undated_titles(sentence)
    assert not any(t.startswith(("We unpack", "The wind drops")) for t in titles), titles


def test_a_passive_in_a_where_clause_is_an_act() -> None:
    titles = _undated_titles("Volunteers carried her to the village surgery, where she was examined by a doctor.")
    assert any("is examined by a doctor" in t for t in titles), titles


def test_a_state_in_a_where_clause_is_no_act() -> None:
    titles = _undated_titles("The widow lent the bowl to the museum, where it was kept for years.")
    assert not any("is kept" in t for t in titles), titles
