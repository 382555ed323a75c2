"""A second date told in an "after", "before", "until" or "once" clause with a subject and a verb of its
own is that clause's happening: "He was arrested on 11 March 1944, a week after his brother was shot on 4
March" lists the shooting on 4 March beside the arrest. The clause rules read such a clause as part of the
main one when nothing they know sets it off (a passive, a counted or long subject, a name in an apposition,
no comma): both dates got the main title and folded into one event, the clause's happening lost. The
main title ends before the clause. Every sentence here is written for this file (session 43, h43r)."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(sentence: str) -> set[tuple[str, date | None]]:
    events = extract_document(Document("a.txt", "The story\n\n" + sentence, "a")).events
    return {(e.title, e.begin) for e in events}


@pytest.mark.parametrize("sentence, main, clause", [
    ("He was arrested in Lyon on 11 March 1944, a week after his brother was shot on 4 March.",
     ("He is arrested in Lyon", date(1944, 3, 11)), ("His brother is shot", date(1944, 3, 4))),
    ("The union called a strike in March 2023 after more than 300 members voted for action in February.",
     ("The union calls a strike", date(2023, 3, 1)), ("More than 300 members vote for action", date(2023, 2, 1))),
    ("The garrison surrendered in 1648, a year before the war was ended by treaty in 1649.",
     ("The garrison surrenders", date(1648, 1, 1)), ("The war is ended by treaty", date(1649, 1, 1))),
    ("The bank cut its forecast in May 2019 after more than 40,000 customers closed their accounts in April.",
     ("The bank cuts its forecast", date(2019, 5, 1)), ("More than 40,000 customers close their accounts", date(2019, 4, 1))),
    ("The hearing was adjourned on 2 March 2021 after the defendant's barrister, Ruth Amos, was taken ill on 1 March.",
     ("The hearing is adjourned", date(2021, 3, 2)), ("Ruth Amos is taken ill", date(2021, 3, 1))),
    ("The orchestra cancelled its tour in October 1998 after its conductor, Ilse Brandt, was injured in September.",
     ("The orchestra cancels its tour", date(1998, 10, 1)), ("Ilse Brandt is injured", date(1998, 9, 1))),
    ("The village school closed in 1971, three years after the last mine in the valley shut in 1968.",
     ("The village school closes", date(1971, 1, 1)), ("The last mine in the valley shuts", date(1968, 1, 1))),
])
def test_the_clause_s_own_date_is_its_own_happening(sentence: str, main: tuple, clause: tuple) -> None:
    assert _events(sentence) >= {main, clause}, _events(sentence)


@pytest.mark.parametrize("sentence", [
    # no subject and verb of its own before the date
    "The bridge opened in 1932 after years of delays that began in 1925.",
    # a state, no act
    "Talks went on through May 2012, until it was clear in June that no deal was possible.",
    # what was said is another clause's
    "The council met on 4 May 2015 after officials said that the plan had failed in April.",
])
def test_no_act_of_its_own_no_clause_event(sentence: str) -> None:
    events = extract_document(Document("a.txt", "The story\n\n" + sentence, "a")).events
    assert not [e.title for e in events if "a subordinate clause of its own" in e.derivation]
