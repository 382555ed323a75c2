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


@pytest.mark.parametrize(
    "text, title",
    [
        # a history whose first lines are generic section headings: the first specific heading
        ("Course of the conflict\n\nThe river towns rise against the duke\n\n"
         "On March 3, 1521, the river towns and their guilds refused the new tax and closed their gates.\n",
         "The river towns rise against the duke"),
        ("Background\n\nOverview\n\nA harbour is built at Norden\n\nIn 1802 the council voted for a harbour.\n",
         "A harbour is built at Norden"),
        # a bare year as the first heading, then no specific heading: the first sentence's subject and verb
        ("1788\n\nThe first attempt to found a colony on the island was made by three families in spring.\n",
         "The first attempt to found a colony on the island…"),
        # the first sentence opens with a date: never the title
        ("On September 4, 1870, the assembly proclaimed a republic and the emperor fled.\n",
         "The assembly proclaimed a republic and the emperor fled"),
        ("In 264 BC, the harbour city signed a treaty with its rival across the strait.\n",
         "The harbour city signed a treaty with its rival across the strait"),
        # a dashed aside and an opening phrase are not the subject and verb
        ("On the other hand, it is turning out to be another bad week for the markets.\n",
         "It is turning out to be another bad week for the markets"),
        ("PARIS (AP)_ Tired of waiting, the old farmer is selling his land to a developer, he said Monday.\n",
         "The old farmer is selling his land to a developer"),
        ("Germany and Austria - allies since 1879 - declared the treaty void.\n",
         "Germany and Austria declared the treaty void"),
    ],
)
def test_a_date_or_a_generic_heading_is_never_a_document_title(text: str, title: str) -> None:
    got = guess_title(text, "x.txt")
    assert got == title


@pytest.mark.parametrize(
    "label", ["On September 1, 1939", "1917", "In 264 BC", "1926-1928", "Early in 1942", "On 9 September 1914"]
)
def test_date_fragments_are_recognised(label: str) -> None:
    from explorer.documents.headline import is_date_fragment

    assert is_date_fragment(label)
    assert not is_date_fragment("War breaks out in Europe")
