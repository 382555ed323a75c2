"""Score the app's route on the hand-checked gold articles beside this file.

The route is the one a user takes by dropping a folder into the app: each article is read with no
document date given (no ``--dct``, no sidecar), tagged and turned into events by
``explorer``'s own extraction entry point (``explorer.ingest.extract_paths``). ``--dct`` instead
gives every article its gold publication date, the TimeML route, to separate tagging errors from
document-date errors.

Measures (all micro-averaged over the articles of a part):

* **Timexes**, as TempEval-3 defines them (re-implemented from ``../shared/timeml/score_timex.py``,
  which a user checkout does not have): gold and predicted expressions are aligned one to one,
  identical spans first, then the largest overlap; *strict* counts identical spans, *relaxed*
  overlapping ones; value (type) F1 = share of relaxed matches with the gold value (type) x relaxed
  F1. A range's two ends are predicted separately, as TimeML marks them.
* **Events**: a predicted event *matches* a gold event when its sentence holds one of the gold
  event's mentions (the predicate word the annotator marked, or another mention of the same
  happening); pairs are taken one to one, best first (acceptable title, then right date, then
  nearest expression), so a happening reported twice counts once and the second report is a false
  positive. Precision = matched predictions / predictions; recall = matched gold / gold.
* **Date accuracy** (of matched pairs): the predicted ``begin``..``end`` lies inside the gold window
  (the days the happening can have taken place, inclusive); for a gold event the text never dates,
  the prediction must not claim an exact date either.
* **Right year** (of matched pairs with a dated gold event): the predicted ``begin`` falls in one of
  the years the gold window covers.
* **Title acceptable** (of matched pairs): the title names the event's main actor and predicate.
  The rule, applied mechanically: the gold record lists the actor's acceptable names and the
  predicate's acceptable words, separated by ``|``. The actor is named when one of its names
  appears in the title as a phrase, or its last word appears as a word (a surname, a head noun).
  The predicate is named when a word of the title starts with one of the predicate words, less a
  final ``e`` or ``y`` for words longer than three letters (``move`` accepts "moves", "moved"; give
  irregular forms explicitly, ``win|won``), or a multi-word predicate appears as a phrase. A title
  cut off with an ellipsis is a fragment, never acceptable.
* **Actor accuracy** (of matched pairs): one of the event's actors matches the gold actor by the
  same rule.
* **Document date**: the article's date equals the gold ``doc_date``; when the gold says there is
  none, the app must not claim one.

The set is split once, by a rule written here: in sorted order of names, every fourth article
(index % 4 == 3) is the unopened quarter, listed in :data:`HOLDOUT` (later additions: every fourth
in the order added). Developers tuning the tagger or
the event builder must not open those files; their figures are printed as aggregates only.

Articles written later by developers who write no rules form further parts, one per session that
wrote them, scored in aggregate only like the holdout: :data:`UNOPENED_PARTS` maps each part's name
(``unopened`` for session five, ``unopenedN`` for session N) to its articles.

    python tests/gold/score.py [--part readable|holdout|opened|unopenedN|all] [--dct] [--errors] [--json FILE]

Plain Python (no Qt), usable from a test: :func:`score_part` returns the figures as a dict.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

HERE = Path(__file__).resolve().parent

#: The unopened quarter. Do not read these articles or their gold files while writing rules.
#: Fixed when the set was written: index % 4 == 3 of the first 32 names in sorted order; articles
#: added later are dealt out in the order they were added, every fourth to this list, so no article
#: ever changes part.
HOLDOUT = (
    "blog-year-of-sourdough",
    "crime-shed-burglaries-undated",
    "history-ancient-kallipolis",
    "interview-architect-vasquez",
    "opinion-tram-depot-sale",
    "science-bronze-age-boat",
    "tech-ereader-launch",
    "wire-port-strike-ends",
    # added later, in this order: history-ancient-portus-aelianus, history-levant-pepper-company,
    # exhibition-poster-designer-kvist (readable), then:
    "science-eclipse-valdemora",
)

#: Articles written by a developer who then tuned the event rules: scored once, before any rule was
#: changed for them, as a fresh held-out check (its figures are reported with the change that added
#: them), then read. They belong to the readable part and are left out of the every-fourth deal above,
#: since their writer has read them all.
FRESH_CHECKED = (
    "history-band-salt-lanterns",
    "history-city-fenmouth",
    "legislature-rental-cap",
    "recall-kettle-lids",
    "rescue-trawler-sinks",
    "space-comet-probe",
    "travel-advisory-ash-cloud",
    "wildlife-wolves-return",
    # session six (events-select): written before the extractor was run on them, scored once as a
    # fresh check, then read while writing rules
    "analysis-river-talks-conditions",
    "charity-food-bank-year-review",
    "chess-open-tiebreak-win",
    "explainer-boil-water-notice",
    "inquest-climber-anchor-failure",
    "memoir-field-hospital-verrin",
    "minutes-allotment-society-agm",
    "regulator-liver-drug-approval",
    # session seven (events-select): written before the extractor was run on them, scored once as a
    # fresh check (events P 0.794 R 0.818, titles 0.870, actor 0.370, dates 0.907), then read
    "council-planning-hollin-moor-turbine",
    "history-building-wellmouth-corn-exchange",
    "match-report-harlow-vale-cup-semi",
    "newsletter-larkfield-primary-summer",
    "police-appeal-marsh-lane-hit-and-run",
    "qa-interview-lighthouse-restorer",
    "results-ashcombe-brewery-annual",
    "review-exhibition-mapping-the-sea",
    # session seven (dates-fresh): written before the tagger was run on them, scored once on the
    # unchanged rules as a fresh check, then read while fixing the kinds of date errors they showed
    "feature-drowned-village-reappears",
    "history-invention-signal-lamp",
    "medical-migraine-headband-trial",
    "newsletter-harbour-ward-weekly",
    "postmortem-checkout-outage",
    "sports-cycling-stage-race-lead",
    "transcript-podcast-cheesemaker",
    "tribunal-warehouse-dismissal-judgment",
    # session eight (dates-genres): written and annotated before the tagger was run on them, scored
    # once on the unchanged rules as a fresh check, then read while fixing the kinds of date errors
    "astronomy-clay-tablet-comet",
    "changelog-trailmap-app-releases",
    "history-plague-market-town-ashby-regis",
    "incident-report-water-main-burst",
    "obituary-cartographer-ines-varga",
    "programme-winter-lights-festival",
    "sports-netball-season-review",
    "updates-island-ferry-storm",
    # session eight (events-select): written and annotated before the extractor was run on them,
    # scored once on the unchanged rules as a fresh check, then read while writing rules
    "liveblog-bus-drivers-strike",
    "newsletter-brackenford-history-society",
    "obituary-linguist-island-dialects",
    "rescue-log-kestrel-fell-january",
    "review-restaurant-salt-loft",
    "sketch-committee-ferry-minister",
    "startup-sodium-battery-funding",
    "survey-otter-water-vole-lune",
    # session nine (events-precision): international affairs and politics, the app's main genre;
    # written and annotated before the extractor was run on them, scored once on the unchanged rules
    # as a fresh check, then read while writing rules
    "analysis-lerna-ceasefire-conditions",
    "coalition-crisis-vestmark-liberals",
    "court-opposition-leader-demir-verdict",
    "dispatch-front-line-korvin",
    "election-lindoria-runoff",
    "profile-finance-minister-sowe",
    "sanctions-eu-shadow-tankers",
    "visit-foreign-minister-grain-tour",
    # session ten (events-precision): genres the set lacked (a parliamentary debate report, a
    # humanitarian situation report, a university appointment with a career list, a weekly news
    # round-up with headings and "coming up" items); written and annotated before the extractor was
    # run on them, scored once on the unchanged rules as a fresh check, then read while writing rules
    "appointment-vice-chancellor-lys",
    "debate-assembly-water-abstraction-bill",
    "roundup-world-news-in-brief",
    "sitrep-cyclone-hesper-relief",
    # session eleven (events-precision): an inquiry report's findings, a central bank's rate decision,
    # an op-ed arguing from history and a "Timeline:" backgrounder; written and annotated before the
    # extractor was run on them, scored once on the unchanged rules as a fresh check, then read
    "s11-central-bank-korsa-rate-rise",
    "s11-inquiry-marrow-embankment-findings",
    "s11-oped-kessel-valley-land-for-peace",
    "s11-timeline-marisol-gas-field-dispute",
    # session eleven (events-recall): genres dense in happenings the set lacked (a wire report on a
    # military offensive, a magazine feature told out of order, an encyclopedia biography of a
    # politician, a newspaper investigation of hidden losses); written and annotated before the
    # extractor was run on them, scored once on the unchanged rules as a fresh check, then read
    "s11-biography-politician-marta-ilves",
    "s11-feature-vassmar-government-falls",
    "s11-investigation-valdmark-dairy-losses",
    "s11-wire-offensive-tarsen-valley",
    # session eleven (events-titles): long reporting sentences (appositives, parentheticals, nested
    # attributions); written and annotated before the extractor was run on them, scored once on the
    # unchanged rules as a fresh check, then read while fixing kinds of titles
    "s11-analysis-bay-treaty-stalls",
    "s11-digest-lusovian-press-week",
    "s11-review-andaria-diplomatic-year",
    # session twelve (events-recall): happening-dense narrative in genres the set lacked (a feature told
    # as a story, a sports season, an expedition account, a scandal's timeline, a political crisis
    # week by week, a discovery's history); written and annotated before the extractor was run on them,
    # scored once on the unchanged rules; the scandal and the discovery were held aside until the end
    "s12-crisis-week-by-week-arnland-budget",
    "s12-expedition-account-orsk-river-source",
    "s12-feature-skerrow-light-storm-night",
    "s12-scandal-timeline-tolvan-meal-contracts",
    "s12-science-history-cold-spring-bacterium",
    "s12-sports-season-herons-basketball",
    # session twelve (event-dates): dates and happenings interleaved (a pluperfect relative clause, a
    # profile under year headings, an investigation told out of order, an "After X, Y on <date>" wire,
    # an annual report's timeline, a history told with "the following spring"); written and annotated
    # before the extractor was run on them. The first four were scored once on the unchanged rules and
    # then read; the annual report and the history were held aside and scored once, at the end.
    "s12-annual-report-housing-trust-year",
    "s12-biography-hydrographer-tessa-morvane",
    "s12-history-paper-mills-ostervik",
    "s12-investigation-harbour-fund-losses",
    "s12-profile-potter-ines-halloran",
    "s12-wire-rail-strike-called-off",
    # session twelve (titles): subjects that are pronouns and "the company", a war history, a deal
    # story full of appositives and nested attributions, a court report in the passive and a science
    # story told in nominalisations; written and annotated before the extractor was run on them,
    # scored once on the unchanged rules as a fresh check; the court report and the science story
    # were held aside (not read) until the end of the session
    "s12-business-harlan-buys-dunmore-dairy",
    "s12-court-depot-manager-fuel-card-fraud",
    "s12-history-war-of-the-two-passes",
    "s12-profile-founder-ada-remke",
    "s12-science-tamsin-reef-recovery",
    # session twelve (recall-two, histories): encyclopedia histories with no date whose happenings are
    # mostly told in sentences with no date of their own (a two-century succession war, a colony's
    # first decade, a dynasty with BC dates, a revolution month by month); written and annotated
    # before the extractor was run on them, scored once on the unchanged rules; the revolution was
    # held aside until the end
    "s12-history-colony-port-selwyn",
    "s12-history-dynasty-hadran-bc",
    "s12-history-revolution-lowmark-1848",
    "s12-history-wars-vardish-succession",
    # session twelve (titles-two and actors): a court report in the passive, a science story whose
    # actors are "the team" and "the researchers", a diplomatic story with countries as actors, a
    # company story told with "the company", "it" and "the group", and a crime story with unnamed
    # victims and suspects; written, annotated and committed before the extractor was run on them,
    # scored once on the unchanged rules; the company and crime stories were held aside (not read)
    # until the end of the session
    "s12-company-kettlewood-bakeries-close",
    "s12-court-ferry-engineer-forged-logbooks",
    "s12-crime-jewellers-raid-two-held",
    "s12-diplomacy-fishing-quota-deal",
    "s12-science-arctic-moss-regrows",
    # session twelve (precision-two): news-like articles full of what is no happening (quotes,
    # forecasts, statistics, analysis, "what happens next"): a storm live blog, an earnings call
    # transcript, a football transfer saga, a hospital cleaners' strike; written, annotated and
    # committed before the extractor was run on them, scored once on the unchanged rules; a council
    # budget vote and a dam-breach timeline were held aside until the end of the session
    "s12-council-kelling-budget-library-cuts",
    "s12-earnings-call-castory-tools-q3",
    "s12-liveblog-storm-ines-west-coast",
    "s12-sport-transfer-saga-dario-fenn",
    "s12-strike-hospital-cleaners-walkout",
    "s12-timeline-oster-dam-breach",
    # session thirteen (learned event filter): genres the set lacked (a guidebook entry with visitor
    # information, an auction report with a provenance history, a weather society's month summary full
    # of statistics and records, a sports preview told in the future and the conditional, a political
    # analysis of pledges, a question-and-answer page on a bridge closure); written, annotated and
    # committed before the extractor was run on them. The first four were scored once on the
    # unchanged code; the analysis and the Q&A page were held aside (not read) until the end
    "s13-guidebook-castle-dunmarrow",
    "s13-auction-herbal-manuscript-sale",
    "s13-weather-month-summary-vell-valley",
    "s13-preview-rowing-cup-final",
    "s13-analysis-greens-housing-pledges",
    "s13-faq-kelby-bridge-closure",
    # session thirteen (titles and actors): genres with hard subjects (a story told through "They",
    # "It" and "This led to", a passive-heavy official report, nested reporting "X announced that Y
    # had resigned", an organisation speaking through a spokeswoman, a list of appointments, a
    # scientific-results story, a football transfer, a three-state negotiation); written, annotated
    # and committed before the extractor was run on them, scored once on the unchanged rules; the
    # appointments, the science story and the negotiation were held aside (not read) until the end
    "s13-appointments-museum-trust-board",
    "s13-company-ferry-operator-withdraws-ship",
    "s13-news-harbour-chief-resigns-audit",
    "s13-report-hemsby-signal-fault-review",
    "s13-science-puffin-tracking-results",
    "s13-sport-rovers-sign-goalkeeper",
    "s13-story-fishermens-choir-hall",
    "s13-talks-three-states-ossa-river",
    # session thirteen (recall): genres with many undated happenings (a court case's procedural history,
    # a company's year in review, a memoir-like profile with no date, a flood response told by
    # weekdays, a season recap, a diplomatic week); written, annotated and committed before the
    # extractor was run on them, scored once on the unchanged rules; the season recap and the
    # diplomatic week were held aside (not read) until the end of the session
    "s13-company-year-harbourline-ferries",
    "s13-court-quarry-blasting-ban-appeal",
    "s13-diplomacy-week-sallow-river-accord",
    "s13-disaster-arlow-valley-flood-response",
    "s13-profile-boatbuilder-ilse-marrow",
    "s13-season-recap-ashby-kestrels-promotion",
    # session fourteen (titles and actors): hard who-did-what (passives with and without an agent,
    # reported speech, pronoun subjects across sentences, organisations, appositions, "Dr."/"Gen.",
    # Cyrillic, accented and Arabic-transliterated names, lists of actors); written, annotated and
    # committed before the extractor was run on them, scored once on the unchanged rules; the court
    # report and the science story are held aside (not read) until the end of the session
    "s14-business-banks-rescue-shipyard",
    "s14-court-editor-jailed-leaked-files",
    "s14-politics-minister-quits-pension-reform",
    "s14-science-ice-core-eruption",
    "s14-sport-athletic-sign-forward-captain-retires",
    "s14-wire-army-chief-dismissed",
    # session fourteen (recall): genres dense with compound sentences, one sentence holding two or more
    # happenings (a fraud trial's procedure, a war week, a company's turnaround, a cup match report, a
    # cave rescue, a coalition's collapse); written, annotated and committed before the extractor was
    # run on them, scored once on the unchanged rules; the rescue and the coalition's collapse were held
    # aside (not read) until the end of the session
    "s14-company-turnaround-brannock-looms",
    "s14-court-harbour-trust-fraud-trial",
    "s14-match-report-harlow-rovers-cup",
    "s14-politics-vesland-coalition-collapse",
    "s14-rescue-lantern-hole-cavers",
    "s14-war-week-dussa-bridge",
    # session fourteen (precision): genres where false events are likely (an opinion column, an
    # explainer full of "would" and "could", a service guide with deadlines and opening hours, a product
    # review, a travel guide with history snippets, a policy story of demands and plans, a sports
    # preview, a press release with notes to editors), with page furniture; written, annotated and
    # committed before the extractor was run on them, scored once on the unchanged rules; the review,
    # the travel guide and the sports preview were held aside (not read) until the end
    "s14-explainer-wend-barrier-failure",
    "s14-howto-passport-renewal-deadlines",
    "s14-opinion-night-buses-cuts",
    "s14-policy-union-four-day-week-demand",
    "s14-press-release-hartley-library-app",
    "s14-preview-ardley-vase-semi-final",
    "s14-review-tidewell-robot-vacuum",
    "s14-travel-guide-calvora-old-port",
    # session fifteen (titles and actors): hard who-did-what (bare plural subjects, nationality
    # descriptions, "they" subjects and "managed to", a "when" clause before the main act, passives
    # with and without an agent, organisations, titled people, Vietnamese, Polish, Irish and French
    # names); written, annotated and committed before the extractor was run on them, scored once on
    # the unchanged rules; the film festival and the hospital ransomware story are held aside (not
    # read) until the end of the session
    "s15-cyber-kilrush-hospital-ransomware",
    "s15-festival-lake-orta-golden-heron",
    "s15-history-port-ardent-scuttling",
    "s15-labour-da-nang-dock-strike",
    "s15-rescue-dutch-climbers-crevasse",
    # session fifteen (event dates): happenings whose date is hard to give (a happening dated by a
    # clause, "two days after the council voted"; a date in another sentence, "On 3 July ... The next
    # morning ... two days later"; a range dating one happening, "between 18 and 22 May"; a report's
    # date against the happening's, "said on Tuesday that its members had voted on Monday night"; a
    # year and a month in different sentences; scheduled happenings; a retold background event with
    # its own year); written, annotated and committed before the extractor was run on them, scored
    # once on the unchanged rules; the glassworks closure and the botanist's biography were held
    # aside (not read) until the end of the session
    "s15-biography-botanist-elin-sarrow",
    "s15-business-glassworks-closure",
    "s15-feature-ropewalk-museum-opens",
    "s15-local-riverside-hall-reopens",
    "s15-sport-solo-sailor-crossing",
    "s15-wire-harbour-levy-blockade-lifted",
    # session fifteen (events): genres the set lacked, dense in happenings and their look-alikes (plans,
    # statements, habits, negations, conditionals, retold background): an ombudsman's decision on a
    # complaint, a family history blog post, a clinical case report, a film's production history, an
    # excavation season report and a consumer column; written, annotated and committed before the
    # extractor was run on them, scored once on the unchanged rules; the excavation report and the
    # consumer column were held aside (not read) until the end of the session
    "s15-case-report-greenhouse-pesticide-spill",
    "s15-consumer-column-wedding-venue-deposit",
    "s15-dig-report-tollan-ridge-fort",
    "s15-family-history-ardeen-brothers",
    "s15-making-of-film-keepers-daughter",
    "s15-ombudsman-energy-catch-up-bill",
    # session fifteen (events, round two): genres the set lacked, rich in undated happenings told with
    # common verbs (took power, called an assembly, washed, was later selected, established, signed): a
    # museum audio-guide stop, a wildlife rescue centre's case notes, a hall-of-fame citation and a
    # sailing master's voyage report; written, annotated and committed before the extractor was run on
    # them, scored once on the unchanged rules; the voyage report was held aside (not read) until the end
    "s15-audio-guide-chieftain-orrin-vask",
    "s15-citation-rowing-hall-of-fame",
    "s15-rescue-centre-oiled-swan-notes",
    "s15-voyage-report-schooner-training-cruise",
    # session sixteen (events precision): genres the set lacked, dense in happening look-alikes (claims
    # and speculation checked, a listing's features and deadlines, class notes' habits and hopes, a
    # gossip column's conditionals, a minister's written answer of policies and tallies, a job advert's
    # duties); written, annotated and committed before the extractor was run on them, scored once on the
    # unchanged rules; the written answer and the job advert were held aside (not read) until the end
    "s16-alumni-class-notes-spring",
    "s16-factcheck-ferry-fares-claim",
    "s16-job-advert-harbour-trust-engineer",
    "s16-listing-old-schoolhouse-for-sale",
    "s16-rumour-column-transfer-gossip",
    "s16-written-answer-rural-bus-grants",
    # session sixteen (titles and actors): genres the set lacked, dense in pronoun subjects ("He shoved",
    # "It found", "We shut down"), appositives ("Tomas Veyl, the Harrowgate Rovers midfielder,"),
    # relative clauses and organisations as actors: a football association's disciplinary decision, a
    # company's data-breach notice written as "we", a heritage railway society's news of a restored
    # locomotive, a theatre company's "Our history" page with no date and a student newspaper's report
    # of a union president's resignation; written, annotated and committed before the extractor was
    # run on them, scored once on the unchanged rules; the theatre history and the student report were
    # held aside (not read) until the end of the session
    "s16-breach-notice-energy-supplier",
    "s16-disciplinary-panel-midfielder-ban",
    "s16-heritage-railway-locomotive-returns",
    "s16-student-paper-union-president-resigns",
    "s16-theatre-company-our-history",
    # session sixteen (events recall): genres the set lacked, dense in happenings told without a date
    # of their own (subordinate clauses, nouns, participles, lists of acts, two acts in one sentence):
    # a funeral address, a veterinary case report, a complaint letter, a fire service's incident
    # summary, an insurance claim statement and a witness statement; written, annotated and committed
    # before the extractor was run on them, scored once on the unchanged rules; the claim statement
    # and the witness statement were held aside (not read) until the end of the session
    "s16-complaint-letter-removals-firm",
    "s16-eulogy-ferryman-tom-arnell",
    "s16-fire-service-barn-fire-summary",
    "s16-insurance-claim-flooded-shop",
    "s16-vet-case-report-pony-colic",
    "s16-witness-statement-hit-and-run-cyclist",
    # session sixteen (names and titles on real pages): page kinds whose furniture leaks into actors and
    # titles: a radio phone-in transcript with speaker labels in capitals and first-person callers, an
    # obituary under a "Born ... / Died ..." block, a blog post quoting a reader's signed comment, and a
    # ministry press release whose names follow long job titles; written, annotated and committed
    # before the extractor was run on them, scored once on the unchanged rules; the press release was
    # held aside (not read) until the end of the session
    "s16-blog-allotment-shed-saga",
    "s16-obituary-seabird-biologist",
    "s16-press-release-harbour-safety-rules",
    "s16-transcript-phone-in-swing-bridge",
    # session sixteen (events on real pages): page kinds whose furniture and asides make false events:
    # an obituary under a "Born <date>, <place> / Died <date>, <place>" fact box, a local news page
    # opening with a "date YYYY-MM-DD PLACE:" stamp, and a magazine profile whose relative clauses date
    # other people ("her grandfather, who had built it in 1948"); written, annotated and committed
    # before the extractor was run on them, scored once on the unchanged rules; the profile was held
    # aside (not read) until the end of the session
    "s16-local-news-stamp-library-vote",
    "s16-obituary-lock-keeper-fact-box",
    "s16-profile-potter-relative-clauses",
    # session seventeen (events precision): one article in each of eight genres the never-opened sets
    # name (a datelined wire report, an appeal court ruling, quarterly results, a council session, an
    # obituary, a flood live blog, an outbreak situation report, a club's season review), dense in
    # happening look-alikes; written, annotated and committed before the extractor was run on them,
    # scored once on the unchanged rules; the court ruling, the situation report and the season review
    # are held aside (not read) until the end of the session
    "s17-council-dunmore-parking-levy-vote",
    "s17-court-appeal-damp-flats-fine-cut",
    "s17-earnings-brackwater-paper-q3",
    "s17-liveblog-river-orm-floods",
    "s17-obituary-bridge-engineer-halvard-brenn",
    "s17-season-review-fenwick-wheelers",
    "s17-sitrep-vessa-cholera-week-32",
    "s17-wire-vell-gap-crossing-reopens",
    # session seventeen (events recall): genres dense in undated acts carried by the story's time and
    # in sentences telling two or three acts (an air accident bulletin's history of the flight, a
    # battalion's war diary under dated entries, a police pursuit told in the order it ran, a
    # hurricane's meteorological history, a hill-walking forum's trip report, a zoo escape); written,
    # annotated and committed before the extractor was run on them, scored once on the unchanged
    # rules; the hurricane's history and the zoo escape are held aside (not read) until the end
    "s17-air-accident-interim-bulletin",
    "s17-hurricane-ornella-meteorological-history",
    "s17-police-pursuit-van-in-river",
    "s17-trip-report-carn-ruadh-horseshoe",
    "s17-war-diary-rifles-october-1917",
    "s17-zoo-red-panda-escape",
    # session seventeen (titles and actors): genres the set lacked, dense in subjects a title must name:
    # a bowls club's members' bulletin written as "we" and signed by its committee (plural subjects,
    # passives with and without "by"), a select committee's oral evidence under speaker labels
    # ("DR ALMA FERREIRA: I resigned …"), an "Ask the Archivist" column under a question headline
    # (passives with "by"), a football manager's sacking told through "the 54-year-old", "the club"
    # and "officials", and a charity regulator's inquiry report (an organisation and "the former
    # treasurer" as actors); written, annotated and committed before the extractor was run on them,
    # scored once on the unchanged rules; the sacking and the inquiry report were held aside (not read)
    # until the end of the session
    "s17-ask-archivist-marrow-street-clock",
    "s17-committee-evidence-ferry-linkspan",
    "s17-members-bulletin-bowls-clubhouse",
    "s17-regulator-inquiry-lifeboat-fund",
    "s17-sport-manager-sacked-castlebridge",
    # session seventeen (event dates): six articles of genres the set lacked, dense in what dates
    # events wrongly (undated acts after a dated one, pluperfect flashbacks, weekdays under a later
    # dateline, ranges, durations, dated entries of a status page, a plan's date beside the day it was
    # announced); written, annotated and committed before the extractor was run on them, scored once on
    # the unchanged rules; the parish magazine and the racing feature are held aside (not read) until
    # the end of the session
    "s17-ed-listing-old-forge-elbury",
    "s17-ed-parish-news-bells-ring-again",
    "s17-ed-police-log-harwick-week",
    "s17-ed-racing-feature-trainer-nell-garrow",
    "s17-ed-shelter-story-biscuit-adopted",
    "s17-ed-trail-conditions-kell-ridge",
    # session seventeen (titles, second round): eight short articles in genres the never-opened sets
    # name (a datelined wire report, a court report, quarterly results, a council session, an
    # obituary, a health-science story, a product-launch press release, a cup semi-final report),
    # dense in sentences opened by a capitalised plural common noun ("Auditors discovered ...",
    # "Shares jumped ...") and passives; written, annotated and committed before the extractor was run
    # on them, scored once on the unchanged rules; the obituary, the health story and the sports report
    # are held aside (not read) until the end of the session
    "s17-council-night-bin-collections",
    "s17-court-charity-boss-jailed",
    "s17-health-seaweed-spray-hay-fever",
    "s17-obituary-ferry-captain-ida-varren",
    "s17-press-release-brantwell-radio",
    "s17-results-harrin-cycles-q3",
    "s17-sport-kestrel-rovers-cup-semi",
    "s17-wire-port-selby-pilots-walkout",
    # session twenty-two (events-precision): ten short articles in genres of the never-opened sets whose
    # precision is lowest (an advisory, a crowdfunding update, public notices, a health study, an
    # opinion column, an interview, an earnings call, a by-election live blog, a product launch and a
    # blog post); written, annotated and committed before the extractor was run on them, scored once
    # on the unchanged rules as a fresh check, then read while writing precision rules
    "s22r-advisory-selkirk-amber-wind-warning",
    "s22r-blog-allotment-plot-14-year",
    "s22r-crowdfunding-lanternfall-update-9",
    "s22r-earnings-call-corvane-pumps-q1",
    "s22r-health-later-school-start-sleep",
    "s22r-interview-ceramicist-ruth-oyelaran",
    "s22r-liveblog-hollins-cross-by-election",
    "s22r-notices-wetherby-vale-courier",
    "s22r-opinion-penmorrow-harbour-car-park",
    "s22r-tech-velto-pace-3-smartwatch",
    # session twenty-six (event recall on fresh text): eight articles of genres the set lacked (a ship's
    # log, a restaurant's history, a pay dispute's month-by-month timeline, a railway's history, a
    # volunteer group's newsletter, a trial's week in court, a software project's history and a
    # scientist's obituary); written, annotated and committed before the extractor was run on them,
    # scored once on the unchanged rules as a fresh recall check, then read while writing recall rules
    "s26r-court-week-orrin-quarry-manslaughter-trial",
    "s26r-log-schooner-halvard-rose-1894",
    "s26r-newsletter-friends-of-ashby-marsh",
    "s26r-obituary-glaciologist-halina-brzoska",
    "s26r-railway-history-kestle-valley-line",
    "s26r-restaurant-history-copper-ladle-at-fifty",
    "s26r-software-history-tallow-notes",
    "s26r-timeline-dunmere-council-pay-talks",
    # session twenty-seven (event recall on fresh text): eight articles of genres the set lacked (a
    # hospital's history, a court-martial, a sailing race report, a takeover saga, a village's flood
    # history, an explorer's biography, a spacecraft's mission timeline and a shipwreck's salvage told
    # by a museum's curator); written, annotated and committed before the extractor was run on them,
    # scored once on the unchanged rules as a fresh recall check, then read while writing recall rules
    "s27r-biography-explorer-tobias-renwick",
    "s27r-court-martial-sergeant-oduya",
    "s27r-flood-history-wyke-st-mary",
    "s27r-history-hospital-st-brannocs-infirmary",
    "s27r-merger-saga-halden-brightwater",
    "s27r-mission-timeline-kestrel-lunar-orbiter",
    "s27r-race-report-sailing-morwen-cup",
    "s27r-salvage-history-maid-of-lorne",
    # session twenty-eight (event recall on fresh text): eight articles of genres the set lacked (a wine
    # estate's history, a band's tour diary, a footballer's retirement and career, a bridge collapse
    # inquiry, a mountaineering expedition, a rail strike's week, a measles outbreak's week in a town and
    # a painting's theft and recovery told by a gallery's blog); written, annotated and committed before
    # the extractor was run on them, scored once on the unchanged rules as a fresh recall check, then read
    # while writing recall rules
    "s28r-career-footballer-marta-lindqvist",
    "s28r-expedition-kharang-north-face",
    "s28r-inquiry-saltmoor-footbridge-collapse",
    "s28r-outbreak-week-dunmore-measles",
    "s28r-strike-week-westmere-rail-drivers",
    "s28r-theft-history-salt-gatherers-painting",
    "s28r-tour-diary-harbour-lights-autumn",
    "s28r-wine-history-domaine-valcrose",
    # session twenty-nine (event recall where a sentence already gives an event): eight articles of genres
    # the set lacked (a lighthouse's history, a council budget fight, a volcano's eruption, a retailer's
    # collapse, a zoo animal's escape, a school's history, a strait swim record and a hospital campaign's
    # blog); written, annotated and committed before the extractor was run on them, scored once on the
    # unchanged rules as a fresh recall check, then read while writing recall rules
    "s29r-administration-retailer-brackley-sons",
    "s29r-budget-fight-ashby-council",
    "s29r-campaign-blog-lynmere-hospital",
    "s29r-eruption-timeline-mount-sarel",
    "s29r-escape-zoo-harnford-red-panda",
    "s29r-lighthouse-history-carrow-point",
    "s29r-school-history-hartfield-grammar",
    "s29r-swim-record-marrow-strait",
    # session thirty (event recall where a sentence already gives an event): eight articles of genres the
    # set lacked (a road tunnel fire's inquiry, a pilgrim's diary, a university's founding, a steelworks
    # closure fight, a vineyard's frost year, a kidnapped reporter's release, a tram line's construction
    # saga and a colliery disaster's centenary); written, annotated and committed before the extractor
    # was run on them, scored once on the unchanged rules as a fresh recall check, then read
    "s30r-centenary-mine-disaster-kellet-colliery",
    "s30r-closure-fight-dunholm-steelworks",
    "s30r-construction-saga-elsworth-trams",
    "s30r-diary-pilgrimage-coast-way",
    "s30r-founding-history-carrick-university",
    "s30r-frost-year-vineyard-hollow-ridge",
    "s30r-hostage-release-reporter-ana-merel",
    "s30r-inquiry-fire-marden-road-tunnel",
    # session thirty-one (event recall where a sentence already gives an event): eight articles of genres
    # dense in happenings (a coup attempt's wire report, a food maker's collapse told out of order, a
    # chemist's biography, a flood's week day by day, a pollution trial with many parties, a football
    # season, an ice-sheet crossing and a mayoral campaign); written, annotated and committed before the
    # extractor was run on them, scored once on the unchanged rules as a fresh recall check, then read
    "s31r-biography-chemist-hilde-varga",
    "s31r-campaign-mayoral-race-grace-okafor",
    "s31r-collapse-out-of-order-brennock-foods",
    "s31r-coup-attempt-port-salve-broadcaster",
    "s31r-expedition-greenland-crossing-kari-lund",
    "s31r-flood-week-tarrow-valley",
    "s31r-season-review-carrick-rovers-women",
    "s31r-trial-verdicts-halvern-water-directors",
    # session thirty-three (event recall, issue 12): eight articles of genres dense in happenings not used
    # before (a laundry strike, a hospital's night without power, a seal-pup survey season, an airliner's
    # smoke diversion, a community pub's share offer, a museum object's journey, an election night's
    # recount, a flooded school's recovery); written, annotated and committed before the extractor was run
    # on them, scored once on the unchanged rules as a fresh recall check, then read
    "s33r-diversion-galley-smoke-skylane-flight",
    "s33r-election-night-recount-wyre-valley",
    "s33r-object-journey-ravensby-bronze-mirror",
    "s33r-power-failure-night-orrin-general-hospital",
    "s33r-recovery-letter-flooded-brookside-school",
    "s33r-share-offer-community-pub-drovers-arms",
    "s33r-strike-week-brannock-linen-laundry",
    "s33r-survey-season-seal-pups-skarra-isles",
    # session thirty-four (event recall, issue 12: acts in subordinate clauses, passives, participle
    # clauses, dated relative clauses and dated happening nouns): six articles of genres not used before
    # (a football club's history, a memoir chapter, a mountain rescue team's year, a record label's
    # history, a farm's harvest diary, a city council's annual report); written, annotated and committed
    # before the extractor was run on them, scored once on the unchanged rules as a fresh recall check,
    # then read
    "s34r-annual-report-ashby-city-council",
    "s34r-club-history-brackwater-town-fc",
    "s34r-farm-diary-harvest-low-fell",
    "s34r-label-history-tinroof-records",
    "s34r-memoir-chapter-shipyard-welder",
    "s34r-year-summary-glenmorran-mountain-rescue",
    # session thirty-five (event recall, issue 12: telegraphic and subjectless lines): six articles of
    # genres not used before (a nurse's CV, a hill walker's week diary, a residents' association's
    # minutes with action items, a software product's release history, a charity's "our story"
    # chronology list, a research vessel's cruise log); written, annotated and committed before the
    # extractor was run on them, scored once on the unchanged rules as a fresh recall check, then read
    "s35r-cruise-log-rv-tern",
    "s35r-cv-charge-nurse-priya-hallam",
    "s35r-minutes-residents-association-brackley-road",
    "s35r-our-story-hollow-lane-larder",
    "s35r-release-history-quillmark-editor",
    "s35r-walking-diary-carrick-hills-week",
    # session thirty-five (event recall B, issue 12: acts in subordinate clauses of ordinary prose,
    # "As"/"Until"/"Before"/"Since"/"By the time" openings, perfect chains, relative clauses with their
    # own date, participle openings, dated acts told in "that"-clauses): six articles (a lighthouse's
    # history, a chemist's biography, a river flood feature, a brewery's company history, a war memoir
    # chapter, a theatre company's anniversary piece); written, annotated and committed before the
    # extractor was run on them, scored once on the unchanged rules as a fresh recall check, then read
    "s35q-anniversary-lantern-players-theatre",
    "s35q-biography-chemist-edith-marrow",
    "s35q-company-history-hallam-brewery",
    "s35q-flood-feature-wenn-at-thornby",
    "s35q-lighthouse-history-skerrow-point",
    "s35q-war-memoir-chapter-river-crossing",
    # session thirty-six (event precision, issue 12: date mentions that are not happenings): five
    # articles of genres not used before, dense in dates of schedules, terms, deadlines, duties,
    # hypotheticals and anniversaries beside a few happenings (a folk festival's visitor guide, a
    # tenancy agreement's key terms, an appliance maker's returns and warranty page, an exam board's
    # key-dates notice with last summer's incidents, an opinion column of "should have" and "if");
    # written, annotated and committed before the extractor was run on them, scored once on the
    # unchanged rules as a fresh precision check, then read
    "s36p-exam-board-key-dates-northern-schools",
    "s36p-festival-guide-harrowdale-folk-weekend",
    "s36p-opinion-column-kelvay-ferry-pier",
    "s36p-tenancy-agreement-flat-2-mill-court",
    "s36p-warranty-returns-brightwell-appliances",
    # session thirty-eight (event precision and recall on reporting, issue 12): ten news reports and an
    # analysis on subjects the set lacked (a hostage release, a drug price inquiry, a port strike, a
    # budget's passage, a satellite launch delay, a museum restitution claim, an airline merger review,
    # a hospital cyber attack, a coalition's collapse, a mine rescue), dense in reported speech, denials,
    # plans, conditionals and repeated mentions; written, annotated and committed before the extractor
    # was run on them, scored once on the unchanged rules as a fresh check, then read
    "s38e-analysis-coalition-collapse-vessland",
    "s38e-news-airline-merger-review-skyra-norwind",
    "s38e-news-budget-passes-parliament-ostmark",
    "s38e-news-cyber-attack-st-brannocks-hospital",
    "s38e-news-drug-price-inquiry-corvane",
    "s38e-news-hostage-release-tessaly-aid-workers",
    "s38e-news-mine-rescue-harrow-deep",
    "s38e-news-museum-restitution-ebo-bronzes",
    "s38e-news-port-strike-dunmore-dockers",
    "s38e-news-satellite-launch-delay-aurel-2",
    # session forty-three (page genres the set had few of, issue 11/12): an insurer's final response with
    # a dated claim timeline in list lines, a lab notebook under ISO-dated entries with clock times, a
    # parish magazine's December calendar, a newspaper's 100/50/25-years-ago column, a house listing
    # with a DD/MM/YYYY sale-history table and a family page of baptisms, marriages and burials (two
    # with no date); written, annotated and committed before the extractor was run on them, scored once
    # on the unchanged rules as a fresh check, then read
    "s43g-complaint-reply-boiler-claim",
    "s43g-family-page-penhallow-registers-undated",
    "s43g-house-listing-sale-history",
    "s43g-lab-notebook-yeast-growth-undated",
    "s43g-parish-calendar-advent-december",
    "s43g-years-ago-column-lifeboat-cinema",
)

#: The sets written by developers who write no rules, once never opened, that session thirty-eight opened
#: for study: ``--part`` name -> its articles. Each was committed before the extractor ran on it and
#: scored once on the unchanged rules (those first figures, the honest ones, stay in the README). By
#: session thirty-eight twenty-eight such sets had scored in aggregate for up to thirty sessions at the
#: same events P 0.85-0.92, R 0.78-0.87, with no session's rules moving them: rules written from the
#: readable part alone did not carry, and fifteen articles a session were too few to say why. The
#: fifteen oldest (198 articles by many writers) became a part of their own, ``--part opened``, read with
#: ``--errors`` like the readable part, so that the kinds other writers' texts bring can be studied; the
#: twelve newest (180) and the holdout quarter stay never opened, a quarter of the whole set. The opened
#: part stays out of ``readable`` so that the readable figure (and what is trained on it) is unchanged.
#: Session fifty-six opened the next twelve (``unopened26`` to ``unopened38``, 180 articles): by then
#: seventeen more sets had scored for up to thirty sessions at events recall 0.80-0.84 while the parts we
#: read rose to 0.90, and the 198 opened articles were too few to show the kinds that recall misses on
#: other writers' text. Seventeen sets (``unopened39`` on) and the holdout quarter, a quarter of the
#: whole set, stay never opened.
OPENED_PARTS: dict[str, frozenset[str]] = {
    # session five (gold-fresh), after the holdout quarter had been probed in aggregate by many rule
    # writers: a mine flood rescue, a ferry strike, an appeal ruling, a transfer saga, an earnings call, a museum
    # reopening, a wildfire timeline, an election-night live blog, a biography, an expedition diary, a trade
    # route's history and a council budget
    "unopened": frozenset({
        "appeal-quarry-blasting-nuisance",
        "biography-weather-forecaster-carrow",
        "council-budget-fiscal-year-vote",
        "diary-glacier-ice-core-expedition",
        "earnings-call-software-second-quarter",
        "football-striker-transfer-saga",
        "history-ancient-salt-road",
        "liveblog-mayoral-election-count",
        "museum-weaving-mill-reopening",
        "strike-ferry-crews-pay-dispute",
        "wildfire-ridge-fire-timeline",
        "wire-copper-mine-flood-rescue",
    }),
    # session nine (fresh-gold): international news, analysis, a dock strike's history, a chipmaker's
    # results, local news, an obituary and a health study
    "unopened9": frozenset({
        "analysis-karsk-grain-corridor-conditions",
        "business-norvik-chipmaker-forecast-cut",
        "health-nap-memory-study-nordic",
        "history-carrick-dock-strike-port-act",
        "local-brookfield-pool-chlorine-leak",
        "news-talvaria-oresh-river-data-deal",
        "obituary-union-organiser-kovalenko",
        "wire-marenda-border-crossings-accord",
    }),
    # session twelve: one article of each genre users drop into the app (wire, analysis, court,
    # earnings, local news, obituary, an undated institution's history, sport, health, a long feature)
    "unopened12": frozenset({
        "s12u-analysis-pellmark-self-rule-vote",
        "s12u-business-ostrander-lines-loss-ceo",
        "s12u-court-care-home-fire-checks",
        "s12u-feature-orrinford-record-pressing-plant",
        "s12u-history-skelby-lifeboat-station",
        "s12u-local-harnley-bridge-lorry-strike",
        "s12u-obituary-violin-maker-tirrow",
        "s12u-science-sepsis-blood-test-trial",
        "s12u-sports-caldmouth-mariners-playoff-final",
        "s12u-wire-sarovan-kethria-prisoner-swap",
    }),
    # session thirteen: a press release, a courts blotter, a council session, a timeline list, a
    # career profile, a product launch, an investigation, a live blog, a disaster over days, a Q&A
    "unopened13": frozenset({
        "s13u-blotter-harwick-police-courts",
        "s13u-council-session-portlow-harbour-levy",
        "s13u-disaster-mount-harrel-eruption",
        "s13u-interview-swimmer-nia-solvik",
        "s13u-investigation-corran-dye-works-river",
        "s13u-liveblog-dunmore-marathon",
        "s13u-press-release-ministry-flood-grants",
        "s13u-profile-conductor-anneli-varo",
        "s13u-tech-launch-pellion-folding-tablet",
        "s13u-timeline-vellmouth-water-crisis",
    }),
    # session fourteen: a hockey season, an obituary, a supreme court ruling, an astronomy story,
    # earnings, rail strikes, an anniversary feature, an election count, an exhibition review, an outbreak
    "unopened14": frozenset({
        "s14u-anniversary-lowther-reservoir-flood",
        "s14u-court-brayford-damp-eviction-ruling",
        "s14u-earnings-vendrel-foods-q2",
        "s14u-election-harwick-mayor-overnight-count",
        "s14u-health-brackwater-legionnaires-update",
        "s14u-obituary-cook-marguerite-oyelaran",
        "s14u-review-weaver-teodor-vasko-retrospective",
        "s14u-science-velka-ring-discovery",
        "s14u-sports-tarnhill-otters-season-recap",
        "s14u-transport-corrick-rail-strike-week",
    }),
    # session fifteen: an IT post-mortem, an undated engineer's biography, a merger, a school board,
    # a storm and floods, a contract dispute, a retraction, a travel feature, a conflict wire, a book review
    "unopened15": frozenset({
        "s15u-biography-engineer-aurel-brannock",
        "s15u-business-halvard-corvane-merger",
        "s15u-labour-velstad-tram-pay-deal",
        "s15u-postmortem-quillnet-resolver-outage",
        "s15u-review-novelist-henrike-dall-prize",
        "s15u-school-board-eastmere-pellow-closure",
        "s15u-science-halbrook-marrow-paper-retraction",
        "s15u-travel-tessaly-river-port",
        "s15u-weather-storm-idris-dunmarrow-floods",
        "s15u-wire-merravel-rebels-seize-ostry",
    }),
    # session sixteen: a football season, a criminal trial, a food maker's fiscal-year results, a
    # wildfire live blog, a probe's mission timeline, an outbreak report, a bill's passage, a museum review,
    # a volcano bulletin and a family-history blog post
    "unopened16": frozenset({
        "s16u-blog-family-history-ilse-marran",
        "s16u-bulletin-mount-sarrow-alert-level",
        "s16u-court-hester-quaid-bribery-trial",
        "s16u-earnings-dunmore-foods-q2-fy26",
        "s16u-health-bereni-measles-sitrep",
        "s16u-liveblog-tolley-ridge-wildfire",
        "s16u-politics-rented-homes-deposits-act",
        "s16u-review-tarsa-city-of-salt-exhibition",
        "s16u-space-aster2-helva-flyby-timeline",
        "s16u-sports-harlow-vale-season-report",
    }),
    # session seventeen: a grounded vessel's report, a university strike timeline, a tour diary, a
    # trial press release, a heat-health alert, an oral history, an undated railway history, a vintage
    # report, a crowdfunding update and public notices
    "unopened17": frozenset({
        "s17u-advisory-ostbury-heat-health-alert",
        "s17u-blog-lantern-thieves-tour-diary",
        "s17u-crowdfunding-kettleby-lamp-update-14",
        "s17u-history-tarnwick-esk-valley-railway",
        "s17u-incident-report-orla-brenning-grounding",
        "s17u-notices-harrowgate-courier-public-notices",
        "s17u-press-release-velmora-cough-trial",
        "s17u-timeline-carrow-university-strike",
        "s17u-transcript-former-ambassador-strom-hale",
        "s17u-vintage-report-domaine-de-sorel-2025",
    }),
    # session eighteen: a border crisis wire, an undated weavers' rising, an appeal ruling, an
    # ice-drilling story, an obituary, a local brief, a ministry briefing, an NGO field report, a recall
    # timeline, an archaeology story, then a hockey season, a mayor's profile and a committee report
    "unopened18": frozenset({
        "s18u-archaeology-karvos-bronze-age-harbour-wall",
        "s18u-court-port-selwyn-quay-appeal-ruling",
        "s18u-history-valmoor-weavers-rising",
        "s18u-local-kestermouth-mill-lane-burst-main",
        "s18u-ngo-hands-across-temes-field-report",
        "s18u-obituary-hedda-lorne-mapmaker",
        "s18u-parliament-rural-bus-committee-report",
        "s18u-profile-edda-varn-holmgard-mayor",
        "s18u-science-deep-archive-ice-drilling",
        "s18u-sports-halvik-hawks-season-review",
        "s18u-timeline-brenmoor-dairies-recall",
        "s18u-transcript-selmar-health-ministry-briefing",
        "s18u-wire-dravenia-border-post-envoy",
    }),
    # session nineteen: quarterly results, an undated cathedral history, a storm timeline, a band's
    # decades, a strike, an undated ice-cap crossing, an election live blog, a fraud sentencing, an undated
    # biography, a flood appeal, a bill, a transfer saga, then an undated kingdom, a council meeting and a
    # cruise notice
    "unopened19": frozenset({
        "s19u-appeal-sarrow-delta-floods",
        "s19u-biography-chemist-agnete-holberg",
        "s19u-council-fenwick-skate-park-vote",
        "s19u-court-wren-trust-fraud-sentencing",
        "s19u-earnings-corvane-freight-q2",
        "s19u-expedition-vardal-ice-cap-crossing",
        "s19u-feature-gullhaven-rovers-forty-years",
        "s19u-history-carrowmere-cathedral",
        "s19u-history-kingdom-of-orsa",
        "s19u-liveblog-vellmark-governor-election-night",
        "s19u-notice-aurelle-dawn-itinerary-change",
        "s19u-politics-coastal-access-bill-passage",
        "s19u-sport-emil-rask-transfer-saga",
        "s19u-strike-halden-glassworks-week-one",
        "s19u-timeline-storm-ottilie-skerry-isles",
    }),
    # session twenty: a tribunal judgment, a drug trial, a lunar landing, an undated provenance
    # history, a tennis tournament, an air accident report, an undated sultanate, a founder's profile, a
    # food recall, a state visit's programme, a wildfire season, a canal lock failure, a bakery's long read,
    # a rate decision and an undated calendar of letters
    "unopened20": frozenset({
        "s20u-archive-harrow-linde-letters-calendar",
        "s20u-aviation-brannoch-helicopter-ditching-report",
        "s20u-centralbank-velmark-rate-hold",
        "s20u-health-halbeck-kidney-drug-phase-2",
        "s20u-history-sarvani-sultanate",
        "s20u-longread-vasko-bakery-three-generations",
        "s20u-profile-founder-helga-brandt-rain-jackets",
        "s20u-provenance-hallvik-woman-with-a-lute",
        "s20u-recall-hollen-oat-drink-plastic",
        "s20u-shipping-veller-canal-lock-failure",
        "s20u-space-pellan-2-lunar-landing",
        "s20u-sport-harrowgate-open-tennis-final",
        "s20u-summit-telenko-state-visit-programme",
        "s20u-tribunal-ostrel-camp-commander-judgment",
        "s20u-wildfire-kessing-forest-season-summary",
    }),
    # session twenty-one: a court docket, a regulator's enforcement timeline, an undated union
    # history, a shipwreck and salvage, an undated epidemic ledger, a film diary, an undated expedition log,
    # an assembly calendar, a bankruptcy chronology, an undated order's history, a tram line's delays, an
    # esports final, a volcano bulletin, a personal essay with no year and a spy case from archive files
    "unopened21": frozenset({
        "s21u-bankruptcy-brightwell-home-stores-chronology",
        "s21u-diary-film-production-salt-road",
        "s21u-docket-pellworth-pension-fraud-hearings",
        "s21u-enforcement-carrow-water-spill-reporting-fine",
        "s21u-epidemic-skelby-cholera-1854-week-by-week",
        "s21u-esports-vantage-league-world-finals",
        "s21u-essay-moving-to-a-cold-country",
        "s21u-expedition-kaldur-north-ridge-log",
        "s21u-history-sisters-of-saint-ebba-order",
        "s21u-history-tinplate-workers-union-1891-1936",
        "s21u-legislature-norrmark-assembly-spring-calendar",
        "s21u-shipwreck-sea-lark-salvage",
        "s21u-spy-case-harbour-clerk-files-reopened",
        "s21u-transit-ostervik-tram-line-delays",
        "s21u-volcano-mount-arvel-eruption-bulletin",
    }),
    # session twenty-two: a museum restitution, a river flood, a start-up's rounds and sale, an
    # undated composer's life, a ransomware incident, a pit disaster retold, a teachers' strike, a satellite
    # re-entry, a band's break-ups, an airline merger, an undated priority dispute, a drought report, a
    # committee's hearings, a vault heist and trial, and an undated spelling reform
    "unopened22": frozenset({
        "s22u-airline-skyrail-nordair-merger-saga",
        "s22u-band-lantern-static-tours-breakups",
        "s22u-composer-aurelia-fenn-life-premieres",
        "s22u-cyber-vellmark-ports-ransomware-incident",
        "s22u-drought-lower-tessa-harvest-season-report",
        "s22u-flood-sallow-river-crest-day-by-day",
        "s22u-heist-lindale-vault-tunnel-trial",
        "s22u-inquiry-halbrook-hospital-contract-hearings",
        "s22u-language-veskan-spelling-reform-history",
        "s22u-mining-brenhollow-pit-roof-fall-rescue",
        "s22u-museum-vessen-bowl-restitution",
        "s22u-satellite-arden-3-reentry-bulletin",
        "s22u-school-pine-hollow-teachers-strike",
        "s22u-science-marrow-effect-priority-dispute",
        "s22u-startup-brightloop-rounds-layoffs-sale",
    }),
    # session twenty-three: a brig's logbook voyage, a bus fare history, a vaccine's regulatory path,
    # a patent war, a hurricane season, a prison escape, a bank siege live blog, a bridge collapse inquiry,
    # a club's owners, a novelist's publishing history, a dam's failure, a currency crisis by weeks, a
    # succession dispute, a lab fire report and a wildlife reintroduction
    "unopened23": frozenset({
        "s23u-currency-veldra-crown-crisis-weeks",
        "s23u-dam-hallam-reservoir-construction-failure",
        "s23u-escape-marlow-ridge-prison-manhunt",
        "s23u-football-calder-vale-ownership-changes",
        "s23u-hostage-brannock-bank-siege-live",
        "s23u-hurricane-serrano-basin-2025-season-review",
        "s23u-inquiry-ferrand-street-footbridge-collapse",
        "s23u-lab-hollin-institute-solvent-fire-report",
        "s23u-novelist-edda-marsh-publishing-history",
        "s23u-patent-loomfield-asterion-hinge-war",
        "s23u-succession-kingdom-of-arle-dispute",
        "s23u-transit-kelderby-bus-fare-history",
        "s23u-vaccine-halvard-rsv-regulatory-path",
        "s23u-voyage-brig-halcyon-logbook-1856",
        "s23u-wildlife-dunmore-pine-marten-reintroduction",
    }),
    # session twenty-four: a medieval chronicle retold, a railway's construction, a pandemic ward diary,
    # a canal blockage, a wine vintage report, a census history, a satellite launch campaign, a coup
    # attempt hour by hour, an Olympic bid, a paper's retraction, a refugee camp's growth, an opera
    # house's seasons, a dockers' union's founding, a doping case and a pipeline's permitting saga
    "unopened24": frozenset({
        "s24u-camp-dorra-camp-growth-sitrep",
        "s24u-canal-serat-canal-blockage-wire",
        "s24u-census-lanmark-census-history",
        "s24u-chronicle-wendmere-annals-retold",
        "s24u-coup-tarsova-attempt-live",
        "s24u-diary-ward-seven-pandemic-blog",
        "s24u-doping-tamsin-rhee-case",
        "s24u-launch-orvel-satellite-campaign",
        "s24u-olympics-kessen-bid-history",
        "s24u-opera-marrowgate-opera-seasons",
        "s24u-pipeline-veyle-permitting-saga",
        "s24u-railway-corran-valley-line-construction",
        "s24u-retraction-hallin-lab-controversy",
        "s24u-union-gullhaven-dockers-founding",
        "s24u-wine-calvaro-vintage-report",
    }),
    # session twenty-five: a space probe's approach log, a language academy's reforms, a wildfire's incident
    # updates, a football transfer saga, a shipwreck's formal investigation, a university's founding history,
    # a glacier survey's field notes, a tram strike week, a bankruptcy docket, an archaeological dig season,
    # an election night live blog, a film's troubled production, a lighthouse's keepers, a measles outbreak
    # report and a central bank's year of rate decisions
    "unopened25": frozenset({
        "s25u-academy-selvan-language-academy-reforms",
        "s25u-bankruptcy-marlow-home-furnishings-docket",
        "s25u-dig-hollin-knowe-hillfort-season",
        "s25u-election-aldmark-regional-results-live",
        "s25u-film-salt-road-troubled-production",
        "s25u-glacier-skarda-survey-field-notes",
        "s25u-lighthouse-skerrow-head-keepers",
        "s25u-measles-dunmarrow-outbreak-summary-report",
        "s25u-probe-tessaly-asteroid-approach-log",
        "s25u-ratepolicy-bank-of-ostmark-year-review",
        "s25u-shipwreck-calloway-formal-investigation",
        "s25u-tram-velden-drivers-strike-week",
        "s25u-transfer-dario-feld-ostbury-saga",
        "s25u-university-harrowgate-founding-history",
        "s25u-wildfire-carrow-ridge-fire-updates",
    }),
    # session twenty-six: an astronaut's retirement profile, an earthquake information bulletin in local and UTC
    # times, a 16th-century siege (no publication date), an 18th-century share bubble (no publication date), a Norse
    # settlement's history (no publication date), a mining ghost town in US dates (no publication date), a road
    # closure notice in future dates, a golf tournament's play-off, a cold case's murder verdict, an eclipse guide
    # with a BC century, a research cruise blog, a subsea cable cut under a wire dateline with the date at the foot,
    # a folk festival's fifty years, a tunnel project's update with quarters and a mayor's farewell speech
    "unopened26": frozenset({
        "s26u-blog-research-cruise-orla-trench",
        "s26u-bulletin-vessa-valley-earthquake",
        "s26u-court-cold-case-alison-meyrick",
        "s26u-festival-brackwater-folk-fifty-years",
        "s26u-guide-valmora-total-eclipse",
        "s26u-history-ghost-town-silver-gulch",
        "s26u-history-meridian-fisheries-bubble",
        "s26u-history-norse-settlement-skarvik",
        "s26u-history-siege-of-kalvenburg",
        "s26u-newsletter-kelder-crossing-tunnel-update",
        "s26u-notice-harlow-bridge-road-closure",
        "s26u-profile-astronaut-mirela-sandu",
        "s26u-speech-mayor-okoro-farewell",
        "s26u-sport-golf-coastal-open-playoff",
        "s26u-wire-skerra-subsea-cable-cut",
    }),
    # session twenty-seven: a Roman client king's reign in BC and AD years (no publication date), a cricket Test's five
    # days, a church synod's election over three days under a wire stamp with a zone, an Atlantic record flight of 1931
    # (no publication date), an 18th-century naval court-martial (no publication date), an "On this day" list whose
    # entries are years only, a television series' broadcast history (no publication date), a tracked osprey's
    # migration blog, a Grand Prix weekend, a crypto exchange's bankruptcy in US dates, an avalanche rescue told by
    # weekdays, a farm inheritance feud's appeal, a video game's delays with quarters, a hospital's first kidney
    # transplant sixty years on and a party leadership contest's timetable in future dates
    "unopened27": frozenset({
        "s27u-blog-osprey-freya-migration",
        "s27u-business-coinvale-exchange-bankruptcy",
        "s27u-feature-hollins-farm-inheritance-appeal",
        "s27u-feature-st-columba-first-kidney-transplant",
        "s27u-games-starfall-drift-release-date",
        "s27u-history-client-king-raskos-of-tervantia",
        "s27u-history-court-martial-captain-wrenfield-1758",
        "s27u-history-kestrel-atlantic-flight-1931",
        "s27u-list-portsmere-on-this-day-14-october",
        "s27u-local-valdor-avalanche-four-skiers-rescued",
        "s27u-politics-liberal-union-leadership-timetable",
        "s27u-sport-cricket-test-rearguard-draw",
        "s27u-sport-motor-racing-okafor-first-win",
        "s27u-wiki-tv-series-harbour-lights",
        "s27u-wire-lestrian-synod-elects-patriarch",
    }),
    # session twenty-eight: four wire stories in the 1990s style of US agencies and papers (a bank merger under a
    # wire stamp in slashes, a parcel drivers' strike under an agency slug, a state budget vote under a "Published:"
    # line and a dateline a day earlier, a utility's 9/9/99 date test), a papal conclave of 1287-1289 (no publication
    # date), a police press release with 24-hour clock times, a city marathon, a treaty negotiation of 1815-1816 (no
    # publication date), a primary school's centenary, a referendum timetable in future dates, a mill fire in a 1912
    # newspaper ("the 12th inst."), a suspension bridge's construction (no publication date), a stolen painting
    # recovered after 47 years, a whaling station's history (no publication date) and a horse race named by its clock time
    "unopened28": frozenset({
        "s28u-feature-stolen-still-life-returned-after-47-years",
        "s28u-history-carrow-gorge-suspension-bridge",
        "s28u-history-conclave-of-orvano-1287",
        "s28u-history-port-halvard-whaling-station",
        "s28u-history-treaty-of-lindmark-1816",
        "s28u-local-hillcrest-primary-centenary",
        "s28u-newspaper-1912-briggate-mills-fire",
        "s28u-police-release-elmbridge-cash-machine-raid",
        "s28u-politics-calderbridge-tourist-tax-referendum",
        "s28u-sport-harbourside-marathon-course-record",
        "s28u-sport-racing-grey-warden-gold-cup-chase",
        "s28u-wire-1995-harrisburg-senate-passes-budget",
        "s28u-wire-1997-allied-parcel-drivers-strike",
        "s28u-wire-1998-piedmont-tidewater-bank-merger",
        "s28u-wire-1999-ohio-utility-date-test",
    }),
    # session twenty-nine: four wire stories in the 1990s style of US agencies and papers (a software maker's fiscal
    # quarter under an agency slug, a product-liability verdict sent four days after it, a college football coach's
    # firing, a city vote under a dateline a day before its publication line with "today" and "yesterday"), a Greek
    # colony's history in BCE and CE years (no publication date), a translated Xinhua item with a time stamp, a chair's
    # letter in an annual report dated at its foot, a steam locomotive's restoration (no publication date), a medieval
    # market town's charter and fair (no publication date), a 1917 battalion war diary in D.M.YY dates and 24-hour
    # times (no publication date), a software security advisory with an ISO-dated disclosure timeline, a zoo's birth
    # announcement, a mining company's stock-exchange announcement in DD/MM/YYYY dates, a boxing title fight and a
    # Channel swimmer's blog in clock times
    "unopened29": frozenset({
        "s29u-annual-report-chair-letter-halden",
        "s29u-asx-announcement-ferrier-gold-drilling",
        "s29u-blog-channel-swim-royle",
        "s29u-boxing-title-fight-okonjo-varga",
        "s29u-heritage-railway-locomotive-4417",
        "s29u-history-greek-colony-amphidora",
        "s29u-history-medieval-market-town-kingsford",
        "s29u-nyt1997-airport-runway-vote",
        "s29u-security-advisory-kestrel-gateway",
        "s29u-translated-xinhua-railway-opens",
        "s29u-war-diary-fusiliers-june-1917",
        "s29u-wire1996-college-coach-fired",
        "s29u-wire1998-software-maker-quarterly-loss",
        "s29u-wire1999-ladder-maker-jury-verdict",
        "s29u-zoo-red-panda-twins",
    }),
    # session thirty: three wire stories in the US agency and newspaper style of 1997-2000 (an AP refinery fire under an
    # editors' correction line with the agency slug at its foot, a New York Times airline loss sent days after its
    # results with a dated correction below it, a Reuters "UPDATE 2" on a hog farm's river spill and the state's suit), a
    # government press release ("FOR IMMEDIATE RELEASE", "###", an issued line at its foot), a company's history page in
    # "1971 – ..." lines (no publication date), a sentencing, a hurricane's week under day headings, a bill's passage
    # through both houses, an archaeological dig report in BC years and "the 2nd millennium BC" (no publication date), an
    # 18th-century traveller's letters (no publication date), a cricket season review, a first ascent's history (no
    # publication date), a museum's exhibition notice with opening hours and a run of dates, a parish council's minutes
    # and a podcast transcript with time stamps recorded a week before its release
    "unopened30": frozenset({
        "s30u-company-history-tarnwick-outdoor-timeline",
        "s30u-court-scaffolding-director-jailed-apprentice-fall",
        "s30u-cricket-season-review-marlshire-promotion",
        "s30u-dig-report-harrow-knoll-excavations",
        "s30u-exhibition-castlegate-museum-measured-hours",
        "s30u-history-first-ascent-tarkhan-sar",
        "s30u-hurricane-marisol-week-day-by-day",
        "s30u-letters-grand-tour-ashcombe-1764",
        "s30u-minutes-hollowell-parish-council-november",
        "s30u-nyt2000-regional-airline-quarterly-loss",
        "s30u-parliament-bathing-waters-bill-passage",
        "s30u-podcast-transcript-dial-up-bulletin-board",
        "s30u-press-release-route-31-bridge-reopens",
        "s30u-wire1997-refinery-fire-evacuation",
        "s30u-wire1999-hog-farm-river-spill-lawsuit",
    }),
    # session thirty-one: four news stories whose date stands only in their furniture (a dateline inside the first
    # sentence with an agency name, a "Published: ... | Updated: ..." line with clock times, a byline with the date below
    # the headline, a wire story whose date stands only in its agency line at the foot), a council's road-closure notice
    # dated at its foot, an obituary of a man born in the 1920s, a scientific press release in ISO dates, an aid agency's
    # situation report under day headings, a museum object's provenance from the 18th to the 20th century (no
    # publication date), a family history with no date at all, a football transfer told by weekdays, a judgment summary
    # with ordinal days ("the 3rd of March"), a product recall under a "Date of notice" field, a hill walker's trip
    # report under "Day 1" to "Day 4" headings (no publication date) and a medieval abbey chronicle in years of grace
    # with feasts ("the following Lent", no publication date)
    "unopened31": frozenset({
        "s31u-chronicle-holmcote-abbey-years-of-grace",
        "s31u-family-history-tregannon-mill-undated",
        "s31u-judgment-summary-pennard-cold-store-fish",
        "s31u-news-byline-date-norrhaven-orchestra-violins",
        "s31u-news-dateline-vellmar-funicular-landslide",
        "s31u-news-published-line-ferrow-ward-recount",
        "s31u-notice-council-mill-lane-road-closure",
        "s31u-obituary-boat-builder-aldo-brennan",
        "s31u-press-release-science-halmer-slow-earthquake",
        "s31u-provenance-museum-pellworth-silver-tea-urn",
        "s31u-recall-notice-brisa-glass-kettle",
        "s31u-sitrep-ngo-kessa-valley-floods",
        "s31u-sport-transfer-harwick-sign-velde",
        "s31u-trip-report-carn-dearg-horseshoe-undated",
        "s31u-wire-slug-foot-roastwell-takeover-offer",
    }),
    # session thirty-three (h33u), as the honest "never seen" figure for issues #11 and #12 of that session, in
    # genres and date styles the earlier sets have little of: a laundry strike under a "PLACE, Weekday D Month YYYY –"
    # dateline ("6 a.m. today" as one expression, "last Thursday", a stoppage and talks to come), a museum astrolabe's
    # provenance from about 1568 to 2003 (no publication date), a pub share offer under a "Posted: D Month YYYY, 8:30am"
    # line ("last autumn", "last week" as an ISO week), a hospital's night without power in clock times ("9.52pm" to
    # "4.41am on Wednesday"), an election count under "First published … | Updated …" lines with "Updated HH:MM:"
    # paragraphs, a seal-pup survey in ISO dates, an undated stone bridge's history (the 13th century to 2012), an air
    # accident report in UTC times ("11 March 2026, 14:32 UTC"), a school inspection report ("Inspection dates: 10 and
    # 11 March 2026", "Report published: …"), a sentencing with "last month" and "next spring", a barque's log of 1887
    # under day headings ("Friday, 14th"; no publication date), a forwarded e-mail thread ("On Tue, 3 Mar 2026 at
    # 09:14, X wrote:", each message's "today" its own), a US story in numeric dates ("3/9/2026" as 9 March), a
    # basketball season review from October 2025 to May 2026, and a company timeline in fiscal quarters ("Q3 FY2025"
    # as `FY2025-Q3`, a fiscal year from 1 July; no publication date)
    "unopened33": frozenset({
        "s33u-aviation-report-utc-norte-an412-cabin-smoke",
        "s33u-company-timeline-fiscal-quarters-tessaly-robotics",
        "s33u-court-sentencing-brayfield-hospice-treasurer",
        "s33u-email-thread-forwarded-kettering-depot-chillers",
        "s33u-history-undated-ashcombe-stone-bridge",
        "s33u-inspection-report-fellgate-primary-school",
        "s33u-live-updated-halvern-mayoral-count",
        "s33u-local-news-posted-dunsby-plough-share-offer",
        "s33u-news-dateline-corvale-laundry-strike",
        "s33u-provenance-kesterby-museum-merrow-astrolabe",
        "s33u-report-night-st-brannocks-hospital-power-failure",
        "s33u-science-iso-skerra-point-seal-pup-survey",
        "s33u-ships-log-margaret-orme-liverpool-funchal-1887",
        "s33u-sport-season-review-dunlow-harriers-basketball",
        "s33u-us-news-numeric-dates-millbrook-library-reopening",
    }),
    # session thirty-four (h34u), as the honest "never seen" figure for issues #11 and #12 of that session, in
    # genres and date styles the earlier sets have little of: a frigate's career in encyclopedia style (laid down,
    # launched, commissioned, refits, scrapped; no publication date), a rock band's history (formed, albums, a split, a
    # re-forming; no publication date), a CV whose roles are year ranges ("(2018–2021)" end by end, "since 2021",
    # subjectless lines), a forum post on a car repair under a "Posted: Thu 19 Mar 2026, 21:47" line ("A couple of
    # weeks back", "last Tues" as the Tuesday of the week before, "tmr", "Sat morning" past and future), a wedding
    # plan of future dates, a construction progress report (done and planned, "the week of 9 March" as an ISO week),
    # an airliner type's history (first flight, service entry, a crash, a grounding, retirement; no publication
    # date), a gazette's legal notices (an Order made and coming into force, a licence suspended; years in the names
    # of Acts and Orders are no timexes), a paper's field-sampling methods ("between 4 and 19 June 2024", "on 5, 12
    # and 18 June" as three events), a bird-ringing recovery report, a building society's fraud alert ("since
    # Friday", "yesterday", "next Monday, 16 March"), a clinical letter ("two years ago", "on admission", "day 3" as
    # days counted from admission), a film festival's prizes under a dateline, a housing estate's regeneration
    # timeline from 1956 to 2026 under year headings, and a merchant's diary of 1667 under day headings ("Monday, 4
    # March 1666/7", a New Style date given in Old Style; no publication date)
    "unopened34": frozenset({
        "s34u-aircraft-type-history-aviora-marlin-undated",
        "s34u-bank-fraud-alert-fernbank-text-scam",
        "s34u-clinical-letter-case-history-albury-pneumonia",
        "s34u-construction-status-kellerby-bridge-report-14",
        "s34u-cv-career-summary-priya-castellan",
        "s34u-diary-17th-century-nathaniel-crewe-hull-old-style",
        "s34u-encyclopedia-band-glasshouse-radio-undated",
        "s34u-encyclopedia-warship-hms-tarrant-undated",
        "s34u-film-festival-prizes-salthaven-golden-lantern",
        "s34u-forum-post-car-repair-limp-mode-saga",
        "s34u-gazette-legal-notices-westmarch-effective-dates",
        "s34u-paper-methods-field-sampling-corrie-bhan-midges",
        "s34u-regeneration-timeline-ferrier-estate-kelham",
        "s34u-ringing-recoveries-tarnhead-swift-godwit",
        "s34u-wedding-plan-timeline-pellow-barn",
    }),
    # session thirty-five (h35u), as the honest "never seen" figure for issues #11 and #12 of that session, in
    # genres and date styles the earlier sets have little of: an obituary (born, career, died "on Saturday", a funeral
    # "at 11am on Friday 20 March" still to come), a football match report (minutes of play as no timexes, "next
    # Saturday's", "Tuesday night"), a sentencing summary (charged, pleas, "the following week" as an ISO week, a
    # hearing listed), a quarterly earnings release ("the third quarter of fiscal 2026", "the year-ago period", "10:00
    # CET today"), a travel blog under "Day 1" to "Day 5" headings with clock times, a primary school newsletter (term
    # dates, "Tuesday 17 March, from 3.30pm to 7pm", past and upcoming events), a painting's provenance from 1887 to 2020
    # (no publication date), a product recall notice, an archaeological dig's season report ("390 and 200 BC" end by
    # end, "the first week" as an ISO week), a bill's passage (readings, committee stage, assent, commencement), a BC
    # siege history (no publication date), a Q/A interview (no publication date; "Next spring" unresolved), a lifeboat
    # station's launch log in 24-hour clock times past midnight, a cyclist's season review and a heritage walk leaflet
    # (no publication date)
    "unopened35": frozenset({
        "s35u-ancient-history-siege-of-karesh-undated",
        "s35u-bill-passage-kestria-shoreline-access-act",
        "s35u-cycling-season-review-maren-solberg",
        "s35u-dig-season-report-cold-harrow-hillfort",
        "s35u-earnings-release-norrland-pumps-q3-fy2026",
        "s35u-interview-potter-yusuf-amari-undated",
        "s35u-lifeboat-launch-log-porthallow-august",
        "s35u-match-report-marsden-vale-kestrel-park",
        "s35u-obituary-glassblower-ines-marrow",
        "s35u-provenance-vellert-orchard-at-hollum-undated",
        "s35u-recall-notice-brackenridge-glass-kettle",
        "s35u-school-newsletter-ashgrove-primary-spring",
        "s35u-sentencing-summary-caldwell-housing-trust-fraud",
        "s35u-travel-blog-kessel-coast-path-five-days",
        "s35u-walk-leaflet-brindle-heritage-trail-undated",
    }),
    # session thirty-six (h36u), as the honest "never seen" figure for issues #11 and #12 of that session, in
    # genres and date styles the earlier sets have little of: a wedding announcement under a "Published:" line (met
    # "in the autumn of 2019", engaged "on New Year's Eve 2024", "midnight", a celebration "next April" kept), a
    # scientific paper's history-of-the-method paragraph (no publication date; "1993–94" end by end, "two years later",
    # an abandonment told after a spill undated), a rowing club's annual report ("2025–26", "late June", "the Easter
    # weekend" as a weekend of an ISO week, a death, a coach stepping down, the AGM scheduled), a podcast's show notes
    # (chapter timestamps "03:15" are no timexes; subjectless chapter lines as events), a planning application's
    # decision history (submitted, validated, objected, refused, appeal allowed, a visit scheduled), a medical case
    # report by hospital day ("On admission (day 1)", "day 6", "week 3" of the stay), a ship's launch-and-service
    # history (no publication date; laid, launched, struck, sold, laid up, broken up), a union strike chronology under
    # date headings in the present tense ("6–27 February", "Yesterday:"), a museum exhibition press release under a
    # dateline ("last week" in a quote, a preview scheduled), a government consultation's timeline (next steps in the
    # spring, on a day and at the end of a month), a personal email recounting last week ("Last Monday", "Friday
    # morning", "next weekend"), a medieval chronicle retold in regnal years and feast days (no publication date;
    # "at Martinmas 1141", "Whitsunday", "the third day after", "in the fourth year of his reign"), a genealogy entry in
    # register abbreviations (no publication date; "b. c. 1788", "bapt.", "m. 1st", "d.", "bur."), an employment
    # tribunal's findings of fact ("On or about 3 May 2024", numbered paragraphs) and a volcano observatory bulletin in
    # UTC clock times ("21:00 yesterday", "overnight", "first light on Tuesday")
    "unopened36": frozenset({
        "s36u-case-report-leptospirosis-canal-rower",
        "s36u-chronicle-retold-king-osric-aldermere-undated",
        "s36u-club-annual-report-fellside-rowing",
        "s36u-consultation-timeline-inland-fishing-licences",
        "s36u-email-family-news-what-a-week",
        "s36u-genealogy-notes-brereton-tolland-mill-undated",
        "s36u-paper-method-history-cold-flotation-assay-undated",
        "s36u-planning-decision-history-pellam-lane-barn",
        "s36u-podcast-show-notes-long-field-orchard",
        "s36u-press-release-museum-indigo-roads",
        "s36u-ship-history-mv-corra-lind-undated",
        "s36u-strike-chronology-vossberg-tanmoor",
        "s36u-tribunal-findings-meira-v-ardlow-care",
        "s36u-volcano-bulletin-mount-keth-activity",
        "s36u-wedding-announcement-adeyemi-sandqvist",
    }),
    # session thirty-seven (h37u), as the honest "never seen" figure for issues #11 and #12 of that session, leaning
    # towards what users drop in (reporting and analysis): a two-country border negotiation under a "CITY, D Month
    # YYYY —" dateline (three envoys flying "on Monday evening" in one sentence, a walkout also told as "broke down in
    # July", a survey, a ministers' meeting and a third round "early December" kept as scheduled; a forecast left out),
    # a bribery trial's progress under a byline with the date beneath it and a "CITY (Agency) —" dateline (testimony,
    # an alleged payment "in the spring of 2020", steering contracts "between 2019 and 2022", arrest, charge, a juror
    # discharged, the trial resuming "on Tuesday"), a merger saga with a rival bid under "Published:" (approach,
    # rejection "within a week", offers, "four days later", market moves, a shareholder vote kept, a regulator's
    # deadline and a conditional completion left out), a regional election night under "Updated 02:40, Friday 8 May
    # 2026" with clock times past midnight ("11.52pm", "about 12.15am", "1.45am"), a flood response a week on
    # ("the afternoon of 15 February", "midnight", "overnight", "Easter", a shelter closing "on Sunday"), a drug
    # approval (FDA and EMA decisions, a rejection also told as "turned the drug down", a final opinion "expected in
    # November" and a launch "later this month" kept), a doping investigation under "CITY, Month D, YYYY (Agency) —"
    # ("October 3 last year" as one expression, two wins "in 2023 and 2025" as two events), an 18th-century naval
    # campaign over 1761-62 with yearless dates (no publication date), a 1926 dock strike (no publication date), a
    # city's wars of 480-404 BC (no publication date; "the early fifth century BC", "before the year was out"), a
    # think tank's backgrounder ending in a "2019, June:" timeline that repeats its happenings, an NGO cholera
    # situation report with "As of 1 July" figures, an encyclopedia biography (no publication date; "1911–1914",
    # memoirs "published in 1936 and 1939" as two events), a parliamentary committee's evidence-session summary in
    # numbered paragraphs, and a magazine feature that opens on Thursday and flashes back to 1887
    "unopened37": frozenset({
        "s37u-ancient-history-kalydra-wars-undated",
        "s37u-backgrounder-haskell-interconnector-timeline",
        "s37u-biography-engineer-matthias-oberholm-undated",
        "s37u-border-talks-serevia-kolvassa",
        "s37u-committee-hearing-lanthorn-rail-timetable",
        "s37u-dock-strike-port-skelling-1926-undated",
        "s37u-doping-investigation-mwangole-blood-passport",
        "s37u-drug-approval-pelorus-veltarsen",
        "s37u-election-night-tessmoor-regional-assembly",
        "s37u-feature-pendrell-bell-foundry",
        "s37u-flood-response-kelsby-week-on",
        "s37u-merger-saga-ashwold-dairies-rival-bid",
        "s37u-naval-campaign-corvine-straits-undated",
        "s37u-situation-report-cholera-sembe-lugora",
        "s37u-trial-report-veldmouth-mayor-bribery",
    }),
    # session thirty-eight (h38u), as the honest "never seen" figure for issues #11 and #12 of that session, leaning
    # further towards what users drop in (reporting and analysis): a central bank's hold with the market's reaction in
    # clock times ("12:00", "12:04", "Thursday evening"; market moves kept, a forecast "in early 2027" left out), a
    # ferry sinking's investigation a month on under a "CITY, D Month YYYY —" dateline ("the night of 9 February",
    # "last week" as an ISO week, a wreck raised "between 2 and 5 March"), a rail strike with talks across the weekdays
    # of one week under a US "Last updated: Friday, October 23, 2026 at 6:10 p.m." line, an appeal court quashing a 1987
    # conviction under a date beneath the headline and a "CITY (Agency) —" dateline, a product recall and a chief
    # executive's resignation under "CITY, State, Month D, YYYY —", a UN Security Council vote with reactions from
    # several capitals under "UNITED NATIONS (Agency) —" (no publication date: weekdays stay "XXXX-WXX-N"), a wildfire
    # live blog with "Updated 14:05" entries, a footballer's transfer saga under "By … · 1 Sep 2026, 11:02pm", a
    # 12th-century succession dispute in regnal years and yearless dates, a 1907–09 polar expedition told from diaries
    # and a Roman Republic campaign of 154–151 BC (histories with no publication date), a company chair's annual
    # statement with fiscal years "2025/26" end by end (no publication date), a police press release, a weekly
    # community newsletter with a what's-on diary ("Sat 17 Oct, 10am–noon:"), and an opinion column comparing a 1983
    # shipyard closure with a 2026 plant closure
    "unopened38": frozenset({
        "s38u-appeal-ruling-orwin-tealby-1987-conviction",
        "s38u-chair-statement-kestrane-foods-annual-report-undated",
        "s38u-ferry-sinking-selka-star-month-on",
        "s38u-history-aldreth-succession-regnal-years-undated",
        "s38u-live-blog-harnock-ridge-wildfire",
        "s38u-newsletter-wennick-green-weekly-whats-on",
        "s38u-opinion-stovehaven-shipyard-battery-plant-closures",
        "s38u-polar-expedition-auklet-diaries-undated",
        "s38u-police-release-ullesby-jewellery-raid-charge",
        "s38u-rail-strike-delveny-valley-week-of-talks",
        "s38u-rate-decision-velmarran-reserve-bank-hold",
        "s38u-recall-quillon-heater-ceo-resigns",
        "s38u-roman-campaign-orsannian-war-bc-undated",
        "s38u-security-council-vote-tarvessa-monitors-undated",
        "s38u-transfer-saga-luka-dravic-castlemere",
    }),
}

#: The never-opened sets written by developers who write no rules, in the order they were written:
#: ``--part`` name -> the articles it scores. Each set was written because the ones before had been
#: scored in aggregate after rounds of rules and no longer gave an honest "never seen" figure; each was
#: committed before the extractor was run on it and scored once on the unchanged rules (its figures are in
#: the README). They are in neither the readable part nor :data:`HOLDOUT`, nor in the every-fourth deal;
#: ``--part NAME`` prints their totals only (no ``--errors``): do not open them while writing rules. The
#: files of session N are named ``sNu-*``. A new set is one entry here: the ``--part`` choices,
#: :data:`NEVER_OPENED` and the tests derive from it.
UNOPENED_PARTS: dict[str, frozenset[str]] = {
    # session thirty-nine (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate): a council by-election won after two recounts under "By … | 13 Nov
    # 2026" (clock times "3.10am" to "6.42am" past midnight), a chlorine leak's evacuation timeline in 24-hour clock
    # times ("14:37 on Sunday", "08:00 today"), an interview-led profile of a retiring judge, a cup final won in extra
    # time with a recap of past seasons ("October that year", "the following month"), a trade-talks round told weekday
    # by weekday under a "LUSTRAVEN, 26 September 2026 —" dateline ("9 to 13 November" end by end), a museum clock's
    # theft and recovery, an earnings report with quarters ("third-quarter", "the third quarter of 2025", "late
    # January"), a satellite launch scrub and relaunch in UTC times, a plague year of 1637 in one town, a railway mania
    # of 1844–1849 and a siege of 312–310 BC (histories with no publication date), a tramway's press release of future
    # dates, a personal blog post ("last Friday", "Yesterday", "This Saturday"), a magistrates' court daily list with
    # listed hearings and results, and a lifeboat coxswain's obituary
    "unopened39": frozenset({
        "s39u-blog-rescue-greyhound-first-week",
        "s39u-by-election-thornacre-east-two-recounts",
        "s39u-chemical-leak-quenby-works-evacuation",
        "s39u-court-list-fenhallow-magistrates-docket",
        "s39u-earnings-call-vantor-systems-third-quarter",
        "s39u-history-hexton-cross-plague-year-undated",
        "s39u-history-siege-of-oreskos-bc-undated",
        "s39u-history-wendlow-railway-mania-undated",
        "s39u-museum-theft-halleck-falls-clock-recovered",
        "s39u-obituary-ewan-trelissick-lifeboat-coxswain",
        "s39u-press-release-quarrow-tram-extension-dates",
        "s39u-profile-judge-marchbank-retires",
        "s39u-satellite-kittiwake-scrub-and-relaunch",
        "s39u-shield-final-brockwell-rovers-extra-time",
        "s39u-trade-talks-corvallo-dessany-fourth-round",
    }),
    # session forty-one (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate): a wire story under a "CITY, Month D (Agency) -" dateline, a
    # sports season recap from October across the new year into April, a product recall notice, a parliamentary
    # committee report, a scientific field log with UTC times in its entry headings, a local history in decades and
    # centuries, a medieval chronicle with regnal years and feast days, a BC city history (the four with no publication
    # date), a letter to the editor, a weekly market report (shares moving on named days, "Next week"), a flood timeline
    # under weekday headings with clock times, a court appeal with past hearings, an arts festival programme with ranges
    # end by end ("12-14 June"), an obituary and a Q&A interview ("Tomorrow" in speech)
    "unopened41": frozenset({
        "s41u-bc-history-kelessa-propontis-undated",
        "s41u-chronicle-reign-of-aldwin-the-lame-undated",
        "s41u-committee-report-corran-sound-ferry-contract",
        "s41u-court-appeal-faulds-boatyard-arson-retrial",
        "s41u-festival-programme-alderwick-music-and-light",
        "s41u-field-log-skarvik-ice-core-undated",
        "s41u-flood-timeline-selbourne-river-lenn",
        "s41u-letter-editor-orchard-lane-baths",
        "s41u-local-history-brindle-quay-undated",
        "s41u-market-report-orlov-mining-week",
        "s41u-obituary-marguerite-solvay-glassmaker",
        "s41u-qa-interview-cinder-street-baker",
        "s41u-recall-notice-brisko-hand-blender",
        "s41u-season-recap-tollmere-otters-first-title",
        "s41u-wire-varnesk-dock-blockade-ends",
    }),
    # session forty-two (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate): an election-night live blog under clock-time entries that cross
    # midnight, with a GMT time beside a CET one; an air accident bureau's interim report in UTC and local times under
    # numbered headings; a strike chronology from September across the new year under day labels ("1-5 December",
    # "Christmas Eve", "Last week"); a barrow's excavation report with BC ranges end by end ("c. 1600-1450 BC") and a BC
    # century; a firm's "our history" page in decades ("the late 1960s", "the early 2000s"); a holiday diary of 1986
    # under weekday labels ("The next morning", "six this morning"); a memoir chapter of a 1970s childhood in seasons
    # and "the following March" (the four with no publication date); a council planning appeal with hearings, deadlines
    # and duties; a public-health outbreak update with ISO weeks ("Week 37", "the week beginning 5 October"); a theatre
    # season review with runs end by end ("3-21 March", "from 8 to 18 April"); a ship's grounding and salvage report; a
    # start-up's funding rounds by quarter and half-year; a podcast transcript under speaker labels ("last Tuesday",
    # "yesterday"); a museum restitution story with a provenance from the 1780s; and a football deadline-day transfer
    # told back from June ("10:52 p.m. last night")
    "unopened42": frozenset({
        "s42u-deadline-day-castor-vale-sign-almada",
        "s42u-diary-week-at-sallow-cove-1986-undated",
        "s42u-excavation-report-tarrow-knoll-barrow-undated",
        "s42u-funding-rounds-fernlight-robotics-series-b",
        "s42u-grounding-salvage-korrin-star-hesket-reef",
        "s42u-interim-report-skelda-air-rejected-take-off",
        "s42u-live-blog-marrowby-mayoral-count",
        "s42u-memoir-chapter-alder-terrace-power-cuts-undated",
        "s42u-our-history-page-pellham-daughters-rope-undated",
        "s42u-outbreak-update-crosswell-legionella-weeks",
        "s42u-planning-dispute-orchard-yard-flats-appeal",
        "s42u-podcast-transcript-hive-mind-stolen-hives",
        "s42u-restitution-vell-museum-tesmar-palace-doors",
        "s42u-season-review-lyric-quay-playhouse-spring",
        "s42u-strike-chronology-ferrant-bus-drivers",
    }),
    # session forty-three (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate): a recipe blog post whose family story runs from the 1930s to a
    # village show to come ("three years later", "that autumn", "last October", "a week later"); a thermostat's
    # firmware release notes under version headings ("rolling out from 30 November 2026", "the week of 7 December");
    # a parish magazine with a month's calendar of "Tue 1 Dec, 7.30pm:" lines ("Remembrance Sunday", "eleven weeks
    # after"); a conservation grant's interim report by project phases with month ranges end by end; a house
    # listing with its history and a DD/MM/YYYY sale-history table; a harbour authority's legal notice of a vessel
    # auction ("Dated this 1st day of ..."); an airline's schedule-change e-mail under a "Sent:" line with clock
    # times; a translated foreign ministry statement; an insurer's final response to a complaint with a claim
    # timeline in list lines; a local radio news bulletin transcript ("five this morning", "tonight", "yesterday
    # afternoon"); a newspaper's "100, 50 and 25 years ago" column whose items take the dates of old issues
    # ("Saturday last", "eighteen months ago"); and, with no publication date, an 18th-19th-century family page of
    # baptisms and burials ("Michaelmas 1897", "the winter of 1794–95"), a lab notebook under ISO-dated entries
    # ("(Mon)", "this morning", "next Thursday"), a fan wiki's episode guide of a 1994 series with air dates and
    # a plot that is no history, and a museum object record's conservation history under year headings ("2023–24")
    "unopened43": frozenset({
        "s43u-complaint-final-response-harwell-burst-pipe-claim",
        "s43u-episode-guide-wiki-harrowgate-lanterns-series-two-undated",
        "s43u-genealogy-trevasker-family-st-ewny-undated",
        "s43u-grant-report-hollow-fen-meadow-rewetting",
        "s43u-lab-notebook-fl7-yeast-flocculation-undated",
        "s43u-legal-notice-dunmarra-harbour-vessel-auction",
        "s43u-looking-back-column-bramford-echo-files",
        "s43u-ministry-statement-translated-orsava-trawler-detention",
        "s43u-object-record-coopers-banner-conservation-undated",
        "s43u-parish-magazine-st-brannoc-december",
        "s43u-property-listing-history-7-quarry-row",
        "s43u-radio-bulletin-transcript-westmoor-fm-seven-am",
        "s43u-recipe-blog-nan-orla-damson-cake",
        "s43u-release-notes-tidewell-hearth-firmware",
        "s43u-schedule-change-email-aerlinn-valmera-flights",
    }),
    # session forty-four (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), pages analysts and journalists read: a live blog under bare
    # clock-time entries with a "main points" list on top; an explainer "What we know so far" with a dated bullet
    # timeline and "What happens next"; a fact check (claim, verdict, what happened, sources); an NGO situation report
    # with a reporting period, highlights and sector lines; a legislature's official report of a second reading
    # (speeches, a division, a committal, an adjournment); a police news release with clock times and notes to editors;
    # a securities filing's "Item 5.02" officer change with effective dates; a newspaper's corrections column; a
    # translated foreign press review ("Monday's papers"); a government travel advisory with "Still current at",
    # "Updated" and a changelog; a court's case summary with a dated docket and forthcoming hearings; and, with no
    # publication date, a Q&A transcript under speaker labels, a think tank's policy brief citing past events, an
    # encyclopedia biography with an infobox and "Early life"/"Career" sections, and a conflict chronology of dated lines
    "unopened44": frozenset({
        "s44u-conflict-chronology-upper-selva-highlands-undated",
        "s44u-corrections-column-harbour-gazette-february",
        "s44u-court-docket-keldmouth-dredging-v-ostmere-council",
        "s44u-encyclopedia-biography-sabine-korrell-correspondent-undated",
        "s44u-explainer-ostmere-tax-portal-breach-what-we-know",
        "s44u-fact-check-brackwell-maternity-unit-closure-claim",
        "s44u-hansard-extract-vendra-coastal-ferries-bill",
        "s44u-live-blog-saffron-lyra-ship-fire-port-senna",
        "s44u-police-release-polwenna-jewellers-ram-raid-charges",
        "s44u-policy-brief-lake-vorrin-fisheries-treaty-undated",
        "s44u-press-review-veldria-monday-papers-translated",
        "s44u-qa-transcript-mediator-ambrel-valley-weir-undated",
        "s44u-regulatory-filing-halbrecht-item-5-02-cfo-change",
        "s44u-sitrep-tarrin-valley-landslides-report-4",
        "s44u-travel-advisory-kandoria-last-updated-changelog",
    }),
    # session forty-five (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set
    # had few or none of: a ministry's press conference transcript under speaker labels ("On Monday", "next Tuesday",
    # "three weeks later"); a wire "Today in History" list ("In 1852,", "Ten years ago:"); a chief executive's letter
    # to shareholders dated under its signature; a tender's contract notice with numbered sections, clock times and
    # deadlines; a sanctions designation notice with numbered entries and DD/MM/YYYY dates of birth; an NGO flash
    # appeal with a dated "Key events" list, a funding timeline and a planned response ("1 to 10 December"); a ship's
    # incident log under four-digit UTC clock-time entries; a TV news script under presenter and VT cues; a hockey
    # club's monthly diary under weekday entries (bare "Tuesday" after "Saturday 2 February"); an investigative
    # reconstruction of a care home fire hour by hour across midnight; a local paper's "court in brief" column; and,
    # with no publication date, an academic paper's abstract and methods with fieldwork rounds ("from 3 to 28 February
    # 2020"), three family letters of 1798 with an editor's note ("the 20th", "the 18th of this month"), a protest's
    # day-by-day account by a participant under weekday headings, and an archaeological site report with BC and AD
    # phases end by end ("c. 950-800 BC", "1st to 4th centuries AD", "the 13th century")
    "unopened45": frozenset({
        "s45u-court-in-brief-tollerby-mercury-june-2021",
        "s45u-incident-log-hesper-gale-anchor-dragging-utc",
        "s45u-letter-collection-pennick-family-1798-undated",
        "s45u-ngo-flash-appeal-orren-basin-drought-funding",
        "s45u-night-reconstruction-alder-court-care-home-fire",
        "s45u-paper-abstract-methods-marren-water-points-undated",
        "s45u-press-conference-transcript-varosk-grain-reserve-release",
        "s45u-protest-diary-five-days-on-corn-square-undated",
        "s45u-sanctions-notice-veltria-sarny-crackdown-designations",
        "s45u-season-diary-fenwick-hockey-club-february-2019",
        "s45u-shareholder-letter-brannock-instruments-2025",
        "s45u-site-report-hallow-rise-hillfort-bc-ad-undated",
        "s45u-tender-notice-kelby-flood-barriers-contract",
        "s45u-this-day-in-history-wire-march-18",
        "s45u-tv-news-script-harrowgate-tonight-tarn-bridge-closed",
    }),
    # session forty-six (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set
    # had few or none of: an election results explainer (seats, counts, a recount); a software outage postmortem with a
    # UTC timeline and follow-up actions; a board's meeting minutes with matters arising and actions with owners and
    # due dates; a forwarded e-mail thread; a diplomatic cable-style summary; a trade union's ballot notice with results;
    # a product roadmap retrospective; a parliamentary written question and answer; a forum thread with relative
    # timestamps; an observatory's discovery press release; a weather service's storm summary; and, with no publication
    # date, a wiki-style battle article with an infobox, a memoir chapter, an ancient kingdom's regnal summary with BC
    # reigns, and a village's home front history from wartime diaries
    "unopened46": frozenset({
        "s46u-battle-article-infobox-harrow-ford-undated",
        "s46u-board-minutes-tarnbeck-community-energy",
        "s46u-diplomatic-cable-vostrana-cabinet-reshuffle",
        "s46u-election-explainer-carrowmere-council-recount",
        "s46u-email-thread-fwd-selka-press-trip-cancelled",
        "s46u-forum-thread-coast-path-landslip-kelby-head",
        "s46u-home-front-history-little-ashby-diaries-undated",
        "s46u-memoir-chapter-night-shift-at-st-brede-undated",
        "s46u-observatory-press-release-comet-varga-dunmere",
        "s46u-outage-postmortem-ledgerly-certificate-expiry",
        "s46u-regnal-summary-kings-of-sareth-bc-undated",
        "s46u-roadmap-retrospective-quillpad-2025",
        "s46u-storm-summary-met-service-storm-idris",
        "s46u-union-ballot-result-wexmoor-library-staff",
        "s46u-written-question-answer-pellow-coast-erosion",
    }),
    # session forty-seven (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set
    # had few or none of: a court judgment's procedural history; a clinical trial's registry history and results
    # release; a marine accident investigation report with a timeline; a football club's season review month by month;
    # a band's biography and discography; a city council cabinet agenda with previous decisions and deadlines; a police
    # appeal for witnesses; a long Q&A interview with a craftswoman; a property's listing, sale and planning history; a
    # scientist's obituary in a learned society's journal; a software package's changelog with version dates; and, with
    # no publication date, a genealogy entry of a family over four generations, a medieval abbey's chronicle, a
    # lighthouse keeper's log and a rowing club's centenary history
    "unopened47": frozenset({
        "s47u-abbey-chronicle-saint-brannoc-undated",
        "s47u-band-biography-the-lantern-hours",
        "s47u-casualty-report-mv-corran-bay-fire",
        "s47u-changelog-tidewater-package",
        "s47u-council-agenda-dunmere-cabinet",
        "s47u-genealogy-pennick-family-undated",
        "s47u-interview-glassblower-edda-marsh",
        "s47u-judgment-brennick-v-tennant-voss",
        "s47u-lighthouse-log-skerry-head-undated",
        "s47u-obituary-scientist-ingrid-valsted",
        "s47u-police-appeal-kelby-road-assault",
        "s47u-property-history-old-mill-house",
        "s47u-rowing-club-centenary-thurlow-undated",
        "s47u-season-review-kelmouth-albion",
        "s47u-trial-registry-velacor-asthma",
    }),
    # session forty-eight (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set
    # had few or none of: a film's production history (development, shooting, premiere, release); an insolvency
    # administrator's progress report to creditors; a data breach notification letter to customers; a cricket Test
    # match report day by day; a wildlife tracking blog following a tagged bird's migration; a patent's prosecution
    # history; a school newsletter with term dates and past events; a housing tribunal decision with the dispute's
    # timeline; a podcast episode's show notes with timestamps and references; a gallery exhibition press release with
    # the artist's life; an ombudsman's complaint decision; a racehorse's career profile; and, with no publication
    # date, a 17th-century merchant ship's voyage journal, a homestead diary over the seasons of a year, a hospital
    # patient's recovery diary under day numbers and a fashion house's history over a century
    "unopened48": frozenset({
        "s48u-administrators-progress-report-kestrel-joinery",
        "s48u-breach-notification-letter-orrin-home-insurance",
        "s48u-cricket-test-report-carrowmere-oval",
        "s48u-fashion-house-history-maison-aurelle-undated",
        "s48u-film-production-history-the-salt-road",
        "s48u-gallery-press-release-mira-solvang-retrospective",
        "s48u-homestead-diary-seasons-lorna-pettit-undated",
        "s48u-housing-tribunal-decision-penrose-v-castlegate",
        "s48u-ombudsman-decision-tarrow-energy-billing",
        "s48u-patent-prosecution-history-velmar-valve",
        "s48u-podcast-show-notes-harbour-lines-tram-strike",
        "s48u-racehorse-career-profile-copper-lantern",
        "s48u-recovery-diary-gideon-farrow-ward-9-undated",
        "s48u-school-newsletter-st-aldric-term-dates",
        "s48u-tracking-blog-cuckoo-maren-migration",
        "s48u-voyage-journal-ship-good-intent-undated",
    }),
    # session forty-nine (never-opened set, written by a developer who writes no rules, committed before any
    # extractor run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set
    # had few or none of: a coroner's inquest report (the death's timeline, the hearing, the conclusion); a cyber threat
    # intelligence report on a hacking group's campaign; a chess tournament's round-by-round report; an orchestra's
    # season review with its conductor's career; a mining company's drilling results announcement; a literary prize
    # shortlist announcement with the authors' lives; a restaurant review with the chef's career; an academic
    # conference's history and call for papers; a marathon runner's training blog; a planetary rover's mission log by
    # sols; a charity's trustees' annual report; a war correspondent's first-person dispatch from a front line; and,
    # with no publication date, a soldier's letters home from the First World War, an invented emperor's reign in a
    # 16th-century Asian empire, an amateur astronomer's observing log and a 7th-century saint's life
    "unopened49": frozenset({
        "s49u-chess-tournament-report-kelby-open-rounds",
        "s49u-conference-history-call-for-papers-nshl",
        "s49u-drilling-results-announcement-corvane-tallow-creek",
        "s49u-emperor-reign-rahendra-deva-varapura-undated",
        "s49u-inquest-report-tarrow-weir-kayaker",
        "s49u-marathon-training-blog-road-to-harrowgate",
        "s49u-observing-log-amateur-astronomer-larkfield-undated",
        "s49u-orchestra-season-review-dunmere-philharmonic",
        "s49u-prize-shortlist-announcement-halvard-fiction",
        "s49u-restaurant-review-saltmarsh-rafe-dunne",
        "s49u-rover-mission-log-perrin-sols",
        "s49u-saint-life-elwen-of-caer-morva-undated",
        "s49u-soldier-letters-home-albert-fenwick-undated",
        "s49u-threat-intel-report-ashen-heron-water-utilities",
        "s49u-trustees-annual-report-brightwater-rivers-trust",
        "s49u-war-dispatch-front-line-veltsk",
    }),
    # session fifty (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set had few
    # or none of: a typhoon's passage and recovery update; a locust outbreak bulletin; a ballet company's season review
    # with its principal dancer's career; a ceasefire monitoring mission's report; a business explainer on a trade
    # embargo's history; a heritage listing decision for an old building; a family court's financial remedy judgment
    # after a divorce; a parole board's decision summary; a sovereign debt restructuring timeline; an Antarctic
    # research base's winter report; a sumo tournament report; an arbitration award's procedural history; and, with no
    # publication date, a circus family's history over four generations, a 14th-century caravan's journey along a silk
    # route, a bell foundry's history over centuries and a dictionary's making over its editions
    "unopened50": frozenset({
        "s50u-award-orrin-shipyards-procedural-history",
        "s50u-bulletin-varrun-locust-outbreak",
        "s50u-decision-ravensby-corn-exchange-listing",
        "s50u-explainer-tavoria-copper-embargo",
        "s50u-history-calloway-dictionary-editions-undated",
        "s50u-history-caravan-bahram-silk-road-undated",
        "s50u-history-circus-morand-four-generations-undated",
        "s50u-history-pellow-bell-foundry-undated",
        "s50u-judgment-sorrel-financial-remedy",
        "s50u-report-halden-station-winter",
        "s50u-report-orvesh-ceasefire-monitoring",
        "s50u-review-kelmarsund-ballet-season",
        "s50u-sport-sumo-hokuseiryu-autumn-playoff",
        "s50u-summary-parole-ashdale-release-decision",
        "s50u-timeline-velmara-debt-restructuring",
        "s50u-update-typhoon-halvar-recovery",
    }),
    # session fifty-one (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set had few
    # or none of: a police appeal for a missing teenager with her last sightings; a public health team's investigation
    # report on a food poisoning outbreak after a wedding; an immigration appeal tribunal's decision; an extradition
    # hearing report; a newspaper's investigation into a whistleblower's disclosures; a heat-health alert with past
    # heatwaves; an inquiry's findings into a dam failure; a company's stock exchange listing announcement with its
    # history; a lottery jackpot winner's story; a cycling stage race report; a regatta's results report; a distillery's
    # new release note with its history; and, with no publication date, a coaching inn's history through its landlords,
    # an invented pharaoh's reign in BC years, a 19th-century emigrant family's crossing and settlement and a violin
    # maker's workshop over three centuries
    "unopened51": frozenset({
        "s51u-alert-lowmarch-heatwave-amber",
        "s51u-announcement-vantor-rail-listing",
        "s51u-appeal-kessford-missing-teenager",
        "s51u-court-reyl-extradition-hearing",
        "s51u-decision-essan-asylum-appeal",
        "s51u-findings-corrie-water-dam-failure",
        "s51u-history-bell-inn-hensford-undated",
        "s51u-history-lindqvarn-emigrants-undated",
        "s51u-history-pharaoh-ameniset-undated",
        "s51u-history-varesco-violin-workshop-undated",
        "s51u-investigation-orlen-pump-whistleblower",
        "s51u-release-ardvoran-single-cask",
        "s51u-report-harwick-wedding-norovirus-outbreak",
        "s51u-results-fennick-regatta",
        "s51u-sport-corran-hills-stage-race",
        "s51u-story-mollan-lottery-jackpot",
    }),
    # session fifty-two (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set had few
    # or none of: an airliner hijacking's timeline as a news feature; a coastguard agency's tanker oil spill response
    # update; a planetarium's news of a meteorite fall and its recovered fragments; an embezzlement trial's verdict
    # report; a customs service's smuggling seizure press release; a class-action lawsuit settlement notice; a news
    # report on an embassy reopening after years of broken relations; a regional summit's closing communique; a fossil
    # discovery science story; a bank run on a regional lender; a roads agency's notice of a mountain pass reopening
    # after a landslide; a hot-air balloon distance record attempt report; and, with no publication date, a castle's
    # history through its sieges and owners, an 18th-century fur trading post's journal, an invented feudal clan's
    # chronicle in 16th-century Japan and a tea estate's history over a century
    "unopened52": frozenset({
        "s52u-business-harlow-valley-bank-run",
        "s52u-chronicle-kuroiwa-clan-undated",
        "s52u-communique-lakes-council-summit-saranta",
        "s52u-court-dorrel-embezzlement-verdict",
        "s52u-feature-transaltic-228-hijacking",
        "s52u-history-castle-dunmarrow-undated",
        "s52u-history-glenmara-tea-estate-undated",
        "s52u-journal-fort-callan-fur-post-undated",
        "s52u-news-harnby-meteorite-fall",
        "s52u-news-kestany-embassy-reopens",
        "s52u-notice-brightwell-thermostat-class-settlement",
        "s52u-notice-roads-agency-brenna-pass-landslide",
        "s52u-release-customs-velden-port-cocaine-seizure",
        "s52u-report-aurora-spirit-balloon-record",
        "s52u-science-quarry-ichthyosaur-fossil",
        "s52u-update-coastguard-marisol-tanker-spill",
    }),
    # session fifty-three (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds analysts, researchers and journalists drop in that the set had few
    # or none of: a power utility's incident report on a regional grid blackout; a rail safety board's interim report
    # on a train derailment; a news report on a parliament's impeachment vote; a consumer boycott campaign story; a
    # news report on a hunger strike in an immigration detention centre; a market report on a short seller's attack
    # and a share collapse; an espionage trial's sentencing report; a public inquiry's findings on a city riot; a 1911
    # newspaper report of a suffrage march and its arrests; a weather service's tornado damage survey; a eulogy printed
    # in a parish newsletter; a newspaper's notice of its printing plant's closure; and, with no publication date, an
    # almshouse charity's history over four centuries, an 18th-century pirate captain's career told as history, a
    # lumber company town's rise and fall and a 19th-century naval mutiny's history
    "unopened53": frozenset({
        "s53u-court-pellow-espionage-trial",
        "s53u-eulogy-st-aldhelms-margaret-feltham",
        "s53u-findings-corrisford-disorder-inquiry",
        "s53u-history-albatross-mutiny-kestavian-navy-undated",
        "s53u-history-pell-creek-lumber-town-undated",
        "s53u-history-quayle-almshouses-eastwick-undated",
        "s53u-history-red-ned-sayle-pirate-undated",
        "s53u-markets-tessaly-short-seller-report",
        "s53u-news-1911-haverbridge-suffrage-march",
        "s53u-news-harrowmoor-detention-hunger-strike",
        "s53u-news-varsland-president-impeachment-vote",
        "s53u-notice-northgate-courier-printing-plant-closure",
        "s53u-report-norhaven-grid-blackout",
        "s53u-report-rsib-colmere-derailment-interim",
        "s53u-story-cravells-milk-boycott",
        "s53u-survey-ellery-pruett-tornado-damage",
    }),
    # session fifty-four (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a coastal agency's tsunami warning bulletins and
    # the next day's damage report; a safety regulator's notice of investigation into a fairground ride failure; a
    # newspaper report of a coronation day in a kingdom; a weather service's storm summary of a blizzard's landfall
    # and track; a business story on a toy maker's takeover fight; a court report on a songwriter's copyright verdict
    # against a record label; a feature on a jazz club's last night; a famine relief agency's appeal update; a
    # round-the-world yacht race's dispatches from a boat; a critic's review of a symphony's premiere with the
    # composer's life dated inside; a commodities report on a coffee harvest and prices; a sermon printed in a parish
    # bulletin telling the church's history; and, with no publication date, a medieval crusade's history (AD dates),
    # a samurai clan's history in feudal Japan, an airship's career in the 1920s and 1930s and a 19th-century
    # missionary's life abroad
    "unopened54": frozenset({
        "s54u-appeal-hearthgrain-ambrenia-famine-update",
        "s54u-bulletin-merrow-tsunami-warning-damage",
        "s54u-business-plinth-toys-harlow-takeover",
        "s54u-court-crayne-meridian-copyright-verdict",
        "s54u-dispatches-three-capes-yacht-race",
        "s54u-feature-blue-lantern-jazz-club-last-night",
        "s54u-history-eliza-marchbank-missionary-undated",
        "s54u-history-kuroiwa-samurai-clan-undated",
        "s54u-history-meridian-star-airship-undated",
        "s54u-history-saint-varin-crusade-undated",
        "s54u-markets-calderana-coffee-harvest-prices",
        "s54u-news-aldmoor-herald-coronation-day",
        "s54u-notice-ardmore-safety-fairground-ride-failure",
        "s54u-review-vantor-ninth-symphony-premiere",
        "s54u-sermon-st-cuthwins-lowmarsh-anniversary",
        "s54u-summary-hallandia-blizzard-greta-track",
    }),
    # session fifty-five (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a health agency's rabies alert bulletin and its
    # follow-up; a war correspondent's report on armistice talks opening in a fictional conflict; a sheepdog trials
    # championship report over four days; a housing association's letter to residents about asbestos found during
    # works; a maple syrup farm's sugaring season blog post told month by month; a sled dog race report; a police
    # appeal about counterfeit banknotes passed at a market; an inquiry's summary of findings on a stadium crush; an
    # obituary of a puppeteer; a nursing college's accreditation review summary; an agriculture ministry's
    # foot-and-mouth outbreak update; a town carnival's programme announcement with its history; and, with no
    # publication date, a fictional state's prohibition era, a fictional kingdom's abdication crisis, an 18th-century
    # privateer's career and a lunatic asylum's history from the 1840s to its closure
    "unopened55": frozenset({
        "s55u-announcement-kelmouth-carnival-programme-history",
        "s55u-appeal-mereshire-police-counterfeit-notes",
        "s55u-blog-larch-hollow-maple-sugaring-season",
        "s55u-bulletin-corrow-valley-rabies-alert-followup",
        "s55u-findings-keldon-park-stadium-crush-inquiry",
        "s55u-history-hallowfield-asylum-undated",
        "s55u-history-josiah-marr-privateer-undated",
        "s55u-history-lessary-abdication-crisis-undated",
        "s55u-history-marven-dry-years-undated",
        "s55u-letter-harrowfield-homes-asbestos-residents",
        "s55u-obituary-wenna-corley-puppeteer",
        "s55u-report-halvey-armistice-talks-correspondent",
        "s55u-review-tarrow-bay-nursing-college-accreditation",
        "s55u-sport-brackenfold-sheepdog-trials",
        "s55u-sport-tamarack-500-sled-dog-race",
        "s55u-update-velmark-foot-and-mouth-outbreak",
    }),
    # session fifty-six (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a port health authority's quarantine notice on a
    # cargo ship with two later updates; a wire story on a cable car stranding and the rescue over two days; a tractor
    # maker's product launch press release; an appeal court's judgment summary in a land boundary dispute; a farming
    # ministry's poultry flu cull update; a beekeepers' association's spring bulletin with a "Posted on" footer; a
    # borough council's statement on a sinkhole in a high street; a regional news story on a hailstorm wrecking
    # glasshouses; a rodeo's weekend results report; an aquarium trust's embargoed press release on a rescued turtle's
    # return to the sea; a feature on a bookshop's last day with its history; a village's harvest festival procession
    # revived after forty years; and, with no publication date, the printing press's arrival in a town in the 15th and
    # 16th centuries, an 18th-century smallpox epidemic in a port, a canal tunnel's building from the 1790s to its
    # reopening and a salt-mining town's rise and fall in the 19th century
    "unopened56": frozenset({
        "s56u-bulletin-hollin-vale-beekeepers-spring",
        "s56u-feature-lantern-lane-bookshop-last-chapter",
        "s56u-history-brandle-hill-canal-tunnel-undated",
        "s56u-history-drewsby-salt-mines-undated",
        "s56u-history-portcallan-smallpox-epidemic-undated",
        "s56u-history-sorbeck-printing-press-undated",
        "s56u-news-grenwick-valley-hailstorm-glasshouses",
        "s56u-news-orrin-cross-harvest-festival-revived",
        "s56u-notice-carrick-sound-port-health-quarantine",
        "s56u-press-release-brennock-agri-tractor-launch",
        "s56u-press-release-marrowby-sea-life-turtle-return",
        "s56u-ruling-orvale-appeal-court-boundary-dispute",
        "s56u-sport-ridley-springs-stampede-rodeo",
        "s56u-statement-pellham-council-corn-street-sinkhole",
        "s56u-update-marrow-levels-poultry-flu-cull",
        "s56u-wire-vellhorn-cable-car-stranding",
    }),
    # session fifty-seven (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a district council's news story on a skatepark's
    # opening (petition, planning, construction, opening day); a water company's service notice on a burst water main
    # with three later updates; a forest rally (motorsport) report over a weekend of stages; a civic hackathon's results
    # blog post by its organisers with a "Posted on" footer; an electricity network's statement on storm power cuts with
    # two updates; a transport authority's outcome of a bus route consultation; a highways department's pothole repair
    # programme progress report to a committee; a local paper's dog show results report; a primary school bulletin's
    # spelling bee final report; a local news story on a pottery studio's kiln fire with the studio's history; a kite
    # festival called off for high winds (news and the organisers' statement); a leisure trust's press release on an
    # ice rink reopening after refurbishment; and, with no publication date, a monastery's history from its founding
    # in the 12th century to its return in the 20th, a windmill's history from the 17th to the 20th century, a typhoid
    # outbreak in a 19th-century town and a gasworks' history from the 1830s to its closure
    "unopened57": frozenset({
        "s57u-blog-hackmere-hackathon-results",
        "s57u-bulletin-st-aldhelms-spelling-bee-final",
        "s57u-history-hembury-gasworks-undated",
        "s57u-history-marlby-typhoid-outbreak-undated",
        "s57u-history-st-ivel-monastery-undated",
        "s57u-history-tollerby-windmill-undated",
        "s57u-news-ashcombe-dog-show-results",
        "s57u-news-brackley-moor-skatepark-opening",
        "s57u-news-sandcombe-kite-festival-called-off",
        "s57u-news-wrenfold-pottery-kiln-fire",
        "s57u-notice-tressal-water-burst-main",
        "s57u-outcome-kestermouth-bus-route-consultation",
        "s57u-press-release-glenhallow-ice-rink-reopening",
        "s57u-report-dunmore-highways-pothole-programme",
        "s57u-sport-carrow-forest-rally",
        "s57u-statement-northvale-power-storm-outages",
    }),
    # session fifty-eight (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a blood service's press release on a winter blood
    # donation drive (appeal, extra sessions, results, sessions to come); a library's blog post on its book sale with a
    # "Posted on" footer; a local paper's story on a farmers' market moving to a new site, with the market's history; a
    # police appeal after a theft of paintings from a small gallery with two updates; a food bank's winter appeal and its
    # update; a district council's notice of recycling collection changes (phases, a bank holiday week); a health
    # board's vaccination clinic schedule and uptake report; a gliding club's competition report (days of flying,
    # weather); a darts tournament report (rounds over a weekend); a news story on a fire station closure consultation
    # with the fire authority's statement; a wire story on a theme park ride breakdown with riders stranded (incident,
    # rescue, statement); a news feature on a cattle market's final sale after 150 years; and, with no publication date,
    # a sawmill's history from the 18th to the 20th century, a tannery's history in the 19th and 20th centuries, a toll
    # bridge's history from its Act in the 18th century to its freeing from tolls, and a 17th-century village witch trial
    "unopened58": frozenset({
        "s58u-appeal-brookvale-food-bank-winter",
        "s58u-appeal-dunmere-gallery-paintings-theft",
        "s58u-blog-kettlebridge-library-book-sale",
        "s58u-feature-ollerby-cattle-market-final-sale",
        "s58u-history-brayside-tannery-undated",
        "s58u-history-cranmoor-sawmill-undated",
        "s58u-history-hollesby-witch-trial-undated",
        "s58u-history-sallow-ford-toll-bridge-undated",
        "s58u-news-holbeck-farmers-market-moves",
        "s58u-news-millbrook-fire-station-closure-consultation",
        "s58u-notice-ashwick-recycling-collection-changes",
        "s58u-press-release-wexmoor-blood-donation-drive",
        "s58u-report-harrowfield-vaccination-clinics-uptake",
        "s58u-sport-castleford-open-darts",
        "s58u-sport-fenwick-gliding-regionals",
        "s58u-wire-fairhaven-park-coaster-stranding",
    }),
    # session fifty-nine (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a local paper's story on a car boot sale called off
    # for rain and rescheduled; a snooker club's open tournament report (rounds over four days); a cider festival report
    # (opening, judging, awards, a power cut); a community page's story of a lost dog found after nine days (sightings, a
    # drone search, the reunion) with a "Posted on" footer; a hospital trust's notice of car park charge changes (phased
    # dates, exemptions, drop-in sessions); a council reporter's story on a swimming pool refurbishment and its delayed
    # reopening; a parish tower's report of a bell ringers' record peal (practice, a lost and a cancelled attempt, the
    # peal); a village flower show report (classes, judging, prize-giving); a rugby club's cup run told from October to
    # April; a post office closing and moving into a shop (consultation, dates); a wire story on a seaside ferris wheel
    # (planning, build, opening day); a rail station's step-free access works notice (phases, closures, a numeric
    # date); and, with no publication date, a ropeworks' history from the 18th to the 20th century, a brickworks'
    # history in the 19th and 20th centuries, a tin mine's history with a flooding disaster and its closure, and a lock
    # keeper's family history in the 19th century (months and days after years, feast days)
    "unopened59": frozenset({
        "s59u-community-wexcombe-lost-spaniel-found",
        "s59u-history-ashby-family-hollin-lock-undated",
        "s59u-history-caddon-ropeworks-undated",
        "s59u-history-hensworth-brickworks-undated",
        "s59u-history-wheal-tresowan-tin-mine-undated",
        "s59u-news-ferrisby-post-office-moves-into-shop",
        "s59u-news-kelsey-green-car-boot-sale-rescheduled",
        "s59u-news-orlestone-cider-festival",
        "s59u-news-stanbury-pool-reopening-delayed",
        "s59u-notice-hallowfield-hospital-parking-charges",
        "s59u-notice-holmbury-station-step-free-works",
        "s59u-parish-cressing-magna-record-peal",
        "s59u-report-lower-tilbury-flower-show",
        "s59u-sport-brackwater-vale-rugby-cup-run",
        "s59u-sport-dunholt-snooker-open",
        "s59u-wire-salthaven-ferris-wheel-opens",
    }),
    # session sixty (never-opened set, written by a developer who writes no rules, committed before any extractor run
    # on it, scored once in aggregate), kinds the set had none of: a public inquiry into a wind farm appeal (hearings over
    # eight days, an adjournment, a decision date); a lido's summer season (an opening put back by staff waiting for
    # qualifications, a heatwave, extended hours, closing day); a model railway club's blog post on its exhibition (set-up,
    # two show days, a visiting layout) with a "Posted on" footer; a scout troop newsletter on a week's summer camp
    # (travel, a day by day week, return); a schools' debating competition (heats, semi-finals, final); a ploughing match
    # report with a dated byline (classes, judging, results, next year's venue); a charity raft race on a river (entries,
    # the race, money raised); a giant pumpkin weigh-in (growing season, the weigh-in, a county record); a council press
    # release on a skate park's opening (petition, consultation, build, opening day); a bandstand restoration (funding,
    # works, first concert) under an ISO date line; a parish magazine on a church clock tower repair (the clock stopping,
    # scaffolding, restarting); a wire story on a secondhand book fair find sold at auction (US-style dateline); and,
    # with no publication date, a tea estate's history in the 19th and 20th centuries, a salt works' history from the
    # 18th to the 20th century, a paper mill's history with a fire and its closure, and a silk mill family's history in
    # the 19th century (months and days after years)
    "unopened60": frozenset({
        "s60u-blog-wendlebury-model-railway-exhibition",
        "s60u-history-glenmoyle-tea-estate-undated",
        "s60u-history-hollinsbeck-paper-mill-undated",
        "s60u-history-pennock-family-wrexley-silk-mill-undated",
        "s60u-history-saltcote-salt-works-undated",
        "s60u-news-carnwood-moor-wind-farm-inquiry",
        "s60u-news-dunmore-vale-ploughing-match",
        "s60u-news-kelthorpe-giant-pumpkin-weigh-in",
        "s60u-news-ouseford-charity-raft-race",
        "s60u-news-saltings-lido-season-ends",
        "s60u-news-victoria-gardens-bandstand-restored",
        "s60u-newsletter-3rd-harnley-scouts-summer-camp",
        "s60u-parish-st-wenna-clock-tower-repair",
        "s60u-press-release-brackley-rise-skate-park-opens",
        "s60u-school-news-ashvale-schools-debating-final",
        "s60u-wire-trevellick-book-fair-rare-find",
    }),
    # session sixty-one (never-opened set, written by a developer who writes no rules, committed before any extractor
    # run on it, scored once in aggregate), kinds the set had none of: a charity duck race on a stream (ducks on sale, the
    # last sold, race day, the winners, the takings announced) under a "Published:" header line; a sandcastle contest on a
    # beach (a turning tide, clock times, categories, judging, prizes, next year's date) under a byline with its date; a
    # village pantomime looked back on in a blog post with a "Posted on" footer (auditions, casting, rehearsals, a dress
    # rehearsal, opening night, the run); a pub quiz league season (fixtures, a play-off, a sudden-death final) under a
    # weekday date line; a church jumble sale in a parish newsletter (collections, the sale, the takings counted the next
    # day, the autumn sale scheduled); a village hall refurbishment under a dateline (grant, closure, works, a delay,
    # handover, reopening, bookings); a county horse show over two days (a storm delay, a class moved, champions); a
    # lawn mower race with practice, heats and a twelve-hour race through the night under an "Updated:" line; a press
    # release on a hedge maze opening (designed and planted years ago, trimming, a platform, opening day) with notes to
    # editors; a wire story on a roller coaster's brake fault, closure, inspection and reopening (US-style dateline); a
    # swimming club's news on a junior gala (heats, finals, records, a diary of dates); a feature on a kite festival (a
    # weather delay, displays, a record attempt) under a byline with its date; and, with no publication date, a hat
    # factory's history in the 19th and 20th centuries, a match factory's history with a strike, a button works' history
    # from the 18th to the 20th century, and a hop farm family's history in the 19th century (holidays, months and days
    # after years, hop-picking seasons)
    "unopened61": frozenset({
        "s61u-blog-upper-brantley-pantomime",
        "s61u-club-news-ravensholme-swimming-gala",
        "s61u-feature-marram-bay-kite-festival",
        "s61u-history-dolman-and-pike-hat-factory-undated",
        "s61u-history-fennick-match-factory-undated",
        "s61u-history-hartridge-family-pollards-hop-farm-undated",
        "s61u-history-hazelford-button-works-undated",
        "s61u-news-dunmere-quiz-league-final",
        "s61u-news-hollymead-village-hall-reopens",
        "s61u-news-pelling-brook-duck-race",
        "s61u-news-porthkellan-sandcastle-contest",
        "s61u-parish-coldridge-jumble-sale",
        "s61u-press-release-thornbury-court-hedge-maze",
        "s61u-report-wrexcombe-county-horse-show",
        "s61u-sport-stenby-lawn-mower-race",
        "s61u-wire-thunderjack-roller-coaster-reopens",
    }),
}

#: Every article that is scored in aggregate only and never opened while writing rules.
NEVER_OPENED: frozenset[str] = frozenset(HOLDOUT).union(*UNOPENED_PARTS.values())

#: Every article of the opened sets (:data:`OPENED_PARTS`): read like the readable part, scored apart.
OPENED: frozenset[str] = frozenset().union(*OPENED_PARTS.values())

#: The ``--part`` names, in the order ``--help`` lists them.
PARTS: tuple[str, ...] = ("readable", "holdout", "opened", *UNOPENED_PARTS, "all")


def all_names() -> list[str]:
    return sorted(path.name[: -len(".gold.json")] for path in HERE.glob("*.gold.json"))


def part_names(part: str) -> list[str]:
    names = all_names()
    if part == "readable":
        return [name for name in names if name not in NEVER_OPENED and name not in OPENED]
    if part == "opened":
        return [name for name in names if name in OPENED]
    if part == "holdout":
        return [name for name in names if name in HOLDOUT]
    if part in UNOPENED_PARTS:
        return [name for name in names if name in UNOPENED_PARTS[part]]
    if part == "all":
        return names
    raise ValueError(f"unknown part {part!r}: {', '.join(PARTS[:-1])} or all")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    mentions: tuple[int, ...]  # offsets of the predicate word of each mention
    begin: int | None  # day ordinals (explorer.calendar), inclusive
    end: int | None
    actor: str
    predicate: str
    title: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    doc_date: str | None
    timexes: list[Span] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)


def _day(text: str | None) -> int | None:
    from explorer.calendar import Day

    return None if text is None else Day.parse(text).ordinal


def load_gold(name: str) -> GoldDoc:
    """One article and its annotations; every recorded offset is checked against the text."""
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    raw = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = GoldDoc(name, text, raw.get("doc_date"))
    for t in raw["timexes"]:
        if text[t["start"]:t["end"]] != t["text"]:
            raise ValueError(f"{name}: timex {t['text']!r} does not match its offsets {t['start']}-{t['end']}")
        doc.timexes.append(Span(t["start"], t["end"], t["type"], t["value"], t["text"]))
    for e in raw["events"]:
        mentions = []
        for m in [e, *e.get("mentions", [])]:
            if text[m["trigger_start"]:m["trigger_end"]] != m["trigger"]:
                raise ValueError(f"{name}: event trigger {m['trigger']!r} does not match its offsets")
            mentions.append(m["trigger_start"])
        doc.events.append(
            GoldEvent(tuple(mentions), _day(e["begin"]), _day(e["end"]), e["actor"], e["predicate"], e["title"])
        )
    doc.timexes.sort(key=lambda s: (s.start, s.end))
    return doc


# --------------------------------------------------------------------------- the app's route


@dataclass(slots=True)
class Predicted:
    timexes: list[Span]
    events: list[Any]  # explorer's Event records
    doc_date: str | None
    doc_date_source: str | None


def _extract_paths():
    """The app's entry point for a dropped folder."""
    from explorer.ingest import extract_paths

    return extract_paths


