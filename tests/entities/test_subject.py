"""An event whose clause opens with a pronoun or a description ("She retires", "The company moves")
sits in the lane of the actor named before it, the last one of the same role."""

from __future__ import annotations

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.index import Entity
from explorer.entities.subject import resolve_subject, subject_kind
from explorer.events.build import build_events


def _entity(name: str, kind: str) -> Entity:
    return Entity(f"{kind}:{name}", name, kind)


def test_the_subject_is_read_off_the_title() -> None:
    assert subject_kind("She retires") == ("person", "")
    assert subject_kind("It opens a depot in Leeds") == ("org", "")
    assert subject_kind("The new ferry terminal opens") == ("org", "new ferry terminal")
    assert subject_kind("Marta Olsen retires") is None


def test_a_description_takes_the_organisation_whose_name_ends_with_its_noun_else_the_last_one() -> None:
    museum, firm, person = _entity("Dunmore Town Museum", "org"), _entity("Acre Tools", "org"), _entity("Ida Voss", "person")
    before = [(10, museum), (50, firm), (80, person)]
    anywhere = lambda at: True  # noqa: E731
    assert resolve_subject("The museum buys the collection", before, anywhere) is museum
    assert resolve_subject("The company moves to Hull", before, anywhere) is firm
    assert resolve_subject("The harbour silts up", before, anywhere) is None  # no body of that name
    assert resolve_subject("She retires", before, anywhere) is person
    assert resolve_subject("She retires", before[:2], anywhere) is None  # no person named before


def test_a_pronoun_prefers_the_last_actor_named_as_a_subject() -> None:
    ida, max_ = _entity("Ida Voss", "person"), _entity("Max Rell", "person")
    before = [(0, ida), (40, max_)]
    assert resolve_subject("She retires", before, lambda at: at == 0) is ida
    assert resolve_subject("It closes", [(0, _entity("Acre Tools", "org"))], lambda at: False) is None


def test_events_get_the_actor_their_pronoun_or_description_stands_for() -> None:
    text = ("Acre Tools was founded in Leeds by Ida Voss in 1921. The company moved to a new works in 1950, "
            "and it began making saws in 1952. Ida Voss led the firm for forty years. She retired in 1961.")
    doc = Document("a.txt", text, "t", None, "none")
    index = build_index([(doc.path, text)])
    events = [index.label(e) for e in build_events(doc, temporal.tag(text, None))]
    actors = {e.timex: e.actors for e in events if e.timex}
    assert actors["1950"][0] == "Acre Tools"
    assert actors["1961"][0] == "Ida Voss"


def test_a_title_that_opens_with_a_name_takes_that_actor() -> None:
    from explorer.entities.subject import named_subject

    ida, ida_short = _entity("Ida Voss", "person"), _entity("Ida Vossberg", "person")
    ida.variants.update({"Ida Voss": 2, "Voss": 1})
    ida_short.variants.update({"Ida Vossberg": 1})
    assert named_subject("Ida Voss retires", [ida, ida_short]) is ida
    assert named_subject("Ida Vossberg retires", [ida, ida_short]) is ida_short  # the longest spelling
    assert named_subject("The firm retires", [ida]) is None
