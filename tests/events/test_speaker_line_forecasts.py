"""A forecast under a speaker label is read as the same words without the label are
(``modality.FORECAST``): ``speaker_lines`` keeps no forecast list of its own. Our own lines."""

from __future__ import annotations

import pytest

from explorer.events.modality import FORECAST
from explorer.events.speaker_lines import asks_under_a_label, foresees_under_a_label


@pytest.mark.parametrize(("spoken", "foresees"), [
    ("We expect freight volumes of about nine million tonnes this year.", True),
    ("I now forecast a small loss in the winter quarter.", True),
    # (any subject, as unlabelled: the board's forecast is the speaker's report of one)
    ("The board anticipates a special dividend in the spring.", True),
    ("We repaid the bridging loan in March.", False),  # an act
    ("We expected a better harvest last year.", False),  # a past forecast: left to the clause rules
    ("We hired a new head of sales in June.", False),
])
def test_a_labelled_forecast_reads_as_the_unlabelled_words(spoken: str, foresees: bool) -> None:
    line = f"Hana Brisk, chief financial officer: {spoken}"
    assert foresees_under_a_label("Hana Brisk", line) is foresees
    assert (FORECAST.match(spoken) is not None) is foresees


def test_only_a_title_made_from_the_label_is_judged() -> None:
    line = "Hana Brisk, chief financial officer: We expect freight volumes of nine million tonnes. Will you buy?"
    # (a title from a later clause was read on its own words already)
    assert not foresees_under_a_label("Freight volumes reach nine million tonnes", line)
    assert not asks_under_a_label("Freight volumes reach nine million tonnes", line)
    assert asks_under_a_label("Question from Ola Sand", "Question from Ola Sand, Fenwick Bank: Will you buy more ships?")
    assert not foresees_under_a_label("Operator", "Operator without a colon we expect more")
