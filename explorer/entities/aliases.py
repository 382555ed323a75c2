"""Corpus-wide alias merging: which full names, surnames and acronyms are one actor.

People: two full names are one person when their last words are spellings of one word and the given
names of the shorter are, in order, among those of the longer (initials count): "Javad Zarif" and
"Mohammad-Javad Zarif" are one; "Hassan Rouhani" and "Hossein Rouhani" are two. Full names are merged
longest first; a shorter name that fits two different longer ones stays apart. A surname alone goes to
the nearest earlier person of that surname in its document, else to the only one in the corpus; a given
name alone ("Haj Qassim") only to a single candidate.

People named with middle initials are two when both write them and they differ ("George W. Bush",
"George H. W. Bush"); a name alone is never an initial ("Wrangel" is not the "V" of "Philip V").

Organisations: equal up to spelling ("Quds Force" / "Qods Force", "Nuremberg" / "Nuremburg Files"), a
parenthesised acronym to its long name, an unparenthesised acronym (dotted or not: "U.N.", "UN") to
the one long name with those initials written in the same documents ("U.S. Navy" spells USN), "IRGC
Quds Force" to "Quds Force" when the prefix is itself an organisation, and "USS Maddox" to "Maddox".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from explorer.entities.fold import fold_token, tokens_match
from explorer.entities.lexicon import SHIP_PREFIXES

NameKey = tuple[str, ...]


def name_key(words: Iterable[str]) -> NameKey:
    return tuple(k for k in (fold_token(w) for w in words) if k)


def _word_match(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return tokens_match(a, b)


def compatible(a: NameKey, b: NameKey) -> bool:
    """Could full names ``a`` and ``b`` name the same person? ("Nicolás Maduro Moros" and
    "Nicolás Maduro": a second surname may be left out. "George W. Bush" and "George H. W. Bush" are
    two: where both write middle initials, they are the same initials.)"""
    middle_a, middle_b = _middle_initials(a), _middle_initials(b)
    if middle_a and middle_b and middle_a != middle_b:
        return False
    if _compatible(a, b):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and len(long) > len(short) and len(long) >= 3 and _compatible(short, long[:-1])


def _middle_initials(key: NameKey) -> tuple[str, ...]:
    return tuple(w for w in key[1:-1] if len(w) == 1)


def _compatible(a: NameKey, b: NameKey) -> bool:
    if not a or not b or not _word_match(a[-1], b[-1]) or len(a[-1]) == 1 or len(b[-1]) == 1:
        return False
    short, long = sorted((a[:-1], b[:-1]), key=len)
    j = 0
    for word in short:
        while j < len(long) and not _word_match(word, long[j]):
            j += 1
        if j == len(long):
            return False
        j += 1
    return True


def match_block(token: str) -> str:
    """A blocking key: two folded name-words that ``_word_match`` takes for one word (both longer than
    one letter) always have the same key. ``tokens_match`` allows only a g/k swap at the start and a
    one-vowel difference elsewhere, so masking the vowels and a first g/k keeps every matching pair
    together; words are then compared only within their key, never each against all (issue 15)."""
    head = "k" if token[:1] in "gk" else token[:1]
    return "".join("*" if c in "aeo" else c for c in head + token[1:])


class TokenIndex:
    """Values filed under folded name-words, answering "which filed words does ``word`` match?"
    (``_word_match``) by looking only at the words of its block, plus one-letter words (an initial
    matches every word of its first letter, so a one-letter query looks at those words only)."""

    def __init__(self) -> None:
        self.values: dict[str, list] = defaultdict(list)
        self._blocks: dict[str, set[str]] = defaultdict(set)
        self._by_letter: dict[str, set[str]] = defaultdict(set)

    def add(self, token: str, value: object) -> None:
        if token not in self.values:
            self._by_letter[token[:1]].add(token)
            if len(token) > 1:
                self._blocks[match_block(token)].add(token)
        self.values[token].append(value)

    def matching(self, word: str, initials: bool = True) -> list[str]:
        """The filed words ``word`` matches, sorted (so callers iterate in a fixed order).
        ``initials=False``: a word of two letters or more matches no filed one-letter word (a name
        written alone is no initial: "Wrangel" is not the "V" of "Philip V", nor "Thucydides" the
        "T." of "T. E. Lawrence")."""
        if not word:
            return []
        if len(word) == 1:
            pool: set[str] = self._by_letter.get(word, set())
        elif initials:
            pool = self._blocks.get(match_block(word), set()) | {t for t in self._by_letter.get(word[0], ()) if len(t) == 1}
        else:
            pool = self._blocks.get(match_block(word), set())
        return sorted(t for t in pool if _word_match(word, t))

    def matching_values(self, word: str, initials: bool = True) -> list:
        return [v for t in self.matching(word, initials) for v in self.values[t]]


@dataclass(slots=True)
class PersonCluster:
    seed: NameKey
    members: list[NameKey] = field(default_factory=list)
    docs: Counter = field(default_factory=Counter)


def _letter(token: str) -> str:
    """What two matching name-words always share: the first character of their block (a one-letter
    initial matches words of its first letter, whose blocks begin with the same masked letter)."""
    return match_block(token)[:1]


def _short_side(word: str) -> tuple[tuple[str, str], ...]:
    """Keys of a given name of the shorter name; it matches a given name ``g`` of the longer only if
    one of these is among ``_long_side(g)``: the same block (two words), the same letter (a word and
    an initial of the longer), the same letter (an initial and any word)."""
    if len(word) > 1:
        return (("block", match_block(word)), ("initial", _letter(word)))
    return (("letter", _letter(word)),)


def _long_side(word: str) -> tuple[tuple[str, str], ...]:
    if len(word) > 1:
        return (("block", match_block(word)), ("letter", _letter(word)))
    return (("initial", _letter(word)), ("letter", _letter(word)))


def _as_long(key: NameKey) -> set[tuple]:
    """(given-name key, surname block) pairs a shorter name ``compatible`` with ``key`` must hit with
    its first given name and its last word: the last word with the given names before it, and the
    second-last (a second surname left out) with the given names before that."""
    found = {(g, match_block(key[-1])) for w in key[:-1] for g in _long_side(w)} if len(key[-1]) > 1 else set()
    if len(key) >= 3 and len(key[-2]) > 1:
        found |= {(g, match_block(key[-2])) for w in key[:-2] for g in _long_side(w)}
    return found


def _as_short(key: NameKey) -> set[tuple]:
    """The (first given-name key, surname block) pairs of ``key`` as the shorter name; a name of one
    word has none and fits every name of its surname."""
    if len(key[-1]) < 2 or len(key) < 2:
        return set()
    return {(g, match_block(key[-1])) for g in _short_side(key[0])}


def _candidates(key: NameKey, long_index: dict, last_index: dict) -> set[int]:
    """The clusters with a member that could be ``compatible`` with ``key`` (a superset of those that
    are). Names come longest first, so every member is at least as long as ``key``: ``key`` is the
    shorter name of each pair (or of equal length, where ``_compatible`` takes it as the shorter)."""
    if len(key) == 1:
        # a surname alone fits every full name of that surname
        return set(last_index.get(match_block(key[-1]), ())) if len(key[-1]) > 1 else set()
    found: set[int] = set()
    for pair in _as_short(key):
        found |= long_index.get(pair, set())
    return found


def cluster_full_names(forms: dict[NameKey, Counter], *, all_pairs: bool = False) -> dict[NameKey, int]:
    """Cluster index of each full-name key. ``forms`` maps a key to a Counter of the documents using it.

    Longest names first, each joins the one cluster all of whose members it is ``compatible`` with.
    Only clusters with a member sharing a blocking pair with the name are tried (a surname block and
    a given-name key, see ``_as_long``/``_as_short``; ``compatible`` needs both to agree), which
    gives exactly the clusters of trying every cluster (``all_pairs=True``, kept for the test that
    proves it) at a cost that grows with the names, not with their square (issue 15)."""
    order = sorted(forms, key=lambda k: (-len(k), -sum(forms[k].values()), k))
    clusters: list[PersonCluster] = []
    of: dict[NameKey, int] = {}
    long_index: dict[tuple, set[int]] = defaultdict(set)
    last_index: dict[str, set[int]] = defaultdict(set)
    for key in order:
        candidates = range(len(clusters)) if all_pairs else sorted(_candidates(key, long_index, last_index))
        fits = [i for i in candidates if all(compatible(key, m) for m in clusters[i].members)]
        if len(fits) > 1:
            # Fits two people: keep it only where the documents say which.
            shared = [(sum((clusters[i].docs & forms[key]).values()), i) for i in fits]
            shared.sort(reverse=True)
            fits = [shared[0][1]] if shared[0][0] > 0 and shared[0][0] > shared[1][0] else []
        if fits:
            number = fits[0]
        else:
            number = len(clusters)
            clusters.append(PersonCluster(key))
        cluster = clusters[number]
        cluster.members.append(key)
        cluster.docs.update(forms[key])
        for pair in _as_long(key):
            long_index[pair].add(number)
        if len(key[-1]) > 1:
            last_index[match_block(key[-1])].add(number)
        of[key] = number
    return of


def _org_word(word: str) -> str:
    key = fold_token(word)
    return key[:-1] if len(key) > 3 and key.endswith("s") else key


def org_key(words: Sequence[str]) -> NameKey:
    return tuple(k for k in (_org_word(w) for w in words if w.lower() != "the") if k)


def initials(words: Sequence[str]) -> str:
    """The letters an acronym of ``words`` would have: each word's first, all the letters of a dotted
    abbreviation ("U.S. Navy" is USN, never a "UN")."""
    return "".join(_word_initials(w) for w in words if w and w.lower() not in ("of", "the", "and", "for", "on")).lower()


def _word_initials(word: str) -> str:
    letters = word.replace(".", "")
    return letters if "." in word and letters.isalpha() and letters.isupper() and len(letters) <= 4 else word[0]


def is_acronym(word: str) -> bool:
    """One word in capitals, dotted or not, of two letters or more: "UN", "U.N.", "IRGC"."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def cluster_orgs(surfaces: dict[NameKey, tuple[str, ...]], acronym_links: Iterable[tuple[NameKey, NameKey]],
                 docs_of: Mapping[NameKey, set] | None = None) -> UnionFind:
    """Union-find over organisation keys. ``surfaces`` maps a key to the words of one surface form;
    ``docs_of`` the documents each key is written in. An acronym the text does not define goes to the
    long name with its initials written in the same documents ("U.N." and "United Nations"), when
    they all give the same one: "D.C." in one article is not the "Don Cossacks" of another, nor the
    "5:34 AM" of one an "Alexandru Marghiloman". (Without ``docs_of``, the one long name of the corpus.)"""
    uf = UnionFind()
    for key in surfaces:
        uf.find(key)
    for short, long in acronym_links:
        uf.union(short, long)
    acronyms = {k for k, words in surfaces.items() if len(words) == 1 and is_acronym(words[0])}
    by_initials: dict[str, list[NameKey]] = defaultdict(list)
    for key, words in surfaces.items():
        if len(words) >= 2:
            by_initials[initials(words)].append(key)
    for key in sorted(acronyms):
        letters = surfaces[key][0].replace(".", "").lower()
        candidates = by_initials.get(letters, [])
        if docs_of is not None:
            here = docs_of.get(key, set())
            candidates = [k for k in candidates if not here.isdisjoint(docs_of.get(k, set()))]
        longs = {uf.find(k) for k in candidates}
        if len(longs) == 1:
            uf.union(key, candidates[0])
    # "USS Maddox" is the "Maddox" the story then calls it
    for key in surfaces:
        if len(key) >= 2 and surfaces[key][0].replace(".", "").lower() in SHIP_PREFIXES and key[1:] in surfaces:
            uf.union(key, key[1:])
    # "IRGC Quds Force" is the "Quds Force": a known organisation followed by another.
    for key in surfaces:
        for cut in range(1, len(key) - 1):
            prefix, suffix = key[:cut], key[cut:]
            if suffix in surfaces and (prefix in surfaces or any(prefix == (k[0],) for k in acronyms if len(k) == 1)):
                uf.union(key, suffix)
                break
    _join_spellings(surfaces, uf)
    _join_company_forms(surfaces, uf)
    _join_lettered_companies(surfaces, uf, docs_of)
    return uf


