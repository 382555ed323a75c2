"""Which occurrence of an underspecified date is meant, given a reference day and a tense.

"December 26" or "Tuesday" names many days; these pure functions list the candidates around the
reference and pick one by tense, distance and how the expression was introduced ("last", "next",
"this"). They know nothing of the text: the resolver passes the reference and the tense in.
"""

from __future__ import annotations

from datetime import date, timedelta

from explorer.temporal.normalize import MAX_DAY, MIN_DAY, Spec, span_of, valid_day



def _longest_quarter() -> int:
    """Days in the longest quarter of the calendar (July-September and October-December: 92)."""
    spans = [span_of(Spec("Q", year=2001, quarter=q)) for q in (1, 2, 3, 4)]
    return max((b - a).days + 1 for a, b in filter(None, spans))


#: days after a quarter ends by which its results are out: reports come within some weeks of the end,
#: so a quarter ended longer ago than a quarter's length has nothing left to be told in the future.
#: The longest quarter's length, so that the quarter just ended stays this year's on every day of the
#: next one, up to its last (the third quarter, told on 31 December, ended 92 days before)
_RESULTS_LAG = _longest_quarter()


def span_distance(span: tuple[date, date], ref: date) -> int:
    """Days between ``ref`` and the nearest day of ``span`` (0 when the span holds it)."""
    a, b = span
    if a <= ref <= b:
        return 0
    return (a - ref).days if a > ref else (ref - b).days


def choose(options: list[tuple[Spec, tuple[date, date]]], ref: date, tense: str | None,
           rel: str | None, narrative: bool, ref_end: date | None = None,
           slack: int | None = None) -> tuple[Spec, tuple[date, date]] | None:
    """Pick the occurrence a tense (or "last"/"next"/"this") points at, relative to ``ref``.

    ``slack``: a verb that surely governs the date ("closed two plants in March", "will open in
    November") makes the tense decide alone: the occurrence on its side of the report, up to
    ``slack`` days over. Without it (None) a tense read from a verb further off is often the wrong
    verb's: the document's year is kept for a date up to a month on the other side.

    In a narrative ``ref``..``ref_end`` is the story's current time (a day, or all of "1944"): the
    nearest occurrence wins, one ahead of the story preferred to one behind it (stories move on,
    so a season narrated from December into May rolls over the new year)."""
    if not options:
        return None
    if rel in ("last", "past", "previous", "this past"):
        before = [o for o in options if o[1][1] < ref]
        return max(before, key=lambda o: o[1][0]) if before else options[0]
    if rel in ("next", "coming", "this coming"):
        after = [o for o in options if o[1][0] > ref]
        return min(after, key=lambda o: o[1][0]) if after else options[-1]
    if rel == "this":
        around = [o for o in options if o[1][0] <= ref <= o[1][1]]
        if around:
            return around[0]  # "this winter" written in January: the winter under way, not next December's
        same = [o for o in options if o[0].year == ref.year]
        if same and o_gran(same[0][0]) in ("M", "S", "Q", "H"):
            return same[0]  # "this September" is the document year's, even when it has passed
        return min(options, key=lambda o: span_distance(o[1], ref))
    if narrative:
        last = ref_end or ref

        def cost(o: tuple[Spec, tuple[date, date]]) -> int:
            a, b = o[1]
            if a <= last and ref <= b:
                return 0
            if a > last:
                return (a - last).days
            # behind the story: three times as far, and a year further when it leaves the story's year
            return 3 * (ref - b).days + (365 if b.year < ref.year else 0)
        return min(options, key=cost)
    if slack is not None and tense == "past":
        fit = [o for o in options if o[1][0] <= ref + timedelta(days=slack)]
        if fit:
            return max(fit, key=lambda o: o[1][0])
    if slack is not None and tense == "future":
        fit = [o for o in options if o[1][1] >= ref - timedelta(days=slack)]
        if fit:
            return min(fit, key=lambda o: o[1][0])
    same = [o for o in options if o[1][0].year == ref.year or o[1][1].year == ref.year]
    around = [o for o in same if o[1][0] <= ref <= o[1][1]]
    if around and tense is None:
        return around[0]  # "winter" on 22 December: the winter under way, not the one that ended in February
    if same:
        # news: the document's own year, unless the tense pushes it a year back or forward;
        # an unmarked date far ahead of the report is more likely last year's
        a, b = same[0][1]
        if tense == "past" and (a - ref).days > 30 or tense is None and (a - ref).days > 90:
            earlier = [o for o in options if o[1][1] < a]
            return max(earlier, key=lambda o: o[1][0]) if earlier else same[0]
        if tense == "future" and (ref - b).days > 30:
            later = [o for o in options if o[1][0] > b]
            return min(later, key=lambda o: o[1][0]) if later else same[0]
        return same[0]
    if tense != "future":
        before = [o for o in options if o[1][0] <= ref]
        if before:
            return max(before, key=lambda o: o[1][0])
    if tense == "future":
        after = [o for o in options if o[1][1] >= ref]
        if after:
            return min(after, key=lambda o: o[1][0])
    return min(options, key=lambda o: span_distance(o[1], ref))


