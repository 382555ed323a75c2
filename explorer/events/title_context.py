"""The text a title reads back over, to name whom a pronoun or a bare description stands for.

Both the dated events and the undated ones (acts told with no date) are titled out of their paragraph,
so both need the same window: a title made without it names "He denied all the counts" where a reader
names the man the paragraph is about. Kept apart from the event builders so that each can use it.
"""

from __future__ import annotations

import re


#: How much text before a sentence its title may look at to name whom "he", "she" or "his" stands for.
TITLE_CONTEXT = 2000
#: How far into a text its lede may begin (past a heading): where a life or a story introduces its person.
TITLE_OPENING = 400
#: A lede introducing a person in full: "Ada Brenn (born 4 March 1950) is …", "Ada Brenn, a chemist
#: who …", "Ada Brenn was a Kelland politician …", to the end of its sentence.
_PERSON_LEDE = re.compile(
    r"(?m)^(?:[A-Z][\w’'-]+[ \t]+){1,3}[A-Z][\w’'-]+(?:[ \t]*\((?:born|b\.|née|\d)|,[ \t]+(?:who|a|an|the)\b|[ \t]+(?:is|was)[ \t]+an?\b)"
    r"[^\n]*?[.!?](?=\s)"
)


def title_context(text: str, start: int) -> str:
    """The text a title at ``start`` reads back over: the ``TITLE_CONTEXT`` characters before it, and,
    when those begin past a lede that introduces a person in full, that lede too. A life or a profile
    names its person in full at the top ("Ada Brenn (born 1950) is …") and then by surname ("Brenn
    argued …"); a window that has lost the top knows only the surname, and the one person it names in
    full ("Prime Minister Ivo Saar appointed her") would be taken for whom a later "she" stands."""
    reach = max(0, start - TITLE_CONTEXT)
    window = text[reach:start]
    if reach == 0:
        return window
    lede = _PERSON_LEDE.search(text, 0, min(TITLE_OPENING, reach))
    return f"{lede.group()}\n\n{window}" if lede else window
