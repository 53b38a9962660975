"""Page furniture that survives a paste: cookie banners, sign-up boxes, share
and navigation prompts. They end with a full stop like sentences, but they
speak to a site's visitor about the site, not about the world, so they are
not claims to sort.

Two general signs, either is enough:
  - the website's own voice about itself or its visitor's browsing: cookies,
    consent, newsletters, accounts, sharing, copyright ("We use cookies to
    improve your experience", "Sign up for our newsletter", "All rights
    reserved"), the publisher's disclaimer ("The views expressed are the
    author's own") or where to find out more ("For more information, visit
    ...");
  - a short line made only of interface commands ("Accept all.", "Read more.",
    "Sign up now.").
An article *about* cookies or newsletters ("The regulator fined the site over
its cookie banner") has neither: it names them in the third person.
"""

from __future__ import annotations

import re

_SITE_VOICE = re.compile(
    r"\b(?:we|our\s+(?:partners|site|website)|this\s+(?:web)?site)\s+"
    r"(?:and\s+our\s+partners\s+)?(?:use|uses|store|stores|set|sets)\s+"
    r"(?:\w+\s+)?cookies\b|"
    r"\bcookies?\s+(?:policy|settings|preferences|notice)\b|"
    r"\b(?:accept|reject|allow|decline|manage|customi[sz]e)\s+(?:all\s+)?"
    r"(?:cookies|preferences|settings|consent)\b|"
    r"\bby\s+(?:continuing|using|clicking|browsing|scrolling)\b[^.]{0,60}\b"
    r"you\s+(?:agree|accept|consent)\b|"
    r"\b(?:sign\s+up|subscribe|register)\s+(?:(?:now|today|free)\s+)?"
    r"(?:to|for)\s+(?:our|the|a\s+free)\s+(?:\w+\s+)?(?:newsletter|updates|"
    r"emails?|alerts|digest)\b|"
    r"\b(?:follow|like)\s+(?:us|him|her|them|me)\s+on\s+(?:twitter|x|facebook|"
    r"instagram|tiktok|youtube|linkedin|bluesky|threads|mastodon)\b|"
    r"\b(?:follow|like)\s+us\s+on\b|"
    # a pointer to more of the page: "Read the rest here.", "Check out the full
    # trailer below."
    r"^\W*(?:read|see|watch|check\s+out|listen\s+to)\b[^.!?]{0,80}\b(?:here|"
    r"below|above)\W*$|\ball\s+rights\s+reserved\b|©|"
    r"\bcopyright\s+(?:©\s*)?\d{4}\b|\b(?:click|tap)\s+here\b|"
    r"\b(?:please\s+)?enable\s+javascript\b|\bskip\s+to\s+(?:main\s+)?content\b|"
    # a live page's own notes: "All times are local.", "That is all from us
    # for now."
    r"^\W*all\s+times\s+(?:are\s+|in\s+)?(?:local|gmt|bst|utc|cet|et|est|"
    r"edt|pt)\b|\bthat(?:[’']?s|\s+is)\s+all\s+from\s+(?:us|me)\b|"
    # where to find out more: "For more information, visit example.com or
    # contact press@example.com", "Media enquiries: ..."
    r"^\W*(?:for\s+(?:more|further)\s+(?:information|details)|media\s+"
    r"(?:enquiries|inquiries|contact)|press\s+(?:enquiries|inquiries|contact))"
    r"\b[^.!?]{0,40}\b(?:visit|contact|call|email|see|go\s+to|:)|"
    r"\b(?:improve|personali[sz]e|enhance)\s+your\s+(?:browsing\s+)?experience\b|"
    r"\bshare\s+(?:this|on)\s+(?:article|story|page|facebook|twitter|x|"
    r"linkedin|whatsapp|email)\b|"
    # the publisher's disclaimer: "The views expressed are the author's own."
    r"^\W*(?:the\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:(?:below|above|"
    r"here|herein|in\s+this\s+(?:article|column|piece|post|op-ed|blog))\s+)?"
    r"(?:are|is)\s+(?:(?:those\s+of\s+)?the\s+(?:author|writer)[’']?s?|her|his|"
    r"their|my|the\s+author[’']s|the\s+writer[’']s)(?:\s+own)?\W*$",
    re.I,
)
#: Words of an interface command; a short line of nothing else is a button.
_COMMANDS = frozenset(
    "accept reject allow decline agree continue close ok okay got it all "
    "cookies subscribe unsubscribe sign log in up out register now here more "
    "read learn share print email menu search settings manage preferences "
    "options save back top next previous home comments comment show hide free "
    "today login logout signup".split()
)
_WORD = re.compile(r"[a-z]+")


#: A word every site-voice pattern above contains: sentences without any of
#: them skip the long pattern (most sentences of an article).
_TRIGGERS = ("cookie", "consent", "agree", "accept", "newsletter", "sign up",
             "subscribe", "register", " us on", "rights reserved", "©",
             "copyright", "click", "tap here", "javascript", "skip to",
             "experience", "share", "preferences", "settings", "views",
             "opinions", "follow", "here", "below", "above",
             "more information", "further information", "more details",
             "further details", "enquiries", "inquiries", "all times",
             "all from")


def is_boilerplate(sentence: str) -> bool:
    """Is this sentence page furniture (a banner, a button, a sign-up box)?"""
    if len(sentence) <= 40:
        words = _WORD.findall(sentence.lower())
        if 0 < len(words) <= 4 and all(w in _COMMANDS for w in words):
            return True
    lower = sentence.lower()
    return any(t in lower for t in _TRIGGERS) and bool(_SITE_VOICE.search(sentence))
