"""A press review's account of what the papers print is no happening.

"Monday's Herald leads on the budget", "The Ledger splashes on the bridge talks", "The Courier devotes
its front page to the floods", "The Star runs a picture of the fire": a press review tells, in the
present, how each paper covers the day's news. What a reader's timeline holds is the news itself (the
budget, the collapse of the talks, told in its own clause with its own date: "It reports that the two
councils broke off negotiations on Wednesday"), not the paper's choice of front page. So a paper's
coverage told in the present ("leads on", "splashes on", "devotes its front page to", "carries an
interview", "runs a picture") dates no event when the paper is named with the day of its edition
("Monday's Herald") or the page is a press review (a heading near its top: "Press review", "What the
papers say", "Front pages"). A paper's act told in the past ("The Gazette printed the letters on its
front page the next day", "published a photograph of her on Saturday") is a happening and stays, as it
does in a plain news story.

Only general English; nothing here knows a paper's name or a date.
"""

from __future__ import annotations

import re

__all__ = ["is_a_press_review", "tells_a_paper_s_coverage"]

#: A press review's heading, on a line of its own near the page's top.
_HEADING = re.compile(
    r"^\W*(?:(?:the\s+)?press\s+review|review\s+of\s+the\s+(?:press|papers)|newspaper\s+review|(?:the\s+)?papers\s+review|"
    r"what\s+the\s+papers\s+say|(?:today['’]s\s+|the\s+)?front\s+pages|in\s+the\s+papers|today['’]s\s+papers|"
    r"(?:the\s+)?papers\s+round-?up)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE)
#: What the pieces a paper prints are called.
_PIECE = (r"(?:interview|report|story|picture|photograph|photo|piece|column|editorial|analysis|feature|profile|"
          r"cartoon|letter|leader|poll|survey|exclusive|investigation|obituary|review|comment|opinion|spread|"
          r"supplement|special|splash|headline|image)s?")
#: A paper's coverage in the present, as a title tells it (``verb`` is the present form looked for in
#: the sentence): "leads on the budget", "splashes with a warning", "devotes its front page to",
#: "gives over three pages to", "carries an interview", "runs a picture", "features a profile",
#: "headlines the strike", "focuses on the weather".
_COVERAGE = re.compile(
    rf"\b(?P<verb>leads|splashes)\s+(?:on|with)\b|"
    rf"\b(?P<verb2>devotes|dedicates|gives(?:\s+over)?|hands(?:\s+over)?)\s+(?:its|the|a|an|two|three|four|five|six|several|\d+)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:front\s+page|pages?|cover|coverage|space|columns?|section|spread|editorial|leader)\b|"
    rf"\b(?P<verb3>carries|runs|features|prints|publishes|has|offers)\s+(?:an?|its|the|two|three|several|\d+)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_PIECE}\b|"
    rf"\b(?P<verb4>headlines|focuses\s+on|concentrates\s+on)\b",
    re.IGNORECASE)
#: A paper named with the day of its edition, opening the sentence: "Monday's Herald", "Today's Ledger",
#: "Sunday's Observer".
_DAY_S_PAPER = re.compile(
    r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday)['’]s\s+(?:[A-Z][\w&.-]*\s+){1,4}", re.UNICODE)


def is_a_press_review(text: str) -> bool:
    """Whether the page ``text`` is a press review: a heading near its top names it so."""
    return _HEADING.search(text[:300]) is not None


def tells_a_paper_s_coverage(title: str, sentence: str, press_review: bool) -> bool:
    """Whether an event titled ``title`` from ``sentence`` is a paper's coverage told in the present
    (see the module's notes): on a press review (``press_review``), or with the paper named by the day
    of its edition ("Monday's Herald leads on the budget")."""
    m = _COVERAGE.search(title)
    if m is None:
        return False
    verb = next(v for v in m.groups() if v)
    if re.search(rf"\b{re.escape(verb.split()[0])}\b", sentence, re.IGNORECASE) is None:
        return False  # told in the past ("The Gazette printed the letters on its front page"): a happening
    return press_review or _DAY_S_PAPER.match(sentence) is not None
