"""A subject's passive step after its dated act is a happening of its own (session 56, issue 12): told
by an irregular participle ("attacked the fort on Monday and were driven off"), after "but" ("stormed
the gate on 4 May but were driven back by the guards", the dated title then ending before "but"), or by
a participle alone at the sentence's end that shares the passive before it ("The old fort was shelled in
1702 and abandoned."); not a state's participle there ("… and owned by the town", "… and married")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("The raiders attacked the fort on Monday and were driven off.", "The raiders are driven off"),
    ("The ship struck the reef in 1893 and was torn apart by the waves.", "The ship is torn apart by the waves"),
    ("The old fort was shelled in 1702 and abandoned.", "The old fort is abandoned"),
    ("The mill was flooded in 1890 and rebuilt.", "The mill is rebuilt"),
    ("The road was closed in 1999 and resurfaced.", "The road is resurfaced"),
    ("The depot was opened in March 1910 and later extended.", "The depot is extended"),
])
def test_a_passive_step_after_a_dated_act(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    # (guards: a state's participle, or a participle that is a listed noun's adjective, is no step)
    "The hall was built in 1902 and owned by the town.",
    "The pair were introduced in 1950 and married.",
])
def test_no_step_from_a_state_s_participle(sentence: str) -> None:
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == []


@pytest.mark.parametrize("text, first, second", [
    ("Siege notes\n\nOn 3 May 1600 the rebels stormed the gate but were driven back by the guards.",
     "The rebels storm the gate", "The rebels are driven back by the guards"),
    ("Cup notes\n\nThe rovers reached the final in May 1999 but were beaten by Dunmore.",
     "The rovers reach the final", "The rovers are beaten by Dunmore"),
])
def test_a_passive_after_but_is_an_act_of_its_own(text: str, first: str, second: str) -> None:
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    by_title = {e.title: e.begin for e in events}
    assert first in by_title and second in by_title, list(by_title)
    assert by_title[first] == by_title[second]
