"""Names cut out of runs of capitalised words: at titles, demonyms, months and function words.

"Iranian Foreign Minister Mohammad Javad Zarif" gives one mention, "Mohammad Javad Zarif", marked as
titled; "then-Quds Force Chief Major General Qassim Suleimani" gives "Quds Force" and "Qassim
Suleimani"; "Islamic Revolutionary Guard Corps (IRGC)" gives the long name and the acronym, linked.
Each name gets the cues its own form and the word before it give (an organisation's or a place's head,
a preposition of place).
"""

from __future__ import annotations

import re

from explorer.events.names import PERSON_ROLES
from explorer.given_names import FEMALE_NAMES, MALE_NAMES
from explorer.entities.lexicon import (
    CONNECTORS, FUNCTION_WORDS, MONTHS_AND_DAYS, ORG_HEADS, ORG_OF_HEADS, PARTICLES, PLACE_HEADS, PLACE_JOINERS, PLACE_OF_HEADS,
    SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PORTFOLIOS,
)
from explorer.entities.mention import (
    ARTICLE_PREFIX, TIME_PREFIX, Mention, SentenceWord, is_capitalised, is_shouting, split_words, words_of,
)
from explorer.entities.place_words import COMPASS, REGIME_HEADS, is_demonym, place_lookup, place_name

#: Era markers stand beside years ("264 BC", "AD 9"): never a name nor part of one ("BC Hannibal").
ERA_WORDS = frozenset("bc b.c. bce b.c.e. ad a.d. ce c.e.".split())
#: Capitalised words that name no one: time zones, temperature scales, weekdays as plurals
#: ("on Tuesdays"). They cut a run of capitals as a month or a weekday does.
NOT_NAMES = frozenset(
    """utc gmt cet cest est edt pst pdt bst celsius fahrenheit kelvin mondays tuesdays wednesdays
    thursdays fridays saturdays sundays""".split()
)
#: Holidays and feasts, with the words that go on with them ("Boxing Day", "Easter Monday"): a run of
#: these alone names a day, never a person or a body ("Christmas Island", "Easter Road" go on with a
#: word of a name and stay).
_HOLIDAY_TAILS = frozenset("day eve sunday monday tuesday thursday friday".split())
HOLIDAY_WORDS = _HOLIDAY_TAILS | frozenset(
    """christmas xmas easter halloween hallowe'en thanksgiving hanukkah chanukah diwali eid ramadan passover
    pentecost whitsun whitsunday michaelmas candlemas lent advent epiphany hogmanay boxing remembrance armistice
    anzac shrove maundy""".split()
)
#: Month names and a preposition that are given names too ("Jan", "April", "Per").
_GIVEN_NAME_WORDS = frozenset("jan april may june august per".split())
#: Before a name set off as an apposition or after a role: "her deputy, ", "his son ", "the lawyer ".
_NAME_SET_OFF = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+)$")
_PLACE_PREPOSITIONS = frozenset("in to from at into near across toward towards outside inside throughout via".split())
#: Prepositions that place what follows them: a one-word name after them is a place ("in Aarhus"),
#: unlike after "to", "from" or "at", which also take a company ("sold to X", "worked at X").
#: Months that are also given names, read as names right after a person's title.
_MONTH_NAMES = frozenset("jan april may june august".split())
#: Verbs and nouns after which "at" places what follows: "landed at Keflavik", "the harbour at Brendvik".
_ARRIVAL_VERBS = frozenset("landed arrived docked stopped called anchored harbour harbor port airport station quay".split())
#: Nouns after which "in" takes a company, not a place: "shares in Homefield", "a stake in X".
_HELD_IN = frozenset("shares share stake stakes holding holdings investment investments interest interests trading confidence".split())
_LOCATIVE_PREPOSITIONS = frozenset("in into near across outside inside throughout via around".split())


