"""Happenings a reader lists that the builder missed beside an event it built (session twenty-nine,
issue 12). Sentences written for this test; names, places, dates and verbs vary so that no rule can lean
on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(sentence: str, dct: date = date(2025, 3, 10)) -> list[tuple[str, date | None, date | None]]:
    text = f"Local news\n\n{sentence}\n"
    return [(e.title, e.begin, e.end) for e in extract_document(Document("a.txt", text, "t"), dct).events]


# --------------------------------------------------------------------------- a second act in the passive


@pytest.mark.parametrize(("sentence", "title_part", "year"), [
    ("The cottages were sold to a holiday company in 1994 and were converted into rented flats.",
     "cottages are converted into rented flats", 1994),
    ("The old mill was bought by a brewery in 1962 and was turned into a warehouse.",
     "mill is turned into a warehouse", 1962),
    ("The statue was removed from the square in 2003 and was later shipped to a museum in Leeds.",
     "statue is shipped to a museum", 2003),
    ("The lifeboat was withdrawn from service in May 1998 and was donated to the town's museum.",
     "lifeboat is donated", 1998),
    ("Councillor Hale lost the leadership vote in 2016 and was moved to the planning committee.",
     "Councillor Hale is moved", 2016),
])
def test_a_passive_joined_by_and_is_a_happening_of_its_own(sentence: str, title_part: str, year: int) -> None:
    """"were sold … in 1994 and were converted into rented flats": the second act, told in the passive
    with its own "was" or "were", is a happening of its own at the time of the clause it is joined to."""
    found = [(title, begin) for title, begin, _ in _events(sentence) if title_part in title]
    assert found and all(begin is not None and begin.year == year for _, begin in found), _events(sentence)


@pytest.mark.parametrize(("sentence", "title_parts"), [
    ("The chapel was damaged by fire in 1911, was closed for a year and was rebuilt by the parish.",
     ("chapel is closed for a year", "chapel is rebuilt")),
    ("The pier was hit by a storm in 1987, was shut for two summers and was repaired with a lottery grant.",
     ("pier is shut", "pier is repaired")),
])
def test_each_passive_of_a_list_is_a_happening_of_its_own(sentence: str, title_parts: tuple[str, ...]) -> None:
    """"was damaged … in 1911, was closed for a year and was rebuilt": a passive listed before the
    list's last "and was …" is an act of its own, and so is that last one."""
    titles = [title for title, _, _ in _events(sentence)]
    for part in title_parts:
        assert any(part in title for title in titles), titles


@pytest.mark.parametrize(("sentence", "word"), [
    ("The tower was built in 1850 and was known as the Needle.", "known"),
    ("The firm was founded in 1921 and was based in a former chapel.", "based"),
    ("The lens was removed in 1943 and was kept in a quarry tunnel.", "kept"),
    ("The chairman was appointed in 2019 and was expected to stay for five years.", "expected"),
])
def test_a_passive_that_tells_a_state_or_a_name_is_no_second_happening(sentence: str, word: str) -> None:
    titles = [title for title, _, _ in _events(sentence)]
    assert len(titles) == 1 and word not in titles[0], titles


# --------------------------------------------------------------------------- a second date after "but"


@pytest.mark.parametrize(("sentence", "first", "second", "second_day"), [
    ("The rival retailer Marlow Group made an offer for the stores on 2 April but withdrew it on 22 April.",
     "makes an offer", "withdraws it", date(2025, 4, 22)),
    ("Ms Okafor signed for Castlebay on 1 July 2024 but left the club on 9 January 2025.",
     "signs for Castlebay", "leaves the club", date(2025, 1, 9)),
    ("The mayor opened the new library on 3 February but closed it again on 27 February.",
     "opens the new library", "closes it again", date(2025, 2, 27)),
])
def test_a_predicate_joined_by_but_with_its_own_date_is_a_second_happening(
        sentence: str, first: str, second: str, second_day: date) -> None:
    """"made an offer on 2 April but withdrew it on 22 April": "but" turns the subject to a second act
    with a date of its own, as "and" does; each date keeps its own act, and the first title ends before
    the second act."""
    events = _events(sentence, date(2025, 5, 10))
    assert any(first in title and second not in title.lower() for title, _, _ in events), events
    assert any(second in title.lower() and begin == second_day for title, begin, _ in events), events


@pytest.mark.parametrize("sentence", [
    "A horse that bolted from the stables on Friday was caught on the bypass on Sunday and was returned to its owner.",
    "Ruth Adler stood down as secretary after nine years and was thanked with a standing ovation.",
    "They repaired the nave and the tower and were later joined by a team of masons.",
])
def test_a_passive_step_takes_no_subject_from_the_words_after_a_verb(sentence: str) -> None:
    """The subject a passive step shares opens its sentence: words after a verb ("on Friday", "after nine
    years", "the tower") are that verb's time or object, and title no second happening."""
    titles = [title for title, _, _ in _events(sentence, date(2025, 3, 10))]
    assert not any(title.startswith(("Friday", "Nine years", "The tower", "the tower")) for title in titles), titles


# --------------------------------------------------------------------------- a dated clause whose subject is "Xs of Y"


@pytest.mark.parametrize(("sentence", "first", "second", "second_day"), [
    ("It lowered the alert level on 16 September, and residents of four villages returned home on 17 September.",
     "lowers the alert level", "Residents of four villages return home", date(2025, 9, 17)),
    ("The council closed the ring road on 2 February, and members of the rescue team reached the farm on 4 February.",
     "closes the ring road", "Members of the rescue team reach the farm", date(2025, 2, 4)),
    ("We informed the bank on 3 June, and officers from the fraud unit visited our offices on 9 June.",
     "inform the bank", "Officers from the fraud unit visit our offices", date(2025, 6, 9)),
])
def test_a_clause_whose_subject_is_a_plural_of_something_keeps_its_own_date(
        sentence: str, first: str, second: str, second_day: date) -> None:
    """", and residents of four villages returned home on 17 September": a bare plural told by what it
    is of or from opens a clause of its own, as "the" and a noun does; its date is that clause's."""
    events = _events(sentence, date(2025, 10, 1))
    assert any(first in title for title, _, _ in events), events
    assert any(second in title and begin == second_day for title, begin, _ in events), events
