"""Sentence spans must match what a reader calls a sentence, since highlights and titles use them."""

import pytest
from hypothesis import given, strategies as st

from explorer.sentences import SentenceIndex, split_sentences


def texts(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Mr. Smith met Dr. Jones in the U.S. on Monday. Then he flew home.",
         ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "Then he flew home."]),
        ("By Y. Carmon and A. Savyon. The report follows.", ["By Y. Carmon and A. Savyon.", "The report follows."]),
        ("Headline Without Stop\nFirst sentence here. Second one!", ["Headline Without Stop", "First sentence here.", "Second one!"]),
        ('He said: "We will go." Nobody believed him.', ['He said: "We will go."', "Nobody believed him."]),
        ("Series No. 1191 was published.", ["Series No. 1191 was published."]),
        ("It rose 3.5 percent. Prices fell.", ["It rose 3.5 percent.", "Prices fell."]),
        ("Is it true? Yes.", ["Is it true?", "Yes."]),
        ("the talks in the U.S. ended", ["the talks in the U.S. ended"]),
        ("   \n\n  ", []),
        # a quotation opened by two backquotes, as wire archives write it, opens a sentence of its own
        ("Police closed the road, officials said. ``Very few drivers complied,'' one officer said.",
         ["Police closed the road, officials said.", "``Very few drivers complied,'' one officer said."]),
        ("The mayor resigned on Monday. ``It was time.''", ["The mayor resigned on Monday.", "``It was time.''"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_index_finds_the_sentence_holding_an_offset() -> None:
    text = "One here. Two there.\nThree."
    index = SentenceIndex(text)
    assert index.at(text.index("Two")).text(text) == "Two there."
    assert index.at(text.index("Three")).text(text) == "Three."
    assert index.at(0).text(text) == "One here."


@given(st.text(max_size=300))
def test_spans_are_ordered_inside_the_text_and_disjoint(text: str) -> None:
    last_end = 0
    for s in split_sentences(text):
        assert last_end <= s.start < s.end <= len(text)
        assert s.text(text).strip() == s.text(text)
        last_end = s.end


def test_an_era_or_clock_abbreviation_ends_a_sentence_before_a_sentence_opener() -> None:
    from explorer.sentences import split_sentences

    text = ("The town was refounded in 46 B.C. The new settlers built a forum. The clinic is open until "
            "8 p.m. Sunday and until 9 p.m. More than 900 doses were given. The U.S. Army left.")
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "The town was refounded in 46 B.C.", "The new settlers built a forum.",
        "The clinic is open until 8 p.m. Sunday and until 9 p.m.", "More than 900 doses were given.",
        "The U.S. Army left.",
    ]


def test_circa_does_not_end_a_sentence() -> None:
    from explorer.sentences import split_sentences

    text = "Such a peace was made at this point (ca. 466 BC). Herodotus mentions it."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Such a peace was made at this point (ca. 466 BC).", "Herodotus mentions it."]


def test_a_day_or_month_short_form_after_the_is_a_word_unless_a_number_follows() -> None:
    from explorer.sentences import split_sentences

    text = "It was far from the Sun. Engineers woke it up. The Jan. 29 meeting begins at 6 p.m. in the hall."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "It was far from the Sun.", "Engineers woke it up.", "The Jan. 29 meeting begins at 6 p.m. in the hall."]


@pytest.mark.parametrize("text", [
    "The council opened the bridge. \u200fافتتح المجلس الجسر في مارس.",  # a direction mark, then Arabic
    "The council opened the bridge. פתחו את הגשר במרץ.",  # Hebrew has no capitals
    "The council opened the bridge. \u2067The ferry stopped.\u2069",  # an isolate around the next sentence
    "The council opened the bridge. 会议在三月举行。",
])
def test_a_sentence_after_a_full_stop_may_open_with_an_invisible_mark_or_an_uncased_letter(text: str) -> None:
    first, *rest = split_sentences(text)
    assert text[first.start:first.end] == "The council opened the bridge." and len(rest) == 1
    assert text[rest[0].start] not in "\u200f\u200e"  # the next sentence opens with its first letter


def test_a_lower_case_letter_after_a_full_stop_still_goes_on_the_sentence() -> None:
    text = "It rained. \u200fsmall boats stayed in."
    assert len(split_sentences(text)) == 1


# A paragraph wrapped at a fixed width (an e-mail, an old archive's .txt) goes on across its line ends;
# a headline, a byline and list items keep their lines.
_WRAPPED = (
    "Ferry service to end after ninety years\n"
    "By Ada Quill\n"
    "\n"
    "The island council voted on Tuesday to end the ferry service that has linked the two\n"
    "harbours since 1934, after a report found that the boats had lost money for a\n"
    "decade. The last crossing is planned for the summer of 2026, according to the\n"
    "Council's own timetable.\n"
    "\n"
    "What happens next:\n"
    "- the timetable is cut in May\n"
    "- the crews are offered other posts\n"
)


def _texts(text: str) -> list[str]:
    return [" ".join(s.text(text).split()) for s in split_sentences(text)]


def test_a_wrapped_paragraph_is_read_in_sentences_not_lines() -> None:
    assert _texts(_WRAPPED) == [
        "Ferry service to end after ninety years",
        "By Ada Quill",
        "The island council voted on Tuesday to end the ferry service that has linked the two harbours since "
        "1934, after a report found that the boats had lost money for a decade.",
        "The last crossing is planned for the summer of 2026, according to the Council's own timetable.",
        "What happens next:",
        "- the timetable is cut in May",
        "- the crews are offered other posts",
    ]


@pytest.mark.parametrize("text", [
    "Headline of the story\nBy A Writer\nLONDON - The vote was held on Monday.",
    "Timeline\nMarch 2019: the plan is announced\nMay 2020: work starts",
    "First line without a stop\nSecond line without a stop",
])
def test_lines_of_their_own_stay_apart(text: str) -> None:
    assert len(split_sentences(text)) == text.count("\n") + 1


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a ruler's numeral before the same name opening the next sentence ends the sentence (session 54: the
        # two made one actor "Xerxes I. Xerxes" in a history of the Persian wars)
        ("The throne passed to his son Xerxes I. Xerxes crushed the revolt.",
         ["The throne passed to his son Xerxes I.", "Xerxes crushed the revolt."]),
        ("The crown went to Henry V. Henry sailed for France.", ["The crown went to Henry V.", "Henry sailed for France."]),
        # guards: initials stay inside their sentence
        ("Papers by John I. Johnson were read.", ["Papers by John I. Johnson were read."]),
        ("George W. Bush spoke.", ["George W. Bush spoke."]),
    ],
)
def test_a_rulers_numeral_before_the_name_again(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == sentences
