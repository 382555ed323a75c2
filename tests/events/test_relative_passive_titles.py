"""A relative clause's passive ("…, which was terminated on 2 May") is titled from its antecedent
noun phrase in the headline's present; a long name modifying that noun is left out so the phrase fits,
and "was" after a demonstrative standing alone is the verb, never the noun of a plural subject
("Those was terminate" came from reading "was" as a noun and the participle as its plural present)."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense

from .titled import title_at as _title


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("The bill covered fees for the failed Harrow Point Water and Light Company takeover, which was abandoned on 3 May 2011.",
     "3 May 2011", "The failed takeover is abandoned"),
    ("Those included charges tied to the proposed Dunmore Glass Works Holdings purchase, which was cancelled in March 2004.",
     "March 2004", "The proposed Dunmore Glass Works Holdings purchase is cancelled"),
])
def test_a_long_name_before_the_antecedent_noun_is_left_out(sentence: str, date: str, expected: str) -> None:
    assert _title(sentence, date) == expected


def test_a_short_name_before_the_noun_is_kept() -> None:
    s = "The grant paid for the old Kestrel Lane library extension, which was opened in June 2019."
    assert _title(s, "June 2019") == "The old Kestrel Lane library extension is opened"


@pytest.mark.parametrize(("told", "expected"), [
    ("Those was terminated", "Those is terminated"),
    ("This was decided", "This is decided"),
    ("These were sold", "These are sold"),
])
def test_was_after_a_demonstrative_is_the_verb(told: str, expected: str) -> None:
    title = headline_tense(told)
    assert title == expected
    assert "was" not in title.split() and "were" not in title.split()


def test_was_after_an_article_still_reads_the_noun() -> None:
    assert headline_tense("The deal was terminated") == "The deal is terminated"
    assert headline_tense("An embittered president resigned") == "An embittered president resigns"
