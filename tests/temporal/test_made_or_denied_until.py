"""Two kinds of dated act that were read as asides, leaving the story's time behind them, so "Two
days later" counted from an older day:

- a verb of making or finding told as the clause's own act ("Camp 2 was established on 22
  September", "the arbitrator published his award on 19 June"), not as a reduced relative ("the hut,
  built in 1931,", "a report published on 22 September found");
- a past act denied until a time ("I did not go back to Saro until 2004", "was not freed until
  1947"): the act happened then.

Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, None)}


@pytest.mark.parametrize(("text", "step", "value"), [
    ("The team left on 13 September 1990. Camp 2 was established on 22 September. Two days later a storm came.",
     "Two days later", "1990-09-24"),
    ("The owners agreed on 2 June 1894. The arbitrator published his award on 19 June. "
     "The mill reopened the following Monday.", "following Monday", "1894-06-25"),
    ("Digging began on 3 April 1921. The tomb was discovered on 20 April. A week later the press arrived.",
     "A week later", "1921-04-27"),
    ("The band formed in May 1977. They recorded their first single on 2 August. "
     "Three days later they played Leeds.", "Three days later", "1977-08-05"),
    ("The town was besieged in 1643. The king's men built a fort in 1645. The next year the siege ended.",
     "The next year", "1646"),
])
def test_a_made_or_found_act_moves_the_story(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value


@pytest.mark.parametrize(("text", "step", "value"), [
    ("The team left on 13 September 1990. The hut, built in 1931, was full. Two days later a storm came.",
     "Two days later", "1990-09-15"),
    ("The team left on 13 September 1990. A report published on 22 September found flaws. "
     "Two days later a storm came.", "Two days later", "1990-09-15"),
    ("The war ended in 1945. Documents found in 1990 show the plan. The next year the army withdrew.",
     "The next year", "1946"),
])
def test_a_reduced_relative_stays_an_aside(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value


@pytest.mark.parametrize(("text", "step", "value"), [
    ("I left Saro in 1974. I did not go back until 2004. The next year I wrote this.", "The next year", "2005"),
    ("Our son was born in 1988. I did not go back to Saro until 2004. The shop was a bank by then. "
     "The next day I found our old neighbour.", "The next day", "2004-XX-XX"),
    ("The war ended in 1945. The prisoners were not freed until 1947. The next year they went home.",
     "The next year", "1948"),
    ("They left Oslo on 2 May 1990. The ship did not reach Bergen until 9 May. Two days later it sailed.",
     "Two days later", "1990-05-11"),
    ("He left in 1950. He never spoke of it until 1990. The following year he died.", "The following year", "1991"),
    ("The plant closed in 1988. It wasn't sold until 1996. Two years later it was demolished.",
     "Two years later", "1998"),
])
def test_an_act_denied_until_a_time_happens_then(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value


@pytest.mark.parametrize(("text", "step", "value"), [
    ("He left in 1950. He had not written to her until 1940. The following year he died.", "The following year", "1951"),
    ("He left in 1950. His sister, who did not marry until 1970, stayed. The following year he died.",
     "The following year", "1951"),
])
def test_flashbacks_and_relatives_stay_asides(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value
