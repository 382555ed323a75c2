"""Finding an article's headline in its text, for lane labels and the document list.

Saved web pages start with page furniture ("close button", "5 min read", bylines, datelines), so the
first line is often not the title. A headline is short, mostly capitalised, does not end like a
sentence, and is often repeated near the top; when no line looks like one, the opening sentence,
shortened, is the most telling label we have.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from explorer.documents.file_title import spelled_file_name, title_from_file_name
from explorer.documents.lead_phrases import LEAD_CHARS, kept_words, with_what_was_said, without_trailing_day
from explorer.documents.page_furniture import is_navigation, last_crumb, without_date_stamp
from explorer.sentences import split_sentences

_DATE_START = re.compile(
    r"^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|^\d{4}-\d\d-\d\d",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^(?:by\s|close\b|switch to\b|share\b|comments?\b|read more\b|advertisement\b|subscribe\b|"
    r"it looks like\b|\d+\s+min(?:ute)?s?\s+read\b|posted\b|updated\b|published\b|released\b|"
    r"for immediate release\b|(?:press|news) release\b|embargoed\b)",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs via with".split())
MAX_LABEL = 90


def _is_furniture(line: str) -> bool:
    """A line of the page around the article (a byline cue, a share button, a link back, a breadcrumb)."""
    return bool(_FURNITURE.match(line)) or is_navigation(line)


#: A list's item: a bullet or a number opening the line ("- Fixed a crash when …", "* Added …", "2) …").
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪►–]|\d{1,3}[.)])\s+\S")
#: A form's or a table's row: a label of up to three words, then a bar or a tab, then its value
#: ("Date | 14 May 2025", "From\tOperations"), as a memo's head or a .docx table is read.
_FIELD_ROW = re.compile(r"^\s*[^|\t\s][^|\t]{0,30}?\s*(?:\||\t)\s*(\S.*)$")


def _field_value(line: str) -> str | None:
    """The value of a "Field | value" row, or None when ``line`` is none."""
    m = _FIELD_ROW.match(line)
    return m[1] if m and len(line[:m.start(1)].split()) <= 4 else None


def _is_list_item_or_field_row(line: str, lines: list[str]) -> bool:
    """A list's item or a form's row, which is never a document's headline: a bulleted or numbered
    line, or a "Field | value" row whose value is a date or that stands among other such rows (a
    memo's "To | …", "From | …", "Date | …"). One bar after a headline ("Opinion | Why the ferry
    matters") is a kicker, not a form."""
    if _LIST_ITEM.match(line):
        return True
    value = _field_value(line)
    if value is None:
        return False
    if is_date_line(value) or is_date_fragment(value):
        return True
    at = lines.index(line) if line in lines else -1
    neighbours = lines[max(0, at - 1):at] + lines[at + 1:at + 2] if at >= 0 else []
    return any(_field_value(other) is not None for other in neighbours)


_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*", re.IGNORECASE)
_LINE_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s[a-z]+)?:\s*")


def is_date_line(line: str) -> bool:
    """A line that dates the page rather than naming it: "Thursday, Sept. 5, 2019", "Released: 1 March
    2024", "Monday 7 March 2016, La Paz" (a diary's entry)."""
    rest = _WEEKDAY.sub("", _LINE_LABEL.sub("", line.strip()))
    return bool(_DATE_START.match(rest)) or is_date_fragment(rest) or is_date_fragment(rest.split(",")[0])


def _is_headline(line: str) -> bool:
    words = re.findall(r"[\w’'.-]+", line)
    if not 3 <= len(words) <= 20 or _DATE_START.match(line) or _is_furniture(line) or is_date_line(line):
        return False
    if line.endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.[A-Z]\.$", line):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and capitalised / len(content) >= 0.6


