"""A date in a participle's phrase after the main verb's object dates the object's own happening
(``titles.object_participles``), now also after a count ("recalled 4,000 kettles made in 2019") and
when the main clause's phrase goes on after the date ("recovered the glider launched in April by the
sister ship", "donated a quilt made in 1880 to the museum"). Session 60, found on probe pages of our
own (a product recall, a museum's history). Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The firm recalled 4,000 kettles made in 2019.", "2019", "4,000 kettles are made"),
    ("The council sold two houses built in 1930.", "1930", "Two houses are built"),
    ("Crews recovered the glider launched in April by the sister ship.", "April", "The glider is launched"),
    ("She donated a quilt made in 1880 to the museum.", "1880", "A quilt is made"),
    # guards: a date of the main clause's own after the object's phrase; no participle
    ("She donated a quilt to the museum in 1880.", "1880", "She donates a quilt to the museum"),
    ("The editors retracted the article published on 3 March 2021.", "3 March 2021", "The article is published"),
])
def test_a_date_in_a_participle_s_phrase_on_the_object_is_the_object_s_happening(sentence: str, expression: str,
                                                                                  title: str) -> None:
    assert _title(sentence, expression) == title
