"""Issue 12, session forty-four (titles): a subject told as a person and then named ("a cavalry officer
named Demaros seized …", "His father, a chemist named Alun Rees, sent …") is titled by the name, in
the title made from the clause and in one a later step cut by its dates or clauses. A thing named so,
a name in another clause or an object keep the words. Our own sentences in several genres and
tenses, none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.named_subjects import named_subject
from tests.events.extracted_events import events_of


def _title(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return make_title(sentence, start, start + len(date_text))


@pytest.mark.parametrize(
    "sentence, date_text, title",
    [
        ("In 1871 a ploughman called Tom Heald found a bronze mirror in a field.", "1871", "Tom Heald finds a bronze mirror"),
        ("A young nurse named Maria Lenz opened the first clinic in the valley in 1921.", "1921", "Maria Lenz opens the first clinic"),
        ("On Friday a fisherman named Ivo Brandt, 64, pulled two swimmers from the sea.", "Friday", "Ivo Brandt pulls two swimmers"),
        ("The widow, a baker named Ana Holt, sold the shop in 1950.", "1950", "Ana Holt sells the shop"),
        ("Last spring a student called Priya Das won the regional chess title.", "Last spring", "Priya Das wins"),
        ("Their guide, a hunter named Okan, led them over the pass on 3 July.", "3 July", "Okan leads them over the pass"),
        ("After the flood, a carpenter named Jan Visser will rebuild the chapel roof next summer.", "next summer",
         "Jan Visser will rebuild the chapel roof"),
    ],
)
def test_the_named_person_is_the_subject(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text).startswith(title)


def test_a_title_cut_by_its_dates_takes_the_name() -> None:
    text = ("After the old king died in 412, a palace guard named Orrhes seized the treasury and made himself regent "
            "in about 409.")
    titles = [e.title for e in events_of(text, date(2025, 1, 1))]
    assert any(t.startswith("Orrhes") for t in titles), titles
    assert not any(t.startswith("A palace guard") for t in titles), titles


@pytest.mark.parametrize(
    "clause",
    [
        "He met a man named Jon Ray in Oslo",  # an object
        "A ship named Vega sank in the storm",  # a thing
        "They met in the yard, where a crane driver named Ed Hale proposed a union",  # another clause's subject
        "His father, a chemist named Alun Rees sent the fish",  # an aside never closed
    ],
)
def test_the_words_stay(clause: str) -> None:
    assert named_subject(clause) == clause
