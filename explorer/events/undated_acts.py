"""The undated happenings a sentence tells beside its main one: the event record of an occurrence with no
date of its own, and the acts joined to a dated or an undated clause by "and" or listed with it.

Why apart from :mod:`explorer.events.undated_events`: that pass walks the sentences and decides which
happenings to keep; these say what each clause's happening is and which date, if any, it shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from explorer.documents.document import Document
from explorer.events.lasting_until import ends_a_lasting_activity
from explorer.events.act_series import SERIES_STEP, opening_subject, opening_verb
from explorer.events.clauses import SUBJECT_ASIDE, clause_bounds, subject_before
from explorer.events.event_ids import document_key
from explorer.events.furniture import Furniture
from explorer.events.happening_verbs import HABIT_WORDS, NOT_HAPPENING_VERBS, PAST_FORMS, PAST_VERB
from explorer.events.joined_clauses import PASSIVE_STEP, counted_passive_at, earlier_shared_participle_at, iter_joined_clauses, joined_clause_start
from explorer.events.modality import is_non_happening
from explorer.events.opening_time_clauses import LONGER_TIME_OPENER, opening_clause_stop
from explorer.events.occurrences import Occurrence, continuation, inside_quotation, occurrence_title
from explorer.events.plain_past import names_a_happening, plain_past_clause
from explorer.events.pronoun_pairs import pronoun_pair_act
from explorer.events.quote_marks import holds_quote_mark
from explorer.events.record import Event
from explorer.events.tense import present_of
from explorer.events.titles import make_title
from explorer.events.titles.passive_agents import with_passive_agent
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, alternatives


#: A plan told before the passive that undid it: "The handover had been planned for Saturday but (was put off)".
_PLAN_BUT = re.compile(r"^(\S[^,;]*?)\s+(?:had\s+been|has\s+been|was|were)\s+(?:planned|scheduled|due|set|expected|meant|"
                       r"intended|timetabled)\b[^,;]*?\s+but\s+(?=(?:was|were|had\s+been|has\s+been)\s)")


#: The subject of a passive opening its sentence and a relative aside about it closed before the passive's
#: "was": "The post at the village of Harrel, which the two countries have run since 2009, (was taken over)".
_ASIDE_BEFORE_PASSIVE = re.compile(r"^\s*(?P<subject>(?-i:The|A|An|Its|Their|His|Her)\s[^,;:]{2,80}?),\s+"
                                   r"(?:which|who|whom|whose)\b[^,;:()\"“”]{3,150},\s+(?=(?:was|were|has|have|had)\b)")


#: The word opening a sentence's subordinate clause of time before its subject: "After the park was created,".
_OPENING_SUBORDINATOR = re.compile(
    r"\s*(?:(?:Soon|Shortly|Long|Not\s+long)\s+)?(?:After|Before|When|Once|Until|Till|While|As\s+soon\s+as)\s+"
    r"(?=(?:the|a|an|his|her|its|their|this|that|these|those)\s|[A-Z])")


#: An opening clause of time whose happening the dated title tells, as a "When" clause's (see
#: ``titles.make``): the main clause after its comma is an act of its own ("Once the water receded on 4
#: May, crews cleared the road", "Shortly after the siren sounded on 4 May, the crowd left").
_OWN_TIME_CLAUSE_OPENING = re.compile(r"\s*(?:Once|" + LONGER_TIME_OPENER + r")\s")


def opening_clause_end(sentence: str, trigger_end: int, right: int) -> int:
    """Where the clause of a verb ending at ``trigger_end`` ends when it is the sentence's opening clause of
    time ("After the park was created, Harold Finch built …": at its comma), else ``right``: the main clause
    after it tells an act of its own, which the opening clause's happening must not hide."""
    if _OPENING_SUBORDINATOR.match(sentence) is None:
        return right
    stop = opening_clause_stop(sentence)
    if stop is not None and trigger_end <= stop < right:
        return stop  # "When the museum closed in 1994 the bell was moved": its date ends it, no comma
    comma = sentence.find(", ", trigger_end, right)
    return right if comma < 0 else comma


def main_clause_start(sentence: str, trigger_start: int, left: int) -> int:
    """Where the clause of a verb at ``trigger_start`` starts when it is the main clause after the
    sentence's opening clause of time (after that clause's comma), else ``left`` (see
    :func:`opening_clause_end`)."""
    if _OPENING_SUBORDINATOR.match(sentence) is None:
        return left
    stop = opening_clause_stop(sentence)
    if stop is not None and stop < trigger_start:
        return max(left, stop + 1)
    comma = sentence.find(", ")
    return left if comma < 0 or comma + 2 > trigger_start else max(left, comma + 2)


