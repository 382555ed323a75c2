"""Events recall, session nineteen (issue 12): kinds of act a reader lists that were missed.

"It" opening a sentence of the story with a past verb acting on something tells the act of the body or
thing named before it, as "He", "She" and "They" do ("The new assembly met in the town hall. It
abolished the salt tax"); a fragment, a bare plural, a measure, a count of times or a sum over a stretch
of time stays out ("It crashed four times", "It raised £90,000 in six months": many acts told as one
tally). Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def _plain(sentence: str, writer: bool = False) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


def _told_as_act(sentence: str, verb: str) -> None:
    title = _plain(sentence)
    assert title is not None and verb in title.lower(), title


def _occurrences(sentence: str) -> list[str]:
    from explorer.events.occurrences import iter_occurrences

    return [o.trigger for o in iter_occurrences(sentence, 0, len(sentence))]


def _events(text: str):
    return list(extract_document(Document("a.txt", "Town notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events)


@pytest.mark.parametrize(("sentence", "verb"), [
    ("It abolished the salt tax on its first day.", "abolish"),
    ("It overtook a tractor on the bend.", "overtake"),
    ("It closed the old ferry slip for repairs.", "close"),
    ("It sacked the harbour master after the inquiry.", "sack"),
])
def test_it_opening_a_sentence_tells_an_act_with_an_object(sentence: str, verb: str) -> None:
    title = _plain(sentence)
    assert title is not None and verb in title.lower()


@pytest.mark.parametrize("sentence", [
    "It crashed the server four times during the trial.",
    "It raised £90,000 in six months.",
    "It signed three players in a fortnight.",
    "It closed.",
    "It took three years.",
    "It was a long night.",
    "It hosted concerts for the villagers.",
])
def test_it_with_a_tally_a_fragment_or_no_act_stays_out(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The mill raised £40,000 in eight months.",
    "The ferry broke down twice in a week, and the crew repaired the engine three times in a month.",
    "The new owners repainted the hall five times during the lease.",
])
def test_a_named_subjects_tally_stays_out_too(sentence: str) -> None:
    title = _plain(sentence)
    assert title is None or "repair" not in title.lower() and "raise" not in title.lower() and "repaint" not in title.lower()


def test_it_names_a_happening_in_an_undated_story() -> None:
    text = ("The rebels took the town on 3 May 1848. A provisional council met in the guildhall the next day. "
            "It abolished the tolls on the bridge and freed the prisoners. On 19 May the delegates proclaimed "
            "a republic.\n")
    titles = [e.title for e in _events(text)]
    assert any("abolish" in t.lower() for t in titles), titles


# A court's or a hospital's disposal of someone, told in the passive with no doer: one act done to
# someone once, as "was arrested" or "was fined" is.

@pytest.mark.parametrize(("sentence", "word"), [
    ("The driver appeared before magistrates the next morning and was remanded in custody.", "remanded"),
    ("Her brother was jailed for four years at the crown court.", "jailed"),
    ("The patient was discharged two days later with a course of antibiotics.", "discharged"),
    ("Both suspects were bailed until next month.", "bailed"),
])
def test_a_court_or_hospital_disposal_is_an_occurrence(sentence: str, word: str) -> None:
    found = _occurrences(sentence)
    assert any(word in t for t in found), found


@pytest.mark.parametrize("sentence", [
    "The judge said the man could be remanded in custody if he failed to appear.",
    "If the defendant misses the hearing, he will be remanded in custody.",
])
def test_a_hypothetical_disposal_is_no_occurrence(sentence: str) -> None:
    found = _occurrences(sentence)
    assert not any("remanded" in t for t in found), found


# A news page's opening perfect is left out only when it sums up news its paragraph, or the next, tells
# with a day of the news days before the page's date; told once, in the perfect, it is the news itself.

def _page(body: str, dated: str = "Posted: 12 March 2025") -> list[str]:
    text = f"Harbour news\n\n{dated}\n\n{body}\n"
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=None).events]


def test_a_lede_perfect_told_once_is_kept() -> None:
    titles = _page("The Selby Harbour Trust has appointed Mara Quist as its harbour master. She will start on "
                   "1 May, succeeding Owen Hale, who retires in April.\n\nQuist has worked at the port since 2016.")
    assert any("appoint" in t.lower() and "Quist" in t for t in titles), titles


def test_a_live_entrys_perfect_is_kept() -> None:
    titles = _page("14:10\nLifeboat crews have rescued three kayakers off Gull Point. All three are safe.\n\n"
                   "13:05\nThe ferry to Holm was cancelled on Monday after the storm.", dated="Updated 14:10 Wednesday 12 March 2025")
    assert any("rescue" in t.lower() and "kayakers" in t for t in titles), titles


def test_a_lede_perfect_summing_up_dated_news_stays_out() -> None:
    titles = _page("The Selby Harbour Trust has appointed Mara Quist as its harbour master.\n\n"
                   "The board chose Quist from three candidates at a meeting on Monday.")
    assert not any("appoint" in t.lower() for t in titles), titles
    assert any("choose" in t.lower() for t in titles), titles


# An incident's disruption told in the passive by what it closed for a while or sent elsewhere.

@pytest.mark.parametrize(("sentence", "word"), [
    ("The bypass was closed for five hours after the lorry overturned.", "closed"),
    ("The harbour bridge was shut for the night while divers checked the piers.", "shut"),
    ("Trains were diverted via Kemble until the signals were repaired.", "diverted"),
])
def test_a_closure_for_a_while_or_a_diversion_is_an_occurrence(sentence: str, word: str) -> None:
    found = _occurrences(sentence)
    assert any(word in t for t in found), found


@pytest.mark.parametrize(("sentence", "word"), [
    ("The old quay was closed to traffic by then and the market had moved inland.", "closed"),
    ("Most of the water was diverted, the engineers thought, if the sluice held.", "diverted"),
    ("The chapel was closed in the winter months, as it still is.", "closed"),
])
def test_a_closed_state_or_a_guess_is_no_occurrence(sentence: str, word: str) -> None:
    found = _occurrences(sentence)
    assert not any(word in t for t in found), found


# "to" before a pronoun is someone a thing is given or opened to, not an infinitive of an act asked for.

@pytest.mark.parametrize(("sentence", "verb"), [
    ("The porters opened the gates to him before dawn.", "open"),
    ("The widow sold the forge to them for a pound.", "sell"),
    ("The keeper handed the keys to her at the door.", "hand"),
])
def test_a_thing_given_or_opened_to_someone_is_an_act(sentence: str, verb: str) -> None:
    _told_as_act(sentence, verb)


def test_an_act_asked_for_still_is_the_asked_acts() -> None:
    assert _plain("The mayor persuaded the council to lease the hall.") is None


# A crowd gathering or protesting at a place or against something is a happening.

@pytest.mark.parametrize(("sentence", "verb"), [
    ("Fishermen protested against the new quotas outside the ministry.", "protest"),
    ("Angry parents gathered outside the school gates.", "gather"),
    ("Students demonstrated outside the embassy.", "demonstrat"),
])
def test_a_crowd_gathering_or_protesting_is_an_act(sentence: str, verb: str) -> None:
    _told_as_act(sentence, verb)


@pytest.mark.parametrize("sentence", [
    "The inspectors gathered evidence for a month.",
    "The trial demonstrated that the drug works.",
    "The campaign gathered pace.",
])
def test_gathering_a_thing_or_showing_is_no_crowds_act(sentence: str) -> None:
    title = _plain(sentence)
    assert title is None or ("gather" not in title.lower() and "demonstrat" not in title.lower()), title


# A count of people opening the sentence is someone who acts ("Both governments", "Two wardens").

@pytest.mark.parametrize(("sentence", "verb"), [
    ("Both councils accepted the offer within a week.", "accept"),
    ("Two wardens repaired the fence behind the hide.", "repair"),
    ("Several hundred residents signed the petition.", "sign"),
    ("Both apologised to the court.", "apologise"),
])
def test_a_count_of_people_opening_a_sentence_acts(sentence: str, verb: str) -> None:
    _told_as_act(sentence, verb)


@pytest.mark.parametrize("sentence", [
    "Many residents opposed the plan.",
    "Most members backed the motion.",
    "Some shops closed the doors early.",
])
def test_a_share_of_people_is_no_actor_here(sentence: str) -> None:
    assert _plain(sentence) is None
