"""A document with no headline is named by its first sentence's subject and verb (issue 12). Kinds of
lead that gave a fragment or a wrong label in the lanes of real folders (news broadcasts, wire
copy), each with sentences of our own:

- a presenter's sign-on ("…, I'm NAME.", "this is NAME in the newsroom …") names no happening;
- a participle's phrase ending in a relative clause ("clashed with crowds who were …"): the first
  verb is the sentence's verb, not the relative clause's auxiliary;
- "this coming / next / last" before a day word: the day is what the phrase names, it stays;
- a past participle after the object's noun ("approved rules | intended to …") opens a phrase the
  title can lose, never the verb's own participle ("has formally | asked");
- a present-tense verb our lists do not know: the label still ends where a phrase ends;
- a quotation cut before its end loses its opening mark."""

import pytest

from explorer.documents.headline import guess_title, lead_label


@pytest.mark.parametrize(
    "text, title",
    [
        ("Morning bulletin, I'm Tess Harlow. Flood water closed the valley road after the river burst its banks.",
         "Flood water closed the valley road"),
        ("For the late edition, this is Omar Reyes in the newsroom in Hull. Striking dockers blocked the port "
         "gates for a third day.", "Striking dockers blocked the port gates"),
        ("I'm Nadia Kross. The county's last cinema will close its doors in March after ninety years.",
         "The county's last cinema will close its doors"),
    ],
)
def test_a_presenters_sign_on_is_no_title(text: str, title: str) -> None:
    assert guess_title(text, "bulletin.txt") == title


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("This is the third winter in a row that the ferry has been cancelled for weeks at a time.",
         "This is the third winter"),  # "this is" opening a story is no sign-on
        ("Riot police clashed near the station with farmers who were blocking the main road into the capital.",
         "Riot police clashed near the station"),
        ("The harvest fair is next Saturday, the organisers announced after a long meeting.",
         "The harvest fair is next Saturday"),
        ("The final vote is this coming Thursday, when the assembly meets again.",
         "The final vote is this coming Thursday"),
        ("The city council recently approved new parking rules intended to ease congestion around the old market.",
         "The city council recently approved new parking rules"),
        ("The water board has approved plans submitted by two farming cooperatives for a new reservoir near the hills.",
         "The water board has approved plans"),
        ("The bakery had already closed its doors when the inspectors arrived on a wet afternoon in spring.",
         "The bakery had already closed its doors"),
        ("Cooperation seems to be gaining ground in settling the long border quarrel between the two valleys.",
         "Cooperation seems to be gaining ground"),
        ('"By now, the repairs are running well ahead of plan," said the harbour engineer on Monday.',
         "By now, the repairs are running well ahead of plan"),
        ("“So far, the new timetable is working better than anyone expected,” the transport chief told reporters.",
         "So far, the new timetable is working better than anyone expected"),
    ],
)
def test_lead_labels_end_where_a_phrase_ends(sentence: str, label: str) -> None:
    assert lead_label(sentence) == label


def test_the_verbs_own_participle_after_an_adverb_is_kept() -> None:
    label = lead_label("The regional government has formally asked for the mayor of Tarrow to step down before the vote.")
    assert label.split()[-1] not in {"has", "formally"}