def _iso(day: Any) -> str | None:
    return None if day is None else day.isoformat()


def _gold_iso(ordinal: int | None) -> str | None:
    """A gold event's day ordinal as ISO text, for error rows."""
    from explorer.calendar import Day
    return None if ordinal is None else Day.fromordinal(ordinal).isoformat()


def _timeml_view(timexes: Iterable[Any]) -> list[Span]:
    out = []
    for t in timexes:
        for part in getattr(t, "parts", ()) or (t,):
            out.append(Span(part.start, part.end, part.type, part.value or "", part.text))
    return out


def predict(docs: Sequence[GoldDoc], with_dct: bool = False, jobs: int = 1) -> dict[str, Predicted]:
    """Run the app's extraction on the articles: as one dropped set, or each with its gold date."""
    from datetime import date

    extract_paths = _extract_paths()
    paths = {str(HERE / f"{doc.name}.txt"): doc.name for doc in docs}
    results = []
    if with_dct:
        for doc in docs:
            dct = date.fromisoformat(doc.doc_date) if doc.doc_date else None
            results.extend(extract_paths([str(HERE / f"{doc.name}.txt")], dct=dct, jobs=1).documents)
    else:
        corpus = extract_paths(list(paths), jobs=jobs)
        for problem in corpus.problems:
            raise RuntimeError(f"could not read {problem}")
        results = corpus.documents
    out: dict[str, Predicted] = {}
    for extracted in results:
        document = extracted.document
        name = paths.get(str(document.path)) or Path(document.path).name[: -len(".txt")]
        out[name] = Predicted(
            _timeml_view(extracted.timexes),
            list(extracted.events),
            _iso(document.date),
            getattr(document, "date_source", None),
        )
    return out


