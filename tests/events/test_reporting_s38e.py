"""Reporting's kinds of event and non-event (session 38, issue 12): our own sentences, in news
reports of the kinds the never-opened sets hold (negotiations, inquiries, disputes, votes, delays),
through the route a dropped file takes. Each kind has true events that must stay and non-events that
must stay out."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

#: A dated opening sentence, so the sentence under test has a story around it.
_OPENING = "The council met on Monday. "


def _titles(text: str) -> list[str]:
    out = extract_document(Document("a.txt", text, "t"), dct=date(2026, 11, 20))
    return [e.title for e in out.events]


def _told(text: str, words: str) -> bool:
    """Whether an event's title holds ``words``."""
    return any(words.lower() in t.lower() for t in _titles(_OPENING + text))


# -- a public denial of what others said, told by what it denies ("denied that", "rejected claims that")

@pytest.mark.parametrize("text, words", [
    ("The supplier, Ferrol Systems, denied that its software was to blame.", "denies that its software"),
    ("Agency director Noor Halvard denied that the agency had known about the fault.", "denies that the agency"),
    ("The Greens' leader, Tomas Brandt, rejected claims that his party had been offered posts.", "rejects claims"),
    ("The museum's director dismissed suggestions that the heads had been sold.", "dismisses suggestions"),
    ("The port operator denied on Tuesday that it had broken the agreement.", "denies"),
    ("He denied that the talks had failed.", "denies that the talks had failed"),
])
def test_a_public_denial_is_an_event(text: str, words: str) -> None:
    assert _told(text, words)


@pytest.mark.parametrize("text, words", [
    # testimony's answer inside a trial ("admitted …, but denied that …") and a plea's "had denied"
    ("He admitted that he had not closed the road, but denied that he had ignored the warning.", "den"),
    ("Oduya had denied that he struck the private during the exercise.", "den"),
])
def test_testimony_and_pleas_are_no_denial_event(text: str, words: str) -> None:
    assert not _told(text, words)


# -- a dated saying whose "that" clause tells an absence or how things were going: a statement, no event

