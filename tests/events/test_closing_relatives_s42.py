"""A date told by the close of the vote an act was done in ("Nurses voted to strike in a ballot that
closed on 4 March") dates the act: the title tells the vote, not "A ballot closes"."""

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.closing_relatives import closing_cut


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date))


@pytest.mark.parametrize("sentence, date, title", [
    ("Nurses voted to strike in a ballot that closed on 4 March.", "4 March", "Nurses vote to strike in a ballot"),
    ("Tenants backed the plan in a postal vote which ended on 9 June, by 212 votes to 40.", "9 June",
     "Tenants back the plan in a postal vote"),
])
def test_the_act_done_in_the_vote_is_titled(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


def test_no_main_verb_or_no_closing() -> None:
    assert closing_cut("A ballot that closed on 4 March", 27) is None  # no act before the circumstance
    sentence = "The hall was full for the concert that opened the season on 4 March."
    assert closing_cut(sentence, sentence.index("4 March")) is None
