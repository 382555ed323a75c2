"""A number's thousands separator is no clause's comma: no title cut splits "242,000" or "£4,000"."""
import re

import pytest

from explorer.events.titles import make_title


def title_for(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("Exports have climbed at a pace of 12,000 tonnes a week _ and 14,000 in the last month _ "
         "after averaging 9,500 tonnes for the first half of 2019.", "2019"),
        ("Orders rose to 31,000 units a month after averaging 242,000 for the first nine months of 1997.", "1997"),
        ("After raising £4,000 at the fair, the parish spent £2,750 on the roof in 2022.", "2022"),
        ("Before recording 3,000,000 visits, the museum reopened in 2015.", "2015"),
        ("The lifeboat crew, having rescued 1,250 people over the years, launched again on Tuesday.", "Tuesday"),
    ],
)
def test_a_title_never_opens_on_the_tail_of_a_number(sentence: str, expression: str) -> None:
    title = title_for(sentence, expression)
    assert not re.match(r"\d{3}\b", title), title
    for tail in re.findall(r"\b\d{3}\b", title):  # any group of three digits is a whole number's own
        assert re.search(rf"(?<![\d,]){tail}(?![\d,])", sentence) or re.search(rf"\d,{tail}", title), title


def test_the_number_the_clause_needs_is_kept_whole() -> None:
    title = title_for("Orders rose to 31,000 units a month after averaging 242,000 for the first nine months of 1997.",
                      "1997")
    assert "000 for" not in title or "242,000 for" in title
