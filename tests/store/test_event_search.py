"""The search text held by field (issue 16): an event's date, title and sentence per event, its
document and names once per distinct value. Every answer equals a casefolded ``in`` over the event's
whole text as it was held before (date, title, document, sentence, names joined by line breaks),
including needles that span two fields (a document name's end and the sentence's start, a title's
end and the document's start): those hold a line break and are found, or not, exactly as before."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings, strategies as st
from tests.property_examples import examples

from explorer.store.event_search import EventSearch
from explorer.store.int_column import IntColumn
from explorer.store.search_index import SearchIndex
from explorer.store.text_fold import fold
from tests.store.test_search_text import ODD

words = st.text(alphabet=ODD, max_size=10)


@st.composite
def events_and_needles(draw):
    documents = draw(st.lists(words, min_size=1, max_size=4))
    name_texts = draw(st.lists(words, min_size=1, max_size=4))  # few distinct: shared by events
    events = draw(st.lists(st.tuples(words, words, words, st.integers(0, len(documents) - 1),
                                     st.sampled_from(name_texts)), max_size=30))
    needles = []
    for _ in range(draw(st.integers(1, 6))):
        if events and draw(st.booleans()):  # a piece of a whole text: may span fields
            when, title, sentence, lane, names = draw(st.sampled_from(events))
            text = "\n".join((when, title, documents[lane], sentence, names))
            i = draw(st.integers(0, len(text)))
            needle = text[i:i + draw(st.integers(0, 12))]
            needles.append(needle.upper() if draw(st.booleans()) else needle)
        else:
            needles.append(draw(words))
    return documents, events, needles


def whole(event, documents) -> str:
    when, title, sentence, lane, names = event
    return fold("\n".join((when, title, documents[lane], sentence, names)))


def build(events, documents, step: int = 4) -> tuple[EventSearch, SearchIndex]:
    index = SearchIndex()
    lanes = IntColumn()
    search = EventSearch(index.text, lambda: documents, lanes.array, lambda key: whole(events[key], documents))
    for start in range(0, len(events), step):
        part = events[start:start + step]
        index.append([fold(f"{w}\n{t}\n{s}") for w, t, s, _, _ in part], folded=True)
        lanes.extend([lane for _, _, _, lane, _ in part])
        search.add_fields([fold(names) for *_, names in part])
    index.index_to(len(events))
    return search, index


def plain(events, documents, needle: str) -> list[bool]:
    return [fold(needle) in whole(e, documents) for e in events]


SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(events_and_needles())
def test_scan_and_contains_answer_as_the_whole_text_did(case):
    documents, events, needles = case
    search, _ = build(events, documents)
    assert len(search) == len(events)
    assert list(search) == [whole(e, documents) for e in events]
    for needle in needles:
        expected = plain(events, documents, needle)
        assert search.scan(needle).tolist() == expected, repr(needle)
        keys = np.arange(len(events))[::-1]
        assert search.contains(needle, keys).tolist() == expected[::-1], repr(needle)
        if len(events) > 2:
            assert search.scan(needle, 1, len(events) - 1).tolist() == expected[1:-1], repr(needle)


@SETTINGS
@given(events_and_needles(), st.data())
def test_the_index_or_the_fields_answer_as_the_whole_text_did(case, data):
    """What the model's ``search_mask`` does: the index over each event's own text, OR its fields."""
    documents, events, needles = case
    search, index = build(events, documents)
    if events and data.draw(st.booleans()):  # an edit: new names for one event
        key = data.draw(st.integers(0, len(events) - 1))
        names = data.draw(words)
        events[key] = (*events[key][:4], names)
        search.replace_fields(key, fold(names))
    if data.draw(st.booleans()):
        search.settle()
    for needle in needles:
        expected = plain(events, documents, needle)
        if "\n" in fold(needle):
            assert search.scan(needle).tolist() == expected, repr(needle)
            continue
        assert (index.mask(needle) | search.fields_mask(needle)).tolist() == expected, repr(needle)
        within = np.array(data.draw(st.lists(st.booleans(), min_size=len(events), max_size=len(events))), bool)
        narrowed = index.mask(needle, within) | search.fields_mask(needle, within=within)
        assert narrowed.tolist() == (np.array(expected, bool) & within).tolist(), repr(needle)


def test_a_needle_spanning_two_fields_is_found_only_where_the_whole_text_holds_it():
    documents = ["Report from Ghent", "Notes"]
    events = [("1 may 1950", "Mills closed", "The mills closed.", 0, "Ghent"),
              ("2 may 1950", "Mills opened", "They opened.", 1, "")]
    search, index = build(events, documents)
    assert search.scan("closed\nreport from").tolist() == [True, False]  # title's end, document's start
    assert search.scan("ghent\nthe mills").tolist() == [True, False]  # document's end, sentence's start
    assert search.scan("closed\nthe mills").tolist() == [False, False]  # not next to each other
    assert search.contains("NOTES\nthey", np.array([1, 0])).tolist() == [True, False]
    assert (index.mask("ghent") | search.fields_mask("ghent")).tolist() == [True, False]
    assert search.fields_mask("notes").tolist() == [False, True]
    assert not index.mask("notes").any()  # the document name is no longer in each event's text


def test_a_renamed_document_is_searched_by_its_new_name():
    documents = ["Old name"]
    events = [("", "A", "b", 0, "")]
    search, _ = build(events, documents)
    assert search.scan("old").tolist() == [True]
    documents[0] = "New name"
    assert search.scan("old").tolist() == [False]
    assert search.contains("new", np.array([0])).tolist() == [True]


def test_names_are_held_once_per_distinct_text():
    documents = ["d"]
    events = [("", "t", "s", 0, "Ann\nGhent")] * 50 + [("", "t", "s", 0, "Bob")] * 50
    search, _ = build(events, documents, step=7)
    assert len(search.names.values) == 2
    assert search.scan("ann").tolist() == [True] * 50 + [False] * 50


def test_an_int_column_answers_as_the_list_it_replaces():
    values = [0, 300, 70_000, 5]
    column = IntColumn(np.array(values[:2], np.int32))
    column.extend(values[2:3])
    column.extend([values[3]] * 40)
    expected = values + [values[3]] * 39
    assert len(column) == len(expected) and column == expected and list(column) == expected
    assert column[2] == 70_000 and type(column[2]) is int and column[-1] == 5
    assert column[1:3] == [300, 70_000]
    assert column.array().dtype == np.int32 and column.array().tolist() == expected
    assert IntColumn() == [] and len(IntColumn([1, 2])) == 2