def undated_event(doc: Document, sentence_start: int, sentence_end: int, found: Occurrence) -> Event:
    text = doc.text[sentence_start:sentence_end]
    trigger_start = found.trigger_start
    told = text
    if found.trigger.split()[0].lower() in ("was", "were", "has", "have", "had"):
        # A passive with no agent named: the title ends with it ("… hostages were released").
        told = text[: found.trigger_end - sentence_start]
        # ("The handover had been planned for Saturday but was put off": the passive "but" turns to is the
        # happening; the plan before it is none)
        told = _PLAN_BUT.sub(r"\1 ", told, count=1)
    at = trigger_start - sentence_start
    opening = _OPENING_SUBORDINATOR.match(told) if told is not text else None
    if opening is not None:
        # ("After the park was created, Harold Finch built …": the passive's own clause is "the park was
        # created"; the word that orders it against the main clause is no part of its title)
        told, at = told[opening.end():], at - opening.end()
    aside = _ASIDE_BEFORE_PASSIVE.match(told) if told is not text else None
    if aside is not None:
        # ("The post at Harrel, which the two countries have run since 2009, was taken over": the aside's
        # words, its date among them, are no subject of the passive; the title tells the subject's)
        told = aside.group("subject") + " " + told[aside.end():]
        at -= aside.end() - len(aside.group("subject")) - 1
    title = occurrence_title(doc.text, found) or make_title(told, at, at)
    if told is not text:
        # ("The fire was put out by the crew within minutes": the cut passive keeps the one who acted,
        # "The fire is put out by the crew", when the sentence names a doer right after it)
        title = with_passive_agent(title, text)
    return Event(
        id=f"{document_key(doc)}#u{trigger_start}",
        doc=doc.path,
        title=title,
        sentence=text,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        timex="",
        timex_start=trigger_start,
        timex_end=trigger_start,
        value="",
        type="DATE",
        begin=None,
        end=None,
        certainty="undated",
        derivation=f"no date in the text: a notable occurrence ({found.word})",
    )


@dataclass(frozen=True, slots=True)
class TitleCut:
    """Where a dated event's title must end: before the act told after it in its sentence, which is an
    event of its own ("Ilse Radan flies to the front, met her commanders": before ", met"). ``source``
    is the dated event's id, ``before`` the words its title must not run into."""

    source: str
    before: str


def listed_cut(source: Event, trigger: str) -> TitleCut:
    """The cut of ``source``'s title before an act listed after its date ("…, met her commanders")."""
    return TitleCut(source.id, f", {trigger}")


def joined_cut(source: Event, verb: str) -> TitleCut:
    """The cut of ``source``'s title before an act joined to it by "and" ("… and seize computers"), told
    by its verb's stem: the title's verb agrees with its subject ("Inspectors … and close pools")."""
    return TitleCut(source.id, f" and {(present_of(verb) or verb)[:4]}")


