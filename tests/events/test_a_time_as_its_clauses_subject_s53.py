"""A time that is its clause's subject stays in the title (session fifty-three, from a festival's
anniversary piece of our own): "The 1980s brought the big names" was titled "Brought the big names",
"December brought the walk-out's sequel" "Brought the walk-out's sequel"."""

from __future__ import annotations

import pytest

from explorer.events.titles.make import make_title


def _title(sentence: str, expression: str) -> str:
    i = sentence.find(expression)
    return make_title(sentence, i, i + len(expression))


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The 1980s brought the big names.", "The 1980s", "The 1980s bring the big names"),
    ("The summer brought the usual run of sprained ankles.", "The summer", "The summer brings the usual run of sprained ankles"),
    ("December brought a second strike at the depot.", "December", "December brings a second strike at the depot"),
    ("The winter of 1911 brought the great lockout.", "The winter of 1911", "The winter of 1911 brings the great lockout"),
    # guard: a time opening its clause before the subject goes from the title
    ("In 1998 the union called its first strike.", "1998", "The union calls its first strike"),
])
def test_a_time_as_its_clauses_subject(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("title", "present"), [
    ("All sailings remain cancelled", "All sailings remain cancelled"),
    ("The road stays closed until Monday", "The road stays closed until Monday"),
    ("The ward becomes crowded", "The ward becomes crowded"),
    # guard: a past is still put in the present
    ("The museum remained shut", "The museum remains shut"),
])
def test_a_present_linking_verb_is_no_past(title: str, present: str) -> None:
    """A participle after a linking verb in the present is the state it links to, not a past to put in the
    present ("All sailings remain cancelled" had become "remain cancels")."""
    from explorer.events.tense import headline_tense
    assert headline_tense(title) == present


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # session fifty-four, from a ferry history of our own: "Sailings remained cancelled until the end of
    # March" was "Sailings cancel", the linking verb read as a reduced relative ("The senator elected retired")
    ("The gates remained locked until noon.", "noon", "The gates remain locked"),
    ("The lower ward remained flooded until 3 May.", "3 May", "The lower ward remains flooded"),
    ("The harbour stayed frozen through January.", "January", "The harbour stays frozen"),  # guard: read right before
    ("The crew seemed exhausted on Friday.", "Friday", "The crew seems exhausted"),
])
def test_a_past_linking_verb_is_its_clauses_verb(sentence: str, expression: str, title: str) -> None:
    """The past of a linking verb has no passive, so it never opens a reduced relative on the noun before
    it: it is the clause's verb, and the participle after it the state."""
    assert _title(sentence, expression) == title