#: "Bear, Stearns amp Co.", "AT amp T": an ampersand whose HTML escape lost its "&" and ";" in some
#: conversion, a lower-case word between two capitalised names (no English "amp" stands so). Only
#: the label shows "&": the text keeps its letters, so no offset moves (a
#: repair in the reader moved every offset after it, and TimeBank's own texts carry these).
_STRIPPED_AMPERSAND = re.compile(r"(\b[A-Z][\w.'’]*) amp (?=[A-Z])")


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    text = _STRIPPED_AMPERSAND.sub(r"\1 & ", text)
    if len(text) <= MAX_LABEL:
        return text if re.search(r"\b[A-Z]\.$", text) else text.rstrip(".")
    cut = text.rfind(" ", 0, MAX_LABEL)
    return text[: cut if cut > 20 else MAX_LABEL].rstrip(",;:") + "…"


#: A section label in capitals before a headline: "ANALYSIS: …", "EXCLUSIVE — …".
_KICKER = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,})?\s*(?::|—|–|--|\|)\s+(?=[A-Z])")
#: A news dateline opening the story: "HAVANA (AP) --", "O'SMACH, Cambodia_", "PARIS, June 3 —".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([A-Za-z. ]{2,12}\))?\s*(?:--|—|–|_|-)\s*"
)
#: An outlet's or section's label before the story's first sentence: "Herald Report: Iran lost …".
_SOURCE_PREFIX = re.compile(r"^(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*:\s+(?=\S)")
_CLAUSE_END = re.compile(r"[;—–]|,(?!\s*\d)")


#: Words of a section heading that names no happening: "Course of the war", "Background", "Opening hostilities".
_GENERIC_HEADING_WORDS = frozenset(
    "overview background introduction prelude preamble aftermath history summary contents course origins "
    "causes consequences outcome outcomes legacy conclusion conclusions timeline chronology notes references "
    "sources bibliography opening hostilities events early late life career see also further reading "
    "campaign campaigns war wars conflict fighting period era phase phases stage stages part chapter section "
    "the of a an and in to its their first second third final main".split()
)
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
#: An era after a year, with or without its full stops: "BC", "B.C.", "BCE", "AD", "A.D.", "CE".
_ERA = r"(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)(?![\w])"
#: A date with its preposition, alone or opening a sentence: "On September 1, 1939", "In 264 BC", "1917", "Early in 1942".
_DATE_PHRASE = (
    r"(?:(?:on|in|by|during|since|from|until|after|before|at|of|early|late|mid|the|that|year)\s+)*"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*)?"
    rf"\d{{1,4}}(?:\s*(?:{_ERA}|s))?(?:\s*(?:-|–|to)\s*\d{{1,4}}(?:\s*{_ERA})?)?"
)
_DATE_ONLY = re.compile(rf"^\W*{_DATE_PHRASE}\W*$", re.IGNORECASE)
#: A sentence's opening date, before its subject: "On September 1, 1939, Germany …" -> "Germany …".
_LEADING_DATE = re.compile(rf"^{_DATE_PHRASE}\s*,\s+(?=[A-Z])", re.IGNORECASE)
#: The same with no comma, when a preposition of time opens it and the subject follows: "In 146 B.C.
#: the Romans destroyed Carthage" -> "the Romans destroyed Carthage" (a bare "1917 was a hard year" stays).
_LEADING_DATE_NO_COMMA = re.compile(rf"^(?=(?:in|on|during|early|late|by)\s){_DATE_PHRASE}\s+(?=[A-Za-z])", re.IGNORECASE)
#: A dashed aside inside a sentence: "Germany and Slovakia - a client state in 1939 - attacked Poland".
_DASH_ASIDE = re.compile(r"\s+(?:-|–|—|--)\s+[^–—]{1,80}?\s+(?:-|–|—|--)\s+")


#: An opening phrase before the subject: "On the other hand, …", "Taking the stand in her defense, …",
#: "Tired of being sidelined, …", "Finally today, …", "Despite the recent possibility of …, …".
_OPENER = re.compile(
    r"^(?:(?:on|in|at|by|for|from|with|without|despite|after|before|during|since|under|amid|unlike|like|"
    r"as|not|once|still)\b|[A-Z][a-z]+(?:ing|ed|ly)\b)[^,;:]{0,80},\s+(?=\S)",
    re.IGNORECASE,
)


