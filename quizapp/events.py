"""Domain events other parts of the app may listen to (blinker signals).

`answer_recorded` is sent with `answer=` once a new answer is stored;
`attempt_finished` with `attempt=` once an attempt is marked finished;
`attempt_rescored` with `attempt=` after a teacher's override or a regrade
changed a finished attempt's score. Senders
are the services; listeners (e.g. xAPI statements) must never raise into them.
"""

from __future__ import annotations

from blinker import Namespace

_events = Namespace()
answer_recorded = _events.signal("answer-recorded")
attempt_finished = _events.signal("attempt-finished")
attempt_rescored = _events.signal("attempt-rescored")
