"""A lone name in one article joins a person named in full only in another article on evidence: the
same spelling, or a spelling that folds into it when its own article shows the name a person's (a
title, a verb of saying) or writes it in that person's spelling too. Made-up articles."""

from __future__ import annotations

from explorer.entities import build_index


def _variants(*docs: str) -> dict[str, set[str]]:
    index = build_index([(f"doc{i}", text) for i, text in enumerate(docs)])
    return {e.name: set(e.variants) for e in index.entities.values()}


def test_a_spelling_that_only_folds_into_another_name_is_not_that_person() -> None:
    # "Marye" and "Mary" fold to one key; nothing says the heights' Marye is the Virgin Mary.
    names = _variants(
        "Posters said the Virgin Mary had gone south. The Virgin Mary was a slogan of the campaign.",
        "The assaults against Marye's Heights failed on December 13. Marye lived nearby.",
    )
    assert not any({"Marye", "Virgin Mary"} <= v for v in names.values())


def test_a_city_is_not_merged_into_a_person_whose_surname_it_resembles() -> None:
    names = _variants(
        "Walt Rostow advised the president in 1965. Walt Rostow argued for bombing.",
        "The army retook Rostov in February. Rostov had fallen in the autumn.",
    )
    assert not any({"Rostov", "Walt Rostow"} <= v for v in names.values())


def test_the_same_spelling_in_another_article_still_joins() -> None:
    names = _variants(
        "Foreign Minister Mohammad Javad Zarif arrived in Oslo on Monday.",
        "Zarif met the envoy on Tuesday and left for Rome.",
    )
    assert any({"Zarif", "Mohammad Javad Zarif"} <= v for v in names.values())


def test_another_spelling_with_a_title_in_its_own_article_joins() -> None:
    names = _variants(
        "Hassan Rouhani won the election in June. Hassan Rouhani promised talks.",
        "President Rohani said on Monday that talks would resume.",
    )
    assert any({"Rohani", "Hassan Rouhani"} <= v or {"President Rohani", "Hassan Rouhani"} <= v for v in names.values())
