"""A relative clause describes the noun phrase its verb agrees with: "a petition against the
closures, which was handed in" tells of the petition, not of the closures."""

import pytest

from explorer.events.relative_dates import relative_telling


def _told(sentence: str, date: str) -> str:
    i = sentence.index(date)
    told = relative_telling(sentence, i, i + len(date))
    assert told is not None
    return told[0]


@pytest.mark.parametrize(
    ("sentence", "date", "starts"),
    [
        ("Parents sent a letter about the cuts, which was delivered on 4 June, to the board.", "4 June",
         "A letter about the cuts was delivered"),
        ("The owners of the ferry, who were fined in 2016, appealed.", "2016", "The owners of the ferry were fined"),
        ("Staff cheered the chair of the trustees, who was elected in 2021.", "2021",
         "The chair of the trustees was elected"),
    ],
)
def test_a_verb_that_disagrees_with_the_nearest_noun_describes_the_phrase_it_hangs_from(sentence, date, starts):
    assert _told(sentence, date).startswith(starts)


@pytest.mark.parametrize(
    ("sentence", "date", "starts"),
    [
        # the verb agrees with the nearest noun: it stays the antecedent
        ("He wrote a report on the closures, which were announced in March.", "March", "The closures were announced"),
        # a past verb shows no number: the nearest noun is kept
        ("The roof of the old barns, which had collapsed in 1998, was rebuilt.", "1998", "The old barns collapsed"),
    ],
)
def test_an_agreeing_or_numberless_verb_keeps_the_nearest_noun(sentence, date, starts):
    assert _told(sentence, date).startswith(starts)


@pytest.mark.parametrize(
    ("sentence", "date", "starts"),
    [
        # session 59 (h59q): a noun phrase told by its count, or a bare plural right after the main clause's
        # past verb, is the relative clause's noun (a regiment's history, a flood report, a lifeboat
        # station's page of our own); the main clause's verb is no part of it
        ("The colonel sent two squadrons, which reached the ford in early May.", "early May",
         "Two squadrons reached the ford"),
        ("The town raised a militia of 400 men, which retook the bridge in June.", "June",
         "A militia of 400 men retook the bridge"),
        ("The county hired engineers, who rebuilt the weir in 1962.", "1962", "Engineers rebuilt the weir"),
        ("The station sent three boats of volunteers, which rescued the crew on 9 March.", "9 March",
         "Three boats of volunteers rescued the crew"),
        # guard row (already so on a54ff4a5): a determiner's noun phrase with an adjective that is a past form
        ("They searched the lost city, which was found in 1911.", "1911", "The lost city was found"),
    ],
)
def test_a_counted_or_bare_plural_noun_is_the_relative_clauses_noun(sentence, date, starts):
    assert _told(sentence, date).startswith(starts)
