"""Events recall, session twenty (issue 12): kinds of act a reader lists that were missed.

A request made of someone ("asked the council to reopen the lane", "asked the regulator for an
inquiry") is an act done by speaking, which the gold set lists as it lists a public demand or refusal;
"asked" with no one asked, or with only what was asked ("asked whether", "was asked to", "asked not to be
named", "asked for donations"), stays a question or a wish. Sentences written for this test; none names
anything from a gold article or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def _plain(sentence: str, writer: bool = False) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


def _told_with(sentence: str, word: str) -> None:
    """The sentence tells a plain act whose title holds ``word`` (any case)."""
    title = _plain(sentence)
    assert title is not None and word.lower() in title.lower(), title


def _titled(sentence: str, opening: str) -> None:
    """The sentence tells a plain act whose title opens with ``opening``."""
    title = _plain(sentence)
    assert title is not None and title.startswith(opening), title


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


def _events(text: str):
    return list(extract_document(Document("a.txt", "Town notes\n\n" + text, "t"), dct=date(2025, 6, 30)).events)


@pytest.mark.parametrize("sentence", [
    "The harbour board asked the county to pay for the new slipway.",
    "The ferry company asked passengers to arrive an hour early.",
    "The mayor asked the fire chief, Nell Arkwright, to lead the inquiry.",
    "The growers asked the ministry for compensation.",
    "The rescue team asked for two more boats.",
])
def test_a_request_made_of_someone_is_an_act(sentence: str) -> None:
    _told_with(sentence, "ask")


@pytest.mark.parametrize("sentence", [
    "The inspector asked whether the gates had been tested.",
    "The driver asked about the delay.",
    "The family asked for donations to the hospice instead of flowers.",
    "A witness, who asked not to be named, described the crash.",
    "The guests asked for more bread.",
    "The warden asked us to search the lower woods.",
])
def test_a_question_a_wish_or_the_writers_errand_is_no_request(sentence: str) -> None:
    title = _plain(sentence, writer=True)
    assert title is None or "ask" not in title.lower(), title


@pytest.mark.parametrize(("sentence", "words"), [
    ("The club sacked its coach and asked the captain to take charge of training.", "asks the captain"),
    ("The school closed the playground and asked parents to collect pupils at the gate.", "asks parents"),
])
def test_a_request_joined_by_and_is_an_act_of_its_own(sentence: str, words: str) -> None:
    assert any(words in t for t in _joined(sentence)), _joined(sentence)


def test_a_persuasion_still_leaves_the_act_asked_for() -> None:
    # (the act asked for is the happening after "persuaded"; only "asked" tells a request of its own)
    assert _plain("The society persuaded the council to lease it the old pier.") is None


def test_a_request_in_a_story_is_listed() -> None:
    text = ("Floodwater reached the lower town on 4 March 2025. The river authority asked residents to move "
            "their cars to higher ground. On 6 March the water fell.\n")
    titles = [e.title for e in _events(text)]
    assert any("ask" in t.lower() and "resident" in t.lower() for t in titles), titles


def test_a_request_is_the_act_not_what_was_asked_for() -> None:
    # (the discussion asked for is no happening yet; the request is: it is titled by "asks")
    titles = _joined("The mayor called the meeting in May and asked the parties to discuss the plan.")
    assert titles and all("ask" in t for t in titles), titles


@pytest.mark.parametrize("sentence", [
    "Opposition councillors walked out of the chamber before the vote.",
    "The bus drivers walked out over a pay cut.",
    "The Greens stormed out of the cabinet meeting.",
])
def test_a_walkout_is_an_act(sentence: str) -> None:
    _told_with(sentence, "storm" if "stormed" in sentence else "walk")


def test_a_walkout_joined_by_and_is_an_act_of_its_own() -> None:
    assert any("walk out" in t for t in _joined("The rally went ahead, and the Greens walked out before the final vote."))


def test_walking_out_into_a_place_is_no_walkout() -> None:
    assert _plain("The keeper walked out into the garden.") is None


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The aid team moved the clinic to higher ground at the chapel.", "move"),
    ("The king sent envoys to negotiate with the rebels.", "send"),
    ("The trust hired a surveyor to inspect the roof.", "hire"),
    ("The lifeboat crew towed the yacht to calmer water.", "tow"),
])
def test_a_purpose_or_a_place_after_to_leaves_the_act(sentence: str, verb: str) -> None:
    # ("to higher ground", "to negotiate", "to inspect": a place or a purpose; only a verb that asks or
    # moves someone to act leaves the happening to the act asked for)
    _told_with(sentence, verb)


@pytest.mark.parametrize("sentence", [
    "The union persuaded the council to lease it the old pier.",
    "The judge ordered the company to repay the money.",
    "The strike forced the mayor to resign.",
    "The board urged members to vote for the merger.",
])
def test_an_act_asked_for_is_not_the_askers(sentence: str) -> None:
    assert _plain(sentence) is None


def test_a_joined_act_that_leads_somewhere_is_an_act() -> None:
    titles = _joined("The coach was appointed in May 2024 and led the club to promotion in his first season.")
    assert any("lead" in t.lower() for t in titles), titles


@pytest.mark.parametrize(("sentence", "words"), [
    ("The wardens searched the woods and called in a dog team from the next county.", "call in a dog team"),
    ("Mrs Pell bought the shop in 2019 and took over the lease from the old tenant.", "takes over the lease"),
    ("I lifted the rugs onto the table, switched off the power at the fuse box and carried the files upstairs.",
     "switch off the power"),
])
def test_a_phrasal_verb_joined_to_an_act_is_an_act_of_its_own(sentence: str, words: str) -> None:
    assert any(words in t.lower() for t in _joined(sentence)), _joined(sentence)


@pytest.mark.parametrize("sentence", [
    "The walkers reached the ridge at noon and rested in the shade of a wall.",
    "The pair reached the village in May and collected in the hills above it.",
    "The council met in June and set out its plans for the harbour.",
])
def test_a_preposition_or_a_saying_after_a_joined_verb_is_no_phrasal_act(sentence: str) -> None:
    assert not [t for t in _joined(sentence) if any(w in t.lower() for w in ("collect", "set out its"))], \
        _joined(sentence)


@pytest.mark.parametrize(("sentence", "title_words"), [
    ("His deputy, Ana Roque, took charge of the rescue.", "Ana Roque takes charge"),
    ("Her grandfather drove her to the station in a borrowed van.", "Her grandfather drives her"),
    ("Their lawyers filed an appeal against the ruling.", "Their lawyers file an appeal"),
    ("Its delegates signed the treaty in the old hall.", "Its delegates sign the treaty"),
])
def test_someone_told_by_whose_they_are_acts_as_a_name_does(sentence: str, title_words: str) -> None:
    _titled(sentence, title_words)


@pytest.mark.parametrize("sentence", [
    "His performance steadied the party.",
    "Her work changed the way maps were drawn.",
    "Their victory ended a long wait.",
])
def test_a_possessive_before_a_quality_or_a_happening_is_no_subject(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title_words"), [
    ("Opposition leader Nia Brannock tabled a motion of censure.", "Opposition leader Nia Brannock tables a motion"),
    ("Assistant coach Lena Moss signed a new goalkeeper.", "Assistant coach Lena Moss signs"),
])
def test_a_name_after_its_role_is_a_subject(sentence: str, title_words: str) -> None:
    _titled(sentence, title_words)


def test_a_role_and_name_with_a_saying_stays_out() -> None:
    assert _plain("Council leader Tom Hesk said the levy would raise £300,000.") is None


def _after(sentence: str) -> list[str]:
    from explorer.events.after_clauses import iter_after_clauses

    return [title for _, title in iter_after_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "noun"), [
    ("The court freed the editor on bail on Friday, six months after his arrest.", "arrest"),
    ("The cleaners won a 9 percent rise last spring after a three-week strike.", "strike"),
    ("Two stewards were suspended on Sunday after a brawl in the car park.", "brawl"),
    ("The old ferryman died on Monday, a week after a fall on the slipway.", "fall"),
])
def test_a_happening_named_after_after_is_listed(sentence: str, noun: str) -> None:
    assert any(noun in t.lower() for t in _after(sentence)), _after(sentence)


@pytest.mark.parametrize("sentence", [
    "The council closed the road on Monday after the vote.",  # a happening told already
    "The abbey was rebuilt in 1120 after the fall of the old kingdom.",  # history told as background
    "The club moved to the new ground in 2019 after a decision by the board.",  # no happening of the list
])
def test_a_noun_pointing_back_or_outside_the_list_is_not_read(sentence: str) -> None:
    assert not [t for t in _after(sentence) if t.split()[0] in ("The", "A", "An")
                and any(w in t.lower() for w in ("vote", "fall", "decision"))], _after(sentence)


def test_a_span_after_the_next_and_is_the_next_verbs() -> None:
    # ("for six years" is the touring's: the joining is one act)
    titles = _joined("She studied the cello in Leiden, joined a string quartet and toured Europe for six years.")
    assert any("join" in t.lower() for t in titles), titles


@pytest.mark.parametrize(("sentence", "title_words"), [
    ("Three members of the ruling party abstained.", "Three members of the ruling party abstain"),
    ("Two Green councillors abstained.", "Two Green councillors abstain"),
    ("Eleven members of the crew signed the petition.", "Eleven members of the crew sign"),
])
def test_a_counted_body_of_people_acts(sentence: str, title_words: str) -> None:
    _titled(sentence, title_words)


@pytest.mark.parametrize("sentence", ["The shopkeeper called police.", "A passer-by called 999."])
def test_a_bare_call_to_a_service_is_a_call_for_help(sentence: str) -> None:
    _told_with(sentence, "call")


def test_calling_someone_something_is_no_call_for_help() -> None:
    assert _plain("The mayor called police tactics heavy-handed.") is None
    assert _plain("Critics called the plan a betrayal.") is None


def _occurrences(sentence: str) -> list[str]:
    from explorer.events.occurrences import iter_occurrences

    return [o.trigger for o in iter_occurrences(sentence, 0, len(sentence))]


def test_a_request_told_as_news_in_the_perfect_is_an_occurrence() -> None:
    assert "asked" in _occurrences("The harbour board has asked residents to move their cars.")
    assert "asked" not in _occurrences("The club has asked whether the ground is safe.")


@pytest.mark.parametrize("sentence", [
    "The nurse gave her a sedative before the scan.",
    "The warden gave them blankets and hot tea.",
])
def test_a_thing_handed_to_someone_is_an_act(sentence: str) -> None:
    _told_with(sentence, "give")


@pytest.mark.parametrize("sentence", [
    "The coach gave him a chance in the cup.",
    "The late goal gave them hope.",
    "The referee gave it a second look.",
])
def test_something_abstract_given_is_no_act(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Coaches took about 400 residents to church halls in the next valley.",
    "Paramedics took the injured to hospital.",
])
def test_people_taken_to_a_place_is_an_act(sentence: str) -> None:
    _told_with(sentence, "take")


def test_a_total_brought_to_a_figure_is_no_conveyance() -> None:
    assert _plain("The late goals brought the total to 40.") is None