def joined_clause_events(doc: Document, sentence_start: int, sentence_end: int, dated: Sequence[Event],
                          told: list[tuple[int, int]], furniture: Furniture,
                          cuts: list[TitleCut] | None = None) -> list[Event]:
    """The happenings of a dated sentence told in a clause joined by "and" ("Reyn sacked the minister in
    November and ordered an inquiry", "…on April 2, and the opposition tabled a motion"): each takes the
    time of the dated event told before it in the sentence, as a reader does; one with a date of its own
    in its clause is that date's event already. ``told`` (the clauses that already gave a happening) is
    extended in place, and so is ``cuts`` with where each dated title must end (see
    :func:`cut_listed_titles`)."""
    text = doc.text[sentence_start:sentence_end]
    found_events: list[Event] = []
    acts = list(iter_joined_clauses(doc.text, sentence_start, sentence_end))
    # (where each act's verb stands: an act's clause, as told, ends at the next act found, "Varga sold the
    # house and found work at a laboratory" tells two)
    verbs = sorted(found.trigger_start - sentence_start for found, _ in acts)
    aside = SUBJECT_ASIDE.match(text)
    for found, title in acts:
        # ("… and was replaced by the chief engineer, Ruth Mallory": the joined passive's doer by name)
        title = with_passive_agent(title, text)
        left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
        left = joined_clause_start(text, left, found.trigger_start - sentence_start)
        # (a "while" clause opens where its word stands: "grounded its jets overnight while engineers
        # checked their ovens"; the date before it is the main clause's)
        while_at = text.rfind(" while ", left, found.trigger_start - sentence_start)
        if while_at > left:
            left = while_at
            # (and it ends at its comma: "… while engineers checked their ovens, and returned them to
            # service this afternoon"; the date after it is the main clause's next act's)
            comma = text.find(", ", found.trigger_end - sentence_start, right)
            right = comma if comma != -1 else right
        listed = _LISTED_AFTER_DATE.search(text, 0, found.trigger_start - sentence_start) is not None
        if listed:
            # "flew to the front on Tuesday, met her commanders and dismissed …": a listed act after a
            # dated one; the date before its comma is the act before it
            left = found.trigger_start - sentence_start
        cut = text.rfind(", ", left, found.trigger_start - sentence_start)
        if cut != -1 and (text.lstrip().startswith(("When ", "Having ")) or _OWN_TIME_CLAUSE_OPENING.match(text)
                          or text.startswith((", where ", ", when "), cut)):
            # the main clause after an opening "When" clause, or a "where" clause: the date before the
            # comma is the other clause's ("When the bank refused credit in July, an accountant found …")
            left = cut
            # (after a "Having" phrase the dated title has the main clause's subject already, "The club
            # loses the final": only the same words tell the same act)
            having = text.lstrip().startswith("Having ")
            if any(not having and title.split()[1:2] == e.title.split()[1:2] or title.lower()[:20] == e.title.lower()[:20]
                   for e in dated if e.sentence_start == sentence_start and e.timex_end <= found.trigger_start):
                continue  # the dated event is told from this clause already
                # (the event of a date after it is another clause's: "…, the club lost its main sponsor,
                # and it was voted out of the league in 1974")
        # (the clause ends where a relative clause about its object opens: "… and carried them to the
        # rescue centre, which released three back into the sea in December": that date is the relative's)
        relative = _RELATIVE_AFTER_ACT.search(text, found.trigger_end - sentence_start, right)
        if relative is not None:
            right = relative.start()
        at = found.trigger_start - sentence_start
        own_dates = [e.timex_start - sentence_start for e in dated if e.sentence_start == sentence_start]
        # (the clauses told around it are the dated ones only: one with no date in it was read for this
        # very act already, as an opening act beside the date, "was treated … and released the same evening")
        earlier_participle = earlier_shared_participle_at(text, at) and all(
            _tells_another_clause(e, found) for e in dated if e.sentence_start == sentence_start) and all(
            any(a <= d < b for d in own_dates) for a, b in told if a <= at < b)
        if furniture.why(found.trigger_start) or not earlier_participle and any(
                a <= found.trigger_start - sentence_start < b for a, b in told):
            continue  # (an earlier participle of a shared "was" is a step of its own inside the dated clause)
        if ends_a_lasting_activity(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start):
            continue  # "…, and Ilse ran a boarding house until the 1950s": no happening to share a date with
        inside = [e for e in dated if sentence_start + left <= e.timex_start and e.timex_end <= sentence_start + right]
        # (a date inside the joined clause is its own, and its event tells it; unless that event was titled
        # from the clause before, "Engineers switched to the backup unit and uploaded new software on 9
        # October" titled "Engineers switch to the backup unit": the joined act shares that date, as a
        # reader reads the two steps of one day)
        # (only a sentence's one date: with a date before the act, the act is the later date's own, told by
        # its event; nor a relative's act, "Some blame the government, which cut the army after 1958")
        earlier = [e for e in dated if e.timex_end <= found.trigger_start and e.begin is not None
                   # (not a date in an aside about the sentence's subject: "Osei, who captained the side in the
                   # 2010s, moved training … and brought in a coach" tells neither act then)
                   and not (aside is not None and e.sentence_start == sentence_start
                            and aside.start() <= e.timex_start - sentence_start < aside.end())]
        if earlier and not inside and all(e.sentence_start == sentence_start and _in_closed_relative(
                text, e.timex_start - sentence_start, found.trigger_start - sentence_start) for e in earlier):
            # "The crew reopened the old mine, which had closed in 1998, and pumped out the water": the
            # date before the act is the relative's, closed by its comma before "and"; the act shares the
            # main clause's time, which the text does not tell
            told.append((found.trigger_start - sentence_start, found.trigger_end - sentence_start))
            found_events.append(replace(undated_event(doc, sentence_start, sentence_end, found), title=title,
                                        derivation=f"no date in the text: an act joined to the sentence's "
                                                   f"happening, its date a relative's ({found.word})"))
            continue
        shared = [e for e in inside if e.begin is not None and e.sentence_start == sentence_start and not earlier
                  and found.trigger_start < e.timex_start and _tells_another_clause(e, found)
                  and not re.search(r"\b(?:who|which|that|where)\s+(?:[a-z]+\s+)?$", text[:found.trigger_start - sentence_start])]
        if earlier_participle and not earlier and not shared:
            # "The cinema was closed and demolished in 1968": the series' date, told after its last
            # participle, is the earlier one's too, as a reader reads one passive's steps (not a date told
            # from another, "… and reopened the next spring": the earlier step was before it)
            shared = [e for e in dated if e.sentence_start == sentence_start and e.begin is not None
                      and e.timex_start > found.trigger_start and not _RELATIVE_TIME.search(e.timex)][:1]
        if inside and not shared:
            continue
        if not earlier and not shared:
            if relative is not None and not inside and dated and all(
                    e.timex_start >= sentence_start + relative.start() for e in dated):
                # "… strengthened the walls and built a tidal sluice, which was completed in 1959": the
                # sentence's only date is the relative's, after the act; the act has none of its own
                told.append((found.trigger_start - sentence_start, found.trigger_end - sentence_start))
                found_events.append(replace(undated_event(doc, sentence_start, sentence_end, found), title=title,
                                            derivation=f"no date in the text: an act joined to the sentence's "
                                                       f"happening, its date a relative's ({found.word})"))
            continue  # "…, and the board approved it on 3 May": the date that follows is the clause's own
        source = shared[0] if shared else earlier[-1]
        # (from its verb on: an act before it in the clause is another's, "… alerted the trustees, who called the police")
        # (up to the chain's next step, if any: "…, drifted for two days and finally accelerated …" tells
        # two steps in one clause)
        # (or to a passive step of its own: "was closed for a year and was rebuilt", see PASSIVE_STEP)
        step_after = min((m for m in (SERIES_STEP.search(text, found.trigger_end - sentence_start, right),
                                      PASSIVE_STEP.search(text, found.trigger_end - sentence_start, right)) if m),
                         key=lambda m: m.start(), default=None)
        next_verb = min((v for v in verbs if v > found.trigger_start - sentence_start), default=right)
        told.append((found.trigger_start - sentence_start, min(step_after.start() if step_after else right, next_verb)))
        if cuts is not None:
            cuts.append(listed_cut(source, found.trigger) if listed else joined_cut(source, found.word))
            if not listed and _BUT_BEFORE_VERB.search(text, 0, found.trigger_start - sentence_start):
                # "stormed the gate on 4 May but were driven back": the dated title ends before "but", which
                # opens the subject's next act (an event of its own), not words of the first
                cuts.append(TitleCut(source.id, " but "))
            if not listed and not _BARE_VERB_AFTER_AND.search(text, 0, found.trigger_start - sentence_start):
                # "The engine failed on 5 July and Dave Pruett rebuilt the gearbox": a clause of its own, whose
                # subject the dated title must not run into ("The engine fails and Dave Pruett rebuilt …")
                first = title.split()[0]
                cuts.append(TitleCut(source.id, f" and {first}"))
                if first.lower() != first and text.find(f" and {first.lower()} ", 0, found.trigger_start - sentence_start) != -1:
                    # (a bare noun subject, told in lower case in the sentence and capitalised in its own
                    # title: "The machine was repaired on Monday and production resumed")
                    cuts.append(TitleCut(source.id, f" and {first.lower()} "))
            if not listed and _COMMA_BEFORE_STEP.search(text, 0, found.trigger_start - sentence_start):
                # "stormed the barracks on 4 May, seized the armoury and …": a step listed after a comma
                # cuts the dated title there too, which else ran on in the past ("…, seized the armoury")
                cuts.append(listed_cut(source, found.trigger))
        found_events.append(replace(
            undated_event(doc, sentence_start, sentence_end, found), title=title, begin=source.begin, end=source.end,
            certainty="inferred", derivation=f"the time of {source.id}: told in a clause joined to it by "
                                             f"'{'while' if text.startswith(' while ', left) else 'and'}' ({found.word})"
                                             + (f"; {_LISTED_MARK} '{found.trigger}'" if listed else "")))
    return found_events


