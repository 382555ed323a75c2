"""A pronoun after a semicolon stands for the person the sentence tells of its sex (session fifty-one, the
lead's own pages): in "Sunita Bell replaced Mr Rauf as treasurer; he had joined the club in 2016" the "Mr"
says who "he" is, where the subject's bare name tells nothing. Our own sentences; each failed before
(guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of as _titles


@pytest.mark.parametrize("text,words", [
    ("The club met in May. Sunita Bell replaced Mr Rauf as treasurer in 2024; he had joined the club in 2016.",
     "Rauf joins the club"),
    ("The final was tense. Ana Costa beat Mr Pell in the final in 2019; he retired in 2021.", "Pell retires"),
    ("The firm grew. Kim Ortiz hired Lady Anne Vere in 2003; she left in 2005.", "Vere leaves"),
    ("The band split. Robin Lake sacked Sir Hugh Dane in 1987; he formed a new group in 1988.", "Dane forms a new group"),
])
def test_the_person_told_of_that_sex(text: str, words: str) -> None:
    assert any(words in t for t in _titles(text))


@pytest.mark.parametrize("text,words", [
    # guard: nobody's sex told (nor given by a first name of one sex), the subject stays
    ("The firm grew. Kim Ortiz hired Robin Vere in 2003; she left in 2005.", "Kim Ortiz leaves"),
    # guard: the subject's sex told too
    ("The firm grew. Mrs Ada Lyle hired Mr Bo Tran in 2003; she left in 2005.", "Lyle leaves"),
])
def test_the_subject_stays(text: str, words: str) -> None:
    assert any(words in t for t in _titles(text))
