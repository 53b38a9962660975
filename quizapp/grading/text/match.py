"""Find a teacher's phrasing inside a student's answer, word by word.

Each content word of the phrasing is met by the most similar answer word: same
stem (1.0), one stem a prefix of the other ("econom"/"economi", 0.9), same synonym
group (0.85), or a spelling slip (0.8: one edit in five letters, the first
letter kept, as nearly every slip keeps it; "found" is another word than
"round", no slip of it). A phrasing's coverage is the weighted mean
of those similarities within one sentence of the answer (or two adjacent ones, at
a small discount), so words scattered over a long answer do not add up.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import annotate
from .normalize import Token, is_negative, tokenize

SAME, PREFIX, SYNONYM, SPELLING = 1.0, 0.9, 0.85, 0.8
#: One slip in five letters is a slip ("rebl" for "rebel"); the epsilon keeps
#: rapidfuzz's float arithmetic from refusing exactly 0.8.
SLIP_CUTOFF = 0.8 - 1e-6
#: A multiword phrase met through its main word alone counts a little less.
HEAD_DISCOUNT = 0.9
#: "unconfirmed" met by "not confirmed": the same word, with the polarity flipped.
ANTONYM = 0.85
#: Weight of a phrasing word that the question itself already uses ("Iran").
QUESTION_WORD_WEIGHT = 0.35
#: Coverage across two adjacent sentences counts a little less than within one.
ADJACENT_DISCOUNT = 0.9


def analyse(text: str) -> list[Token]:
    """Tokens of `text` with stems, synonym groups and negation marks."""
    return annotate(tokenize(text))


def content(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_stop]


def token_similarity(p: Token, a: Token) -> float:
    """How well answer word `a` stands for phrasing word `p` (0 when unrelated)."""
    if p.stem == a.stem:
        return SAME
    if p.groups and p.groups & a.groups:
        return SYNONYM
    ps, as_ = p.stem, a.stem
    if _antonyms(ps, as_):
        return 0.0
    if min(len(ps), len(as_)) >= 4 and (ps.startswith(as_) or as_.startswith(ps)):
        return PREFIX
    if not p.virtual and not a.virtual and min(len(ps), len(as_)) >= 4 and \
            p.norm[:1] == a.norm[:1]:
        # Words and stems both: "advansing" is one slip from "advanc" as a stem.
        if OSA.normalized_similarity(p.norm, a.norm, score_cutoff=SLIP_CUTOFF) or (
            OSA.normalized_similarity(ps, as_, score_cutoff=SLIP_CUTOFF)
        ):
            return SPELLING
    return 0.0


_NEGATIVE_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")


def _antonyms(x: str, y: str) -> bool:
    """ "unconfirm"/"confirm": one word is the other with a negative prefix."""
    short, long_ = sorted((x, y), key=len)
    return any(long_ == pre + short for pre in _NEGATIVE_PREFIXES)


@dataclass
class Match:
    """The best place a phrasing was found in an answer.

    `disagree` is the share of the matched weight whose polarity differs from
    the phrasing's word by word: "the reasons are not confirmed" met by "the
    reasons are confirmed" disagrees on "confirmed". `negative` is the older,
    whole-phrase view (a third of the matched weight negated)."""

    coverage: float
    negative: bool
    tokens: list[Token]
    disagree: float = 0.0
    #: The similarity each phrasing word was met with (0 when it was not).
    sims: tuple[float, ...] = ()


def _key(p: Token) -> tuple:
    return (p.stem, p.groups, p.norm, p.virtual)


class AnswerIndex:
    """An answer's tokens, indexed by stem, word and synonym group, with
    similarities to phrasing words memoised (a rubric asks for the same words
    again and again)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = content(analyse(text))
        self.n_sent = (self.tokens[-1].sent + 1) if self.tokens else 0
        self._memo: dict[tuple, list[float]] = {}
        self._flips: dict[tuple, set[int]] = {}
        self._nz: dict[tuple, list[int]] = {}
        self._by: dict[tuple[str, object], list[int]] = {}
        for i, t in enumerate(self.tokens):
            self._by.setdefault(("stem", t.stem), []).append(i)
            for g in t.groups:
                self._by.setdefault(("group", g), []).append(i)
            if not t.virtual:
                self._by.setdefault(("norm", t.norm), []).append(i)
        self._stems = [k[1] for k in self._by if k[0] == "stem" and "_" not in k[1]]
        self._norms = [k[1] for k in self._by if k[0] == "norm"]

    def sims(self, p: Token) -> list[float]:
        """Similarity of phrasing word `p` to each answer token (token_similarity)."""
        key = _key(p)
        got = self._memo.get(key)
        if got is not None:
            return got
        got = [0.0] * len(self.tokens)

        def mark(kind: str, value: object, sim: float) -> None:
            for i in self._by.get((kind, value), ()):
                if sim > got[i] and not _antonyms(p.stem, self.tokens[i].stem):
                    got[i] = sim

        if not p.virtual:
            ps = p.stem
            if len(ps) >= 4:
                for st in self._stems:
                    if len(st) >= 4 and (ps.startswith(st) or st.startswith(ps)):
                        mark("stem", st, PREFIX)
                for st, _, _ in process.extract(
                    ps, self._stems, scorer=OSA.normalized_similarity,
                    score_cutoff=SLIP_CUTOFF, limit=None,
                ):  # fmt: skip
                    if len(st) >= 4:
                        mark("stem", st, SPELLING)
                for nm, _, _ in process.extract(
                    p.norm, self._norms, scorer=OSA.normalized_similarity,
                    score_cutoff=SLIP_CUTOFF, limit=None,
                ):  # fmt: skip
                    if len(nm) >= 4:
                        mark("norm", nm, SPELLING)
        for g in p.groups:
            mark("group", g, SYNONYM)
        mark("stem", p.stem, SAME)
        if p.virtual and p.head is not None:
            # "other countries" met by "other contries": through its main word.
            for i, sim in enumerate(self.sims(p.head)):
                if sim * HEAD_DISCOUNT > got[i]:
                    got[i] = sim * HEAD_DISCOUNT
        flips: set[int] = set()
        if not p.virtual and len(p.stem) >= 4:
            ps = p.stem
            opposite = [pre + ps for pre in _NEGATIVE_PREFIXES]
            opposite += [
                ps[len(pre) :] for pre in _NEGATIVE_PREFIXES if ps.startswith(pre)
            ]
            for st in opposite:
                for i in self._by.get(("stem", st), ()):
                    if got[i] < ANTONYM:
                        got[i] = ANTONYM
                        flips.add(i)
        self._flips[key] = flips
        self._memo[key] = got
        return got

    def flipped(self, p: Token, index: int) -> bool:
        """Whether answer token `index` meets phrasing word `p` as its antonym."""
        self.sims(p)
        return index in self._flips[_key(p)]

    def _nonzero(self, p: Token) -> list[int]:
        key = _key(p)
        got = self._nz.get(key)
        if got is None:
            got = [j for j, sim in enumerate(self.sims(p)) if sim > 0]
            self._nz[key] = got
        return got

    def find(
        self, phrase: list[Token], weights: list[float], unit: str = "sent"
    ) -> Match:
        """Best coverage of `phrase` (content tokens) within one sentence or two
        adjacent ones; with unit="clause", within one clause only (a claim such
        as a misconception is made in one clause, not across "but")."""
        total = sum(weights)
        if not phrase or not self.tokens or total <= 0:
            return Match(0.0, False, [])
        n_units = getattr(self.tokens[-1], unit) + 1
        # best[s][i] = (similarity, answer token) of phrase word i in unit s
        best = [[(0.0, None)] * len(phrase) for _ in range(n_units)]
        tokens = self.tokens
        for i, p in enumerate(phrase):
            for j in self._nonzero(p):
                a, sim = tokens[j], self._memo[_key(p)][j]
                at = getattr(a, unit)
                if sim > best[at][i][0]:
                    best[at][i] = (sim, a)
        top, top_cells = Match(0.0, False, []), [(0.0, None)] * len(phrase)
        for s in range(n_units):
            spans = [(best[s], 1.0)]
            if unit == "sent" and s + 1 < n_units:
                pair = [
                    max(x, y, key=lambda c: c[0])
                    for x, y in zip(*best[s : s + 2], strict=True)
                ]
                spans.append((pair, ADJACENT_DISCOUNT))
            for cells, factor in spans:
                # Cheap upper bound first: _one_use can only lower the coverage.
                bound = (
                    factor
                    * sum(w * c[0] for w, c in zip(weights, cells, strict=True))
                    / total
                )
                if bound <= top.coverage:
                    continue
                cells = _one_use(cells)
                cov = (
                    factor
                    * sum(w * c[0] for w, c in zip(weights, cells, strict=True))
                    / total
                )
                if cov > top.coverage:
                    top = Match(cov, False, [c[1] for c in cells if c[1]])
                    top_cells = cells
        # Negated when a third of the matched weight sits inside a negation scope:
        # the subject often stands before "not" ("the reasons are not proven").
        said = sum(w * c[0] for w, c in zip(weights, top_cells, strict=True))
        denied = sum(
            w * c[0]
            for w, c in zip(weights, top_cells, strict=True)
            if c[1] and c[1].negated
        )
        top.negative = said > 0 and denied * 3 >= said
        position = {id(t): j for j, t in enumerate(tokens)}
        differ = sum(
            w * c[0]
            for p, w, c in zip(phrase, weights, top_cells, strict=True)
            if c[1]
            and (c[1].negated != self.flipped(p, position[id(c[1])])) != p.negated
        )
        top.disagree = differ / said if said > 0 else 0.0
        top.sims = tuple(c[0] for c in top_cells)
        return top


