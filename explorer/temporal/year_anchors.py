"""Years: which year a yearless month, season, holiday or "that year" is in.

The writer's year, the year last told, a year before Christ (which ``date`` cannot hold) and the
year of a holiday are each decided by their own rule; the resolver asks these.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.temporal.anchor_context import in_closed_relative_clause, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.lunar_feasts import FEASTS, feast_days, feast_last_day
from explorer.temporal.normalize import HOLIDAY_WEEK, MAX_DAY, MIN_DAY, Spec, holiday_date, season_step, span_of, spec_of_day, value_of
from explorer.temporal.occurrence import choose, resolve_under, span_distance
from explorer.temporal.resolver_state import STORY_BC, ResolverState, timex
from explorer.temporal.occasions import occasion_tense
from explorer.temporal.clause_direction import adjacent_past, plainly_future
from explorer.temporal.tense import tense_at
from explorer.temporal.tense_markers import HAD_DONE
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


def _holiday_spec(d: date, key: str) -> Spec:
    """The holiday's day, or for a key of ``HOLIDAY_WEEK`` ("Easter week") the ISO week it falls in."""
    return spec_of_day(d, "W" if key.endswith(HOLIDAY_WEEK) else "D")


def _observed(t: Timex, key: str) -> Timex:
    """``t`` with the days a feast is kept: Ramadan its month, Hanukkah and Passover their eight days
    (lunar_feasts.py), the others a day."""
    if key not in FEASTS or not isinstance(t.begin, date):
        return t
    return replace(t, end_day=feast_last_day(key, t.begin))


# a fixture's verb in the present right before a holiday: "opens on Halloween", "resumes after Easter"
SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:opens|reopens|begins|starts|resumes|ends|closes|returns|kicks\s+off|takes\s+place|goes\s+on\s+sale)"
    r"\s+(?:on|at|for|after|before|over)?\s*$")

#: the holiday as the subject of its own fixture in the present: "Ramadan begins on Monday",
#: "Hanukkah starts at sundown": the present looks ahead, to the occurrence on the page's side
_FIXTURE_VERB_AFTER = re.compile(r"[ \t]+(?:begins|starts|falls|ends|runs|opens|kicks\s+off)\b")

#: "that" right before a holiday's name: "That Christmas", "that Easter"
#: (at a sentence's head, after a comma, "and" or a preposition: not the "that" of "said that")
THAT_BEFORE = re.compile(
    r"(?i)(?:^|[.!?]\s+|[,;]\s*|\b(?:and|but|then|in|on|by|until|over|for|at|of|after|before)\s+)that\s+$")

#: a participle that dates a record or a find, just before its date: "letters found in 1887",
#: "a map drawn in 1702", "photographs published in 1958" (the record's date, not the story's time)
_RECORD_DATED = re.compile(
    r"(?i)\b(?:found|discovered|unearthed|excavated|published|printed|reprinted|written|recorded|dated|"
    r"released|declassified|drawn|painted|photographed|filmed|compiled|catalogued|cataloged)\s+(?:in|on)\s+$")

#: a year counted from the story's said right after a yearless feast or day: "Martinmas the same year",
#: "at Whitsun the following year", "on 3 May the year after" (the step, in years)
_STORY_YEAR_AFTER = re.compile(
    r"(?i),?[ \t]+(?:(the[ \t]+same|that)|the[ \t]+(?:following|next)|the[ \t]+(?:previous|preceding))[ \t]+year\b"
    r"|[ \t]+the[ \t]+year[ \t]+(after|before)\b")
#: the derivation of a date read in the story's year said after it (its year expression says the same)
YEAR_SAID_AFTER_IT = "in the year said after it"


def story_year_said_after(text: str, c: Cand) -> int | None:
    """The step in years ("the same year" 0, "the following year" +1, "the previous year" -1) said
    right after ``c``, when ``c`` is a yearless day, month, season or feast with no "last"/"next"."""
    spec = c.spec
    if c.kind != "under" or spec is None or spec.year is not None or c.rel is not None or c.list_head is not None \
            or spec.gran not in ("D", "M", "S") or spec.weekday is not None and spec.month is None:
        return None
    m = _STORY_YEAR_AFTER.match(text, c.end)
    if m is None:
        return None
    words = m.group(0).lower()
    return 0 if m.group(1) else -1 if "previous" in words or "preceding" in words or m.group(2) == "before" else 1


#: an offset counted from a time told ("a decade later", "two years earlier") ends in its direction word
_COUNTED_FROM = re.compile(r"(?i)\b(?:later|earlier|before|after|ago|since|previously|hence)\s*$")


