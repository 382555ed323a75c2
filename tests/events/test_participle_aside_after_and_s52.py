"""A past participle's aside after a subject that "and" opens, its determiner in lower case (session fifty-two, a
page of our own, ``own_texts_s52p``: "High pressure then drifted east, and a deep Atlantic low, named Storm Petra
by the service, crossed the north coast on 9 and 10 March" was titled "A deep Atlantic low names Storm Petra by
the service"). The aside describes the subject, as after a capitalised one (session 42); the date is the verb's
after it. Our own sentences; each failed before (guards marked)."""

import pytest

from tests.events.test_past_participle_asides_s42 import _title


@pytest.mark.parametrize("sentence, date, title", [
    ("Rain eased in the west, and a second storm, named Oskar by forecasters, reached the coast on 14 February.",
     "14 February", "A second storm reaches the coast"),
    ("The old boat was sold in 2019, and a new ferry, christened Aurora by the mayor, entered service on 2 June 2023.",
     "2 June 2023", "A new ferry enters service"),
])
def test_the_verb_after_the_aside_tells_the_happening(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date).startswith(title)


@pytest.mark.parametrize("sentence, date, title", [
    # guard: the date inside the aside is the participle's own
    ("Rain eased in the west, and a second storm, named by forecasters on 12 February, reached the coast.",
     "12 February", "A second storm is named by forecasters"),
    # guard: a capitalised subject, as before
    ("A storm, named Ida by forecasters, hit the coast on 12 January 2025.", "12 January 2025", "A storm hits the coast"),
])
def test_the_aside_s_own_date_and_a_capitalised_subject_stay(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date).startswith(title)
