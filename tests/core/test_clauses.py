"""Each happening in a sentence has its own clause: its actors, places and title come from there."""

from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.events.build import build_events
from explorer.events.clauses import clause_bounds, clause_spans
from explorer.documents.document import Document
from explorer import temporal
from datetime import date

TWO_VISITS = (
    "In recent months, the media reported that officials had made visits, stressing in particular Deputy "
    "Minister Anna Berg's visit in Oslo on August 4, 2015, and the visits of Karl Weber, the head of the "
    "agency, to Vienna in July and September 2015."
)


def _clause(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    left, right = clause_bounds(sentence, at, at + len(expression))
    return sentence[left:right]


def test_coordinated_happenings_are_separate_clauses() -> None:
    first = _clause(TWO_VISITS, "August 4, 2015")
    second = _clause(TWO_VISITS, "September 2015")
    assert "Anna Berg" in first and "Oslo" in first and "Weber" not in first and "Vienna" not in first
    assert "Karl Weber" in second and "Vienna" in second and "Berg" not in second


def test_a_list_inside_the_expression_or_of_names_does_not_split() -> None:
    sentence = "Talks between Hamas and Fatah resumed in Cairo in July, August and September 2015."
    assert _clause(sentence, "July, August and September 2015") == sentence


def test_a_bare_verb_clause_shares_the_subject() -> None:
    sentence = "Soleimani tried to pass himself off as the top man in Afghanistan in 2001, and reprised the claim in Iraq in 2003."
    at = sentence.index("2003")
    spans = clause_spans(sentence, 100, 100 + at, 100 + at + 4)
    texts = [sentence[a - 100:b - 100] for a, b in spans]
    assert texts[0] == "Soleimani"
    assert "reprised the claim in Iraq" in texts[1] and "Afghanistan" not in texts[1]


def _entity(i: int, name: str, kind: str, doc: str, text: str) -> Entity:
    start = text.index(name)
    return Entity(f"e{i}", name, kind, mentions=[MentionRef(doc, start, start + len(name), name)])


def test_events_get_the_actors_and_places_of_their_own_clause_and_their_own_titles() -> None:
    text = ("Berg and Weber\n\n" + "Officials from both countries met often over the summer and autumn of that year. " * 2
            + TWO_VISITS + "\n")
    doc = Document("a.txt", text, "t", date(2015, 10, 13), "given")
    events = build_events(doc, temporal.tag(text, doc.date))
    index = ActorIndex([_entity(0, "Anna Berg", "person", "a.txt", text), _entity(1, "Karl Weber", "person", "a.txt", text),
                        _entity(2, "Oslo", "place", "a.txt", text), _entity(3, "Vienna", "place", "a.txt", text)])
    labelled = {e.timex: index.label(e) for e in events}
    berg = labelled["August 4, 2015"]
    assert (berg.actors, berg.places) == (("Anna Berg",), ("Oslo",))
    assert berg.title == "Anna Berg visits Oslo"
    weber = labelled["September 2015"]
    assert (weber.actors, weber.places) == (("Karl Weber",), ("Vienna",))
    assert weber.title == "Karl Weber visits Vienna"


def test_when_separates_two_dated_happenings_but_not_one() -> None:
    two = "Khamenei reproached the reformists for the 2001 Bonn Conference when in 2002 Bush described Iran as evil."
    assert "Bush" not in _clause(two, "2001") and "Khamenei" not in _clause(two, "2002")
    one = "Shamkhani was very hostile towards Hunt when the two met in Tehran in November 2018."
    assert _clause(one, "November 2018") == one


def test_framing_before_a_date_is_not_the_happening_s_clause() -> None:
    sentence = ("According to published reports, for example a report by Jan Roe, editor of the Daily Herald, "
                "in the past four months Ruritania has held contacts with Freedonia.")
    at = sentence.index("the past four months")
    [(start, end)] = clause_spans(sentence, 0, at, at + len("the past four months"))
    assert "Jan Roe" not in sentence[start:end] and "Ruritania has held contacts" in sentence[start:end]


def test_a_footnote_mark_ends_the_clause() -> None:
    sentence = "In May Ruritania held talks with Freedonia.[1] According to Jan Roe, it was agreed that Oslo would help."
    assert "Jan Roe" not in _clause(sentence, "May")


def test_a_new_bare_subject_after_comma_and_opens_a_clause() -> None:
    sentence = "The last tannery shut in 1971, and employment fell by a third the following year."
    assert _clause(sentence, "1971") == "The last tannery shut in 1971"
    assert _clause(sentence, "the following year") == "employment fell by a third the following year."
    # "and is aligned", "and quickly moved": a verb going on, no new subject
    aside = "The Herald, which is run by a trust, and is aligned with the mayor, republished its archive in 2020."
    assert _clause(aside, "2020").startswith("The Herald")
