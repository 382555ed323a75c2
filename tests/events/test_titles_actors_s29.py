"""Issue 12, session twenty-nine (titles and actors): three kinds read on the histories and the news
folders. Several peoples' or sides' adjectives before a plural noun describe people as one does
("Dutch and Belgian engineers", "British Commonwealth forces" -> the noun); a count before a plural
common noun is who acted or underwent ("40 families lose their homes" -> "40 families"); and a
subject written as a list ("Polish, Czech and Hungarian ministers", "Anna Berg, Tomas Lind and …")
keeps its first members in the title, which the rule skipping an opening phrase before a comma took
for such a phrase. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("In March 1917, Dutch and Belgian engineers rebuilt the bridge at Velden.", "March 1917", "engineers"),
        ("On 6 June, U.S. and British warplanes struck the radar sites.", "6 June", "warplanes"),
        ("On 3 June, Polish, Czech and Hungarian ministers signed the accord in Prague.", "3 June", "ministers"),
        ("In December 1940, British Commonwealth forces began counter-offensives in the desert.", "December 1940", "forces"),
        ("In 1941, European Axis members stopped a major offensive near the river.", "1941", "members"),
        ("Greek and Turkish officials met in Athens on 4 May 2021.", "4 May 2021", "officials"),
    ],
)
def test_several_peoples_adjectives_before_a_plural_noun_are_a_description(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[:1] == (actor,)


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("In March 2019, 40 families lost their homes in the flood.", "March 2019", "40 families"),
        ("On 3 May, 300 elderly residents were evacuated from the towers.", "3 May", "300 elderly residents"),
        ("On Tuesday, 12 people were injured in the crash.", "Tuesday", "12 people"),
        ("In 1999, 30 children were taken to hospital after the fire.", "1999", "30 children"),
        ("Eight people were injured in the blast on Saturday.", "Saturday", "eight people"),
    ],
)
def test_a_count_of_a_plural_noun_is_who_acted_or_underwent(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[:1] == (actor,)


@pytest.mark.parametrize(
    "text, expression, amount",
    [
        ("In 1990, 40 years passed before the bridge reopened.", "1990", "40 years"),
        ("On 2 May, 20 percent of the voters stayed at home.", "2 May", "20 percent"),
    ],
)
def test_a_count_of_an_amount_is_no_one(text: str, expression: str, amount: str) -> None:
    assert not any(a.startswith(amount) for a in _event(text, expression).actors)


@pytest.mark.parametrize(
    "text, expression, title",
    [
        ("Polish, Czech and Hungarian ministers signed the accord in Prague on 3 June.", "3 June",
         "Polish, Czech and Hungarian ministers sign the accord in Prague"),
        ("On February 4, U.S., British, and Soviet leaders met in Yalta.", "February 4",
         "U.S., British, and Soviet leaders meet in Yalta"),
        ("In 1941, Norland, Vestia, and the Kessar League made preparations for war.", "1941",
         "Norland, Vestia, and the Kessar League make preparations for war"),
    ],
)
def test_a_subject_written_as_a_list_keeps_its_first_members(text: str, expression: str, title: str) -> None:
    assert _event(text, expression).title == title


@pytest.mark.parametrize(
    "text, expression, title",
    [
        ("Yesterday, Lind and Berg signed the lease.", "Yesterday", "Lind and Berg sign the lease"),
        ("However, police and troops clashed in the square on Friday.", "Friday", "Police and troops clash in the square"),
        ("Towards the end of 1919, the Athenians took the decision.", "the end of 1919", "The Athenians take the decision"),
    ],
)
def test_an_opening_adverb_or_phrase_is_still_no_member(text: str, expression: str, title: str) -> None:
    assert _event(text, expression).title == title


@pytest.mark.parametrize(
    "text, expression",
    [
        ("BELFAST, Northern Ireland (AP)_ Police seized a car bomb Sunday in a town near the border.", "Sunday"),
        ("LYON, France (AP)_ Police arrested three men Tuesday in a raid on a warehouse.", "Tuesday"),
        ("NEW YORK _ Police closed the bridge Thursday after a crash.", "Thursday"),
    ],
)
def test_a_common_noun_after_a_wire_dateline_opens_its_sentence(text: str, expression: str) -> None:
    # the dateline's mark ("(AP)_", " _ ") stands where a sentence starts, so "Police" is the common noun
    # written with the sentence's capital, as "Police seized …" alone is, not a name the index missed
    assert _event(text, expression).actors[:1] == ("police",)