# --------------------------------------------------------------------------- timex metric


def align(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans: identical spans first, then the largest overlap
    (ties: closest length, then text order), as ``score_timex.py`` does."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = g.start == p.start and g.end == p.end
                length_gap = abs((g.end - g.start) - (p.end - p.start))
                candidates.append((0 if exact else 1, -overlap, length_gap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def prf(correct: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def timex_counts(gold: Sequence[Span], pred: Sequence[Span]) -> tuple[dict[str, int], list[dict[str, Any]]]:
    counts = {"gold": len(gold), "pred": len(pred), "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    errors: list[dict[str, Any]] = []
    pairs = align(gold, pred)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        strict = (g.start, g.end) == (p.start, p.end)
        counts["relaxed"] += 1
        counts["strict"] += strict
        counts["value"] += g.value == p.value
        counts["type"] += g.type == p.type
        if not (strict and g.value == p.value and g.type == p.type):
            errors.append({"kind": "mismatch", "gold": g.text, "pred": p.text, "gold_value": g.value,
                           "pred_value": p.value, "gold_type": g.type, "pred_type": p.type})
    for gi in set(range(len(gold))) - {gi for gi, _ in pairs}:
        errors.append({"kind": "missed", "gold": gold[gi].text, "gold_value": gold[gi].value})
    for pi in set(range(len(pred))) - {pi for _, pi in pairs}:
        errors.append({"kind": "spurious", "pred": pred[pi].text, "pred_value": pred[pi].value})
    return counts, errors


def timex_metrics(counts: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {"counts": dict(counts)}
    out["strict"] = prf(counts["strict"], counts["pred"], counts["gold"])
    out["relaxed"] = prf(counts["relaxed"], counts["pred"], counts["gold"])
    for attribute in ("value", "type"):
        accuracy = counts[attribute] / counts["relaxed"] if counts["relaxed"] else 0.0
        out[attribute] = {key: accuracy * v for key, v in out["relaxed"].items()}
        out[attribute]["accuracy"] = accuracy
    return out


# --------------------------------------------------------------------------- titles and events

_WORD = re.compile(r"[a-z0-9&]+(?:[-'’][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    """The text's words, lower case, without a possessive's "'s" and a contraction's ending: "We're back"
    names "we" as "We are back" does."""
    return [re.sub(r"['’](?:s|re|m|ve|ll|d)$", "", w) for w in _WORD.findall(text.lower())]


def _has_phrase(words: list[str], phrase: str) -> bool:
    wanted = _words(phrase)
    n = len(wanted)
    return n > 0 and any(words[i:i + n] == wanted for i in range(len(words) - n + 1))


def names_actor(text: str, actor: str) -> bool:
    """``text`` names one of the ``|``-separated names of ``actor`` (phrase, or its last word); a
    family's plural names a surname ("The Vrankas arrive" names "Vranka": the gold's own titles said so
    and were judged unacceptable)."""
    words = _words(text)
    for name in actor.split("|"):
        name_words = _words(name)
        if name_words and (_has_phrase(words, name) or name_words[-1] in words):
            return True
        if name_words and name.split()[-1][:1].isupper() and name_words[-1] + "s" in words:
            return True
    return False


def _stem(word: str) -> str:
    """What every regular form of ``word`` starts with: "stage" -> "stag" (staged), "carry" -> "carr"
    (carries), "fly" -> "fl" (flies; a three-letter verb in "y" after a consonant kept its "y", so the
    headline's "flies" never named a gold "fly"), "pay" stays (pays)."""
    if len(word) > 3 and word[-1] in "ey":
        return word[:-1]
    if len(word) == 3 and word[-1] == "y" and word[1] not in "aeiou":
        return word[:-1]
    return word


def _inflects(word: str, base: str) -> bool:
    """``word`` is ``base`` or a regular inflection of it (``stands``, ``staged`` for ``stand``,
    ``stage``); irregular forms count only when the gold lists them."""
    return word.startswith(_stem(base))


def names_predicate(text: str, predicate: str) -> bool:
    """The title holds one ``|``-separated option of the gold predicate. A phrasal option ("stand
    down") is matched word by word with its verb, the first word, free to inflect as a single-word
    option is: a headline's present "stands down" names gold "stand down" just as "resigns" names
    "resign"; the particle and any later word must be there as written."""
    words = _words(text)
    for option in predicate.split("|"):
        option_words = _words(option)
        if not option_words:
            continue
        verb, rest = option_words[0], option_words[1:]
        n = len(rest)
        if any(_inflects(w, verb) and words[i + 1:i + 1 + n] == rest
               for i, w in enumerate(words[:len(words) - n])):
            return True
    return False


def title_acceptable(title: str, gold: GoldEvent) -> bool:
    """The written-down rule: the title names the gold event's main actor and its predicate, and is
    not a sentence cut off mid-way (a trailing ellipsis)."""
    if title.rstrip().endswith(("…", "...")):
        return False
    return names_actor(title, gold.actor) and names_predicate(title, gold.predicate)


def _ordinal(day: Any) -> int | None:
    return None if day is None else day.toordinal()


def date_right(event: Any, gold: GoldEvent) -> bool:
    begin, end = _ordinal(event.begin), _ordinal(event.end)
    if gold.begin is None:
        return begin is None or getattr(event, "certainty", "exact") != "exact"
    if begin is None:
        return False
    end = begin if end is None else end
    return gold.begin <= begin <= end <= gold.end


def year_right(event: Any, gold: GoldEvent) -> bool:
    from explorer.calendar import civil

    if gold.begin is None or event.begin is None:
        return False
    return civil(gold.begin)[0] <= civil(event.begin.toordinal())[0] <= civil(gold.end)[0]


def match_events(gold: Sequence[GoldEvent], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of events that share a sentence."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            inside = [m for m in g.mentions if p.sentence_start <= m < p.sentence_end]
            if not inside:
                continue
            anchor = p.timex_start if p.timex else p.sentence_start
            distance = min(abs(anchor - m) for m in inside)
            candidates.append((not title_acceptable(p.title, g), not date_right(p, g), distance, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def event_counts(gold: Sequence[GoldEvent], pred: Sequence[Any]) -> tuple[dict[str, int], list[dict[str, Any]]]:
    pairs = match_events(gold, pred)
    counts = {"gold": len(gold), "pred": len(pred), "matched": len(pairs), "date": 0, "dated_gold": 0,
              "year": 0, "title": 0, "actor": 0}
    errors: list[dict[str, Any]] = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        ok_date, ok_title = date_right(p, g), title_acceptable(p.title, g)
        ok_actor = any(names_actor(actor, g.actor) for actor in getattr(p, "actors", ()))
        counts["date"] += ok_date
        counts["title"] += ok_title
        counts["actor"] += ok_actor
        if g.begin is not None:
            counts["dated_gold"] += 1
            counts["year"] += year_right(p, g)
        if not (ok_date and ok_title):
            errors.append({"kind": "event", "gold_title": g.title, "pred_title": p.title,
                           "pred_begin": _iso(p.begin), "pred_end": _iso(p.end),
                           "gold_begin": _gold_iso(g.begin), "gold_end": _gold_iso(g.end),
                           "date_ok": ok_date, "title_ok": ok_title})
        if not ok_actor:
            errors.append({"kind": "actor", "gold_actor": g.actor, "pred_actors": list(getattr(p, "actors", ())),
                           "pred_title": p.title})
    for gi in set(range(len(gold))) - {gi for gi, _ in pairs}:
        errors.append({"kind": "missed event", "gold_title": gold[gi].title})
    for pi in set(range(len(pred))) - {pi for _, pi in pairs}:
        errors.append({"kind": "extra event", "pred_title": pred[pi].title, "pred_timex": pred[pi].timex})
    return counts, errors


def event_metrics(counts: dict[str, int]) -> dict[str, Any]:
    matched = counts["matched"]
    share = lambda n, d: n / d if d else 0.0  # noqa: E731
    return {
        "counts": dict(counts),
        **prf(matched, counts["pred"], counts["gold"]),
        "date_accuracy": share(counts["date"], matched),
        "right_year": share(counts["year"], counts["dated_gold"]),
        "title_acceptable": share(counts["title"], matched),
        "actor_accuracy": share(counts["actor"], matched),
    }


# --------------------------------------------------------------------------- a part of the set


def score_part(part: str = "readable", with_dct: bool = False, jobs: int = 1,
               collect_errors: bool = False) -> dict[str, Any]:
    """The figures for one part of the set; ``errors`` (per article) only when asked for."""
    docs = [load_gold(name) for name in part_names(part)]
    predicted = predict(docs, with_dct=with_dct, jobs=jobs)
    timex_total: dict[str, int] = {}
    event_total: dict[str, int] = {}
    doc_dates = 0
    errors: dict[str, list[dict[str, Any]]] = {}
    per_doc: dict[str, dict[str, float]] = {}
    for doc in docs:
        got = predicted[doc.name]
        t_counts, t_errors = timex_counts(doc.timexes, got.timexes)
        e_counts, e_errors = event_counts(doc.events, got.events)
        for total, counts in ((timex_total, t_counts), (event_total, e_counts)):
            for key, n in counts.items():
                total[key] = total.get(key, 0) + n
        doc_dates += got.doc_date == doc.doc_date
        if collect_errors:
            per_doc[doc.name] = {
                "timex_value_F1": timex_metrics(t_counts)["value"]["F1"],
                "event_P": event_metrics(e_counts)["P"],
                "event_R": event_metrics(e_counts)["R"],
                "title_acceptable": event_metrics(e_counts)["title_acceptable"],
            }
            date_error = [] if got.doc_date == doc.doc_date else [
                {"kind": "document date", "gold": doc.doc_date, "pred": got.doc_date, "source": got.doc_date_source}]
            errors[doc.name] = date_error + t_errors + e_errors
    result: dict[str, Any] = {
        "part": part,
        "route": "given the gold document date" if with_dct else "dropped folder, no document date",
        "documents": len(docs),
        "doc_date_accuracy": doc_dates / len(docs) if docs else 0.0,
        "timex": timex_metrics(timex_total),
        "events": event_metrics(event_total),
    }
    if collect_errors:
        result["errors"] = errors
        result["per_doc"] = per_doc
    return result


def format_result(result: dict[str, Any]) -> str:
    t, e = result["timex"], result["events"]
    c, ec = t["counts"], e["counts"]
    return "\n".join([
        f"== {result['part']} ({result['documents']} articles; {result['route']})",
        f"document date right   {result['doc_date_accuracy']:.3f}",
        f"timexes               gold {c['gold']}, predicted {c['pred']}",
        f"  strict   P {t['strict']['P']:.3f}  R {t['strict']['R']:.3f}  F1 {t['strict']['F1']:.3f}",
        f"  relaxed  P {t['relaxed']['P']:.3f}  R {t['relaxed']['R']:.3f}  F1 {t['relaxed']['F1']:.3f}",
        f"  value    P {t['value']['P']:.3f}  R {t['value']['R']:.3f}  F1 {t['value']['F1']:.3f}"
        f"  (accuracy {t['value']['accuracy']:.3f})",
        f"  type     F1 {t['type']['F1']:.3f}",
        f"events                gold {ec['gold']}, predicted {ec['pred']}, matched {ec['matched']}",
        f"  precision {e['P']:.3f}  recall {e['R']:.3f}  F1 {e['F1']:.3f}",
        f"  date accuracy {e['date_accuracy']:.3f}  right year {e['right_year']:.3f}"
        f"  title acceptable {e['title_acceptable']:.3f}  actor {e['actor_accuracy']:.3f}",
    ])


def format_errors(errors: dict[str, list[dict[str, Any]]], per_doc: dict[str, dict[str, float]]) -> str:
    lines = []
    for name, items in errors.items():
        if items:
            figures = per_doc.get(name, {})
            summary = "  ".join(f"{key} {value:.2f}" for key, value in figures.items())
            lines.append(f"-- {name}  ({summary})")
            lines.extend("   " + json.dumps(item, ensure_ascii=False) for item in items)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=PARTS, default="all",
                        help="which articles (all: readable and holdout, reported separately; "
                             "unopened, unopenedN: the never-opened sets, one per session that wrote them "
                             "(unopened: session five), totals only)")
    parser.add_argument("--dct", action="store_true", help="give each article its gold document date")
    parser.add_argument("--errors", action="store_true", help="list the errors (readable and opened parts only)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the extraction")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    parts = ("readable", "holdout") if args.part == "all" else (args.part,)
    results = []
    for part in parts:
        errors = args.errors and part in ("readable", "opened")  # the never-opened parts: aggregates only
        result = score_part(part, with_dct=args.dct, jobs=args.jobs, collect_errors=errors)
        results.append(result)
        print(format_result(result))
        if errors:
            print(format_errors(result.pop("errors"), result.pop("per_doc")))
        print()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout without installing
    raise SystemExit(main())
