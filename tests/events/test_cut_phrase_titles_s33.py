"""Titles whose cut fell inside a noun phrase are made whole from their sentence (session 33).

Seen on real no-date folders: "… sends his forces into the small", "… to menace Sherman's", "…
the creation of a new", "… shipping off", "… issues a “letter", "… agree to form". Own sentences
for each kind, and near misses whose last words already end a phrase.
"""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.cut_phrases import whole_last_phrase


@pytest.mark.parametrize("title, sentence, wanted", [
    # a possessive left without the noun it owns
    ("The mayor visits the harbour to inspect the ferry company's",
     "The mayor visited the harbour to inspect the ferry company's new berths and met the crews.",
     "The mayor visits the harbour to inspect the ferry company's new berths"),
    # a determiner or a modifier after one, left without its noun
    ("The board approves the purchase of a new",
     "The board approved the purchase of a new tractor for the farm school.",
     "The board approves the purchase of a new tractor"),
    ("The miller spends four thousand pounds on this",
     "The miller spent four thousand pounds on this wheel, which turned for a century.",
     "The miller spends four thousand pounds on this wheel"),
    ("The widow sells the portrait of her",
     "The widow sold the portrait of her husband, the painter, to a dealer.",
     "The widow sells the portrait of her husband"),
    # an infinitive whose object the cut left out
    ("The rebels agree to sign",
     "The rebels agreed to sign a new peace accord in the capital.",
     "The rebels agree to sign a new peace accord"),
    ("The town council votes to shore up its",
     "The town council voted to shore up its sea wall before the winter storms.",
     "The town council votes to shore up its sea wall"),
    # a preposition that ends phrasal verbs, here before its object
    ("The trawlers fish off",
     "Last spring the trawlers fished off the northern coast for weeks.",
     "The trawlers fish off the northern coast"),
    # a name used as a modifier, its one noun after it
    ("The fleet patrols the waters off the Northern Cape",
     "The fleet patrolled the waters off the Northern Cape coast.",
     "The fleet patrols the waters off the Northern Cape coast"),
    # a quotation closed a few words on
    ("The author publishes a \"diary",
     "The author published a \"diary from prison\" that sold widely.",
     "The author publishes a “diary from prison”"),
    # a modifier before a comma: the headless phrase is taken off
    ("The army moves its guns into the small",
     "The army moved its guns into the small, walled town by night.",
     "The army moves its guns"),
])
def test_cut_phrase_made_whole(title, sentence, wanted):
    assert whole_last_phrase(title, sentence) == wanted


@pytest.mark.parametrize("title, sentence", [
    # the last words end a phrase already
    ("A court case blocks the trial", "A court case blocked the trial of two suspects in 1999."),
    ("The Germans launch an offensive", "The Germans launched an offensive against the port."),
    ("The editor says", "The editor said in an editorial that the plan was flawed."),
    ("The talks break off", "The talks broke off at noon on the second day."),
    ("The minister is forced to resign", "The minister was forced to resign in 1990."),
    ("The navy orders 36 F-16's", "The navy ordered 36 F-16's, its largest purchase."),
    ("Prices remain “about the same”", "Prices remained \"about the same\", the survey found."),
    ("The troops hold the East", "The troops held the East sufficient to deter an attack."),
    ("The scouts are sent to attack", "The scouts were sent to attack."),
    # too long to take on: an infinitive stays as it was
    ("The union tells its members to reject",
     "The union told its members to reject the management's revised and much reduced final pay offer of last week."),
    # the title's last words stand twice in the sentence: no telling which
    ("The club buys a new", "The club bought a new bus and a new kit."),
])
def test_whole_phrase_left_alone(title, sentence):
    assert whole_last_phrase(title, sentence) == title


def test_date_never_taken_into_the_title():
    sentence = "The mayor agreed to open on 4 May a new library."
    start = sentence.index("4 May")
    assert whole_last_phrase("The mayor agrees to open", sentence, [(start, start + len("4 May"))]) == "The mayor agrees to open"


def test_make_title_keeps_a_name_modifier_whole():
    sentence = "Exploiting the fog, the raiders attacked merchant shipping off the Western Isles coast in 1941."
    start = sentence.index("1941")
    title = make_title(sentence, start, start + 4)
    assert not title.endswith("Isles"), title


@pytest.mark.parametrize("sentence, date, wanted", [
    # an opening phrase with no date tells no one's act: the clause it leads into is the happening
    ("Tired of waiting for the council, the villagers repaired the bridge themselves on Saturday.", "Saturday",
     "The villagers repair the bridge themselves"),
    ("Not wanting to pay the fine, the owner closed the mill in 1904.", "1904", "The owner closes the mill"),
    ("LEEDS (AP)_ Tired of the delays, the club's owner is selling the ground, he said on Monday.", "",
     "The club's owner is selling the ground"),
])
def test_an_opening_phrase_without_the_date_is_no_title(sentence, date, wanted):
    at = sentence.index(date) if date else 0
    assert make_title(sentence, at, at + len(date)) == wanted


def test_an_opening_phrase_with_the_date_keeps_its_reading():
    # the dated act is the phrase's own ("Having crossed …"), told with the clause's subject
    sentence = "Having crossed the river in May 1644, the duke's army camped outside the town."
    at = sentence.index("May 1644")
    assert make_title(sentence, at, at + len("May 1644")) == "The duke's army crosses the river"


def test_a_title_never_ends_on_but():
    sentence = ("On 5 July 1950, the task force attacked the enemy at the river but without heavy weapons "
                "capable of stopping the tanks, they were unsuccessful.")
    assert make_title(sentence, 3, 14) == "The task force attacks the enemy at the river"
    # "all but" inside a title stays
    sentence = "The column was all but destroyed in 1942."
    at = sentence.index("1942")
    assert make_title(sentence, at, at + 4) == "The column is all but destroyed"