def _join_spellings(surfaces: dict[NameKey, tuple[str, ...]], uf: UnionFind) -> None:
    """ "Nuremburg Files" and "Nuremberg Files": a name of two words or more whose words are each a
    spelling of the other's (``tokens_match``: one inner vowel, a g/k swap) is one body, as a person's
    name is. Compared within a blocking key, never each name against all."""
    blocks: dict[tuple, list[NameKey]] = defaultdict(list)
    for key in surfaces:
        if len(key) >= 2:
            blocks[spelling_block(key)].append(key)
    for keys in blocks.values():
        for i, key in enumerate(keys):
            for other in keys[:i]:
                if same_spelling(key, other):
                    uf.union(key, other)
                    break


def spelling_block(key: NameKey) -> tuple[str, ...]:
    """What two organisation keys ``same_spelling`` takes for one always share (``match_block`` of
    each word)."""
    return tuple(match_block(w) if len(w) > 1 else w for w in key)


def same_spelling(a: NameKey, b: NameKey) -> bool:
    """Two organisation keys of two words or more whose words are, one by one, spellings of one word."""
    return len(a) == len(b) >= 2 and all(x == y or (len(x) > 1 and len(y) > 1 and _word_match(x, y)) for x, y in zip(a, b))


#: A company's legal form, written or not: "Calderbrook Energy Inc." is "Calderbrook Energy".
LEGAL_FORMS = frozenset(_org_word(w) for w in "inc ltd corp co plc llc gmbh ag sa nv bv corporation incorporated limited".split())
#: Words that, after a company's own name, say only what trade it is in: "Homefield Appliances" is
#: "Homefield" once introduced.
TRADE_WORDS = frozenset(_org_word(w) for w in (
    "energy group holdings industries airlines airways appliances foods motors systems technologies "
    "pharmaceuticals insurance cycles capital partners media entertainment electronics steel mining "
    "shipping logistics software networks telecom communications brewing breweries foods retail stores "
    "construction engineering mills works textiles farms dairies bakeries devices labs games studios "
    "solutions services products brands ferries buses coaches looms pharma glass paper aggregates quarries "
    "chemicals biotech").split())


