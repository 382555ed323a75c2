"""Four pages of our own in kinds a club, an association or a family keeps (session 51, h51r,
``own_texts_s51r``: a gliding club's season log, a beekeepers' association newsletter, a mountain rescue
team's annual report and a grandmother's oral history transcript; 311–320 words, invented names, written
before the extractor was run on them and read, as a dropped folder is, with no document date given). Each
keeps the happenings a reader would list, among them those this session's changes read: a clause of its own
after a bare "and" ("Joan Hale stood down … in September and Kevin Orme took over the accounts", "Graham
Firth retired in March and his deputy, Catriona Bell, took charge of the team"; joined_clauses.
_OWN_SUBJECT_NO_COMMA) and a count opening a dated sentence told as no title ("Ten years after the
Beinn Ruadh avalanche the team held a memorial walk on 14 February": 'The team holds a memorial walk').

Happenings still missed on these pages (found, not fixed): an opening act before ", and" and a clause of
its own when neither is dated ("Alan Brack presented the trophies, and Priya Doshi won the cup": only the
cup; "Gwen Pardoe won the dark honey class …, and young Sam Lacey took first prize": neither; "The
coastguard helicopter winched one of them off at first light, and our team lowered the second": only the
lowering); a second act after "and" whose own clause holds a relative date ("The engine failed on 5 July
and Dave Pruett rebuilt the gearbox … over the following fortnight": one event titled with both); an act
after a semicolon ("…; a dog handler found her in a bothy"); "the kiln chimney came down across our yard"
and "the new owners put in machines" (a particle verb after a bare "and"); "Ted asked me for a waltz and
trod on my foot"; "Eight years after the hangar fire the club finally finished paying for the new hangar"
(no act read in "finished paying"). Dates found wrong: a count opening a sentence with a day of its own
("Ten years after the … avalanche the team held a memorial walk on 14 February" dated by the story's time,
2026, not counted from the avalanche, which the page does not date); an annual report's months after its
December taken into the next year ("retired in March" after "On 28 December", 2025 in a report of 2024); "The
winter lecture will be held on 22 January" dated by "The winter". Titles found wrong: "Three weeks later she
completed her Bronze badge" titled "April Priya Doshi completes …"; "We were sad to hear that Frank Ellery
died in April" titled "Frank Ellery dies hear"; "He came home on leave that Christmas" given the speaker,
"Edith Carrow", not her brother Jim; "our sponsored hill race" read as "our sponsors hill race"; "At the
Whitsun dance in 1952" titled "Edith Carrow: At the dance".
"""

from __future__ import annotations

from pathlib import Path

from tests.events.own_pages import Reader, reader_tests

_PAGES = Path(__file__).parent / "own_texts_s51r"

#: page -> (words of titles a reader would list, words of titles that must not be listed)
_READER: Reader = {
    "01-gliding-club-season-log.txt": (["the season opens", "priya doshi flies her first solo",
                                        "the club buys a second-hand discus", "ray collett tows it home",
                                        "tom varley sets off on a 300-kilometre triangle", "helen oakes lands out",
                                        "the winch breaks down", "joan hale stands down", "kevin orme takes over the accounts",
                                        "members vote to raise the launch fee", "the season ends",
                                        "priya doshi wins the cup", "the club is founded", "the club moves to fenwold airfield"],
                                       []),
    "02-beekeepers-newsletter.txt": (["the first swarm is reported", "ben tasker collects it",
                                      "a member finds an asian hornet", "the national bee unit confirms the sighting",
                                      "inspectors destroy a nest", "honey show takes place",
                                      "the association apiary loses two colonies", "eric nye requeens the strongest hive",
                                      "the committee buys a new electric one", "frank ellery dies",
                                      "joins the association", "margaret lowe succeeds him"], []),
    "03-mountain-rescue-annual-report.txt": (["a walker slips on ice", "a walker breaks his ankle",
                                              "two climbers become stuck", "the river bursts its banks at glenfoot",
                                              "the team evacuates eleven people", "a mountain biker crashes",
                                              "graham firth retires", "catriona bell takes charge of the team",
                                              "we take delivery of a new land rover", "the team holds a memorial walk",
                                              "supporters raise £38,000", "the team is formed",
                                              "the team moves into its present base"],
                                             ["ten years after"]),
    "04-grandmother-oral-history.txt": (["the war comes", "jim joins the navy", "a german plane drops a stick of bombs",
                                         "my mother moves us", "jim's ship is sunk", "leaves school at fourteen",
                                         "harker sells the business", "ted starts his own building firm",
                                         "susan is born", "peter is born", "the brickworks close",
                                         "the council pulls the whole row down"], []),
}


test_every_page_is_read, test_a_page_keeps_its_happenings_and_loses_the_fixed_false_events = reader_tests(
    _PAGES, _READER)