def _day_of_month(spec: Spec, ref: date, tense: str | None) -> Spec | None:
    """ "on the 21st" with no month: that day of the reference's month or of the month next to it,
    the one the tense points at (a plan the coming one, a report the last one, else the nearest); in
    a story the first on or after the story's time."""
    opts = []
    for k in (-1, 0, 1):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        if 1 <= y <= 9999 and spec.day is not None and valid_day(y, mo + 1, spec.day):
            opts.append(date(y, mo + 1, spec.day))
    return _nearest_on_the_tense_side(spec, opts, ref, tense)


def _nearest_on_the_tense_side(spec: Spec, opts: list[date], ref: date, tense: str | None) -> Spec | None:
    """``spec`` in the year and month of the day of ``opts`` nearest ``ref`` on the side the tense
    points at (a plan on or after it, a report on or before it; either when none is there), a later
    day winning a tie."""
    if tense == "future":
        opts = [d for d in opts if d >= ref] or opts
    elif tense == "past":
        opts = [d for d in opts if d <= ref] or opts
    if not opts:
        return None
    d = min(opts, key=lambda d: (abs((d - ref).days), d < ref))
    return spec.with_(year=d.year, month=d.month)


def _weekday_and_day(spec: Spec, ref: date, tense: str | None) -> Spec | None:
    """ "Friday 20th", "sat the 14th": the month, of the year around the reference, whose day falls on
    that weekday, nearest on the tense's side (the weekday picks among the months a bare "the 20th"
    could mean)."""
    opts = []
    for k in range(-12, 13):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        if 1 <= y <= 9999 and spec.day is not None and valid_day(y, mo + 1, spec.day) \
                and date(y, mo + 1, spec.day).weekday() == spec.weekday:
            opts.append(date(y, mo + 1, spec.day))
    return _nearest_on_the_tense_side(spec, opts, ref, tense)


def o_gran(spec: Spec) -> str:
    return spec.gran


