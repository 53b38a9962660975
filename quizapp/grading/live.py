"""Rules of a live classroom game: states, transitions, the timer and scoring.

Pure: plain values in, plain values out; no Flask, no database, no clock (the
caller passes `now` as seconds). `quizapp.services.live_games` stores a game and
calls these rules for every move, so the rules are tested without an app.

**States.** A game starts in the *lobby*; `start` opens the first *question*;
`close` (the host, the timer or the last player's answer) shows its *reveal*
(distribution, right answer, cue words, explanation); `next` shows the
*leaderboard*, and `next` again opens the following question, or *finishes*
the game after the last one. `skip` leaves a question unscored and opens the
next; `pause` freezes the timer and refuses answers until `resume`; `end`
finishes the game from any state.

**Points** (accuracy first): a correct answer earns `BASE_POINTS`, partial
credit earns its share, a wrong answer nothing. When the teacher switches the
speed bonus on, a correct answer earns up to `SPEED_BONUS_SHARE` (20%) more,
falling linearly to nothing at the end of the timer, so one more correct answer
always beats any number of fast ones: a careful reader beats a fast guesser.

**Ranks:** more points first; equal points are broken by more correct answers;
players equal on both share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

STATES = ("lobby", "question", "reveal", "leaderboard", "finished")
ACTIONS = ("start", "close", "next", "skip", "pause", "resume", "end")

BASE_POINTS = 1000
SPEED_BONUS_SHARE = 0.2
#: The window the speed bonus falls over when a game has no timer (seconds).
UNTIMED_SPEED_WINDOW = 20.0
TIME_LIMITS = (0, 10, 20, 30, 45, 60, 90)  # 0: no timer

NICKNAME_MIN, NICKNAME_MAX = 2, 20
#: Words no nickname may contain (after folding case, accents and l33t
#: spellings); a teacher adds their own per game.
DEFAULT_BLOCKLIST = (
    "asshole",
    "bastard",
    "bitch",
    "bollock",
    "cunt",
    "dick",
    "fuck",
    "hitler",
    "nazi",
    "penis",
    "porn",
    "pussy",
    "shit",
    "slut",
    "twat",
    "vagina",
    "wank",
    "whore",
)
_LEET = str.maketrans("013457@$!|", "oieastasii")


class IllegalMove(ValueError):
    """The action is not allowed in the game's current state."""


@dataclass(frozen=True)
class GameState:
    """Where a game is. Times are seconds on the caller's clock.

    `closes_at` is when the open question stops taking answers (None: no
    timer); while paused it is None and `remaining` holds what was left.
    """

    state: str = "lobby"
    index: int = -1  # the current question, -1 before the first
    count: int = 0  # how many questions the game has
    time_limit: float | None = None
    opened_at: float | None = None
    closes_at: float | None = None
    is_paused: bool = False
    remaining: float | None = None

    @property
    def is_last(self) -> bool:
        return self.index >= self.count - 1


def apply(game: GameState, action: str, now: float, timed: bool = True) -> GameState:
    """The game after `action` at time `now`; raises IllegalMove when the action
    does not fit the state. `timed` is False for a question without a timer
    (a written question shown as an untimed discussion slide)."""
    if action not in ACTIONS:
        raise IllegalMove(f"unknown action {action!r}")
    if game.state == "finished":
        raise IllegalMove("the game is over")
    if action == "end":
        return replace(game, state="finished", closes_at=None, is_paused=False)
    if action == "start":
        _expect(game, "lobby", action)
        return _open(game, 0, now, timed)
    if action == "close":
        _expect(game, "question", action)
        return replace(game, state="reveal", closes_at=None, is_paused=False)
    if action == "next":
        if game.state == "reveal":
            return replace(game, state="leaderboard")
        _expect(game, "leaderboard", action)
        return _advance(game, now, timed)
    if action == "skip":
        if game.state not in ("question", "reveal", "leaderboard"):
            raise IllegalMove(f"cannot skip in the {game.state}")
        return _advance(game, now, timed)
    if action == "pause":
        _expect(game, "question", action)
        if game.is_paused:
            raise IllegalMove("the game is already paused")
        remaining = None if game.closes_at is None else game.closes_at - now
        return replace(game, is_paused=True, closes_at=None, remaining=remaining)
    # resume
    if not game.is_paused:
        raise IllegalMove("the game is not paused")
    closes = None if game.remaining is None else now + max(game.remaining, 0.0)
    return replace(game, is_paused=False, closes_at=closes, remaining=None)


