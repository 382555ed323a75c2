"""Short event titles built from the event's sentence by general rules.

A title should say what happened in a few words ("Suleimani visits Moscow"). We take the clause that
holds the date expression, drop the expression with its preposition, the framing around the clause
("According to …,", "It should be noted that …") and asides (appositives, parentheses), turn a
nominal event ("the visit of X to Y", "X's visit to Y") into a verb phrase, and keep the first few
words from the subject on. Nothing here knows any particular name, place or date.

The package holds one step of that per module, lower steps first (a module imports only those
above it in this list):

* :mod:`~explorer.events.titles.words`: word lists and patterns the steps share (``MAX_WORDS``);
* :mod:`~explorer.events.titles.finish`: where the verb is, the cut and the headline tense;
* :mod:`~explorer.events.titles.without_dates`: the event's date and the other dates taken out;
* :mod:`~explorer.events.titles.pronouns`: whom "he", "she" or "it" stands for;
* :mod:`~explorer.events.titles.subjects`: who acted (nominal events, passives, asides after a subject);
* :mod:`~explorer.events.titles.clause_choice`: which clause tells the dated happening;
* :mod:`~explorer.events.titles.framed_clauses`, :mod:`~explorer.events.titles.noun_clauses`: a clause
  told inside another ("when", "that", a report) or of the noun before it (a participle, a relative);
* :mod:`~explorer.events.titles.make`: :func:`make_title`, the steps in order and their fallbacks.

Beside them, rules for one kind each: ``said`` (a told clause), ``antecedents`` ("they"/"it" named),
``asides_of`` (relative clauses with their own doer), ``counts`` ("the three"), ``dashes`` (dashed
asides), ``length`` (fitting a long title), ``long_subjects`` (a past after a subject too long for the headline
tense, put in the present from the subject's head), ``shared_subjects`` (a title opening on the verb
after "and" takes the subject it shares), ``phrases`` (phrases kept whole), ``pointers``
(demonstratives), ``relatives`` (a subject's own clause), ``relative_pronouns`` ("…, which it bought":
the pronoun is the clause's subject), ``second_predicates`` (a predicate after "and"/"but" in the
headline's present too), ``perfects`` (the last pass: a present perfect in a headline's present), ``plural_openers`` (after it: a capitalised plural common noun's
verb in the plural, told from a name by the document's own words).
"""

from explorer.events.titles.make import make_title

__all__ = ["make_title"]
