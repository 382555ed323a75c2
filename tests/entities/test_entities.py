"""Entities: titles stripped, kinds, alias merging across regions, pronouns, grouping, commands, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.entities import build_index, find_mentions
from explorer.entities.aliases import compatible, name_key
from explorer.entities.commands import MergeActors, SplitActor, Ungroup
from explorer.entities.fold import fold_token, tokens_match

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
import scoring  # noqa: E402


@pytest.mark.parametrize(
    "text, names",
    [
        ("President Hassan Rouhani spoke.", ["Hassan Rouhani"]),
        ("Later Commander Suleimani arrived.", ["Suleimani"]),
        ("It was Admiral Shamkhani who spoke.", ["Shamkhani"]),
        ("They met Mr. Zarif there.", ["Zarif"]),
        ("They remembered Haj Qassim fondly.", ["Qassim"]),
        ("Iranian Foreign Minister Mohammad Javad Zarif met them.", ["Mohammad Javad Zarif"]),
        ("It was then-Quds Force Chief Major General Qassim Suleimani.", ["Quds Force", "Qassim Suleimani"]),
        ("They met Brigadier-General Gholamhossein Gheybparvar yesterday.", ["Gholamhossein Gheybparvar"]),
        ("The Islamic Revolutionary Guard Corps (IRGC) denied it.", ["Islamic Revolutionary Guard Corps", "IRGC"]),
        ("They held talks with Secretary of State Mike Pompeo.", ["Mike Pompeo"]),
        ("The Khamenei-Soleimani partnership is old.", ["Khamenei", "Soleimani"]),
        ("He met Bashar al-Assad in Damascus.", ["Bashar al-Assad", "Damascus"]),
        ("A delegation reached the Middle East.", ["Middle East"]),
        ("They said officials of the Ministry of Foreign Affairs agreed.", ["Ministry of Foreign Affairs"]),
        ("North Korean leader Kim Jong-un watched.", ["Kim Jong-un"]),
    ],
)
def test_mentions_strip_titles_and_demonyms(text: str, names: list[str]) -> None:
    assert [m.text for m in find_mentions(text).mentions] == names


def test_titled_mentions_are_marked() -> None:
    (m,) = find_mentions("They met Mr. Zarif there.").mentions
    assert m.titled


@pytest.mark.parametrize(
    "a, b",
    [("Suleimani", "Soleimani"), ("Qassem", "Qasem"), ("Qassim", "Ghasem"), ("Rouhani", "Rohani"), ("Quds", "Qods"),
     ("Mohammad", "Muhammad"), ("Mohammed", "Mohammad"), ("Hussein", "Hossein"), ("Alexei", "Aleksei"),
     ("Dmitry", "Dmitrii"), ("Sánchez", "Sanchez"), ("Yevgeny", "Evgeny")],
)
def test_transliteration_variants_fold_together(a: str, b: str) -> None:
    assert tokens_match(fold_token(a), fold_token(b))


@pytest.mark.parametrize("a, b", [("Hassan", "Hossein"), ("Maria", "Mario"), ("Petrov", "Petrova"), ("Jong-un", "Jong-il"), ("Jon", "Jan")])
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not tokens_match(fold_token(a), fold_token(b))


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Mohammad Javad Zarif", "Javad Zarif", True),
        ("Mohammad-Javad Zarif", "Mohammad Javad Zarif", True),
        ("Andrés Manuel López Obrador", "López Obrador", True),
        ("George W. Bush", "George Bush", True),
        ("Vladimir Putin", "V. Putin", True),
        ("John Smith", "Mary Smith", False),
        ("Kim Jong-un", "Kim Yo-jong", False),
        ("Hassan Rouhani", "Hossein Rouhani", False),
        ("Li Keqiang", "Li Qiang", False),
        ("Ivan Petrov", "Anna Petrova", False),
    ],
)
def test_full_name_compatibility(a: str, b: str, same: bool) -> None:
    key = lambda s: name_key(w for w in s.replace("-", " ").replace(".", "").split())  # noqa: E731
    assert compatible(key(a), key(b)) is same


def _people(docs: list[str]) -> dict[str, set[str]]:
    index = build_index([(f"doc{i}", text) for i, text in enumerate(docs)])
    return {e.name: set(e.variants) for e in index.people()}


def test_two_smiths_and_two_kims_do_not_merge_but_surnames_follow_their_document() -> None:
    people = _people([
        "John Smith, the mayor, opened the bridge. Smith said it was late.",
        "Mary Smith, a nurse, joined the union. Smith said she was proud.",
        "North Korean leader Kim Jong-un watched a parade. His sister Kim Yo-jong issued a statement.",
    ])
    assert people["John Smith"] == {"John Smith", "Smith"}
    assert people["Mary Smith"] == {"Mary Smith", "Smith"}
    assert "Kim Jong-un" in people and "Kim Yo-jong" in people


def test_aliases_merge_across_documents_and_spellings() -> None:
    people = _people([
        "Russian Foreign Minister Sergei Lavrov arrived. Lavrov spoke for an hour.",
        "Officials said Sergey Lavrov would return. Mr. Lavrov declined to comment.",
        "Venezuelan President Nicolás Maduro Moros met the press. Maduro smiled.",
        "Critics of Nicolas Maduro gathered. Chinese President Xi Jinping sent a note; Xi was brief.",
    ])
    lavrov = next(v for k, v in people.items() if "Lavrov" in k)
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= lavrov
    maduro = next(v for k, v in people.items() if "Maduro" in k)
    assert {"Nicolás Maduro Moros", "Nicolas Maduro", "Maduro"} <= maduro
    assert {"Xi Jinping", "Xi"} <= people["Xi Jinping"]


def test_canonical_name_is_most_complete_frequent_form() -> None:
    people = _people(["President Hassan Rouhani spoke. Rouhani left. Rohani returned. Hassan Rouhani again."])
    assert "Hassan Rouhani" in people


def test_places_use_the_gazetteer_and_sentence_initial_words_are_dropped() -> None:
    index = build_index([("d", "Diplomatic moves were made in Kabul by officials from the U.S. and Britain.")])
    assert {e.name for e in index.places()} == {"Kabul", "United States", "United Kingdom"}
    assert not index.actors()


def test_pronoun_stands_for_the_one_person_before() -> None:
    index = build_index([("d", "Ali Shamkhani visited Kabul. He met officials there.")])
    text = "Ali Shamkhani visited Kabul. He met officials there."
    he = text.index("He")
    assert index.entity_at("d", he).name == "Ali Shamkhani"


def test_merge_and_split_are_undoable() -> None:
    index = build_index([("d", "Jane Roe spoke. Later John Doe spoke.")])
    roe, doe = index.find("Jane Roe"), index.find("John Doe")
    merge = MergeActors(index, roe.id, (doe.id,))
    merge.do()
    assert doe.id not in index.entities and "John Doe" in index.entities[roe.id].variants
    merge.undo()
    assert index.find("John Doe") is not None and "John Doe" not in index.entities[roe.id].variants
    split = SplitActor(index, roe.id, ("Jane Roe",), "Jane Roe (2)")
    split.do()
    assert index.entities[split.new_id].variants
    split.undo()
    assert split.new_id not in index.entities and "Jane Roe" in index.entities[roe.id].variants


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return scoring.run()


def test_alias_merging_precision_and_recall(scores: dict[str, float]) -> None:
    assert scores["alias_precision"] >= 1.0 and scores["alias_recall"] >= 1.0


def test_event_grouping_precision_and_recall(scores: dict[str, float]) -> None:
    assert scores["grouping_precision"] >= 1.0 and scores["grouping_recall"] >= 1.0


def test_groups_flag_date_disagreement_and_never_hold_one_document_twice() -> None:
    corpus = scoring.extract_paths([scoring.CORPUS], jobs=1)
    assert corpus.groups
    for group in corpus.groups:
        assert len(set(group.docs)) == len(group.docs)
    disputed = [g for g in corpus.groups if g.disputed]
    assert len(disputed) == 1 and len(disputed[0].dates) == 2
    undo = Ungroup(corpus.groups, disputed[0].id)
    undo.do()
    assert disputed[0] not in corpus.groups
    undo.undo()
    assert disputed[0] in corpus.groups


def test_cli_prints_actors_and_places() -> None:
    run = subprocess.run([sys.executable, "-m", "explorer", "extract", str(scoring.CORPUS), "--format", "jsonl"],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    moscow = [e for e in events if e["value"] == "2021-03-02" and "Moscow" in e["places"]]
    assert moscow and all("Sergei Lavrov" in e["actors"] and "Wang Yi" in e["actors"] for e in moscow)


@settings(max_examples=examples(200), deadline=None)
@given(st.text())
def test_any_text_is_handled(text: str) -> None:
    docs = {"d": text, "e": text.upper()}
    index = build_index(list(docs.items()))
    for entity in index.entities.values():
        for ref in entity.mentions:
            assert docs[ref.doc][ref.start:ref.end] == ref.text


_SCRIPT_NAMES = [
    ("Αλέξανδρος Παπαδόπουλος", "Greek"),
    ("Владимир Ленин", "Cyrillic"),
    ("محمد مصدق", "Arabic"),
    ("محمود احمدی‌نژاد", "Persian"),
    ("דוד בן-גוריון", "Hebrew"),
    ("毛 泽东", "CJK"),
    ("महात्मा गांधी", "Devanagari"),
]


@pytest.mark.parametrize("name, script", _SCRIPT_NAMES)
def test_a_two_word_name_in_any_script_never_breaks_the_index(name, script):
    """A two-word Greek name gave an empty name key and IndexError for the whole corpus."""
    docs = [("/a.txt", f"On March 3, 2019, {name} visited Paris. Hassan Rouhani met {name} in Tehran."),
            ("/b.txt", "Hassan Rouhani spoke in Tehran on May 5, 2019.")]
    index = build_index(docs)
    names = {e.name for e in index.entities.values()}
    assert "Hassan Rouhani" in names and "Paris" in names  # the rest of the corpus still gets its actors
    if script in ("Greek", "Cyrillic"):  # scripts with capitals: the name itself is found
        assert name in names


def test_keys_keep_letters_of_every_script():
    assert name_key(["Αλέξανδρος", "Παπαδόπουλος"]) == ("αλεξανδροσ", "παπαδοπουλοσ")
    assert name_key(["Qāsem", "Soleimani"]) == name_key(["Qasem", "Suleimani"])
    assert fold_token("Владимир") and fold_token("محمد")


_ANY_WORD = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(_ANY_WORD, st.sampled_from(["On", "March", "3,", "2019,", "visited", "Paris.", "de",
                                                       "al-", "The", "Mr.", "\n", "Αλέξανδρος", "Παπαδόπουλος"])),
                max_size=30))
def test_entities_take_any_unicode_text(words):
    text = " ".join(words)
    index = build_index([("/x.txt", text), ("/y.txt", "Hassan Rouhani visited Paris. " + text)])
    texts = {"/x.txt": text, "/y.txt": "Hassan Rouhani visited Paris. " + text}
    for entity in index.entities.values():
        assert entity.name
        for ref in entity.mentions:
            assert 0 <= ref.start < ref.end <= len(texts[ref.doc])


def test_a_pronoun_chain_keeps_standing_for_the_same_person() -> None:
    text = ("Dr. Anna Vogel was born in Leeds. She studied engineering there. She joined the firm in 1920. "
            "She retired in 1960.")
    index = build_index([("d", text)])
    last = text.rindex("She")
    assert index.entity_at("d", last) is not None and index.entity_at("d", last).name == "Anna Vogel"


@pytest.mark.parametrize("text, names", [
    ("In 264 BC Hannibal marched on Rome.", ["Hannibal", "Rome"]),
    ("By 146 B.C. Scipio had taken Carthage.", ["Scipio", "Carthage"]),
    ("In AD 9 Varus lost three legions.", ["Varus"]),
])
def test_an_era_marker_is_no_name_nor_part_of_one(text: str, names: list[str]) -> None:
    from explorer.entities.mentions import find_mentions

    assert [m.text for m in find_mentions(text).mentions] == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("The engine of the Airbus A320 failed at 14:20 UTC over the sea.", ["Airbus"]),
        ("The museum of Dunmore opens on Tuesdays and Saturdays.", ["Dunmore"]),
        ("Water in the bay of Kessel reached 33 degrees Celsius.", ["Water", "Kessel"]),
        ("They recalled the Homefield K200 kettles.", ["Homefield"]),
    ],
)
def test_time_zones_scales_plural_weekdays_and_model_codes_are_no_names(text: str, names: list[str]) -> None:
    assert [m.text for m in find_mentions(text).mentions] == names


def test_company_names_ending_in_a_trade_word_are_organisations() -> None:
    docs = [("a.txt", "Orvik Energy signed the lease on Monday. Later, Orvik Energy built the farm. "
                      "Brightmoor Appliances recalled a kettle, and Saltwick Line added two ferries.")]
    index = build_index(docs)
    kinds = {e.name: e.kind for e in index.entities.values()}
    assert kinds.get("Orvik Energy") == "org"
    assert kinds.get("Brightmoor Appliances") == "org"
    assert kinds.get("Saltwick Line") == "org"


def test_a_name_opened_by_mount_lake_or_cape_is_a_place() -> None:
    index = build_index([("a.txt", "Ash from Mount Orrin fell on the farms, and the ferries on Lake Vessa stopped.")])
    kinds = {e.name: e.kind for e in index.entities.values()}
    assert kinds.get("Mount Orrin") == "place" and kinds.get("Lake Vessa") == "place"