def sentence_mentions(text: str, words: list[SentenceWord], s_index: int, out: list[Mention], noninitial: set[str]) -> None:
    runs: list[list[int]] = []
    current: list[int] = []

    def close() -> None:
        while current and not is_capitalised(words[current[-1]].text):
            current.pop()
        if current:
            runs.append(current.copy())
        current.clear()

    title_case = _in_title_case(text, words)
    for i, w in enumerate(words):
        shout = is_shouting(w.text) and (
            (i + 1 < len(words) and is_shouting(words[i + 1].text) and "." not in w.text)
            or (i > 0 and is_shouting(words[i - 1].text) and "." not in w.text)
            or text[w.end:w.end + 1] == ":"
        )
        if shout:
            close()
            continue
        if current:
            prev = words[current[-1]]
            gap = text[prev.end:w.start]
            collective = prev.text.lower() in _NAME_POSSESSIVES and gap[:3] in ("'s ", "’s ", "' ", "’ ") \
                or _plural_possessive_in_a_name(prev.text, gap, w.text) \
                or _possessive_in_a_place_name([words[j].text for j in current], gap, w.text)
            # (a line break inside one sentence is a wrapped paragraph's: "nominated Paul\nOsei, who")
            joined = gap == " " or gap == "\n" or collective or (gap == ". " and (len(prev.text) == 1 or prev.text.lower() in TITLE_HEADS)
                                                  and not _sentence_end_after_name(words, current, w)) \
                or gap == " & " and is_capitalised(w.text)  # "Pell & Daughters", "Hallam & Sons": one firm's name
            if (prev.possessive and not collective) or not joined:
                close()
        if is_capitalised(w.text):
            current.append(i)
            if i > 0 and " " not in w.text and not title_case and not _opens_a_clause(text[words[i - 1].end:w.start]):
                noninitial.add(w.text.lower())
            continue
        low = w.text.lower()
        if current and (low in PARTICLES or _connector_allowed(words, current, low) or low in PLACE_JOINERS
                        and i + 1 < len(words) and is_capitalised(words[i + 1].text)
                        and text[w.end:words[i + 1].start] == " " and text[words[current[-1]].end:w.start] == " "):
            # ("Newcastle upon Tyne": a joiner only between two capitalised words, spaced)
            current.append(i)
            continue
        close()
    close()
    for run in runs:
        _run_mentions(text, words, run, s_index, out)


#: Between two words of one sentence, what makes the second open a clause of its own: a colon or a spaced
#: dash, with or without a quotation mark after it ("Photo: Heavy rain in Orrin", "Weather: Black smoke
#: over the docks", 'he said: "Strong winds are coming"', a timeline's "July 19 - Armed men board …"). (A quotation mark alone may open a title, '"Threads of Empire"
#: runs until May', whose capitals are a name's.)
_CLAUSE_OPENING_GAP = re.compile(r"(?::|\s(?:-{1,2}|[–—]))\s*[\"“‘']?\s*$")


def _opens_a_clause(gap: str) -> bool:
    """Whether a word after ``gap`` opens a clause, as a sentence's first word does: capitalised there
    by grammar, it is no evidence of a name (counted as such, "Heavy" in a caption's "Photo: Heavy rain
    …" named the actor of "Heavy rains flooded the valley" elsewhere on the page)."""
    return bool(_CLAUSE_OPENING_GAP.search(gap))


#: Words a heading in title case has at least, to be told from a name standing alone ("Harbour Lights").
TITLE_CASE_MIN_WORDS = 4


def _in_title_case(text: str, words: list[SentenceWord]) -> bool:
    """Whether the sentence is a heading in title case ("Heavy Rain and Black Smoke Close the Coast
    Road"): every word but the function words capitalised, on one line with no full stop. Its capitals
    are the style's, no evidence that a word is a name."""
    if len(words) < TITLE_CASE_MIN_WORDS or "\n" in text[words[0].start:words[-1].end] \
            or text[words[-1].end:words[-1].end + 1] in (".", "!", "?"):
        return False
    return all(is_capitalised(w.text) or w.text.lower() in FUNCTION_WORDS or w.text[:1].isdigit() for w in words)


