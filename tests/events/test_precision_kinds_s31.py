"""Kinds of non-event counted among the readable gold's extra events in session thirty-one (issue 12,
event precision), each checked on sentences written for these tests beside sentences of the same
shape that stay events.

- A saying whose content is a wish ("said on Tuesday that it wanted to list its shares in London next
  year", "says she wants the bridge reopened by the winter"): the verbs after the wish are the wished
  thing's, not a happening (``states._WISH_WORD``).
- A saying whose content is a belief, a fear or a guess ("said they thought the road would reopen in
  August", "said he feared the plant would close in the spring"): what someone foresees, not a plan
  told with its date (``reports._BELIEF``); a plain saying that schedules an act ("said it would close
  the library in March") stays, as the gold README keeps plans with a date of their own.
- A tally kept over a stretch running up to the telling, told in the perfect with a count ("The firm
  has cut 1,200 jobs over the past two years", "This year the festival has drawn 40,000 visitors"):
  the irregular participles of many acts, and the stretch put first
  (``date_roles_figures.PERFECT_TALLY_AFTER``).
- A caption under a label ("Pictured above: …", "Main picture: …", "Inset: …") and a "You might also
  like:" teaser: the page's furniture (``furniture``).
- One act told with a day and an approximate clock time ("On Sunday at about 7 a.m. the keeper opened
  the gate", "shortly after noon") or with a possessive date beside its own ("This year's season ran
  from 7 July to 15 August"): one event, not one a date; the approximation's word and the possessive
  went with their date in the other date's title (``titles.without_dates``), so the two titles came out
  different and were not folded.
- An answer to a question put, the question's date opening the sentence ("Asked on Monday whether she
  would resign, the minister said no", "Pressed on Friday, the coach said: …"): a statement, dated when
  it was made (``reports.dates_a_question_put``); an admission in answer, or an act, stays.
"""

from __future__ import annotations

import pytest

# (the session-28 precision tests' helpers: the app's route on a text of a test's own, dated 12 June 2025)
from tests.events.test_precision_kinds_s28 import _titles, _told


# --------------------------------------------------------------------- a wish or a belief reported


@pytest.mark.parametrize(("sentence", "words"), [
    # a wish, told with the wished thing's own verbs
    ("The mayor says she wants the bridge reopened by the winter.", "bridge"),
    ("The firm said on Tuesday that it wanted to list its shares in London next year.", "shares"),
    ("Asked on Monday, the head teacher said she wanted every pupil tested before Christmas.", "tested"),
    ("The farmers told the inquiry in March that they wished to see the dam removed by 2030.", "dam"),
    ("The striker has said he wants to finish his career in Spain after the World Cup.", "career"),
    # a belief, a fear or a guess about what will come
    ("Officials said on Friday they thought the road would reopen in August.", "reopen"),
    ("The chief executive said he feared the plant would close in the spring.", "close"),
    ("A spokesman said the airline believed flights would resume on Monday.", "resume"),
    ("Fishermen told reporters they suspected the quota would be cut again next year.", "quota"),
    ("The coach said on Saturday he hoped his captain would be fit for the final in May.", "captain"),
])
def test_a_wish_or_a_belief_reported_is_no_event(sentence: str, words: str) -> None:
    titles = _titles(sentence)
    assert not _told(titles, words), titles


@pytest.mark.parametrize(("sentence", "words"), [
    # a plain saying that schedules an act, with the act's own date: a plan the gold keeps
    ("The council said on Tuesday it would close the library in March.", "close the library"),
    ("The airline said flights would resume on Monday.", "resume"),
    ("Organisers said the fair will take place from 12 to 20 August.", "take place"),
    # a wish, then a happening told in a clause of its own
    ("She said she wanted to thank the volunteers, who rebuilt the hall in 2019.", "rebuil"),
    # a happening beside the belief, with its own date
    ("The river burst its banks on Sunday, and residents said they feared it would rise again.", "burst"),
])
def test_a_saying_that_schedules_or_a_happening_beside_it_stays(sentence: str, words: str) -> None:
    assert _told(_titles(sentence), words), _titles(sentence)


# --------------------------------------------------------------------- a tally over a stretch running to now


@pytest.mark.parametrize(("sentence", "words"), [
    # an irregular participle before the count
    ("The firm has cut 1,200 jobs over the past two years.", "jobs"),
    ("The trust has built 300 homes in the last decade.", "homes"),
    ("The swimmer has set 14 national records this season.", "records"),
    ("The appeal has drawn more than 2,000 donations this month.", "donations"),
    ("Thieves have struck 40 times on the estate this year.", "thieves"),
    # the stretch put first
    ("This year the festival has drawn 40,000 visitors.", "visitors"),
    ("Over the past two years, the firm has cut 1,200 jobs.", "jobs"),
    ("In the last decade the trust has built 300 homes in the valley.", "homes"),
    ("So far this year the charity has delivered 3,000 food parcels.", "parcels"),
    ("Over the past month police have made 54 arrests in the city centre.", "arrests"),
])
def test_a_tally_over_a_stretch_running_to_now_is_no_event(sentence: str, words: str) -> None:
    titles = _titles(sentence)
    assert not _told(titles, words), titles


