"""Issue 12, session seventeen (titles, second round): a capitalised plural common noun opening a
sentence keeps its plural verb in the title ("Storms hit the coast", not "Storms hits"), told apart
from a name by the document's own words. Our own sentences, none from the gold set, the folders or
TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.plural_openers import plural_opener_title
from tests.events.test_titles_kinds_s10 import _labelled_events


def _title(text: str, expression: str) -> str:
    return next(e for e in _labelled_events(text) if e.timex == expression).title


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the plural written in lower case later in the document
        ("Gales hit the harbour on 3 February. The gales moved east by evening.",
         "3 February", "Gales hit the harbour"),
        # the singular in lower case elsewhere
        ("Landslides closed the mountain road on 12 January. A second landslide followed.",
         "12 January", "Landslides close the mountain road"),
        # a verb in "-ins" and an "-ies" verb
        ("Trucks began crossing the bridge again on 4 June. Two trucks stayed behind.",
         "4 June", "Trucks begin crossing the bridge again"),
        ("Blizzards buried the village on 9 December, and the blizzards lasted a week.",
         "9 December", "Blizzards bury the village"),
        # session 54: a plural ending no name has ("-sses", "-shes", "-ches"), written nowhere else
        ("Lessons remained short on Monday. Classes resumed on 4 May.", "4 May", "Classes resume"),
        ("Skirmishes broke out near the ford on Friday.", "Friday", "Skirmishes break out near the ford"),
        # guard: read right before
        ("Churches opened their halls to the flooded families on 3 May.", "3 May", "Churches open their halls to the flooded families"),
    ],
)
def test_a_plural_common_noun_opening_a_sentence_takes_a_plural_verb(text: str, expression: str,
                                                                      expected: str) -> None:
    assert _title(text, expression) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a passive's auxiliary
        ("Kiosks is registered", "Kiosks were registered on Friday. Eight kiosks opened.", "Kiosks are registered"),
        # a second verb joined by "and" agrees too
        ("Hailstorms flattens the crops and damages roofs", "Hailstorms flattened the crops. The hailstorms passed.",
         "Hailstorms flatten the crops and damage roofs"),
        # a name keeps its capital inside a sentence: a person, singular
        ("Fields resigns as chair", "Fields resigned as chair. The board thanked Fields. The fields flooded.",
         "Fields resigns as chair"),
        # never written in lower case: nothing shows it is no name
        ("Hollands wins the seat", "Hollands won the seat on a recount.", "Hollands wins the seat"),
        # a noun in "-s" that takes a singular verb
        ("Athletics returns to the stadium", "Athletics returned to the stadium. School athletics grew.",
         "Athletics returns to the stadium"),
        # a plural verb already, or no verb after the word
        ("Storms hit the coast", "Storms hit the coast. The storms passed.", "Storms hit the coast"),
        ("Storms damage is assessed", "Storms damage was assessed. The storms passed.", "Storms damage is assessed"),
    ],
)
def test_only_the_documents_own_words_make_the_opener_plural(title: str, text: str, expected: str) -> None:
    assert plural_opener_title(title, text) == expected
