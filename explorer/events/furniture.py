"""Page furniture: the parts of a saved article that are not its story.

Footnotes and citations ("[1] Al-Akhbar (Lebanon), October 12, 2015"), bylines, section headings and
headlines ("Eastern Theater 1861-1863"), teaser links ("READ MORE: …") and whatever follows the
story's end marker ("Support Us", "This article was provided by …", "comments", "Share this Report"), and
photo captions ("… REUTERS/Ana Lind", "FILE - In this 2015 file photo, …")
are read by the tagger like any text, but nothing in them happened: no event comes from them.

:class:`Furniture` answers, for an offset of a document's text, whether it lies in furniture. All rules
are about the form of lines, never about particular outlets, names or dates.
"""

from __future__ import annotations

import bisect
import re

from explorer.documents.page_furniture import without_date_stamp
from explorer.temporal.lexicon import MONTH_NAMES, SHORT_MONTHS, SHORT_WEEKDAYS, WEEKDAY_NAMES, alternatives

#: A footnote or author note: "[3] …", "* A. B. is director of …".
_FOOTNOTE = re.compile(r"^\s*(?:\[\d{1,3}\]|\[[ivx]{1,5}\]|\*\s)")
#: A numbered note ("[2] …", "[iv] …"), not a bullet: the notes a story ends with.
_NUMBERED_NOTE = re.compile(r"^\s*(?:\[\d{1,3}\]|\[[ivx]{1,5}\])")
#: A citation's date ends its footnote line: "…, Al-Quds (London), October 1, 2015."
_CITATION_TAIL = re.compile(r"^\W*$")
_BYLINE = re.compile(r"^\s*(?:by|from|written by|reporting by)\s+[A-Z]|\|\s*by\s+[A-Z]", re.IGNORECASE)
#: Lines that say the story is over; what follows them is the site's, not the story's.
_END_MARKER = re.compile(
    r"^\W*(?:support us|share this\b|comments?\b|related(?: articles?| stories| posts| content)?\b|"
    r"more (?:from|on|stories)\b|recommended\b|you (?:may|might) also (?:like|enjoy)|most read\b|about the authors?\b|"
    r"this (?:article|report|story|piece) (?:was|is|has been) (?:provided|originally|first|republished|reproduced|syndicated)|"
    r"subscribe\b|sign up\b|newsletter\b|translated (?:from|by)\b|copyright\b|©)",
    re.IGNORECASE,
)
#: An entry in a site's listing of its pages: a page type's label in capitals, a headline and the page's
#: date in brackets at the line's end ("• PRESS RELEASE : Harbour board appoints new chair [March 2023]",
#: "- VIDEO: Mayor opens the new bridge (14 June 2022)"). It names another page, dated by its
#: publication. (A timeline entry opens with its date; a labelled sentence, "STATEMENT: The board met on
#: 3 March …", ends with no bracketed date.)
_LISTING_ENTRY = re.compile(
    r"^\s*(?:[•·▪►*\-–—]\s*)?(?-i:(?:PRESS|NEWS|MEDIA)\s+RELEASE|STATEMENT|VIDEO|PODCAST|OPINION|ANALYSIS|REPORT|BLOG|"
    r"FEATURE|INTERVIEW|EVENT|WEBINAR|GALLERY|PHOTOS|UPDATE|NEWS)S?\s*[:|–—-]\s*[^\n]{3,160}?"
    r"[\[(](?=[^\[\]()\n]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))[^\[\]()\n]{3,30}[\])]\s*$")
