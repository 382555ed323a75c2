"""A live page's post that shows its own media is no happening.

"10:02 A reader in Kilbride sends this photo of waves breaking over the harbour wall", "14:15 This
video shows the crowd outside the court", "Here is a picture of the queue at the depot": the clause
points at a photo, a video or a map printed on the page ("this", "these", "here is"); what the page
shows is the paper's furniture, and the happening it shows (the waves, the crowd) is told in other
posts. A clause that names a picture taken in the story ("Police released a photo of the suspect on
Monday", "The museum bought the painting in 1998") has no pointing word, and stays.

Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

#: A medium the page itself shows, pointed at: "this photo", "these pictures", "this short video".
_POINTED_MEDIA = (r"(?:this|these)\s+(?:[\w'’-]+\s+){0,2}?(?:photos?|photographs?|pictures?|images?|videos?|footage|clips?|"
                  r"maps?|graphics?|pics?|snaps?)\b")
_SHOWN = re.compile(
    # "A reader sends this photo", "Our reporter took this picture", "Ana Ruiz shared these images"
    r"\b(?:sends?|sent|shares?|shared|takes?|took|taken|captured|captures?|filmed|films?|posted|posts?|tweeted|"
    r"snapped|snaps?)\s+(?:us\s+|in\s+)?" + _POINTED_MEDIA + r"|"
    # "This video shows …", "These pictures show …"
    r"^\W*" + _POINTED_MEDIA + r"\s+(?:shows?|showed|captures?|captured|was\s+taken|were\s+taken|is\s+from|are\s+from)\b|"
    # "Here is a picture of …", "Here are some images from …"
    r"^\W*here\s+(?:is|are|'s)\s+(?:a|an|some|the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:photos?|pictures?|images?|videos?|footage|clips?|maps?)\b",
    re.IGNORECASE)


def shows_page_media(clause: str) -> bool:
    """Whether ``clause`` (an event's title, or the words after a post's time stamp: a title turns
    "This video" into "The video") points at a photo, video or map the page shows (see
    :data:`_SHOWN`): the page's furniture, not a happening."""
    return _SHOWN.search(clause) is not None
