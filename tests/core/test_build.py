"""Event building from tagged expressions, independent of how good the tagger is."""

from datetime import date

from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.page_header import header_end
from explorer.temporal.timex import Timex


def timex_for(text: str, expression: str, value: str, begin: date | None, end: date | None, **kw) -> Timex:
    start = text.index(expression)
    return Timex(start, start + len(expression), expression, kw.pop("type", "DATE"), value, begin=begin, end_day=end, **kw)


BODY = (
    "The minister, who had served in the post for many years and had survived several crises, resigned on "
    "May 3, 2011 after a long dispute with the parliament over the budget and the future of the ministry. "
    "He had met the committee weekly. Two weeks later his successor was named."
)


def test_one_event_per_dated_expression_with_its_sentence() -> None:
    doc = Document("a.txt", BODY, "A")
    t = timex_for(BODY, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    [event, named] = build_events(doc, [t])
    # "his successor was named": an occurrence with no expression of its own (this test hands the builder
    # only the May date, not "Two weeks later"); since session eighteen an act told in the sentences after
    # a dated day may take that day, as an inference (events.story_day), never as an exact date
    assert named.timex == "" and named.certainty in ("undated", "inferred")
    assert event.doc == "a.txt"
    assert BODY[event.sentence_start : event.sentence_end] == event.sentence
    assert event.sentence.startswith("The minister") and event.sentence.endswith("ministry.")
    assert BODY[event.timex_start : event.timex_end] == "May 3, 2011"
    assert (event.begin, event.end, event.certainty, event.value) == (date(2011, 5, 3), date(2011, 5, 3), "exact", "2011-05-03")
    assert "May 3" not in event.title


def test_durations_and_sets_are_not_events_but_anchored_undated_ones_are() -> None:
    doc = Document("a.txt", BODY, "A")
    dated = timex_for(BODY, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    weekly = timex_for(BODY, "weekly", "P1W", None, None, type="SET")
    later = timex_for(BODY, "Two weeks later", "XXXX-XX-XX", None, None, certainty="undated", anchor=0,
                      derivation="anchored on previous date + 14 days")
    events = build_events(doc, [dated, weekly, later])
    assert [e.timex for e in events] == ["May 3, 2011", "Two weeks later"]
    undated = events[1]
    assert undated.certainty == "undated" and undated.begin is None and undated.end is None
    assert undated.anchor == events[0].id


def test_ids_are_stable_when_other_expressions_change() -> None:
    doc = Document("dir/a b.txt", BODY, "A")
    t = timex_for(BODY, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    first = build_events(doc, [t])[0].id
    other = timex_for(BODY, "weekly", "P1W", None, None, type="SET")
    assert build_events(doc, [other, t])[0].id == first
    assert first.startswith("a-b-") and first.endswith(f"#{t.start}")


def test_same_file_name_in_two_folders_gives_distinct_ids() -> None:
    t = timex_for(BODY, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    other_text = BODY.replace("minister", "director")
    shifted = timex_for(other_text, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    one = build_events(Document("x/a.txt", BODY, "A"), [t])[0].id
    two = build_events(Document("y/a.txt", other_text, "A"), [shifted])[0].id
    assert one != two
    assert build_events(Document("/elsewhere/a.txt", BODY, "A"), [t])[0].id == one  # path spelling does not matter


def test_dateline_in_the_header_is_the_publication_date_not_an_event() -> None:
    text = "October 13, 2015 | By A. Writer\nSome Headline\n" + BODY + "\nJune 2, 2014\n"
    doc = Document("a.txt", text, "A", date(2015, 10, 13), "header")
    header = timex_for(text, "October 13, 2015", "2015-10-13", date(2015, 10, 13), date(2015, 10, 13))
    body = timex_for(text, "May 3, 2011", "2011-05-03", date(2011, 5, 3), date(2011, 5, 3))
    alone = timex_for(text, "June 2, 2014", "2014-06-02", date(2014, 6, 2), date(2014, 6, 2))
    assert header_end(text) == text.index("The minister")
    assert [e.timex for e in build_events(doc, [header, body, alone]) if e.timex] == ["May 3, 2011"]


def test_a_dated_entry_line_in_the_body_is_kept() -> None:
    text = BODY + "\nFebruary 9, 2020: The envoy discussed the relationship between the two ministries.\n"
    doc = Document("a.txt", text, "A", date(2020, 2, 9), "header")
    t = timex_for(text, "February 9, 2020", "2020-02-09", date(2020, 2, 9), date(2020, 2, 9))
    [event] = [e for e in build_events(doc, [t]) if e.timex]
    assert event.title.startswith("The envoy discusses")