def _tells_another_clause(event: Event, found: Occurrence) -> bool:
    """Whether a dated ``event``'s title was told from a clause before the joined act ``found``: it
    names neither the act's verb nor its present (by their first four letters)."""
    title = event.title.lower()
    return not any(stem[:4].lower() in title for stem in (found.trigger, present_of(found.trigger) or found.trigger))


#: A listing comma right before a joined step's verb (perhaps "then" or an adverb between).
_COMMA_BEFORE_STEP = re.compile(r",\s+(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?$")


#: The derivation's mark of an act listed after a dated one, for the reader (the title's cut is a
#: :class:`TitleCut`, never read back from it).
_LISTED_MARK = "listed after its date as"


#: "but" right before a joined verb or its passive's "was": the same subject's next act, turned against the first.
_BUT_BEFORE_VERB = re.compile(r"\bbut\s+(?:(?:was|were)\s+)?(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?$")


#: "and" right before a joined verb, which then shares the subject of the clause before.
_BARE_VERB_AFTER_AND = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$")


def cut_listed_titles(events: list[Event], cuts: Sequence[TitleCut]) -> list[Event]:
    """A dated event's title that runs into the act listed after its date ("Ilse Radan flies to the
    front, met her commanders") or into the act joined to it by "and" ("Police raid the office and seize
    computers") ends before that act, which is an event of its own; ``cuts`` say where (made where the
    acts were found: :func:`listed_cut`, :func:`joined_cut`)."""
    before: dict[str, list[str]] = {}
    for cut in cuts:
        before.setdefault(cut.source, []).append(cut.before)
    if not before:
        return events
    out = []
    for e in events:
        at = min((i for i in (e.title.find(cut) for cut in before.get(e.id, ())) if i > 0), default=-1)
        out.append(replace(e, title=e.title[:at]) if at > 0 and len(e.title[:at].split()) >= 3 else e)
    return out


