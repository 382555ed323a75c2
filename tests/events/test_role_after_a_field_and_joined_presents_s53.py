"""Two titles left in the wrong tense (session fifty-three, from a rescue team's annual report of our
own):

* a role noun after an "-ing" word before a name ("Training officer Priya Nandra ran a joint
  exercise") was read as a gerund opening a clause with no subject, and the past stayed;
* the act joined after "and" was put in the present twice, and the second reading passed over the
  present verb to a later word that looks like a past ("the team searched for a missing fell runner"
  -> "searches for a missing fall runner")."""

from __future__ import annotations


import pytest

from explorer.events.tense import headline_tense


@pytest.mark.parametrize(("title", "present"), [
    ("Training officer Priya Nandra ran a joint exercise", "Training officer Priya Nandra runs a joint exercise"),
    ("Marketing director Ann Lee left the firm", "Marketing director Ann Lee leaves the firm"),
    ("Planning officer Tom Reed approved the scheme", "Planning officer Tom Reed approves the scheme"),
    ("Recruiting manager Sam Oyelaran hired six nurses", "Recruiting manager Sam Oyelaran hires six nurses"),
    # guards: a gerund opening a clause with no subject keeps its words
    ("Using captured ports the army moved north", "Using captured ports the army moved north"),
])
def test_a_role_after_a_field_word(title: str, present: str) -> None:
    assert headline_tense(title) == present


@pytest.mark.parametrize(("text", "title"), [
    ("Gales closed the pass on 26 November 2023, and the team searched for a missing fell runner for nine hours.",
     "The team searches for a missing fell runner"),
    ("The river rose on 3 March 2021, and the crew hunted for a lost rowing boat until dark.",
     "The crew hunts for a lost rowing boat until dark"),
    ("Fog grounded the ferry on 9 May 2022, and the harbour staff searched for a missing fell walker.",
     "The harbour staff searches for a missing fell walker"),
])
def test_a_joined_act_keeps_its_object(text: str, title: str) -> None:
    from explorer.documents import Document
    from explorer.ingest import extract_document
    titles = [e.title for e in extract_document(Document("a.txt", text, "A", date=None)).events]
    assert title in titles, titles
