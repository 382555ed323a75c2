"""A past account told in the historical present on a dated page: once its date is said with a year
long before the page's, in a present clause, the bare days told after it in the present are the
account's (see ``explorer.temporal.historical_present``). Texts are our own."""

from __future__ import annotations

from datetime import date

from explorer.temporal.tagger import tag

_FLOOD = ("The great flood\n\n"
          "On 3 March 1953 the river breaks its banks above the town. A week later the water reaches the "
          "market square. On 19 March the army builds a wall of sandbags, and on 2 April the final pumps "
          "stop. In May the town council opens a fund for the families.\n")


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_bare_days_after_an_old_year_told_in_the_present_are_the_accounts() -> None:
    values = _values(_FLOOD, date(2024, 2, 10))
    assert values["19 March"] == "1953-03-19"
    assert values["2 April"] == "1953-04-02"
    assert values["May"] == "1953-05"


def test_a_recent_year_told_in_the_present_is_left_to_news_reading() -> None:
    # a year just before the page's is news of the writer's time, not a history
    from explorer.temporal.anchor_context import Context
    from explorer.temporal.grammar import find_candidates
    from explorer.temporal.historical_present import goes_on_in_the_present
    from explorer.temporal.per_text import sentence_spans, tense_markers
    from explorer.temporal.timex import Timex

    text = _FLOOD.replace("the final", "the last")
    ctx = Context(text, date(2024, 2, 10), False, False, sentence_spans(text), None, [], tense_markers(text))
    c = next(c for c in find_candidates(text) if text[c.start:c.end] == "May")
    old = Timex(start=text.index("3 March"), end=text.index("3 March") + 12, text="3 March 1953", type="DATE",
                value="1953-03-03", begin=date(1953, 3, 3), end_day=date(1953, 3, 3))
    recent = Timex(start=old.start, end=old.end, text=old.text, type="DATE", value="2023-03-03",
                   begin=date(2023, 3, 3), end_day=date(2023, 3, 3))
    assert goes_on_in_the_present(ctx, old, c)
    assert not goes_on_in_the_present(ctx, recent, c)


def test_a_future_told_after_an_old_year_stays_ahead() -> None:
    text = ("The great flood\n\nOn 3 March 1953 the river breaks its banks above the town. "
            "On 19 March the town will unveil a memorial to the families.\n")
    assert _values(text, date(2024, 2, 10))["19 March"] == "2024-03-19"
