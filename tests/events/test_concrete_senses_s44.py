"""Common past verbs the plain-past rule leaves out ("reached", "carried", "took", "lost", "fell",
"began", "gave") tell one act when their complement shows the concrete sense: a place reached, a
thing carried somewhere, things taken or lost by count, a fall into or from something, work begun,
a talk given (issue 12: recall of acts with no date of their own). Sentences written for this rule in
several genres (a trip report, a history, a ship's log, a police blotter, a memoir, a flood feature,
a cruise log, a parish newsletter); the other senses stay out."""

from datetime import date

import pytest

from explorer.events.plain_past import plain_past_clause
from explorer.events.record import Event
from explorer.events.repeats import merge_repeats


@pytest.mark.parametrize("sentence, title", [
    ("The relief party reached the hut shortly after dusk.", "The relief party reaches the hut"),
    ("The rebel column reached Karsk after a forced march.", "The rebel column reaches Karsk"),
    ("The ketch reached the outer harbour before the gale broke.", "The ketch reaches the outer harbour"),
    ("The two sides reached an agreement.", "The two sides reach an agreement"),
    ("Porters carried the loads up the valley in four stages.", "Porters carry the loads up the valley"),
    ("A jeep carried me back to the dressing station.", "A jeep carries me back to the dressing"),
    ("Firefighters carried eleven residents from the care home to a waiting bus.",
     "Firefighters carry eleven residents from the care home"),
    ("The launch took a pilot aboard off the headland.", "The launch takes a pilot aboard"),
    ("A farmer drove me to the ford.", "A farmer drives me to the ford"),
    ("Thieves took two laptops and a safe.", "Thieves take two laptops"),
    ("The party lost one of its two cameras in the rapids.", "The party loses one of its two cameras"),
    ("The vineyard lost about a third of its buds to the frost.", "The vineyard loses about a third"),
    ("Several pupils fell into the river.", "Several pupils fall into the river"),
    ("A climber fell from the north ridge.", "A climber falls from the north ridge"),
    ("Rescuers began pumping water out of the first sump.", "Rescuers begin pumping water"),
    ("The board began to limewash the courts behind the quay.", "The board begins to limewash the courts"),
    ("Dr Vallet gave a talk on ocean acidification to the crew.", "Dr Vallet gives a talk on ocean acidification"),
    ("The choir gave a concert in the cathedral.", "The choir gives a concert in the cathedral"),
    ("The column reached the river at dusk.", "The column reaches the river"),
    # session 56 (h56q): a performance played
    ("The band played their first gig at a pub in Headingley.", "The band plays their first gig"),
    ("The trio played the remaining shows of the tour without a drummer.", "The trio plays the remaining shows"),
    ("The organist played a voluntary of his own at the wedding.", "The organist plays a voluntary of his own"),
])
def test_a_common_verb_in_its_concrete_sense_is_an_act(sentence: str, title: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    assert found is not None and found[1].startswith(title), found


@pytest.mark.parametrize("sentence", [
    "Sales reached a record high.",
    "The river reached its highest level in forty years.",
    "She reached the age of ninety.",
    "The song reached the top ten.",
    "The kingdom reached its greatest extent under the old queen.",
    "The repairs took the whole summer.",
    "The council took the changes into account.",
    "The abbey fell into disrepair.",
    "Profits began to fall.",
    "She began to feel unwell.",
    "The company began losing money.",
    "The club lost two of its last three games.",
    "The review gave the show a glowing verdict.",
    "The manager took a step back from the talks.",
    "The firm took two weeks to reply.",
    # (guard rows: a part, a role or a game played is no performance)
    "The drummer played a key role in the band's revival.",
    "The union played its part in the campaign.",
    "The winger played the whole season with a broken toe.",
])
def test_the_other_senses_stay_out(sentence: str) -> None:
    assert plain_past_clause(sentence, 0, len(sentence), writer=True) is None


def _event(title: str, start: int, timex: str, sentence: tuple[int, int]) -> Event:
    day = date(2027, 10, 1)
    return Event(id=title, doc="d", title=title, sentence="", sentence_start=sentence[0], sentence_end=sentence[1],
                 timex=timex, timex_start=start, timex_end=start + 1, value="2027-10-01" if timex else "",
                 type="DATE", begin=day, end=day, certainty="exact" if timex else "inferred")


def test_an_undated_act_titled_by_the_opening_of_a_dated_title_in_its_sentence_is_one_happening() -> None:
    # "1 October. Tessaly reached its survey station, 20 km above the surface.": the entry's dated event
    # and the plain act's undated one are the same act
    dated = _event("The probe reaches its survey station, 20 km above the surface", 0, "1 October", (0, 80))
    plain = _event("The probe reaches its survey station", 20, "", (11, 80))
    assert [e.title for e in merge_repeats([dated, plain])] == [dated.title]
    other = _event("The probe lowers its boom", 20, "", (11, 80))
    assert len(merge_repeats([dated, other])) == 2