#: two years after 1 with no leap day, standing in for a BC year and the one after it (``date`` has none)
_PROXY_YEARS = (2001, 2002)


def _bc_year_on(story: Spec, spec: Spec) -> int:
    """The BC year of a yearless month, season or day told while a BC story stands at ``story``: the
    story's year, or the next one (one less, BC years count down) when the story is at a season or
    a month and this one lies ahead of it across the new year, chosen as a story after year 1 chooses
    (:func:`occurrence.choose`: ahead preferred, behind only when near). WHY: "In the autumn of 481 BC
    the army gathered ... In spring it marched" is the spring of 480 BC, as WikiWars writes it; the
    story's year put it six months before the autumn. A winter is its genre's label (winter_labels.py)."""
    assert story.year is not None
    if story.gran not in ("S", "M", "D") or spec.season == "WI" or story.year <= 1:
        return story.year
    now = span_of(story.with_(year=_PROXY_YEARS[0], bc=False))
    if now is None:
        return story.year
    options = [(spec.with_(year=y, bc=False), span_of(spec.with_(year=y, bc=False))) for y in _PROXY_YEARS]
    picked = choose([(o, sp) for o, sp in options if sp is not None], now[0], None, None, True, now[1])
    return story.year - 1 if picked is not None and picked[0].year == _PROXY_YEARS[1] else story.year


