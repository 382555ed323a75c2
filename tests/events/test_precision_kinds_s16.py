"""Kinds of non-event found on the session-sixteen fresh gold articles (a fact check, a property
listing, alumni class notes, a gossip column; issue 12, precision). Each kind is checked on sentences
of our own, written for these tests, in several phrasings, beside sentences of the same shape that
stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_STORY = "The library reopened on Monday."


def _dated(text: str, dct: date | None = date(2027, 2, 8)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


# --------------------------------------------------------------------- a possibility whose subject is an amount


@pytest.mark.parametrize("sentence", [
    "A bid of around £8m could come before Friday.",
    "A 5% rise in fares might follow in April.",
    "An offer worth $40m may arrive on Thursday.",
    "A €2bn loan could be agreed next week.",
])
def test_a_possibility_whose_subject_holds_an_amount_is_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("A bid of around £8m came in on Friday.", "Friday"),
    ("A 5% rise in fares took effect in April.", "April"),
    ("An offer worth $40m arrived on Thursday.", "Thursday"),
])
def test_a_happening_whose_subject_holds_an_amount_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- a date in brackets after a name labels it


@pytest.mark.parametrize(("text", "dated"), [
    ("Her second novel, The Salt Stair (2019), sold well in France.", []),
    ("We are sorry to report the death of Arthur Penn (1958), who died on 4 January.", ["4 January"]),
    ("The film Long Harbour (1987) made her name.", []),
    ("Her class included Joan Ruddock (2004) and Sam Hale (2011).", []),
])
def test_a_date_alone_in_brackets_after_a_name_labels_it(text: str, dated: list[str]) -> None:
    assert _dated(text, dct=date(2026, 3, 20)) == dated


@pytest.mark.parametrize(("text", "when"), [
    # a name whose head word is a happening is dated by the bracket
    ("The Treaty of Vell (1657) ended the war between the two towns.", "1657"),
    # a life's span in brackets gives the birth
    ("Margit Holm (4 February 1890 – 17 October 1967) was a Danish engineer.", "4 February 1890"),
    # brackets after a lowercase noun are no name's label
    ("The mill closed (in 1961) and the workers left.", "1961"),
])
def test_a_bracketed_date_that_dates_a_happening_stays(text: str, when: str) -> None:
    assert any(when in found for found in _dated(text, dct=None))


# --------------------------------------------------------------------- clock times on days that come round again


@pytest.mark.parametrize("sentence", [
    "Viewings are held on Saturdays between 10am and 1pm, by appointment only.",
    "Tours run daily from 10am to 4pm.",
    "The surgery takes calls on weekdays, 8am to 6pm.",
    "Volunteers staff the desk every morning from 9.30 a.m. to noon.",
    "Guided walks leave the gate on Sundays between 11:00 and 15:00.",
])
def test_a_range_of_clock_times_on_recurring_days_is_a_timetable(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    # a one-off names its day of the month
    ("Viewings are held on Saturday 14 June between 10am and 1pm.", "Saturday 14 June"),
    # one week's weekend
    ("The fair runs at the weekend from 10am to 5pm.", "10am"),
    # a recurring day beside one clock time, no range: a change of routine that happened
    ("The ferry left at 7am on Tuesday, as it does on Tuesdays.", "7am"),
])
def test_a_one_off_with_clock_times_stays(sentence: str, when: str) -> None:
    assert any(when in found for found in _dated(_STORY + " " + sentence))


# --------------------------------------------------------------------- the attribution of a quotation


@pytest.mark.parametrize("sentence", [
    '"We have done nothing wrong," the mayor said on Tuesday.',
    '"The bridge is safe," a spokeswoman for the council, Ana Holt, told reporters on Wednesday evening.',
    '“Prices will keep rising,” says a post shared 5,000 times this week.',
    '"These walls were built to last," Dr Okafor added on Thursday.',
])
def test_a_quotation_dated_by_its_attribution_is_a_statement(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    # a side clause in the attribution tells a happening of its own
    ('"We were surprised," said Ms Holm, who retired from the institute in December.', "December"),
    # a clause joined after the attribution tells its own happening
    ('"It was fine in March," a porter said, and the board shut the ward on Thursday.', "Thursday"),
    # a letter or a diary quoted is a document of its own
    ('"We buried six today," he wrote on 18 September.', "18 September"),
    # no quotation: the reported happening is dated by the report
    ("The mayor said on Tuesday that the bridge had reopened.", "Tuesday"),
])
def test_a_happening_beside_a_quotation_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- kinds found on real pages (kept outside the repo)


@pytest.mark.parametrize("sentence", [
    # a date inside a long opening condition
    "If the two councils and the harbour board do not agree on the cost of the new pontoon by the end of the month, "
    "the contract is expected to lapse.",
    "Unless the developer and the water company settle the dispute over the drainage connection before Friday, the "
    "site will stay closed.",
])
def test_a_date_in_a_long_opening_condition_is_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize("sentence", [
    "Gus sent the addresses of the Class of 1962 to the secretary.",
    "Members of the class of 1985 gathered in the hall.",
    "The cohort of 2019 met their tutors.",
])
def test_a_year_that_names_a_class_dates_nothing(sentence: str) -> None:
    assert "1962" not in _dated(sentence) and "1985" not in _dated(sentence) and "2019" not in _dated(sentence)


@pytest.mark.parametrize("sentence", [
    "He makes regular spring and autumn visits to his son in the south.",
    "The annual Christmas fair fills the square.",
    "She never misses her usual Sunday swim.",
])
def test_a_day_or_season_of_something_that_comes_round_is_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("Although the vote on the future of the old pool was close, the council agreed on Tuesday to close it.", "Tuesday"),
    ("The class of 1976 will hold its reunion on 13 June.", "13 June"),
    ("The annual fair was cancelled in 2020.", "2020"),
])
def test_a_happening_beside_those_kinds_stays(sentence: str, when: str) -> None:
    assert when in _dated(sentence, dct=date(2026, 3, 20))


# --------------------------------------------------------------------- a perfect's tally over a stretch still running


def _undated(sentence: str) -> list[str]:
    """The undated events of ``sentence`` told after a dated opening (an article's opening sentence in the
    perfect sums up its news, and is read apart)."""
    text = "The season opened on 3 January. " + sentence
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2026, 3, 20)).events if not e.timex]


@pytest.mark.parametrize("sentence", [
    "Brennan has scored 14 goals this season.",
    "The chain has opened three branches since the spring.",
    "The side have won 12 of their 15 games so far.",
    "The charity has now planted more than 2,000 trees to date.",
    # a count up to a point named before it
    "By then the league had founded twelve clubs.",
    "By that time the mission had launched three satellites.",
    "By that time the yard had launched sixty ships.",
    # a habit of every year
    "The borough has raised its parking charges every year since 2019.",
    "The festival has sold out each summer since it began.",
])
def test_a_perfect_tally_over_a_running_stretch_is_no_happening(sentence: str) -> None:
    assert _undated(sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The club has signed two players from the academy.", "sign"),
    ("By then the yard had launched its last ship.", "launch"),
    ("The ferry company has withdrawn its oldest ship from service.", "withdraw"),
])
def test_a_perfect_one_off_stays(sentence: str, word: str) -> None:
    assert any(word in title.lower() for title in _undated(sentence))


# --------------------------------------------------------------------- the cause a news lede names in an "after" clause


def _titles(text: str) -> list[str]:
    return [e.title.lower() for e in extract_document(Document("a.txt", text, "t"), dct=date(2026, 3, 20)).events]


@pytest.mark.parametrize(("lede", "cause"), [
    ("The old Harbury mill was demolished on Friday after the council declared the building unsafe.", "declare"),
    ("Twelve climbers were rescued from the ridge on Sunday night after a helicopter crew found them in the fog.",
     "find"),
    ("Shares in Norvale fell sharply on Tuesday after the company cut its profit forecast for the year.", "cut"),
])
def test_a_plain_after_clause_in_a_news_lede_gives_no_event_of_its_own(lede: str, cause: str) -> None:
    titles = _titles("Headline over the story\n\n" + lede + "\n\nThe story went on from there.")
    assert titles and not any(cause in title for title in titles)


@pytest.mark.parametrize(("text", "cause"), [
    # a length dates the cause from the main clause
    ("Headline over the story\n\nThe bridge reopened on Monday, three weeks after a lorry struck its parapet.\n", "strike"),
    # a lede that tells history, not the days before the article: its cause is a happening of its own
    ("Headline over the story\n\nThe mill shut its gates in March 1998 after the owners sold the land.\n", "sell"),
    # in the body, an "after" clause tells a happening of its own
    ("Headline over the story\n\nThe council met on Monday.\n\nThe mayor resigned on 4 March after an audit "
     "uncovered missing funds.\n", "uncover"),
])
def test_an_after_clause_with_a_length_or_in_the_body_stays(text: str, cause: str) -> None:
    assert any(cause in title for title in _titles(text))


# --------------------------------------------------------------------- a statement of intent, denial or absence


@pytest.mark.parametrize("sentence", [
    "The regulator said on Thursday that it had no plans to look again at the merger.",
    "Her aides told reporters on Wednesday that she planned to stand down next year.",
    "The chairman told us on Friday that there were no plans to sell the ground.",
    "The club said on Tuesday that it had not received any offer.",
])
def test_a_dated_statement_of_intent_denial_or_absence_is_no_happening(sentence: str) -> None:
    assert not {"Tuesday", "Wednesday", "Thursday", "Friday"} & set(_dated(_STORY + " " + sentence))


@pytest.mark.parametrize(("sentence", "when"), [
    # an act done by speaking
    ("The mayor announced on Tuesday that she would retire in May.", "Tuesday"),
    ("The company confirmed on Friday that it is in talks with a buyer.", "Friday"),
    # what was told happened, and is dated by the telling
    ("The coastguard said on Thursday that two boats ran aground.", "Thursday"),
])
def test_an_announcement_or_a_told_happening_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)
