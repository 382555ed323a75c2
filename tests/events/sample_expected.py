"""The events an analyst would put on a timeline from the bundled sample (``data/``), read by hand.

Each entry: the document (file stem), a ``cue`` (words of the sentence that tells the happening, to
find it; alternatives separated by " | "), the date window a correct date must fall inside (``None`` for a happening the text never
dates), who (spellings of the main actor; one is enough), and the stems of the words that say what
happened (one is enough). The reference title is what a reader would write.

My reading gives 42 events, as the issue's does, but not necessarily the same 42: I list Rafsanjani's
Instagram post, the denied Lavrov-Khamenei meeting, Khamenei's ban on talks, the Headquarters for
Countering Sanctions, the failed first round of Shamkhani's talks and the veto of Jahangiri's UN
appointment, and leave out the many undated statements of the ISIS article (Rouhani, Zarif,
Velayati, Firoozabadi, ... "said" in the past two weeks), which I count as the one "officials express
their views over the past two weeks" event.

How a produced event is scored against this list (``score`` below):
- *match*: same document, the cue occurs in the event's sentence, and its dates are compatible (a
  dated expectation: the event's span overlaps the window; an undated one: the event is undated or
  has inferred bounds). Matching is one to one, best candidates first (date inside the window, then
  acceptable title, then actor found).
- *date accurate*: the event's whole span lies inside the window (undated expectations: the event is
  undated or inferred).
- *actor accurate*: one of the ``who`` spellings occurs in one of the event's actors or places, and
  the event does not carry the main actor of another expected happening told in the same sentence.
- *title acceptable*: the title contains one of the ``who`` spellings and one of the predicate
  stems (case-insensitive), does not open with a preposition or subordinator left dangling
  ("Despite …", "Over …", "When …") and is more than a bare date.
- precision = matched / produced; recall = matched / expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class Expected:
    doc: str
    cue: str
    window: tuple[date, date] | None
    who: tuple[str, ...]
    verbs: tuple[str, ...]
    title: str


D = date
IRAN = "iran-between-russia-and-us"
PARTNER = "khamenei-soleimani-partnership"
QUDS = "quds-force-and-foreign-ministry"
SECURITY = "security-officials-prefer-direct-talks"
ISIS = "us-iran-isis-cooperation"

EXPECTED: tuple[Expected, ...] = (
    # Iran at the crossroads (October 13, 2015)
    Expected(IRAN, "in the past four months Iran has held", (D(2015, 6, 1), D(2015, 10, 13)), ("Iran",), ("contact", "talk", "hold", "held"),
             "Iran holds contacts with Russia on Syria"),
    Expected(IRAN, "Bogdanov's visit in Tehran", (D(2015, 8, 4), D(2015, 8, 4)), ("Bogdanov",), ("visit",),
             "Mikhail Bogdanov visits Tehran"),
    Expected(IRAN, "the visits of Qassem Suleimani", (D(2015, 7, 1), D(2015, 7, 31)), ("Suleimani", "Soleimani"), ("visit",),
             "Qassem Suleimani visits Moscow (July)"),
    Expected(IRAN, "the visits of Qassem Suleimani", (D(2015, 8, 1), D(2015, 8, 31)), ("Suleimani", "Soleimani"), ("visit",),
             "Qassem Suleimani visits Moscow (August)"),
    Expected(IRAN, "the visits of Qassem Suleimani", (D(2015, 9, 1), D(2015, 9, 30)), ("Suleimani", "Soleimani"), ("visit",),
             "Qassem Suleimani visits Moscow (September)"),
    Expected(IRAN, "was denied by the Russian Foreign Ministry", None, ("Lavrov", "Russian Foreign Ministry", "Foreign Ministry"), ("den", "meet"),
             "Russia denies a Lavrov-Khamenei meeting"),
    Expected(IRAN, "Khamenei's ban on any further negotiation", None, ("Khamenei",), ("ban",),
             "Khamenei bans further negotiation with the U.S."),
    Expected(IRAN, "Rohani said on October 7, 2015", (D(2015, 10, 7), D(2015, 10, 7)), ("Rohani", "Rouhani"), ("say", "said", "warn"),
             "Rohani says signalling the wrong way is a disaster"),
    Expected(IRAN, "Rafsanjani posted on his Instagram page", None, ("Rafsanjani",), ("post",),
             "Rafsanjani posts a picture with Zarif"),
    # The Khamenei-Soleimani partnership (early 2020)
    Expected(PARTNER, "demise of Qasem Soleimani | Soleimani’s death", None, ("Soleimani",), ("die", "death", "demise", "kill"),
             "Qasem Soleimani dies"),
    Expected(PARTNER, "The Quds Force was formally established in 1990", (D(1990, 1, 1), D(1990, 12, 31)), ("Quds Force",), ("establish", "found"),
             "The Quds Force is established"),
    Expected(PARTNER, "Soleimani was chosen by Khamenei", (D(1997, 1, 1), D(1998, 12, 31)), ("Soleimani",), ("chose", "choos", "appoint", "lead", "led"),
             "Khamenei chooses Soleimani to lead the Quds Force"),
    Expected(PARTNER, "top man in Afghanistan in 2001", (D(2001, 1, 1), D(2001, 12, 31)), ("Soleimani",), ("claim", "pass", "tries", "tried"),
             "Soleimani claims to be the top man in Afghanistan"),
    Expected(PARTNER, "reprised the same claim in Iraq in 2003", (D(2003, 1, 1), D(2003, 12, 31)), ("Soleimani",), ("repris", "claim"),
             "Soleimani reprises the claim in Iraq"),
    Expected(PARTNER, "the Qusayr offensive in the spring of 2013", (D(2013, 3, 1), D(2013, 6, 30)), ("Qusayr",), ("offensive",),
             "The Qusayr offensive"),
    Expected(PARTNER, "the Russian aerial intervention in September 2015", (D(2015, 9, 1), D(2015, 9, 30)), ("Russia",), ("interven",),
             "Russia's aerial intervention in Syria"),
    Expected(PARTNER, "mobilize in earnest behind him", (D(2016, 7, 1), D(2016, 12, 31)), ("factions", "Aleppo"), ("mobiliz",),
             "The factions mobilise before the battle of Aleppo"),
    Expected(PARTNER, "Javad Zarif theatrically resigned", None, ("Zarif",), ("resign",),
             "Javad Zarif resigns"),
    Expected(PARTNER, "Khamenei bestowed the Order of Zolfaghar", None, ("Khamenei",), ("bestow", "award"),
             "Khamenei bestows the Order of Zolfaghar on Soleimani"),
    # Quds Force and Foreign Ministry (2021)
    Expected(QUDS, "recently republished several of its articles", None, ("Jamaran",), ("republish",),
             "Jamaran News republishes its interviews"),
    Expected(QUDS, "February 9, 2020: Mohammad Sadr", (D(2020, 2, 9), D(2020, 2, 9)), ("Sadr",), ("discuss", "interview", "say"),
             "Mohammad Sadr discusses the Cabinet and Suleimani"),
    Expected(QUDS, "director from 1997-2004", (D(1997, 1, 1), D(2004, 12, 31)), ("Sadr",), ("serv", "director"),
             "Mohammad Sadr serves as Middle East director"),
    Expected(QUDS, "Mahmoud Ahmadinejad was elected president", None, ("Ahmadinejad",), ("elect",),
             "Mahmoud Ahmadinejad is elected president"),
    Expected(QUDS, "February 2019 visit to Tehran", (D(2019, 2, 1), D(2019, 2, 28)), ("Assad",), ("visit",),
             "Bashar al-Assad visits Tehran"),
    Expected(QUDS, "January 1, 2021: Eshaq Jahangiri", (D(2021, 1, 1), D(2021, 1, 1)), ("Jahangiri",), ("discuss", "interview", "say"),
             "Eshaq Jahangiri discusses his relationship with Suleimani"),
    Expected(QUDS, "vice president of Iran from 2013-21", (D(2013, 1, 1), D(2021, 12, 31)), ("Jahangiri",), ("serv", "vice president"),
             "Eshaq Jahangiri serves as vice president"),
    Expected(QUDS, "the election of Rouhani as president", (D(2013, 1, 1), D(2013, 12, 31)), ("Rouhani",), ("elect",),
             "Rouhani is elected president"),
    Expected(QUDS, "established the Headquarters for Countering Sanctions", None, ("Supreme National Security Council", "Headquarters"), ("establish",),
             "The Supreme National Security Council establishes the Headquarters for Countering Sanctions"),
    # Security officials prefer direct talks (January 2019)
    Expected(SECURITY, "warned those pushing for a new round", (D(2019, 1, 8), D(2019, 1, 8)), ("Gheybparvar",), ("warn", "speech", "speak"),
             "Gholamhossein Gheybparvar warns against talks with the U.S."),
    Expected(SECURITY, "said on December 7", (D(2018, 12, 7), D(2018, 12, 7)), ("Shamkhani",), ("say", "said"),
             "Ali Shamkhani says the U.S. tried to contact him"),
    Expected(SECURITY, "one-day visit to the Afghan capital Kabul", (D(2018, 12, 26), D(2018, 12, 26)), ("Shamkhani",), ("visit", "lead", "led"),
             "Ali Shamkhani leads a delegation to Kabul"),
    Expected(SECURITY, "offered to mediate", None, ("Moavero", "Milanesi"), ("offer", "mediat"),
             "Enzo Moavero Milanesi offers to mediate"),
    Expected(SECURITY, "conditions set by the U.S. Secretary of State Mike Pompeo in May", (D(2018, 5, 1), D(2018, 5, 31)), ("Pompeo",), ("set", "condition"),
             "Mike Pompeo sets 12 conditions"),
    Expected(SECURITY, "signing of the JCPOA in 2015", (D(2015, 1, 1), D(2015, 12, 31)), ("JCPOA", "diplomats"), ("negotiat", "sign"),
             "Secret negotiations lead to the JCPOA"),
    Expected(SECURITY, "when the two met in Tehran in November 2018", (D(2018, 11, 1), D(2018, 11, 30)), ("Shamkhani", "Hunt"), ("meet", "met", "hostile"),
             "Ali Shamkhani meets Jeremy Hunt in Tehran"),
    Expected(SECURITY, "initial round of talks between Admiral Shamkhani", None, ("Shamkhani",), ("talk", "fail"),
             "Shamkhani's first talks with U.S. officials fail"),
    # US-Iran ISIS cooperation (June 25, 2014)
    Expected(ISIS, "Over the past two weeks", (D(2014, 6, 1), D(2014, 6, 25)), ("officials", "Iran"), ("express", "view"),
             "Iran's officials give their views on ISIS"),
    Expected(ISIS, "forceful remarks over the weekend", (D(2014, 6, 20), D(2014, 6, 23)), ("Khamenei",), ("remark", "oppos", "announce"),
             "Khamenei opposes American intervention"),
    Expected(ISIS, "whose appointment as Iran’s UN envoy was vetoed", None, ("Jahangiri",), ("veto",),
             "The U.S. vetoes Jahangiri as UN envoy"),
    Expected(ISIS, "three of the American hostages were released", None, ("hostages", "Rafsanjani"), ("releas",),
             "American hostages in Lebanon are released"),
    Expected(ISIS, "the 2001 multinational Bonn Conference", (D(2001, 1, 1), D(2001, 12, 31)), ("Bonn", "reformists", "Khamenei"), ("Bonn", "cooperat", "reproach"),
             "Iran cooperates with the U.S. at the Bonn Conference"),
    Expected(ISIS, "in 2002 George W. Bush described Iran", (D(2002, 1, 1), D(2002, 12, 31)), ("Bush",), ("describ", "axis"),
             "George W. Bush calls Iran part of an 'Axis of Evil'"),
)

_DANGLING = re.compile(
    r"^(?:despite|over|for|when|while|between|after|before|during|in|on|at|as|with|from|since|it|there)\b", re.IGNORECASE
)


def title_acceptable(title: str, who: Sequence[str], verbs: Sequence[str]) -> bool:
    low = title.lower()
    if _DANGLING.match(title) or not re.search(r"[a-z]{3,}", title):
        return False
    return any(w.lower() in low for w in who) and any(v.lower() in low for v in verbs)


def _date_compatible(expected: Expected, event) -> bool:
    if expected.window is None:
        return event.begin is None or event.certainty == "inferred"
    if event.begin is None:
        return False
    lo, hi = expected.window
    return event.begin <= hi and event.end >= lo


def _date_inside(expected: Expected, event) -> bool:
    if expected.window is None:
        return event.begin is None or event.certainty == "inferred"
    lo, hi = expected.window
    return event.begin is not None and lo <= event.begin and event.end <= hi


def _actor_found(expected: Expected, event) -> bool:
    names = [n.lower() for n in (*event.actors, *event.places)]
    return any(w.lower() in n or n in w.lower() for w in expected.who for n in names)


def _borrowed_actor(expected: Expected, event, everything: Sequence[Expected]) -> bool:
    """The event carries the main actor of another happening told in the same sentence (Bogdanov's
    visit labelled with Suleimani): actors taken from the sentence, not from the event's clause."""
    sentence = event.sentence.replace("’", "'")
    own = {w.lower() for w in expected.who}
    for other in everything:
        if other.doc != expected.doc or other.who[0].lower() in own:
            continue
        if not any(c.replace("’", "'") in sentence for c in other.cue.split(" | ")):
            continue
        if any(other.who[0].lower() in a.lower() for a in event.actors):
            return True
    return False


