"""A signing formula is no happening: "Signed this 3rd day of June 2024 by the donor", "Dated this 5th
day of May 2023", "Sworn at Leeds on 2 April 2024", "Witnessed on 3 June 2024".

A deed, an affidavit or a notice closes with the formula that dates it; the formula is the
document's date (see :mod:`explorer.ingest.sign_off_dates`), not an act a reader lists on the
timeline. A sentence that opens with a participle of signing and holds no clause of its own is read
so. (A signing told as a story's happening, "The two leaders signed the treaty on 3 June", has its
subject and stays.) Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

#: A signing formula opening its sentence, with no clause after it.
_SIGNING = re.compile(
    r"^\W*(?:signed|dated|sworn|executed|witnessed|subscribed|given\s+under\s+(?:my|our)\s+hands?|date\s*:)"
    r"(?:(?!\b(?:and|but|after|before|when|because)\b)[^;!?])*$", re.IGNORECASE)


def is_a_signing_formula(sentence: str) -> bool:
    """Whether ``sentence`` is a signing formula (see the module's docstring)."""
    return _SIGNING.match(sentence.strip()) is not None
