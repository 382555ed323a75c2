"""Thirty short texts of our own, of genres the gold set has few of, each with the happenings a reader
would put on a timeline (issue 12, events-recall): every one of them must come out as an event of the
sentence that tells it, one event per happening. Written for this test, not taken from the gold set."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

CASES: list[tuple[str, str, list[str]]] = [
 # (genre, text, triggers: each a happening's predicate word as written)
 ("court", "Mr Dunmore was convicted of fraud at Carlisle Crown Court on 4 March. He was sentenced to three years in prison on 28 March.", ["convicted", "sentenced"]),
 ("obituary", "Elsie Maran, who taught piano in the town for forty years, died on 2 January at the age of 91. She was born in Leith in 1932 and moved to Penrith in 1958.", ["died", "born", "moved"]),
 ("sport", "Ashford Rovers beat Kelso 3-1 on Saturday and moved up to second place in the table.", ["beat"]),
 ("business", "Brenlow Foods reported a pre-tax profit of £14 million for 2023 on Tuesday. Its chief executive, Amal Reddy, resigned in November.", ["reported", "resigned"]),
 ("science", "In 2019 the team drilled a core 300 metres deep into the glacier, and in 2021 they published the first results.", ["drilled", "published"]),
 ("local", "The library on Mill Street reopened on Monday after a two-year refurbishment.", ["reopened"]),
 ("weather", "Storm Aled brought winds of 90 mph to the coast on Sunday night, and about 12,000 homes lost power.", ["brought", "lost"]),
 ("history", "The priory was founded in 1143 by monks from Normandy. It was dissolved in 1538.", ["founded", "dissolved"]),
 ("transport", "The new bridge opened to traffic on 14 May, two years after construction began in the spring of 2022.", ["opened", "began"]),
 ("politics", "The councillor for Eastgate, Ravi Kumar, resigned last week. A by-election will be held on 12 September.", ["resigned", "held"]),
 ("police", "Two men were arrested in Hexham on Friday after a van was stolen from a farm near Allendale on Thursday night.", ["arrested", "stolen"]),
 ("school", "Year 6 pupils visited the Roman fort at Vindolanda on 20 June. The summer term ends on 19 July.", ["visited", "ends"]),
 ("music", "The band played their first concert in a pub in Leeds in March 2015 and released their debut album in 2017.", ["played", "released"]),
 # "in its first month" is no expression the tagger dates, so the treating shares no date (see KNOWN_MISSES)
 ("medical", "The hospital opened its new cancer unit on 1 April. The unit treated 400 patients in its first month.", ["opened", "treated"]),
 ("farming", "Heavy rain in October delayed the potato harvest by three weeks, and the sugar beet crop was lifted in December.", ["delayed", "lifted"]),
 ("space", "The probe was launched in August 2021 and reached orbit around the asteroid in July 2024.", ["launched", "reached"]),
 ("museum", "The museum acquired the painting at auction in 1987. It was restored in 2015 and went back on display in 2016.", ["acquired", "restored", "went"]),
 ("wildlife", "A pair of ospreys nested at the reservoir this spring for the first time in a century, and three chicks hatched in June.", ["nested", "hatched"]),
 ("tech", "Version 2.0 of the app was released on 3 February. A security flaw was found on 10 February and fixed two days later.", ["released", "found", "fixed"]),
 # a diary entry whose stamp is a sentence of its own: only the last entry is read (see KNOWN_MISSES)
 ("diary", "12 August. Climbed to the hut in five hours and slept badly. 13 August. Reached the summit at 9 a.m.", ["Climbed", "Reached"]),
 ("charity", "The appeal raised £20,000 in 2023. In January the trust bought a second minibus.", ["raised", "bought"]),
 ("planning", "The planning committee approved the housing scheme on 6 June, and work started on the site in September.", ["approved", "started"]),
 ("rescue", "The lifeboat was launched at 14:10 on Saturday and the two kayakers were brought ashore at 15:05.", ["launched", "brought"]),
 ("education", "The university appointed Dr Lena Ortiz as its vice-chancellor in May 2022. She took up the post in October.", ["appointed", "took"]),
 ("law", "Parliament passed the Water Quality Act in 2020, and the first fines were imposed in 2022.", ["passed", "imposed"]),
 ("company", "The firm was founded in a garage in 1978. It moved to a factory in Derby in 1985 and was sold to a Dutch group in 2001.", ["founded", "moved", "sold"]),
 ("culture", "The festival was cancelled in 2020 and 2021 because of the pandemic, and returned in July 2022.", ["cancelled", "returned"]),
 ("energy", "The power station closed in 2016. Its cooling towers were demolished in a controlled explosion on 22 August 2019.", ["closed", "demolished"]),
 ("biography", "After leaving school at 15, she worked in a textile mill until 1950, when she won a scholarship to study art in London.", ["won"]),
 ("travel", "We left Lima on 3 May and arrived in Cusco the next day after a twenty-hour bus ride.", ["left", "arrived"]),
]


#: Happenings still missed, and why; marked xfail (strict), so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    # ("transport", a measured after-clause with its own date, "two years after construction began in the
    # spring of 2022", is read since session 43: explorer.events.subordinate_clause_dates)
    # ("diary", a stamped entry followed by another stamp, is read since session 25: the entry's act told
    # with no subject, "Climbed to the hut", is the writer's own, explorer.events.subjectless_entries)
}


def _missing(text: str, triggers: list[str]) -> list[str]:
    """The triggers (in text order) whose sentence gives no event of its own: events are paired one to
    one with the happenings of their sentence, as the gold scorer pairs them."""
    doc_text = "News in brief\n\n" + text
    events = list(extract_document(Document("a.txt", doc_text, "t"), dct=date(2024, 9, 1)).events)
    used: set[int] = set()
    missing = []
    at = 0
    for trigger in triggers:
        pos = doc_text.index(trigger, at)
        at = pos + len(trigger)
        hit = next((i for i, e in enumerate(events) if i not in used and e.sentence_start <= pos < e.sentence_end), None)
        if hit is None:
            missing.append(trigger)
        else:
            used.add(hit)
    return missing


@pytest.mark.parametrize(("genre", "text", "triggers"), [
    pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(reason=KNOWN_MISSES[case[0]], strict=True)]
                 if case[0] in KNOWN_MISSES else []) for case in CASES
])
def test_every_happening_of_the_text_is_an_event(genre: str, text: str, triggers: list[str]) -> None:
    assert _missing(text, triggers) == []


def test_the_texts_hold_thirty_genres_and_sixty_happenings() -> None:
    assert len({genre for genre, _, _ in CASES}) == len(CASES) == 30
    assert sum(len(triggers) for _, _, triggers in CASES) == 61