def _expect(game: GameState, state: str, action: str) -> None:
    if game.state != state:
        raise IllegalMove(f"cannot {action} in the {game.state}")


def _advance(game: GameState, now: float, timed: bool) -> GameState:
    if game.is_last:
        return replace(game, state="finished", closes_at=None, is_paused=False)
    return _open(game, game.index + 1, now, timed)


def _open(game: GameState, index: int, now: float, timed: bool) -> GameState:
    if game.count == 0:
        return replace(game, state="finished")
    limit = game.time_limit if timed else None
    return replace(
        game,
        state="question",
        index=index,
        opened_at=now,
        closes_at=now + limit if limit else None,
        is_paused=False,
        remaining=None,
    )


def accepts_answers(game: GameState, now: float) -> bool:
    """Whether an answer arriving at `now` counts: the server's clock decides,
    so a slow network is never an advantage."""
    if game.state != "question" or game.is_paused:
        return False
    return game.closes_at is None or now < game.closes_at


def is_due(game: GameState, now: float) -> bool:
    """Whether the open question's timer has run out (it should be closed)."""
    return (
        game.state == "question"
        and not game.is_paused
        and game.closes_at is not None
        and now >= game.closes_at
    )


def points(
    fraction: float,
    elapsed: float,
    time_limit: float | None = None,
    speed_bonus: bool = False,
) -> int:
    """Points for an answer graded `fraction` (0..1) given `elapsed` seconds
    after the question opened. See the module docstring for the rules."""
    fraction = min(max(fraction, 0.0), 1.0)
    base = BASE_POINTS * fraction
    if not speed_bonus or fraction < 1.0:
        return round(base)
    window = time_limit or UNTIMED_SPEED_WINDOW
    quickness = min(max(1.0 - elapsed / window, 0.0), 1.0)
    return round(base * (1.0 + SPEED_BONUS_SHARE * quickness))


@dataclass(frozen=True)
class Ranked:
    """One player's place: `rank` is shared by players equal on points and
    correct answers."""

    player_id: int
    name: str
    score: int
    correct: int
    rank: int


def rank_players(rows: list[tuple[int, str, int, int]]) -> list[Ranked]:
    """Rank (player_id, name, score, correct) rows; ties as the docstring says,
    listed by name within a tie."""
    ordered = sorted(rows, key=lambda r: (-r[2], -r[3], r[1].casefold(), r[0]))
    ranked: list[Ranked] = []
    for position, (pid, name, score, correct) in enumerate(ordered, start=1):
        prev = ranked[-1] if ranked else None
        same = prev and (prev.score, prev.correct) == (score, correct)
        ranked.append(
            Ranked(pid, name, score, correct, prev.rank if same else position)
        )
    return ranked


def distribution(option_ids: list[str], responses: list[dict]) -> dict[str, int]:
    """How many responses chose each option (`choice`, `choices` or `label`)."""
    counts = dict.fromkeys(option_ids, 0)
    for response in responses:
        chosen = response.get("choices") or [
            response.get("choice") or response.get("label")
        ]
        for option in chosen:
            if option in counts:
                counts[option] += 1
    return counts


# ------------------------------------------------------------------ nicknames


def clean_nickname(name: str) -> str:
    """The nickname as shown: spaces collapsed, control characters removed."""
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    return " ".join(name.split())


def nickname_key(name: str) -> str:
    """What two nicknames must not share within a game (case and accents folded)."""
    return _fold(clean_nickname(name))


def nickname_problem(
    name: str, taken: set[str], blocklist: tuple[str, ...] | list[str] = ()
) -> str | None:
    """Why `name` cannot be used in a game whose nickname keys are `taken`, as a
    sentence for the player; None when it is fine. `blocklist` adds the
    teacher's words to DEFAULT_BLOCKLIST."""
    shown = clean_nickname(name)
    if not NICKNAME_MIN <= len(shown) <= NICKNAME_MAX:
        return f"Choose a nickname of {NICKNAME_MIN} to {NICKNAME_MAX} characters."
    if not any(c.isalnum() for c in shown):
        return "A nickname needs at least one letter or digit."
    letters = _letters(shown)
    words = {_letters(w) for w in (*DEFAULT_BLOCKLIST, *blocklist)} - {""}
    if any(word in letters for word in words):
        return "That nickname is not allowed here; choose another."
    if nickname_key(shown) in taken:
        return "Someone in this game already has that nickname."
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letters(text: str) -> str:
    """Only the letters, l33t spellings read as letters: "Sh1t!" -> "shit"."""
    return re.sub(r"[^a-z]", "", _fold(text).translate(_LEET))
