"""Acts told during a war other than the two world wars, on a page that gives that war's years, and during
"the war" after the page named one (session fifty, h50d): dated within the war the page dated, not in
the story's last year. Our own short histories; each failed before."""

from __future__ import annotations

import pytest

from tests.events.test_wars_s49 import _window


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("The yard was founded in 1840. The Crimean War broke out in 1853 and lasted until 1856. "
         "During the Crimean War the yard built six gunboats.", "builds six gunboats", ("1853-01-01", "1856-12-31")),
        ("The Boer War (1899–1902) emptied the valley of young men. During the war the owners sold the "
         "mill to a Dutch firm.", "sell the mill", ("1899-01-01", "1902-12-31")),
        ("The abbey was rebuilt in 1861. The town was besieged in the war of 1870-71. During the war "
         "the monks opened a hospital in the cloister.", "open a hospital", ("1870-01-01", "1871-12-31")),
        ("The cannery opened in 1946, before the Korean War, 1950-53. In the Korean War the cannery shipped "
         "rations to the army.", "ships rations", ("1950-01-01", "1953-12-31")),
        ("The mill opened in 1905. The First World War took most of its workers. During the war the mill "
         "wove blankets for the army.", "weaves blankets", ("1914-08-04", "1918-11-11")),
    ],
)
def test_an_act_during_a_war_the_page_dated(text, words, expected) -> None:
    assert _window(text, words) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        # (the page gives the war no years: nothing to date it by)
        ("The yard opened in 1850. During the Crimean War the yard built six gunboats.", "builds six gunboats"),
        # ("the war" with no war named before it)
        ("The school opened in 1920. During the war the pupils dug a vegetable garden.", "dig a vegetable garden"),
    ],
)
def test_no_war_span_without_years_given(text, words) -> None:
    window = _window(text, words)
    assert window is None or window[0][:4] in ("1850", "1920")


def test_an_act_with_its_own_date_keeps_it() -> None:
    text = ("The Crimean War (1853-56) brought work to the port. During the Crimean War, in June 1855, the yard "
            "launched a frigate.")
    assert _window(text, "launches a frigate") == ("1855-06-01", "1855-06-30")
