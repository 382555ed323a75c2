""""X told AUDIENCE in PLACE (or after an occasion) that Y had done Z on DATE": the told act is the
happening, as it is with no such phrase ("told reporters that …"); an irregular participle ("had
withdrawn", "had begun") reads as a done act as a regular one does."""

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.said import told_happening_start


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date))


@pytest.mark.parametrize("sentence, date, title", [
    ("A police spokeswoman, Ana Brill, told reporters in the port town, Selby, that divers had withdrawn from the wreck on Monday night.",
     "Monday night", "Divers withdraw from the wreck"),
    ("The coach told us after the final that the league had fined the club on 3 May.", "3 May",
     "The league fines the club"),
    # session 60 (h60i): no "that", so whom "told" told took the told clause's article along ("told reporters
    # the | band had split" gave "Band splits")
    ("The singer told reporters the band had split in 2019.", "2019", "The band splits"),
    ("The mayor told councillors the old bridge had closed in March 2021.", "March 2021", "The old bridge closes"),
    ("The coach told her the club had sold him in May 2024.", "May 2024", "The club sells him"),
    ("Officials told the BBC the ferry had capsized on 4 May 2022.", "4 May 2022", "The ferry capsizes"),
    # (a two-word audience: "her colleagues")
    ("The coach told her colleagues the club had sold him in May 2024.", "May 2024", "The club sells him"),
])
def test_the_told_act_is_the_happening(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


def test_whom_stops_before_the_phrase() -> None:
    sentence = "The coach told us after the final that the league had fined the club on 3 May."
    found = told_happening_start(sentence, sentence.index("3 May"))
    assert found is not None and sentence[found[0]:].startswith("the league") and found[1] == "fined"
