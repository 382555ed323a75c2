"""A page speaking of itself is no happening.

"Our full report will be online tonight", "More pictures in our Saturday edition", "That's where we'll
leave our live coverage for today", "This notice will be updated on Monday 3 March", "Here is how the week
unfolded, day by day", "Which brings us to last Friday": the clause
tells what the page (its coverage, its next edition, its notice) does or will do, or points at the
story it is about to tell; the date is the page's own upkeep or the story's, whose happenings are told
in the sentences around it. A clause about another's report ("The inquiry will publish its report on
30 September", "The committee will hear a full report at its next meeting") has no "our" and no pointing
opening, and stays.

Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.temporal.page_lines import CURRENT_THROUGH

#: The page's own coverage, named with "our", and what it does: "our full report will be online",
#: "in our Saturday edition", "leave our live coverage", "our live updates will resume at 8am".
_OUR_COVERAGE = re.compile(
    r"(?:\b(?:in|leave|continue|follow|see|read)\s+our\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|coverage|analysis|edition|live\s+blog|blog|updates|pages?)\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:report|coverage|analysis|edition|live\s+blog|blog|updates)\s+"
    r"(?:will\s+be\s+(?:online|available|here|up)|will\s+(?:continue|resume|follow|return))\b)",
    re.IGNORECASE)
#: What a page calls itself: "this report", "this roundup", "this release", "this bulletin".
_PAGE_NOUN = (r"(?:report|roundup|round-up|release|bulletin|newsletter|update|summary|programme|program|issue|edition|"
              r"review|digest|briefing|statement|document|page|note|notice|factsheet|paper|advisory|alert)")
#: A sentence opening that points at the page or at the story it is about to tell (after a live page's
#: time stamp, "21:05 — That's all for tonight").
_POINTING_OPENING = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d\s*(?:[—–-]\s*)?)?(?:"
    r"here\s+(?:is|are|['’]s)\s+(?:how|what|the\s+(?:[\w-]+\s+){0,2}?(?:path|story|timeline|sequence|record|"
    r"account|picture|list|run\s+of\s+events))\b"
    r"|this\s+is\s+(?:how|what)\b(?!\s+(?:it|we|they|he|she|I)\s+(?:is|are|was|were)\b)"
    r"|(?:which|that|this)\s+brings\s+us\s+to\b"
    r"|that['’]s\s+(?:where|all)\s+(?:we|for)\b"
    r"|this\s+(?:notice|page|article|story|post|blog|update|bulletin|timeline|list)\s+will\s+be\s+"
    r"(?:updated|revised|refreshed|reviewed)\b)",
    re.IGNORECASE)
#: A page saying what it covers: "This roundup covers incidents reported last week", "This release reports
#: admissions for courses starting in September", "This bulletin reports visitor numbers for the summer". The
#: date is what the page is about. (A happening dated in a participle's aside of its own, "This report
#: summarises what they found and compares it with the last survey, carried out in 2018", is the survey's, and
#: stays: :data:`_DATED_PARTICIPLE_ASIDE`.)
_SAYS_WHAT_IT_COVERS = re.compile(
    r"^\W*this\s+" + _PAGE_NOUN + r"\s+(?:covers|reports|reports\s+on|sets\s+out|summari[sz]es|looks\s+(?:at|back\s+at)|"
    r"describes|gives|presents|lists|brings\s+together|records)\b", re.IGNORECASE)
_DATED_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|made|held|done|taken|begun|built|written|drawn)\s+(?:out\s+|up\s+)?"
                                     r"(?:in|on|during|between|from|at)\b", re.IGNORECASE)
#: The page's writer telling, "today", that the page reports a period: "Skyvane Airways today reports its results
#: for the summer quarter", "Halden & Pryce today reports trading for the Christmas period". The page itself is the
#: report (the date is the period reported on, whose happenings the page goes on to tell).
_TODAY_REPORTS = re.compile(
    r"^\W*(?:[\w&'’.,-]+\s+){1,6}?today\s+(?:reports|publishes|announces|releases|issues|presents)\s+"
    r"(?:(?:its|their|our|the)\s+)?(?:[\w-]+\s+){0,2}?(?:results|trading|figures|update|statement|accounts|performance)\s+"
    r"(?:for|over|covering)\b", re.IGNORECASE)


#: The page's credit or currency line, told as its own clause (the title is the line): "Compiled by R.
#: Holm and T. Vane, 14.02.2021", "Prepared by the records office | Current through March 31, 2024",
#: "Transcript of a conversation recorded for the village archive on 9 May 2023". Who made the page and when, not a happening of
#: its story. (A participle opening a sentence with a subject of its own, "Compiled by monks in the 1120s,
#: the chronicle …", is titled by that subject and stays.)
_CREDIT_LINE = re.compile(
    r"^\W*(?:[^|]*\|\s*)*(?:(?:compiled|prepared|written|edited|researched|translated|transcribed|checked|reviewed|"
    r"photographs|illustrations|reporting|additional\s+reporting)\s+by\b|" + CURRENT_THROUGH
    + r"\b|valid\s+(?:through|as\s+(?:of|at)|until)\b|transcript\s+of\b)", re.IGNORECASE)


#: A standing page's own change log entry, told with no subject: "20 October 2025 - Added information on the
#: Vell crossing", "Updated the Safety and security section", "Removed the section on fuel shortages". An edit
#: of the page's own words (its sections, advice, information, links), not a happening of what it reports.
_PAGE_EDIT = re.compile(
    r"(?:^|[-–—:|]\s*)(?:Added|Updated|Amended|Removed|Revised|Corrected|Clarified|Edited|Reworded|Rewrote|Moved)\b"
    r"[^.;]{0,80}?\b(?:sections?|information|advice|guidance|details|text|wording|links?|maps?|page|summary|"
    r"paragraphs?|contacts?|sub-?sections?|entry|entries)\b")


#: The next of the page's own numbered series, or the call for its copy: "Project update No. 15 will be
#: published in October", "Report No. 15, covering March, will be issued on 8 April", "Copy for the next
#: issue by noon on Wednesday, please". The page's schedule, not its story. (An unnumbered "The
#: inquiry's report will be published on 30 September" is someone else's, and stays.)
_NEXT_OF_ITS_SERIES = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?" + _PAGE_NOUN + r"\s+(?:no\.?|number|#)\s*\d+\b[^.;!?]{0,60}?\bwill\s+be\s+"
    r"(?:published|issued|out|released|posted|circulated|sent\s+out|available)\b"
    r"|^\W*(?:copy|contributions|items|articles|submissions|news)\s+for\s+(?:the\s+|our\s+)?(?:next|[\w-]+)\s+"
    r"(?:issue|edition|newsletter|bulletin|magazine)\b",
    re.IGNORECASE)
#: The page's own publication, told as a note in its timeline: "2025-06-18  This advisory published.",
#: "12 May: this notice issued". The page is the story's telling, not a happening in it. (A sentence,
#: "This report was published in March and found …", may speak of a report the story names, and stays.)
_THIS_PAGE_ISSUED = re.compile(
    r"^\W*(?:\d[\d/.-]*\d\s+(?:[-–—:]\s*)?)?this\s+(?:[\w-]+\s+)?" + _PAGE_NOUN +
    r"\s+(?:first\s+)?(?:published|issued|released|posted)\b", re.IGNORECASE)


def speaks_of_the_page(title: str, sentence: str) -> bool:
    """Whether a clause (``title``, in its ``sentence``) tells what the page itself does, points at the
    story it tells or credits the page (see :data:`_OUR_COVERAGE`, :data:`_POINTING_OPENING`,
    :data:`_SAYS_WHAT_IT_COVERS`, :data:`_TODAY_REPORTS`, :data:`_NEXT_OF_ITS_SERIES`, :data:`_THIS_PAGE_ISSUED`,
    :data:`_CREDIT_LINE` and :data:`_PAGE_EDIT`)."""
    return bool(_OUR_COVERAGE.search(title) or _POINTING_OPENING.match(sentence) or _CREDIT_LINE.match(title)
                or _TODAY_REPORTS.match(sentence) or _NEXT_OF_ITS_SERIES.match(sentence)
                or _THIS_PAGE_ISSUED.match(sentence.strip())
                or _SAYS_WHAT_IT_COVERS.match(sentence) and not _DATED_PARTICIPLE_ASIDE.search(sentence)
                or _PAGE_EDIT.search(sentence.strip()) and _PAGE_EDIT.search(sentence.strip()).start() < 40)


#: A way to reach the page's writer, a telephone number ("0300 555 0190", "020 7946 0112") or an e-mail
#: address, just before a date: the hours when the line is open ("call 0300 555 0190 (8am to 8pm)",
#: "Media enquiries: press@…, 020 7946 0112 (9am to 5pm, Monday to Friday)"), no happening.
_CONTACT_BEFORE = re.compile(r"(?:\b\d{3,5}[ -]\d{3,4}[ -]?\d{3,4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[^.;:!?\n]{0,30}$")


def gives_contact_hours(before: str) -> bool:
    """Whether a date comes right after a telephone number or an e-mail address (``before``: its sentence
    up to the date): a contact line's opening hours (see :data:`_CONTACT_BEFORE`)."""
    return _CONTACT_BEFORE.search(before) is not None
