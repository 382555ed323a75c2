"""A document's title is its headline; without one, the first sentence's subject and verb, never an
initial, a byline or a dateline."""

import pytest

from explorer.documents.headline import guess_title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Iran At The Crossroads: Between Russia And The U.S.\n\nBy Y. Carmon\n\nThe story begins here and goes on.\n",
         "Iran At The Crossroads: Between Russia And The U.S."),
        ("ANALYSIS: Top Officials Prefer Direct Talks\n\nBy A. Writer\n\nThe story begins here and goes on.\n",
         "Top Officials Prefer Direct Talks"),
        ("HAVANA (AP) -- Cuba freed three dissidents on Tuesday, officials said after a long wait.\n",
         "Cuba freed three dissidents"),
        ("A.L.\nForeign Minister H. Smith resigned on Monday, after a long dispute with the party.\n",
         "Foreign Minister H. Smith resigned"),
        ("Herald Report: The party lost more than its leader, and it lost its future as well.\n",
         "The party lost more than its leader"),
    ],
)
def test_document_titles(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a history whose first lines are generic section headings: the first specific heading
        ("Course of the conflict\n\nThe river towns rise against the duke\n\n"
         "On March 3, 1521, the river towns and their guilds refused the new tax and closed their gates.\n",
         "The river towns rise against the duke"),
        ("Background\n\nOverview\n\nA harbour is built at Norden\n\nIn 1802 the council voted for a harbour.\n",
         "A harbour is built at Norden"),
        # a bare year as the first heading, then no specific heading: the first sentence's subject and verb
        ("1788\n\nThe first attempt to found a colony on the island was made by three families in spring.\n",
         "The first attempt to found a colony was made"),
        # the first sentence opens with a date: never the title
        ("On September 4, 1870, the assembly proclaimed a republic and the emperor fled.\n",
         "The assembly proclaimed a republic and the emperor fled"),
        ("In 264 BC, the harbour city signed a treaty with its rival across the strait.\n",
         "The harbour city signed a treaty"),
        # a dashed aside and an opening phrase are not the subject and verb
        ("On the other hand, it is turning out to be another bad week for the markets.\n",
         "It is turning out to be another bad week for the markets"),
        ("PARIS (AP)_ Tired of waiting, the old farmer is selling his land to a developer, he said Monday.\n",
         "The old farmer is selling his land"),
        ("Germany and Austria - allies since 1879 - declared the treaty void.\n",
         "Germany and Austria declared the treaty void"),
    ],
)
def test_a_date_or_a_generic_heading_is_never_a_document_title(text: str, title: str) -> None:
    got = guess_title(text, "x.txt")
    assert got == title


@pytest.mark.parametrize(
    "label", ["On September 1, 1939", "1917", "In 264 BC", "1926-1928", "Early in 1942", "On 9 September 1914"]
)
def test_date_fragments_are_recognised(label: str) -> None:
    from explorer.documents.headline import is_date_fragment

    assert is_date_fragment(label)
    assert not is_date_fragment("War breaks out in Europe")


