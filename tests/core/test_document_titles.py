"""A document's title is its headline; without one, the first sentence's subject and verb, never an
initial, a byline or a dateline."""

import pytest

from explorer.documents.headline import guess_title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Iran At The Crossroads: Between Russia And The U.S.\n\nBy Y. Carmon\n\nThe story begins here and goes on.\n",
         "Iran At The Crossroads: Between Russia And The U.S."),
        ("ANALYSIS: Top Officials Prefer Direct Talks\n\nBy A. Writer\n\nThe story begins here and goes on.\n",
         "Top Officials Prefer Direct Talks"),
        ("HAVANA (AP) -- Cuba freed three dissidents on Tuesday, officials said after a long wait.\n",
         "Cuba freed three dissidents on Tuesday"),
        ("A.L.\nForeign Minister H. Smith resigned on Monday, after a long dispute with the party.\n",
         "Foreign Minister H. Smith resigned on Monday"),
        ("Herald Report: The party lost more than its leader, and it lost its future as well.\n",
         "The party lost more than its leader"),
    ],
)
def test_document_titles(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title