def _sentence_end_after_name(words: list[SentenceWord], current: list[int], nxt: SentenceWord) -> bool:
    """ "… led by Hun Sen. In 1998 …": an abbreviated title's spelling after a name's word, then a
    function word, is a name's last word and the end of a sentence (the splitter took "Sen." for an
    abbreviation), not a title before a name ("Lt. Gen. Smith", "Massachusetts Sen. John Kerry")."""
    prev = words[current[-1]].text.lower()
    if prev not in _TITLE_ABBREVIATIONS or len(current) < 2 or nxt.text.lower() not in FUNCTION_WORDS:
        return False
    before = words[current[-2]].text.lower().rstrip(".")
    return is_capitalised(words[current[-2]].text) and not (
        is_title_word(before, TITLE_HEADS) or before in TITLE_MODIFIERS or before in _TITLE_ABBREVIATIONS)


def _connector_allowed(words: list[SentenceWord], current: list[int], low: str) -> bool:
    if low not in CONNECTORS:
        return False
    seq = [words[i].text.lower() for i in current]
    if "of" in seq:
        return low in ("the", "and", "for", "of") and seq[-1] != low
    head = seq[-1]
    if low == "for":  # "Minister for Maritime Affairs Ana Ruiz": a title's portfolio, as after "of"
        return head in TITLE_HEADS
    if low != "of":
        return False
    return head in ORG_OF_HEADS or head in PLACE_OF_HEADS or head in TITLE_HEADS


#: Adjectives that are function words where they open a sentence ("New rules apply") but open names
#: inside one ("on the New York Stock Exchange", "the Old Bailey").
_NAME_OPENING_ADJECTIVES = frozenset({"new", "old"})


def _adjective_opens_name(text: str, words: list[SentenceWord], run: list[int]) -> bool:
    """Whether the run's first word is a capitalised "New" or "Old" that belongs to the name after it:
    inside a sentence, after another word and a space (capitalised there only as part of a name: "on
    the New York Stock Exchange" was cut to "York Stock Exchange"), or at its start when with the next
    word it is a known place ("New Zealand Rugby Union said …"). A "New" after a colon or a quotation
    mark opens its clause, as a sentence's first word does."""
    if len(run) < 2:
        return False
    first, second = words[run[0]], words[run[1]]
    if first.text.lower() not in _NAME_OPENING_ADJECTIVES or not first.text[:1].isupper() \
            or not second.text[:1].isupper() or second.text.lower() in FUNCTION_WORDS \
            or second.text.lower() in MONTHS_AND_DAYS or second.text.lower() == "year":
        return False  # ("New Year" is a day of the calendar, no name of anyone's)
    if run[0] > 0 and text[words[run[0] - 1].end:first.start] == " ":
        return True
    return place_lookup(f"{first.text} {second.text}") is not None


