"""Thirty short pages written for session thirty's document-date work (issue 11): genres that the
session-seventeen and session-twenty-nine pages do not have (a blog post under its comments, a recipe,
a forum thread, a product review, a judgment's header, a reply quoting the mail it answers, a press
kit, an event listing, a scanned masthead, a results table, a call for papers, a changelog, a
journal article's history, a notice of a meeting, a headline naming the day it remembers), half of
them without any printed date of writing but with dates in the body. Outlets, people and places are
invented.

Each page is ``(name, text, right date or None, where the date stands)``, as in
``document_date_pages_s29.py``; the right date was written down before the code was run on the page.
A page that prints no date of its writing is ``None`` unless the text reports a full past day and
counts from its writing ("yesterday", "on Tuesday"): then the existing inference (the latest past day
the text reports) is what a reader would take too.
"""

from __future__ import annotations

from datetime import date

Page = tuple[str, str, date | None, str]

PAGES: tuple[Page, ...] = (
    # -- a printed date of writing ---------------------------------------------------------------
    ("blog-post-with-later-comments",
     "Notes from a Small Allotment\n"
     "Why my leeks bolted (and what I am doing about it)\n"
     "Posted by Gwen Archer on 14 June 2021\n\n"
     "Half of the leeks I planted out in April have run to seed, which after eight years on this plot is a "
     "first. The dry spell in May did not help, and I suspect the sets I bought at the garden centre were "
     "old stock. I have pulled the worst of them and will sow a late row of beetroot in their place this "
     "weekend.\n\n"
     "3 comments\n\n"
     "Harold P. | 15 June 2021 at 7:42 am\n"
     "Same here, Gwen. Mine went the same way last summer.\n\n"
     "Gwen Archer | 15 June 2021 at 9:10 am\n"
     "Good to know it's not just me!\n\n"
     "Mira | 2 July 2021 at 6:55 pm\n"
     "Try the variety Musselburgh next year, it is slow to bolt.\n",
     date(2021, 6, 14), "header"),
    ("recipe-jump-to-recipe-byline",
     "Jump to Recipe\n"
     "Print Recipe\n"
     "Aunt Rosa's plum cake\n"
     "By Dana Whitcombe | Updated Sep 8, 2022\n\n"
     "This is the cake my aunt baked every September when the plums on her wall tree ripened, and it has "
     "been on our table every autumn since. It is a simple sponge with halved plums pressed into the top "
     "and a crumble of brown sugar and cinnamon.\n\n"
     "Prep time: 20 minutes\nCook time: 45 minutes\nServes: 8\n\n"
     "Ingredients\n175g butter\n175g caster sugar\n3 eggs\n200g self-raising flour\n10 ripe plums\n\n"
     "Method\nHeat the oven to 180C. Cream the butter and sugar, beat in the eggs, fold in the flour and "
     "spread in a lined tin. Press in the plums, scatter the crumble and bake for 45 minutes.\n",
     date(2022, 9, 8), "header"),
    ("forum-thread-first-post-and-replies",
     "Forum index > Vintage radios > Restoration\n"
     "Hum on a 1950s valve set after recapping\n\n"
     "Post by kestrel_ham » Tue Mar 14, 2017 9:12 pm\n"
     "I replaced every paper capacitor in my old table set last week and the smoothing electrolytics too, "
     "but there is now a loud mains hum at all volume settings. The hum was not there before the work. Has "
     "anyone seen this before, and where should I start looking?\n\n"
     "Post by oldvalve » Wed Mar 15, 2017 8:03 am\n"
     "Check the polarity of the new electrolytics first. Reversed, they hum and then fail.\n\n"
     "Post by kestrel_ham » Wed Mar 15, 2017 7:40 pm\n"
     "That was it. One was in backwards. Thanks!\n",
     date(2017, 3, 14), "header"),
    ("product-review-reviewed-in-on",
     "Customer reviews\n"
     "Brightwell 2-slice toaster, stainless steel\n\n"
     "Maggie T.\n"
     "3.0 out of 5 stars  Fine for bread, useless for bagels\n"
     "Reviewed in the United Kingdom on 12 February 2023\n"
     "Verified Purchase\n"
     "I bought this to replace a toaster that lasted eleven years. It toasts sliced bread evenly and the "
     "crumb tray is easy to empty, but the slots are too narrow for a bagel and the defrost button stopped "
     "working after a month. For the price I expected better. Returned it yesterday.\n"
     "14 people found this helpful\n",
     date(2023, 2, 12), "header"),
    ("judgment-hearing-date-before-judgment-date",
     "IN THE HIGH COURT OF JUSTICE\n"
     "BUSINESS AND PROPERTY COURTS\n"
     "Case No: BL-2018-001234\n"
     "Hearing dates: 14 and 15 May 2019\n"
     "Judgment delivered: 12 July 2019\n\n"
     "Before:\nMR JUSTICE HARGREAVE\n\n"
     "Between:\nFENWICK MILLS LIMITED (Claimant)\nand\nCALDER TRADING LLP (Defendant)\n\n"
     "1. This is a claim for the price of goods sold and delivered between March and October 2017. The "
     "defendant says that the goods were not of satisfactory quality and counterclaims for its losses. For "
     "the reasons that follow, the claim succeeds and the counterclaim is dismissed.\n",
     date(2019, 7, 12), "header"),
    ("speech-as-delivered",
     "Speech\n"
     "Remarks at the opening of the Dunmore Road bridge\n"
     "Delivered on 7 September 2015 by the Mayor, Councillor Ruth Ibbotson\n\n"
     "Thank you all for coming out this morning. Five years ago this river crossing was a plan on a piece "
     "of paper and a great deal of argument in the council chamber. Today it carries its first traffic. I want "
     "to thank the engineers, the crews who worked through last winter's floods, and the residents of Dunmore "
     "Road who put up with the noise and the diversions for two years. This bridge belongs to you.\n",
     date(2015, 9, 7), "header"),
    ("scanned-masthead-ocr",
     "THE WESTBURY COURIER\n"
     "VOL. XII.  No. 614          WESTBURY, THURSDAY, MARCH 3, 1921.          PRICE TWO CENTS\n\n"
     "MILL HANDS RETURN TO WORK\n"
     "Strike Ended After Three Weeks\n\n"
     "The strike at the Hollis woollen mill came to an end yesterday when the hands voted to accept the "
     "offer of the management, and work was resumed this morning in all departments. The settlement gives "
     "an increase of two cents an hour to the spinners. The mill had been idle since February 9.\n",
     date(1921, 3, 3), "header"),
    ("podcast-episode-notes",
     "The Long Table podcast\n"
     "Episode 42 · 18 May 2022 · 54 min\n\n"
     "Fermenting at home, with Ines Carvalho\n\n"
     "This week we talk to the chef and author Ines Carvalho about kimchi, kefir and the jar of sauerkraut "
     "that exploded in her kitchen last spring. Ines explains why salt matters more than time, how to tell a "
     "good mould from a bad one, and which vegetables she would never ferment. Her new book is out next "
     "month.\n",
     date(2022, 5, 18), "header"),
    ("journal-article-history",
     "Journal of Upland Ecology\n"
     "Research article\n"
     "Grazing pressure and heather recovery on three moorland estates\n"
     "Received: 12 March 2018 / Accepted: 2 August 2018 / Published online: 20 August 2018\n\n"
     "Abstract\n"
     "We compared heather cover on plots grazed by sheep at three stocking rates over six years. Cover "
     "recovered fastest at the lowest rate, but the difference between the two higher rates was small. We "
     "discuss what this means for agri-environment payments.\n",
     date(2018, 8, 20), "header"),
    ("agm-notice-by-order-of-the-board",
     "HOLLINS VALLEY COOPERATIVE LIMITED\n"
     "NOTICE OF ANNUAL GENERAL MEETING\n\n"
     "NOTICE IS HEREBY GIVEN that the Annual General Meeting of the society will be held at the Village "
     "Hall, Hollins, on Tuesday 14 May 2024 at 7pm for the following purposes: to receive the accounts for "
     "the year ended 31 December 2023; to elect directors; and to appoint the auditors.\n\n"
     "Members unable to attend may appoint a proxy.\n\n"
     "By order of the Board\n"
     "J. Pemberton, Secretary\n"
     "10 April 2024\n",
     date(2024, 4, 10), "footer"),
    ("typed-letter-reference-and-date",
     "Ref: JB/44/12\n\n"
     "14th March 1944\n\n"
     "Dear Sir,\n\n"
     "I have your letter of the 9th inst. regarding the requisition of the lower field at Holm Farm. The "
     "field was ploughed last autumn under the direction of the War Agricultural Committee and is now under "
     "wheat, and I must ask that the matter be deferred until after harvest.\n\n"
     "Yours faithfully,\n"
     "J. Barlow\n",
     date(1944, 3, 14), "header"),
    ("dashed-ambiguous-header-day-first-page",
     "Parish News\n"
     "03-04-2011\n\n"
     "The churchyard working party met on 26 March and cleared the brambles from the north wall. The next "
     "session will be on 9 April, weather permitting, and volunteers are asked to bring gloves and loppers. "
     "Thanks to everyone who came to the quiz night last Saturday, which raised £412 for the roof fund. "
     "The vicar thanks the flower rota for their work over the winter.\n",
     date(2011, 4, 3), "header"),
    ("club-results-page-updated",
     "Fenwick Harriers Running Club\n"
     "Results\n"
     "Updated 3 Nov 2019\n\n"
     "Sunday's cross-country league fixture at Heron Park was our best turnout of the season, with 41 "
     "Harriers finishing, and the juniors ran well in heavy mud. Results of the season so far:\n\n"
     "Date | Fixture | Team position\n"
     "06/10/2019 | Moss Lane | 4th\n"
     "20/10/2019 | Castle Hill | 3rd\n"
     "03/11/2019 | Heron Park | 2nd\n",
     date(2019, 11, 3), "header"),
    ("faq-page-last-reviewed-at-foot",
     "Frequently asked questions: bin collections\n\n"
     "When will my bins be collected over the holidays?\n"
     "Collections move one day later in the week after a bank holiday. Check the calendar for your street.\n\n"
     "What goes in the green bin?\n"
     "Garden waste only: grass, leaves, hedge cuttings and small branches. No food, soil or stones.\n\n"
     "My bin was missed. What should I do?\n"
     "Report it within two working days and we will return to empty it.\n\n"
     "Page last reviewed: 03/03/2022\n"
     "Next review due: 03/03/2025\n",
     date(2022, 3, 3), "footer"),
    ("agency-item-stamp-at-foot",
     "Port expansion approved\n\n"
     "The provincial government on Monday approved a plan to add four berths to the container port at "
     "Sao Lourenco, the ministry of transport said. Work is expected to take three years and will be "
     "financed by a loan from the national development bank. The port handled 1.2 million containers last "
     "year, up 8 percent.\n\n"
     "(Translated by the agency's English desk)\n"
     "Source: Lusonews | 2019-11-04 18:22:10 | Editor: M. Dias\n",
     date(2019, 11, 4), "footer"),
    # -- no printed date of writing: unknown, or what the text reports ---------------------------
    ("headline-names-the-day-remembered",
     "Remembering 9 November 1989: the night the Wall fell\n"
     "By Anke Vogel\n\n"
     "I was nineteen and living in a shared flat on the wrong side of the city when my flatmate burst in "
     "shouting that the border was open. We walked to the crossing in our slippers. Thirty years on, I "
     "still remember the smell of the Trabant exhaust and the strangers who hugged us at the checkpoint. "
     "Nobody knew what would happen next.\n",
     None, "unknown"),
    ("blog-post-no-date-comments-dated",
     "The Slow Kitchen\n"
     "How I finally learned to love anchovies\n\n"
     "For years I picked them off every pizza. Then a friend made a sauce with six of them melted into "
     "butter, and I went back for thirds. The trick, it turns out, is heat: cooked slowly, anchovies stop "
     "tasting of fish and start tasting of salt and something deeper. Here is the sauce I make now most "
     "weeks.\n\n"
     "Comments\n\n"
     "Lou says:\n"
     "March 4, 2021 at 3:12 pm\n"
     "Made this last night. Converted!\n\n"
     "Pete says:\n"
     "March 9, 2021 at 10:01 am\n"
     "Too salty for me, I used half the anchovies.\n",
     None, "unknown"),
    ("reply-quoting-earlier-mail",
     "Re: Hall booking for the craft fair\n\n"
     "Hi Sandra,\n\n"
     "Yes, the main hall is free that weekend and I have pencilled you in. The deposit is £50, payable when "
     "you collect the keys. Could you let me know by Friday how many tables you will need?\n\n"
     "Best wishes,\nTom\n\n"
     "On Mon, 2 Mar 2020 at 09:14, Sandra Kaye wrote:\n"
     "> Hello Tom, is the hall available on the weekend of 18 and 19 April for our spring craft fair?\n",
     None, "unknown"),
    ("press-kit-festival-dates",
     "PRESS KIT\n"
     "Harbourlight Festival 2024\n\n"
     "Festival dates: 12–15 September 2024\n"
     "Venues: the Quay, the Corn Exchange and St Anne's Church\n\n"
     "About the festival\n"
     "Founded in 2009 by a group of local musicians, Harbourlight brings folk, jazz and chamber music to the "
     "old port for four days each September. Last year's festival drew 14,000 visitors.\n\n"
     "Media contact\n"
     "Press office: press@harbourlight.example\n"
     "Photographs of past festivals may be used free of charge with credit.\n",
     None, "unknown"),
    ("event-listing-whats-on",
     "What's on in Holmbridge\n\n"
     "Saturday 12 October 2024, 2pm–5pm\n"
     "Autumn fair, Holmbridge Methodist Hall\n"
     "Cakes, crafts, a tombola and the famous chutney stall. Entry free, and children are very welcome.\n\n"
     "Thursday 17 October 2024, 7.30pm\n"
     "Talk: The lost railways of the valley, Holmbridge Library\n"
     "Local historian Peter Crane will show photographs of the line that closed in 1962. Tickets £4 from "
     "the library desk.\n",
     None, "unknown"),
    ("wiki-history-date-headings",
     "Siege of Carrow Castle\n"
     "From Openpedia, the free encyclopedia\n\n"
     "The siege of Carrow Castle was an episode of the civil war in which a royalist garrison held the "
     "castle against a parliamentary army for eleven weeks.\n\n"
     "12 March 1645\n"
     "The parliamentary army under Colonel Pryce arrived before the castle and summoned the garrison.\n\n"
     "2 April 1645\n"
     "A mine was sprung under the south-west tower but failed to make a breach.\n\n"
     "28 May 1645\n"
     "The garrison surrendered on terms and marched out with the honours of war.\n",
     None, "unknown"),
    ("history-page-heading-date",
     "14 October 1066: the Battle of Hastings\n\n"
     "The battle was fought between the Norman-French army of William, Duke of Normandy, and an English "
     "army under King Harold Godwinson. It took place on Senlac Hill, some seven miles from the town of "
     "Hastings, and lasted most of the day. Harold was killed late in the afternoon, and the English army "
     "broke. William was crowned on Christmas Day 1066 in Westminster Abbey.\n",
     None, "unknown"),
    ("call-for-papers-deadlines",
     "Call for papers\n"
     "Fourth Workshop on Coastal Archaeology\n\n"
     "Submission deadline: 15 January 2020\n"
     "Notification of acceptance: 1 March 2020\n"
     "Workshop: 12–14 June 2020, Kirkwall\n\n"
     "We invite papers on the archaeology of coasts and islands, in particular on sites threatened by "
     "erosion. Papers should be no longer than 8 pages and will be reviewed by two members of the "
     "programme committee.\n",
     None, "unknown"),
    ("changelog-release-entries",
     "Changelog\n\n"
     "2.3.1 - 2021-04-12\n"
     "Fixed a crash when opening an empty project. Fixed the export of dates before 1900.\n\n"
     "2.3.0 - 2021-03-02\n"
     "Added a dark theme. The timeline now remembers its zoom between sessions.\n\n"
     "2.2.0 - 2021-01-15\n"
     "Added import from spreadsheets. Dropped support for the old project format.\n\n"
     "Older releases are listed on the project's wiki, with notes on upgrading from each of them.\n",
     None, "unknown"),
    ("copyright-year-footer-relative-body",
     "Ferry timetable change\n\n"
     "From Monday the first sailing of the day will leave at 6.45am instead of 6.30am, after the operator "
     "agreed a new rota with crews last week. The last sailing is unchanged. Passengers with season tickets "
     "do not need to do anything. Timetables are on board and at the ticket office.\n\n"
     "© 2019 Skerry Ferries Ltd. All rights reserved.\n",
     None, "unknown"),
    ("property-listing-sale-history",
     "3 bedroom semi-detached house for sale\n"
     "Orchard Close, Lowmoor\n"
     "Offers over £245,000\n\n"
     "A well presented family home on a quiet close, with a south-facing garden and a garage. Built in "
     "1987, the house has a new kitchen and a recently replaced boiler. Viewing strictly by appointment with the agent.\n\n"
     "Sale history\n"
     "Sold on 14/02/2008 for £180,000\n"
     "Sold on 02/06/1999 for £82,500\n",
     None, "unknown"),
    ("museum-collection-record",
     "Collection record\n"
     "Object number: 1984.12.3\n"
     "Title: Sampler, wool on linen\n"
     "Maker: Ann Hebden\n"
     "Date made: 1841\n"
     "Acquired: 12 March 1984, gift of Mrs E. Hebden\n\n"
     "A sampler worked by Ann Hebden at the age of eleven, with the alphabet, a verse and a border of "
     "strawberries. It was kept in the family until it was given to the museum. Not on display.\n",
     None, "unknown"),
    ("results-table-match-report-no-date",
     "Rovers keep up title charge\n\n"
     "Rovers came from behind to beat Athletic 3-1 on Saturday, with two goals from Kemal Aydin in the "
     "last twenty minutes. Athletic had led at half-time through a penalty. Rovers stay two points clear at "
     "the top and travel to City next weekend.\n\n"
     "Recent results\n"
     "21/09/2019  Rovers 2-2 Town\n"
     "28/09/2019  Harbour 0-1 Rovers\n"
     "05/10/2019  Rovers 3-1 Athletic\n",
     date(2019, 10, 5), "inferred"),
    ("recollection-named-by-the-day-it-recalls",
     "The night of the great storm\n\n"
     "I was woken at three in the morning by the sound of the chimney pots coming down. By dawn the lane "
     "was blocked by two fallen oaks and the power was off. We had no radio and no idea how bad it was "
     "until the milkman came round at noon and told us about the forest at Ashdown. My father spent the "
     "next week with a bow saw.\n",
     None, "unknown"),
    ("letter-to-editor-yearless-issue",
     "Letters to the editor\n\n"
     "Bus cuts will isolate villages\n\n"
     "Sir, In your issue of 4 March you reported that the county plans to withdraw the evening buses on "
     "the valley routes. For those of us without a car this will mean no way to get home from work after "
     "six. I urge readers to respond to the consultation before it closes.\n\n"
     "Margaret Hale, Lowmoor\n",
     None, "unknown"),
)

#: The file names the pages are dropped in as (a page not named here is "<name>.txt").
FILE_NAMES = {
    "recollection-named-by-the-day-it-recalls": "1987-10-16-storm-recollection.txt",
}
