"""From tagged expressions to events: one event per dated (or anchored) occurrence in a document.

This module holds the order of the steps (``build_events``); the questions each step asks live in
modules of their own: which expressions date a happening (``event_dates``), the page's header
(``page_header``), dates of one happening (``one_happening``), undated happenings
(``undated_events``) and the folds of retellings (``repeats``, ``reports`` and others).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable, Sequence

from explorer.documents.document import Document
from explorer.events.chronology_stamps import only_finer_dates_within
from explorer.events.agenda_headings import heads_what_is_to_come
from explorer.events.past_midnight import after_midnight
from explorer.events.steps_on import moved_on
from explorer.events.counted_from_happenings import counted_from_happenings
from explorer.events.own_clause_dates import dated_by_own_clause
from explorer.events.numbered_headings import dated_by_numbered_headings
from explorer.events.told_done_acts import told_done_before_the_saying
from explorer.events.business_results import fold_period_ends, fold_results_after_report, fold_results_retold
from explorer.events.date_roles import date_role
from explorer.events.dated_nominals import ends_a_habit_with_a_happening, held_on_its_date, titled_by_its_end
from explorer.events.event_dates import (dated_by_a_coordinated_clause, is_dated_thing,
                                         is_event_worthy, is_quoted, life_dates_owner, repeats_every,
                                         within_the_document_date)
from explorer.events.entry_present import told_in_the_past
from explorer.events.entry_notes import is_a_dated_note, is_a_note_around_its_date, is_a_note_of_no_act
from explorer.events.event_ids import document_key, event_id
from explorer.events.foreign_sentences import tells_no_happening
from explorer.events.furniture import Furniture, is_name_and_date_only
from explorer.events.instrument_terms import dates_an_instruments_term
from explorer.events.interrupted_progressives import retitle_interrupted_progressives
from explorer.events.later_that import cut_at_the_time_told
from explorer.events.spans_within import SpansWithin
from explorer.events.speaker_lines import asks_under_a_label, foresees_under_a_label
from explorer.events.press_review import is_a_press_review, tells_a_paper_s_coverage
from explorer.events.corrected_errors import is_a_corrections_column, owns_up_to_an_error, tells_a_corrected_error
from explorer.events.date_roles_schedules import tells_an_undated_habit
from explorer.events.modality import dated_in_an_opening_phrase, frames_no_happening, is_absence, is_never_done, is_non_happening
from explorer.events.states import is_state, tells_how_things_stand_now
from explorer.events.tallies_and_baselines import (counts_many_acting, counts_over_a_stretch, is_baseline, is_running_tally, reads_a_measure, results_are_the_news, tells_a_period_sum,
                                                   tells_an_undated_period_sum, tells_an_undated_comparison,
                                                   counts_a_service_s_work, counts_over_a_period_put_first, reads_a_survey, tells_a_level_at_a_period_s_end,
                                                   tells_a_run_of_results, tells_a_share, tells_a_share_over_a_stretch, told_at_its_peak)
from explorer.events.joined_clauses import retitle_joined_dates
from explorer.events.life_lines import life_event
from explorer.events.table_rows import table_row_act
from explorer.events.named_retellings import fold_announced_perfects, fold_retellings
from explorer.events.no_single_happening import tells_what_would_be
from explorer.events.not_until import done_at_last
from explorer.events.one_happening import one_journey, one_per_clause, stamps_beside_their_dates
from explorer.events.one_life import fold_one_life
from explorer.events.within_spans import acts_within_their_span, placed_within
from explorer.events.steps_from_bounded import steps_from_bounded
from explorer.events.story_day import undated_acts_on_the_story_day
from explorer.events.page_header import header_end, headlines_end, is_dateline, lede
from explorer.events.ages import dated_by_age
from explorer.events.wars import dated_by_a_war
from explorer.events.record import Event
from explorer.events.relative_dates import relative_others, relative_telling
from explorer.events.relative_plans import done_acts_before_a_planned_relative
from explorer.events.match_results import fold_match_results
from explorer.events.repeats import merge_repeats
from explorer.events.verb_series import fold_verb_series
from explorer.events.page_media import shows_page_media
from explorer.events.sign_offs import is_a_signing_formula
from explorer.events.story_turns import announces_a_turn
from explorer.events.page_self import gives_contact_hours, speaks_of_the_page
from explorer.events.answer_dates import answers_with_a_date, is_a_labelled_answer
from explorer.events.programme_days import on_the_programme_s_day
from explorer.events.reports import (dates_a_question_put, dates_a_quoted_statement, dates_a_reported_expectation, dates_a_reported_state,
                                     dates_a_statement_of_intent, dates_a_telling_aside, drop_reports_beside_happenings,
                                     fold_repeated_reports, tells_someone_a_decision)
from explorer.events.run_on_titles import split_run_on_titles
from explorer.events.section_headings import SectionHeadings
from explorer.events.section_entries import section_entry
from explorer.events.retold_by_date import fold_dates_naming_happenings, fold_recap_lines, fold_summary_dates
from explorer.events.salience import score_events
from explorer.events.scene_dates import sets_the_scene
from explorer.events.second_dates import (fold_clock_ranges, fold_first_and_last_occasions, fold_days_of_clock_times, fold_joined_months, fold_lasting_until,
                                          fold_restated_times)
from explorer.events.undated_filters import without_acts_told_twice
from explorer.events.state_ends import act_before_the_state_end
from explorer.events.clock_entries import acts_on_the_live_page_s_day
from explorer.events.title_context import title_context
from explorer.events.titles import make_title
from explorer.events.titles.entry_labels import label_only
from explorer.events.titles.opening_pronoun import name_undated_pronouns
from explorer.events.titles.team_writers import team_entries
from explorer.events.titles.named_subjects import name_named_subjects
from explorer.events.titles.cut_phrases import whole_last_phrase
from explorer.events.titles.perfects import perfects_as_headlines
from explorer.events.titles.plural_openers import plural_openers_agree
from explorer.events.titles.register_lines import name_register_lines
from explorer.events.undated_events import add_undated_occurrences
from explorer.events.unnamed_retellings import fold_unnamed_retellings
from explorer.events.vote_counts import fold_vote_counts
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


#: A word of a sentence besides its date: a sentence with none ("Winter 2020.") is a bare date.
_WORD = re.compile(r"[^\W\d_]{2,}")

def last_paragraph_part(text: str, timex: Timex) -> Timex:
    """An expression read across a blank line ("Saturday, August 3" as a heading, then "2:15 p.m. — A
    fire is reported"): its happening is told in the last paragraph, so the event is placed there,
    on the expression's last part; its date is the whole expression's."""
    cut = text.rfind("\n\n", timex.start, timex.end)
    if cut == -1:
        return timex
    start = cut + 2
    while start < timex.end and text[start].isspace():
        start += 1
    return replace(timex, start=start, text=text[start:timex.end], parts=())


def stamped_entry_end(text: str, sentences: SentenceIndex, s_start: int, s_end: int,
                      dated: dict[int, list[Timex]], stamp: Timex | None = None) -> int | None:
    """Where a log or diary entry ends when its stamp is a sentence of its own ("4 January, 14:20. A
    walker slipped on ice below the crag."): a date alone at the start of its line, followed on that
    line by a sentence with no date of its own, stamps that sentence; else None. (A date alone that
    answers a question, "Spring 2019. Floods reached the bakery …, and we closed … on 3 April 2019.",
    is followed by a sentence that dates itself, and stamps nothing.) A chronology's ``stamp`` that
    spans days ("2009.") still stamps the sentence after it when its line's later sentences date only
    finer stretches inside it ("The first firing, in October, fails"; see ``chronology_stamps``)."""
    line_start = text.rfind("\n", 0, s_start) + 1
    if text[line_start:s_start].strip():
        return None
    index = sentences.index_at(s_start)
    if index + 1 >= len(sentences.sentences):
        return None
    following = sentences.sentences[index + 1]
    if "\n" in text[s_end:following.start] or not _WORD.search(text[following.start:following.end]):
        return None
    # the entry's other sentences, to the end of its line, date nothing of their own: an entry with
    # a clock time further on ("… located them at 19:40") tells its happenings by those
    line_end = text.find("\n", s_end)
    line_end = len(text) if line_end < 0 else line_end
    n = index + 1
    while n < len(sentences.sentences) and sentences.sentences[n].start < line_end:
        if dated.get(n) and (n == index + 1 or stamp is None or not only_finer_dates_within(stamp, dated[n])):
            return None
        n += 1
    return following.end


#: The roles of a date that tell what went on over a stretch (see ``date_roles``), whose end a happening
#: may be ("every day until her death on 3 March 1990", see ``dated_nominals.ends_a_habit_with_a_happening``).
_HABIT_ROLES = frozenset(("habit", "schedule", "state's end", "state kept", "state held", "activity's end"))


def build_events(doc: Document, timexes: Sequence[Timex],
                 stage: Callable[[str], Callable[[int], None]] | None = None) -> list[Event]:
    """The events of ``doc`` told by its ``timexes``. ``stage(name)`` (a big document's progress,
    ``explorer.ingest.document_progress``) is told when the pass over the dates ("events") and the
    pass over the sentences for undated happenings, then the folding of retellings ("folds") begin;
    each returns a report of the offset its pass reached. Either may raise, to stop."""
    progress = stage("events") if stage is not None else None
    # ("The strike began on 4 May. Within two weeks, the union called it off": see within_spans)
    timexes = placed_within(doc.text, timexes)
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    events: list[Event] = []
    lives: set[str] = set()  # the ids of the births and deaths read from fact boxes: their lines tell no verb
    furniture = Furniture(doc.text)
    by_sentence: dict[int, list[Timex]] = {}  # the event dates of each sentence, for titles
    for t in timexes:
        if is_event_worthy(t):
            by_sentence.setdefault(sentences.index_at(t.start), []).append(t)
    date_starts = {t.start for t in timexes}  # a dated note's stamp opens its sentence: the cheap test first
    dates_within = SpansWithin(timexes)  # the dates inside a sentence, by bisection (not a filter of all)
    sections = SectionHeadings(doc.text, timexes)  # a timeline's dates alone on their lines over their sections
    for timex in timexes:
        if progress is not None:
            progress(timex.start)  # how far a big document is (explorer.ingest.document_progress); may raise to stop
        if not is_event_worthy(timex):
            continue
        # ("Tuesday 11 August" alone on its line over "Twelve people are treated in hospital.": a dated
        # section's heading, whose first sentence is its entry; see section_headings)
        section = sections.section_start(timex) if sections else None
        if section is not None:
            entry = section_entry(doc, sentences, timex, section, by_sentence)
            if entry is not None:
                events.append(entry)
            continue
        if is_dateline(doc, timex, body_start):
            continue
        timex = last_paragraph_part(doc.text, timex)
        # "Born 9 August 1938, Slane Bridge" under a name: a fact box's line, which reads as a heading
        life = life_event(doc.text, timex)
        # "| 12/06/2014 | £214,500 | Sold |": a table's row, an act on its day (see table_rows)
        row = table_row_act(doc.text, timex) if life is None else None
        if row is not None:
            life = (row,)
        if life is None and (furniture.why(timex.start, timex.end) or is_dated_thing(doc.text, timex)
                             or is_quoted(doc.text, timex.start) or repeats_every(doc.text, timex)):
            continue
        if life is None and (role := date_role(doc.text, timex.start, timex.end)) and not (
                role in _HABIT_ROLES and ends_a_habit_with_a_happening(doc.text, timex.start)):
            continue  # a comparison's baseline, a promise's target, a cited source: no happening
        born = life_dates_owner(doc.text, timex)
        if born is not None:
            # "Margarethe Lind (4 February 1890 – 17 October 1967) was …": her birth, on the first day.
            timex = replace(timex.parts[0], anchor=None)
        sentence = sentences.at(timex.start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (timex.start, timex.end)
        s_end = max(s_end, timex.end)
        text = doc.text[s_start:s_end]
        if life is None and tells_no_happening(text, timex.start - s_start, timex.end - s_start):
            continue  # a Russian or Greek timetable, deadline or figure, which the English rules cannot read
        entry_start = None
        if life is None and answers_with_a_date(doc.text[s_start:timex.start], doc.text[timex.end:s_end],
                                                doc.text[max(0, s_start - 300):s_start]):
            continue  # "Q: You opened the shop in 1982. / A: In the spring of that year, yes.": see answer_dates
        if (not _WORD.search(doc.text[s_start:timex.start]) or label_only(doc.text[s_start:timex.start])
                # ("Ms Obi: In March 2021." answering a question: see answer_dates)
                or is_a_labelled_answer(doc.text[s_start:timex.start], doc.text[max(0, s_start - 300):s_start])) \
                and not _WORD.search(doc.text[timex.end:s_end]):
            # ("Day 5 (6 April 2025). We walked …": a numbered entry's label and date, see entry_labels)
            entry_end = stamped_entry_end(doc.text, sentences, s_start, s_end, by_sentence, timex)
            if entry_end is None:
                continue  # "Winter 2020." answering a question: a date on its own tells no happening
            s_end = entry_end  # "4 January, 14:20. A walker slipped on ice …": a log entry's stamp
            text = doc.text[s_start:s_end]
            entry_start = sentences.sentences[sentences.index_at(s_start) + 1].start
            if is_a_note_of_no_act(doc.text[entry_start:s_end]):
                continue  # "Monday 7 August. Fog all day.": the day's weather, no happening (entry_notes)
        elif life is None and born is None and s_start + len(text) - len(text.lstrip()) in date_starts \
                and is_a_dated_note(text, dates_within(s_start, s_end)):
            continue  # "Monday 4 July. Drizzle all morning." read as one sentence: no happening either
        elif life is None and born is None and is_a_note_around_its_date(text, dates_within(s_start, s_end)):
            continue  # "A clear morning at last.": what the day was like, its date inside the note
        # "The treasurer, who had joined the fund in 1994, resigned": the date is the joining's, told of
        # the noun its clause describes, not the main clause's
        relative = relative_telling(text, timex.start - s_start, timex.end - s_start) \
            if entry_start is None and born is None and life is None else None
        if life is not None:
            lives.add(event_id(doc, timex))
        anchor = timexes[timex.anchor] if timex.anchor is not None and 0 <= timex.anchor < len(timexes) else None
        anchor_id = event_id(doc, anchor) if anchor is not None else (
            document_key(doc) if timex.anchor == DOCUMENT_ANCHOR else None)
        # "stopped paying in October ... walked off a week later": the month's window, a week on
        # "Shortly after midnight, crews had the fire under control" after a Saturday evening: the Sunday
        window = moved_on(timex, anchor) or after_midnight(doc.text, timex, _evening_told_before(timexes, timex, anchor)) or (timex.begin, timex.end_day)
        events.append(
            Event(
                id=event_id(doc, timex),
                doc=doc.path,
                title=f"{born} is born" if born is not None else " ".join(life) if life is not None else make_title(
                    relative[0], relative[1], relative[2], context=title_context(doc.text, s_start),
                    others=relative_others(relative, timex, by_sentence.get(sentences.index_at(timex.start), ())),
                ) if relative is not None else make_title(
                    # (an entry told in the present is titled as its past: see entry_present.told_in_the_past)
                    told_in_the_past(doc.text[entry_start:s_end]), 0, 0, context=title_context(doc.text, entry_start),
                ) if entry_start is not None else make_title(
                    # ("24 August: Ann Doyle apologises at a meeting attended by 600 people": a stamped entry in
                    # the present is titled as its past, see entry_present.told_in_the_past)
                    _stamped_entry_in_the_past(text, timex.start - s_start, timex.end - s_start,
                                               by_sentence.get(sentences.index_at(timex.start), ())),
                    timex.start - s_start, timex.end - s_start, context=title_context(doc.text, s_start),
                    others=[(t.start - s_start, t.end - s_start) for t in by_sentence.get(sentences.index_at(timex.start), ())
                            if t is not timex and s_start <= t.start and t.end <= s_end],
                ),
                sentence=text,
                sentence_start=s_start,
                sentence_end=s_end,
                timex=timex.text,
                timex_start=timex.start,
                timex_end=timex.end,
                value=timex.value,
                type=timex.type,
                begin=window[0],
                end=window[1] if timex.begin is not None else None,
                certainty=timex.certainty if timex.begin is not None else "undated",
                mod=timex.mod,
                derivation=timex.derivation,
                anchor=anchor_id,
            )
        )
    folding = stage("folds") if stage is not None else None
    events = one_journey(drop_reports_beside_happenings(doc.text, events))
    # (a date right after a happening's noun is that happening's, whatever the main clause tells:
    # "Donors could fund the mission at the conference in Geneva on 24 February", see dated_nominals)
    # ("The college did not open until October 1869": the opening, then; see not_until)
    events = [done_at_last(titled_by_its_end(e)) for e in events]
    told = [e if e.id in lives or not _tells_no_happening(doc.text, e, doc.date) else _as_held_happening(e)
            for e in events]
    told = [e for e in told if e is not None]
    events = stamps_beside_their_dates(one_per_clause(retitle_joined_dates(doc.text, told)))
    events = fold_period_ends(doc.text, fold_lasting_until(doc.text, fold_clock_ranges(doc.text, fold_days_of_clock_times(
        doc.text, fold_restated_times(doc.text, events)))))
    events = fold_joined_months(doc.text, events)  # ("in July and August": one stretch)
    # ("six hearings, the first on 3 June and the last on 27 June": one stretch, see second_dates)
    events = fold_first_and_last_occasions(doc.text, events)
    events = act_before_the_state_end(events, doc.date)
    events = dated_by_a_coordinated_clause(add_undated_occurrences(doc, timexes, events, folding))
    # ("8 November. Residents marched to the town hall.": the entry's act, read again undated)
    events = _without_entry_repeats(events)
    # ("…, and a survey in 2019 counted", "until 2015, when inspectors found": see own_clause_dates)
    events = dated_by_own_clause(doc.text, timexes, events)
    # ("We set out on 3 June 2024 ... // Day 5. Two porters left": 7 June, see numbered_headings)
    events = dated_by_numbered_headings(doc.text, timexes, events, doc.date if isinstance(doc.date, date) else None)
    # ("the Ionians marched on, captured, and burnt Sardis": one act told by its series, see verb_series)
    events = fold_verb_series(events)
    # ("was riding home when he was struck by a car": the "when" clause's happening, see interrupted_progressives)
    events = retitle_interrupted_progressives(events)
    events = fold_dates_naming_happenings(doc.text, fold_announced_perfects(fold_one_life(merge_repeats(events))))
    events = fold_vote_counts(doc.text, fold_unnamed_retellings(doc.text, fold_retellings(events, doc.date), doc.date))
    events = fold_results_retold(doc.text, fold_recap_lines(doc.text, fold_repeated_reports(doc.text, events)))
    events = fold_match_results(doc.text, fold_results_after_report(doc.text, events))
    if doc.date is None:  # an article with no date of its own: a history, whose opening summarises
        events = fold_summary_dates(events, lede(doc.text, body_start))
    headline_end = headlines_end(doc.text, body_start)
    if headline_end > 0:  # a headline or standfirst summarises the body ("decision due next year")
        events = fold_summary_dates(events, (0, headline_end))
    events = split_run_on_titles(events, doc.text)
    events = done_acts_before_a_planned_relative(events, doc.text, doc.date)
    # (a step re-hung on an act dated only just now, "He died the next day": see steps_from_bounded)
    events = steps_from_bounded(undated_acts_on_the_story_day(events, doc.text, timexes, doc.date))
    events = acts_on_the_live_page_s_day(events, doc.text, doc.date)
    # ("said on Monday that she had accepted the request": done by the saying's day, see told_done_acts)
    events = told_done_before_the_saying(events)
    # ("Two years after the wedding the couple moved to Marren": the wedding's year, two on; see counted_from_happenings)
    events = counted_from_happenings(events)
    # ("The board rejected the offer within a week", dated by the story's day: see within_spans)
    events = acts_within_their_span(events)
    # (named last: the folds above compare titles as the clauses tell them, "She launched …" unlike "Ruiz launched …")
    events = name_undated_pronouns(cut_at_the_time_told(within_the_document_date(events, doc.date)), doc.text)
    # ("Flew in from the coast at 09:20" on a team's page that says "we" throughout: see team_writers)
    events = team_entries(events, doc.text)
    # ("His father, a chemist named Alun Rees, sent …" titled "His father sends …": see named_subjects)
    events = name_named_subjects(events)
    # ("Saturday: parade through the old town" under a festival's 12 to 14 July: see programme_days)
    events = on_the_programme_s_day(events, doc.text, timexes)
    # ("Signed this 3rd day of June 2024 by the donor": a deed's formula, dated or not; see sign_offs)
    events = [e for e in events if not is_a_signing_formula(e.sentence)]
    # ("The turning point came in the spring": a turn of the story named, told beside it; see story_turns)
    events = [e for e in events if not announces_a_turn(e.title)]
    # (an undated "the rebels never took the airport": a deed denied, see modality.is_never_done)
    events = [e for e in events if e.timex or not is_never_done(e.title)]
    # (an undated "moved the court each summer", "Every season … and the match drew the biggest crowd": a habit)
    events = [e for e in events if e.timex or not tells_an_undated_habit(e.title, e.sentence)]
    # ("Our full report will be online tonight", "Which brings us to last Friday": see page_self)
    events = [e for e in events if not speaks_of_the_page(e.title, e.sentence)]
    # ("She scored 14 goals in 22 appearances", "won only twice between March and May": see tallies_and_baselines)
    events = [e for e in events if not tells_a_run_of_results(
        e.title, doc.text[e.sentence_start:e.timex_start] if e.timex else None)]
    # ("The chain closed nine stores and lost $80 million in the year to January": a period's sum, undated)
    if not results_are_the_news(doc.text):
        events = [e for e in events if e.timex or not (tells_an_undated_period_sum(e.title, e.sentence)
                                                         or tells_an_undated_comparison(e.title, e.sentence))]
    # (an undated "Mobile clinics treated 1,812 patients in the week", "The mark closed the week at 1.184": a
    # service's work counted, a level at a period's end; see tallies_and_baselines)
    events = [e for e in events if e.timex or not (counts_a_service_s_work(e.title, e.sentence)
                                                   or tells_a_level_at_a_period_s_end(e.title)
                                                   # ("About 340 residents came to them": many acting, a tally)
                                                   or counts_many_acting(e.title)
                                                   # ("Over the year, field officers visited 2,900 farms": a year in numbers)
                                                   or counts_over_a_period_put_first(e.title, e.sentence))]
    # ("62% of members said they were satisfied", "A poll on Monday put support at 41 percent": opinion read, dated or not)
    events = [e for e in events if not reads_a_survey(e.title, e.sentence)]
    # ("At its peak, in 1957, the yard launched 30 ships": a measure of its size, see tallies_and_baselines)
    events = [e for e in events if not (e.timex and told_at_its_peak(e.sentence))]
    events = perfects_as_headlines(score_events(events))
    # ("- Buried 9 January 1795." under "John Penhallow, yeoman": the list's name, see titles.register_lines)
    events = name_register_lines(events, doc.text)
    # ("At sixteen she went into service": the birth year and the age, see ages)
    events = dated_by_age(events)
    # ("During the First World War the army requisitioned the maltings": see wars)
    events = dated_by_a_war(events, doc.text)
    # (a dated clause's act read again as joined to it: last, when the events that stay are known)
    events = without_acts_told_twice(events)
    return with_document_date(doc, whole_last_phrases(plural_openers_agree(events, doc.text), by_sentence, sentences))


#: What closes an entry's stamp before its words: a colon, a spaced dash or a full stop.
_STAMP_CLOSE = re.compile(r"[ \t]*(?::|[ \t][-\u2013\u2014]|\.)[ \t]+\S")


def _evening_told_before(timexes: Sequence[Timex], timex: Timex, anchor: Timex | None) -> list[Timex]:
    """The times a "midnight" may end: the one it hangs on and the last time of day told before it."""
    if not timex.value.endswith("T24:00"):
        return []  # (no midnight: nothing to look for)
    last = max((t for t in timexes if t.type == "TIME" and t.end <= timex.start), key=lambda t: t.start, default=None)
    return [t for t in (anchor, last) if t is not None]


def _stamped_entry_in_the_past(text: str, start: int, end: int, dates: Sequence[Timex]) -> str:
    """The sentence ``text``, its entry put in the past when it opens with its date as an entry's stamp
    ("24 August: The firm …"), closed by a colon, a dash or a stop, and holds no other date (whose place a
    changed verb would move); else ``text``."""
    close = _STAMP_CLOSE.match(text, end)
    if text[:start].strip() or close is None or len(dates) > 1:
        return text
    words = close.end() - 1
    return text[:words] + told_in_the_past(text[words:])


def _without_entry_repeats(events: list[Event]) -> list[Event]:
    """``events`` without the undated reading of a dated entry's act: a stamp's or a section heading's
    event runs from its date to the end of the entry's sentence ("8 November 2022. Residents marched to
    the town hall"), and the undated pass reads that sentence's act again with no date. The undated one
    goes when it ends where the entry does, starts after the date, and one title's words open the other's
    ("Residents march to the town hall to demand" in "… to demand a new crossing") or the dated title tells
    the word it was read by ("apologises"); another act of the sentence ("…; nobody is hurt", "… and
    relieved the 2nd Guards") stays."""
    entries = {}
    for e in events:
        if e.timex and e.sentence_start <= e.timex_start and e.sentence_end > e.timex_end:
            entries.setdefault(e.sentence_end, []).append(e)
    if not entries:
        return events
    out = []
    for e in events:
        if not e.timex and any(d.timex_end <= e.sentence_start and d.sentence_start < e.sentence_start
                               and (_one_opens_the_other(d.title, e.title) or _same_verb(d.title, e))
                               for d in entries.get(e.sentence_end, ())):
            continue
        out.append(e)
    return out


#: The word an undated act was read by, as its derivation names it: "… told by its subject (apologises)".
_READ_BY = re.compile(r"\((?P<word>[A-Za-z]+)\)")


def _same_verb(title: str, e: Event) -> bool:
    """Whether the undated act ``e`` was read by a word the dated ``title`` tells before any "and" (its
    first four letters), beyond the title's first word: the same act with its subject named otherwise
    ("Brenmoor's chief executive apologises" beside "Colin Parry apologises"). An act joined after "and"
    ("I drive up … and reach the bunkhouse") is a happening of its own."""
    m = _READ_BY.search(e.derivation)
    if m is None or len(m.group("word")) < 4:
        return False
    stem = m.group("word").lower()[:4]
    words = title.lower().split()
    words = words[:words.index("and")] if "and" in words else words  # (an act joined after "and" is its own)
    return any(w.startswith(stem) for w in words[1:])


def _one_opens_the_other(a: str, b: str) -> bool:
    """Whether the words of one title (two at least) are the first words of the other."""
    x, y = a.lower().split(), b.lower().split()
    n = min(len(x), len(y))
    return n >= 2 and x[:n] == y[:n]


def whole_last_phrases(events: list[Event], by_sentence, sentences: SentenceIndex) -> list[Event]:
    """``events`` with every title whose cut left a noun phrase without its head made whole from its
    sentence ("… into the small" -> "…", see ``titles.cut_phrases``): the titles of undated acts and
    retold events too, which other rules than ``make_title`` write. The sentence's dates stay out."""
    out = []
    for e in events:
        start = e.sentence_start
        if e.sentence_end <= start or not e.title:
            out.append(e)
            continue
        dates = [(t.start - start, t.end - start) for t in by_sentence.get(sentences.index_at(start), ())]
        if e.timex_end > e.timex_start:
            dates.append((e.timex_start - start, e.timex_end - start))
        title = whole_last_phrase(e.title, e.sentence, dates)
        out.append(e if title == e.title else replace(e, title=title))
    return out


def _as_held_happening(e: Event) -> Event | None:
    """The event of a dated sentence that tells no happening, kept as the happening a noun names right
    before its date ("the election on 7 May": "The election"), or None (see
    ``dated_nominals.held_on_its_date``)."""
    title = held_on_its_date(e)
    if title is None:
        return None
    return replace(e, title=title, derivation=f"{e.derivation}; a happening named by a noun before its date")


def _tells_no_happening(text: str, e: Event, today: date | None = None) -> bool:
    """Whether a dated event's clause tells no happening: a non-happening, a tally, a comparison's
    baseline, a guess or gloss, how things stand today, a state or an absence (see ``modality``,
    ``states``, ``tallies_and_baselines``), a quotation's attribution, an answer to a question put or a
    statement of intent (see ``reports``), what would be, still to come after ``today``, the document's date (see
    ``no_single_happening``), a term of a deal, a law or a ruling (see ``instrument_terms``), or the day or
    hour "it" was ("It was April 19, eleven days after the vote", see ``scene_dates``) or a heading over what
    is to come ("Coming later this year", see ``agenda_headings``)."""
    before = text[e.sentence_start:e.timex_start]
    if tells_someone_a_decision(text, e):
        return False  # ("Plot holders were told in June that the charge would rise": a decision told, an act)
    # ("Following a meeting with the minister on Friday, he told reporters …": the date is the meeting's)
    return (is_non_happening(e.title) and not (e.timex and dated_in_an_opening_phrase(before)) or is_running_tally(e.title) or is_baseline(e.timex, e.title, before)
            or bool(e.timex) and (tells_a_share(e.title, before) or counts_over_a_stretch(e.title, before))
            or bool(e.timex) and reads_a_measure(e.title, before, text[e.timex_end:e.sentence_end])  # ("Turnout at noon was 41 percent": a statistic)
            # ("The shares closed the quarter at 84.10 crowns, up 12 per cent since July": a level, see tallies_and_baselines)
            or tells_a_level_at_a_period_s_end(e.title, before if e.timex else "")
            # ("Vessberg lost $46 million in 2025", "Eleven of the fourteen fixtures this week were …", "issued
            # five penalties last year, up from two": a period's sum or share, a statistic)
            or bool(e.timex) and (tells_a_period_sum(e.title, e.timex, _one_day(e), text[e.timex_end:e.sentence_end])
                                  or tells_a_share_over_a_stretch(e.title, before, text[e.timex_end:e.sentence_end], _one_day(e)))
            and not results_are_the_news(text)
            or shows_page_media(e.title) or bool(e.timex) and shows_page_media(text[e.timex_end:e.sentence_end])
            or frames_no_happening(before)
            or bool(e.timex) and tells_a_corrected_error(e.sentence, e.timex_start - e.sentence_start, e.timex_end - e.sentence_start,
                                                               is_a_corrections_column(text))
            or owns_up_to_an_error(e.title)
            or bool(e.timex) and tells_a_paper_s_coverage(e.title, e.sentence, is_a_press_review(text))
            or tells_how_things_stand_now(e.sentence, e.timex_start - e.sentence_start, e.timex_end - e.sentence_start)
            or is_state(e.title, before if e.timex else "")
            or is_absence(e.title, before if e.timex else "")
            or _only_its_date(e) or dates_a_telling_aside(text, e) or bool(e.timex) and gives_contact_hours(before)
            or dates_a_quoted_statement(e) or dates_a_question_put(e) or dates_a_statement_of_intent(text, e)
            or dates_a_reported_expectation(text, e) or dates_a_reported_state(text, e) or bool(e.timex) and tells_what_would_be(e.title, e.sentence, e.begin, today)
            or bool(e.timex) and is_name_and_date_only(e.sentence, e.timex_start - e.sentence_start, e.timex_end - e.sentence_start)
            or asks_under_a_label(e.title, e.sentence) or foresees_under_a_label(e.title, e.sentence)
            or bool(e.timex) and dates_an_instruments_term(text, e.sentence_start, e.timex_start)
            or bool(e.timex) and sets_the_scene(e.title, e.sentence, e.timex_start - e.sentence_start,
                                                e.timex_end - e.sentence_start)
            or bool(e.timex) and heads_what_is_to_come(e.sentence, e.timex_start - e.sentence_start,
                                                       e.timex_end - e.sentence_start))


def _one_day(e: Event) -> bool:
    """Whether the event is dated to one day (a figure on a day is a market move or one act, not a period's),
    resolved or not ("on Friday" with no date to read it against is still one day: ``XXXX-WXX-5``)."""
    if e.begin is not None:
        return e.begin == e.end
    return bool(re.search(r"(?:-\d\d-\d\d|-W[\dX]{2}-\d)(?:T|$)", e.value or ""))


#: Words a title may hold beside its date and still say nothing more ("On Saturday, December 15th").
_NO_MORE_WORDS = frozenset("on in at the of a an by from to and until".split())


def _only_its_date(e: Event) -> bool:
    """Whether a dated event's title is its date and nothing more ("Saturday, December 15th" from a
    date line over a page's fixtures, "Christmas Day" from a list): no one did anything."""
    if not e.timex:
        return False
    date_words = {w.lower() for w in re.findall(r"[\w’']+", e.timex)}
    return not [w for w in re.findall(r"[\w’']+", e.title) if w.lower() not in date_words | _NO_MORE_WORDS]


def with_document_date(doc: Document, events: list[Event]) -> list[Event]:
    """Stamp each event with its document's date and where that date came from."""
    when = doc.date.isoformat() if doc.date is not None else None
    source = "unknown" if doc.date is None or doc.date_source == "none" else doc.date_source
    return [replace(e, doc_date=when, doc_date_source=source) for e in events]  # type: ignore[arg-type]