def _run_mentions(text: str, words: list[SentenceWord], run: list[int], s_index: int, out: list[Mention]) -> None:
    first = run[0]
    if len(run) == 1 and out:
        a = words[run[0]]
        letters = a.text.replace(".", "")
        if (letters.isupper() and len(letters) >= 2 and text[a.start - 2:a.start] == " ("
                and text[a.end:a.end + 1] == ")" and out[-1].end == a.start - 2 and len(out[-1].words) > 1):
            out.append(Mention(a.start, a.end, a.text, (a.text,), s_index, cue="org", expands=len(out) - 1))
            return
    whole = text[words[run[0]].start:words[run[-1]].end]
    if place_lookup(whole) is not None and not any(w.lower() in TITLE_HEADS for w in whole.split()):
        _emit(text, words, run, s_index, out, titled=False)
        return
    # A word that is also a month or a preposition ("Jan", "May", "Per") opening a two-word name set
    # off after a comma or a role noun ("Her deputy, Per Holm,"; "his son Jan Roos") is a given name
    given_first = len(run) >= 2 and words[run[0]].text.lower() in _GIVEN_NAME_WORDS \
        and words[run[1]].text.lower() not in MONTHS_AND_DAYS and words[run[1]].text.lower() not in FUNCTION_WORDS \
        and is_capitalised(words[run[1]].text) and _NAME_SET_OFF.search(text[max(0, words[run[0]].start - 40):words[run[0]].start]) is not None
    # Leading function words and dates: "The", "In", "On Monday" (not a name's own "New": see below).
    while run and not given_first and not _adjective_opens_name(text, words, run) \
            and (words[run[0]].text.lower() in FUNCTION_WORDS or words[run[0]].text.lower() in MONTHS_AND_DAYS
                   or words[run[0]].text.lower() in ERA_WORDS or words[run[0]].text.lower() in NOT_NAMES
                   or not is_capitalised(words[run[0]].text)):
        run = run[1:]
    if run and all(words[i].text.lower() in HOLIDAY_WORDS for i in run) \
            and any(words[i].text.lower() not in _HOLIDAY_TAILS for i in run):
        return  # "Christmas", "Boxing Day", "the Easter fair": a day of the calendar, no one's name
    # "Singer Ros Ellery played …", "Farmer Tom Hale said …": a role noun written with the sentence's
    # capital before a name of two words is the person's role, as "the singer Ros Ellery" is
    role_before = len(run) >= 3 and run[0] == 0 and words[run[0]].text.lower() in PERSON_ROLES \
        and words[run[0]].text.lower() not in TITLE_HEADS and words[run[-1]].text.lower() not in ORG_HEADS \
        and words[run[-1]].text.lower() not in PLACE_HEADS and all(is_capitalised(words[i].text) for i in run[1:3])
    if role_before:
        run = run[1:]
    # Cut at demonyms and at title chains.
    pieces: list[tuple[list[int], bool]] = []
    piece: list[int] = []
    titled = role_before
    k = 0
    while k < len(run):
        i = run[k]
        low = words[i].text.lower()
        tail = words[run[-1]].text.lower()
        if low in COMPASS and k + 1 < len(run) and is_demonym(words[run[k + 1]].text):
            k += 1  # "North Korean": drop both words
            continue
        given_name = (titled or given_first and k == 0) and not piece and low in _MONTH_NAMES and k + 1 < len(run) \
            and words[run[k + 1]].text.lower() not in MONTHS_AND_DAYS  # "Foreign Minister Jan Kral", "Judge April Ross"
        if (is_demonym(words[i].text) and not (k == 0 and (tail in ORG_HEADS or tail in PLACE_HEADS))) \
                or (low in MONTHS_AND_DAYS and not given_name) or low in ERA_WORDS or low in NOT_NAMES:
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], False, k + 1
            continue
        end = _title_chain_end(words, run, k)
        if end < 0:  # a title "of" something: drop the title, the rest is no person
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], False, -end
            continue
        if end > k:
            if piece:
                pieces.append((piece, titled))
            piece, titled, k = [], True, end
            continue
        piece.append(i)
        k += 1
    if piece:
        pieces.append((piece, titled))
    for piece, titled in pieces:
        while piece and not is_capitalised(words[piece[-1]].text):
            piece = piece[:-1]
        while piece and not is_capitalised(words[piece[0]].text):
            piece = piece[1:]
        if not piece:
            continue
        if len(piece) == 1 and "-" in words[piece[0]].text and not ARTICLE_PREFIX.match(words[piece[0]].text):
            # "Khamenei-Soleimani partnership": two names joined, not one double name.
            w0 = words[piece[0]]
            parts = [(m.group(), w0.start + m.start()) for m in re.finditer(r"[^-]+", w0.text)]
            if TIME_PREFIX.match(w0.text):
                parts = parts[1:]
            if len(parts) > 1 and all(p[:1].isupper() for p, _ in parts) and parts[0][0].lower() not in PARTICLES \
                    and not _one_double_name([p for p, _ in parts]):
                if any(is_demonym(part) or part.endswith("o") and n < len(parts) - 1 for n, (part, _) in enumerate(parts)):
                    # "Palestinian-Israeli talks", "Franco-German treaty": a compound adjective of peoples
                    # (a demonym, or a combining form in -o before the last part) names no one and no
                    # place, not even the part no demonym list knows
                    continue
                for n, (part, at) in enumerate(parts):
                    if is_demonym(part):
                        continue
                    sub = SentenceWord(part, at, at + len(part))
                    out.append(_mention(text, [sub], s_index, first == piece[0] and n == 0, titled, words, piece[0]))
                continue
        _emit(text, words, piece, s_index, out, titled, sentence_first=first)