#: Between a dated clause and an occurrence's verb: "and" (perhaps "then", "later", "also") right
#: before the verb, and nothing that opens a clause of another kind (a relative, a report, a cause).
_AND_BEFORE_VERB = re.compile(r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+)?$|"
                              # or a passive of a thing or a body of its own after ", and": "The pandemic
                              # closed the ferry service that month, and the production was suspended"
                              # (the occurrence's trigger opens at its "was"; a joined clause takes the
                              # time of the dated one told before it, as the README's convention says)
                              r",\s+and\s+(?:the|its|their|his|her)\s+(?:[a-z][\w’'-]+\s+){0,2}?[a-z][\w’'-]+\s+$")
_OTHER_CLAUSE_BETWEEN = re.compile(r"[;:—–()]|\b(?:who|which|that|when|where|while|said|says|told|after|before|because|"
                                   r"until|since|if|but)\b", re.IGNORECASE)


def joined_to_dated(text: str, found: Occurrence, dated: Sequence[Event]) -> Event | None:
    """The dated event of a sentence whose clause an occurrence is joined to by "and" ("drained the
    marsh in 1402 and founded three farms"), or None when the occurrence stands in a clause of another
    kind or before every date of the sentence."""
    earlier = [e for e in dated if e.timex and e.begin is not None and e.timex_end <= found.trigger_start]
    if not earlier:
        return None
    between = text[earlier[-1].timex_end:found.trigger_start]
    if not _AND_BEFORE_VERB.search(between) or _OTHER_CLAUSE_BETWEEN.search(between):
        return None
    return earlier[-1]


#: Right before a listed verb: a date's last word and a comma ("… on Tuesday, met her commanders").
_LISTED_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + alternatives(FULL_MONTHS + FULL_WEEKDAYS)
    + r"|morning|afternoon|evening|night|week|month|year|later|earlier)),\s+$")
#: Prepositions that open a date's phrase ("in March 2025", "on 3 May").
DATE_PREPOSITIONS = frozenset("in on at by during from".split())
#: What opens the clause after an act when it shares the act's subject and the reader lists only the
#: dated act told last: a list of one subject's steps ("lowered the mast, moved it … and resubmitted the
#: plan in October 2021") or a step done to the same one again, told by a pronoun ("suspended the
#: treasurer within days and dismissed him on 3 February"). A second act on something else is a
#: happening of its own before the dated one ("The council inspected the site and suspended the licence in
#: June 2021", "voted to depose the king and proclaimed the republic on 19 May").
_STEP_OF_THE_SAME_ACT_NEXT = re.compile(
    r"\s*,\s*(?:and\s+)?(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\b|"
    r"\W*(?:(?:and|but|then)\s+)?(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\s+(?:him|her|it|them)\b")
#: A step listed after an act in its own clause: ", moved it further from the houses".
_LISTED_STEP = re.compile(r",\s+(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\b")


#: A relative clause opened after an opening act's object, which may tell a happening (and hold the
#: sentence's date) of its own: "The council hired a second contractor, Danforth Civil, which restarted
#: the works in September 2022", "She set up a board committee, which met for the first time on 14 April".
_RELATIVE_AFTER_ACT = re.compile(r",\s+(?:who|which|where)\s")
#: A relative clause set off by commas ("…, which had closed in 1998, …"), with no other clause break in it.
_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:()]*,")


def _in_closed_relative(text: str, at: int, act: int) -> bool:
    """Whether offset ``at`` of ``text`` (a sentence) lies in a relative clause set off by commas that
    closes right before "and" and ``act``, the verb of the act joined after it."""
    return any(m.start() < at < m.end() <= act and re.fullmatch(r"\s*(?:and|then|and\s+then)\s+(?:\w+ly\s+)?", text[m.end():act])
               for m in _CLOSED_RELATIVE.finditer(text, 0, act))


#: After an opening clause's act, the joint of a clause of its own: ", and", ", but" or a semicolon, with
#: nothing but the opening clause's own words between (no other comma, colon, bracket or dash), and after
#: it a subject of its own, not a verb or an auxiliary the opening subject shares (", and dismissed him"
#: goes on with the same act, whose last step a reader lists alone).
_OWN_CLAUSE_JOINT = re.compile(
    r"[^,;:.()—–]*?(?:,\s+(?:and|but)\s+|;\s+)(?:then\s+|later\s+|so\s+)?"
    rf"(?!(?:[a-z]+ly|then|later|also|was|were|had|has|have|is|are|will|would|could|did|[a-z]{{3,}}ed|{PAST_FORMS})\b)")


