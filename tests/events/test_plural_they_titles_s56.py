""""They" standing for a plural subject told as a description that a name's capital or a plural with no
"-s" hid from the antecedent rules (session 56, titles.antecedents._is_plural_description): a quantifier
opening the group ("Both men", "All four crews"), a sentence's own capital before a plural without "-s"
("Masked men", "Local people"), a name's word between the article and a lower-case plural ("The Wessel
estates"); and a news story's first sentence, whose dateline ("PORT ALVA, 3 May 2024 (Coast Press) —")
stood before its subject (titles.clause_choice.DATELINE). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("Both men surrendered on Sunday. They will be arraigned on Tuesday.", "Both men will be arraigned"),
        ("All four crews reached the harbour on 2 June. They sailed again on 9 June.", "All four crews sail again"),
        ("Local people packed the hall in March 2023. They voted against the plan on 2 April 2023.",
         "Local people vote against the plan"),
        ("Masked men freed the engineer on 3 May 2024, a month after they seized him on a coast road.",
         "Masked men seize him"),
        ("The Tarnish estates delayed until the spring of 1817, when they approved the treaty by one vote.",
         "The Tarnish estates approve the treaty"),
        ("The Labour councillors walked out in May 2019, and in June they returned to the chamber.",
         "The Labour councillors return to the chamber"),
        ("PORT ALVA, 3 May 2024 — Both men surrendered on Sunday. They will be arraigned on Tuesday.",
         "Both men will be arraigned"),
        ("PORT ALVA, 18 October 2024 (Coast Press) — Gunmen released the reporter on Friday, 41 days after "
         "they seized her on a road.", "Gunmen seize her on a road"),
    ],
)
def test_they_names_the_plural_subject_told_before(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(
    "text, title",
    [
        # (guard) a name of a team is no description: "Grenmoor Athletic" is left to the name rules
        ("The Harbour Kings won the cup in 2022. They lost the final in 2023.", "The Harbour Kings lose the final"),
        # (guard) a plural object after a plural subject: the men, not the police, are charged
        ("Police arrested two men on Friday 3 May 2024. They were charged on Saturday.", "The men are charged"),
    ],
)
def test_they_guards(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(
    "text, title",
    [
        # an opening phrase of time with no comma ("In March", "On the night of 3 May") is all left out
        # before the subject "they" stands for, not only its preposition ("March the inspectors close it")
        ("In March 2025 the inspectors visited the dairy. They closed it on 2 April.", "The inspectors close it"),
        ("On Friday 4 July 2025 the two divers entered the wreck. They recovered the bell on Saturday.",
         "The two divers recover the bell"),
        ("On the night of 3 May 2025 the rebels crossed the river. They took the bridge on 5 May.",
         "The rebels take the bridge"),
        # (guard) a month before a capitalised word may be a given name: no title takes "May" away
        ("On Friday 4 July 2025 May Sutton won the final. She retired on 9 July.", "May Sutton retires"),
    ],
)
def test_a_time_phrase_without_a_comma_is_no_part_of_the_subject(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles
