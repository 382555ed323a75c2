""""The company" stands for the story's company (issue 12, session twenty-one): the one the text names
most, a company's name over a product's, then the one it named first, not merely the nearest body told
as a subject; never an institution whose head stands before "of" ("Court of Appeal"). A trade word
after a firm's own name ("Tarn Ferries", "Velo Pharma") makes it a company's name. Names of our own."""

from __future__ import annotations

from explorer.entities.aliases import is_company_name
from explorer.entities.index import Entity
from explorer.entities.subject import resolve_subject


def test_the_story_company_named_first_and_most_over_the_nearest() -> None:
    story, bidder = Entity("o1", "Tarn Ferries", "org"), Entity("o2", "Kell Shipping", "org")
    before = [(0, story), (90, story), (400, bidder), (460, bidder), (700, story)]
    subjects = {0, 460}
    assert resolve_subject("The company cuts its fares", before, lambda at: at in subjects).name == "Tarn Ferries"


def test_a_tie_goes_to_the_company_named_first() -> None:
    story, bidder = Entity("o1", "Tarn Ferries", "org"), Entity("o2", "Kell Shipping", "org")
    before = [(0, story), (400, bidder)]
    assert resolve_subject("The company opens an office", before, lambda at: True).name == "Tarn Ferries"


def test_a_court_of_appeal_is_no_company() -> None:
    court = Entity("o1", "Court of Appeal", "org")
    assert resolve_subject("The company asks for a review", [(10, court)], lambda at: True) is None


def test_trade_words_make_company_names() -> None:
    assert is_company_name("Tarn Ferries") and is_company_name("Velo Pharma") and is_company_name("Orm Looms")