def opening_before_own_clause(text: str, sentence_start: int, sentence_end: int) -> tuple[Occurrence, str, int] | None:
    """The act of a sentence's opening clause told before a clause of its own after ", and", ", but" or
    a semicolon, read as :func:`plain_past_clause` reads it beside another happening ("The mayor called
    out the militia, and soldiers fired on the crowd"), with its title and the offset in the sentence
    where the clause after the joint begins; None when the sentence opens no such clause. Whether the
    clause after the joint told a happening is the caller's to check: only then is the opening verb read
    as an act whatever its complement."""
    plain = plain_past_clause(text, sentence_start, sentence_end, before_own_clause=True)
    if plain is None:
        return None
    found, title = plain
    joint = _OWN_CLAUSE_JOINT.match(text, found.trigger_end, sentence_end)
    return (found, title, joint.end() - sentence_start) if joint else None


def opening_act_before_joined(doc: Document, sentence_start: int, sentence_end: int, joined: Sequence[Event],
                              told: list[tuple[int, int]], furniture: Furniture) -> Event | None:
    """The happening of an undated sentence's opening clause when a clause of its own after ", and", ",
    but" or a semicolon gave one of the ``joined`` events ("The mayor called out the militia, and soldiers
    fired on the crowd", "The thieves carried the safe to a van, and a neighbour called the police"): a
    reader lists both acts, and the opening one
    is read beside the other whatever its verb's complement (:func:`opening_before_own_clause`); not
    where a clause already read holds it, a habit, nor a title that tells no happening. ``told`` is
    extended in place."""
    loose = opening_before_own_clause(doc.text, sentence_start, sentence_end)
    if loose is None:
        return None
    found, title, joint = loose
    at = found.trigger_start - sentence_start
    text = doc.text[sentence_start:sentence_end]
    if not any(e.timex_start - sentence_start >= joint for e in joined) or any(a <= at < b for a, b in told) or \
            furniture.why(found.trigger_start, found.trigger_end) or is_non_happening(title) or HABIT_WORDS.search(text, 0, joint):
        return None
    told.append((0, joint))
    return replace(undated_event(doc, sentence_start, sentence_end, found), title=title,
                   derivation=f"no date in the text: an opening act told before a clause of its own ({found.word})")


def opening_act_beside_date(doc: Document, sentence_start: int, sentence_end: int, dates: Sequence[tuple[int, int]],
                             dated: Sequence[Event], told: list[tuple[int, int]], furniture: Furniture) -> Event | None:
    """The happening of a dated sentence's opening clause when the date belongs to a later clause: "The
    opposition tabled a motion of no confidence, and on 4 December parliament passed it", "Malm withdrew
    the budget; the Greens left on 20 November". The opening subject and past verb acting on something
    (see :func:`plain_past_clause`) tell a happening of their own, told before the dated one; the
    neighbours' dates bound it, as for a plain act in an undated sentence. One whose clause holds a date
    is that date's event already, and so is one the dated event's title already tells. ``told`` is
    extended in place."""
    # (not as :func:`opening_before_own_clause` reads it beside an undated clause of its own: before a
    # dated one, "The mate ran a drill, and two trainees steered the schooner on 4 May", it gained three
    # matches on the readable part and a false event on a never-opened set, session 31)
    plain = plain_past_clause(doc.text, sentence_start, sentence_end, writer=True)
    text = doc.text[sentence_start:sentence_end]
    if plain is None and (plain := pronoun_pair_act(text, sentence_start)) is not None:
        # "After the board approved its budget in March 2024, it froze recruitment and closed …": the
        # opening clause's date is that clause's own; only the dates after it bound the pair
        opening_end = sentence_start + text.rfind(",", 0, plain[0].trigger_start - sentence_start)
        dates = [(a, b) for a, b in dates if a > opening_end]
    if plain is None and (loose := opening_before_own_clause(doc.text, sentence_start, sentence_end)) is not None \
            and all(a >= sentence_start + loose[2] for a, _ in dates):
        plain = loose[:2]
    if plain is None:
        return None
    found, title = plain
    left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
    relative = _RELATIVE_AFTER_ACT.search(text, found.trigger_end - sentence_start, right)
    if relative is not None:
        right = relative.start()  # the dated relative clause after the act is a clause of its own
    if any(sentence_start + left <= a and b <= sentence_start + right for a, b in dates) or any(
            a < right and left < b for a, b in told) or any(a < sentence_start + right for a, _ in dates):
        return None  # a date in its clause or before its clause ends: the dated event tells it
    if _STEP_OF_THE_SAME_ACT_NEXT.match(text, right) or _LISTED_STEP.search(text, found.trigger_end - sentence_start, right):
        return None  # "The board suspended him within days and dismissed him on 3 February": one subject's
        # steps of one act, the dated one told last, which gold readers list as the one happening
    verb = present_of(found.trigger) or found.trigger
    if any(verb[:4].lower() in e.title.lower() for e in dated) or furniture.why(found.trigger_start, found.trigger_end) \
            or is_non_happening(title) or HABIT_WORDS.search(text, left, right):
        return None  # (nor a habit: "A presenter played the track every week for a month, and … in 1997")
    told.append((left, right))
    event = replace(undated_event(doc, sentence_start, sentence_end, found), title=title,
                    derivation=f"no date of its own: a past act told by its subject before a dated clause ({found.word})")
    own = [e for e in dated if e.sentence_start == sentence_start and e.begin is not None]
    if _BARE_AND_STEP.match(text, right) and len(dates) == 1 and len(own) == 1 and \
            not _RELATIVE_TIME.search(own[0].timex):
        # "The council inspected the site and suspended the blasting licence in June 2021": the opening
        # act of a bare "and" pair shares the sentence's one date, as a reader reads one day's two steps
        # (not a date told from another, "… and returned the next morning": the opening act was before it)
        return replace(event, begin=own[0].begin, end=own[0].end, certainty="inferred",
                       derivation=f"the time of {own[0].id}: an opening act joined to it by 'and' ({found.word})")
    return event