def is_company_name(name: str) -> bool:
    """Whether a name ends in a legal form or a trade ("Lumen Devices", "Acme Corp."): a company's name,
    not a product's or a place's."""
    words = [w for w in name.replace(".", " ").split() if w]
    return len(words) >= 2 and _org_word(words[-1]) in LEGAL_FORMS | TRADE_WORDS


def _join_company_forms(surfaces: dict[NameKey, tuple[str, ...]], uf: UnionFind) -> None:
    """ "Calderbrook Energy Inc." with "Calderbrook Energy", and a company's first word alone
    ("Calderbrook", "Homefield") with the one company of the corpus whose name it opens and whose
    other words only give its trade or legal form. A first word that opens two such companies stays
    apart."""
    for key in surfaces:
        if len(key) >= 2 and key[-1] in LEGAL_FORMS and key[:-1] in surfaces:
            uf.union(key, key[:-1])
    opens: dict[NameKey, set] = defaultdict(set)
    for key in surfaces:
        if len(key) >= 2 and all(w in LEGAL_FORMS or w in TRADE_WORDS for w in key[1:]):
            opens[key[:1]].add(uf.find(key))
    for first, roots in opens.items():
        if first in surfaces and len(roots) == 1:
            uf.union(first, next(iter(roots)))


def _join_lettered_companies(surfaces: dict[NameKey, tuple[str, ...]], uf: UnionFind,
                             docs_of: Mapping[NameKey, set] | None) -> None:
    """ "LIN" with "LIN Broadcasting Corp.": a company named by capital letters is called by them alone
    once introduced, whatever its other words are ("Broadcasting", "International", "Acquisition
    Partners"), so a word in capitals alone joins the one company whose name it opens in the same
    documents (a company's name: it ends in a legal form or a trade, ``is_company_name``). An acronym
    that opens no company's name ("U.N." before "U.N. Security Council") or two of them stays apart."""
    opens: dict[NameKey, set[NameKey]] = defaultdict(set)
    for key, words in surfaces.items():
        if len(key) >= 2 and is_acronym(words[0]) and is_company_name(" ".join(words)):
            opens[key[:1]].add(key)
    for first, longs in sorted(opens.items()):
        if first not in surfaces or not is_acronym(surfaces[first][0]):
            continue
        if docs_of is not None:
            here = docs_of.get(first, set())
            longs = {k for k in longs if not here.isdisjoint(docs_of.get(k, set()))}
        roots = {uf.find(k) for k in longs}
        if len(roots) == 1:
            uf.union(first, min(longs))