@pytest.mark.parametrize(
    "text, title",
    [
        # a headline in sentence case, alone above the story, before a date line
        ("Ferry service returns to the island after a winter away\n\nReleased: 2 April 2024\n\n"
         "The island's ferry will run again from Monday, the operator said, after four months of repairs.\n",
         "Ferry service returns to the island after a winter away"),
        # a page date under the headline is never the title
        ("Thursday, Oct. 3, 2019\n\nThe county closed the old quarry road on Wednesday after a second rockfall "
         "in a week, officials said.\n", "The county closed the old quarry road"),
        ("Saturday 9 May 2020, Cusco\n\nWoke before dawn and walked up to the ruins with two hikers from Quebec, "
         "who had done the trail before.\n", "Woke before dawn and walked up to the ruins"),
        # a press release's label is furniture
        ("FOR IMMEDIATE RELEASE\n\nDorran Mills Ltd will open a new spinning mill in Tarby next spring, the "
         "company announced today, creating 140 jobs.\n", "Dorran Mills Ltd will open a new spinning mill"),
        # a history titled by its subject's name alone, which the story repeats
        ("Oldhaven\n\nOldhaven is a market town on the river Lune, first recorded in a charter of 1152 and "
         "walled in the fourteenth century.\n", "Oldhaven"),
        # a dateline that carries its date
        ("GRANTLEY, Ohio, Oct. 14, 2022 — A county clerk was charged on Thursday with taking bribes from "
         "three contractors over six years.\n", "A county clerk was charged"),
    ],
)
def test_a_title_line_or_the_lead_never_a_date_line_furniture_or_a_dateline(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a reporter's sign-off at the end of a transcript is no headline
        ("\nIn Geneva today, the health agency released new figures on the spread of the virus. It said cases "
         "had doubled in a month. Our correspondent has more.\n\nThe figures surprised many.\n\nAnna Holt "
         "BBC News Geneva\n", "The health agency released new figures"),
        # a sentence end the splitter takes for an initial
        ("\nNew strikes at P and O. The ferry company facing walkouts on four routes over pay and hours.\n",
         "New strikes at P and O"),
        # a bare day word before the subject
        ("\nTomorrow the city council of Avonford will decide whether the old market hall can be demolished "
         "for housing.\n", "The city council of Avonford will decide"),
        # a place and a participle between commas are not the subject and verb
        ("\nNorthwind Airways, Tulsa, Okla., said it dropped its bid for a regional carrier after talks broke "
         "down.\n", "Northwind Airways said it dropped its bid"),
        ("\nThe prime minister, facing a revolt in his own party, today called an early election for June.\n",
         "The prime minister called an early election"),
        # a wire lead's shouted first words
        ("\nCOFFEE PRICES are rising again as the drought in the growing regions goes on.\n",
         "Coffee Prices are rising again"),
    ],
)
def test_a_broadcast_or_wire_lead_gives_its_subject_and_verb(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title


def test_a_lead_label_ends_where_a_phrase_or_clause_ends_after_the_verb_never_mid_phrase() -> None:
    from explorer.documents.headline import lead_label

    # before the clause of its own, not inside it
    assert lead_label("Ferry fares will rise again in April as the fuel surcharge returns to last year's level.") == \
        "Ferry fares will rise again"
    # a subject's own phrase ("of the regional …") is never where the label ends; nor is the speaker's
    # verb: what was said follows it (session ten: "… said Monday" was a fragment, issue 12's rule)
    assert lead_label("The head of the regional ferry operators' association said Monday that fares would rise.") == \
        "The head of the regional ferry operators' association said fares would rise"
    assert lead_label("Harbour officials closed the main quay on Tuesday after a crane collapsed onto two boats.") == \
        "Harbour officials closed the main quay"


@pytest.mark.parametrize("text", [
    "'@FoodPornsx: Pizza Nachos ^ http://t.co/P93bgKkSkd'delivery to my house NOW.",
    "Pizza Nachos delivery to my house NOW and then we eat it all tonight.",
    "a b c d e",
])
def test_a_short_lead_gives_a_title_and_never_an_error(text: str) -> None:
    """A tweet whose first line has fewer words than a label keeps raised IndexError in the label's
    cut, and the file was refused as unreadable."""
    assert guess_title(text, "train_162.txt")


from hypothesis import given, settings, strategies as st  # noqa: E402
from tests.property_examples import examples


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(["the", "of", "a", "Cuba", "freed", "to", "in", "and", "said", "x", ",", "'@a:",
                                 "NOW.", "was", "on", "Tuesday", "http://t.co/x", "--", "(AP)"]), max_size=30))
def test_any_first_line_gives_a_title_without_an_error(words: list[str]) -> None:
    guess_title(" ".join(words), "a.txt")


@pytest.mark.parametrize(
    "line, label",
    [
        # a long subject loses its trailing phrases so that its verb fits (issue 12)
        ("The long dispute between the ferry company and the harbour board of Avonford ended Thursday "
         "with a new lease for both.", "The long dispute ended"),
        # no ellipsis: a cut ends where a phrase ends, before an "of" rather than inside its object
        ("Harbour Commissioner Jane Alder condemned the sinking of the Avonford Maritime Trust ferry "
         "near the lighthouse.", "Harbour Commissioner Jane Alder condemned the sinking"),
        # never inside a name
        ("The ferry operators of the northern coast welcomed the decision by the Avonford City Council "
         "Harbour Committee yesterday.", "The ferry operators welcomed the decision"),
        # a day word ending the label says when, not what
        ("Dock workers in three ports staged a one-day strike Sunday.", "Dock workers in three ports staged a one-day strike"),
    ],
)
def test_a_lead_label_is_a_short_headline_never_cut_with_an_ellipsis(line: str, label: str) -> None:
    from explorer.documents.headline import lead_label

    assert lead_label(line) == label
    assert "…" not in lead_label(line)


@pytest.mark.parametrize(
    "text, title",
    [
        # no headline: a name with initials, what it is between commas, then the verb (issue 12)
        ("R. T. Hollin, the ferry company's chief engineer, retired on Friday after forty years at sea, "
         "his colleagues said.\n\nA dinner is planned.", "R. T. Hollin retired"),
        ("Mara Vell, 61, sold the bakery to her nephew after the summer fair, neighbours said.",
         "Mara Vell sold the bakery"),
        ("W.B. Osgood, a retired pilot, opened a flying school beside the old airfield this spring.",
         "W.B. Osgood opened a flying school beside the old airfield"),
    ],
)
def test_an_apposition_after_the_lead_subject_never_cuts_its_verb(text: str, title: str) -> None:
    assert guess_title(text, "lead.txt") == title


def test_a_subject_in_a_list_keeps_its_apposition() -> None:
    from explorer.documents.headline import lead_label

    assert lead_label("Nell Acre, the harbour master, and two pilots boarded the stranded tanker at dawn.") \
        .startswith("Nell Acre, the harbour master")


