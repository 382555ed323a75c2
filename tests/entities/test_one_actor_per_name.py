"""One written name, one actor: a company that "said" something was read as a person in those
sentences and as a company elsewhere, and the Actors list showed two identical rows ("Magna (2)"
twice, session 12) that filtered the same events. Every text here is made up for the test."""

from __future__ import annotations

import pytest

from explorer.entities import build_index

COMPANY = ("Parts maker posts loss\n\nAn aggressive building plan has left Corvane with idle plants. "
           "Corvane recently halved its dividend. On the stock exchange yesterday, Corvane shares closed up 20 cents.\n\n"
           "\"We will return to profit,\" Corvane said.\n\nCorvane said its finance chief resigned to teach.\n")
COMPANY_TWO = ("Brewer cuts jobs\n\nThe strike cost Haldmark most of its summer sales, and Haldmark cut 400 jobs in March. "
               "Shares of Haldmark fell 3 percent.\n\nHaldmark said the plant would reopen. "
               "\"Demand is back,\" Haldmark said on Friday.\n")


@pytest.mark.parametrize("text, name", [(COMPANY, "Corvane"), (COMPANY_TWO, "Haldmark")])
def test_a_name_read_as_a_person_in_some_sentences_and_a_company_in_others_is_one_actor(text, name):
    actors = [e for e in build_index([("a.txt", text)]).actors() if e.name == name]
    assert len(actors) == 1, [(e.kind, e.name) for e in actors]
    assert actors[0].kind == "org"  # most of its mentions are a company's
    assert len(actors[0].mentions) >= 5


def test_a_person_and_a_company_of_different_names_stay_two():
    text = ("Mill reopens\n\nThe Dravik Mill reopened in May. Anna Dravik, its founder, said the looms were "
            "new. Dravik said she would hire forty weavers.\n")
    names = {e.name: e.kind for e in build_index([("a.txt", text)]).actors()}
    assert names.get("Anna Dravik") == "person"