#: First words of a hyphenated place name ("Saint-Ombre", "Port-Vila", "Fort-Liberté", "Mont-Blanc").
_PLACE_NAME_PREFIXES = frozenset("saint sainte st ste san santa santo são sao port fort mont".split())


def _one_double_name(parts: list[str]) -> bool:
    """Whether capitalised parts joined by hyphens are one name, not two names joined ("Khamenei-Soleimani
    partnership"): a place opened by "Saint", "Port" or "Mont" ("Saint-Ombre"), or given names only
    ("Anne-Marie", "Hans-Peter")."""
    low = [p.lower() for p in parts]
    return low[0] in _PLACE_NAME_PREFIXES or all(p in MALE_NAMES or p in FEMALE_NAMES for p in low)


def is_title_word(word: str, words: frozenset[str]) -> bool:
    return word in words or (len(word) > 4 and word.endswith("s") and word[:-1] in words)


#: Collective nouns whose possessive is a word of a body's name, not its owner ("the Korean People's
#: Army", "the People's Republic of China", "the Workers' Party"); any other possessive ends a name
#: ("Iran's Foreign Ministry").
_NAME_POSSESSIVES = frozenset("people workers children women veterans peasants soldiers citizens nations".split())


def _plural_possessive_in_a_name(word: str, gap: str, following: str) -> bool:
    """Whether a plural possessive ("Renters'", "Mechanics'", "Mothers'") before a capitalised word is a
    word of one name: "the Renters' Rights Act", "the Harrowgate Mechanics' Institute", "the Mothers' Union",
    "the Teachers' Pension Fund". A group's plural, marked by the bare apostrophe, names whom the body or
    the law is for, as "the Workers' Party" does (a singular owner, "Iran's Foreign Ministry", ends the name)."""
    return gap[:2] in ("' ", "’ ") and word.endswith("s") and len(word) > 3 and is_capitalised(following)


#: A saint's name opening a place's or a body's: "St Bride's Green", "St Mary's Hospital", "San Marco's …".
_SAINTS = frozenset("st st. saint ste ste. san santa".split())
#: Landmarks a possessive names as one place with its owner: "Clancy's Well", "King's Cross", "Land's End",
#: "St John's Wood"; no body's part ("Britain's Parliament", "Velmar's Board" end the name at the owner).
_OWNED_PLACE_HEADS = frozenset("well wood cross end vineyard inn yard".split())
#: A street's last word that is also a surname ("Mill Lane" and "Nathan Lane"): a street's only when the
#: name does not open on a given name. (The surname-free ones, "street", "road", are in PLACE_HEADS.)
_STREET_HEADS = frozenset("lane crescent drive mews parade gardens".split())


def _given_name_first(word: str) -> bool:
    return word.lower() in FEMALE_NAMES or word.lower() in MALE_NAMES


def _possessive_in_a_place_name(run: list[str], gap: str, following: str) -> bool:
    """Whether a singular possessive ending ``run`` before the capitalised ``following`` is a word of one
    place's name: after a saint ("St Bride's Green", "St Nicholas' Church") or, a lone word, before a
    landmark's word (:data:`_OWNED_PLACE_HEADS`: "Clancy's Well"). Else the owner ends the name."""
    if gap[:3] not in ("'s ", "’s ", "' ", "’ ") or not is_capitalised(following):
        return False
    if len(run) == 2 and run[0].lower() in _SAINTS:
        return True
    return len(run) == 1 and run[0].lower() not in _SAINTS and following.lower() in _OWNED_PLACE_HEADS


