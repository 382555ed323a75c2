"""Happenings of sentences that gave no event at all (session 28, issue 12): kinds found by tracing
the readable gold's missed events to the stage that lost them. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

# (an article's news-in-brief lead, its date, and the one event a word of its title names: the helpers
# of the session-11 recall tests, which read such sentences the same way)
from tests.events.test_recall_kinds_s11c import _events, _one


# ------------------------------------------------ a plain act between dates that cannot bound it
# The sentence after it jumps back in time, so the two dated neighbours give it no window: it was left
# out; a reader still lists it, with no date.

@pytest.mark.parametrize(("text", "word"), [
    ("The mill reopened on 14 October 2019 after a long restoration. The miller sold the first sacks of "
     "flour to a bakery in town. In 2012 the trust had bought the building for £1.", "sell"),
    ("The ship was launched at Clydebank on 2 March 1911. The owners renamed the vessel. In 1908 the yard "
     "had signed the contract.", "rename"),
])
def test_a_plain_act_the_neighbours_cannot_bound_is_listed_undated(text: str, word: str) -> None:
    event = _one(_events(text), word)
    assert (event.begin, event.end, event.certainty) == (None, None, "undated")


def test_a_pluperfect_date_after_the_act_is_background_and_the_story_day_goes_on() -> None:
    # (session 34: "had begun in January 2021" tells the background, not a jump back in the story, so the
    # search goes on from the arrest's day, inferred, as a reader takes it; it was left undated before)
    text = ("Police arrested two men in Harwick on 9 June 2023. Detectives searched a warehouse near the docks. "
            "The thefts had begun in January 2021.")
    event = _one(_events(text), "search")
    assert (event.begin, event.end, event.certainty) == (date(2023, 6, 9), date(2023, 6, 9), "inferred")


# ------------------------------------------------ passives of a one-off act done to someone or something
# Treated for a plight, assaulted, handed to the authority that acts on it, apprenticed: no date of their
# own and no verb of the passives' list, so the sentence gave no event.

@pytest.mark.parametrize(("text", "word"), [
    ("A fishing boat capsized off Tarn Head on 14 January. Three of its crew were treated for hypothermia. "
     "The harbour reopened on 16 January.", "treated"),
    ("Walkers were caught by snow on Ben Carra on Saturday. Two of them were treated for exhaustion at the "
     "summit hut. The path was closed on Monday.", "treated"),
    ("A taxi driver was punched outside the station in Welby. Police are appealing for witnesses.", "punched"),
    ("Thieves broke into a post office in Delling on 12 March. The postmaster was knocked to the ground. A car "
     "was found burnt out on 13 March.", "knocked"),
    ("A file has been sent to the prosecutors. The driver was arrested on 2 February.", "sent"),
    ("The stolen van has been handed to the police. The owner reported it missing on 3 June.", "handed"),
    ("The death was referred to the coroner after the post-mortem.", "referred"),
    ("He left the village school at fourteen and was apprenticed to a blacksmith in Yarrow.", "apprenticed"),
])
def test_a_passive_of_an_act_done_to_someone_is_an_event(text: str, word: str) -> None:
    events = _events(text)
    assert [e for e in events if word in e.title.lower()], [e.title for e in events]


@pytest.mark.parametrize("text", [
    "The letter was sent to the council.",  # a letter sent anywhere else: no authority acting on it
    "The film was shot in Prague.",
    "The twins were treated as adults by the school.",  # how someone was regarded
])
def test_a_passive_of_no_such_act_is_no_event(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


# ------------------------------------------------ a move told as news in the present perfect
# "has moved to Wales", "has arrived at the count": the place stands where the perfect's object would,
# so the perfect's rule (an act on an object) did not read it.

@pytest.mark.parametrize(("text", "title"), [
    ("The bowls club held its annual dinner on 3 May. Mavis Corran has moved to Wales to be near her family. "
     "The new season starts on 12 May.", "Mavis Corran moves to Wales"),
    ("Polls closed at 10pm on Thursday. Ferris has arrived at the count with her campaign team.",
     "Ferris arrives at the count"),
    ("The strike at the port entered its third week on Monday. Two of the union's officials have returned to "
     "London for talks.", "officials return to London"),
    ("The regime collapsed on 9 March. The former interior minister has fled abroad, officials said.",
     "minister flees abroad"),
])
def test_a_perfect_move_to_a_place_is_an_event(text: str, title: str) -> None:
    events = _events(text)
    assert [e for e in events if title in e.title], [e.title for e in events]


@pytest.mark.parametrize("text", [
    "The firm has responded to the letter.",  # an answer, not a move
    "Markets have turned to bonds.",
    "She has always travelled to Spain in May.",  # a habit
])
def test_a_perfect_of_no_move_is_no_event(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]


# ------------------------------------------------ a short sentence of running prose
# Under four words, a sentence was read as a fragment (a heading, a caption); closed by a full stop after
# another sentence of its line, it is prose: "He refused.", "Passengers were refunded."

@pytest.mark.parametrize(("text", "word"), [
    ("The admiral ordered the captain to scuttle the fleet on 3 May. He refused. The fleet sailed on 5 May.",
     "refuse"),
    ("The ferry was cancelled on 2 June. Passengers were refunded. Services resumed on 4 June.", "refund"),
    ("The inspectors found fraud in the accounts on 8 March. She resigned. An audit began on 12 March.",
     "resign"),
    ("Riot police cleared the square on 1 July. They were arrested. The court heard the case on 3 July.",
     "arrest"),
])
def test_a_short_sentence_of_prose_tells_its_act(text: str, word: str) -> None:
    events = _events(text)
    assert [e for e in events if word in e.title.lower()], [e.title for e in events]


@pytest.mark.parametrize("text", [
    "Profile\n\nHe resigned\n\nThe foreign minister spoke to reporters on 3 May 2019.",  # a heading
    "Police made two arrests on 2 May.\n\nThey were arrested.\n\nOfficers seized a car on 3 May.",  # a line of its own
])
def test_a_short_line_of_its_own_stays_a_fragment(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if "resign" in e.title.lower() or "they" in e.title.lower()], [e.title for e in events]


# ------------------------------------------------ acts joined to an opening act no rule read
# The opening act has no object or a verb none lists ("counter-attacked", "halted", "rose"); the acts
# joined to it were read only beside an opening act that was. A sentence whose first past verb tells a
# state or a saying ("seemed", "looked") gives none.

@pytest.mark.parametrize(("text", "title"), [
    ("2 May 1916. Battalion in rest camp at Orvelle. Platoons bathed and drew fresh rations. The colonel "
     "inspected C Company in the morning.", "draw"),
    ("12 August 1915. Battalion in reserve at Lanvel. The men washed and drew new boots. The adjutant "
     "inspected the transport lines.", "The men draw new boots"),
    ("Grain prices had risen. On 3 March 1790 a crowd of bakers marched on the guildhall and demanded bread. "
     "The sheriff called out the yeomanry, and troopers charged the crowd. Four bakers were killed.",
     "Troopers charge the crowd"),
    ("Rents had risen. On 2 May 1832 a crowd of miners marched on the mine office and demanded higher pay. "
     "The owner sent for the dragoons, and soldiers fired on the miners. Two miners were killed.",
     "Soldiers fire on the miners"),
])
def test_an_act_joined_to_an_unread_opening_act_is_an_event(text: str, title: str) -> None:
    events = _events(text)
    assert [e for e in events if title in e.title], [e.title for e in events]


@pytest.mark.parametrize("text", [
    "The crowd seemed calm, and the organisers later admitted the stage was unsafe.",
    "Shops open late, and the market fills the square every week.",
])
def test_acts_joined_to_a_state_or_the_present_are_no_events(text: str) -> None:
    assert not _events(text), [e.title for e in _events(text)]
