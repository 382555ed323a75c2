"""Issue 12, session forty-four (titles): a subjectless entry of a page that says "we" throughout and
never "I" is the team's ("We fly in from the coast"), even when it comes before the page's first "we";
a page with an "I" anywhere, or an entry with its own "I", keeps the writer's "I". Our own pages in
several genres (field notes, a tour diary, a crew's log, a club's season, a lab notebook, a charity's
year), none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import events_of
from explorer.events.record import Event
from explorer.events.titles.team_writers import team_entries


def _title(text: str, timex: str) -> str:
    found = [e.title for e in events_of(text, date(2025, 6, 1)) if e.timex == timex]
    assert found, [(e.timex, e.title) for e in events_of(text, date(2025, 6, 1))]
    return found[0]


@pytest.mark.parametrize(
    "text, timex, title",
    [
        ("Field notes, Moss Island\n\n3 May. Landed at the north jetty at 07:40 with the nets and two tents.\n\n"
         "4 May. We counted 212 nests on the west cliffs. Our boat came back for us at dusk.", "07:40", "We land at the north jetty"),
        ("Tour diary\n\nFriday 6 June. Drove from Leeds to Glasgow in the van after breakfast.\n\n"
         "Saturday 7 June. We played to a full room. Our drummer broke two sticks.", "Friday 6 June", "We drive from Leeds to Glasgow"),
        ("Crew notes\n\n14:05. Launched the inshore boat to a dinghy drifting off the point.\n\n"
         "14:40. We towed it to the slipway and the two sailors walked up to our station.", "14:05", "We launch the inshore boat"),
        ("Lab notebook, cell line B\n\n2 June. Thawed two vials and seeded six plates.\n\n"
         "5 June. We split the plates. Our incubator held 37 degrees all week.", "2 June", "We thaw two vials"),
        ("Season so far\n\n12 April. Beat the Harbour Wanderers 3-1 at home.\n\n"
         "19 April. We lost away. Our keeper was injured.", "12 April", "We beat the Harbour Wanderers"),
        ("The year in brief\n\n3 March. Opened a second food bank in the old library.\n\n"
         "9 July. Our volunteers delivered 900 parcels, and we thanked every donor.", "3 March", "We open a second food bank"),
    ],
)
def test_a_team_s_subjectless_entry_is_we(text: str, timex: str, title: str) -> None:
    assert _title(text, timex).startswith(title)


def _event(title: str, sentence: str) -> Event:
    return Event(id="a#1", doc="a.txt", title=title, sentence=sentence, sentence_start=0, sentence_end=len(sentence),
                 timex="", timex_start=0, timex_end=0, value="", type="DATE", begin=None, end=None, certainty="exact")


@pytest.mark.parametrize(
    "title, sentence, text",
    [
        # a page that says "I" anywhere is a writer's own
        ("I walk to the bothy", "Walked to the bothy in the rain.", "Walked to the bothy in the rain. We met at noon. My boots leaked."),
        # the entry's own "I"
        ("I fly to Oslo", "I flew to Oslo on Monday.", "I flew to Oslo on Monday. We met there."),
        # a page that never says "we"
        ("I sail from Hull", "Sailed from Hull at dawn.", "Sailed from Hull at dawn. The wind dropped."),
    ],
)
def test_a_writer_s_i_stays(title: str, sentence: str, text: str) -> None:
    assert [e.title for e in team_entries([_event(title, sentence)], text)] == [title]


def test_was_becomes_were() -> None:
    event = _event("I was delayed at the border", "Was delayed at the border.")
    assert team_entries([event], "Was delayed at the border. Our van was searched.")[0].title == "We were delayed at the border"
