"""The progress dots above an item tell screen readers which answers were right,
partly right or wrong, not just that they were answered."""

import re

from .helpers import start


def _dots(html: str) -> list[str]:
    steps = html[html.index('<ol class="steps"') : html.index("</ol>")]
    return re.findall(r'<span class="visually-hidden">([^<]*)</span>', steps)


def test_progress_dots_say_right_and_wrong(client, auth, mini_pack):
    auth.login()
    first = start(client, "claims")
    client.post(first, data={"label": "sourced"})  # c1 is sourced: right
    second = start(client, "claims")
    client.post(second, data={"label": "opinion"})  # c2 is speculation: wrong
    dots = _dots(client.get(start(client, "claims")).text)
    assert dots[:3] == ["Item 1, right", "Item 2, wrong", "Item 3, current"]
