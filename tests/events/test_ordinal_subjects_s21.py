"""An ordinal standing alone as a title's subject ("The first is due to be delivered") is named by the
noun the text counted just before it (issue 12, session twenty-one): "The first electric ferry is due
…", "The third bid is accepted". Sentences of our own, none from the sample, the gold set or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.counts import ordinal_named, singular


@pytest.mark.parametrize(
    "title, before, context, named",
    [
        ("The first is due to be delivered", "The council bought three new gritting lorries in May; the first is due "
         "to be delivered in ", "", "The first new gritting lorry is due to be delivered"),
        ("The third is accepted", "The third was accepted on ", "Kell United made two offers for the winger. Both "
         "were refused. ", "The third offer is accepted"),
        ("the first of them goes into service", "The yard built four tugs that winter, and the first of them went "
         "into service in ", "", "the first tug goes into service"),
    ],
)
def test_the_ordinal_names_the_counted_noun(title: str, before: str, context: str, named: str) -> None:
    assert ordinal_named(title, before, context) == named


@pytest.mark.parametrize(
    "title, before, context",
    [
        ("The first is charged", "The first was charged on ", "Officers arrested three men at the port. "),
        ("The first is held", "The first was held on ", "The festival has run for twelve years. "),
        ("The first ferry sails", "The first ferry sailed on ", "The firm bought two ferries. "),
    ],
)
def test_no_counted_thing_or_a_noun_of_its_own_leaves_the_title(title: str, before: str, context: str) -> None:
    assert ordinal_named(title, before, context) == title


@pytest.mark.parametrize("plural, one", [("ferries", "ferry"), ("bids", "bid"), ("buses", "bus"), ("boxes", "box"),
                                         ("lamps", "lamp"), ("glass", "glass")])
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_the_named_ordinal_is_the_actor() -> None:
    """The title named the ordinal's noun, which the sentence does not write: the title's subject acts."""
    from explorer.events.agents import subject_description

    sentence = "The third, which was accepted on Friday, includes a sell-on clause."
    assert subject_description("The third offer is accepted", sentence, 0) == "the third offer"