#: A fronted participle's phrase too long for ``_OPENER`` ("Expressing concern over the damage the
#: storm caused in the three river districts of the north, the minister …"): without it the label was
#: the phrase's first ten words, a fragment naming no one.
_LONG_PARTICIPLE_OPENER = re.compile(r"^[A-Z][a-z]+ing\b[^,;:]{0,200},\s+(?=\S)")


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", re.IGNORECASE)
#: A fronted adverbial clause before the main clause: "When the first ship docked at the terminal, …",
#: "While the expansion has been a blessing, …", "Although sales rose, …". Its own verb is no reason
#: to keep it (the main clause after its comma tells what the article is about).
_SUBORDINATE_OPENER = re.compile(
    r"^(?:when|while|whilst|although|though|because|if|unless|once|whereas)\s[^,;:]{3,100},\s+(?=\S)", re.IGNORECASE)
#: A broadcast's greeting or sign-on sentence before its story: "Good evening from the central park.",
#: "Live from the studio, good evening.", "Welcome to the weekend programme." It names no happening.
_GREETING = re.compile(r"^(?:good\s+(?:morning|afternoon|evening|night)|live\s+from|welcome\s+(?:back\s+)?to|hello\s+and)\b",
                       re.IGNORECASE)
#: A presenter naming themselves, the whole sentence: "I'm Ada Lind.", "Radio Five news, I'm Ada Lind.",
#: "For the evening report, this is Ben Ort in the newsroom in Leeds." It names no happening either.
_SIGN_ON = re.compile(r"^(?:[^.,;]{0,50},\s*)?(?:[Tt]his\s+is|I[’']m|I\s+am)\s+(?:[A-Z][\w.'’-]*\s*){1,3}"
                      r"(?:(?:in|at|from|with|for|reporting)\b[^,;]{0,60})?[.!]?\s*$")


def _is_greeting(sentence: str) -> bool:
    return bool(_GREETING.match(sentence) or _SIGN_ON.match(sentence.strip()))


def is_date_fragment(label: str) -> bool:
    """True for a label that is only a date with its preposition ("On September 1, 1939", "1917",
    "Of that year"): it says when, never what, so it is never a document's title."""
    return bool(_DATE_ONLY.match(label.strip().rstrip("…")))


def _is_generic_heading(line: str) -> bool:
    words = re.findall(r"[a-z]+", line.lower())
    return bool(words) and all(w in _GENERIC_HEADING_WORDS for w in words)


def _is_section_heading(line: str) -> bool:
    """A history's section heading: a short line opening with a capital or a date, not a sentence."""
    words = line.split()
    return 1 <= len(words) <= 10 and not line.endswith((".", "!", "?", ",", ";", ":")) and (
        line[:1].isupper() or line[:1].isdigit()) and not _is_furniture(line)


def _heading_title(lines: list[str]) -> str | None:
    """When the text opens with generic section headings or a bare year ("Course of the war", "1917"),
    the first specific heading before the story's first paragraph ends ("War breaks out in Europe"),
    or None when the text does not open so, or has no specific heading there."""
    if not lines or not (_is_section_heading(lines[0]) and (_is_generic_heading(lines[0]) or is_date_fragment(lines[0]))):
        return None
    for line in lines[:6]:
        if not _is_section_heading(line):
            continue
        if _is_generic_heading(line) or is_date_fragment(line):
            continue
        return line
    return None


def _is_byline_or_initials(line: str) -> bool:
    words = line.split()
    return len(words) <= 4 and all(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]+\.?|by|By|and|&", w) for w in words) \
        or bool(_NAME_AND_DESK.match(line))


#: A byline that gives the writer's desk or post after the name: "Ann Lee, Foreign Desk", "J. Okafor,
#: Science Correspondent", "Ines de la Cruz, Staff Writer".
_NAME_AND_DESK = re.compile(
    r"^(?:By\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:de|la|van|von|der|den|du|da|di|del|le|al|bin)\s+)*[A-Z][\w.’'-]*){1,3},\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Desk|Correspondent|Reporter|Editor|Writer|Staff|Bureau|Columnist|Contributor)$")