def resolve_under(spec: Spec, ref: date, tense: str | None, rel: str | None, narrative: bool,
                  strong_past: bool = False, ref_end: date | None = None,
                  strong_future: bool = False, in_month: bool = False, slack: int | None = None) -> Spec | None:
    """Fill in the year (or week) an underspecified spec leaves open.

    ``strong_past``: a past verb right next to the expression ("the year ended Jan. 31",
    "In January, the company brought in ...") keeps even a distant past reading; ``in_month``: the
    month follows "in"/"during", so a past verb anywhere in its clause keeps it behind the report."""
    if spec.gran == "D" and spec.month is None and spec.weekday is not None and spec.day is not None:
        return _weekday_and_day(spec, ref, "future" if narrative else tense)
    if spec.gran == "D" and spec.month is None and spec.weekday is not None:
        opts = []
        for k in range(-7, 8):
            if not MIN_DAY.toordinal() <= ref.toordinal() + k <= MAX_DAY.toordinal():
                continue  # the calendar's edge
            d = ref + timedelta(days=k)
            if d.weekday() == spec.weekday:
                opts.append((spec.with_(year=d.year, month=d.month, day=d.day), (d, d)))
        if rel is None and not narrative:
            # news: a bare weekday is within the week around the document date
            rng = range(0, 7) if tense == "future" else range(-6, 1)
            opts = [o for o in opts if (o[1][0] - ref).days in rng]
            return opts[0][0] if opts else None
        if rel is None and narrative:
            opts = [o for o in opts if 0 <= (o[1][0] - ref).days <= 6]
            return opts[0][0] if opts else None
        if rel == "this":
            iso = ref.isocalendar()
            opts = [o for o in opts if o[1][0].isocalendar()[:2] == iso[:2]]
            sure = tense == "past" and strong_past or tense == "future" and strong_future
            if opts and sure and (opts[0][1][0] - ref).days * (1 if tense == "future" else -1) < 0:
                # "met this Sunday" written on a Monday is the day before, "will vote this Monday"
                # written on a Tuesday the coming one: the week's day the verb right at it cannot
                # point at is the neighbouring week's (a reporting verb further off says nothing:
                # "said the finals are this Sat")
                d = opts[0][1][0] + timedelta(days=7 if tense == "future" else -7)
                return spec.with_(year=d.year, month=d.month, day=d.day)
            return opts[0][0] if opts else None
        picked = choose(opts, ref, tense, rel, narrative)
        return picked[0] if picked else None
    if spec.gran == "D" and spec.month is None and spec.weekday is None and spec.day is not None:
        return _day_of_month(spec, ref, "future" if narrative else tense)  # a story moves on
    if spec.gran == "D" and spec.weekday is not None and spec.month is not None and spec.day is not None and not rel:
        # "Sunday 30 June": the weekday names the year, of those around the reference
        fits = [y for y in (ref.year, ref.year + 1, ref.year - 1)
                if 1 <= y <= 9999 and valid_day(y, spec.month, spec.day) and date(y, spec.month, spec.day).weekday() == spec.weekday]
        if len(fits) == 1:
            return spec.with_(year=fits[0])
    if rel and rel.startswith("year"):
        off = {"year-1": -1, "year+1": 1}.get(rel, 0)
        return spec.with_(year=ref.year + off)
    opts = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not 1 <= y <= 9999:
            continue
        s = spec.with_(year=y)
        sp = span_of(s)
        if sp:
            opts.append((s, sp))
    if rel == "quarter":
        rel = None
        if not narrative and spec.gran in ("Q", "H"):
            # business news reports on quarters (and halves) of the document's year, usually just
            # ended; only a past-tense mention of one that has not begun yet is last year's, and a
            # future one of a period whose results are long out (ended over a quarter before the
            # report: "will reopen in the second quarter", told in October) next year's. The quarter
            # just ended stays this year's whatever the tense: its results are still to come
            # ("expects a loss in the third quarter", told in October)
            s = spec.with_(year=ref.year)
            sp = span_of(s)
            if sp and sp[0] > ref and tense == "past":
                return spec.with_(year=ref.year - 1)
            if sp and (ref - sp[1]).days > _RESULTS_LAG and tense == "future" and strong_future:
                return spec.with_(year=ref.year + 1)
            return s
    picked = choose(opts, ref, tense, rel, narrative, ref_end, slack=None if narrative or rel else slack)
    if picked and rel == "this" and not narrative:
        # "flooded twice this summer" written in January is the summer just gone, "will be finished
        # this summer" written on 30 December the coming one: a verb right at it decides the side
        if tense == "past" and strong_past and picked[1][0] > ref:
            picked = max((o for o in opts if o[1][1] < ref), key=lambda o: o[1][0], default=picked)
        elif tense == "future" and strong_future and picked[1][1] < ref:
            picked = min((o for o in opts if o[1][0] > ref), key=lambda o: o[1][0], default=picked)
    if picked and not narrative and rel is None and spec.gran in ("D", "M") and not strong_past \
            and not strong_future and slack is None:
        # news names a day or month without its year when it is near the report: a reading more
        # than half a year away loses to one within four months on the other side, whatever the
        # (often misread) tense says ("will succeed him Feb. 1" in October is next February)
        far = span_distance(picked[1], ref)
        if far > 183:
            near = [o for o in opts if span_distance(o[1], ref) <= 120 and not (in_month and _ahead_of_a_past(o[1], ref, tense))]
            if near:
                picked = min(near, key=lambda o: span_distance(o[1], ref))
    return picked[0] if picked else None


def _ahead_of_a_past(span: tuple[date, date], ref: date, tense: str | None) -> bool:
    """A month ahead of the report for a past verb ("stepped down in March" written in November).
    Not the mirror image: a future is misread far more often ("set in February, will stay in
    place", "had begun in March and expected to finish"), so a nearer past month still beats it."""
    return tense == "past" and span[0] > ref


def weekend_offset(dct: date, rel: str, tense: str | None, *, post: bool = False) -> int:
    """Which weekend, in ISO weeks from the document date's week.

    News reports what happened: "over the weekend" / "this weekend" without a future marker is the
    most recent weekend (on a Saturday or Sunday, the one under way); with a future tense or
    "coming" it is the next one. "last" is the one before the most recent, counted the same way
    as "last week" from a weekday, and "next" the one after the coming one.

    A ``post`` is written in the week it speaks of, not reporting it: with no tense its "the
    weekend" ("enjoy the weekend!", "best weekend to all", "long weekend yay") is the nearest one,
    the one just gone on a Monday or Tuesday ("recovering from the weekend"), from Wednesday on the
    one ahead."""
    if post and tense is None and rel == "the" and 2 <= dct.weekday() <= 4:
        tense = "future"
    on_weekend = dct.weekday() >= 5
    latest = 0 if on_weekend else -1  # the most recent weekend
    upcoming = 1 if on_weekend else 0  # the first weekend still ahead
    if rel == "this" and tense != "past":
        return 0 if on_weekend else upcoming  # "this weekend" said on a weekday is the coming one
    if rel in ("the", "this"):
        if tense == "future":
            return 0 if on_weekend else upcoming
        return latest if not on_weekend else 0
    if rel == "last":
        return -1
    if rel == "coming":
        return upcoming
    if rel == "next":
        return upcoming if on_weekend else 1
    return 0
