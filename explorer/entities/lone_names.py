"""When a one-word person name joins a person named in full only in another document.

One rule for a whole annotation (``people_groups.group_people``) and for an import annotated alone
(``extend.annotate_new``), so that an import names people as a whole run would: the same spelling
joins; a spelling that merely folds into another ("Marye" / "Mary", "Rostov" / "Rostow") joins only
on evidence in its own document, a title or a verb of saying there, or the document also writing the
name in that person's spelling ("Kadafi" beside "Gaddafi"). Folding alone is no evidence: "Marye's
Heights" is not the "Virgin Mary" of another article.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Iterable

from explorer.entities.aliases import _word_match
from explorer.entities.fold import ascii_lower, fold_token
from explorer.entities.kinds import name_words
from explorer.entities.mention import Mention


def mention_evidence(m: Mention) -> bool:
    """What one mention shows by itself: not on a headline ("Leaders Meet in Brussels": not even a
    title counts there), a title, a verb of saying, a role or kinship, a pronoun (after a name with no
    article), an initial or particle."""
    if m.headline or m.quoted:
        return False
    if m.titled or m.speech or m.said_before or m.role_before or m.apposition:
        return True
    if m.pronoun_after and not m.article:
        return True  # "the Binh Xuyen crime group (which … its …)": a person's name takes no article
    words = name_words(m)
    return len(words) >= 2 and (len(words) < len(m.words) or any(len(w.rstrip(".")) == 1 for w in words[:-1]))


def spelled_words(spellings: Iterable[tuple[str, ...]]) -> set[str]:
    """A person's name words as written (accents and case aside), from the words of its full names."""
    return {ascii_lower(w) for words in spellings for w in words}


class LoneNameEvidence:
    """Per document, what it shows of its person mentions: the surnames it gives a title or a verb
    of saying, and the one-word names it writes. Built from ``(document, mention)`` pairs of the
    mentions taken for people."""

    def __init__(self, people: Iterable[tuple[Hashable, Mention]]) -> None:
        self.evidenced: set[tuple[Hashable, str]] = set()
        self.written: dict[Hashable, set[str]] = defaultdict(set)
        for doc, m in people:
            words = name_words(m)
            if not words:
                continue
            if mention_evidence(m):
                self.evidenced.add((doc, ascii_lower(words[-1])))
            if len(words) == 1:
                self.written[doc].add(ascii_lower(words[0]))

    def may_join(self, doc: Hashable, written: str, spelled: set[str]) -> bool:
        """Whether the one-word name ``written`` (``ascii_lower``) in ``doc`` may be the person whose
        full names elsewhere are written with the words ``spelled`` (see ``spelled_words``)."""
        if (doc, written) in self.evidenced or written in spelled:
            return True
        key = fold_token(written)
        return any(w in spelled for w in self.written.get(doc, ()) if _word_match(fold_token(w), key))


__all__ = ["LoneNameEvidence", "mention_evidence", "spelled_words"]