#: A dateline that carries its date: "BRANSFORD, Ohio, Oct. 14, 2022 —", "RAVENSHOLM, March 9, 2023 —".
_DATED_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{2,40},(?:\s*[A-Z][a-z.]+,)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*(?:--|—|–|_|-|:)\s*"
)
#: A bare day word opening a broadcast's lead: "Tomorrow the board of supervisors will vote …".
_LEADING_DAY_WORD = re.compile(
    r"^(?:today|tomorrow|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week))\s+(?=[a-zA-Z])",
    re.IGNORECASE,
)
#: A weekday or "today" between a subject and its verb or a verb and its object ("The World Court
#: Friday rejected …", "said Thursday it would …", "Estrada on Tuesday condemned …"): it splits the
#: label's subject and verb. At a phrase's end ("resigned on Monday", "marched Sunday in …") it stays.
_DAY_WORD = re.compile(
    r"(?<!\bGood)(?<!\bBlack)(?<!\bHoly)(?<!\bSuper)\s+(?:(?:on|late|early)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?+\b"
    r"(?=\s+(?!(?:and|or|but|in|on|at|with|to|for|from|by|after|before|of|as|over|during|that)\b)[a-z])"
)
#: A broadcaster's framing before the story: "We learned that the space agency has …".
_LEAD_FRAMING = re.compile(r"^(?:we|I)\s+(?:have\s+)?(?:learned|learnt|hear|heard|understand|are told|were told)\s+(?:that\s+)?",
                           re.IGNORECASE)
#: Asides between commas that are no part of the subject and verb: a place after a name ("StatesWest
#: Airlines, Phoenix, Ariz., said"), a participle or relative clause ("Saddam Hussein, facing …, sought").
_ASIDE_BODY = r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|(?:who|which|whose|[a-z]+ing|[a-z]{3,}ed)\b[^,;]{0,80})"
_LEAD_ASIDE = re.compile(rf",\s+{_ASIDE_BODY}(?:,\s+{_ASIDE_BODY})*,(?=\s)")
#: A name opening the lead, then what it is between commas, then the verb: "J. K. Morrow, the town's
#: mayor, resigned", "Ada Lind, 54, won", "Ben Ort, a former teacher, said". The apposition (an article
#: or possessive and its noun phrase, or an age) tells who the subject is, not what happened, and its
#: comma would end the label before the verb; a list ("Ada Lind, the mayor, and …") keeps it.
_SUBJECT_APPOSITION = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+"
    r"(?:(?:the|a|an|his|her|its|their|our)\s+[^,;()]{1,60}|\d{1,3}|[A-Z][\w-]*['’]s\s+[^,;()]{1,60}),"
    r"(?=\s+(?!(?:and|or|but|nor)\b)[a-z])"
)
#: A sentence end the splitter took for an initial: "Major job cuts at AT and T. The long distance …".
_HIDDEN_END = re.compile(r"\.\s+(?=(?:The|A|An|It|This|These|Those|He|She|They|We|But|And|In|On)\s)")
#: Capitals of a wire lead's first words: "PROGRAM TRADING is being curbed", "MALAYSIA's move".
_SHOUTED_START = re.compile(r"^(?:[A-Z]{2,}[’']?s?\b\s*){1,4}(?=[’']s\b|\s+[a-z])")


def _unshout(sentence: str) -> str:
    """ "PROGRAM TRADING is being curbed" -> "Program Trading is being curbed"; short acronyms ("IBM") stay."""
    m = _SHOUTED_START.match(sentence)
    if not m or not any(len(w.strip("’'s")) >= 5 for w in m.group().split()):
        return sentence
    words = [w if len(w.strip("’'s")) <= 3 else w[:1] + w[1:].lower() for w in m.group().split(" ")]
    return " ".join(words) + sentence[m.end():]


