"""Title kinds of session 26 (issue 12), our own sentences in several registers.

Two agents each narrowed by a modifier of their own ("Anna Berg of Oslo and Per Lund of Bergen
signed …") lose both modifiers, and the verb takes the pair's number: cutting only the last modifier
gave "Anna Berg of Oslo and Per Lund signs".

A participle in "-ed" that is the adjective of the noun after it ("a tiled roof was", "tanks and
armored cars are", "the dismembered and decapitated body", "a report citing unnamed officials said")
is no verb for the headline's present: it read as one ("armors cars", "decapitate body",
"unidentifies sources").

A past after "qu" and a vowel keeps its silent "e" in the present: "quoted" -> "quotes" (not "quots").
"""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.plain_past import plain_past_clause
from explorer.events.tense import headline_tense, present_of
from explorer.ingest import extract_document
from tests.events.titled import title_at as _title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Anna Berg of Oslo and Per Lund of Bergen signed the lease on Monday.", "Monday", "Anna Berg and Per Lund sign the lease"),
    ("The mayor of Lisbon and the governor of Porto met in Coimbra on 3 May.", "3 May", "The mayor and the governor meet in Coimbra"),
    ("Ministers Karl Olsen of Norway and Eva Strand of Sweden opened the bridge in 2019.", "2019",
     "Ministers Karl Olsen and Eva Strand open the bridge"),
    ("The chairman of Halden Bank and the chief executive of Ostby Mills announced the merger on Tuesday.", "Tuesday",
     "The chairman and the chief executive announce the merger"),
    ("A delegation of farmers and a group of fishermen from the coast met the minister on Friday.", "Friday",
     "A delegation and a group meet the minister"),
])
def test_two_agents_with_modifiers_of_their_own_keep_their_heads_and_take_a_plural_verb(
        sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "kept"), [
    # the "and" joins the modifier's nouns, not two agents
    ("The governments of Tesalia and Corvenna signed an agreement in Porto Sal on Wednesday.", "Wednesday",
     "The governments of Tesalia and Corvenna"),
    ("The size of the fleet and its crew was increased in 1940 by the new government.", "1940", "The size of the fleet and its crew"),
    # who took part in talks is what the title must keep
    ("Talks between the union of dockers and the owners of the port resumed on Monday in the capital.", "Monday",
     "Talks between the union of dockers and the owners"),
    # a preposition that takes the coordination itself, or a verb or a quotation inside the subject
    ("Hopes for a quick end to the strike and a return of the ferries were dashed in 2006.", "2006", "Hopes for a quick end"),
    ("A final assault by both the British and French would come within 2 miles of the town in 1918.", "1918",
     "A final assault by both the British and French"),
    ('The accords on "Ending the War and Restoring Peace in the Region" were signed on 27 January.', "27 January",
     'The accords on "Ending the War'),
])
def test_an_and_inside_one_subjects_modifier_is_kept(sentence: str, expression: str, kept: str) -> None:
    assert _title(sentence, expression).startswith(kept)


@pytest.mark.parametrize(("title", "told"), [
    ("A tiled mosque dominated the skyline", "A tiled mosque dominates the skyline"),
    ("The injured man died in hospital", "The injured man dies in hospital"),
    ("The agency said tanks and armored cars are patrolling the streets",
     "The agency says tanks and armored cars are patrolling the streets"),
    ("Police found the man's dismembered and decapitated body", "Police find the man's dismembered and decapitated body"),
    ("Rescuers reached the boy's bruised and frightened sister", "Rescuers reach the boy's bruised and frightened sister"),
    ("A report citing unnamed officials said talks would resume", "A report citing unnamed officials says talks would resume"),
    ("Reports citing unnamed officials said talks would resume", "Reports citing unnamed officials say talks would resume"),
])
def test_a_participle_before_its_noun_is_an_adjective_not_the_verb(title: str, told: str) -> None:
    assert headline_tense(title) == told


@pytest.mark.parametrize(("title", "told"), [
    # after a noun (a subject) or before a pronoun, a past in "-ed" is the verb
    ("The company warned profits would fall", "The company warns profits would fall"),
    ("Officials claimed ballots were rigged", "Officials claim ballots were rigged"),
    ("The council announced it would sell the field", "The council announces it would sell the field"),
    ("The army advanced and captured towns in the north", "The army advances and captures towns in the north"),
    ("The ruling angered residents", "The ruling angers residents"),
])
def test_a_past_after_a_subject_is_still_the_verb(title: str, told: str) -> None:
    assert headline_tense(title) == told


def test_a_sentence_with_an_adjective_participle_gets_a_whole_title() -> None:
    got = _title("A report citing unidentified diplomatic sources said on Monday that the envoy had left.", "Monday")
    assert "unidentifies" not in got and got.startswith("A report citing unidentified")


@pytest.mark.parametrize(("past", "present"), [
    ("quoted", "quotes"), ("quaked", "quakes"), ("squared", "squares"), ("squeaked", "squeaks"), ("requested", "requests"),
    ("conquered", "conquers"),
])
def test_a_past_after_qu_keeps_its_silent_e(past: str, present: str) -> None:
    assert present_of(past) == present


@pytest.mark.parametrize("sentence", [
    "A CBS News report citing unidentified Jordanian sources said that the message called for a conference.",
    "A statement quoting unnamed witnesses claimed the convoy had turned back.",
])
def test_an_adjective_participle_is_no_act_told_by_its_subject(sentence: str) -> None:
    assert plain_past_clause(sentence, 0, len(sentence), writer=True) is None


@pytest.mark.parametrize("sentence", [
    "The agency quoted witnesses as saying tanks and armored cars are patrolling the streets of the capital.",
    "Reporters quoted residents as saying troops and armored vehicles are guarding the port.",
])
def test_an_adjective_participle_after_and_is_no_joined_act(sentence: str) -> None:
    assert [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))] == []



@pytest.mark.parametrize("sentence, kept", [
    ("In May the first round of talks between Admiral Karl Weber and American officials in Vienna failed.",
     "between Admiral Karl Weber and American officials"),
    ("On 3 June the second round of negotiations between Olga Tamm and union leaders in Tartu collapsed.",
     "between Olga Tamm and union leaders"),
])
def test_an_and_inside_between_joins_no_two_agents(sentence, kept):
    """"between A and B" is one phrase of one head ("round of talks"): the pair-of-agents rule must not
    split it into "The first round and American officials"."""
    titles = [e.title for e in extract_document(Document("between.txt", sentence, "t")).events]
    assert any(kept in t for t in titles), titles
