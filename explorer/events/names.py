"""Names in titles: a person as a headline names them, without the titles and the nationality
("Syrian President Bashar al-Assad" -> "Bashar al-Assad"), an organisation whole ("Supreme National
Security Council"). Shared by event titles and occurrence titles; general English title words only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator


#: A lower-case particle between the capitalised words of one name ("Dar es Salaam", "Osama bin
#: Laden", "Rio de Janeiro", "Ludwig van Beethoven"), for the name patterns of titles: a name is never
#: cut at its particle.
NAME_PARTICLE = r"(?:al-|el-|(?:(?:bin|ibn|bint|de|da|di|del|della|dos|das|du|es|van|von|der|den|la|le|ter)\s+){1,2})"


#: Prepositions that open a sentence before a name that is their object ("For Gwen Hollis, who was
#: nine …", "Under Dee Falk, the club won …"): a pattern for a subject's name that starts at the
#: sentence takes them with it, and the name is what follows.
_LEADING_PREPOSITION = re.compile(
    r"(?:For|Under|With|Without|To|From|Like|Unlike|Among|Against|As|In|On|At|By|After|Before|During|Since|Until|"
    r"Over|Through|Throughout|Following|Despite|Amid|Within|Around)\s+"
    r"(?=[A-Z])")


def without_leading_preposition(name: str) -> str:
    """``name`` without a capitalised preposition that opened its sentence before it."""
    opening = _LEADING_PREPOSITION.match(name)
    return name[opening.end():] if opening else name


@lru_cache(maxsize=16384)
def cached_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once: the per-name patterns of actors and titles ("(?<!\\w)Marta Sund(?!\\w)")
    are thousands on a corpus and overflow ``re``'s own 512-entry cache, which then compiles them
    again at every event (0.9 s of the Actors list on twelve histories)."""
    return re.compile(pattern, flags)


_WORD_CHARACTER = re.compile(r"\w")


def written_at(text: str, literal: str) -> Iterator[int]:
    """Every offset ``literal`` (not empty) is written at in ``text``, overlapping ones too: the plain
    search the readers of a name (here, ``gender``) run instead of a pattern built for each name."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def written_alone(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` with no word character right before or after it (what
    ``(?<!\\w)word(?!\\w)`` finds), by plain search: a pattern per name ("Marta Sund") cost a
    compilation per name of a corpus, thousands on twelve histories, each asked of a few titles."""
    return bool(word) and any(not (at and _WORD_CHARACTER.match(text, at - 1)) and not _WORD_CHARACTER.match(text, at + len(word))
                              for at in written_at(text, word))


def ends_written_alone(text: str, word: str, before: re.Pattern[str]) -> bool:
    """Whether ``text`` writes ``word`` with no word character right after it and ``before`` (a pattern
    ending in ``\\Z``) matching what stands right before it ("of the " before "Lumen Foods")."""
    return bool(word) and any(not _WORD_CHARACTER.match(text, at + len(word)) and before.search(text, 0, at)
                              for at in written_at(text, word))


def short_name(name: str) -> str:
    """Drop leading titles and keep the name ("Syrian President Bashar al-Assad" -> "Bashar al-Assad")."""
    words = name.split()
    if words and words[-1].lower() in ORG_HEADS:
        return name  # "Supreme National Security Council": the whole name, titles and all
    if len(words) > 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]) and is_title_word(words[1]):
        words.pop(0)  # "U.S. General Raymond T. Odierno", "U.N. envoy Karl Weber": a country's initials
        while len(words) > 2 and words[0].islower() and is_title_word(words[0]):
            words.pop(0)  # ... and the office after them, in lower case
    while len(words) > 1 and not all(is_title_word(w) for w in words[1:]) and words[0][:1].isupper() and (all(
        part in TITLE_WORDS for part in words[0].lower().split("-")
    ) or words[0].lower().endswith(("ian", "ese", "ish")) and words[1].lower() in TITLE_WORDS):
        if words[0].lower() in _PEOPLES_TITLE_WORDS and not is_title_word(words[1]):
            break  # "the French Open", "British Airways": a people's word is an office's only before an office
        words.pop(0)
    return " ".join(words)



ORG_HEADS = frozenset(
    """council ministry force forces corps party army navy committee court parliament assembly agency
    office department commission government cabinet bureau union league front movement""".split()
)