#: A note about the page itself, on a line of its own: an amendment or correction notice ("This article
#: was amended on 12 September to correct …", "An earlier version of this story misstated …",
#: "Correction: …", "Editor's note: …"). It dates the page's editing, not anything the story tells;
#: only "this" page counts ("The report was amended in March" is a story's sentence).
_PAGE_NOTE = re.compile(
    r"^\W*(?:this\s+(?:article|story|report|page|piece|post|interview|feature|review|column|guide|item)\s+"
    r"(?:was|has\s+been|have\s+been|is|had\s+been)\s+(?:amended|updated|corrected|changed|edited|revised|clarified)\b|"
    r"an?\s+(?:earlier|previous)\s+version\s+of\s+this\b|"
    r"(?:corrections?|clarifications?|editor['’]s\s+note)\s*(?::|—|–|-|\())",
    re.IGNORECASE,
)
PAGE_NOTE_MAX_WORDS = 60
#: A teaser or advert line inside the story.
_TEASER = re.compile(
    r"^\W*(?:read more|read also|see also|related|watch|listen|advertisement|sponsored|promoted|click here|"
    r"you (?:may|might) also (?:like|enjoy)|more like this)\b",
    re.IGNORECASE,
)
_ADVERT_LABEL = re.compile(
    r"^\W*(?:advertisement|advertising|sponsored(?: content| post)?|promoted(?: content)?|paid content|ad|anzeige)\W*$",
    re.IGNORECASE,
)
#: A photo caption copied with its page: it describes a picture (often a file picture of years before,
#: "FILE - In this 1965 file photo, …") and the story's own sentences tell whatever it shows. It opens
#: with a file-photo label, an image's file name or a viewer's link ("View full size"), or ends with a
#: picture credit: an agency and photographer ("REUTERS/Ana Lind", "EPA-EFE/Jo Park"), a parenthesised
#: credit ("(AP Photo/File)", "(Photo: Ana Lind/Daily Post)", "(ANA LIND/Wire)", "(file photo)") or
#: "Getty Images"; a credit line ("Photo: …", "Credit: …") is one too.
_CAPTION_OPENER = re.compile(
    r"^\W*(?:FILE(?:\s+PHOTO)?\s*(?:-|–|—|:)|[Ff]ile\s+photo\s*(?:-|–|—|:)|"
    r"\S*?\.(?:jpe?g|JPE?G|png|PNG|gif|webp)(?=[^\w]|[A-Z]|$)|"
    r"(?i:view\s+full\s+size|enlarge\s+(?:this\s+)?image|image\s+(?:caption|source|copyright)|photo\s+caption|caption\s*:|"
    r"(?:photo|foto|picture|image|credit)s?\s*:|"
    # "Pictured above: …", "Pictured: …", "Main picture: …", "Inset: …", "Above: …": a caption's label
    r"pictured(?:\s+(?:above|below|left|right|top|here))?\s*:|(?:main|top|inset)\s+(?:picture|image|photo)\s*:|"
    r"(?:above|below|inset)\s*:))")
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:[A-Z]{2,}\s+)?(?i:photo|photograph|picture|image|file\s+photo|file|pool\s+photo)\b[^()\n]{0,60}\)"
    r"|\b[A-Z]{2,}(?:-[A-Z]{2,})?/\s?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,3}(?:/(?:File|Pool)(?:\s+Photo)?)?"
    # a photographer and an agency in brackets: "(ANA LIND/Wire)", "(Ana Lind/Daily Post)"
    r"|\((?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*/[A-Z][\w.&'’ -]{1,40}\)"
    # an agency and the paper that ran the picture: "(Associated Press / The Daily Post)", "(Wire / Post)"
    r"|\((?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*\s/\s(?:The\s+)?[A-Z][\w.&'’ -]{1,40}\)"
    r"|\b(?:via\s+)?Getty\s+Images|(?:\bHandout|\b[A-Z][\w.]*(?:-[A-Z]+)?)\s+via\s+(?:[A-Z]{2,}|Reuters|AP|AFP)|\b(?:Photo|Photograph|Picture)(?:\s+by|:)\s+[A-Z][^.\n]{1,60})\W*$")
#: A caption tells what a picture shows, with the picture as its subject and the showing in the present
#: ("A satellite image shows smoke over the harbour, June 3", "Aerial footage from the scene shows …",
#: "Two photographs released by the family show …"), or points at the picture beside it ("Rescuers search
#: the rubble, March 2, in this handout picture released by …"). A report of what a picture showed is in
#: the past ("Police said the video showed …"), a story's sentence about a photographer has another
#: verb ("The photo agency opened …"), and a picture dated by its taking ("A photo taken in 1962 shows
#: the harbour full of boats") is an old picture the story itself brings in: none is one.
_PICTURE = (r"(?:photo(?:graph)?|picture|image|video|footage|screenshot|screen\s+grab|"
            r"(?:picture|video|photo)\s+grab|aerial\s+view)s?")
_PICTURE_SHOWS = re.compile(
    r"^\W*(?:(?:a|an|the|this|these|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?" + _PICTURE +
    r"\s+(?:(?:from|of|posted|released|provided|obtained|shared|published)\b[^.,;:]{0,60}?\s+)?"
    r"(?:shows?|depicts?|captures?)\b",
    re.IGNORECASE)
_THIS_PICTURE = re.compile(r"\bin\s+this\s+(?:[\w-]+\s+){0,2}?" + _PICTURE + r"\b", re.IGNORECASE)
#: A caption is one paragraph of at most this many words.
CAPTION_MAX_WORDS = 90


def is_caption(line: str) -> bool:
    """Whether ``line`` is a photo caption (see :data:`_CAPTION_OPENER`, :data:`_CAPTION_CREDIT`)."""
    if not line.strip() or len(line.split()) > CAPTION_MAX_WORDS:
        return False
    return bool(_CAPTION_OPENER.match(line) or _CAPTION_CREDIT.search(line) or _PICTURE_SHOWS.match(line)
                or _THIS_PICTURE.search(line))