class YearAnchors(ResolverState):
    """Anchoring rules that give a yearless date its year: the writer's year, "that year",
    a holiday's year, a year before Christ."""

    def _writers_year(self, c: Cand) -> Timex:
        """ "January this year", "June last year", "the first half of next year": deictic, so in news
        counted from the document's date (undated, hanging on the document, while that is unknown),
        never from the last date the article named; in a narrative from the story's current year."""
        ctx = self.ctx
        assert c.spec is not None and c.rel is not None
        story = self._story_span()
        if ctx.narrative and story is not None:
            spec = resolve_under(c.spec, story[0], None, c.rel, True)
            prev = self.out[self.last_dated or 0]
            return timex(ctx, c, spec, "inferred", f"story year {prev.value} + {c.rel}", anchor=self.last_dated)
        if ctx.dct is None:
            return timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR, value=value_of(c.spec))
        spec = resolve_under(c.spec, ctx.dct, None, c.rel, False)
        return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} + {c.rel}")

    def _aside_passed_over(self, mentioned: int | None, c: Cand) -> int | None:
        """What "that autumn", "that May" at the head of a later sentence points to: the story's time
        when the last date named was an aside of an earlier sentence ("Letters found in 1887
        describe the relief. That autumn the league signed a truce": the autumn of the siege, not of
        1887), as yearless dates already skip such asides; within the aside's own sentence it is the
        date just named, unless that stands in a relative clause closed before it ("Old Bram, who had
        planted the orchard in 1961, died that winter": the story's winter, not 1961's)."""
        story = self.last_dated
        if mentioned is None or story is None or story >= mentioned:
            return mentioned
        ctx = self.ctx
        said = self.out[mentioned]
        sa = sentence_of(ctx, said.start)[0]
        if not re.match(r"(?i)that\b", c_text := ctx.text[c.start:c.end]) or "year" in c_text.lower():
            return mentioned  # "May of that year", "that year": the year just named
        here = sentence_of(ctx, c.start)[0]
        if said.start >= here:
            return story if in_closed_relative_clause(ctx.text, here, said.start, said.end, c.start) else mentioned
        if not _RECORD_DATED.search(ctx.text[sa:said.start][-40:]) and not HAD_DONE.search(ctx.text, sa, said.start):
            # "He was born in 1950. That spring ...": a life's date may be the time meant; not a look
            # back the story's time stayed behind ("found in September 2018 that sewage had been
            # released ... the year before. She drafted a bill that winter": the winter of 2018)
            return mentioned
        return story

    def _that_year(self, c: Cand) -> Timex:
        """ "3 May of that year", "October of the same year": the year of the date just named,
        in news as in a story (with none named, the document's); "the spring of the following year"
        (``c.n``, one year on or back) the year after or before it."""
        assert c.spec is not None
        step = int(c.n or 0)
        which = self._aside_passed_over(self.last_mentioned, c)
        if which is not None and self._writers_own_day(which):
            which = self._year_told_before(which)  # "that summer" after "she said on Wednesday"
        named = self.out[which] if which is not None else None
        if named is not None and named.begin is not None and isinstance(named.begin, date):
            if step and not MIN_DAY.year <= named.begin.year + step <= MAX_DAY.year:
                return timex(self.ctx, c, None, "undated", "beyond the calendar (years 1-9999)", value=value_of(c.spec))
            return timex(self.ctx, c, c.spec.with_(year=named.begin.year + step), "inferred",
                          f"year of {named.value}" + (f" {step:+d} year" if step else ""), anchor=which)
        if self.bc_point is not None:
            index, story = self.bc_point
            return timex(self.ctx, c, c.spec.with_(year=story.year, bc=True), "inferred",
                          f"{STORY_BC} {value_of(story)}", anchor=index)
        if self.ctx.dct is None:
            return timex(self.ctx, c, None, "undated", "no year named", DOCUMENT_ANCHOR, value=value_of(c.spec))
        return timex(self.ctx, c, c.spec.with_(year=self.ctx.dct.year + step), self._dct_certainty(),
                      f"document date {self.ctx.dct.isoformat()}" + (f" {step:+d} year" if step else ""))

    def _in_the_year_said_after(self, c: Cand, step: int) -> Timex | None:
        """ "Martinmas the same year", "at Easter the following year": the feast or day in the year
        counted from the date just told, as "the spring of the following year" is; read without it,
        the feast fell in the story's year and the year after it one year too late."""
        year = self._that_year(replace(c, spec=Spec("Y"), value=None, n=step))
        if not isinstance(year.begin, date) or year.certainty == "undated" or year.anchor is None:
            return None
        if c.value and c.value.startswith("HOLIDAY:"):
            held = self._holiday_of_year(c, c.value.split(":", 1)[1], year)
            return None if held is None else replace(held, derivation=f"{held.derivation}, {YEAR_SAID_AFTER_IT}")
        assert c.spec is not None
        return timex(self.ctx, c, c.spec.with_(year=year.begin.year), "inferred",
                     f"{year.derivation}, {YEAR_SAID_AFTER_IT}", anchor=year.anchor)

    def _bc_story(self, c: Cand) -> Timex | None:
        """ "the winter", "in June" told after "479 BC" (and no later dated point): that year's,
        as the story's time. The calendar days are added with the stated year's (``tagger``)."""
        if self.bc_point is None:
            return None
        index, story = self.bc_point
        ctx = self.ctx
        if not ctx.narrative and ctx.dct is not None:
            # in news only "that summer" or the stated year's own sentence hang on it
            same_sentence = self.out[index].start >= sentence_of(ctx, c.start)[0]
            if not (same_sentence or re.match(r"(?i)that\b", ctx.text[c.start:c.start + 5])):
                return None
        spec = c.spec
        assert spec is not None and story.year is not None
        if spec.year is not None or spec.gran not in ("S", "M", "D") or spec.weekday is not None and spec.month is None:
            return None
        if self.last_dated is not None and self.last_dated > index:
            return None  # the story has moved to a dated point since
        return timex(self.ctx, c, spec.with_(year=_bc_year_on(story, spec), bc=True), "inferred",
                      f"{STORY_BC} {value_of(story)}", anchor=index)

    def _holiday_in_writers_year(self, c: Cand, key: str) -> Timex:
        """A movable holiday with "last/this/next year" after it ("Thanksgiving last year"): its day
        in the year that names, counted as :meth:`_writers_year` counts it."""
        year = self._writers_year(replace(c, spec=Spec("Y"), value=None))
        if not isinstance(year.begin, date) or year.certainty == "undated":
            return timex(self.ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR, value="XXXX-XX-XX")
        held = self._holiday_of_year(c, key, year)
        return held or timex(self.ctx, c, None, "undated", "no calendar for that year", value="XXXX-XX-XX")

    def _holiday_of_year(self, c: Cand, key: str, year: Timex) -> Timex | None:
        """The holiday ``key`` in the year a year expression read (the writer's "last year", the
        story's "that year"), as certain as that reading and anchored where it is."""
        assert isinstance(year.begin, date)
        return self._holiday_in(c, key, year.begin.year, year.certainty, f"holiday {key}, {year.derivation}", year.anchor)

    def _holiday_in(self, c: Cand, key: str, year: int, certainty: str, derivation: str,
                    anchor: int | None = None) -> Timex | None:
        """The holiday ``key`` in ``year`` (stated, "Easter 2019"; the writer's "last year"; the story's
        "that year"), kept for all its days as every other reading of a holiday is ("That Hanukkah" is
        its eight days, "Ramadan last year" its month); None when the calendar has no day for it then.
        WHY one helper: each path read the day alone and lost the feast's span."""
        d = holiday_date(key, year)
        if d is None:
            return None
        return _observed(timex(self.ctx, c, _holiday_spec(d, key), certainty, derivation, anchor=anchor), key)

    def _holiday(self, c: Cand, key: str) -> Timex:
        """A movable holiday ("Thanksgiving", "Election Day"): its day in the stated year, or in
        the year the tense points at, chosen among the occurrences around the reference date."""
        ctx = self.ctx
        assert c.spec is not None
        undated = "XXXX-XX-XX"
        if c.spec.year is not None:
            held = self._holiday_in(c, key, c.spec.year, "exact", f"holiday {key} {c.spec.year}")
            if held is not None:
                return held
            if 1 <= c.spec.year <= 9999:
                # "Diwali 1921": a feast outside its table's years is still in the year said; so is
                # "Easter 1112" in a chronicle, before the Gregorian reckoning the calendar computes
                return timex(ctx, c, Spec("Y", year=c.spec.year), "exact", f"holiday {key} {c.spec.year}, no day known for that year")
            return timex(ctx, c, None, "undated", "no calendar for that year", value=undated)
        if THAT_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
            # "In 2019 they moved. That Christmas they opened the bakery": the holiday of the year
            # just told, as "that summer" is (never the writer's "this Christmas")
            year = self._that_year(replace(c, spec=Spec("Y"), value=None))
            if isinstance(year.begin, date) and year.certainty != "undated" and year.anchor is not None:
                held = self._holiday_of_year(c, key, year)
                if held is not None:
                    return held
        ref, how, narr = self._reference(c)
        if ref is None:
            return timex(ctx, c, None, "undated", "no reference date", DOCUMENT_ANCHOR, value=undated)
        tense = tense_at(ctx, c.start)
        if tense is None and (SCHEDULE_VERB_BEFORE.search(ctx.text[max(0, c.start - 30):c.start])
                              or _FIXTURE_VERB_AFTER.match(ctx.text, c.end)):
            tense = "future"  # "the haunted house opens on Halloween", "Ramadan begins": a fixture told in the present
        opts = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            # (an Islamic feast may fall twice in one year: each is an occasion)
            for d in feast_days(key, y) if key in FEASTS else filter(None, [holiday_date(key, y)]):
                spec = _holiday_spec(d, key)
                span = span_of(spec) or (d, d)  # a holiday's week spans its seven days
                opts.append((spec, (span[0], feast_last_day(key, d)) if key in FEASTS else span))
        narrative = ctx.narrative or narr
        occasion = occasion_tense(ctx.text, c.start, c.end) if not narrative and c.rel is None else None
        # (an occasion under way on the report's day, "Ramadan" on its tenth day, has begun: told in the
        # past, it is that one, not last year's; told in the future it has not ended, so it is that one,
        # not next year's: "the Hanukkah lights will be lit each night" on its fourth day)
        side = [o for o in opts if (o[1][0] <= ref if occasion == "past" else o[1][1] >= ref)] if occasion else []
        if side:
            # "the Easter parade drew large crowds": the occasion's own verb says which side of the
            # report, as a verb right at a weekday does (occasions.py)
            picked = min(side, key=lambda o: span_distance(o[1], ref))
            return _observed(timex(ctx, c, picked[0], self._cert_for(narr), f"holiday {key}, {how} + {occasion} occasion"),
                             key)
        # a verb right at the holiday ("marched on Good Friday", "will march on Labor Day") decides
        # its side of the report, as it does for a month-day; a verb further off may be another's
        sure = not narrative and c.rel is None and (
            tense == "past" and adjacent_past(ctx, c.start, c.end)
            or tense == "future" and (plainly_future(ctx, c.start) or _FIXTURE_VERB_AFTER.match(ctx.text, c.end) is not None))
        picked = choose(opts, ref, tense, c.rel, narrative, self._story_end() if narr else None,
                        slack=0 if sure else None)
        if picked and not narrative and c.rel is None and not sure and span_distance(picked[1], ref) > 183:
            # with no tense at all ("Palm Sunday: procession from the hall", a calendar's line), the
            # nearer of the two sides is meant, however far within half a year; a tense that reaches
            # no further than its clause still wants the other side clearly near
            near = [o for o in opts if span_distance(o[1], ref) <= (183 if tense is None else 120)]
            if near:
                picked = min(near, key=lambda o: span_distance(o[1], ref))
        if picked is None and not opts and key in FEASTS:
            # a feast the table has no day for around the reference ("Diwali" in a 1920s story): its year
            return timex(ctx, c, Spec("Y", year=ref.year), self._cert_for(narr), f"holiday {key}, {how}, no day known for that year",
                          anchor=self.last_dated if narr else None)
        if picked is None:
            return timex(ctx, c, None, "undated", "no consistent reading", value=undated)
        if self._done_after_the_page(c, picked[1][0], tense, narrative):
            # "issued 1 October 2025 … was pulled down over the Easter holidays": the Easter behind the page
            picked = max((o for o in opts if o[1][0] <= ctx.dct), key=lambda o: o[1][0], default=picked)  # type: ignore[operator]
        return _observed(timex(ctx, c, picked[0], self._cert_for(narr), f"holiday {key}, {how} + {c.rel or tense}",
                                anchor=self.last_dated if narr else None), key)

    def _bc_offset(self, c: Cand, anchor: int | None) -> Timex | None:
        """ "The following year", "a decade earlier", "two years later" told after "492 BC" (and no
        later dated point): years counted on the story's BC year, which ``date`` cannot hold. BC years
        run down, so a year later is one less ("491 BC"); the calendar days are added with the
        stated year's (``tagger``)."""
        if self.bc_point is None or c.unit not in ("Y", "DE", "CE", "S") or not c.n or c.type != "DATE":
            return None
        index, story = self.bc_point
        if anchor is not None and anchor > index or story.year is None or story.gran not in ("Y", "S", "M", "D"):
            return None
        if c.unit == "S":
            return self._bc_season_step(c, index, story)
        # "a decade later" counts ten years from the story's year; "the following decade", "the previous
        # century" name the whole unit next to the one the story is in (no direction word ends them)
        whole = not _COUNTED_FROM.search(self.ctx.text, c.start, c.end)
        if c.unit == "CE" and not whole:
            return None
        years = int(c.n) * {"Y": 1, "DE": 10, "CE": 100}[c.unit]
        year = story.year - years  # story.year counts BC years: 492 BC is 492
        if year < 1 or year > 9999:
            return None  # into the years AD or out of the calendar: left to the rules that read those
        if whole and c.unit == "DE":
            spec = Spec("DE", decade=year // 10, bc=True)  # the 480s BC: BC048
        elif whole and c.unit == "CE":
            spec = Spec("CE", century=year // 100, bc=True)  # the 5th century BC (400-499 BC): BC04
        else:
            spec = Spec("Y", year=year, bc=True)
        return timex(self.ctx, c, spec, "inferred", f"{STORY_BC} {value_of(story)} {years:+d} years", anchor=index)

    def _bc_season_step(self, c: Cand, index: int, story: Spec) -> Timex | None:
        """ "The following spring" after "407 BC": a season counted on the story's BC year as after a
        year AD (the next year's spring, 406 BC; after "the summer of 407 BC" the first one after it)."""
        if c.value not in ("SP", "SU", "FA", "WI") or story.year is None:
            return None
        n = int(c.n or 0)
        if story.gran == "S" and story.season is not None:
            # season_step counts in astronomical years (1 BC is year 0), which run up as BC years run down
            step = season_step(Spec("S", year=1 - story.year, season=story.season), c.value, n)
            assert step.year is not None
            year = 1 - step.year
        else:
            year = story.year - n
        if not 1 <= year <= 9999:
            return None
        return timex(self.ctx, c, Spec("S", year=year, season=c.value, bc=True), "inferred",
                     f"{STORY_BC} {value_of(story)} {n:+d} {c.value}", anchor=index)

    def _writers_own_day(self, i: int) -> bool:
        """Whether expression ``i`` is a day counted from the document date, the day the words were
        written or said ("on Wednesday, she said", "told reporters yesterday"). "That year" or
        "that summer" after it points past it: "that" is the year of the story being told, never the
        writer's present year (which would be "this year")."""
        ci = self.cands[i]
        if self.ctx.dct is None or self.ctx.narrative or not isinstance(self.out[i].begin, date):
            return False
        if ci.kind == "dct":
            return ci.unit == "D"
        return ci.kind == "under" and ci.spec is not None and ci.spec.weekday is not None and ci.spec.month is None

    def _year_told_before(self, i: int) -> int | None:
        """The last expression before ``i`` that states a year other than the document's own (as an
        index into ``out``), or None: the year a "that year" after the writer's day goes back to."""
        dct = self.ctx.dct
        for j in range(i - 1, -1, -1):
            cj, tj = self.cands[j], self.out[j]
            if cj.kind == "abs" and cj.spec is not None and cj.spec.year is not None and cj.spec.gran not in ("DE", "CE") \
                    and isinstance(tj.begin, date) and dct is not None and tj.begin.year != dct.year:
                return j
        return None