def lead_label(line: str) -> str:
    """The first sentence's subject and verb, with a short object: "HAVANA (AP) -- Cuba freed three
    dissidents on Tuesday, officials said." -> "Cuba freed three dissidents". Initials do not end it."""
    line = _DATED_DATELINE.sub("", line.strip(), count=1)
    line = _DATELINE.sub("", line, count=1)
    line = _SOURCE_PREFIX.sub("", line, count=1)
    spans = split_sentences(line)
    while len(spans) > 1 and _is_greeting(line[spans[0].start:spans[0].end]):
        spans = spans[1:]  # the broadcast's greeting names nothing: the story starts after it
    sentence = line[spans[0].start:spans[0].end] if spans else line
    hidden = _HIDDEN_END.search(sentence)
    if hidden and len(sentence[:hidden.start()].split()) >= 3:
        sentence = sentence[:hidden.start()]
    sentence = _DASH_ASIDE.sub(" ", _LEADING_DATE.sub("", sentence, count=1))
    undated = _LEADING_DATE_NO_COMMA.sub("", sentence, count=1)
    if len(undated.split()) >= 2:
        sentence = undated
    # the apposition goes first: left in, its verb would look like an aside ("…, the mayor, resigned
    # on Tuesday after …, officials said" lost "resigned … after …" as if it were "facing …")
    sentence = _SUBJECT_APPOSITION.sub(r"\g<name>", _unshout(_LEADING_DAY_WORD.sub("", sentence, count=1)), count=1)
    sentence = _LEAD_ASIDE.sub("", sentence)
    opener = _OPENER.match(sentence) or _LONG_PARTICIPLE_OPENER.match(sentence)
    if opener and len(sentence[opener.end():].split()) >= 4 and not _FINITE.search(opener.group()):
        sentence = sentence[opener.end():]
    clause = _SUBORDINATE_OPENER.match(sentence)
    if clause and len(sentence[clause.end():].split()) >= 4:
        sentence = sentence[clause.end():]
    sentence = _LEAD_FRAMING.sub("", _DAY_WORD.sub("", sentence))
    sentence = sentence[:1].upper() + sentence[1:]
    words = sentence.split()
    cut = None
    for m in _CLAUSE_END.finditer(sentence):
        if len(sentence[: m.start()].split()) >= 4:
            cut = m.start()
            break
    if cut is not None:
        sentence = sentence[:cut]
        words = sentence.split()
    text = without_trailing_day(" ".join(kept_words(words, len(sentence) > LEAD_CHARS)))
    text = _without_open_quote(with_what_was_said(text, sentence))
    return text.rstrip(" ,;:.") if not re.search(r"\b[A-Z]\.$", text) else text


def _without_open_quote(label: str) -> str:
    """ '"So far, the offensive is progressing' -> 'So far, the offensive is progressing': a quotation
    the label cut before its end loses its opening mark, which would otherwise stand open in a lane."""
    if label.count('"') % 2:
        label = label.replace('"', "", 1)
    if label.count("“") > label.count("”"):
        label = label.replace("“", "", 1)
    return label


#: The most words a first line standing alone above the story may have to be its title.
TITLE_LINE_WORDS = 16