#: A bare credit line ("Lena Marsh/Coastal Press", "Getty Images") is at most this many words; the
#: line right against it (no blank line between) is the caption it credits, when it is short.
BARE_CREDIT_MAX_WORDS = 6
CREDITED_CAPTION_MAX_WORDS = 45
#: A page saved from HTML often holds a caption twice (the picture's text and its printed caption, the
#: second with a date): a paragraph opening with the same words as a caption is that caption again.
CAPTION_OPENING_WORDS = 6


#: A photographer and an outlet, capitalised words on either side of a slash: "Lena Marsh/Coastal Press".
_NAME_SLASH_OUTLET = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s?/\s?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$")


def is_bare_credit(line: str) -> bool:
    """A line that is nothing but a picture credit: short, a credit's form, not a sentence."""
    stripped = line.strip()
    return (0 < len(stripped.split()) <= BARE_CREDIT_MAX_WORDS and not stripped.endswith((".", "!", "?"))
            and bool(_CAPTION_CREDIT.search(stripped) or _NAME_SLASH_OUTLET.match(stripped)))


def credited_caption(lines: list[str], n: int) -> bool:
    """Whether line ``n`` is a short line right above or below a bare credit line: the caption it credits."""
    line = lines[n]
    if not line.strip() or len(line.split()) > CREDITED_CAPTION_MAX_WORDS or is_bare_credit(line):
        return False
    return any(0 <= m < len(lines) and is_bare_credit(lines[m]) for m in (n - 1, n + 1))


def caption_opening(line: str) -> tuple[str, ...] | None:
    """The first words of a line, lower-cased, to know a caption told again; None for a short line."""
    words = tuple(w.lower() for w in _LINE_WORD.findall(line)[:CAPTION_OPENING_WORDS])
    return words if len(words) == CAPTION_OPENING_WORDS else None


#: A line that says when the page was published or changed, at its top or foot: "Posted on 3 March 2021
#: by Anna", "Published: April 9, 2018", "Last updated 14:02 GMT", "Filed at 6 p.m.". (The document's
#: date is read from it elsewhere; nothing in it happened in the story.)
_PUBLICATION_LINE = re.compile(
    r"^\W*(?:posted|published|updated|last\s+updated|first\s+published|originally\s+published|filed|released|"
    r"written|edited|modified)\b(?:\s+(?:on|at|in)\b|\s*:"
    # ... or straight before its time or date, "First published 23:10, Thursday 7 May 2026 | Updated 03:42,
    # Friday 8 May 2026" (but a live page's entry, "Updated 01:20: Counting resumes", tells its news)
    r"|\s+(?=\d)(?![^\n]*\d\s*:\s+[^\W\d]))",
    re.IGNORECASE,
)
#: The line that opens a quoted e-mail in a reply, who wrote it and when: "On Tue, 3 Mar 2026 at 16:47,
#: Ana Lind <a.lind@example.org> wrote:". The thread's own messages tell what happened; the line only
#: labels the quote.
_QUOTE_ATTRIBUTION = re.compile(r"^\W*on\s+[^\n]{4,60}?\d[^\n]{0,150}?\bwrote\s*:\s*$", re.IGNORECASE)
#: An almanac's line that names the day the page is written on: "Today is Saturday, May 9, the 129th day
#: of 2026. There are 236 days left in the year." (a "Today in History" column opens so). The page's
#: date, read elsewhere; nothing in it happened.
_ALMANAC_LINE = re.compile(rf"^\W{{0,2}}today\s+is\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|the\s+\d|\d{{1,2}})\b", re.IGNORECASE)
#: A label over a list, named for the page's day: "Today's highlight in history:", "Today's birthdays:",
#: "This week's events:". Its "Today's" is the page's date; the happenings are the list's.
_DAYS_LIST_LABEL = re.compile(r"(?i)^\W{0,2}(?:today|tonight|yesterday|this\s+(?:week|month|year))['’]s\s+[^\W\d][\w ,'’-]{0,40}:\s*$")
#: A publication line is short.
PUBLICATION_LINE_MAX_WORDS = 14
#: A bulletin's line that says when the notice was issued, how long it holds or when the next one
#: comes, a label and its colon before a time: "Issued: 08:00 Monday", "Valid until: 09:00 Friday 16
#: January", "Next update: 14:00 Wednesday", "Next report: 21 August 2026", "Deadline for the next issue:
#: 14 December". An advisory, a situation report or a service notice carries it at its top or foot;
#: nothing in it happened in the story, and the next bulletin is the page's own schedule, not news. (A
#: sentence, "The next report will be published on …", has no colon after its label and stays a
#: sentence: a schedule with a date of its own, which the gold keeps whoever tells it.)
_NOTICE_LINE = re.compile(
    r"^\W*(?:issued|valid\s+(?:until|till|to|from)|expires|effective(?:\s+from)?|in\s+force\s+(?:until|from)|"
    r"next\s+(?:update|report|review|bulletin|issue|edition|briefing)(?:\s+(?:due|expected))?|review\s+date|"
    # ... or the deadline for sending it something: "Deadline for the next issue: 14 December"
    r"deadline(?:\s+for\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?|"
    # ... or when sending it closes ("Registration closes: 23 May 2025", "Entries close: 1 June"), and the
    # stretch a report covers ("Reporting period: 14–20 March 2025")
    r"(?:registration|applications?|entries|nominations|submissions|bookings|bids|tenders|abstracts|"
    r"comments|responses)\s+(?:close|closes|due)|reporting\s+period|period\s+covered)\s*:",
    re.IGNORECASE,
)
#: A form's or a register's date field, a label and its colon: "Date of birth: 12/03/1971", "DOB:
#: 28/11/1980", "Date of listing: 4 May 2026", "Registration date: 9 September 2019", "Decision date: 14
#: October 2025". A sanctions list, a company register, a claim form or a decision letter fills it in;
#: the date files the record, and a reader lists what the record's prose tells, not its fields. (A
#: programme's line names its happening before the colon, "Summer fair: Saturday 29 June", "Hearing
#: date: 3 May", "Date of the auction: 9 June", and stays.)
_SCHEDULED = (r"(?:due|closing|release|start|opening|launch|hearing|trial|election|polling|completion|wedding|event|"
              r"meeting|sale|auction|match|game|race|concert|show|exhibition|interview|visit|departure|arrival|the|next)")
