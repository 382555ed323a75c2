"""Undated happenings: occurrences and plain past acts told in sentences with no date of their own.

The dated pass makes one event per date; a reader also lists what is told with no date ("was later
elected", "The board hired a forensic accounting firm", the acts joined to a dated one by "and").
This pass finds them, dates them from their neighbours or their clause where the text allows, and
re-hangs relative expressions ("two weeks later") on an undated occurrence told in between.

The parts it uses live beside it: what an occurrence tells that is no happening
(:mod:`~explorer.events.undated_filters`), the records of a clause's happening and of the acts joined
to it (:mod:`~explorer.events.undated_acts`), the story's time where a plain act belongs
(:mod:`~explorer.events.story_time`) and the bounds set by dated neighbours
(:mod:`~explorer.events.neighbour_bounds`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Sequence

from explorer.documents.document import Document
from explorer.events.corrected_errors import is_a_corrections_column, owns_up_to_an_error, tells_a_corrected_error
from explorer.events.after_clauses import iter_after_clauses, relative_aside_act_start
from explorer.events.dated_noun_phrases import dated_noun_phrases
from explorer.events.market_moves import market_clause_start
from explorer.events.by_the_time import by_the_time_acts
from explorer.events.clause_order import bound_by_main_clause, clause_mark
from explorer.events.clauses import clause_bounds
from explorer.events.date_roles import date_role
from explorer.events.lasting_until import ends_a_lasting_activity
from explorer.events.entry_days import EntryStamps
from explorer.events.entry_present import entry_present_act
from explorer.events.heading_dates import HeadingDates
from explorer.events.event_dates import after_an_opening_clause, is_quoted
from explorer.events.furniture import Furniture
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.lede_news import sums_up_dated_news
from explorer.events.modality import frames_no_happening, is_failure_to_act, is_non_happening
from explorer.events.states import holds_a_stance, reports_an_expectation
from explorer.events.tallies_and_baselines import is_count_tally, is_running_tally
from explorer.events.neighbour_bounds import NEIGHBOUR_WINDOW, bound_by_neighbours, bound_up_to_the_document_date
from explorer.events.happening_turns import happening_turn
from explorer.events.occurrences import Occurrence, iter_occurrences
from explorer.events.no_single_happening import befalls_anyone
from explorer.events.page_header import header_end
from explorer.events.plain_past import plain_past_clause
from explorer.events.record import Event
from explorer.events.steps_from_bounded import steps_from_bounded
from explorer.events.story_time import (between_dated, carry_story_time, is_history, names_a_battle, paragraph_sentences,
                                        story_paragraphs, first_dated_of_paragraphs, told_after_first_date)
from explorer.events.tense import present_of
from explorer.events.undated_acts import (DATE_PREPOSITIONS, TitleCut, chain_opening_act, cut_listed_titles, opens_with_an_act,
                                          joined_clause_events, joined_cut,
                                          joined_to_dated, joined_undated, opening_act_before_joined, opening_act_beside_date, opening_clause_end,
                                          main_clause_start, undated_event, up_to_verb)
from explorer.events.instrument_terms import dates_an_instruments_term
from explorer.events.undated_filters import (a_ledes_cause, dated_only_by_subject_asides, dates_only_an_aside, is_perfect_tally,
                                             restates_as_a_first, tells_one_act_past_an_aside, text_without_dated_asides, todays_news, told_by_dated)
from explorer.events.weather_acts import weather_act
from explorer.events.which_clauses import iter_which_clauses, which_mark
from explorer.events.when_openings import when_opening_act
from explorer.events.time_clause_acts import time_clause_acts
from explorer.events.trailing_time_clauses import TIME_CLAUSE_ACT, trailing_time_clause_acts
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


#: Right after a passive's verb, the happening that did it: "were killed by a series of attacks".
_BY_WHAT = re.compile(r"\s+by\s+(?:a|an|the|two|three|several|\d)")
_OFFSET = re.compile(r"[+-] \d+(?:\.\d+)? \w+$")



def _counted_on(offset: re.Match[str] | None) -> bool:
    """Whether an expression's derivation counts a step on from its anchor ("two days later": "+ 2
    days"), and so may count from an undated happening told in between. "Later that month" ("+ 0
    months") and a named month or season only take their year or month from the anchor."""
    return offset is not None and float(offset.group().split()[1]) != 0


def _read_as_joined(text: str, found: Occurrence, joined: Sequence[tuple[Occurrence, str]]) -> bool:
    """Whether an occurrence's verb is one a clause joined by "and" or "but" to its sentence's dated one
    was read by (a passive's participle inside "…, and it was pulled down"); not one of a relative
    clause's ("…, where they were treated"), which the joined clauses' rule reads as a step of its own."""
    clause = text[max(text.rfind(",", 0, found.trigger_start), text.rfind(";", 0, found.trigger_start)) + 1:found.trigger_start]
    return _OPENED_BY_AND.match(clause) is not None and any(
        found.trigger_start <= act.trigger_start < found.trigger_end for act, _ in joined)


