"""Issue 12, session forty-four (titles): an "it" opening a title that no narrower rule named stands for
the most prominent thing told before it: the subject of an earlier clause of its sentence, else what
that clause acted on, else the subject of the sentence before, or what that sentence's person acted on. Our own sentences in several genres and tenses, none from
the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.salient_antecedents import name_left_pronoun


def _title(context: str, sentence: str, date: str) -> str:
    start = sentence.index(date)
    return make_title(sentence, start, start + len(date), context=context)


@pytest.mark.parametrize(
    "context, sentence, date, title",
    [
        # the subject of an earlier clause of the same sentence, joined by "but", "and", "since", "after"
        ("The harbour was quiet.", "Velmont extended the lease twice, but it let the agreement expire on 4 June.",
         "4 June", "Velmont lets the agreement expire"),
        ("Crews worked through the night.", "Rangers say the fire near Holm Pass has scorched 900 acres since it started on Sunday evening.",
         "Sunday evening", "The fire starts"),
        ("Funding was tight.", "A trial at three clinics opened in 2021 but was halted when nurses left, and it will not restart until March.",
         "March", "The trial will not restart"),
        ("Results were mixed.", "The co-operative cut the grant in 2019, and it closed the branch library in 2021.",
         "2021", "The co-operative closes the branch library"),
        # what the earlier clause acted on, when its subject cannot be "it"
        ("Repairs are slow.", "I have asked the parish council to inspect the roof, and it will write to me before Friday.",
         "Friday", "The parish council will write to me"),
        # the sentence before: its subject, or the thing its person acted on
        ("The season was busy. Storm Ilse crossed the coast in October.", "It flooded the lower town on 12 October.",
         "12 October", "Storm Ilse floods the lower town"),
        ("The minister, Ada Brill, tabled the levy at the spring meeting.", "It was approved by 40 votes to 12 on 3 May.",
         "3 May", "The levy is approved"),
        ("In 1952 a young editor at Kell, Mara Voss, brought out The Tin Orchard.", "It won the Lowther Medal the next year.",
         "the next year", "The Tin Orchard wins the Lowther Medal"),
        ("Tickets are on sale.", "A new music week opens in the old town, and it runs from 9 June to 16 June.",
         "9 June", "The new music week runs"),
    ],
)
def test_a_left_pronoun_is_named_by_what_it_stands_for(context: str, sentence: str, date: str, title: str) -> None:
    assert _title(context, sentence, date).startswith(title)


@pytest.mark.parametrize(
    "clause, sentence, context",
    [
        # a person is never "it"; a lone surname the text gives a first name is a person's
        ("It reopens the case", "Perrin resigned, but it reopened the case on Monday.", "Ines Perrin is a judge."),
        # "it" told of before in an object: its thing is further back than these words show
        ("It is photographed", "His widow lent it to the museum, where it was photographed in 1903.",
         "A dealer sold the mirror to Creel in 1874. Creel kept it in his library until 1901."),
        # a plural never stands for "it", one thing never for "they"
        ("It ends", "The miners voted to strike, and it ended in May.", "Talks failed."),
        ("They close", "The library raised its fees, and they closed in May.", "It was a hard year."),
        # an "it" that stands for nothing
        ("It is decided to wait", "The board met twice, and it was decided to wait until June.", "Funds were short."),
        # "they" may stand for a group, its members or a pair told anywhere before: left as it is
        ("They walk out", "Managers offered a deal, but they walked out on Monday.", "Talks began."),
        ("They sail from Hull", "They sailed from Hull on 3 April.", "The party was led by a surveyor. With her went six porters."),
        # a told clause cut from its teller: the teller's rules decide
        ("It has reached bedrock", "it had reached bedrock in July.", "A rival crew from the institute announced that"),
        # a quotation before: whose "it" is not told here
        ("It closes", "It closed on 2 May.", "\"We lost the contract,\" the owner said."),
        # session 54: a sentence before opening "In …" or "It …" has no person for its subject ("I" is no
        # prefix of "In"), so what its verb acted on is not taken for "it" ("The committee returns")
        ("It returns with a new ring", "It returned in 2002 with a new ring.",
         "In 2001 new restrictions forced the committee to cancel the show."),
        ("It goes ahead", "It went ahead in 1999.", "In 1998 heavy snow made the council postpone the fair."),
        ("It resumes", "It resumed in May.", "Inspections of the bridge led the board to suspend the service."),
    ],
)
def test_a_left_pronoun_stays_when_nothing_sure_stands_for_it(clause: str, sentence: str, context: str) -> None:
    assert name_left_pronoun(clause, sentence, context) == clause