def is_title_word(word: str) -> bool:
    return all(part in TITLE_WORDS for part in word.lower().split("-"))


#: The peoples' adjectives among the title words: part of an office before one ("French President …"),
#: part of a name before anything else ("the French Open", "British Airways", "Chinese New Year").
_PEOPLES_TITLE_WORDS = frozenset("syrian iranian russian american british french german chinese israeli iraqi afghan".split())
TITLE_WORDS = _PEOPLES_TITLE_WORDS | frozenset(
    """president vice prime minister foreign deputy secretary general commander admiral rear brigadier
    major colonel captain chairman chief supreme leader ayatollah king queen prince sheikh senator
    governor mayor ambassador envoy director chancellor premier minister-president rear mr mrs ms dr prof haj hajj
    former then-foreign affairs of state defence defense interior justice finance economy trade""".split()
)


def agent_name(name: str) -> str:
    """ "U.S. Secretary of State Mike Pompeo" -> "Mike Pompeo": the words after the last title word."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if w.lower().strip(".") in TITLE_WORDS), default=-1)
    rest = words[last + 1:]
    return " ".join(rest) if rest else short_name(name)


#: Nouns of an office held by one person, whose holder a headline names without them: "Foreign
#: Minister Jan Kral flies", "Opposition leader Maya Stone calls". Royal and religious titles ("King",
#: "Ayatollah") stay, as headlines keep them; so does a title before a surname alone ("Admiral Shamkhani").
OFFICE_NOUNS = frozenset(
    """president minister secretary general commander admiral brigadier colonel captain chairman chairwoman
    chair chief leader senator governor mayor ambassador envoy director chancellor premier coach manager
    spokesman spokeswoman spokesperson judge inspector superintendent lieutenant sergeant marshal""".split()
)
#: Words that may come before the office noun: "Former Swedish prime minister", "Deputy Foreign Minister".
_OFFICE_MODIFIERS = frozenset(
    """former senior deputy acting interim then foreign prime vice party opposition state interior defence
    defense finance justice trade economy health education transport home affairs of the board club team
    head assistant executive managing general chief supreme national regional city county special ministry""".split()
)
_PEOPLE_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an|ic|i|ch|ss|ek)$")


def _listed_office_word(word: str) -> bool:
    return all(p in OFFICE_NOUNS or p in _OFFICE_MODIFIERS or p in TITLE_WORDS for p in word.lower().split("-"))


def _office_word(word: str) -> bool:
    return _listed_office_word(word) or bool(_PEOPLE_ADJECTIVE.match(word))


def _name_word(word: str) -> bool:
    bare = word.replace("-", "").replace("’", "").replace("'", "").strip(".")
    return word[:1].isupper() and bare.isalpha() and not _listed_office_word(word) or bool(
        re.fullmatch(r"(?:al|el|bin|ibn|van|von|de|da|del|della|dos|das|du|der|es)(?:-[A-Z][\w-]*)?", word))


def without_office(clause: str) -> str:
    """ "Canadian Prime Minister Lena Hart visits Oslo" -> "Lena Hart visits Oslo": the office before a
    person's full name (two to four words) at the head of a clause, when a verb or a possessive
    follows the name; a rank before a people's adjective goes too ("Senior Chilean and Peruvian
    negotiators" -> "Chilean and Peruvian negotiators"). Left alone: a single word after the title ("Admiral Shamkhani"), an
    organisation's name ("General Motors", "Supreme Court"), a title with no office noun."""
    words = clause.split(" ")
    if len(words) > 2 and words[0] in ("Senior", "Top") and _PEOPLE_ADJECTIVE.match(words[1]):
        return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])  # "Senior Chilean and Peruvian negotiators"
    i = 0
    office = False
    while i < len(words) and i < 7 and _office_word(words[i].strip(",")) and not words[i].endswith(","):
        office = office or any(p in OFFICE_NOUNS for p in words[i].lower().split("-"))
        i += 1
    if not office or i == 0:
        return clause
    i = max(k for k in range(i) if _listed_office_word(words[k].strip(","))) + 1  # "President Dominic": a name
    if words[i - 1].lower() == "of":
        return clause  # "The mayor of Rio de Janeiro visited": the name is the office's place, not its holder
    j = i
    while j < len(words) and j - i < 4 and _name_word(words[j].rstrip(",").removesuffix("’s").removesuffix("'s")):
        j += 1
        if words[j - 1].endswith((",", "’s", "'s")):
            break
    n = j - i
    if n < 2 or words[i][:1].islower():
        return clause
    last = words[j - 1].rstrip(",").removesuffix("’s").removesuffix("'s").lower()
    if last in ORG_HEADS or last in ("company", "group", "holdings", "bank", "club", "united", "city"):
        return clause
    following = words[j] if j < len(words) else ""
    if not (words[j - 1].endswith((",", "’s", "'s")) or following[:1].islower() or not following):
        return clause
    return " ".join(words[i:])