#: A clause opened by "and" or "but": "and it ", "but the chapel ".
_OPENED_BY_AND = re.compile(r"\s*(?:and|but)\s")


def turn_act(text: str, sentence_start: int, sentence_end: int) -> tuple[Occurrence, str] | None:
    """A happening's turn opening the sentence, as the plain-past rule's ``(occurrence, title)``: "The
    strike ended" (see :mod:`explorer.events.happening_turns`)."""
    turn = happening_turn(text, sentence_start, sentence_end)
    return None if turn is None else (Occurrence(turn[0], turn[1], turn[2]), turn[3])


#: The word an undated act was read by, as its derivation names it: "… joined to the sentence's happening (hired)".
_READ_BY_WORD = re.compile(r"\((?P<word>[A-Za-z]+)\)")


def stamped_entry_cuts(events: Sequence[Event], sentence_start: int, sentence_end: int,
                       acts: Sequence[Event]) -> list[TitleCut]:
    """Where the title of the event a day stamp dates must end, when the sentence after the stamp joins
    acts of its own to its first by "and" ("7 June. Went ashore and hired a guide": "I go ashore", not
    "I go ashore and hire a guide", beside "I hire a guide"). The stamp's event is the one whose date
    ends before the sentence and whose sentence ends where it does (``build.stamped_entry_end``)."""
    stamps = [e for e in events if e.timex and e.sentence_start <= e.timex_start and e.timex_end <= sentence_start
              and e.sentence_start < sentence_start and e.sentence_end == sentence_end]
    words = [m.group("word") for act in acts if (m := _READ_BY_WORD.search(act.derivation)) is not None]
    return [joined_cut(stamp, word) for stamp in stamps for word in words]