@dataclass
class Score:
    expected: int
    produced: int
    matched: list[tuple[Expected, object]]
    missed: list[Expected]
    extra: list[object]
    all_expected: Sequence[Expected] = ()

    @property
    def recall(self) -> float:
        return len(self.matched) / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return len(self.matched) / self.produced if self.produced else 1.0

    def share(self, test) -> float:
        return sum(1 for x, e in self.matched if test(x, e)) / len(self.matched) if self.matched else 0.0

    @property
    def dates(self) -> float:
        return self.share(_date_inside)

    @property
    def actors(self) -> float:
        return self.share(lambda x, e: _actor_found(x, e) and not _borrowed_actor(x, e, self.all_expected))

    @property
    def titles(self) -> float:
        return self.share(lambda x, e: title_acceptable(e.title, x.who, x.verbs))

    def summary(self) -> str:
        return (f"expected {self.expected}, produced {self.produced}, matched {len(self.matched)}: "
                f"precision {self.precision:.2f}, recall {self.recall:.2f}, dates {self.dates:.2f}, "
                f"actors {self.actors:.2f}, titles {self.titles:.2f}")


def _stem(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def score(events: Sequence, expected: Sequence[Expected] = EXPECTED) -> Score:
    """Match ``events`` (``Event`` records of the sample) to ``expected`` by the rule above."""
    candidates: list[tuple[tuple, int, int]] = []
    for xi, x in enumerate(expected):
        for ei, e in enumerate(events):
            sentence = e.sentence.replace("’", "'")
            if _stem(e.doc) != x.doc or not any(c.replace("’", "'") in sentence for c in x.cue.split(" | ")):
                continue
            if not _date_compatible(x, e):
                continue
            rank = (_date_inside(x, e), title_acceptable(e.title, x.who, x.verbs), _actor_found(x, e))
            candidates.append((rank, xi, ei))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_x: set[int] = set()
    used_e: set[int] = set()
    matched: list[tuple[Expected, object]] = []
    for _, xi, ei in candidates:
        if xi in used_x or ei in used_e:
            continue
        used_x.add(xi)
        used_e.add(ei)
        matched.append((expected[xi], events[ei]))
    missed = [x for i, x in enumerate(expected) if i not in used_x]
    extra = [e for i, e in enumerate(events) if i not in used_e]
    return Score(len(expected), len(events), matched, missed, extra, expected)