@pytest.mark.parametrize("text", [
    "Interior Minister Jana Vukovic said on Monday that no ransom had been paid.",
    "Managers said on Tuesday that blood test results were being written by hand.",
    "The coastguard said on Sunday that nobody had been hurt.",
    "The agency told reporters on Friday that nothing was missing from the depot.",
])
def test_a_said_absence_or_ongoing_state_is_no_event(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize("text, words", [
    ("Nordavia said in a statement on Wednesday that engineers had found a faulty sensor and no sign of fire.", "sensor"),
    ("Police said on Monday that no fewer than 40 people had been arrested.", "arrested"),
    ("The ministry said on Thursday that two ships had been seized off the coast.", "seized"),
])
def test_a_said_act_stays(text: str, words: str) -> None:
    assert any(words in t for t in _titles(text))


# -- a second act split off a dated title is one event, not also an undated twin

def test_a_split_second_act_is_told_once() -> None:
    titles = _titles("Talks on a compromise ran through the night on Wednesday and ended without agreement.")
    assert sum("end without agreement" in t for t in titles) == 1
    assert any(t.endswith("run") for t in titles)


# -- a plural subject's pluperfect progressive interrupted by a "when" clause: the clause's happening

def test_a_plural_progressive_gives_way_to_its_when_clause() -> None:
    titles = _titles("The men had been working on a new seam when part of the roof fell in on Friday.")
    assert not any("work" in t for t in titles)
    assert any("roof falls" in t for t in titles)


# -- a plan moved to a bound ("postponed until at least mid-February"): the bound dates no happening

@pytest.mark.parametrize("text, bound", [
    ("The launch, planned for 8 December, has been postponed until at least mid-February, the agency said.", "mid-February"),
    ("The inquiry's report was delayed to no earlier than March.", "March"),
    ("The trial was put back until the spring at the earliest.", "the spring"),
])
def test_a_plan_moved_to_a_bound_is_no_happening(text: str, bound: str) -> None:
    out = extract_document(Document("a.txt", _OPENING + text, "t"), dct=date(2026, 11, 20))
    assert bound not in {e.timex for e in out.events}


@pytest.mark.parametrize("text, day", [
    ("The opening was delayed until 2 October 1856, when the mayor declared the hall open.", "2 October 1856"),
    ("The vote was postponed on Tuesday after a walkout.", "Tuesday"),
])
def test_a_moved_plan_s_own_day_stays(text: str, day: str) -> None:
    out = extract_document(Document("a.txt", _OPENING + text, "t"), dct=date(2026, 11, 20))
    assert day in {e.timex for e in out.events}


# -- a bare plural subject with its phrase ("Rescue teams from three mines") shared by a joined, dated act

@pytest.mark.parametrize("text, words", [
    ("Rescue teams from three mines reached the site on Saturday and made contact with the men that afternoon.",
     "Rescue teams make contact"),
    ("Dock workers at the port of Dunmore voted on Sunday and returned to work on Tuesday.", "Dock workers return"),
])
def test_a_bare_plural_subject_is_shared(text: str, words: str) -> None:
    assert any(t.startswith(words) for t in _titles(text))


# -- a dated act told in a "that" clause keeps its date when a denial after it is another's aside

def test_a_which_clause_s_denial_does_not_make_the_told_act_a_statement() -> None:
    titles = _titles("Union officials said they had warned in 2024 that the roof supports were too old, "
                     "which Calloway denied.")
    assert any("warn" in t for t in titles)
    assert _titles("Colleagues said he had told them in March that he planned to retire.") == []


# -- anyone at all who will do something ("Whoever wins in February will …"): no one named, nothing done

@pytest.mark.parametrize("text", [
    "Whoever wins in February will face the same arithmetic.",
    "Whichever bidder is chosen next month will run the ferries.",
])
def test_whoever_will_is_no_event(text: str) -> None:
    assert _titles(text) == []


def test_whatever_the_weather_leaves_the_act() -> None:
    assert _titles("Ines stepped down as captain in 2015, whatever the weather.")


# -- a plan moved or called off, told as a passive: an event; a deterrent or a count is not

@pytest.mark.parametrize("text, words", [
    ("The handover had been planned for Saturday but was put off by a day because of fighting.", "The handover is put off"),
    ("The final was called off.", "called off"),
    ("The hearing was deferred.", "deferred"),
])
def test_a_plan_moved_is_an_event(text: str, words: str) -> None:
    assert any(t.startswith(words) or words in t for t in _titles(_OPENING + text))


@pytest.mark.parametrize("text", [
    "Visitors were put off by the price.",
    "In Kestovia the vote has been put off twice.",
    "The cook was put off duty.",
])
def test_a_deterrent_or_a_count_is_no_plan_moved(text: str) -> None:
    assert not any("put off" in t for t in _titles(_OPENING + text))


def test_a_plan_s_day_in_a_which_aside_of_a_thing_called_off_is_no_event() -> None:
    out = extract_document(Document("a.txt", _OPENING + "The vote, which had been due on Thursday, was cancelled.", "t"),
                           dct=date(2026, 11, 20))
    assert "Thursday" not in {e.timex for e in out.events}
    assert any("cancelled" in e.title for e in out.events)


def test_a_warning_s_ongoing_content_leaves_the_warning() -> None:
    # a warning is an act whatever it warned of: only a plain saying's ongoing state is a statement
    assert any("warns managers" in t for t in _titles(
        "The union said it had warned managers in September that the escort rules were being ignored."))


# -- an insistence on what would be done by a date: its target is no happening, however long the clause

@pytest.mark.parametrize("text", [
    "For months the regional government insisted that the new bridge would be built by 2029.",
    "The company has insisted that the plant will reopen in March.",
])
def test_an_insisted_target_is_no_event(text: str) -> None:
    assert _titles(text) == []


def test_a_duration_opener_leaves_the_title() -> None:
    titles = _titles("For months the council debated the plan, and on 3 May the council approved it.")
    assert not any(t.startswith("For months") for t in titles)


# -- a past perfect denied since a date, told by a report: no happening; not denied, it keeps its date

def test_a_reported_denial_since_a_date_is_no_event() -> None:
    assert _titles("The quarry's owner said his workers had not been on site since Friday.") == []


@pytest.mark.parametrize("text, day", [
    ("The Morning Star was built in 1979 and had been owned by the Holm family since 2005.", "2005"),
    ("The agency said 14 people had been treated for stomach illness since the weekend.", "the weekend"),
])
def test_a_past_perfect_since_a_date_stays(text: str, day: str) -> None:
    out = extract_document(Document("a.txt", _OPENING + text, "t"), dct=date(2026, 11, 20))
    assert day in {e.timex for e in out.events}


# -- a superlative's "since" date with a "when" clause telling what happened then: that happening's date

def test_a_superlative_since_a_when_clause_dates_its_act() -> None:
    out = extract_document(Document("a.txt", _OPENING + "It is the region's worst fire since 2017, when a blaze "
                                    "destroyed 40 homes.", "t"), dct=date(2026, 11, 20))
    assert any(e.timex == "2017" and "destroys" in e.title for e in out.events)


@pytest.mark.parametrize("text", [
    "It is the region's worst fire since 2017.",
    "It is the second coalition to fall since 2019, when a minority government lasted only five months.",
])
def test_a_superlative_since_alone_or_a_state_is_no_event(text: str) -> None:
    out = extract_document(Document("a.txt", _OPENING + text, "t"), dct=date(2026, 11, 20))
    assert not [e for e in out.events if e.timex in ("2017", "2019")]


# -- a public call, as an urging is, told with no date: an event; a document's content is not

@pytest.mark.parametrize("text, words", [
    ("Opposition leaders have called for an inquiry.", "call for an inquiry"),
    ("The union called for a ban on open lamps.", "calls for a ban"),
    ("The Secretary-General called for calm.", "calls for calm"),
])
def test_a_public_call_is_an_event(text: str, words: str) -> None:
    assert _told(text, words)


@pytest.mark.parametrize("text", [
    "The plan called for a review of fares.",
    "The agreement called for a ban on lorries in the old town.",
])
def test_a_document_s_call_is_no_event(text: str) -> None:
    assert not _told(text, "call")


# -- a passive "It" opening its sentence: the thing the sentence before acted on, not the one who acted

@pytest.mark.parametrize("text, title", [
    ("Finance Minister Sigrid Hale presented the plan on 14 October. It was voted down on 3 November.",
     "The plan is voted down"),
    ("The council unveiled the budget on 14 October. It was approved on 3 November.", "The budget is approved"),
    ("The council met on 14 October. It was dissolved on 3 November.", "The council is dissolved"),
])
def test_a_passive_it_names_the_thing_acted_on(text: str, title: str) -> None:
    assert title in _titles(text)


# -- an "after" clause whose subject is a bare plural of people: its act is an event; a stretch is not

@pytest.mark.parametrize("text, words", [
    ("The board opened an inquiry on Wednesday after hospital pharmacists complained about the price.", "pharmacists complain"),
    ("The firm recalled the kettles on 3 May after customers reported lids opening.", "customers report"),
])
def test_a_bare_plural_after_clause_is_an_event(text: str, words: str) -> None:
    assert any(words in t.lower() for t in _titles(text))


@pytest.mark.parametrize("text", [
    "The station closed in 2019 after months passed without repairs.",
    "The plan was rejected on Wednesday, eight months after councillors turned down an earlier version.",
])
def test_a_stretch_or_a_measured_after_clause_is_not_read_again(text: str) -> None:
    titles = _titles(text)
    assert not any(t.startswith("Months") for t in titles)
    assert sum("turn down" in t for t in titles) <= 1