#: Titles written short only before a name ("Sen. Kerry", "Gen Lee"): after a name, a name's own word.
_TITLE_ABBREVIATIONS = frozenset("sen rep gen gov col maj lt capt sgt adm mr mrs ms dr prof rev".split())


def _title_chain_end(words: list[SentenceWord], run: list[int], k: int) -> int:
    """If a title starts at ``run[k]`` and a name follows it, the index in ``run`` just after the title."""
    j = k
    has_head = False
    last_head = k
    while j < len(run):
        w = words[run[j]].text
        parts = [p.lower() for p in split_words(w)] or [w.lower()]
        if all(is_title_word(p, TITLE_HEADS) or p in TITLE_MODIFIERS for p in parts):
            if any(is_title_word(p, TITLE_HEADS) for p in parts):
                has_head, last_head = True, j + 1
            j += 1
            continue
        if has_head and w.lower() in ("of", "for"):
            j += 1
            portfolio = j
            while j < len(run) and words[run[j]].text.lower() in TITLE_PORTFOLIOS:
                j += 1
            if j == portfolio:
                named = _name_after_portfolio(words, run, portfolio)
                if named < 0:  # "Secretary of Iran's Council": what follows is no name
                    return -j
                return named
            last_head = j
            continue
        break
    if not has_head:
        return k
    rest = [words[i].text for i in run[last_head:]]
    last = words[run[last_head - 1]].text.lower()
    if not rest and k > 0 and last.endswith("s") and last not in TITLE_HEADS and not is_demonym(words[run[k - 1]].text):
        return k  # "The Harbour Kings", "Dunmore Rangers": a plural ending a name is no title before one
    if not rest and k > 0 and last_head == k + 1 and last.rstrip(".") in _TITLE_ABBREVIATIONS:
        return k  # "Prime Minister Hun Sen staged": an abbreviated title stands before a name, never after one
    if not rest or not is_capitalised(rest[0]) or rest[-1].lower() in ORG_HEADS:
        # A bare title ("the Supreme Leader") or part of an organisation ("General Assembly").
        return k if rest and rest[-1].lower() in ORG_HEADS else len(run) if not rest else k
    return last_head


#: Words that join a portfolio's parts: "Transport and Ports", "Culture, Media and Sport".
_PORTFOLIO_JOINERS = frozenset("and for of".split())


def _name_after_portfolio(words: list[SentenceWord], run: list[int], start: int) -> int:
    """Where a person's name begins after a portfolio that no word list knows: "the Minister of Mines
    G. Kishan Reddy", "the Minister of Transport and Ports Ada Cole", "Minister for Coastal Affairs Ana
    Ruiz". The portfolio is its first word (or the longest place name there: "Governor of New York"),
    the known portfolio words after it and each word a joiner ("and", "for") adds; a name of two words
    or more must be left (an initial counts: "G. Kishan Reddy"), none of them an organisation's or a
    place's head. -1 when no such name follows (the title was run into a name: "Mines G. Kishan Reddy")."""
    if start >= len(run) or not is_capitalised(words[run[start]].text) or len(words[run[start]].text) == 1:
        return -1
    i = start + 1
    for size in (3, 2):  # "Governor of New York Jane Roe": the place, not its first word
        if start + size < len(run) and place_lookup(" ".join(words[n].text for n in run[start:start + size])):
            i = start + size
            break
    while i < len(run):
        low = words[run[i]].text.lower()
        if low in TITLE_PORTFOLIOS:
            i += 1
        elif low in _PORTFOLIO_JOINERS and i + 1 < len(run):
            i += 2
        else:
            break
    name = [words[n].text for n in run[i:]]
    if len(name) < 2 or not all(is_capitalised(w) for w in name) \
            or any(w.lower() in ORG_HEADS or w.lower() in PLACE_HEADS or w.lower() in TITLE_HEADS for w in name):
        return -1
    return i