#: Words that head a list of dates to come or past ("Key dates: 3 May, hearing; 9 June, verdict"), whose
#: entries are the story's.
_LIST_OF_DATES = r"(?:key|important|main|major|other|upcoming|future|past|further|all|some|these|those|new|tour|more)"
_RECORD_DATE_FIELD = re.compile(
    # (two words may name the date: "Contract award date:", "Planning decision date:"; the field may give
    # the time too or several days, "Date and time of occurrence:", "Inspection dates:", or a diary's
    # month, "Month and year:")
    rf"^\W*(?:dates?(?:\s+and\s+times?)?\s+of\s+(?!{_SCHEDULED}\b)[a-z]+(?:\s+[a-z]+)?|"
    rf"(?:(?!{_SCHEDULED}\s|{_LIST_OF_DATES}\s)[a-z]+\s+){{1,2}}date|(?!{_SCHEDULED}\s|{_LIST_OF_DATES}\s)[a-z]+\s+dates|"
    rf"d\.?o\.?b\.?|month\s+and\s+year)\s*:",
    re.IGNORECASE,
)
#: A copyright or rights line, wherever it stands ("All content copyright 2015 Riverside Trust.", "©
#: 2024 The Harbour Gazette", "Text (c) 2019 A. Writer. All rights reserved."): the page's legal
#: furniture, and its year is the notice's, never something the story tells. "Copyright" counts only
#: followed by its sign or a year ("sued over copyright in 2015" is a story's sentence).
_RIGHTS_LINE = re.compile(
    r"(?i)©|&copy;|\bcopyright\s*(?:©|\(c\)|&copy;)?\s*\d{4}\b|\(c\)\s*\d{4}\b|\b(?:all|some)\s+rights\s+reserved\b")
RIGHTS_LINE_MAX_WORDS = 20
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs via with".split())
_LINE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+[^\W\d_]*")  # "1920s" is one word
#: Lines of at most this many words may be headings.
HEADING_MAX_WORDS = 14
#: An end marker counts only in the last part of the document (a "Related" heading near the top of a
#: long story is not its end).
END_MARKER_FROM = 0.5


def is_heading(line: str) -> bool:
    """A short line that does not end as a sentence and whose words are mostly capitalised."""
    stripped = line.strip().lstrip("#-•* ").strip()
    if not stripped or stripped.endswith((".", ";", ",", ":")) and not stripped.endswith("..."):
        return False
    words = _LINE_WORD.findall(stripped)
    if not 1 <= len(words) <= HEADING_MAX_WORDS:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.6 * len(content)


#: A paragraph after the end marker is the story's again (moved or appended there by an edit) when
#: it is prose of at least this many words whose names are mostly the story's own.
STORY_PARAGRAPH_WORDS = 20
_INNER_NAME = re.compile(r"(?<=[a-z,;]\s)[A-Z][\w-]+")