#: A bare "and" (no comma) right before the next step's past verb: one subject's two steps.
_BARE_AND_STEP = re.compile(rf"\s+and\s+(?:then\s+|later\s+)?(?:[a-z]{{3,}}ed|{PAST_FORMS})\b")
#: A date told from another time ("the next morning", "two days later", "a week after"): no shared day.
_RELATIVE_TIME = re.compile(r"(?i)\b(?:next|later|after|following|previous|before|earlier|since|until|by)\b")


def joined_undated(doc: Document, sentence_start: int, sentence_end: int, told: list[tuple[int, int]],
                    furniture: Furniture) -> list[Event]:
    """The happenings joined by "and" or listed with the happening of a sentence that has no date (see
    :func:`~explorer.events.joined_clauses.iter_joined_clauses`), outside the clauses that gave one already;
    ``told`` is extended in place."""
    text = doc.text[sentence_start:sentence_end]
    found_events = []
    for found, title in iter_joined_clauses(doc.text, sentence_start, sentence_end):
        at = found.trigger_start - sentence_start
        if _told_already(text, at, told) and not counted_passive_at(text, at) or furniture.why(found.trigger_start, found.trigger_end) \
                or is_non_happening(title) or _its_verb_told(at, found.trigger_end - sentence_start, told):
            continue
        # (its verb only: the clause of a listed act may run over the acts listed beside it, each a
        # happening of its own: "hired two apprentices, repainted the shop and donated …")
        told.append((at, found.trigger_end - sentence_start))
        found_events.append(replace(undated_event(doc, sentence_start, sentence_end, found), title=title,
                                    derivation=f"no date in the text: an act joined to the sentence's happening ({found.word})"))
    return found_events




_NOT_AN_ACT = re.compile(rf"(?:{NOT_HAPPENING_VERBS})$")


def opens_with_an_act(sentence: str) -> bool:
    """Whether a sentence's first past verb may tell an act: not a state, a saying or a seeming
    (:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS`: "Harlow looked rattled, and their coach
    later admitted …", "Vask was the younger son … and spent his youth …" tell no act first, and what is
    joined to them is more often a comment or a habit). A sentence told in the present has none. A
    perception of a sudden happening opens acts (:data:`_PERCEIVED`)."""
    first = PAST_VERB.search(sentence)
    return first is not None and (_NOT_AN_ACT.match(first.group()) is None or _PERCEIVED.match(sentence, first.start()) is not None)


