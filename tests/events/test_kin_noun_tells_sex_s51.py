"""A kin noun right before a name tells that person's sex to the pronoun rules (session fifty-one, the
lead's own pages): after "Her brother Emil was killed at the Isonzo in 1916", "In 1921 she completed a
string quartet" was titled "Emil completes a string quartet". Our own sentences; each failed before
(the guard marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

_LIFE = "Ottilie Brandauer was born in Graz in 1871. She moved to Munich in 1905. "
_HIS = "Tomas Lind was born in Oslo in 1902. He moved to Bergen in 1930. "


def _last_title(text: str) -> str:
    return events_of(text)[-1].title


@pytest.mark.parametrize("text,title", [
    (_LIFE + "Her brother Emil was killed at the Isonzo in 1916. In 1921 she completed a string quartet.",
     "Ottilie Brandauer completes a string quartet"),
    (_LIFE + "Her son Karl was wounded in 1916, and she nursed him. In 1921 she completed a string quartet.",
     "Ottilie Brandauer completes a string quartet"),
    (_HIS + "His sister Anna married a sea captain in 1934. In 1936 he opened a bookshop.", "Tomas Lind opens a bookshop"),
    (_HIS + "His wife Marit fell ill in 1940. In 1941 he sold the bookshop.", "Tomas Lind sells the bookshop"),
    # guard: the kin noun's person is the pronoun's when the sex agrees
    (_LIFE + "Her daughter Hanna married in 1925. In 1930 she moved to Vienna.", "Hanna moves to Vienna"),
])
def test_the_pronoun_is_not_the_other_sex(text: str, title: str) -> None:
    assert _last_title(text) == title
