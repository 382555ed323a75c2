"""After an opening date ("On 4 May", "In the great storm of 11 January 1891"), the subject a second act
joined by "and" shares may be counted ("some three hundred weavers", "about forty volunteers"), a
pronoun with others ("she and three friends") or a name ("Cadence"): the second act is a happening of
its own at the first act's date, titled with that subject, not with the date's words ("May Cadence",
"1891 the sea")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("On the night of 4 May 1837 some three hundred miners marched on the pithead and broke its winding gear.",
     "Some three hundred miners break its winding gear"),
    ("In March 2021 about forty volunteers cleared the beach and collected 300 bags of litter.",
     "About forty volunteers collect 300 bags of litter"),
    ("In July 2019 she and two colleagues surveyed the reef and found a rare sponge.",
     "She and two colleagues find a rare sponge"),
    ("On 9 June Tarrow Logistics changed every password and moved its data to Leeds.",
     "Tarrow Logistics moves its data to Leeds"),
    ("In the great flood of 3 October 1903 the river broke the weir and carried the mill wheel away.",
     "The river carries the mill wheel away"),
])
def test_second_act_after_an_opening_date(sentence: str, title: str) -> None:
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == [title]


def test_the_second_act_shares_the_opening_date() -> None:
    text = "News\n\nIn March 2021 about forty volunteers cleared the beach and collected 300 bags of litter."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("About forty volunteers collect 300 bags of litter", date(2021, 3, 1)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]


def test_a_year_after_a_month_is_no_count() -> None:
    # "1891 the sea" is no counted subject: the year closes the date
    sentence = "In the great flood of 3 October 1903 the river broke the weir and carried the mill wheel away."
    assert not any(t.startswith("1903") for _, t in iter_joined_clauses(sentence, 0, len(sentence)))
