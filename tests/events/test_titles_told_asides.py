"""A telling cut inside what it told when an aside stands between its verb and "that" ("says in a
statement that engineers had found", "reports over the radio that the boat", "tells reporters that
…") or when the told clause holds a quotation ("says there was “no certainty” a deal"): session
nineteen, issue 12. Our own sentences, none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.said import whole_told
from explorer.events.titles.make import has_verb, without_dangling


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        # where it was told, between the verb and "that"
        ("The skipper reported over the radio at 10 p.m. that the engine was losing power.", "10 p.m.",
         "The skipper reports over the radio that the engine was losing power"),
        ("The museum said in a newsletter on Friday that two paintings had gone missing from the store.",
         "Friday", "The museum says in a newsletter that two paintings had gone missing from the store"),
        # whom it was told, and a quotation that ends the told clause
        ("After the vote on Monday, the minister told journalists that the plan was \"a step backwards\".",
         "Monday", "The minister tells journalists that the plan was “a step backwards”"),
        # a quotation inside the told clause is a phrase of it, not its end
        ("The bakery chain said on 3 March there was \"little hope\" the old shop would reopen, and its staff "
         "were moved to other branches.", "3 March",
         "The bakery chain says there was “little hope” the old shop would reopen"),
        ("The trade body said on Tuesday that its members were \"very worried\" about energy prices.",
         "Tuesday", "The trade body says its members were “very worried” about energy prices"),
    ],
)
def test_a_telling_with_an_aside_or_a_quotation_keeps_what_it_told_whole(sentence: str, expression: str,
                                                                         expected: str) -> None:
    assert _title(sentence, expression) == expected


def test_a_speaker_named_by_a_pronoun_in_the_sentence_is_still_found() -> None:
    """The title names the speaker the sentence calls "he": the verb is looked for from the start."""
    sentence = "After the match on Saturday, he told the press that the referee had been \"far too lenient\"."
    title = "Coach Ivo Brandt tells the press that the referee had been “far too"
    assert whole_told(title, sentence, ["Saturday"], without_dangling, has_verb) == \
        "Coach Ivo Brandt tells the press that the referee had been “far too lenient”"


@pytest.mark.parametrize(
    "title, sentence",
    [
        # a title cut inside an open quotation is never a whole clause
        ("The union says the offer was “an insult",
         "The union said on Monday that the offer was \"an insult to every driver\"."),
    ],
)
def test_a_title_cut_inside_a_quotation_is_not_taken_for_whole(title: str, sentence: str) -> None:
    whole = whole_told(title, sentence, ["Monday"], without_dangling, has_verb)
    assert whole.count("“") == whole.count("”") and whole != title


def test_a_noun_after_says_is_not_read_as_whom() -> None:
    """Only "tells" takes a whom before "that": "says it is clear that" is no aside of the telling."""
    title = "The mayor says it is clear that"
    sentence = "The mayor said on Friday it is clear that the bridge must close for repairs."
    assert "it is clear" in whole_told(title, sentence, ["Friday"], without_dangling, has_verb)


def test_to_before_a_quantifier_is_a_phrase_a_long_told_clause_may_drop() -> None:
    """ "… a pay rise of four percent | to most grades": "to" before "most" opens a phrase, not an
    infinitive, so the told clause may end before it rather than stay cut after its object's noun."""
    sentence = ("The union also said Monday that the company offered its drivers a pay rise of four percent to most "
                "grades as the strike entered its second week.")
    assert _title(sentence, "Monday") == "The union also says the company offered its drivers a pay rise of four percent"


def test_an_aside_too_long_to_keep_gives_way_to_the_told_clause() -> None:
    """When the telling with its aside and the told clause does not fit, the aside goes, not the told
    clause's object: "… says in a statement that its crew" -> "… says its crew had found …"."""
    sentence = ("The ferry operator said in a statement on Friday that its crew had found a cracked hull plate near "
                "the bow.")
    assert _title(sentence, "Friday") == "The ferry operator says its crew had found a cracked hull plate near the bow"