@pytest.mark.parametrize(("sentence", "words"), [
    # one act with its own day, or a perfect with no count
    ("The firm cut 1,200 jobs on Tuesday.", "jobs"),
    ("This year the club has signed a new striker from Lisbon.", "striker"),
    ("Over the past week the council has closed the bridge to lorries.", "bridge"),
    ("The trust built 300 homes in 2019.", "homes"),
    ("Police made 23 arrests at the match on Saturday.", "arrests"),
])
def test_an_act_with_a_count_on_its_day_stays(sentence: str, words: str) -> None:
    assert _told(_titles(sentence), words), _titles(sentence)


# --------------------------------------------------------------------- a caption's label, a teaser


_STORY = "The council approved its budget on Wednesday night after a four-hour debate."


@pytest.mark.parametrize(("line", "words"), [
    ("Pictured above: Councillors vote at the town hall in March 2024.", "vote"),
    ("Pictured: The mayor opens the new bridge in June 2023.", "bridge"),
    ("Main picture: Crowds gather outside the town hall on 3 May.", "crowds"),
    ("Inset: The old council chamber, demolished in 1974.", "demolished"),
    ("Above: Protesters march through the square in January.", "march"),
    ("You might also like: Best cordless vacuums of 2026 | The council's budget, explained", "vacuums"),
])
def test_a_caption_label_or_a_teaser_is_no_event(line: str, words: str) -> None:
    titles = _titles(_STORY + "\n\n" + line + "\n\nThe new rates start in April.")
    assert not _told(titles, words), titles
    assert _told(titles, "approves its budget"), titles


@pytest.mark.parametrize(("line", "words"), [
    ("Above the harbour, the council opened a car park on Monday.", "car park"),
    ("Below the dam, the river burst its banks on Sunday.", "burst"),
    ("She was pictured leaving the court on Monday.", "pictured"),
])
def test_the_same_words_in_a_sentence_stay(line: str, words: str) -> None:
    titles = _titles(_STORY + "\n\n" + line)
    assert _told(titles, words), titles


# --------------------------------------------------------------------- one act, two dates in its clause


@pytest.mark.parametrize(("sentence", "title"), [
    ("On Sunday at about 7 a.m. the keeper opened the gate.", "The keeper opens the gate"),
    ("On Sunday shortly after 7 a.m. the keeper opened the gate.", "The keeper opens the gate"),
    ("On Monday at roughly 9pm police stopped the car.", "Police stop the car"),
    ("On Friday at approximately 6.30am the first ferry left Kelby.", "The first ferry leaves Kelby"),
    ("On 3 May at about 2 p.m. the roof of the school collapsed.", "The roof of the school collapses"),
    ("This year's season ran from 7 July to 15 August.", "The season runs"),
    ("This year's count took place on 14 March.", "The count takes place"),
])
def test_one_act_with_two_dates_in_its_clause_is_one_event(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


@pytest.mark.parametrize(("sentence", "count"), [
    ("The vote closed on Wednesday at about 10 p.m., and the first trains ran on Thursday.", 2),
    ("The crew left on Sunday at about 7 a.m. and reached the island on Monday.", 2),
    ("The ferry left on Monday and returned shortly after noon on Tuesday.", 2),
])
def test_two_acts_with_their_own_dates_stay_two(sentence: str, count: int) -> None:
    assert len(_titles(sentence)) == count, _titles(sentence)


# --------------------------------------------------------------------- an answer to a question put


@pytest.mark.parametrize("sentence", [
    'Asked on Monday what she would change first, she said: "We will publish every contract."',
    "Asked on Monday whether she would resign, the minister said no.",
    'Pressed on Friday, the coach said: "We will fight."',
    "Questioned by MPs on Tuesday, the chief executive said the firm had made mistakes.",
    "Asked by reporters on Thursday about the delay, the mayor replied that the contractor was to blame.",
    "Quizzed on the radio on Sunday, the minister insisted the figures were right.",
    "Challenged in parliament on Wednesday, she answered that the report would be published.",
    "Asked on 3 March why the road was closed, a spokesman told the paper it was unsafe.",
    "Interviewed on Tuesday, the striker said he was happy at the club.",
    "Pressed by the committee in May, the regulator responded that it had no powers.",
])
def test_an_answer_to_a_question_put_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize(("sentence", "words"), [
    ("Questioned by police on Monday, he admitted the theft.", "questioned"),
    ("Asked about the fire on Monday, police said a man had been arrested.", "fire"),
    ("Asked to resign on Monday, the minister resigned on Tuesday.", "resign"),
    ("Pressed by his party on Friday, the leader called an election for June.", "election"),
    ("The minister was asked on Monday to resign.", "asked"),
])
def test_a_question_beside_an_act_stays(sentence: str, words: str) -> None:
    assert _told(_titles(sentence), words), _titles(sentence)

