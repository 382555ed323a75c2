"""The same happening told twice in one document is one event."""

import re
from dataclasses import replace
from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.record import Event
from explorer.events.repeats import merge_repeats


def _event(title: str, start: int, begin=None, end=None) -> Event:
    return Event(f"a#{start}", "a.txt", title, title, start, start + 10, "", start, start, "", "DATE", begin, end,
                 "exact" if begin else "undated")


def test_a_happening_told_twice_is_kept_once_with_both_places() -> None:
    merged = merge_repeats([_event("Qasem Soleimani dies", 0), _event("Javad Zarif resigns", 50), _event("Soleimani dies", 100)])
    assert [e.title for e in merged] == ["Qasem Soleimani dies", "Javad Zarif resigns"]
    assert "also told at 100-110" in merged[0].derivation


def test_the_same_title_on_different_dates_is_two_happenings() -> None:
    july, august = (date(2015, 7, 1), date(2015, 7, 31)), (date(2015, 8, 1), date(2015, 8, 31))
    events = [_event("Karl Weber visits Vienna", 0, *july), _event("Karl Weber visits Vienna", 5, *august)]
    assert len(merge_repeats(events)) == 2


def test_a_lede_and_a_later_mention_of_a_death_give_one_event() -> None:
    text = ("Herald: The party lost more than its leader with the demise of Maria Lopez last winter.\n"
            "The party has not recovered, and its rivals have gained ground in every region of the country.\n"
            "This is what the party lost with Lopez’s death, and what her successors must now rebuild alone.\n")
    doc = Document("a.txt", text, "t", date(2020, 1, 1), "given")
    deaths = [e for e in build_events(doc, temporal.tag(text, doc.date)) if "dies" in e.title]
    assert len(deaths) == 1


def test_bare_statements_are_not_merged() -> None:
    day = (date(2015, 10, 7), date(2015, 10, 7))
    assert len(merge_repeats([_event("Rohani says", 0, *day), _event("Rohani says", 100, *day)])) == 2


def test_a_merged_event_keeps_every_telling_as_a_mention_and_exports_them() -> None:
    import json

    from explorer.store.record_json import event_from_json, event_to_json

    merged = merge_repeats([_event("Qasem Soleimani dies", 0), _event("Javad Zarif resigns", 50),
                            _event("Soleimani dies", 100), _event("Soleimani dies", 200)])
    assert merged[0].mentions == ((100, 110), (200, 210))
    assert merged[1].mentions == ()
    assert json.loads(json.dumps(merged[0].to_dict()))["mentions"] == [[100, 110], [200, 210]]
    assert event_from_json(event_to_json(merged[0])) == merged[0]  # the project file keeps them


def test_two_date_expressions_of_one_sentence_are_never_one_repeated_happening() -> None:
    text = "A plan unveiled on Tuesday would build the plant by 2030."
    doc = Document("a.txt", text, "t")
    events = build_events(doc, temporal.tag(text, None))
    assert {e.timex for e in events} == {"Tuesday", "2030"}
    titles = {e.timex: e.title for e in events}
    assert titles == {"Tuesday": "A plan is unveiled", "2030": "A plan would build the plant"}


def _built(text: str) -> list[Event]:
    doc = Document("a.txt", text, "t", date(2024, 3, 1), "given")
    return build_events(doc, temporal.tag(text, doc.date))


def test_several_dates_of_one_clause_are_one_happening_but_a_list_of_dates_is_several() -> None:
    one = _built("The museum bought the collection in the 2019-20 financial year, on 3 March 2020, for an undisclosed sum.")
    assert len([e for e in one if e.timex]) == 1
    listed = _built("The minister Karl Weber visited Moscow in July, August and September 2015.")
    assert len([e for e in listed if e.timex]) == 3


def test_a_subordinate_clause_with_its_own_date_is_its_own_happening() -> None:
    events = _built("The Rucaleo viaduct opened on 12 December 1936 after a flood had destroyed the old bridge in June 1934.")
    titles = {e.timex: e.title for e in events if e.timex}
    assert titles == {"12 December 1936": "The Rucaleo viaduct opens", "June 1934": "A flood destroys the old bridge"}


def test_a_telling_bounded_only_by_its_neighbours_repeats_a_dated_one() -> None:
    dated = _event("Ida Voss is born", 0, date(1890, 2, 4), date(1890, 2, 4))
    bounded = replace(_event("Voss is born", 100, date(1889, 1, 1), date(1895, 12, 31)), certainty="inferred")
    assert [e.title for e in merge_repeats([dated, bounded])] == ["Ida Voss is born"]


def test_life_dates_after_a_name_give_the_birth_and_no_life_long_event() -> None:
    text = ("Ida Voss\n\nIda Voss (4 February 1890 \u2013 17 October 1967) was a Danish architect known for her "
            "schools and libraries in the towns of the west coast and on the islands.\n\n"
            "Voss was born in Ribe, the daughter of a printer. She opened her own office in 1921.")
    doc = Document("a.txt", text, "t", None, "none")
    events = build_events(doc, temporal.tag(text, None))
    born = [e for e in events if e.title.endswith("is born")]
    assert [(e.title, e.begin) for e in born] == [("Ida Voss is born", date(1890, 2, 4))]
    assert not any(e.begin == date(1890, 2, 4) and e.end == date(1967, 10, 17) for e in events)


_HISTORY = (
    "Marlow Wharf Tramway\n\n"
    "The Marlow Wharf Tramway was a horse-drawn line on the south quay of the port, built in 1841 and "
    "closed to goods traffic in 1923, of which a short stretch survives beside the old customs house.\n\n"
    "History\n"
    "The quay company laid the first rails in the spring of 1841 and the line opened on 2 August 1841. "
    "Traffic grew for forty years. The last goods wagon ran on 30 June 1923, and the rails were lifted "
    "in 1930 for scrap.\n"
)


