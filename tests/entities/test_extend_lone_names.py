"""An import names a lone name as a whole annotation would (issue 16 follow-up, entities/lone_names.py):
a one-word name that only folds into the surname of a person named in full in another article
("Okafour" / "Tomas Okafor") joins that person on evidence in its own article (a title, a verb of
saying), never on the spelling alone. Made-up articles."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.entities.extend import annotate_new
from explorer.ingest.extract import extract_document
from explorer.store.extending import stored_annotation
from explorer.store.importing import annotate_project
from explorer.store.project import Project

STORED = "Minister Tomas Okafor arrived in Oslo on Monday. Okafor said talks would resume."


def _extracted(texts: list[str]):
    return [extract_document(Document(f"/corpus/d{i}.txt", text, f"d{i}"), date(2021, 3, 1)) for i, text in enumerate(texts)]


def _whole(docs) -> Project:
    project = Project()
    for doc in docs:
        project.add_extracted(doc, notify=False)
    annotate_project(project)
    return project


def _imported(docs):
    project = _whole(docs[:1])
    hashes = [project.add_extracted(doc, notify=False).hash for doc in docs[1:]]
    delta = annotate_new(stored_annotation(project, hashes), [project.extracted(h) for h in hashes])
    project.extend_annotation(delta)
    return project, delta


def _people(project: Project) -> dict[str, set[str]]:
    return {e.name: set(e.variants) for e in project.actor_index.entities.values() if e.kind == "person"}


def _with(people: dict[str, set[str]], spelling: str) -> str | None:
    return next((name for name, spellings in people.items() if spelling in spellings), None)


@pytest.mark.parametrize("article", [
    "On Monday the heights of Okafour fell to the rebels.",
    "On Monday the Okafour family left the city.",
    "Troops loyal to Okafour marched on Monday.",
])
def test_a_look_alike_name_alone_is_not_merged_into_the_person_named_in_full(article):
    project, delta = _imported(_extracted([STORED, article]))
    assert _with(_people(project), "Okafour") != "Tomas Okafor"
    assert not any(link.reason == "kind" and "person:Tomas Okafor" in link.ids for link in delta.links)
    assert _with(_people(project), "Okafour") == _with(_people(_whole(_extracted([STORED, article]))), "Okafour")


@pytest.mark.parametrize("article", [
    "Minister Okafour met the envoy on Tuesday.",
    "He told Okafour on Monday that talks would resume.",
])
def test_a_look_alike_name_with_a_title_or_a_verb_of_saying_joins_as_a_whole_annotation_would(article):
    docs = _extracted([STORED, article])
    project, _ = _imported(docs)
    assert _with(_people(_whole(docs)), "Okafour") == "Tomas Okafor"
    assert _with(_people(project), "Okafour") == "Tomas Okafor"


def test_the_same_spelling_alone_still_joins():
    project, _ = _imported(_extracted([STORED, "On Monday the envoy met Okafor in Lisbon."]))
    assert _with(_people(project), "Tomas Okafor") == "Tomas Okafor"
    assert {"Okafor", "Tomas Okafor"} <= _people(project)["Tomas Okafor"]


def _owners(project: Project, spelling: str) -> dict[str, tuple[str, str]]:
    """Each document's mention written ``spelling``: the (kind, name) of the entity it belongs to."""
    return {ref.doc: (e.kind, e.name) for e in project.actor_index.entities.values()
            for ref in e.mentions if ref.text == spelling}


@pytest.mark.parametrize("plain, evident", [
    ("On Monday Okafour of the bank visited Oslo.", "Minister Okafour met the envoy on Tuesday."),
    ("On Monday Okafour of the bank visited Oslo.", "On Monday Okafour visited Rome. Okafour said talks would resume."),
])
def test_a_look_alike_in_two_new_articles_joins_only_where_its_own_article_gives_evidence(plain, evident):
    """The new articles' own reading puts both "Okafour"s into one entity; a whole run gives only the
    one with a title or a verb of saying to Tomas Okafor, and so does the import now."""
    docs = _extracted([STORED, plain, evident])
    project, _ = _imported(docs)
    whole = _owners(_whole(docs), "Okafour")
    assert whole["/corpus/d2.txt"] == ("person", "Tomas Okafor") != whole["/corpus/d1.txt"]
    assert _owners(project, "Okafour") == whole