def _title_line(text: str) -> str | None:
    """The first line when it stands alone above the story, as a title does, whatever its capitals
    ("Riverside Festival announces its 2024 programme", "Our history: a hundred years of …"): followed
    by a blank line, short, not a sentence, a date, a byline, furniture, a dateline or a generic
    heading. A title of one or two words ("Fenmouth") counts only when the story opens by repeating it."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    while len(parts) > 2 and "\n" not in parts[0] and (
            _is_furniture(parts[0].lstrip("#").strip()) or is_date_line(parts[0])):
        parts = parts[1:]  # "Advertisement", "Return to … main page", a breadcrumb, a blog post's date above the title
    if len(parts) < 2 or "\n" in parts[0]:
        return None
    line = parts[0].lstrip("#").strip()
    words = line.split()
    if not 1 <= len(words) <= TITLE_LINE_WORDS or line.endswith((".", "!", "?", ",", ";", ":")):
        return None
    if (_is_furniture(line) or is_date_line(line) or _DATELINE.match(line) or _is_generic_heading(line)
            or not (line[:1].isupper() or line[:1].isdigit()) or _is_list_item_or_field_row(line, [line, parts[1].split("\n")[0]])):
        return None
    if len(words) <= 2:
        # the story's first line of prose (an image's address may stand on a line above it)
        story = next((ln.strip() for p in parts[1:] for ln in p.split("\n") if len(ln.split()) >= 12), "")
        # an encyclopedia's entry repeats its name after an article, in any case ("Peace treaty\n\nA
        # peace treaty is …"; "Fenmouth\n\nFenmouth is …")
        if re.match(r"(?:(?:a|an|the)\s+)?" + re.escape(line) + r"\b", story, re.IGNORECASE):
            return line
        # a section's or a regular feature's name ("Obituaries", "Match Report") says nothing of this
        # story, and a person's name alone ("Ann Lee") is its byline: the story's first sentence is the
        # label. Any other short line is the headline ("Floods", "Storm Warning").
        return None if _is_section_name(line) or _is_bare_name(line, text) else line
    return None if _is_byline_or_initials(line) else line


#: The head words of a section's or a regular feature's name, which tell no one story: general vocabulary.
_SECTION_WORDS = frozenset(
    """report reports news review reviews notes letters update updates results obituary obituaries weather
    sport sports business opinion opinions editorial editorials briefing briefings briefs diary preview
    roundup round-up analysis comment comments feature features interview column digest bulletin
    summary contents introduction overview background noticeboard announcement announcements notice notices
    events memo memorandum circular bulletin history about""".split()
)


def _is_section_name(line: str) -> bool:
    """A short line naming a page's section, a regular feature or the document's kind ("Obituaries",
    "Match Report", "Local News", "NOTICE"; one word in capitals is such a label, "MEMO", "UPDATE")."""
    if len(line.split()) == 1 and line.isupper():
        return True
    return any(w.strip(".:!,").lower() in _SECTION_WORDS for w in line.split())


def _is_bare_name(line: str, text: str) -> bool:
    """Whether a line of one or two words is a person's name alone, as a byline writes it ("Ann Lee",
    "J. Okafor"): two name-shaped words, neither used by the text as a common word in lower case. One
    word is no byline: a byline gives a given name and a surname, or says "By"."""
    words = line.split()
    if len(words) != 2 or not all(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z’'-]+|[A-Z][a-z]*[A-Z][a-z’'-]+", w) for w in words):
        return False
    if _headline_grammar(words):
        return False  # "Harbour Closed", "Talks Collapse": a headline's noun and verb, no one's name
    # a word the story writes in lower case, or a form of it ("Storm Warning" over "… warned of storms")
    return not any(re.search(r"\b" + re.escape(w.lower()) + r"\b", text) for w in words if len(w) > 2) \
        and not any(re.search(r"\b" + re.escape(_stem(w.lower())) + r"[a-z]{0,4}\b", text) for w in words if len(w) >= 5)


def _stem(word: str) -> str:
    """``word`` without an ending of inflection (at least four letters kept): "warning" -> "warn"."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _headline_grammar(words: list[str]) -> bool:
    """Whether two capitalised words read as a headline's clause: a past participle after a noun
    ("Harbour Closed", "Match Postponed"; not a name in "-eed" or "-med", "Reed", "Ahmed"), or a common
    plural noun first ("Talks Collapse", "Rates Rise")."""
    second = words[1].lower()
    participle = len(second) >= 5 and second.endswith("ed") and not second.endswith(("eed", "med"))
    return participle or words[0].lower() in _HEADLINE_PLURALS


#: Plural common nouns that open a two-word headline ("Talks Collapse", "Prices Soar", "Floods Return"),
#: never a given name (documents read no events module: the layers' rule).
_HEADLINE_PLURALS = frozenset(
    """talks rates prices shares sales markets stocks troops forces strikes floods storms fires protests
    profits jobs workers unions police tensions fears hopes clashes riots rains winds exports imports costs
    wages rents fares taxes tariffs plans cuts lessons results elections votes""".split())


