"""A standing page's own change log ("20 October 2025 - Added information on the Vell crossing") tells
edits of the page's words, not happenings of what it reports: no events, and no "I update ..." titles.
Pages and sentences written for this test."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document

ADVISORY = """Foreign travel advice: Estravia

Updated: 20 October 2025

Protests have taken place in the capital since 3 October. On 18 October police used tear gas near the parliament building.

Changelog
20 October 2025 - Added information on the Vell crossing.
9 October 2025 - Updated the Safety and security section on protests.
2 October 2025 - Removed the paragraph on fuel shortages.
28 September 2025 - Amended the advice for travellers with medical conditions.
"""

GUIDE = """How to apply for a fishing permit

Page history
3 March 2024: Corrected the contact details for the licensing office.
12 January 2024: Revised the guidance on night fishing.

The council raised the permit fee on 1 April 2023.
"""


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("page.txt", text, "Page"), None).events]


def test_a_change_log_of_the_page_gives_no_events() -> None:
    assert _titles(ADVISORY) == ["Protests take place in the capital", "Police use tear gas near the parliament building"]
    assert _titles(GUIDE) == ["The council raises the permit fee"]


def test_what_a_page_reports_of_others_updating_stays() -> None:
    events = extract_document(Document("a.txt", "The ministry updated its travel advice on 3 March 2025 after the riots.\n"
                                       "Added to the list in May 2024, the firm was removed on 2 June 2025.", "A"),
                              date(2025, 7, 1)).events
    begins = [e.begin for e in events]
    assert date(2025, 3, 3) in begins and date(2025, 6, 2) in begins, [(e.title, e.begin) for e in events]
