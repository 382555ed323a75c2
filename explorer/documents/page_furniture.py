"""Lines a saved web page prints around its article that name no article: links back to where the
reader came from, breadcrumb trails, "follow us" calls, a site's attribution line, and a date stamp
printed on the headline's own line, and the heading of a block of links to other articles.

Why a module of its own: text copied or saved from a page keeps these lines above the headline, and
the headline finder took the first of them for the article's title ("Return to Transcripts main
page", "Home>Featured Articles>Strike Action", "From Casetext: Smarter Legal Research"). Each pattern
here is typographic (how such a line is built), never a site's own wording.
"""

from __future__ import annotations

import re

#: A link back or past: "Return to Transcripts main page", "Back to top", "Skip to main content",
#: "Go to the index". It ends on the place it leads to, so "Back to the moon, 50 years on" is no link.
_NAVIGATION = re.compile(
    r"^(?:return|back|go|skip|jump)\s+to\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}"
    r"(?:top|home(?:\s*page)?|homepage|main(?:\s+(?:page|content|menu))?|index|content|navigation|menu|"
    r"page|list|results|search|archive|front\s+page)\W*$",
    re.IGNORECASE,
)
#: A call to follow the site: "Follow us on Twitter", "Follow Councillor Q&A on BlueSky".
_FOLLOW = re.compile(r"^(?:follow|like|join)\s+(?:us|[\w&@'’. -]{1,40}?)\s+on\s+[A-Z@][\w.]*\W*$", re.IGNORECASE)
#: A site's attribution above the article: "From Wikipedia, the free encyclopedia", "From Casetext:
#: Smarter Legal Research": "From", a name, a comma or colon, and a short phrase with no verb of its own.
_ATTRIBUTION = re.compile(r"^From\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*[,:]\s+(?:[\w'’-]+\s*){1,5}$")
#: The separators of a breadcrumb trail: "Home > News > Local", "Home›Sport›Cricket", "Home / News".
_CRUMB = re.compile(r"\s*(?:>|›|»|\s/\s)\s*")

#: A full date opening a line: ISO ("2019-01-14") or written ("Jan. 14, 2019", "14 January 2019").
_FULL_DATE = (
    r"(?:\d{4}-\d\d-\d\d|"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})"
)
#: A date stamp before the headline on the same line: "date 2019-01-14 British mayor dies …",
#: "Published: 3 March 2021 | Council …", "2019-01-14 — Council …". A written date needs its label
#: ("March 3, 2019 was a Sunday" opens a sentence); an ISO date opening a line is a stamp either way.
_STAMP = re.compile(
    rf"^(?:(?:date[d]?|published|posted|updated)\b\s*:?\s*(?P<written>{_FULL_DATE})|(?P<iso>\d{{4}}-\d\d-\d\d))\b"
    r"\s*(?:[|:—–-]+\s*)?(?=[A-Z])",
    re.IGNORECASE,
)


#: The heading of a block of links to other pages, alone on its line: "Related", "More like this",
#: "Most read", "You may also like", "Read more:". What follows it names other articles, whose dates
#: are theirs ("Daily horoscope for November 16, 2024 | …" under "Related"). Readers' comments under
#: a post ("Comments", "3 comments", "Leave a reply") are the same: their stamps ("March 4, 2021 at
#: 3:12 pm") are the days the readers wrote, after the page.
_RELATED_HEADING = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|articles|posts|content|links|news|reading))?|more\s+like\s+this|"
    r"(?:\d+\s+|reader(?:s['’])?\s+)?(?:comments?|responses?|replies)|leave\s+a\s+(?:reply|comment)|"
    r"more\s+(?:stories|articles|news)|most\s+(?:read|popular|viewed|shared)|popular(?:\s+(?:now|posts|stories))?|"
    r"trending(?:\s+now)?|recommended(?:\s+for\s+you)?|(?:you\s+)?(?:may|might)\s+also\s+like|"
    r"read\s+(?:more|next)|also\s+read|see\s+also|latest\s+(?:stories|news|posts))\s*:?\W*$",
    re.IGNORECASE,
)


def is_related_heading(line: str) -> bool:
    """A heading over a block of links to other articles or of readers' comments (the lines under
    it are not this page's)."""
    return len(line.strip()) <= 40 and bool(_RELATED_HEADING.match(line.strip()))


def is_breadcrumb(line: str) -> bool:
    """A breadcrumb trail: three or more short crumbs, or "Home" and at least one more."""
    crumbs = [c for c in _CRUMB.split(line.strip()) if c]
    if len(crumbs) < 2 or not all(1 <= len(c.split()) <= 5 for c in crumbs):
        return False
    return len(crumbs) >= 3 or crumbs[0].lower() in ("home", "start", "main")


def last_crumb(line: str) -> str | None:
    """The last crumb of a breadcrumb trail (the page it stands on), or None when ``line`` is none."""
    return [c for c in _CRUMB.split(line.strip()) if c][-1].strip() if is_breadcrumb(line) else None


def is_navigation(line: str) -> bool:
    """A line that leads the reader elsewhere or says whose page it is, never the article's name."""
    line = line.strip()
    return bool(_NAVIGATION.match(line) or _FOLLOW.match(line) or _ATTRIBUTION.match(line)) or is_breadcrumb(line)


def without_date_stamp(line: str) -> str | None:
    """``line`` without the date stamp printed before its words, or None when it opens with none or
    fewer than three words follow it."""
    m = _STAMP.match(line.strip())
    if m is None:
        return None
    rest = line.strip()[m.end():]
    return rest if len(rest.split()) >= 3 else None


def date_stamp(text: str) -> str | None:
    """The date of the stamp opening the text's first line ("date 2019-01-14 British mayor dies …"),
    as printed, or None. It is the page's own date, as a "Published:" line is: the ingest engine
    dates the document by it when no header line or dateline does."""
    first = next((line for line in text[:2000].split("\n") if line.strip()), "")
    m = _STAMP.match(first.strip())
    if m is None or without_date_stamp(first) is None:
        return None
    return m.group("written") or m.group("iso")
