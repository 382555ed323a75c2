"""How many examples a property test draws, by environment: a local run draws the counts each test
names, CI draws a share of them, so CI keeps every property (and every ``@example``) within its 15
minutes on two cores.

Why a share of each test's own count and not one number for all: a test that names 500 examples does
so because its input space is wide, one that names 12 because each example is costly; both keep that
proportion in CI. The share is the loaded Hypothesis profile's ``max_examples`` over Hypothesis's own
default (100), so one setting moves every test: ``tests/conftest.py`` registers the profiles and
loads ``ci`` when ``CI`` is set, and ``--hypothesis-profile=local`` (or ``thorough``) asks for more
anywhere.
"""

from __future__ import annotations

import os

from hypothesis import settings

#: Hypothesis's default ``max_examples``: the count a test that names none draws in a local run.
LOCAL_DEFAULT = 100

#: Examples per profile for a test that names none; a test that names ``n`` draws ``n`` times this
#: over :data:`LOCAL_DEFAULT`.
PROFILES = {"local": LOCAL_DEFAULT, "ci": 25, "thorough": 4 * LOCAL_DEFAULT}

#: No test draws fewer than this (nor more than it asked for locally): a handful of examples still
#: finds a property that fails on most inputs, and every ``@example`` runs whatever the count.
FLOOR = 10


def profile_for_environment() -> str:
    """``ci`` under CI (``CI`` set, as ``.ci/run`` and hosted runners do), ``local`` otherwise."""
    return "ci" if os.environ.get("CI", "").lower() not in ("", "0", "false") else "local"


def load_profile_for_environment() -> None:
    """Register the profiles and load this environment's; ``--hypothesis-profile`` (loaded later,
    when pytest configures Hypothesis's plugin) still wins."""
    for name, count in PROFILES.items():
        settings.register_profile(name, max_examples=count)
    settings.load_profile(profile_for_environment())


def examples(local: int) -> int:
    """``max_examples`` for a test that draws ``local`` examples in a local run, under the profile
    loaded now (read when the test's decorator runs, i.e. when its module is collected)."""
    share = settings.default.max_examples / LOCAL_DEFAULT
    return max(min(local, FLOOR), round(local * share))
