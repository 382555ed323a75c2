"""A people's adjective is part of an office only before an office ("Syrian President Bashar al-Assad"
-> "Bashar al-Assad"); before anything else it is part of a name ("the French Open, which starts on 25
May" was titled "Open starts"; an own page, a tennis final). Names of our own and common ones."""

from __future__ import annotations

import pytest

from explorer.events.names import short_name


@pytest.mark.parametrize(("name", "short"), [
    ("French Open", "French Open"),
    ("British Airways", "British Airways"),
    ("Chinese New Year", "Chinese New Year"),
    ("German Grand Prix", "German Grand Prix"),
    # guards: an office after the people's word, an honorific
    ("Syrian President Bashar al-Assad", "Bashar al-Assad"),
    ("Russian Deputy Foreign Minister Mikhail Bogdanov", "Mikhail Bogdanov"),
    ("Dr Ines Varga", "Ines Varga"),
])
def test_a_peoples_word_is_an_offices_only_before_an_office(name: str, short: str) -> None:
    assert short_name(name) == short