def add_undated_occurrences(doc: Document, timexes: Sequence[Timex], events: list[Event],
                            progress: Callable[[int], None] | None = None) -> list[Event]:
    """Add undated events for notable occurrences in sentences with no date of their own, and re-hang
    relative expressions ("two weeks later") on such an occurrence when it is their nearest antecedent.
    ``progress(offset)``: told each sentence's start (most of a big document's time is here).
    """
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    entries = EntryStamps(doc.text, timexes)  # the day stamps and headings of a diary or a log
    headings = HeadingDates(doc.text, timexes)  # a release history's or a record's dated section headings
    first_body = sentences.index_at(body_start)  # the news article's opening sentence
    # Where the events' own dates are: an occurrence in a clause of its own beside them is another
    # happening ("…, in Khamenei's ban on talks, and Rohani said on October 7, 2015"), one in their
    # clause is theirs.
    dated: dict[int, list[tuple[int, int]]] = {}
    dated_events: dict[int, list[Event]] = {}
    for event in events:
        if event.timex:
            dated.setdefault(sentences.index_at(event.timex_start), []).append((event.timex_start, event.timex_end))
            dated_events.setdefault(sentences.index_at(event.timex_start), []).append(event)
    furniture = Furniture(doc.text)
    # a measure's change dated by a period ("Steel prices fell 8 percent over the quarter"): a statistic,
    # its date dropped as a trend; the change is no undated happening either; nor is a tally over a
    # period ("It sold 1.2 million speakers last year"), whose date is dropped as the tally's, nor a figure
    # read at a period's end or under a label ("ended the year up 18 per cent", "Balance at 30 June: £4,100"), nor
    # a use held over a span of years ("Throughout the 1960s the hall was hired out for weddings", see
    # date_roles_states.used_over_a_span), nor a lasting activity ended by a year ("ran a boarding house until
    # the 1950s", see date_roles_states.ran_until)
    trends = [(t.start, t.end) for t in timexes
              if date_role(doc.text, t.start, t.end) in ("trend", "tally", "figure", "use held", "activity's end")]
    # a history told by years: its undated happenings after a date are told at the story's current time
    history = is_history(doc.date, events)
    paragraph_of = story_paragraphs(doc.text, sentences) if history else []
    first_dated = first_dated_of_paragraphs(dated, paragraph_of) if history else {}  # dated is not changed below
    occurrences: list[Event] = []
    # plain past acts ("The board hired a firm"): bounded by the neighbours where they can be (else
    # undated), and no anchor for a relative expression (a yearless "At the end of May" after one keeps its own date)
    plain_acts: list[Event] = []
    # plain acts told where no date is near: kept undated when the neighbours cannot bound them
    loose_acts: list[Event] = []
    joined: list[Event] = []  # dated by the clause they are joined to: no relative expression hangs on them
    cuts: list[TitleCut] = []  # where the dated titles those acts were joined to must end
    # told in a clause of a dated sentence ("… on 3 April, after a farewell dinner"): ordered against
    # that sentence's main clause, and no anchor for its date ("3 April" follows the story, not them)
    clause_acts: list[Event] = []
    # the dated events whose opening clause ("After the company repaid its loan in March 2025, …") gave
    # an event of its own: their main clause's act came after it (see after_an_opening_clause)
    main_acts: set[str] = set()
    # where the dates and times are (not lengths): a sentence holding one is no undated one for a time clause
    date_timexes = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    day_starts = [t.start for t in date_timexes]
    column = is_a_corrections_column(doc.text)  # a corrections column tells its own sayings to put them right

    def _plain_act(plain, start: int, end: int, read: list[tuple[int, int]], why: str):
        """``(event, clause)`` of a past act told by its subject, unless its clause already gave an
        occurrence (``read``), it stands in furniture, or its title tells no happening."""
        found, title = plain
        at = clause_bounds(doc.text[start:end], found.trigger_start - start, found.trigger_end - start)
        at = (main_clause_start(doc.text[start:end], found.trigger_start - start, at[0]), at[1])
        if any(a < at[1] and at[0] < b for a, b in read) or furniture.why(found.trigger_start, found.trigger_end) \
                or is_non_happening(title) or holds_a_stance(title) or owns_up_to_an_error(title) \
                or tells_a_corrected_error(doc.text[start:end], found.trigger_start - start, found.trigger_end - start, column) or any(start + at[0] <= a and b <= start + at[1] for a, b in trends):
            return None
        event = replace(undated_event(doc, start, end, found), title=title,
                        derivation=f"no date in the text: {why} ({found.word})")
        return event, at

    for i, sentence in enumerate(sentences.sentences):
        if progress is not None:
            progress(sentence.start)
        if sentence.start < body_start:
            continue
        text = doc.text[sentence.start:sentence.end]
        told: list[tuple[int, int]] = []  # the clauses that gave an occurrence: one happening each
        read: list[tuple[int, int]] = []  # the clauses of the occurrences read in it (kept or dropped below)
        occurrences_before = len(occurrences)
        joined_acts: list[tuple[Occurrence, str]] | None = None  # the sentence's joined clauses, read when needed
        for found in iter_occurrences(doc.text, sentence.start, sentence.end):
            left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
            right = opening_clause_end(text, found.trigger_end - sentence.start, right)
            read.append((left, right))
            if furniture.why(found.trigger_start, found.trigger_end):
                continue
            if befalls_anyone(doc.text[sentence.start:found.trigger_start]):
                continue  # "… it did not appear that anyone else was injured": nobody in particular
            if is_quoted(doc.text, found.trigger_start):
                # '“They meant to rob the place. Then they just started shooting,” a detective said': a
                # quotation opened in an earlier sentence of the paragraph holds the speaker's words, not
                # the story's narration (the sentence alone shows only its closing mark)
                continue
            if i in dated and any(sentence.start + left <= a and b <= sentence.start + right
                                  and not dates_only_an_aside(text, a - sentence.start, b - sentence.start,
                                                               found.trigger_start - sentence.start)
                                  for a, b in dated[i]):
                continue
            if i in dated and told_by_dated(found, dated_events[i]):
                continue  # "X was chosen by Y to lead … between 1997 and 1998": the dated "Y chooses X" tells it
            # (only when a dated event before it has a day to share: "In March the Players appointed …, and the
            # company signed a lease", March with no year, leaves the joined act to be read alone)
            if i in dated and any(e.begin is not None and e.timex_end <= found.trigger_start for e in dated_events[i]) \
                    and _read_as_joined(doc.text, found, joined_acts := joined_acts if joined_acts is not None else
                                              list(iter_joined_clauses(doc.text, sentence.start, sentence.end))):
                # "…lost its roof in 1903, and it was pulled down soon after": a clause joined to the dated one,
                # whose time it shares; the joined clauses' rule reads it (joined_clause_events), not undated
                continue
            if any(a < right and left < b for a, b in told):
                continue
            if any(sentence.start + left <= a and b <= sentence.start + right for a, b in trends):
                continue
            if ends_a_lasting_activity(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start):
                continue  # "…, and Ilse ran a boarding house until the 1950s": a lasting activity, no happening
            if i == first_body and todays_news(body_start, doc, timexes, sentence.start, sentence.end) \
                    and a_ledes_cause(doc.text, sentence.start, found.trigger_start):
                continue  # "… close to collapse on Thursday after the Liberal Party withdrew …": the lede's cause
            if found.perfect_news and (i in dated and not dated_only_by_subject_asides(text, sentence.start, dated[i], found.trigger_start)
                                       or i == first_body and sums_up_dated_news(
                    doc.text, timexes, doc.date, sentence.end)):
                # "The council has appointed X as its next director": a news article's opening sentence
                # sums up the news in the perfect; the body tells it again, with its date. Beside a
                # dated clause the perfect is background to it ("has since replaced its logbooks with a
                # digital system, which was installed in November": the installing is the happening)
                continue
            occurrence = undated_event(doc, sentence.start, sentence.end, found)
            # (a passive's trigger, "was charged", is titled in the present, "Nobody is charged": its last word counts)
            if found.trigger.lower().split()[-1] in occurrence.title.lower() and (is_non_happening(occurrence.title)
                                                                     or reports_an_expectation(occurrence.title)):
                # "Truces have usually collapsed": a habit, a possibility or a denial, as for a dated one
                # (only when the title tells the occurrence's own clause, not an opening one before it)
                continue
            if holds_a_stance(occurrence.title):
                # "The union remains opposed to the plan": where someone stands (the title may give the
                # participle as a verb, "remains oppose", so the trigger is not looked for in it)
                continue
            if frames_no_happening(doc.text[sentence.start:found.trigger_start]):
                # "… but I speculated that perhaps he had been sentenced": a guess at a happening, not one told
                continue
            if owns_up_to_an_error(occurrence.title) or tells_a_corrected_error(
                    text, found.trigger_start - sentence.start, found.trigger_end - sentence.start, column):
                # "We also misspelled the librarian's name", "… wrongly said that the bridge opened": an
                # error a corrections column owns up to, or what it wrongly said (see corrected_errors)
                continue
            if is_failure_to_act(occurrence.title):
                # "The regulator failed to enforce the law": with no date, a finding about someone, not
                # a happening ("The first round of talks failed to yield results" stays)
                continue
            if (is_count_tally(occurrence.title) or is_running_tally(occurrence.title)) and not _BY_WHAT.match(doc.text, found.trigger_end):
                # "At least 41 people have died": with no date of its own, a tally of a happening told
                # elsewhere ("800 civilians were killed by a series of bomb attacks" names its happening)
                continue
            if is_perfect_tally(doc.text, found.trigger_start, sentence.start, sentence.end):
                continue  # "Brennan has scored 14 goals this season": a tally, not a happening
            if restates_as_a_first(doc.text, sentence.start, found.trigger_start):
                continue  # "It is the first time the party has won a seat": the win told before, called a first
            if dates_an_instruments_term(doc.text, sentence.start, found.trigger_start):
                continue  # "The ruling bars him from standing in the election": a term, not a happening
            mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated.get(i, ()))
            if mark is not None:  # "… on 3 June after the roof collapsed": ordered against the main clause
                occurrence = replace(occurrence, derivation=f"{occurrence.derivation}; {mark}")
            elif i in dated and (source := joined_to_dated(doc.text, found, dated_events[i])) is not None:
                # "The abbot drained the marsh in 1402 and founded three farms": the second verb of the
                # subject shares the time of the dated clause it is joined to, as a joined clause does
                joined.append(replace(occurrence, begin=source.begin, end=source.end, certainty="inferred",
                                      derivation=f"the time of {source.id}: told in a clause joined to it by 'and' ({found.word})"))
                cuts.append(joined_cut(source, found.word))
                told.append((left, right))
                continue
            occurrences.append(occurrence)
            told.append((left, right))
        if i in dated and not told and (bare := text_without_dated_asides(doc.text, sentence.start, sentence.end, dated[i])) \
                and (plain := plain_past_clause(bare, sentence.start, sentence.end) or turn_act(bare, sentence.start, sentence.end)):
            # "The bakery, which opened in 1952, closed": the date is the aside's; the main clause's act
            # is read as in a sentence with no date, a plain act the neighbours bound (and no anchor for a
            # relative expression after it: "The bishop, who had visited it in 1859, invited it back. Three
            # years later …" counts from the date before)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told past a dated aside about its subject")
            if act is not None and tells_one_act_past_an_aside(doc.text, sentence.start, plain[0].trigger_start, plain[0].trigger_end):
                plain_acts.append(act[0])
                told.append(act[1])
        story_time = i not in dated and (between_dated(i, dated, paragraph_sentences(sentences, doc.text, i)) or (
            history and told_after_first_date(i, first_dated, paragraph_of)))
        if story_time and (plain := plain_past_clause(doc.text, sentence.start, sentence.end, writer=True)
                           or entry_present_act(doc.text, sentence.start, sentence.end, entries)
                           # (a happening's own turn: "The strike ended", "Talks collapsed"; see happening_turns)
                           or turn_act(doc.text, sentence.start, sentence.end)
                           # (a chain's opening act, as where no date is near: "We roped up for the narrow
                           # section, then ran out of water and …"; see chain_opening_act)
                           or chain_opening_act(doc.text, sentence.start, sentence.end)
                           # (a force of weather's or nature's act: "Heavy rain stopped work"; see weather_acts)
                           or weather_act(doc.text, sentence.start, sentence.end)):
            # "The board hired a forensic accounting firm": an undated happening told by its subject and a
            # past verb acting on something; the neighbours' dates bound it below, as for an occurrence
            # (beside an occurrence read in another clause too: "Elsen formed an alliance, and their army
            # invaded the kingdom"; not in the clause of one read, kept or dropped)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                plain_acts.append(act[0])
                told.append(up_to_verb(act[1], plain[0], sentence.start))
        if history and not story_time and not told and i not in dated and names_a_battle(text) and (
                plain := plain_past_clause(doc.text, sentence.start, sentence.end)):
            # "Tarrant defeated the rebels at the Battle of the Reeds": a history's named battle is a
            # happening a reader lists wherever it is told; kept undated when no date is near
            act = _plain_act(plain, sentence.start, sentence.end, read, "an act at a named battle")
            if act is not None:
                occurrences.append(act[0])
                told.append(act[1])
        # whether the sentence's act was told where no date is near, or is a notable occurrence, kept even
        # where no date bounds it: the acts joined to it share its fate ("Vask established a market at the
        # ford and built the stone bridge", with no date near, keeps the building as it keeps the founding)
        loose = len(occurrences) > occurrences_before
        if i not in dated and not story_time and not told and (
                plain := plain_past_clause(doc.text, sentence.start, sentence.end, writer=True)
                # (an entry's act told in the present: "August 2015: … The navy sends two ships")
                or entry_present_act(doc.text, sentence.start, sentence.end, entries)
                # (a chain's opening act too, where no date is near: between dated sentences the plain
                # acts the rule reads are the ones a reader lists, and a chain's opening told there
                # gained 3 of 4 on the readable gold and 0 of 2 on the never-opened parts)
                or chain_opening_act(doc.text, sentence.start, sentence.end)
                or turn_act(doc.text, sentence.start, sentence.end)
                or weather_act(doc.text, sentence.start, sentence.end)):
            # "The parish council bought the old forge" with no dated sentence beside it: a
            # plain act told by its subject is a happening a reader lists wherever it stands; where the
            # neighbours cannot bound it, it is kept undated (a history's background sentences fall to
            # the same filters as any act: furniture, a title that tells no happening)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                loose_acts.append(act[0])
                told.append(up_to_verb(act[1], plain[0], sentence.start))
                loose = True
        if i not in dated and (told or story_time):
            # "Callder moved to the mainland, married a teacher and opened a chandlery": the other acts of
            # an undated sentence's happening, joined to it by "and" or listed with it, are happenings
            # of their own at the same story time; the neighbours' dates bound them, as for a plain act
            # (so is a clause of its own in a sentence of the story's time whose first clause tells none:
            # "The players agreed to defer their wages, and the supporters raised £40,000")
            # (beside a loose act, kept undated as it is)
            acts = joined_undated(doc, sentence.start, sentence.end, told, furniture)
            # (a stamped entry's dated title ends before them: "7 June. Went ashore and hired a guide" ->
            # "I go ashore", as a dated sentence's does; see stamped_entry_cuts)
            cuts.extend(stamped_entry_cuts(events, sentence.start, sentence.end, acts))
            # (and the opening act before a clause of its own that gave one: "The tenants paid, and the
            # landlord withdrew the notices"; see opening_act_before_joined)
            opening = opening_act_before_joined(doc, sentence.start, sentence.end, acts, told, furniture)
            (loose_acts if loose else plain_acts).extend([*acts, opening] if opening else acts)
        elif i not in dated and opens_with_an_act(text):
            # "Companies bathed and drew new clothing", "The mayor called out the militia, and soldiers fired
            # on the crowd": no plain-act rule read the opening act (no object, or a verb none lists), yet the
            # sentence tells acts; those joined to it are happenings of their own, kept undated as a loose act
            # is, and so is the opening act before a clause of its own that gave one
            # (not inside a quotation carried on from an earlier sentence: the speaker's words, see is_quoted)
            acts = [e for e in joined_undated(doc, sentence.start, sentence.end, told, furniture)
                    if not is_quoted(doc.text, e.timex_start)]
            opening = opening_act_before_joined(doc, sentence.start, sentence.end, acts, told, furniture)
            loose_acts.extend([*acts, opening] if opening else acts)
        if i in dated and (act := opening_act_beside_date(doc, sentence.start, sentence.end, dated[i],
                                                          dated_events[i], told, furniture)) is not None:
            # "The opposition tabled a motion, and on 4 December parliament passed it"; one that shares the
            # sentence's date ("inspected the site and suspended the licence in June 2021") keeps it
            (joined if act.begin is not None else plain_acts).append(act)
        if i in dated:  # "the committee asked for more data in March 2022 after three patients developed jaundice"
            which_clauses = list(iter_which_clauses(doc.text, sentence.start, sentence.end))
            which = {found.trigger_start for found, _ in which_clauses}
            low = text.lower()  # once per sentence, not once per word and clause
            after_acts = list(iter_after_clauses(doc.text, sentence.start, sentence.end))
            # (and any clause of time the rules above leave unread: "…, when the new bridge opened", "…
            # until the ambulance reached the car park", "two years after the line had been electrified";
            # see time_clause_acts; its word orders it against the main clause)
            read_verbs = {found.trigger_start for found, _ in (*after_acts, *which_clauses)}
            time_acts = [act for act in time_clause_acts(doc.text, sentence.start, sentence.end)
                         if act.occurrence.trigger_start not in read_verbs]
            time_marks = {act.occurrence.trigger_start: act for act in time_acts}
            for found, title in [*after_acts, *which_clauses, *((act.occurrence, act.title) for act in time_acts)]:
                left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
                if found.trigger_start in time_marks:  # (its clause opens at its word: "… on 4 May as soon as …")
                    left = max(left, time_marks[found.trigger_start].clause_start)
                # "was arrested in March 2023, two days after he announced his candidacy": the date before
                # the "after" is the main clause's, told before the clause's own happening
                left = max(left, *(low.rfind(w, left, found.trigger_start - sentence.start)
                                   for w in (" after ", " before ", " which ", " where ")))
                if (market := market_clause_start(text, found.trigger_start - sentence.start)) is not None:
                    left = max(left, market)  # "…, sending its shares down 7 percent": the move's own clause
                if relative_aside_act_start(text) == found.trigger_start - sentence.start:
                    # "Orme, who first won the seat in 2010, conceded …": the aside's date is not the act's
                    left = found.trigger_start - sentence.start
                comma = text.find(", ")
                if text.lstrip().startswith(("After ", "Before ")) and 0 < found.trigger_start - sentence.start < comma < right:
                    right = comma  # "After the floods destroyed the bridge, the army built … on 12 May": the opening clause ends there
                inside = [e for e in dated_events[i] if sentence.start + left <= e.timex_start and e.timex_end <= sentence.start + right]
                if inside and right == comma and not furniture.why(found.trigger_start) and not any(
                        (present_of(found.trigger) or found.trigger)[:4].lower() in e.title.lower() for e in dated_events[i]):
                    # "After the company repaid its loan in March 2025, Harth bought the shares": the date is
                    # the opening clause's, whose happening the dated event (titled from the main clause)
                    # does not tell; it is an event of its own at that date
                    told.append((left, right))
                    main_acts.add(inside[0].id)
                    words = doc.text[sentence.start:inside[0].timex_start].split()
                    date_word = inside[0].timex.split()[0]
                    marker = f" {words[-1]} {date_word}" if words and words[-1].lower() in DATE_PREPOSITIONS else f" {date_word}"
                    if title.find(marker) > 0:  # "The company repays its bank loan in March": the date is no part of it
                        title = title[:title.find(marker)]
                    joined.append(replace(undated_event(doc, sentence.start, sentence.end, found), title=title,
                                          begin=inside[0].begin, end=inside[0].end, certainty="inferred",
                                          derivation=f"dated in its own opening clause by {inside[0].id} ({found.word})"))
                    continue
                if furniture.why(found.trigger_start) or inside or any(
                        a <= found.trigger_start - sentence.start < b for a, b in told) or ends_a_lasting_activity(
                        text, found.trigger_start - sentence.start, found.trigger_end - sentence.start):
                    continue
                if i == first_body and todays_news(body_start, doc, timexes, sentence.start, sentence.end) \
                        and a_ledes_cause(doc.text, sentence.start, found.trigger_start):
                    told.append((left, right))
                    continue  # the lede's cause, told again in the body (see a_ledes_cause)
                told.append((left, right))
                # "… on 3 June after a flood destroyed …" / "… before the builders started …": the clause's
                # word orders its happening against the main clause's date (see clause_order)
                # (a counted or named subject joined by "and" or "but" is a clause of its own, not ordered)
                mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated[i]) or (
                    which_mark(doc.text[sentence.start:found.trigger_start]) if found.trigger_start in which
                    else time_marks[found.trigger_start].mark if found.trigger_start in time_marks
                    else "told in a clause of its own")
                clause_acts.append(replace(undated_event(doc, sentence.start, sentence.end, found), title=title,
                                           derivation=f"no date of its own: {mark} ({found.word})"))
            for found, title, date_at in dated_noun_phrases(doc.text, sentence.start, sentence.end):
                # "After a skirmish at the ford on 9 June, the rebels withdrew": the phrase's own date, which
                # the main clause's event was read by, dates the happening its noun names too
                # (the date's expression itself: its own event may have been dropped, "three days after the
                # elections on 1 May" told beside the main clause's "on 4 May")
                # (found by bisection among the dates' starts: a scan of every expression per phrase was
                # quadratic in a long text)
                near = bisect.bisect_right(day_starts, date_at)
                source = date_timexes[near] if near < len(day_starts) and day_starts[near] <= date_at + 24 else None
                if source is None or furniture.why(found.trigger_start) or is_quoted(doc.text, found.trigger_start) \
                        or any(a <= found.trigger_start - sentence.start < b for a, b in told) \
                        or any(e.timex_start == found.trigger_start for e in (*joined, *clause_acts)):
                    continue
                joined.append(replace(undated_event(doc, sentence.start, sentence.end, found), title=title,
                                      begin=source.begin, end=source.end_day if source.begin is not None else None,
                                      certainty="inferred" if source.begin is not None else "undated",
                                      derivation=f"named by a noun phrase with its own date, {source.text!r} ({found.word})"))
            joined.extend(joined_clause_events(doc, sentence.start, sentence.end, dated_events[i], told, furniture, cuts))
            for found, title, comma in by_the_time_acts(doc.text, sentence.start, sentence.end):
                # "By the time the river crested on 5 February, it had broken through the flood wall and
                # had filled …": done by the opening clause's date, at the latest (see by_the_time)
                source = next((e for e in dated_events[i] if e.timex_end <= comma), None)
                if source is None or furniture.why(found.trigger_start) or any(
                        e.timex_start == found.trigger_start for e in (*joined, *clause_acts)):
                    continue
                joined.append(replace(undated_event(doc, sentence.start, sentence.end, found), title=title,
                                      begin=source.begin, end=source.end, certainty="inferred",
                                      derivation=f"done by the time of {source.id}: a pluperfect after 'By the time' ({found.word})"))
        elif told and text.lstrip().startswith("After "):
            # "After engineers had laid a pontoon bridge, two battalions crossed the river": the opening
            # clause of an undated sentence whose main clause told a happening tells one of its own, before
            # it; the neighbours bound it as they bound the main clause's
            comma = text.find(", ")
            for found, title in iter_after_clauses(doc.text, sentence.start, sentence.end):
                at = found.trigger_start - sentence.start
                if not 0 < at < comma or furniture.why(found.trigger_start) or any(
                        o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                    continue
                told.append((0, comma))
                (loose_acts if loose else plain_acts).append(replace(
                    undated_event(doc, sentence.start, sentence.end, found), title=title,
                    derivation=f"no date in the text: told in an opening 'after' clause ({found.word})"))
        if told and i not in dated and (when := when_opening_act(text, sentence.start)) is not None:
            # "When floods wrecked the pontoon, she organised the repairs": the opening clause's own act,
            # right before the main clause's (see when_openings)
            found, title = when
            if not furniture.why(found.trigger_start) and not any(
                    o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                (loose_acts if loose else plain_acts).append(replace(
                    undated_event(doc, sentence.start, sentence.end, found), title=title,
                    derivation=f"no date in the text: told in an opening 'when' clause ({found.word})"))
        if told and i not in dated and re.match(r"\s*(?!After\s|When\s)", text):
            # "Before the helicopter arrived, two members splinted his leg", "Once the water receded, crews
            # cleared the road": an opening clause of time other than "After" and "When" (read above) tells
            # its own act, right before or at the main clause's (see time_clause_acts)
            for act in time_clause_acts(doc.text, sentence.start, sentence.end, trailing=False):
                found = act.occurrence
                if furniture.why(found.trigger_start) or is_quoted(doc.text, found.trigger_start) or any(
                        o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                    continue
                (loose_acts if loose else plain_acts).append(replace(
                    undated_event(doc, sentence.start, sentence.end, found), title=act.title,
                    derivation=f"no date in the text: told in an opening clause of time ({found.word})"))
        if i not in dated and bisect.bisect_left(day_starts, sentence.start) == bisect.bisect_left(day_starts, sentence.end):
            # "The vicar drowned when his cart slid into the mill race": a time clause after the main
            # clause tells a happening of its own, with its own subject (see trailing_time_clauses); not
            # in a sentence with a date of its own, even one no event kept ("… close to collapse on
            # Thursday after the party withdrew …", "since 1994, when the country held …": the date's)
            for found, title in trailing_time_clause_acts(doc.text, sentence.start, sentence.end):
                if furniture.why(found.trigger_start) or is_quoted(doc.text, found.trigger_start) or any(
                        o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                    continue
                (loose_acts if loose or not story_time else plain_acts).append(replace(
                    undated_event(doc, sentence.start, sentence.end, found), title=title,
                    derivation=f"{TIME_CLAUSE_ACT} ({found.word})"))
    if joined or cuts:
        events = cut_listed_titles(sorted(events + joined, key=lambda e: (e.sentence_start, e.timex_start)), cuts)
    if not occurrences and not plain_acts and not clause_acts and not loose_acts:
        return after_an_opening_clause(events, main_acts)
    occurrences.sort(key=lambda o: o.timex_start)  # in text order: the look-up below bisects them
    rehung: list[Event] = []
    at_offset = {t.start: t for t in reversed(timexes)}  # the first expression at each offset
    told_at = [o.timex_start for o in occurrences]  # in text order: one per sentence, sentences in order
    for event in events:
        timex = at_offset.get(event.timex_start)
        if timex is None or timex.anchor is None or timex.anchor == DOCUMENT_ANCHOR:
            rehung.append(event)
            continue
        # the last occurrence between the anchor and the expression (by bisection: a scan of every
        # occurrence for each event was quadratic in a long text)
        last = bisect.bisect_left(told_at, timex.start) - 1
        offset = _OFFSET.search(event.derivation)
        if last < 0 or told_at[last] < timexes[timex.anchor].end or not _counted_on(offset):
            # a month or a season named outright ("driven back by late March", "that autumn") took only
            # its year from the anchor: it keeps its date whatever happening is told in between
            rehung.append(event)
            continue
        nearest = occurrences[last]
        rehung.append(
            replace(
                event,
                begin=None,
                end=None,
                certainty="undated",
                anchor=nearest.id,
                derivation=f"anchored on undated event {nearest.id}" + (f" {offset.group()}" if offset else ""),
            )
        )
    # Only events within the window can bound an occurrence: look them up by sentence, not by a scan.
    by_sentence: dict[int, list[tuple[int, Event]]] = {}
    for n, event in enumerate(rehung):
        by_sentence.setdefault(sentences.index_at(event.sentence_start), []).append((n, event))

    def nearby(o: Event) -> list[Event]:
        here = sentences.index_at(o.sentence_start)
        found = [item for i in range(here - NEIGHBOUR_WINDOW, here + NEIGHBOUR_WINDOW + 1) for item in by_sentence.get(i, ())]
        return [event for _, event in sorted(found, key=lambda item: item[0])]

    def bound(o: Event, to_the_document_date: bool = True) -> Event:
        near = nearby(o)
        on_entry_day = entries.day_of(o)
        if on_entry_day is o:
            # (a section under a labelled, dated heading: "3.0 (June 2022)", see heading_dates)
            on_entry_day = headings.date_of(o)
        if on_entry_day is o:
            # (a section under a date alone on its line: "Tuesday 11 August" over its lines, see section_headings)
            on_entry_day = entries.sections.date_of(o)
        told_by_main_clause = (on_entry_day is not o or history) and bound_by_main_clause(o, near, sentences) is not None
        if on_entry_day is not o and not told_by_main_clause:
            if on_entry_day.end != on_entry_day.begin:
                # a year's section ("1942"): the dates told in it narrow it, and a later date told in it
                # ("throughout 1921" under "1920") moves the story on past it; only an earlier one is left behind
                for narrowed in ((carry_story_time(o, rehung, sentences, paragraph_of),) if history else ()) \
                        + (bound_by_neighbours(o, near, sentences, doc.date, doc.text),):
                    if narrowed.begin is not None and (on_entry_day.begin <= narrowed.begin and (
                            narrowed.end or narrowed.begin) <= on_entry_day.end or narrowed.begin > on_entry_day.end):
                        return narrowed
            return on_entry_day
        if history and not told_by_main_clause:
            # a history's current time is the last date told; a date further on may be years later
            carried = carry_story_time(o, rehung, sentences, paragraph_of, doc.text)
            if carried.begin is not None:
                return carried
        bounded = bound_by_neighbours(o, near, sentences, doc.date, doc.text)
        if bounded.begin is None and doc.date is not None and to_the_document_date:
            return bound_up_to_the_document_date(bounded, near, sentences, doc.date, doc.text)
        return bounded

    occurrences = [bound(o) for o in occurrences + clause_acts]
    # a plain act the neighbours cannot bound (the text jumps back there) has no story time to be told in:
    # it is kept undated, as a loose act is (a reader still lists "The secretary forwarded the letter to
    # the auditor"; dropping it lost 7 of 9 such acts the readable gold lists, and 3 of 5 on the
    # never-opened parts)
    occurrences += [bound(o) for o in plain_acts]
    # (a loose act was told where no dated sentence is near on one side at least: it keeps no window)
    occurrences += [bound(o, to_the_document_date=False) for o in loose_acts]
    # ("He died the next day" after an act the neighbours dated: a step from that act's window, see steps_from_bounded)
    return after_an_opening_clause(steps_from_bounded(sorted(rehung + occurrences,
                                                             key=lambda e: (e.sentence_start, e.timex_start))), main_acts)


