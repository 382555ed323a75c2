"""A rank or courtesy title written short before a name ("Maj. Gen.", "Gen.", "Lt.", "Dr.") does not
end the object or the agent of a title (session 39): the WikiWars Civil War history dropped into the app
was titled "Grant puts Maj", "Maj replaces Burnside", "Truman appoints Gen", each cut at the title's
full stop."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    out = extract_document(Document("a.txt", "Campaign notes\n\n" + text, "t"), dct=date(2026, 11, 20))
    return [e.title for e in out.events]


@pytest.mark.parametrize("text, title", [
    ("In May 1798, the governor put Lt. Col. Aldo Verran in command of the northern forts.",
     "The governor puts Lt. Col. Aldo Verran"),
    ("On 4 June 1952, the president dismissed Adm. Tova Reiss and appointed Gen. Bram Ostrow as chief of staff.",
     "Gen. Bram Ostrow"),
    ("After the siege ended on 2 March 1711, the viceroy was replaced by Maj. Gen. Ivo Sandal.",
     "Ivo Sandal"),
    # an undated passive with its agent, said actively: the agent's name, not its title
    ("The siege ended in March 1711. After the siege, the viceroy was replaced by Maj. Gen. Ivo Sandal.",
     "Ivo Sandal replaces the viceroy"),
    ("The vote was held in 1931. After the vote, the mayor was succeeded by Dr. Hanne Lodge, a surgeon.",
     "Hanne Lodge succeeds the mayor"),
])
def test_a_short_title_before_a_name_is_read_past(text: str, title: str) -> None:
    titles = _titles(text)
    assert any(title in t for t in titles), titles
    assert not any(t.rstrip(".").split()[-1] in ("Gen", "Maj", "Lt", "Col", "Adm", "Dr") for t in titles), titles


def test_a_sentence_still_ends_at_a_full_stop_after_a_word() -> None:
    titles = _titles("The strike began in 1960. After the strike, the chairman was replaced by Ada Voss. "
                     "Gen. Harlow left the city in June 1960.")
    assert "Ada Voss replaces the chairman" in titles, titles
