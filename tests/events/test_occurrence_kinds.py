"""Undated happenings told with common verbs are found, demands are not, and their titles say who did
what (a passive with its agent is told actively)."""

import pytest

from explorer.events.occurrences import find_occurrence, occurrence_title


def _found(sentence: str):
    return find_occurrence(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The former governor Anna Berg was later elected to the senate by a wide margin.",
        "The businessman Karl Weber was convicted of fraud by the district court.",
        "A reported meeting between the two ministers was denied by the Foreign Ministry.",
        "The Security Council established a special tribunal for the region.",
        "The first round of talks between the envoys has failed to yield any results.",
    ],
)
def test_common_verbs_of_happenings_are_found(sentence: str) -> None:
    assert _found(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran's military withdrawal from Syria is one of the twelve conditions set by Washington.",
        "As one of several measures, the appointment of a special representative is intended to help.",
    ],
)
def test_demands_and_unnamed_nominals_are_not_happenings(sentence: str) -> None:
    assert _found(sentence) is None


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("It should be noted that a reported meeting between the two ministers was denied by the Foreign Ministry.",
         "Foreign Ministry denies a reported meeting between the two ministers"),
        ("Deputy Minister Anna Berg whose appointment as envoy was vetoed by the United States spoke on.",
         "United States vetoes Anna Berg’s appointment as envoy"),
        ("The Supreme National Security Council established the Headquarters for Countering Sanctions, which grew.",
         "The Supreme National Security Council establishes the Headquarters"),  # cut where a phrase ends, no "…"
        ("Italian Foreign Minister Enzo Rossi, on his last visit to Paris, offered to mediate in the talks.",
         "Enzo Rossi offers to mediate in the talks"),
        ("Foreign Minister Javad Zarif theatrically resigned over being shut out of meetings.",
         "Javad Zarif resigns"),
    ],
)
def test_occurrence_titles_name_who_did_what(sentence: str, title: str) -> None:
    found = _found(sentence)
    assert found is not None
    assert occurrence_title(sentence, found) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Her lawyer said the treasurer had repaid most of the money since his arrest in the spring.",
        "The court ordered Karl Weber to pay the fine within a month after his release from prison.",
    ],
)
def test_a_pronouns_happening_named_only_to_tell_a_time_is_no_occurrence(sentence: str) -> None:
    assert _found(sentence) is None


def test_a_happening_named_with_its_actor_to_tell_a_time_is_still_one() -> None:
    assert _found("From that year on, after the election of Anna Berg as mayor, the council met weekly.") is not None


# session 56 (h56q): a letter written to someone is one act, undated too ("wrote" is otherwise a saying)
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The churchwarden wrote to the diocese asking for a grant towards the roof.", "wrote"),
        ("Two councillors have written to the bishop about the closure.", "written"),
        ("The harbour master then wrote to every owner on the quay.", "wrote"),
    ],
)
def test_a_letter_written_to_someone_is_an_occurrence(sentence: str, word: str) -> None:
    found = _found(sentence)
    assert found is not None and found.word == word


@pytest.mark.parametrize(
    "sentence",
    [
        # guard rows: a habit of letters, a relative clause's letter, a letter told by what it said
        "The two sisters wrote to each other every Christmas for forty years.",
        "His mother wrote to him every week while he was at sea.",
        "The vicar wrote to say that he was sorry for the delay.",
        "We have written to the council about the bins.",
        "The verger, who wrote to the paper about the bells, was thanked by the council.",
    ],
)
def test_no_letter_act_in_a_habit_or_a_saying(sentence: str) -> None:
    assert _found(sentence) is None


def test_a_letter_title_names_its_recipient() -> None:
    sentence = "Dr Farrant wrote to the Board of Guardians in Leeds, enclosing a list of the dead."
    assert occurrence_title(sentence, _found(sentence)) == "Farrant writes to the Board of Guardians in Leeds"