def _story_names(text: str) -> set[str]:
    """Capitalised words inside sentences (not opening one): the story's people, places, bodies."""
    return set(_INNER_NAME.findall(text))


def returns_to_story(line: str, names: set[str]) -> bool:
    """A paragraph after the end marker that tells the story: long prose that names the story's own
    people or places (twice at least, a third of its names). The site's boilerplate names the site,
    its founders and its newsletter, which the story's body does not."""
    if len(line.split()) < STORY_PARAGRAPH_WORDS:
        return False
    found = _INNER_NAME.findall(line)
    known = sum(1 for name in found if name in names)
    return known >= 2 and 3 * known >= len(found)


def _after_the_end(text: str, end_of_story: int, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Furniture spans from the end marker on: all of it, but for paragraphs that return to the story."""
    first_line_end = text.find("\n")
    names = _story_names(text[first_line_end + 1 if first_line_end != -1 else 0:end_of_story])
    spans: list[tuple[int, int, str]] = []
    run_start = end_of_story
    for start, end, line in lines:
        if start == end_of_story or not returns_to_story(line, names):
            continue
        if run_start < start:
            spans.append((run_start, start, "after the story's end"))
        run_start = end + 1
    if run_start < len(text):
        spans.append((run_start, len(text), "after the story's end"))
    return spans


#: A headline written in sentence case is no heading by capitals, but it is still the document's first
#: line, short, and not ended as a sentence; the story below tells what it announces, so a date in
#: it ("… posts higher third-quarter profit") would be the same happening again.
HEADLINE_MAX_WORDS = 20


#: The page's closing after a story's notes is at most this many paragraphs of at most this many words.
CLOSING_PARAGRAPHS = 2
CLOSING_PARAGRAPH_WORDS = 40


def _after_the_notes(text: str, notes_end: int) -> list[tuple[int, int, str]]:
    """The page's closing after the story's footnotes or citations, which close a story: one or two
    short paragraphs at the very end ("Harbour Books publishes guides to the coast of the 19th
    century.", "The author teaches history at …") are the publisher's or the author's, not the
    story's; a long paragraph there, or one returning to the story's names, keeps them all."""
    rest = text[notes_end:]
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", rest) if p.strip()]
    if not paragraphs or len(paragraphs) > CLOSING_PARAGRAPHS:
        return []
    first_line_end = text.find("\n")
    names = _story_names(text[first_line_end + 1 if first_line_end != -1 else 0:notes_end])
    if any(len(p.split()) > CLOSING_PARAGRAPH_WORDS or returns_to_story(p, names) or _FOOTNOTE.match(p)
           for p in paragraphs):
        return []
    start = notes_end + len(rest) - len(rest.lstrip())
    return [(start, len(text), "after the story's notes")] if start < len(text) else []


def is_first_line_headline(line: str, rest: str) -> bool:
    """The document's first non-blank line is a headline when it is short, does not end as a
    sentence, and prose follows it."""
    stripped = line.strip()
    if not stripped or stripped.endswith((".", "!", "?", ":", ",", ";")) or stripped.endswith(('."', '.”')):
        return False
    if not 3 <= len(_LINE_WORD.findall(stripped)) <= HEADLINE_MAX_WORDS:
        return False
    return any(len(later.split()) >= STORY_PARAGRAPH_WORDS for later in rest.split("\n")[:12])


#: A section heading in sentence case ("Allied victory: summer and autumn 1918", "2007: US troop
#: surge") is a paragraph of its own, at most this many words, not ended as a sentence, with prose
#: after it. A chronology's items ("1994: the band is formed") follow one another without prose
#: between them, and stay the story's.
SECTION_HEADING_MAX_WORDS = 12


def _next_text(lines: list[str], n: int) -> str:
    """The first non-blank line after line ``n``, if the blank line that a heading needs comes first."""
    if n + 1 >= len(lines) or lines[n + 1].strip():
        return ""
    return next((line for line in lines[n + 2:n + 6] if line.strip()), "")


def is_section_heading(line: str, before: str, after: str) -> bool:
    """``line`` stands alone between blank lines (``before``: the line above, "" at the top;
    ``after``: the next non-blank line) and heads the prose paragraph that follows it."""
    stripped = line.strip()
    if before.strip() or not stripped or stripped.endswith((".", "!", "?", ";", ",", ":", '"', "”")):
        return False
    if not 1 <= len(_LINE_WORD.findall(stripped)) <= SECTION_HEADING_MAX_WORDS:
        return False
    return len(after.split()) >= STORY_PARAGRAPH_WORDS


#: A heading run straight into its section, with no blank line after it ("The ruins today" above
#: "The church was used as a quarry …"), as encyclopedia pages copied as text have them: a short line
#: after a blank one, with no digit (a diary's "Tuesday 15 March, Copacabana" dates its entry, and
#: stays the story's), not ended as a sentence, with prose on the very next line.
RUN_IN_HEADING_MAX_WORDS = 6


def is_run_in_heading(line: str, before: str, after: str) -> bool:
    stripped = line.strip()
    if before.strip() or not stripped or any(c.isdigit() for c in stripped):
        return False
    if stripped.endswith((".", "!", "?", ";", ",", ":", '"', "”", "’", "'")):
        return False
    if not 1 <= len(_LINE_WORD.findall(stripped)) <= RUN_IN_HEADING_MAX_WORDS:
        return False
    return len(after.split()) >= STORY_PARAGRAPH_WORDS


#: An item of a list of dates ("Summer fair: Saturday 29 June, 11am to 3pm", "Year 3 trip to Castle
#: Mound: Tuesday 18 June"): a label, a colon, then its date.
_DATED_ITEM = re.compile(
    r"^\s*(?:[-•*]\s+)?[^:\n]{2,60}:\s+(?=[^\n]*(?:\d|\b(?:" + alternatives(SHORT_WEEKDAYS + SHORT_MONTHS) + r")[a-z]*\b))")


def is_dated_list_item(line: str, neighbours: tuple[str, ...]) -> bool:
    """A short capitalised line that is one of a run of "label: date" lines (a "dates for your diary"
    list, an agenda) tells a coming happening, however much it looks like a heading: a heading stands
    alone, a list item has a like line right above or below it."""
    return bool(_DATED_ITEM.match(line)) and any(_DATED_ITEM.match(other) for other in neighbours)


#: A fill-in-the-blanks placeholder of a template: "{CITY}", "{ACQUIRER_NAME}", "[Business Name]",
#: "[date]". (A footnote mark, "[3]", "[iv]", "[*]", and an editor's letter, "[a]ny", are no placeholder.)
_PLACEHOLDER = re.compile(r"\{[A-Z][A-Z0-9_]{2,}\}|\[[A-Za-z][A-Za-z’'/-]{2,},?(?:\s+[A-Za-z’'/?-]+,?){0,5}\]")
#: Placeholders on a line for it to be a template's, not a story's.
TEMPLATE_PLACEHOLDERS = 2
TEMPLATE_BRACKETED_BLANKS = 3


def is_template_line(line: str) -> bool:
    """A line of a template, with blanks still to fill ("{CITY}, {MONTH} {DAY}, {YEAR} - {NAME} today
    announced …", "[Place, date]. [Business Name] has acquired [acquired business name]"): what a
    writer will put there is no happening, and "today" there is no day."""
    found = _PLACEHOLDER.findall(line)
    # an editor's insertions in a quotation ("[the council] will decide [next month]") are bracketed
    # too: a template's bracketed blanks come three or more to a line
    return (sum(1 for f in found if f.startswith("{")) >= TEMPLATE_PLACEHOLDERS
            or len(found) >= TEMPLATE_BRACKETED_BLANKS)


#: A label of an archive's or a wire's record, in capitals before a colon: "DATE:", "SECTION:", "PAGE:",
#: "TAG:", "EDITION:", "LENGTH:", "SOURCE:".
_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][A-Z-]{1,14}(?:\s[A-Z][A-Z-]{1,14})?:(?=\s)")
#: Labelled fields on one line for it to be a record's header, not the story's.
RECORD_FIELDS = 3


def is_record_header(line: str) -> bool:
    """A line of labelled fields, as an archive or a wire service heads a stored story ("THE DAILY POST
    Copyright (c) 1996 … DATE: Tuesday, October 22, 1996 TAG: 9610 SECTION: BUSINESS PAGE: D6"): the
    story's date and where it ran, no happening."""
    return len(_FIELD_LABEL.findall(line)) >= RECORD_FIELDS

#: A title standing alone with the year of its edition in brackets at its end: "Acquisition press
#: release template (2026)", "Annual report (March 2019)", "Guide to the castle [2021]". The year dates
#: the page or the work, not a happening. (A line inside a list, "Charter granted (1205)" under
#: another, is the list's, and stays.)
_TITLE_WITH_YEAR = re.compile(
    r"^\s*(?!.*[.!?;:]\s)[^()\[\]\n]{3,120}?\s[(\[](?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}|\d{4}\s*[-–]\s*\d{2,4})[)\]]\s*$")
TITLE_WITH_YEAR_MAX_WORDS = 14


def is_title_with_year(line: str, before: str, after: str) -> bool:
    """``line`` stands alone between blank lines (``before``, ``after``: the lines around it) and is a
    short title ending with a bracketed year."""
    return (not before.strip() and not after.strip() and len(line.split()) <= TITLE_WITH_YEAR_MAX_WORDS
            and bool(_TITLE_WITH_YEAR.match(line)) and not _TOLD_VERB.search(line))


#: A verb that makes a line a sentence, not a title: "The abbey was founded by monks (1132)".
_TOLD_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b")


#: A name that is itself a happening's ("the Olympic Games", "the Battle of X", "Hurricane Y"), or a
#: noun made from a verb ("Bombing", "Election"): a line of names and a date with one of these names
#: something that happened.
_HAPPENING_NAME_WORD = re.compile(
    r"(?:War|Wars|Battle|Siege|Revolt|Rebellion|Uprising|Revolution|Massacre|Election|Elections|Referendum|"
    r"Games|Olympics|Cup|Championships?|Festival|Summit|Conference|Congress|Treaty|Accords?|Crisis|Hurricane|"
    r"Storm|Typhoon|Cyclone|Earthquake|Floods?|Fire|Attacks?|Disaster|Riots?|Strike|Coup|Invasion|Marathon|"
    r"Tour|Race|Expo|Fair|[A-Z][a-z]*(?:ing|tion|sion|ment))$")
#: Words a name-and-date line may hold besides names: "in", "of", "the" ("Atlanta, in 1996").
_LINKING_WORDS = frozenset("on in at the of a an and from to".split())


def is_name_and_date_only(sentence: str, timex_start: int, timex_end: int) -> bool:
    """Whether a sentence holds its date (at ``timex_start:timex_end``) and nothing else but a few
    names: "Atlanta nineteen ninety-six.", "Geneva, 4 May." opening a broadcast or a report. A place
    and a date with no verb are a dateline run into the story, no happening: no one did anything,
    and the title would be a place name. A name of a happening ("Olympic Games 1996", "Battle of
    Orme, 1402") or a verb ("Floods hit Tarn, 1998") is something that happened, and is not read
    here."""
    rest = f"{sentence[:timex_start]} {sentence[timex_end:]}"
    words = re.findall(r"[\w’'-]+", rest)
    names = [w for w in words if w.lower() not in _LINKING_WORDS]
    return (0 < len(names) <= 3 and all(w[:1].isupper() and not _HAPPENING_NAME_WORD.match(w) for w in names)
            and not re.search(r"[:;]", rest))


#: No furniture line (a record's header, a caption, a byline, an advert) is longer than this; the
#: longest met in the readable gold, WikiWars and TimeBank is a 592-character record header. Counted
#: over a longer line, the rules' cues add up: a page saved as one 280 KB line held three capitalised
#: "LABEL:" words, was taken for a record's header, and every event of it was dropped.
FURNITURE_LINE_MAX_CHARS = 1000


def date_stamp_end(line: str) -> int:
    """Where the date stamp opening ``line`` ends ("date 2019-03-06 ", "Published: 3 March 2021 | "), 0
    when it opens with none: the same stamps as the ingest engine dates a page by."""
    rest = without_date_stamp(line)
    return len(line) - len(rest) if rest is not None and line.endswith(rest) else 0


class Furniture:
    """The furniture spans of one document's text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int, str]] = []  # (start, end, why)
        self._citation_lines: list[tuple[int, int]] = []
        at = 0
        lines = text.split("\n")
        end_of_story: int | None = None
        advert_follows = False
        after_end: list[tuple[int, int, str]] = []  # the lines after the end marker
        first_line = True
        caption_openings: set[tuple[str, ...]] = set()  # the first words of the captions met so far
        last_note: tuple[int, int] | None = None  # the last numbered note line's span
        for n, line in enumerate(lines):
            start, at = at, at + len(line) + 1
            end = start + len(line)
            if first_line and line.strip():
                first_line = False
                stamp_end = date_stamp_end(line)
                if stamp_end:
                    # "date 2019-03-06 HARBOURTOWN: The ferry operator on Wednesday cancelled …": the stamp
                    # dates the page (ingest reads it); the story's own dates make its events.
                    self._spans.append((start, start + stamp_end, "date stamp"))
                if not is_heading(line) and is_first_line_headline(line, text[at:at + 4000]):
                    self._spans.append((start, end, "headline"))
                    continue
            if end_of_story is not None:
                after_end.append((start, end, line))
                continue
            if len(line) > FURNITURE_LINE_MAX_CHARS:
                advert_follows = False
                continue  # a paragraph, or a whole page saved on one line: the story's, whatever labels it holds
            if _NUMBERED_NOTE.match(line):
                last_note = (start, end)  # heading, citation or note: the story's notes have begun
            if advert_follows and line.strip():
                self._spans.append((start, end, "advert"))
                advert_follows = False
                continue
            if _ADVERT_LABEL.match(line):
                # "Advertisement" alone on a line labels the paragraph after it (an HTML page's ad slot).
                self._spans.append((start, end, "advert"))
                advert_follows = True
                continue
            if is_caption(line) or credited_caption(lines, n) or (
                    caption_opening(line) is not None and caption_opening(line) in caption_openings):
                self._spans.append((start, end, "caption"))
                opening = caption_opening(line)
                if opening is not None:
                    caption_openings.add(opening)
                continue
            if is_record_header(line):
                self._spans.append((start, end, "record header"))
                continue
            if is_template_line(line):
                self._spans.append((start, end, "template"))
                continue
            if is_title_with_year(line, lines[n - 1] if n > 0 else "", lines[n + 1] if n + 1 < len(lines) else ""):
                self._spans.append((start, end, "title with its year"))
                continue
            if _LISTING_ENTRY.match(line) and len(line.split()) <= 30:
                self._spans.append((start, end, "listing"))
                continue
            if _END_MARKER.match(line) and start >= END_MARKER_FROM * len(text) and (
                len(line.split()) <= 8 or re.match(r"^\W*this\s", line, re.IGNORECASE)
            ):
                end_of_story = start
            elif _RIGHTS_LINE.search(line) and len(line.split()) <= RIGHTS_LINE_MAX_WORDS:
                self._spans.append((start, end, "rights line"))
            elif (_PUBLICATION_LINE.match(line) or _NOTICE_LINE.match(line)) and len(line.split()) <= PUBLICATION_LINE_MAX_WORDS:
                self._spans.append((start, end, "publication line"))
            elif _QUOTE_ATTRIBUTION.match(line):
                self._spans.append((start, end, "quote attribution"))
            elif _RECORD_DATE_FIELD.match(line) and len(line.split()) <= PUBLICATION_LINE_MAX_WORDS:
                self._spans.append((start, end, "record date field"))
            elif _ALMANAC_LINE.match(line) and len(line.split()) <= PUBLICATION_LINE_MAX_WORDS + 10 \
                    or _DAYS_LIST_LABEL.match(line):
                self._spans.append((start, end, "publication line"))
            elif _PAGE_NOTE.match(line) and len(line.split()) <= PAGE_NOTE_MAX_WORDS:
                self._spans.append((start, end, "page note"))
            elif _TEASER.match(line):
                self._spans.append((start, end, "teaser or advert"))
            elif _BYLINE.search(line) and len(line.split()) <= 16:
                self._spans.append((start, end, "byline"))
            elif is_dated_list_item(line, (lines[n - 1] if n > 0 else "", lines[n + 1] if n + 1 < len(lines) else "")):
                pass  # "Summer fair: Saturday 29 June" in a list of dates: the story's
            elif is_heading(line):
                self._spans.append((start, end, "heading"))
            elif n > 0 and is_section_heading(line, lines[n - 1], _next_text(lines, n)):
                self._spans.append((start, end, "heading"))
            elif n > 0 and n + 1 < len(lines) and is_run_in_heading(line, lines[n - 1], lines[n + 1]):
                self._spans.append((start, end, "heading"))
            elif _FOOTNOTE.match(line):
                self._citation_lines.append((start, end))
        if end_of_story is not None:
            self._spans.extend(_after_the_end(text, end_of_story, after_end))
        elif last_note is not None and last_note[0] >= END_MARKER_FROM * len(text):
            self._spans.extend(_after_the_notes(text, last_note[1]))
        self._spans.sort()
        self._starts = [s for s, _, _ in self._spans]

    def why(self, start: int, end: int | None = None) -> str | None:
        """Why ``text[start:end]`` is furniture, or None when it is part of the story."""
        end = start if end is None else end
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._spans[i][0] <= start and end <= self._spans[i][1]:
            return self._spans[i][2]
        j = bisect.bisect_right(self._citation_lines, (start, len(self.text) + 1)) - 1
        for line_start, line_end in self._citation_lines[max(j, 0): j + 1]:
            if line_start <= start <= line_end:
                if _CITATION_TAIL.match(self.text[end:line_end]) and re.search(r",\s*$", self.text[line_start:start]):
                    return "citation date"
                if start == line_start or re.match(r"^\s*\*", self.text[line_start:line_end]):
                    return "note"
        return None

    def __contains__(self, offset: int) -> bool:
        return self.why(offset) is not None