def _run_word(word: str) -> bool:
    """A word of a named person's designation: capitalised, an office or its modifier ("envoy",
    "foreign"), or a former holder's "then-…"."""
    bare = word.strip(",")
    return bare[:1].isupper() or bare.lower().startswith("then-") or _listed_office_word(bare)


def _office_of(words: list[str], i: int, j: int) -> bool:
    """Whether ``words[j]`` is the "of" inside an office's name ("Chief of Staff", "Secretary of State")
    in a run of capitalised words that opened at ``i``."""
    return j > i and words[j] == "of" and _listed_office_word(words[j - 1].strip(",")) and j + 1 < len(words) \
        and words[j + 1][:1].isupper()


def without_object_offices(words: list[str], start: int) -> list[str]:
    """ "… discussed ties with then-Army Chief General Viktor Sorel" -> "… with Viktor Sorel": after
    ``start`` (the verb), a person's office before their full name (two to four words) goes, with the
    article before it ("met the French envoy Paul Marchetti" -> "met Paul Marchetti"), as a headline
    writes it; a title longer than it needs is otherwise cut before the name. Left alone: no office noun
    in the run ("Harbour Board"), a one-word name ("General Sorel"), an organisation's name."""
    out = list(words[:start])
    i = start
    while i < len(words):
        if not _run_word(words[i]) or words[i].endswith(","):
            out.append(words[i])
            i += 1
            continue
        j = i
        while j < len(words) and (_run_word(words[j]) or _office_of(words, i, j)) \
                and not (j > i and words[j - 1].endswith((",", "’s", "'s"))):
            j += 1
        run = words[i:j]
        k = len(run)
        while k > 0 and _name_word(run[k - 1].rstrip(",;:").removesuffix("’s").removesuffix("'s")) \
                and not run[k - 1].lower().startswith("then-"):
            k -= 1
        if 0 < k < len(run) - 2 and run[k - 1] == "of":
            k += 1  # "Chief of | Staff John Sununu": the word after the office's "of" is the office's
        name = run[k:]
        office = run[:k]
        last = name[-1].rstrip(",;:").removesuffix("’s").removesuffix("'s").lower() if name else ""
        if office and 2 <= len(name) <= 4 and any(p in OFFICE_NOUNS for w in office for p in w.lower().split("-")) \
                and last not in ORG_HEADS and last not in ("company", "group", "holdings", "bank", "club"):
            if out and out[-1].lower() in ("the", "a", "an", "then") and len(out) > start:
                out.pop()
            out += name
        else:
            out += run
        i = j
    return out


#: Nouns naming a person by a role or trade ("the conductor", "the spokeswoman"): a subject with one is
#: a person, never a body that "it" can stand for. Shared by the subject finder in entities and titles.
PERSON_ROLES = frozenset(
    """artist designer painter sculptor engineer architect teacher writer author poet novelist playwright
    singer musician composer drummer guitarist fiddler pianist violinist conductor player coach captain
    manager director chairman chairwoman founder owner minister president premier senator governor mayor
    judge lawyer prosecutor doctor surgeon scientist researcher professor actor actress dancer footballer
    striker goalkeeper defender midfielder winger forward driver pilot chef farmer priest bishop king queen prince princess commander officer
    detective inspector spokesman spokeswoman spokesperson explorer inventor businessman businesswoman
    entrepreneur candidate councillor economist historian journalist reporter editor photographer
    filmmaker producer athlete runner cyclist skipper widow widower man woman leader monarch ruler emperor
    empress dictator chancellor envoy ambassador diplomat attorney""".split()
)


def possessive(name: str) -> str:
    """ "Otmar" -> "Otmar's", "The rebels" -> "The rebels'"."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"