@pytest.mark.parametrize(
    "text, title",
    [
        # a fronted clause of time or concession is not what the article is about: its main clause is
        ("When the night ferry finally reached the island after the storm, the harbour master closed "
         "the port for a week.\n\nRepairs began at once.", "The harbour master closed the port"),
        ("While the museum's new wing has drawn record crowds, its curators warned that the roof "
         "leaks.\n\nA survey is due.", "Its curators warned that the roof leaks"),
        ("Although tickets sold out within an hour, the festival organisers cancelled the closing night "
         "because of high winds.\n\nRefunds follow.", "The festival organisers cancelled the closing night"),
    ],
)
def test_a_fronted_subordinate_clause_is_not_the_lead_label(text: str, title: str) -> None:
    assert guess_title(text, "lead.txt") == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a broadcast's greeting or sign-on names nothing: the story's first sentence does
        ("Good evening from the riverside. The city council approved the new tram line after a "
         "six-hour debate.\n\nWork starts in May.", "The city council approved the new tram line"),
        ("Live from the harbour front, good evening everyone and thanks for joining us.\n\nDock workers "
         "in three ports began a two-day strike over pay.", "Dock workers in three ports began a two-day strike"),
    ],
)
def test_a_broadcast_greeting_is_never_a_documents_title(text: str, title: str) -> None:
    assert guess_title(text, "transcript.txt") == title


@pytest.mark.parametrize(
    "title, room, short",
    [
        ("Harbour Commissioner Jane Alder condemned the sinking", 60, "Harbour Commissioner Jane Alder condemned the sinking"),
        # where a phrase ends: never on an article, a preposition, a pronoun or a speaker's verb
        ("The ferry operators welcomed the decision of the council", 33, "The ferry operators welcomed…"),
        ("Kestrel Shipping Ltd. said it plans to sell two of its ferries", 34, "Kestrel Shipping Ltd.…"),
        ("A dock strike will cost the port authority its busiest month", 32, "A dock strike will cost…"),
        # a name whole, unless keeping it whole leaves too little: then cut inside it, never mid-word
        ("Avonford Maritime Trust Holdings fell sharply in early trading", 26, "Avonford Maritime Trust…"),
        ("Shares of Avonford Maritime Trust Holdings fell sharply", 30, "Shares of Avonford Maritime…"),
        # a short name rather than a pronoun or a speaker's verb last, whatever the room
        ("Kestrelwick Airways said it withdrew its offer for the line", 36, "Kestrelwick Airways…"),
    ],
)
def test_a_short_title_ends_where_a_phrase_ends_and_never_mid_word(title: str, room: int, short: str) -> None:
    from explorer.documents.lead_phrases import short_title

    got = short_title(title, room)
    assert got == short and len(got) <= room


def test_a_transcript_with_only_a_greeting_line_is_titled_from_it_never_by_its_file_name() -> None:
    text = ("Good evening from the quayside, where the night bulletin follows the dock strike into its third day.\n\n"
            "Talks resume at nine.")
    title = guess_title(text, "t07.txt")
    assert title != "t07" and "quayside" in title


@pytest.mark.parametrize(
    "text, title",
    [
        # no headline: the first sentence's subject and verb, with the object when short (issue 12's
        # audit: the whole first sentence was the title when it was short enough)
        ("Farmers blocked the main road on 3 February.\n\nPolice cleared it by evening.", "Farmers blocked the main road"),
        ("The museum reopened its east wing after a two-year refit.\n\nVisitors queued.", "The museum reopened its east wing"),
        ("The band moved to Berlin in 1999.\n\nIts second album followed.", "The band moved to Berlin"),
        ("Ada Roos gave the clock to the town museum in her will.\n\nIt stands there.", "Ada Roos gave the clock"),
        # a complement stays: an infinitive, a told clause, a second verb
        ("Three lenders agreed on Monday to fund the mill.\n\nWork starts soon.", "Three lenders agreed on Monday to fund the mill"),
        ("Its curators warned that the roof leaks.\n\nA survey is due.", "Its curators warned that the roof leaks"),
    ],
)
def test_with_no_headline_the_title_is_the_leads_subject_verb_and_short_object(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a date opening the first sentence with no comma after it is no part of the title either
        # (session 15 audit: "In 146 B.C. the Romans destroyed Carthage" was the history's title)
        ("In 146 B.C. the legions razed the walled port.\n\nThe fires burned for days.", "The legions razed the walled port"),
        ("In 1802 the council voted for a harbour.\n\nWork began soon.", "The council voted for a harbour"),
        ("On 3 March 2021 the trust bought the lock.\n\nBoats came back.", "The trust bought the lock"),
        ("During 1975 two firms merged their mills.\n\nJobs went.", "Two firms merged their mills"),
        ("In 44 BC the dictator died.\n\nWar followed.", "The dictator died"),
        # a year that is the subject stays
        ("1917 was a hard year for the town.\n\nBread ran short.", "1917 was a hard year"),
    ],
)
def test_a_date_opening_the_lead_without_a_comma_is_left_out_of_the_title(text: str, title: str) -> None:
    assert guess_title(text, "x.txt") == title
