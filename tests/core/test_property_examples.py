"""The example budget of the property tests: today's counts locally, a share of each in CI, never
fewer than a handful, and a test's count really follows the loaded profile."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import given, settings, strategies as st

from tests import property_examples
from tests.property_examples import FLOOR, PROFILES, examples, profile_for_environment


@contextmanager
def profile(name: str):
    before = settings.default
    settings.load_profile(name)
    try:
        yield
    finally:
        settings.register_profile("_before_this_test", before)
        settings.load_profile("_before_this_test")


@pytest.mark.parametrize("value, expected", [("true", "ci"), ("1", "ci"), ("", "local"), ("false", "local"), ("0", "local")])
def test_the_ci_variable_picks_the_profile(monkeypatch, value, expected):
    monkeypatch.setenv("CI", value)
    assert profile_for_environment() == expected
    monkeypatch.delenv("CI")
    assert profile_for_environment() == "local"


def test_a_local_run_draws_the_counts_the_tests_name():
    with profile("local"):
        assert [examples(n) for n in (5, 12, 60, 300, 500)] == [5, 12, 60, 300, 500]


def test_ci_draws_the_profiles_share_of_each_count_but_never_under_the_floor():
    share = PROFILES["ci"] / property_examples.LOCAL_DEFAULT
    assert share < 1
    with profile("ci"):
        assert examples(400) == round(400 * share) < 400
        assert examples(200) == round(200 * share)
        assert examples(12) == FLOOR  # a costly test keeps a handful
        assert examples(5) == 5  # and one that asked for fewer than the floor keeps its count


def test_a_property_draws_as_many_examples_as_the_profile_gives_it():
    for name in ("ci", "local"):
        with profile(name):
            drawn: list[int] = []

            @settings(max_examples=examples(40), database=None, deadline=None)
            @given(st.integers())
            def prop(n: int) -> None:
                drawn.append(n)

            prop()
            assert len(drawn) == examples(40), name
