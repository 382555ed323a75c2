"""An event whose clause opens with a pronoun or a description ("She retires", "The company moves")
sits in the lane of the actor named before it, the last one of the same role."""

from __future__ import annotations

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


def test_a_general_word_for_a_body_takes_a_company_named_as_a_subject_never_an_office_or_a_place() -> None:
    firm, office = _entity("Harlow Pumps", "org"), _entity("Water Safety Office", "org")
    region = _entity("Scandinavia", "org")  # a place the recogniser took for an organisation
    subjects = {0, 40, 80}
    is_subject = lambda at: at in subjects  # noqa: E731
    before = [(0, firm), (40, office)]
    assert resolve_subject("The company recalls 4,000 pumps", before, is_subject) is firm
    assert resolve_subject("The company recalls 4,000 pumps", [(40, office)], is_subject) is None
    assert resolve_subject("The firm moves", [(0, firm), (80, region)], is_subject,
                           is_place=lambda name: name == "Scandinavia") is firm
    # named only in passing (never a subject): no one to stand for
    assert resolve_subject("The company recalls 4,000 pumps", [(10, firm)], is_subject) is None


def test_a_body_named_most_often_as_a_subject_wins_over_a_passing_one() -> None:
    firm, state = _entity("Harlow Pumps", "org"), _entity("Nev", "org")
    before = [(0, firm), (30, firm), (60, state)]
    assert resolve_subject("The company will hold a session", before, lambda at: True) is firm


def test_a_role_description_takes_the_person_written_with_that_role() -> None:
    from explorer.entities.subject import mention_roles

    text = "The painter Ines Marr met the engineer Karl Vogt in Bremen."
    marr, vogt = _entity("Ines Marr", "person"), _entity("Karl Vogt", "person")
    roles = {12: mention_roles(text, 12, 21), 39: mention_roles(text, 39, 48)}
    assert roles[12] == {"painter"} and roles[39] == {"engineer"}
    before = [(12, marr), (39, vogt)]
    assert subject_kind("The painter returns to Paris")[0] == "person"
    assert resolve_subject("The painter returns to Paris", before, lambda at: True,
                           roles_at=lambda at: roles.get(at, frozenset())) is marr
    # no one written with that role and two people named: no guess
    assert resolve_subject("The coach resigns", before, lambda at: True, roles_at=lambda at: roles.get(at, frozenset())) is None
    # a profile of one person: the role stands for them
    assert resolve_subject("The coach resigns", before[:1], lambda at: True) is marr


def test_a_bare_plural_is_no_description() -> None:
    assert subject_kind("Police arrest two men") is None
    assert subject_kind("Officials confirm the closure") is None


def test_events_of_a_company_take_its_name_not_the_regulator_named_between() -> None:
    text = ("Harlow Pumps Ltd recalled 4,000 garden pumps on Monday after reports of overheating. The Water Safety "
            "Office opened a review in April. The company stopped selling the model in May, and the company "
            "recalled 900 heaters in 2019.")
    doc = Document("p.txt", text, "t", None, "none")
    index = build_index([(doc.path, text)])
    events = [index.label(e) for e in build_events(doc, temporal.tag(text, None))]
    actors = {e.timex: e.actors for e in events if e.timex}
    assert actors["May"][0] == "Harlow Pumps Ltd"
    assert actors["2019"][0] == "Harlow Pumps Ltd"


def test_it_never_stands_for_a_place_taken_for_an_organisation() -> None:
    town, firm = _entity("Harlow Pumps Ltd", "org"), _entity("Tulsa", "org")
    before = [(0, town), (40, firm)]
    assert resolve_subject("It closes the plant", before, lambda at: True, is_place=lambda name: name == "Tulsa") is town


def test_a_leader_or_an_insurer_is_a_description_of_its_kind() -> None:
    assert subject_kind("The monarch meets the president")[0] == "person"
    insurer = _entity("Chandler Insurance Co", "org")
    assert resolve_subject("The insurer reports a loss", [(0, insurer)], lambda at: True) is insurer


def test_the_company_is_a_company_name_rather_than_a_product_named_as_often() -> None:
    maker, product = _entity("Lumen Devices", "org"), _entity("Lumen Hue", "org")
    before = [(0, maker), (50, product)]
    assert resolve_subject("The company sells a million readers", before, lambda at: True) is maker