def _one_use(cells: list[tuple]) -> list[tuple]:
    """Let each answer word stand for one phrasing word only ("reporter says" is
    not covered twice by "says")."""
    used: set[int] = set()
    out = []
    for sim, tok in sorted(cells, key=lambda c: -c[0]):
        if tok is not None and id(tok) in used:
            out.append((0.0, None))
        else:
            if tok is not None:
                used.add(id(tok))
            out.append((sim, tok))
    order = sorted(range(len(cells)), key=lambda i: -cells[i][0])
    result: list[tuple] = [(0.0, None)] * len(cells)
    for rank, i in enumerate(order):
        result[i] = out[rank]
    return result


@dataclass
class Phrase:
    """A teacher phrasing, analysed once: content tokens, weights, polarity."""

    text: str
    tokens: list[Token]
    weights: list[float]
    negative: bool


def prepare_phrase(text: str, question_stems: frozenset[str] = frozenset()) -> Phrase:
    """Analyse a phrasing; words the question already uses weigh less."""
    toks = analyse(text)
    negative = is_negative(toks)
    # Words inside a multiword synonym are represented by the virtual token.
    spans = [(v.start, v.end) for v in toks if v.virtual]
    kept = [
        t
        for t in content(toks)
        if t.virtual or not any(s <= t.start and t.end <= e for s, e in spans)
    ]
    weights = [QUESTION_WORD_WEIGHT if t.stem in question_stems else 1.0 for t in kept]
    return Phrase(text, kept, weights, negative)
