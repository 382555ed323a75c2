"""Issue 12, session 37 (h37e): acts listed under a dated heading take the heading's date, and a
weekday label in a programme takes its day from the programme's span, not from the page's date.
Own passages (a parish newsletter, a club's minutes, a festival page, a show week, a conference)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.events.extracted_events import events_of


def _dates(text: str, dct: date | None = None) -> dict[str, tuple]:
    return {e.title: (e.begin, e.end) for e in events_of(text, dct)}


LISTS = [
    ("Parish newsletter\n\n6 October 2024\n- Volunteers repaired the church gate.\n- The youth group visited the museum.\n",
     {"Volunteers repair the church gate": date(2024, 10, 6), "The youth group visits the museum": date(2024, 10, 6)}),
    ("Club news\n\n12 April 2024\n- The club elected a new treasurer.\n- Members approved the annual accounts.\n\n"
     "3 May 2024\n- The junior team won the regional cup.\n",
     {"The club elects a new treasurer": date(2024, 4, 12), "Members approve the annual accounts": date(2024, 4, 12),
      "The junior team wins the regional cup": date(2024, 5, 3)}),
    ("Works log\n\n2 June 2023\n• The contractor removed the old boiler.\n• Engineers tested the new pipes.\n\n"
     "9 June 2023\n• The inspector signed off the installation.\n",
     {"The contractor removes the old boiler": date(2023, 6, 2), "Engineers test the new pipes": date(2023, 6, 2)}),
]


@pytest.mark.parametrize("text,want", LISTS)
def test_bulleted_acts_take_their_heading_s_date(text, want):
    got = _dates(text)
    for title, day in want.items():
        assert got.get(title) == (day, day), (title, got)


PROGRAMMES = [
    ("Harbour Festival 2024 programme\nPosted 2 July 2024\n\nThe festival runs from Friday 12 July to Sunday 14 July 2024.\n"
     "Friday: opening concert on the quay.\nSaturday: parade through the old town.\nSunday: fireworks over the harbour.\n",
     {"Opening concert on the quay": date(2024, 7, 12), "Parade through the old town": date(2024, 7, 13),
      "Fireworks over the harbour": date(2024, 7, 14)}),
    ("Village show week, 5 to 11 August 2024\nUpdated 25 July 2024\n\nMonday: flower judging in the hall.\n"
     "Wednesday: children's races on the green.\nSaturday: dog show and tug of war.\n",
     {"Flower judging in the hall": date(2024, 8, 5), "Children's races on the green": date(2024, 8, 7),
      "Dog show and tug of war": date(2024, 8, 10)}),
]


@pytest.mark.parametrize("text,want", PROGRAMMES)
def test_programme_weekdays_fall_in_the_programme_s_span(text, want):
    got = _dates(text)
    for title, day in want.items():
        assert got.get(title) == (day, day), (title, got)


def test_a_weekday_in_a_sentence_keeps_its_reading():
    # no label: "on Saturday" after a dated page is read as before, not moved into a span
    text = ("Updated 25 July 2024\n\nThe show runs from 5 to 11 August 2024.\n"
            "The committee met on Saturday to agree the prizes.\n")
    got = {e.title: e.begin for e in events_of(text)}
    assert all(d is None or d < date(2024, 8, 5) for t, d in got.items() if "committee" in t.lower()), got


NOMINAL_PLANS = [
    ("Bridge works update\nPosted 3 March 2025\n\nThe council closed the bridge on 1 March 2025.\nCompletion is expected in 2027.\n",
     "2027", "Completion"),
    ("Planning news\nPosted 3 March 2025\n\nThe inquiry heard evidence last week. A decision is expected in October.\n",
     "October", "decision"),
    ("Rail update, 9 January 2024\n\nEngineers began the repairs on Monday. The reopening of the line is expected in May.\n",
     "May", "reopening"),
]


@pytest.mark.parametrize("text,timex,word", NOMINAL_PLANS)
def test_a_happening_s_noun_expected_at_a_date_is_kept(text, timex, word):
    found = [e for e in events_of(text) if e.timex == timex]
    assert found and word.lower() in found[0].title.lower(), [(e.timex, e.title) for e in events_of(text)]


@pytest.mark.parametrize("text,timex", [
    ("Trading update\nPosted 3 March 2025\n\nSales fell in the winter. Growth is expected in 2026.\n", "2026"),
    ("Trading update\nPosted 3 March 2025\n\nThe firm cut its forecast. Results are expected in April.\n", "April"),
])
def test_a_figure_expected_stays_a_forecast(text, timex):
    assert not [e for e in events_of(text) if e.timex == timex]


def test_a_date_alone_answering_under_a_speaker_label_is_no_event():
    text = ("Transcript\n\nInterviewer: When did you start the bakery?\n"
            "Ms Obi: We opened it in 2020, right before the lockdown.\n"
            "Interviewer: And when did you hire your first baker?\nMs Obi: In March 2021.\n")
    events = events_of(text)
    assert not [e for e in events if e.timex == "March 2021"], [(e.timex, e.title) for e in events]
    assert [e for e in events if e.timex == "2020"]  # the answer that tells its own act stays


def test_questions_in_a_q_and_a_are_no_events():
    text = ("Interview with a lighthouse keeper\nPublished 10 June 2023\n\nQ: When did you move to the island?\n"
            "A: In 1979.\nQ: Why did you leave the navy?\nA: I left in 1977 because my father was ill.\n")
    events = events_of(text)
    assert not [e for e in events if "move" in e.title.lower() or e.timex == "1979"], [(e.timex, e.title) for e in events]
    assert [e for e in events if e.timex == "1977"]


@pytest.mark.parametrize("text", [
    "DEED OF GIFT\n\nThe donor gives the painting to the museum.\n\nSigned this 3rd day of June 2024 by the donor.\n",
    "AFFIDAVIT\n\nI am the owner of the property.\n\nSworn at Leeds on 2 April 2024.\n",
    "Dear members,\n\nThe committee repaired the pavilion roof on 2 March 2024.\n\nBest wishes,\nMaria\n14 March 2024\n",
    "Dear neighbours,\n\nThe garden committee met on 3 March.\n\nYours, Tom\n",
])
def test_signatures_and_sign_offs_are_no_events(text):
    events = events_of(text)
    assert not [e for e in events if re.search(r"\b(?:signed|sworn|maria|tom|yours|wishes)\b", e.title, re.I)], \
        [(e.timex, e.title) for e in events]


def test_a_sign_off_s_date_is_the_letter_s_date():
    from explorer.documents import Document
    from explorer.ingest.extract import date_document
    text = "Letter to the editor\n\nThe council closed our library in January. Readers deserve better.\n\n— Ann Reid, Leeds, 14 March 2024\n"
    assert date_document(Document("a.txt", text, "A")).date == date(2024, 3, 14)
    events = events_of(text)
    assert [e.begin for e in events if e.timex == "January"] == [date(2024, 1, 1)]


def test_a_verbless_answer_does_not_date_the_question_s_act():
    text = ("Oral history, recorded 4 May 2019\n\nQ: Where did you work after that?\nA: At the depot, from 1986.\n"
            "Q: And your brother?\nA: He joined the navy in 1988.\n")
    events = events_of(text)
    assert not [e for e in events if e.timex == "1986"], [(e.timex, e.title) for e in events]
    assert [e for e in events if e.timex == "1988"]


# Session 57 (h57p): an answer's date with a short verbless tail, under a prompt told as a statement or
# with no label at all, tells no happening either (answer_dates.answers_with_a_date). Own transcripts:
# a theatre's oral history, a charity founder's interview, a university registrar's.
@pytest.mark.parametrize("text, timex", [
    ("Oral history, recorded 3 March 2026\n\nINTERVIEWER: You joined the admissions office in the 1990s?\n"
     "MARA LENT: In September 1994, straight from university. I ran the open days from the start.\n",
     "September 1994"),
    # guard (passes on 9227e954, which read "the spring" alone): "that year" after it makes no event either
    ("Interview, 2 May 2025\n\nQ: You opened the box office in 1982.\nA: In the spring of that year, yes. "
     "The roof leaked all winter.\n", "that year"),
    ("Interview, 2 May 2025\n\nQ: You opened the box office in 1982.\nA: In the spring of that year, yes. "
     "The roof leaked all winter.\n", "the spring"),
    ("Our founder in her own words\n\nWhen did you first think of the food bank?\n\nIn 2019, on a train to "
     "Leeds. I wrote the plan that night.\n", "2019"),
    ("[00:04:10] HOST: You closed the society in 2001.\n\n[00:04:12] REED: On the 31st of March 2001. "
     "By then nobody came.\n", "the 31st of March 2001"),
])
def test_an_answer_s_date_with_a_verbless_tail_is_no_event(text, timex):
    events = events_of(text)
    assert not [e for e in events if e.timex == timex], [(e.timex, e.title) for e in events]


@pytest.mark.parametrize("text, timex", [
    # guard: a clause after the date tells its own act
    ("What happened next?\n\nIn 2020 the trust bought the warehouse.\n", "2020"),
    # guard: a tail with a verb tells a happening of its own
    ("Q: When did the theatre close?\nA: In 1962, after the owners went bankrupt.\n", "1962"),
    # guard: the same speaker going on is no answer to a prompt
    ("REED: We moved the press in 1998.\nREED: In 2003, with a new roof.\n", "2003"),
])
def test_an_answer_that_tells_its_act_keeps_its_date(text, timex):
    assert [e for e in events_of(text) if e.timex == timex]