def _emit(text: str, words: list[SentenceWord], piece: list[int], s_index: int, out: list[Mention], titled: bool,
          sentence_first: int | None = None) -> None:
    # A single capital before digits ("Airbus A320", "model K200") is a model code, not part of a name.
    while piece and len(words[piece[-1]].text) == 1 and text[words[piece[-1]].end:words[piece[-1]].end + 1].isdigit():
        piece = piece[:-1]
    if not piece:
        return
    span = [words[i] for i in piece]
    # (a word opening a clause after a colon, "said: "Black smoke …"", opens it as a sentence's first word does)
    initial = piece[0] == 0 or (sentence_first is not None and piece[0] == sentence_first == 0) \
        or _opens_a_clause(text[words[piece[0] - 1].end:words[piece[0]].start])
    out.append(_mention(text, span, s_index, initial, titled, words, piece[-1], first_index=piece[0]))


def _mention(text: str, span: list[SentenceWord], s_index: int, initial: bool, titled: bool, words: list[SentenceWord],
             last_index: int, first_index: int | None = None) -> Mention:
    start = span[0].start
    m = TIME_PREFIX.match(span[0].text)
    if m:
        start += m.end()
    end = span[-1].end
    surface = text[start:end].replace("\n", " ")  # "Paul\nOsei": a name across a wrapped line's end
    name_words = words_of(surface)
    first_index = last_index if first_index is None else first_index
    before = words[first_index - 1].text.lower() if first_index > 0 else ""
    # the word before is right before the name ("in Aarhus"), not before a number ("In 1642 Abel Tasman")
    adjacent = first_index > 0 and not text[words[first_index - 1].end:start].strip()
    after = words[last_index + 1].text.lower() if last_index + 1 < len(words) else ""
    return Mention(
        start, end, surface, name_words, s_index,
        initial=initial and (first_index == 0 or _opens_a_clause(text[words[first_index - 1].end:start])),
        titled=titled,
        cue=_form_cue(surface, name_words),
        speech=after in SPEECH_VERBS,
        place_prep=before in _PLACE_PREPOSITIONS,
        locative=adjacent and ((before in _LOCATIVE_PREPOSITIONS and not (
            first_index > 1 and words[first_index - 2].text.lower() in _HELD_IN))
            or before == "at" and first_index > 1 and words[first_index - 2].text.lower() in _ARRIVAL_VERBS),
        article=before == "the",
    )


def _form_cue(surface: str, name_words: tuple[str, ...]) -> str | None:
    lows = [w.lower() for w in name_words]
    if not lows:
        return None
    if (len(lows) > 1 and lows[-1] in ORG_HEADS) or (len(lows) > 2 and lows[0] in ORG_OF_HEADS and lows[1] == "of"):
        return "org"
    if "&" in lows:
        return "org"  # names joined by an ampersand are a firm's ("Pell & Daughters")
    if place_lookup(surface) is not None:
        return "place"
    if len(lows) > 2 and "of" in lows and place_name(surface) is not None:
        return "place"  # "Islamic Republic of Iran"
    if len(lows) > 1 and lows[-1] in REGIME_HEADS:
        return "org"  # "the Islamic Republic", "the Hashemite Kingdom": a state's regime, not a place
    if len(lows) > 1 and lows[0] in COMPASS and place_lookup(" ".join(name_words[1:])) is not None:
        return "place"
    if (len(lows) > 1 and lows[-1] in PLACE_HEADS) or (len(lows) > 2 and lows[0] in PLACE_OF_HEADS and lows[1] == "of"):
        return "place"
    if len(lows) > 1 and lows[-1] in _STREET_HEADS and not _given_name_first(name_words[0]):
        return "place"  # "Mill Lane", "Orchard Crescent"; not "Nathan Lane", whose first word is a given name
    if len(lows) == 1 and surface.replace(".", "").isupper() and len(surface.replace(".", "")) >= 2:
        return "org"
    if len(lows) > 1 and (any(w.endswith(("'s", "’s")) for w in lows[:-1]) or any(w in PLACE_JOINERS for w in lows[1:-1])):
        return "place"  # "Clancy's Well", "St Bride's Green", "Newcastle upon Tyne": no person's name holds these
    return None


