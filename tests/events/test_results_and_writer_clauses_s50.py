"""Two kinds of happening told in a clause of its own after ", and" (session fifty, h50r): a finishing
place ("…, and Orrin Street came second", ``happening_verbs.PLACING``) and a memoir's or a letter's
clause told by the writer's own people or acting on the writer ("…, and my father sent me to a school
in the town"). Our own sentences (a bowls league's results, a sheepdog trial, a retired teacher's
memoir), none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> dict[str, tuple[str, str] | None]:
    events = extract_document(Document("a.txt", text, "t"), dct=None).events
    return {e.title: (e.begin.isoformat(), e.end.isoformat()) if e.begin else None for e in events}


def _window(text: str, words: str) -> tuple[str, str] | None:
    titles = _titles(text)
    found = [w for t, w in titles.items() if words in t]
    assert len(found) == 1, list(titles)
    return found[0]


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Kelbrook won the league in 2019, and Orrin Street came second.", "Orrin Street comes second",
         ("2019-01-01", "2019-12-31")),
        ("Nell Baird won the open class in August 2022, and her brother finished fourth.", "finishes fourth",
         ("2022-08-01", "2022-08-31")),
        ("The first team won the county cup in 1988, and the reserves finished second in their league.",
         "The reserves finish second", ("1988-01-01", "1988-12-31")),
        ("On 4 June 2011 the Greys won the final, and the Blues took third place.", "The Blues take third place",
         ("2011-06-04", "2011-06-04")),
        ("I swam the Lake Orvik mile in July 2017, and I came last.", "I come last", ("2017-07-01", "2017-07-31")),
    ],
)
def test_a_finishing_place_in_a_joined_clause(text, words, expected) -> None:
    assert _window(text, words) == expected


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("In 1971 the old head retired, and the county appointed me head teacher.", "The county appoints me",
         ("1971-01-01", "1971-12-31")),
        ("In 1962 the farm failed, and my father sent me to a boarding school in the town.", "My father sends me",
         ("1962-01-01", "1962-12-31")),
        ("The war ended in 1945, and our mother took us back to the city.", "Our mother takes us back",
         ("1945-01-01", "1945-12-31")),
        ("The shepherd's hut burned down in 1950, and my uncle rebuilt it.", "My uncle rebuilds it",
         ("1950-01-01", "1950-12-31")),
        ("The gale broke on 3 March 1931, and the skipper put us ashore at Leith.", "The skipper puts us ashore",
         ("1931-03-03", "1931-03-03")),
    ],
)
def test_a_joined_clause_of_the_writer_s_people(text, words, expected) -> None:
    assert _window(text, words) == expected


@pytest.mark.parametrize(
    "text, left_out",
    [
        # a market's close told by a figure, not a place
        ("The bank cut its rates in March 2019, and its shares finished 3 percent higher.", "finish"),
        # a crowd's cheer for someone just told is how they took it, no act of the story
        ("He won the hill race in June 2008, and the crowd on the summit gave him the loudest cheer.", "gives him"),
    ],
)
def test_what_stays_out(text, left_out) -> None:
    assert not [t for t in _titles(text) if left_out in t], list(_titles(text))