#: A perception of something that happened, told before the act it led to: "heard the blast from his
#: office and led the first rescue party down the shaft", "spotted the smoke and raised the alarm": the
#: moment perceived opens a chain of acts (a view, "saw a rise in", or a saying is no such moment).
_PERCEIVED = re.compile(r"(?:heard|saw|spotted|noticed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                        r"(?:blast|explosion|bang|shots?|gunfire|screams?|shouts?|cries|crash|alarm|siren|smoke|flames?|"
                        r"fire|glow|light|flash|lights)\b")


def _its_verb_told(at: int, end: int, told: Sequence[tuple[int, int]]) -> bool:
    """Whether the verb from ``at`` to ``end`` is the very one a plain act was read by (its clause told up
    to that verb, :func:`up_to_verb`): "When the dam burst, the village priest, Father Ennis, rang the
    bell" read as a plain act and again as the main clause after "when" is one happening, not two."""
    return any(a <= at and b == end for a, b in told)


def _told_already(sentence: str, at: int, told: Sequence[tuple[int, int]]) -> bool:
    """Whether the verb at ``at`` stands in a clause that gave a happening already. A step of a chain
    whose opening verb stands in that clause is an act of its own even so ("Vask established a market at
    the ford and built the stone bridge": the founding, a notable occurrence, was read with its whole
    clause, which runs on over the building; see :mod:`explorer.events.act_series`)."""
    inside = [(a, b) for a, b in told if a <= at < b]
    if not inside:
        return False
    opening = opening_verb(sentence, at)
    return opening is None or not any(a <= opening[0] < b for a, b in inside)


def up_to_verb(clause: tuple[int, int], found: Occurrence, sentence_start: int) -> tuple[int, int]:
    """The part of a plain act's clause that tells it: from the clause's start to the act's verb. The
    acts listed after it with the same subject ("hired two apprentices, repainted the shop and donated
    …") are happenings of their own, which the whole clause would hide."""
    return clause[0], min(clause[1], found.trigger_end - sentence_start)


#: Before a chain's opening verb, what makes it no act of the sentence's own telling: a verb of saying
#: or a relative word ("The records show that …", "…, who walked the route and …").
_TOLD_BEFORE = re.compile(r"\b(?:who|which|whom|where|said|says|told|show|shows|showed|that)\b", re.IGNORECASE)
#: A stamp opening a log's line: a clock time or a day and month ("14:20", "4 January", "March 3").
#: (a month's name before the day, not any capitalised word: "On 3 May we drove …" opens no log's entry)
_STAMP = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+[A-Z][a-z]+|(?:" + alternatives(FULL_MONTHS) + r")\s+\d{1,2})\b")
#: "and" or "then" right before a step's verb (a bare comma may be an aside's: "the Greens, the second
#: partner, accused …"; a listed step is read by SERIES_STEP, which wants the list's "and" further on).
_AND_BEFORE_STEP = re.compile(r"\s(?:and|then)\s+(?:[a-z]+ly\s+|later\s+|also\s+|then\s+)?$")
#: Subjects that name no one who acts.
_NO_ONE = frozenset(("it", "this", "that", "there", "which", "who", "what"))


def under_a_log_stamp(text: str, sentence_start: int) -> bool:
    """Whether a sentence stands in a log's entry under its stamp, on the stamp's line ("4 January, 14:20.
    A walker slipped … Twelve team members reached her, splinted the leg and …"): the entry is one
    happening, told by its first sentence, whose other acts are no events of their own."""
    return _STAMP.match(text[text.rfind("\n", 0, sentence_start) + 1:sentence_start]) is not None


def chain_opening_act(text: str, sentence_start: int, sentence_end: int) -> tuple[Occurrence, str] | None:
    """The opening act of an undated sentence whose subject goes on to another act in a chain ("The
    foreman apologised, photographed the damage and …", "Companies bathed and drew new clothing", "Ames
    made peace with the hill people and opened a trading post"), with its title; None when the sentence
    holds no chain (see :mod:`explorer.events.act_series`). The plain-past rule
    (:func:`plain_past_clause`) reads an opening act only with an object and a verb that is seldom
    anything but an act; joined to a step of its own subject's, the opening verb is the chain's first
    step, whatever its complement or its verb ("made", "found", "reached" tell an act there)."""
    from explorer.events.tense import headline_tense
    from explorer.events.titles.finish import finish

    sentence = text[sentence_start:sentence_end]
    line = text[text.rfind("\n", 0, sentence_start) + 1:sentence_start]
    if holds_quote_mark(sentence) or inside_quotation(line) or under_a_log_stamp(text, sentence_start):
        # (a log's entry under its stamp, "4 January, 14:20. A walker slipped … Twelve team members reached
        # her, splinted the leg and …", is one happening, told by its first sentence)
        return None
    steps = {m.start("verb") for m in SERIES_STEP.finditer(sentence)}
    for found, _ in iter_joined_clauses(text, sentence_start, sentence_end):
        at = found.trigger_start - sentence_start
        if at not in steps and not _AND_BEFORE_STEP.search(sentence, 0, at):
            continue  # (a clause with a subject of its own, or an aside's comma: no step of a chain)
        opening = opening_verb(sentence, at)
        if opening is None:
            continue
        joint = sentence.rfind(" and ", 0, at)
        joint = max(joint, sentence.rfind(",", 0, at)) if joint < opening[1] else joint
        subject = subject_before(sentence, at) or subject_before(sentence, joint) or opening_subject(sentence, opening[0])
        before = sentence[:opening[0]].rstrip()
        if not subject or subject.split()[0].lower() in _NO_ONE or names_a_happening(subject) or not re.search(
                rf"{re.escape(subject)}(?:\s+[a-z]+ly|\s+then|\s+also|\s+first)?$", before) or \
                _TOLD_BEFORE.search(before[:len(before) - len(subject)]) and not before.startswith(subject):
            return None
        verb = sentence[opening[0]:opening[1]]
        if present_of(verb) is None:
            return None
        told = continuation(sentence, opening[1], max(joint, opening[1]))
        title = headline_tense(finish(f"{subject[:1].upper()}{subject[1:]} {verb} {told}".split()[:8], verb))
        return Occurrence(sentence_start + opening[0], sentence_start + opening[1], verb), title
    return None
