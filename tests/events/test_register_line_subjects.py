"""A list line that tells an act with no subject ("- Buried 4 March 1838.", "- Richard, baptised 5 June
1768; buried 22 June 1768.") is titled with the name heading its list or opening its line, the act
active when an object follows its verb, passive when a date, a place or a bare complement does, and
never passive for a verb that takes no object. Session forty-three (h43g, page genres: a family page of
baptisms, marriages and burials).

Every line here is written for this file.
"""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_ROLL = ("Roll of the Fenwick company\n\n"
         "The company was raised in the spring of 1915, and Cole and Penn joined it together.\n\n"
         "- Arthur Cole, enlisted 4 May 1915; wounded 1 July 1916; discharged 3 March 1917.\n"
         "- Harold Penn, enlisted 9 May 1915; killed in action 15 September 1916.\n")
_STAFF = ("Our department's history\n\nIn its first years the department was run by Ines Vale.\n\n"
          "Ines Vale, senior lecturer\n"
          "- Appointed lecturer 1 September 1998.\n"
          "- Elected dean 12 June 2004.\n"
          "- Married Tomas Reyes at Girona, 3 August 2006.\n"
          "- Retired 31 August 2021.\n")
_SHIP = ("Vessels of the port\n\nThe yard built many ships, of which Mary Ann was the longest lived.\n\n"
         "Mary Ann, schooner\n"
         "- Launched at Appledore, 14 April 1871.\n"
         "- Sold to a Bideford owner, 2 June 1889.\n"
         "- Wrecked off Lundy, 2 January 1903.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("page.txt", text, "A")).events]


@pytest.mark.parametrize("text, title", [
    (_ROLL, "Arthur Cole is wounded"),
    (_ROLL, "Arthur Cole is discharged"),
    (_ROLL, "Harold Penn is killed in action"),
    (_STAFF, "Ines Vale is appointed lecturer"),
    (_STAFF, "Ines Vale is elected dean"),
    (_STAFF, "Ines Vale marries Tomas Reyes at Girona"),
    (_STAFF, "Ines Vale retires"),
    (_SHIP, "Mary Ann is launched at Appledore"),
    (_SHIP, "Mary Ann is sold to a Bideford owner"),
    (_SHIP, "Mary Ann is wrecked off Lundy"),
])
def test_a_subjectless_list_line_is_titled_with_its_list_s_or_line_s_name(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_title_case_heading_that_names_no_one_gives_no_subject() -> None:
    text = "Project notes\n\nThe bridge works ran late all year.\n\nKey Milestones\n- Opened to traffic 3 May 2019.\n"
    assert not any(title.startswith("Key Milestones") for title in _titles(text))
