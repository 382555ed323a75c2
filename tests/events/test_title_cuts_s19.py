"""A dated title ends before the act listed after its date or joined to it by "and", which is an event
of its own: the cuts are records made where the acts are found (``undated_acts.TitleCut``), not read
back from derivation strings. Our own sentences."""

from __future__ import annotations

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.record import Event
from explorer.events.undated_acts import cut_listed_titles, joined_cut, listed_cut


def _event(title: str, ident: str = "a#10") -> Event:
    return Event(id=ident, doc="a.txt", title=title, sentence="", sentence_start=0, sentence_end=0, timex="May",
                 timex_start=10, timex_end=13, value="2024-05", type="DATE", begin=date(2024, 5, 1),
                 end=date(2024, 5, 31), certainty="exact", derivation="an explicit derivation with no marks")


def test_a_listed_act_cuts_its_dated_title() -> None:
    dated = _event("Ilse Radan flies to the front, met her commanders")
    assert cut_listed_titles([dated], [listed_cut(dated, "met")])[0].title == "Ilse Radan flies to the front"


def test_a_joined_act_cuts_by_its_verbs_stem() -> None:
    dated = _event("Police raid the office and seize computers")
    assert cut_listed_titles([dated], [joined_cut(dated, "seized")])[0].title == "Police raid the office"


def test_a_cut_for_another_event_or_too_short_a_title_is_left() -> None:
    dated = _event("Police raid the office and seize computers")
    other = _event("Divers search the canal", ident="a#99")
    assert cut_listed_titles([dated], [joined_cut(other, "seized")])[0].title == dated.title
    short = _event("Police raid, met the press")
    assert cut_listed_titles([short], [listed_cut(short, "met")])[0].title == short.title  # two words would be left


def test_a_derivation_mentioning_a_listed_act_cuts_nothing_by_itself() -> None:
    dated = _event("Ilse Radan flies to the front, met her commanders")
    follower = _event("Ilse Radan meets her commanders", ident="a#u40")
    from dataclasses import replace
    follower = replace(follower, derivation=f"the time of {dated.id}: told in a clause joined to it by 'and' (met); "
                                            "listed after its date as 'met'")
    assert cut_listed_titles([dated, follower], [])[0].title == dated.title


def _built(sentence: str) -> list[str]:
    text = f"Harbour notes\n\n{sentence}\n"
    doc = Document("a.txt", text, "", date(2024, 6, 1), "given")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


def test_the_built_events_end_before_the_joined_act() -> None:
    assert _built("Police raided the depot on 3 May and seized two lorries.") == [
        "Police raid the depot", "Police seize two lorries"]


def test_the_built_events_end_before_the_listed_acts() -> None:
    assert _built("The general flew to the coast on 3 May, met his officers and dismissed the garrison commander.") == [
        "The general flies to the coast", "The general meets his officers", "The general dismisses the garrison commander"]