def test_a_historys_opening_summary_is_folded_into_the_happenings_it_summarises() -> None:
    from explorer.documents import Document
    from explorer.ingest import extract_document

    out = extract_document(Document("tramway.txt", _HISTORY, "t"))
    dated = {e.timex: e for e in out.events if e.timex}
    assert "1923" not in dated and "1841" not in dated  # the summary's coarse dates
    assert {"the spring of 1841", "30 June 1923", "1930"} <= set(dated)
    summary = _HISTORY.index("The Marlow Wharf Tramway was")
    assert any(start == summary for start, _ in dated["the spring of 1841"].mentions)
    assert any(start == summary for start, _ in dated["30 June 1923"].mentions)


def test_a_news_lede_keeps_its_dates() -> None:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    text = ("Builder jailed over collapsed venture\n\n"
            "A builder was sentenced on Thursday to four years in prison for moving savers' money into a "
            "hotel venture that collapsed in 2020, the county court said.\n\n"
            "The venture's lenders called in their loans in March 2020.\n")
    out = extract_document(Document("news.txt", text, "t"), dct=date(2024, 6, 14))
    assert "2020" in {e.timex for e in out.events}


def test_a_happening_named_by_its_day_is_a_mention_of_the_event_of_that_day() -> None:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    text = ("Harbour Rovers won the county shield on Saturday, beating Eastwick 21-17 at the Marsh ground.\n\n"
            "Saturday's final, watched by a crowd of 4,100, was level until the last minute, when the "
            "full-back dropped a goal.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 5, 20))
    dated = [e for e in out.events if e.timex]
    assert [e.timex for e in dated] == ["Saturday"]
    second = text.index("Saturday's final")
    assert any(start == second for start, _ in dated[0].mentions)


def test_a_happening_named_by_a_day_no_other_event_has_stays() -> None:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    text = "Last year's regatta drew 12,000 visitors to the estuary, the most in its history.\n"
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 5, 20))
    assert [e.timex for e in out.events if e.timex] == ["Last year"]


def test_a_date_after_that_is_no_name_of_a_happening() -> None:
    from datetime import date

    from explorer.documents import Document
    from explorer.ingest import extract_document

    text = ("A customer reported the flaw last week to the maker. The maker said that last week a second "
            "customer found another flaw.")
    out = extract_document(Document("a.txt", text, "t"), dct=date(1994, 11, 20))
    assert [e.timex for e in out.events if e.timex] == ["last week", "last week"]


import pytest  # noqa: E402


@pytest.mark.parametrize("lede", [
    # s58: a happening named by its day is where the lede's own act took place; the act is not the
    # counting told later with the same day
    "The Green Party gained the Millbeck ward from Labour in Thursday's by-election.",
    "Dana Price scored twice in Thursday's final against Eastwick.",
    "The union rejected the offer at Thursday's meeting in the depot.",
])
def test_an_act_set_in_a_happening_named_by_its_day_stays_its_own_event(lede: str) -> None:
    from explorer.ingest import extract_document

    text = (f"Local news\nPublished 8 May 2026\n\n{lede}\n\n"
            "Counting began at the Corn Exchange at 10pm on Thursday, and the hall was cleared by midnight.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=None)
    starts = {e.sentence_start for e in out.events}
    assert text.index(lede) in starts, [(e.title, e.mentions) for e in out.events]


def test_a_happening_named_by_its_day_as_the_subject_still_folds() -> None:
    # guard: "Thursday's count was …" tells the counting again
    from explorer.ingest import extract_document

    text = ("Local news\nPublished 8 May 2026\n\nCounting began at the Corn Exchange at 10pm on Thursday.\n\n"
            "Thursday's count was delayed by a fire alarm.\n")
    out = extract_document(Document("a.txt", text, "t"), dct=None)
    assert text.index("Thursday's count") not in {e.sentence_start for e in out.events}, [e.title for e in out.events]


# Session 60 (issue 12): a state "has been <participle> since <date>" restating an act told before with the
# same verb, on what the state's subject names, and the same date, is that act told again (own sentences).
@pytest.mark.parametrize(("text", "kept"), [
    ("The council froze recruitment in January. Agency staff now cover the gaps. Recruitment has been frozen since January.",
     "The council freezes recruitment"),
    ("Police closed the Hallow bridge on 3 March after a lorry struck it. The bridge has been closed since 3 March.",
     "Police close the Hallow bridge"),
    ("The federation suspended the league in 2021. The league has been suspended since 2021, and no date is set.",
     "The federation suspends the league"),
])
def test_a_state_since_a_date_restating_an_act_told_before_is_that_act(text: str, kept: str) -> None:
    doc = Document("a.txt", text, "t", date(2026, 5, 1), "given")
    titles = [e.title for e in build_events(doc, temporal.tag(text, doc.date))]
    assert kept in titles and len([t for t in titles if re.search(r"freez|froz|clos|suspend", t)]) == 1, titles


@pytest.mark.parametrize("text", [
    # guards: another thing frozen, another date, no act told before
    "The council froze recruitment in January. Pay has been frozen since January.",
    "The council froze recruitment in January. Recruitment has been frozen since March.",
    "The Hallow bridge has been closed since 3 March. Police say it will reopen in June.",
])
def test_a_state_since_a_date_with_no_such_act_before_stays(text: str) -> None:
    doc = Document("a.txt", text, "t", date(2026, 5, 1), "given")
    titles = [e.title for e in build_events(doc, temporal.tag(text, doc.date))]
    assert any(re.search(r"\bis (?:frozen|closed)\b", t) for t in titles), titles