def _section_headings(text: str) -> int:
    """How many lines of the text stand alone as a section's heading after its first long paragraph:
    short, their own paragraph, not a sentence."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", text)]
    prose = next((i for i, p in enumerate(parts) if len(p.split()) >= 20), len(parts))
    return sum(1 for p in parts[prose + 1:] if "\n" not in p and _is_section_heading(p.lstrip("#").strip()))


def guess_title(text: str, path: str) -> str:
    """The article's headline, else its first sentence's subject and verb, else the file name. A
    history whose first line is only its first section's heading (the text has more such headings
    further on), or which has no headline, takes the name its file name abbreviates when the text
    writes it out ("03_AmCivWar.txt" -> "American Civil War"; see ``file_title``)."""
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n")[:40]]
    lines = [line for line in lines if line]
    if lines and (unstamped := without_date_stamp(lines[0])) is not None:
        # "date 2019-01-14 British mayor dies …": the stamp dates the page; what follows it is the
        # headline when it is short and no sentence, else the story's first sentence
        if len(unstamped.split()) <= TITLE_LINE_WORDS and not unstamped.endswith((".", "!", "?")):
            return _shorten(unstamped)
        lines[0] = unstamped
    for at, line in enumerate(lines[:5]):
        crumb = last_crumb(line)
        if crumb and any(later.lower() == crumb.lower() for later in lines[at + 1:at + 4]):
            return _shorten(crumb)  # "Home > Features > Strike Action" above "Strike Action": the page's name
    named = title_from_file_name(text, path)
    heading = _heading_title(lines)
    if heading:
        return _shorten(named or spelled_file_name(text, path) or heading)
    first = _title_line(text)
    if first:
        history = named or spelled_file_name(text, path)
        if history and history.lower() not in first.lower() and _section_headings(text) >= 2:
            return _shorten(history)
        return _shorten(_KICKER.sub("", first, count=1))
    repeats = Counter(lines)
    # a headline stands above the story: a capitalised line after the first paragraph is a sign-off
    # ("Lisa Stark ABC News Washington") or a heading inside it
    prose = next((i for i, line in enumerate(lines) if len(line.split()) >= 20), len(lines))
    headlines = [line for line in lines[:prose] if _is_headline(line) and not _DATELINE.match(line)
                 and not _NAME_AND_DESK.match(line)
                 and not _is_generic_heading(line) and not is_date_fragment(line)
                 and not _is_list_item_or_field_row(line, lines)]
    if headlines:
        repeated = [line for line in headlines if repeats[line] > 1]
        return _shorten(_KICKER.sub("", (repeated or headlines)[0], count=1))
    if named or _section_headings(text) >= 2 and spelled_file_name(text, path):
        # no headline: the name of what the text tells, from its file name
        return _shorten(named or spelled_file_name(text, path) or "")
    greetings = []
    for line in lines:
        if len(line.split()) >= 6 and not _is_furniture(line) and not _DATE_START.match(line):
            if _is_byline_or_initials(line) or _is_list_item_or_field_row(line, lines):
                continue
            if _only_greeting(line):
                greetings.append(line)  # the story's own first sentence is wanted, if there is one
                continue
            label = lead_label(line)
            if len(label.split()) >= 2 and not is_date_fragment(label):
                return _shorten(label)
    for line in greetings:  # a sign-on that carries the story ("Live from …, the latest on the strike …")
        label = lead_label(line)
        if len(label.split()) >= 2 and not is_date_fragment(label):
            return _shorten(label)
    return Path(path).stem.replace("_", " ").replace("-", " ")


def _only_greeting(line: str) -> bool:
    """A line whose every sentence is a broadcast's greeting ("Good evening from the central park in
    downtown Havana."): no title is in it."""
    spans = split_sentences(line)
    return bool(spans) and all(_is_greeting(line[sp.start:sp.end]) for sp in spans)
