"""Thirty short pages written for session thirty-one's document-date work (issue 11): furniture that
labels a day as something else than the writing (a policy's "Effective date", a page's "Next review",
a printout's "Printed on", a member's "Joined", a timetable's "Valid from", a job's "Closing date"),
a date at a press release's foot after "ENDS" or "###", a letter dated under its address, a
transcript's "Recorded on", a radio page's "First broadcast", a wire dateline naming only its
weekday with the day in a slug line, mail replies, a two-entry diary, fixtures and term dates, a file
named by the day it recalls, and a post quoting an older dated article. Outlets, people and places
are invented.

Each page is ``(name, text, right date or None, where the date stands)``, as in
``document_date_pages_s30.py``; the right date was written down before the code was run on the page.
A page that prints no date of its writing is ``None``: a day the text names for another thing (the
mail it quotes, the day it remembers, an entry of a diary) says only "then or later".
"""

from __future__ import annotations

from datetime import date

Page = tuple[str, str, date | None, str]

PAGES: tuple[Page, ...] = (
    # -- a printed date of writing ---------------------------------------------------------------
    ("outlook-reply-sent-header",
     "From: Tom Radley\n"
     "Sent: Tuesday, 3 March 2020 11:02\n"
     "To: Sandra Kaye\n"
     "Subject: RE: Hall booking\n\n"
     "Hi Sandra,\n\n"
     "The main hall is free that weekend, so I have pencilled you in. The deposit is fifty pounds, payable "
     "when you collect the keys, and the hall must be cleared by six on the Sunday.\n\n"
     "Tom\n\n"
     "-----Original Message-----\n"
     "From: Sandra Kaye\n"
     "Sent: Monday, 2 March 2020 09:14\n"
     "To: Tom Radley\n"
     "Subject: Hall booking\n\n"
     "Is the hall available on the weekend of 18 April for our craft fair?\n",
     date(2020, 3, 3), "header"),
    ("us-page-month-first-slashes-updated",
     "Riverside Daily Record\n"
     "City council delays vote on parking fees\n"
     "Updated: 3/4/2021 5:02 PM ET\n\n"
     "The City Council on Thursday postponed a vote on raising downtown parking fees after business owners "
     "packed the chamber to object. The proposal, first floated on Jan. 5, would raise the hourly rate from "
     "$1.50 to $2.25 and extend enforcement until 9 p.m. Council members said they would take the matter up "
     "again at their next meeting.\n",
     date(2021, 3, 4), "header"),
    ("health-page-next-review-above-last-reviewed",
     "Living well: looking after your feet\n"
     "Next review due: 1 June 2025\n"
     "Last reviewed: 1 June 2022\n\n"
     "Check your feet every day for cuts, blisters or changes in colour, especially if you have diabetes. "
     "Wash them in warm water, dry carefully between the toes and moisturise, but not between the toes. "
     "Cut nails straight across. See a podiatrist if you notice a sore that does not heal.\n",
     date(2022, 6, 1), "header"),
    ("embargoed-until-clock-and-weekday",
     "PRESS RELEASE\n"
     "EMBARGOED UNTIL 00:01 BST, THURSDAY 6 JUNE 2019\n\n"
     "Half of young adults have never learned to swim, survey finds\n\n"
     "Almost half of adults aged 18 to 24 cannot swim a length of a pool, according to a survey of 2,000 "
     "people published today by the Lifesaving Trust. The charity is calling for every primary school to "
     "offer lessons, and says pool closures over the past decade have made it harder for families.\n",
     date(2019, 6, 6), "header"),
    ("situation-report-as-of",
     "Flood response: situation report 7\n"
     "As of 3 March 2022, 14:00\n\n"
     "River levels at the three gauges on the Lowe are falling but remain above the warning mark. Two "
     "rest centres are open and 46 households are being housed by the council. The road between Ashby and "
     "Kelton remains closed. The next report will be issued tomorrow morning, or sooner if the rain returns.\n",
     date(2022, 3, 3), "header"),
    ("press-release-ends-date-at-foot",
     "Brightwater Trust opens new reading room\n\n"
     "The Brightwater Trust has opened a reading room for the public at its headquarters on Mill Street, "
     "giving free access to its archive of maps, letters and photographs of the town. The room will be "
     "open on weekdays, and volunteers will help visitors find their way around the collection.\n\n"
     "\"We want people to use this archive,\" said the trust's director, Helen Marsh.\n\n"
     "-ENDS-\n\n"
     "14 May 2018\n"
     "Media contact: press@brightwater.example\n",
     date(2018, 5, 14), "footer"),
    ("letter-address-then-ordinal-date",
     "14 Albion Terrace\n"
     "Harrowgate\n\n"
     "12th March 1923\n\n"
     "Dear Mr. Fenn,\n\n"
     "Thank you for your kind letter and for the books, which arrived safely on Tuesday. My brother is a "
     "good deal better and sat up in the garden for an hour yesterday, the first time since Christmas. We "
     "hope to bring him to town in May if the doctor allows it.\n\n"
     "Yours sincerely,\n"
     "Edith Lowther\n",
     date(1923, 3, 12), "header"),
    ("podcast-transcript-recorded-on",
     "Transcript: The Long Table, episode 58\n"
     "Recorded on 3 November 2022\n\n"
     "HOST: Welcome back. Today I'm joined by the baker Sam Okafor, who opened his first shop last spring.\n"
     "SAM: Thanks for having me. It has been a mad year, honestly.\n"
     "HOST: Yesterday you told me the ovens arrived late. What happened?\n"
     "SAM: They were stuck at the port for three weeks, so we baked in a friend's kitchen until they came.\n",
     date(2022, 11, 3), "header"),
    ("wire-weekday-dateline-with-slug-date",
     "RAIL STRIKE | 14 Mar 1995 | 412 words\n\n"
     "LONDON, Tuesday (Reuters) - Train drivers will stage a 24-hour strike next week after talks with "
     "the operators broke down on Monday evening, their union said. The dispute is over a plan to cut the "
     "number of drivers on late services. The operators said they were disappointed and urged the union "
     "to return to talks.\n",
     date(1995, 3, 14), "header"),
    ("privacy-policy-effective-and-updated",
     "Privacy policy\n"
     "Effective date: 1 January 2024\n"
     "Last updated: 12 December 2023\n\n"
     "This policy explains what personal information Fenwick Harriers Running Club collects when you join "
     "or enter one of our races, how we use it and who we share it with. We keep your details only for as "
     "long as you are a member and for one year after.\n",
     date(2023, 12, 12), "header"),
    ("radio-page-first-broadcast",
     "The Garden Hour\n"
     "Dividing perennials\n"
     "First broadcast: Sunday 7 June 2020\n\n"
     "The panel answers questions from gardeners in the village of Lowmoor. When is the best time to "
     "divide a clump of hardy geraniums? Why has a wisteria never flowered? And what can be done about "
     "vine weevils in pots? Plus a visit to a walled garden restored by volunteers.\n",
     date(2020, 6, 7), "header"),
    ("printout-stamp-above-byline",
     "Printed on 12 May 2023\n"
     "Lowmoor Gazette\n"
     "Library hours cut to save money\n"
     "By Carl Benton | 3 May 2023\n\n"
     "The county library in Lowmoor will close on Mondays and Wednesdays from next month as the council "
     "looks to save money, it was announced yesterday. Staff will not lose their jobs, the council said, "
     "but some will move to other branches. A petition against the cuts has 900 names.\n",
     date(2023, 5, 3), "header"),
    ("press-release-hashes-issued-at-foot",
     "New footbridge for Heron Park\n\n"
     "Work will start this month on a footbridge across the lake in Heron Park, replacing the wooden "
     "crossing that was closed last winter after it was found to be unsafe. The new bridge will be wide "
     "enough for wheelchairs and pushchairs and is due to open in the spring.\n\n"
     "###\n\n"
     "Issued by the Parks Department press office, 9 September 2016\n",
     date(2016, 9, 9), "footer"),
    ("sermon-preached-on",
     "Sermon preached at St Anne's, Lowmoor, Easter Day, 12 April 2020\n\n"
     "This morning our church is empty, and we are each at home, watching on a screen. It is the strangest "
     "Easter any of us has known. Yet the first Easter began in an empty place too, a tomb with the stone "
     "rolled away, and with women who did not know what to make of it.\n",
     date(2020, 4, 12), "header"),
    ("invoice-due-date-above-invoice-date",
     "INVOICE No. 2021-044\n"
     "Payment due: 2 April 2021\n"
     "Invoice date: 3 March 2021\n\n"
     "To: Lowmoor Village Hall Committee\n\n"
     "For repairs to the kitchen roof, including new felt, battens and tiles, and the removal of the old "
     "materials from site. Work completed last month. Please pay by bank transfer quoting the invoice "
     "number. Thank you for your custom, and for the tea.\n",
     date(2021, 3, 3), "header"),
    ("this-day-page-with-its-own-date",
     "This day in history\n"
     "Thursday 14 July 2022\n\n"
     "14 July 1789: Crowds storm the Bastille in Paris.\n"
     "14 July 1865: A party led by Edward Whymper makes the first ascent of the Matterhorn.\n"
     "14 July 1969: A war breaks out between El Salvador and Honduras after a football match.\n\n"
     "Come back tomorrow for more of the days that shaped the world.\n",
     date(2022, 7, 14), "header"),
    ("report-generated-with-its-period",
     "Monthly footfall report\n"
     "Period: 1 February 2022 - 28 February 2022\n"
     "Generated: 3 March 2022 09:14\n\n"
     "Visits to the market hall rose by 6 per cent on January, helped by the half-term craft fair. The east "
     "entrance counter failed for two days and those days are estimated. Saturday remains the busiest day "
     "by some way, and the café reports its best month since it opened.\n",
     date(2022, 3, 3), "header"),
    ("classified-ad-expires-before-posted",
     "Classifieds > Furniture\n"
     "Oak dining table and six chairs\n"
     "Expires: 12 June 2021 · Posted: 12 May 2021\n\n"
     "Solid oak table, extends to seat eight, with six matching chairs. Some marks on the top but sturdy "
     "and well made. Buyer collects from Lowmoor; the table comes apart for moving. No offers, and no time "
     "wasters please. Collection this weekend only.\n",
     date(2021, 5, 12), "header"),
    ("gov-page-date-modified-at-foot",
     "Apply for a fishing licence\n\n"
     "You need a licence to fish for salmon, trout, freshwater fish, smelt or eel in the rivers and lakes "
     "of the province. Licences can be bought online, by phone or at a licence vendor. Children under 13 "
     "do not need one, but they must fish with a licensed adult.\n\n"
     "Report a problem on this page\n"
     "Date modified: 2021-03-04\n",
     date(2021, 3, 4), "footer"),
    # -- no printed date of writing: unknown ------------------------------------------------------
    ("this-day-in-history-headline",
     "This day in history: 14 July 1789\n"
     "By Marc Delorme\n\n"
     "Early in the morning a large crowd gathered outside the old fortress in the east of Paris, demanding the "
     "powder and shot stored inside. By the afternoon the governor had surrendered and the prisoners were "
     "freed. Within days the building was being pulled down stone by stone, and its keys were sent abroad as gifts.\n",
     None, "unknown"),
    ("reply-quoting-on-date-wrote",
     "Re: Minutes of the last meeting\n\n"
     "Hi Priya,\n\n"
     "Thanks for these. One correction: it was Alan, not me, who offered to look into the insurance. "
     "Otherwise they look fine to me and I am happy for them to go round to everyone.\n\n"
     "Rob\n\n"
     "On 2 March 2020 at 10:14, Priya Nair <priya@lowmoor.example> wrote:\n"
     "> Dear all, please find the draft minutes below. Let me know of any corrections.\n",
     None, "unknown"),
    ("fixtures-and-results-table",
     "Lowmoor Rovers: fixtures and results 2022-23\n\n"
     "Date | Opponent | Venue | Result\n"
     "13/08/2022 | Kelton Town | Home | W 2-0\n"
     "20/08/2022 | Ashby United | Away | D 1-1\n"
     "27/08/2022 | Harbour FC | Home | L 0-3\n"
     "03/09/2022 | Castle Hill | Away | W 4-2\n"
     "10/09/2022 | Heron Park | Home | W 1-0\n\n"
     "All home games kick off at 3pm at the Recreation Ground. Admission five pounds, under 16s free, and "
     "season tickets can be bought from the clubhouse bar.\n",
     None, "unknown"),
    ("file-named-by-the-day-recalled",
     "The day they walked on the Moon\n\n"
     "I was seven, and my father woke me and carried me downstairs in my pyjamas to watch. The picture "
     "was grey and jumped about and I did not understand what I was seeing. My mother was crying. When "
     "my grandson asked me about it last week, what I remembered most was the smell of my father's pipe "
     "and the cold of the floor under my feet.\n",
     None, "unknown"),
    ("two-entry-diary",
     "Tuesday 3 May 1910\n"
     "Rain all day. Mended the hen-house roof and wrote to Mother. Father went to market at Kelton and "
     "came home late and tired, with a good price for the lambs.\n\n"
     "Wednesday 4 May 1910\n"
     "Fine at last. Walked with Annie to the top of the fell and saw the whole valley laid out below us, "
     "green and wet and shining. Home for tea and early to bed.\n",
     None, "unknown"),
    ("timetable-valid-from",
     "Bus 42: Lowmoor - Kelton - Ashby\n"
     "Valid from 1 May 2024\n\n"
     "Buses run every thirty minutes on weekdays between 7am and 7pm and every hour in the evenings and "
     "on Sundays. The first bus from Lowmoor leaves at 6.45am. All buses are low floor and can carry one "
     "wheelchair. Tickets can be bought on board by card or with the app.\n",
     None, "unknown"),
    ("blog-quoting-older-dated-article",
     "Why the bypass is still a bad idea\n\n"
     "Twelve years ago our local paper ran this story, and it could have been written last week:\n\n"
     "> Council backs bypass\n"
     "> Published 4 June 2009\n"
     "> Councillors last night voted to support a bypass around the east of the town, despite objections "
     "from residents who say it will cut through the water meadows.\n\n"
     "Nothing has changed, except the price, which has doubled. The meadows are still there, for now.\n",
     None, "unknown"),
    ("policy-effective-from-only",
     "Lowmoor Allotment Society\n"
     "Tenancy rules\n"
     "Effective from 1 January 2024\n\n"
     "Plots must be kept cultivated and free of rubbish. Bonfires are allowed only between October and "
     "March and never at weekends. Tenants may keep hens but not cockerels. A plot left uncultivated for "
     "three months may be given to the next person on the waiting list, after one written warning.\n",
     None, "unknown"),
    ("forum-member-since-relative-post",
     "Forum > General chat\n"
     "Re: Best walking boots?\n\n"
     "fellwalker_dave\n"
     "Member since 12 March 2015\n"
     "Posts: 1,204\n\n"
     "I bought a pair of leather boots from the shop in Kelton two years ago and they have been brilliant. "
     "Took a few weeks to break in, mind. Wore them up the fell on Saturday in the snow and my feet stayed "
     "dry the whole day.\n",
     None, "unknown"),
    ("school-term-dates",
     "Lowmoor Primary School\n"
     "Term dates 2023-24\n\n"
     "Autumn term: 4 September 2023 to 20 December 2023\n"
     "Half term: 23 October 2023 to 27 October 2023\n"
     "Spring term: 8 January 2024 to 28 March 2024\n"
     "Summer term: 15 April 2024 to 19 July 2024\n\n"
     "The school is also closed to pupils on five training days, which are listed in the newsletter. "
     "Please do not book holidays in term time.\n",
     None, "unknown"),
    ("job-advert-closing-date",
     "Job vacancy: Library assistant (part-time)\n"
     "Closing date: 30 June 2023\n"
     "Interviews: 14 July 2023\n\n"
     "We are looking for a friendly and organised person to join the team at Lowmoor library for 18 hours "
     "a week, including alternate Saturdays. You will help visitors find books and information, run the "
     "children's story time and look after the public computers and the printer.\n",
     None, "unknown"),
)

#: The file names the pages are dropped in as (a page not named here is "<name>.txt").
FILE_NAMES = {
    "file-named-by-the-day-recalled": "1969-07-20-moon-memories.txt",
}
