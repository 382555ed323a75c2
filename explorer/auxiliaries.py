"""English auxiliaries and modals, the closed class of verbs many rules look for beside a subject.

They stand outside every room (documents, the tagger, events and entities all read them) so that each
rule's list is built from these sets plus the words it adds for a reason of its own, never spelled
out again.
"""

from __future__ import annotations

#: The finite forms of "be": a clause's verb on their own ("was crushed", "are").
FINITE_BE = frozenset("is are was were".split())
#: "be" with its bare form and participles, which need a finite verb before them ("has been").
BE_FORMS = FINITE_BE | frozenset("be been being".split())
HAVE_FORMS = frozenset("has have had".split())
DO_FORMS = frozenset("do does did".split())
MODALS = frozenset("will would can could may might must shall should".split())
#: Words that are a clause's finite verb whatever follows them: "The roof | was", "profits | would".
FINITE_AUXILIARIES = FINITE_BE | HAVE_FORMS | MODALS
