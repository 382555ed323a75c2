"""Happenings a reader lists that the builder missed on fresh text (session twenty-six, issue 12):
the acts joined to a log entry's subjectless act, and a gathering held. Sentences written for this
test; names, places and dates vary so that no rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = None) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


# --------------------------------------------------------------------------- a log's joined acts


@pytest.mark.parametrize(("entry", "joined"), [
    ("Cleaned the lamp and painted the gallery rail.", "I paint the gallery rail"),
    ("Collected the post at Dunmore and repaired the north gate.", "I repair the north gate"),
    ("Checked the traps on Heron Island and released two voles.", "I release two voles"),
    ("Rigged a spare boom and bore away for Kirkhaven.", "I bear away for Kirkhaven"),
])
def test_an_act_joined_to_a_subjectless_entrys_act_is_the_writers(entry: str, joined: str) -> None:
    """"Collected the post at Dunmore and repaired the gate": the second verb shares the entry's missing
    subject, the writer, not the capitalised place of the clause before; it is listed on the entry's day."""
    text = ("Keeper's log, Skerrow light\n\n"
            "4 May 1931. Wind fresh from the west. Relit the lamp at dusk.\n"
            f"5 May 1931. Fog in the morning. {entry}\n"
            "6 May 1931. Calm. Landed stores from the tender.\n")
    assert (joined, date(1931, 5, 5)) in [(title, begin) for title, begin in _events(text)]


def test_a_joined_act_outside_any_entry_is_not_lent_the_writer() -> None:
    """A news paragraph opening with a participle is no entry: its joined verb takes no "I"."""
    text = ("Harbour works delayed\n\nThe council met on 3 March 2025.\n\n"
            "Delayed by the storm, the crane barge reached the quay and unloaded its cargo.\n")
    assert not any(title.startswith("I ") for title, _ in _events(text, date(2025, 3, 10)))


# --------------------------------------------------------------------------- a gathering held


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("The union held a ballot on the new offer.", "union holds a ballot"),
    ("Residents held a vigil outside the town hall.", "Residents hold a vigil"),
    ("The two sides held talks at the conciliation service.", "sides hold talks"),
    ("The parish council held a public meeting in the school.", "council holds a public meeting"),
])
def test_a_gathering_held_between_dated_happenings_is_an_act(sentence: str, title_part: str) -> None:
    """"held a ballot", "held talks": a body holding a gathering is a happening of the story, told
    between two dated ones; "held" is otherwise a state ("held the title")."""
    text = ("Drivers return after pay deal\n\n"
            "Lorry drivers at Fenwick Haulage walked out on 2 March 2025 over pay.\n\n"
            f"{sentence}\n\n"
            "The drivers returned to work on 20 March 2025 after accepting a 5 percent rise.\n")
    assert any(title_part in title for title, _ in _events(text, date(2025, 3, 21)))


@pytest.mark.parametrize("sentence", [
    "The champion held the title.",              # a state
    "The club held three open meetings.",        # a count of gatherings, a tally
    "The firm held 40 percent of the market.",   # a measure
])
def test_held_with_no_gathering_is_no_act(sentence: str) -> None:
    text = ("Drivers return after pay deal\n\n"
            "Lorry drivers at Fenwick Haulage walked out on 2 March 2025 over pay.\n\n"
            f"{sentence}\n\n"
            "The drivers returned to work on 20 March 2025 after accepting a 5 percent rise.\n")
    assert not any("hold" in title.lower() or "held" in title.lower() for title, _ in _events(text, date(2025, 3, 21)))


# --------------------------------------------------------------------------- steps of proceedings

_COURT = ("Quarry trial: day four\n\n"
          "The trial of Harbrook Stone Ltd opened at Kelby Crown Court on 3 March 2025.\n\n"
          "{sentence}\n\n"
          "The jury retired to consider its verdict on 7 March 2025.\n")


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("The company's lawyers applied to adjourn the hearing.", "apply to adjourn"),
    ("Ms Orla Vance applied to the court for a retrial.", "applies to the court"),
    ("The judge refused the application.", "refuses the application"),
    ("Mr Justice Pell refused the appeal.", "refuses the appeal"),
    ("The site foreman gave evidence.", "gives evidence"),
    ("The prosecutor made her closing speech.", "makes her closing speech"),
])
def test_a_step_of_proceedings_is_an_act(sentence: str, title_part: str) -> None:
    """An application made to a court or for a thing, a refusal of one, a witness's evidence and an
    advocate's closing speech are the steps of a trial a reader lists, told between its dated days."""
    titles = [title for title, _ in _events(_COURT.format(sentence=sentence), date(2025, 3, 8))]
    assert any(title_part in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The ban applied to all lorries.",                  # a rule's reach, a state
    "The ruling applied to members who joined late.",
])
def test_applied_telling_a_rules_reach_is_no_act(sentence: str) -> None:
    titles = [title for title, _ in _events(_COURT.format(sentence=sentence), date(2025, 3, 8))]
    assert not any("appl" in title.lower() for title in titles), titles
