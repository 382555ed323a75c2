"""Names and a title's first words are found in a text by plain search, with no pattern compiled for
each name or title (explorer.events.names.written_alone, ends_written_alone; explorer.events.agents'
readings of a title's subject and agent): whatever the text, they find what the per-name or per-title
patterns they replace found. Fragments written for this test."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.events import agents
from explorer.events.names import ends_written_alone, written_alone
from tests.events.pattern_recorder import record_patterns

_WORDS = ["Marta", "Sund", "marta", "MARTA", "police", "Police", "had", "has", "have", "began", "begin", "by",
          "By", "the", "of", "in", "Lumen", "Foods", "Lumen Foods", "O’Neil", "co-op", "Jr.", "é", "Émile"]
_GLUE = [" ", "  ", "\n", "", ",", ".", "-", "'", "’", "_", "3"]
_texts = st.lists(st.tuples(st.sampled_from(_GLUE), st.sampled_from(_WORDS)), max_size=14).map(
    lambda parts: "".join(glue + word for glue, word in parts))
_words = st.lists(st.sampled_from(["Marta", "Sund", "police", "Police", "the", "Lumen", "Foods", "co-op", "Jr.",
                                   "Émile"]), min_size=1, max_size=3)


@settings(max_examples=examples(500), deadline=None)
@given(_texts, st.sampled_from(["Marta", "Marta Sund", "Lumen Foods", "O’Neil", "co-op", "Jr.", "Sund"]))
def test_a_name_written_alone_is_found_as_its_pattern_found_it(text: str, name: str) -> None:
    assert written_alone(text, name) == bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    owner = re.compile(r"\b(?:in|at|of|from)\s+(?:the\s+)?\Z")
    assert ends_written_alone(text, name, owner) == bool(
        re.search(rf"\b(?:in|at|of|from)\s+(?:the\s+)?{re.escape(name)}(?!\w)", text))


@settings(max_examples=examples(500), deadline=None)
@given(_texts, _words)
def test_a_titles_words_are_found_as_their_pattern_found_them(sentence: str, words: list[str]) -> None:
    joined = r"\s+".join(re.escape(w) for w in words)
    retold = re.compile(rf"(?<![\w’'-]){joined}\s+(?:ha[ds]\s+|have\s+)?([a-z]+)\b", re.IGNORECASE)
    assert agents._retold_verbs(agents._Read.of(sentence), words) == [(m.start(), m.group(1)) for m in retold.finditer(sentence)]
    by = re.compile(rf"\bby\s+{joined}(?![\w’'-])", re.IGNORECASE)
    assert agents._by_agent(agents._Read.of(sentence), words) == bool(by.search(sentence))


def test_no_pattern_is_compiled_for_an_ascii_title(monkeypatch) -> None:
    sentence = "At dawn the police had begun waking residents, who were then moved by the police."
    built = record_patterns(monkeypatch, agents)
    assert agents._retold_verbs(agents._Read.of(sentence), ["The", "police"]) == [(8, "begun")]
    assert agents._by_agent(agents._Read.of(sentence), ["the", "police"])
    assert built == []


def test_a_pattern_is_compiled_for_other_text(monkeypatch) -> None:
    # (the recorder sees the per-title pattern the plain search replaces, so the test above can fail)
    sentence = "At dawn the police had begun waking residents, moved by the police of Émile."
    built = record_patterns(monkeypatch, agents)
    assert agents._by_agent(agents._Read.of(sentence), ["the", "police", "of", "Émile"])
    assert any("Émile" in p for p in built)


def test_a_cached_pattern_handed_back_is_seen(monkeypatch) -> None:
    from explorer.events import names

    names.cached_pattern(r"\bQuorvel\b")  # built before the recording: a cache hit later
    built = record_patterns(monkeypatch, names)
    assert names.cached_pattern(r"\bQuorvel\b").search("the Quorvel mill")
    assert built == [r"\bQuorvel\b"]
