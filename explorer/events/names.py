"""Names in titles: a person as a headline names them, without the titles and the nationality
("Syrian President Bashar al-Assad" -> "Bashar al-Assad"), an organisation whole ("Supreme National
Security Council"). Shared by event titles and occurrence titles; general English title words only.
"""

from __future__ import annotations


def short_name(name: str) -> str:
    """Drop leading titles and keep the name ("Syrian President Bashar al-Assad" -> "Bashar al-Assad")."""
    words = name.split()
    if words and words[-1].lower() in ORG_HEADS:
        return name  # "Supreme National Security Council": the whole name, titles and all
    while len(words) > 1 and not all(is_title_word(w) for w in words[1:]) and words[0][:1].isupper() and (all(
        part in TITLE_WORDS for part in words[0].lower().split("-")
    ) or words[0].lower().endswith(("ian", "ese", "ish")) and words[1].lower() in TITLE_WORDS):
        words.pop(0)
    return " ".join(words)


ORG_HEADS = frozenset(
    """council ministry force forces corps party army navy committee court parliament assembly agency
    office department commission government cabinet bureau union league front movement""".split()
)


def is_title_word(word: str) -> bool:
    return all(part in TITLE_WORDS for part in word.lower().split("-"))


TITLE_WORDS = frozenset(
    """president vice prime minister foreign deputy secretary general commander admiral rear brigadier
    major colonel captain chairman chief supreme leader ayatollah king queen prince sheikh senator
    governor mayor ambassador envoy director chancellor premier minister-president rear mr mrs ms dr prof haj hajj syrian
    iranian russian american british french german chinese israeli iraqi afghan former then-foreign
    affairs of state defence defense interior justice finance economy trade""".split()
)


def agent_name(name: str) -> str:
    """ "U.S. Secretary of State Mike Pompeo" -> "Mike Pompeo": the words after the last title word."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if w.lower().strip(".") in TITLE_WORDS), default=-1)
    rest = words[last + 1:]
    return " ".join(rest) if rest else short_name(name)