@pytest.mark.parametrize("article", [
    "Okafor met the envoy in Rome on Tuesday. The talks ended.",
    "On Tuesday the talks ended. Okafor flew to Rome on Wednesday.",
])
def test_a_surname_opening_a_sentence_joins_the_stored_person_as_in_a_whole_run(article):
    """The stored article writes "Okafor" only inside the full name: a whole run's vocabulary knows
    the word inside a sentence, so a new article's "Okafor" opening one is a name, his."""
    docs = _extracted(["Minister Tomas Okafor arrived in Oslo on Monday. He met the envoy.", article])
    project, _ = _imported(docs)
    assert _owners(_whole(docs), "Okafor") == {"/corpus/d1.txt": ("person", "Tomas Okafor")}
    assert _owners(project, "Okafor") == {"/corpus/d1.txt": ("person", "Tomas Okafor")}


def test_a_word_opening_a_sentence_that_the_new_article_writes_in_lower_case_stays_a_word():
    docs = _extracted(["Minister Anna Rose arrived in Oslo on Monday. He met the envoy.",
                       "Rose prices fell in Rome on Tuesday. The rose growers protested."])
    project, _ = _imported(docs)
    assert _owners(_whole(docs), "Rose") == {} == _owners(project, "Rose")


def test_a_look_alike_the_new_article_gives_evidence_for_joins_the_person_there_even_where_unsaid():
    """A whole run reads a one-word name against every surname the corpus gives in full, so where a
    new article makes "Okafour" speak, its other "Okafour"s are Tomas Okafor's too, while another
    stored article's plain "Okafour" stays apart. The import reads the new article against the
    stored people's full names (``build_index(known_full_names=...)``) and agrees."""
    docs = _extracted([STORED, "On Monday Okafour of the bank visited Oslo.",
                       "On Tuesday Okafour of the bank visited Rome. Okafour said talks would resume."])
    project = _whole(docs[:2])
    hashes = [project.add_extracted(docs[2], notify=False).hash]
    project.extend_annotation(annotate_new(stored_annotation(project, hashes), [project.extracted(h) for h in hashes]))
    whole = _owners(_whole(docs), "Okafour")
    assert set(whole.values()) == {("person", "Tomas Okafor"), ("org", "Okafour")}
    assert _owners(project, "Okafour") == whole
    mine = [e for e in project.actor_index.entities.values() for r in e.mentions if r.doc == "/corpus/d2.txt" and r.text == "Okafour"]
    assert len(mine) == 2 and all(e.name == "Tomas Okafor" for e in mine)


def test_a_look_alike_the_project_already_spells_for_the_person_joins_only_on_evidence():
    """A titled "Minister Okafour" of a stored article made "Okafour" a spelling of Tomas Okafor; a new
    article's plain "Okafour" is still not his in a whole run (no evidence there), nor in an import."""
    docs = _extracted([STORED, "Minister Okafour met the envoy on Tuesday.", "Minister Okafour flew to Rome on Friday.",
                       "On Monday Okafour of the bank visited Oslo."])
    project = _whole(docs[:2])
    assert "Okafour" in project.actor_index.entities["person:Tomas Okafor"].variants
    hashes = [project.add_extracted(doc, notify=False).hash for doc in docs[2:]]
    project.extend_annotation(annotate_new(stored_annotation(project, hashes), [project.extracted(h) for h in hashes]))
    whole = _owners(_whole(docs), "Okafour")
    assert whole["/corpus/d2.txt"] == ("person", "Tomas Okafor") != whole["/corpus/d3.txt"]
    assert _owners(project, "Okafour") == whole


def test_a_one_word_person_also_stored_as_an_organisation_is_reported_not_merged():
    """The stored articles make "Okafour" a person in one (it speaks) and an organisation in another;
    a new "Minister Okafour" leads a whole run to take all of them for one person, which would re-kind
    and merge a stored entity: the import keeps both and reports a kind link."""
    docs = _extracted(["On Monday Okafour said talks would resume.",
                       "On Monday Okafour of the bank visited Oslo. Okafour of the bank left.",
                       "Minister Okafour met the envoy on Tuesday."])
    project = _whole(docs[:2])
    kinds = {e.kind for e in project.actor_index.entities.values() if e.name == "Okafour"}
    assert kinds == {"person", "org"}
    assert len({e.kind for e in _whole(docs).actor_index.entities.values() if e.name == "Okafour"}) == 1
    hashes = [project.add_extracted(docs[2], notify=False).hash]
    delta = annotate_new(stored_annotation(project, hashes), [project.extracted(h) for h in hashes])
    assert [(link.reason, set(link.ids)) for link in delta.links] == [("kind", {"org:Okafour", "person:Okafour"})]
