"""Subjects of reporting verbs: where the source noun phrase starts and ends.

Plain string rules, no parser: the phrase before the verb up to a clause boundary
("a source familiar with the situation stated"), the name before an apposition
("Maria Lopez, a council member, said"), the phrase after an inverted verb
("..., said the minister"), and whether verb and subject agree in number.
"""

from __future__ import annotations

import re

from .lexicon import one_of

_AUX = re.compile(
    # (capitalised, "May" and "Will" are a month and a name: "A report by the
    # Carraway Institute published in May found")
    r"(?:\s+(?:(?-i:will|may)|" + one_of(
        "has have had is are was were would could might must should shall can "
        "did does do not never cannot "
        "also later then previously repeatedly publicly privately recently "
        "earlier again already once first still even just often long now since "
        "further always ever sometimes usually consistently") + "|"
    r"(?:[a-z]+|ca|wo)n[’']t|has\s+been|have\s+been|had\s+been|once\s+again|very|"
    # "Few insiders seem to think so": the raising verb, no part of the subject
    r"(?:seems?|seemed|appears?|appeared)\s+to|(?-i:(?!(?:family|ally|"
    r"rally|supply|assembly|monopoly|anomaly|bully|folly)\b)[a-z]+ly)|’s|'s|’re|"
    r"'re))+$",
    re.I,
)


# "’s" or "’re" closing the words before the verb ("It’s", "They’re").
_CONTRACTION_END = re.compile(r"(?:[’']s|[’']re)$")
# Connectives set off by commas: "did, however, praise", "Allies of the
# chancellor, however, insist".
_ASIDE_WORDS = r"however|though|in\s+fact|indeed|of\s+course|nonetheless|nevertheless"
_CONNECTIVE_AFTER = re.compile(rf"(?<=\w)\s*,\s*(?:{_ASIDE_WORDS}|meanwhile|"
                               r"for\s+(?:their|his|her|its|our)\s+part)\s*,$", re.I)
_CONNECTIVE_ASIDE = re.compile(r"\b(did|does|do|has|have|had|will|would)\s*,\s*"
                               rf"(?:{_ASIDE_WORDS}|moreover|also|too)\s*,$", re.I)


#: What closes a phrase right after a word: punctuation or the end of the
#: sentence ("the Riverside Commons project.", "requests were outstanding.").
PHRASE_CLOSES = re.compile(r"\s*(?:[.,;:)]|$)")


_ONE_WORD = re.compile(r"(?:abroad|elsewhere|overseas|beyond|nationwide|worldwide|"
                       r"online|nearby|[a-z]+ly)\s*")
_CLAUSE_START = re.compile(
    # a comma between digits is part of a number ("of 1,400 viewers"); one
    # between a city and its state is part of a place ("The Columbus,
    # Ohio-based company")
    r"(?:(?:(?<!\d),|,(?!\d))(?!\s+[A-Z][\w.]*-(?:based|headquartered)\b)|"
    r"[;:—–“”\"(\[]|\b(?:" + one_of(
        "that and but while which who because as after when if since though "
        "although whereas unless than "
        # a free relative or a place: "what Liz Wahl said", "where experts say"
        "what whatever where") + "|"
    # a clause after "the third time" with no "that": "were the third time
    # AROS said it had", "every time the minister speaks"
    r"(?:the\s+(?:[a-z]+\s+)?|every\s+|each\s+|any\s+|next\s+)time)\b)\s*",
    re.I,
)


_NP_RIGHT = re.compile(
    r"\s+((?:(?:the|a|an|one|another|two|three|several|some|many|other)\s+)?"
    r"[\w’'.-]+(?:\s+(?!(?:in|on|at|to|that|after|before|during|when|while|and|"
    r"but|as|of|for|with|about|who|which|friday|monday|tuesday|wednesday|"
    r"thursday|saturday|sunday|yesterday|today|last|this)\b)[\w’'.-]+){0,5})",
    re.I,
)


_BAD_SUBJECT = re.compile(
    r"^(?:it|this|that|which|there|what|who|these|those|here|he\s+and|"
    r"also|and|but|so|as|again|once(?:\s+more)?|twice|then|now|later|earlier|"
    r"too|instead|afterwards|(?-i:[a-z]+ly))$", re.I)  # "asked again", "asked
# repeatedly": an adverb of the verb, no inverted source
# "The merger, announced in January, is": a phrase after a preposition is
# when or where, never an inverted source
_PREPOSITION_FIRST = re.compile(
    r"^(?:in|on|at|by|for|with|from|to|of|into|during|after|before|since|until|"
    r"over|under|about|last|this|next)\s", re.I)
# "said they were concerned": a pronoun after the verb, then its own verb, is
# the subject of the reported clause, not an inverted source ("..., said he")
_PRONOUN_THEN_MORE = re.compile(r"^(?:he|she|they|we|i|you|it)\s+\S", re.I)


_DROP_LEAD = re.compile(
    r"^(?:(?:but|and|yet|so|however|meanwhile|still|also|now|then|instead|"
    r"indeed|moreover|in\s+addition|for\s+example|for\s+instance|today|"
    r"yesterday|tonight|recently|previously|earlier|later|last\s+\w+|"
    r"this\s+(?:week|month|year|morning)|on\s+[A-Z]\w+|"
    # the auxiliary of a question: "Would you vote", "Did the mayor say"
    r"(?:would|could|should|did|does|do|can)(?:n[’']t)?|"
    # "That was how Peggy Marchant remembered him"
    r"(?:that|this)\s+(?:was|is)\s+(?:how|what|why))\s*,?\s+)+", re.I)


_PLURAL_SUBJECT = re.compile(
    r"(?:\b(?:i|we|you|they)|[a-z](?<!s)s|\band\s+\S+|people|police|staff|media|"
    r"public|men|women|children|data|"
    # a plural quantifier standing alone: "some believe", "many of whom say"
    r"^(?:some|many|most|several|both|all|few|a\s+few)(?:\s+of\s+(?:whom|them|"
    r"us|those)|"
    # "Some in the field think", "Many within the party say"
    r"\s+(?:in|at|within|inside|across|outside)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+)?)?)$", re.I)


_PLURAL_HEAD = re.compile(
    r"^(?:(?:the|some|many|most|several|those|these|both|all|few|other)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]*[a-z]s|data|people|those|these|others|"
    r"men|women|police)\s+(?:of|from|in|at|on|with|for|to|close|familiar|who|"
    r"across|inside|within|around|"
    # "Engineers working on the project believe"
    r"[a-z]+ing\s+(?:on|in|at|for|with))\b", re.I)


_AUX_BEFORE = re.compile(r"\b(?:do|did|does|to|will|would|can|could|may|might|"
                         r"should|must|shall|also|often|still|now|\w+ly)\s+$",
                         re.I)


_SINGULAR = re.compile(
    r"(?:\b(?:he|she|it)|\b[A-Z][\w’'.-]*|\b(?i:the|a|an|this|that|its|his|her|"
    r"their|another|one|each|every|no)\s+(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*[^s\W]|’s\s+\w+)\s+$"
)


# "A community group, Westford Watch, claims": a name set off by commas after
# a noun is an apposition, and the subject it names is one.
_APPOSED_NAME = re.compile(
    r"\b[a-z][\w’'-]*,\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+$")


# The participles of an aside telling of a document or a body: "the paper,
# published in Nature,", "the review, commissioned by the trust,".
_ASIDE_PARTICIPLE = (r"(?:published|released|issued|written|funded|commissioned|"
                     r"conducted|carried\s+out|posted|led|seen|obtained)\b")
# "the paper, published in Nature, reports": a participle's aside on the noun.
_APPOSED_PARTICIPLE = re.compile(
    r"\b(?i:the|a|an|this|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*"
    r"[^s\W],\s+" + _ASIDE_PARTICIPLE + r"[^,]{0,60},\s+$")


def singular_subject(before: str) -> bool:
    """"the company states" has a subject; "coal states" is a noun phrase."""
    return bool(_SINGULAR.search(before) or _APPOSED_NAME.search(before)
                or _APPOSED_PARTICIPLE.search(before))


def title_case(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'-]*", sentence)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# A single quotation mark closing a quotation: after its last word's
# punctuation ("... deserved it,' she said"), not an apostrophe ("it's").
_SINGLE_CLOSE = re.compile(r"[,.!?]['’](?!\w)")
# A straight double mark closing a quotation: after a word or its punctuation,
# before a space, punctuation or the end.
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?;:’'])\"(?![\w‘“'])")


def in_quotation(text: str, start: int, at: int, end: int | None = None) -> bool:
    """Is `at` inside quotation marks (possibly opened in an earlier sentence)?"""
    before = text[start:at]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if end is None:
        return False
    if text[start:start + 1] in ("'", "‘") and not _SINGLE_CLOSE.search(before) \
            and _SINGLE_CLOSE.search(text, at, end):
        return True  # "'But I thought we deserved it,' she said.": British marks
    sentence = text[start:end]
    if '"' not in before and "“" not in sentence and sentence.count('"') % 2 == 1 \
            and _STRAIGHT_CLOSE.search(
            sentence, at - start):
        return True  # 'They write to us saying it died."': straight marks, the
        # quotation opened in an earlier sentence and closes after `at`
    first_close, first_open = sentence.find("”"), sentence.find("“")
    if '"' not in sentence and first_close >= 0 and (
            first_open < 0 or first_close < first_open):
        # a quotation that began before this sentence closes after `at`
        return before.count("”") == 0 and "”" in text[at:end]
    return False


def agrees(np: str, cue: str, before: str) -> bool:
    """A bare verb form needs a plural subject ("analysts say", not "its support")."""
    first = cue.split()[0]
    if first.endswith(("ed", "s", "ing")) or first in IRREGULAR_PAST:
        return True
    aside = _CONNECTIVE_ASIDE.search(before.rstrip())
    if aside:  # "The minister did, however, say": the auxiliary before the aside
        before = before[:aside.start(1)] + aside.group(1) + " "
    if _AUX_BEFORE.search(before) or re.search(
            r"\b[A-Z][\w.’'-]*\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,3}$", before):
        return True
    np = np.rstrip(",.;:")
    return bool(_PLURAL_SUBJECT.search(np) or _PLURAL_HEAD.match(np))


#: Past forms that do not end in -ed (reporting verbs and common others):
#: "officials told", and in scope.py "who found the dog told police" has left
#: its clause at "found". Narrower than `lexicon.IRREGULAR_PAST`, with
#: participles added: a word here ends a clause, and the wider list ends some
#: too early ("a frat boy that never grew up and thinks ..." then reads as a
#: guess).
IRREGULAR_PAST = frozenset(
    "said told wrote written thought knew felt saw understood found shown sought "
    "put spoke went learnt came sent brought made gave took held drew laid sang "
    "swore strove pled led ran won lost met got became began fell rose "
    "kept read".split()
)


# After "who", a word that is not a subject of its own opens the clause's verb
# ("who spoke", "who declined", "who live"), so the clause describes the noun
# before it; "who he said ..." or "who the police ..." have subjects.
_OWN_VERB = (r"(?!(?:the|a|an|he|she|they|it|we|i|you|his|her|their|its|this|"
             r"these|those|some|many|most|all|both|each|every|no|our|my|your)\b)"
             r"[a-z]")
_VERB_FIRST = re.compile(r"\s*" + _OWN_VERB, re.I)
#: "who" and the first word of its clause's own verb ("who live", "who spoke").
WHO_CLAUSE = re.compile(r"\bwho\s+" + _OWN_VERB, re.I)


_ACCORDING = re.compile(r"according\s+to\b", re.I)
_JOINED_NAMES = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*\s+and\s+"
                           r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$")
_INITIALS_AFTER = re.compile(r"(?<=[\w’'])\s+\([A-Z][A-Za-z&.]{1,9}\)$")
_CAPS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
#: A body named by a list after "for" or "of": "the Department for
#: Environment, Food and Rural Affairs", "the Ministry of Housing, Communities
#: and Local Government".
_LISTED_NAME = re.compile(rf"{_CAPS}\s+(?:for|of)\s+{_CAPS}(?:,\s+{_CAPS})*,?\s+"
                          rf"and\s+{_CAPS}")


def _title_closing_aside(chunk: str) -> str:
    """"Solberg, whose previous film was the thriller “Cold Harbor,”": a title
    quoted at the end of an aside, blanked (offsets kept) so the aside ends on
    its comma."""
    if not chunk.endswith((',”', ',"')):
        return chunk
    opening = max(chunk.rfind("“"), chunk.rfind('"', 0, len(chunk) - 1))
    if 0 < opening and ", " in chunk[:opening] and len(chunk) - opening < 80:
        return chunk[:opening] + " " * (len(chunk) - opening - 1) + ","
    return chunk


def left_np(text: str, sent_start: int, verb_start: int) -> tuple[int, int] | None:
    """The subject noun phrase just before a reporting verb (offsets)."""
    chunk = text[sent_start:verb_start].rstrip()
    # "Inspectors did, however, praise": a connective set off by commas
    # stands between the auxiliary and its verb (both patterns end on the
    # comma closing the aside, so a chunk ending otherwise is not searched)
    if chunk.endswith(","):
        chunk = _CONNECTIVE_ASIDE.sub(r"\1", chunk)
    # "Allies of the chancellor, however, insist": the aside closes the
    # subject, which is what stands before it
    aside = _CONNECTIVE_AFTER.search(chunk) if chunk.endswith(",") else None
    if aside:
        chunk = chunk[:aside.start()]
    # "The Northern Teachers' Federation (NTF) said": the name, not its letters
    if chunk.endswith(")"):
        chunk = _INITIALS_AFTER.sub("", chunk)
    if chunk.endswith(("(", "[")):
        return None  # "(think Brexit, for example)": an aside opens with its
        # verb, no subject
    chunk = _title_closing_aside(chunk)
    if chunk.endswith((",", "”", '"', "'", "’", "—", "–", "―")):
        return _before_apposition(text, sent_start, chunk)
    aux = _AUX.search(" " + chunk)  # " Don't": an imperative, no subject
    stop = max(aux.start() - 1, 0) if aux else len(chunk.rstrip())
    chunk = _CONTRACTION_END.sub("", chunk[:stop])
    chunk = _title_closing_aside(chunk.rstrip())
    if aux and chunk.endswith(","):
        # "Liam Hartigan, 29, of Stainforth Close, Ellerby, had admitted"
        return _before_apposition(text, sent_start, chunk.rstrip())
    begin = previous = 0
    relative = False
    listed = []
    if " and " in chunk:  # most subjects hold no "and": spare the searches
        listed = [m.span() for m in _LISTED_NAME.finditer(chunk)]
        # "Downstream, Beleria and Qasmir say": names joined by "and" speak
        # together
        joined = _JOINED_NAMES.search(chunk)
        if joined:
            listed.append(joined.span())
    for match in _CLAUSE_START.finditer(chunk):
        if any(s < match.start() < e for s, e in listed):
            continue  # "The Department for Environment, Food and Rural
            # Affairs said": one body's name, not three subjects
        if match.group().strip().lower() == "and" and _ONE_WORD.fullmatch(
                chunk, match.end()):
            continue  # "academics from Corvale and abroad urged": a place or
            # manner after "and" joins inside the subject
        if match.end() < len(chunk.rstrip()):
            previous, begin = begin, match.end()
            relative = match.group().strip().lower() == "who"
    if relative and _VERB_FIRST.match(chunk, begin):
        # "Two officials who spoke on condition of anonymity said": the
        # relative clause belongs to the subject, its antecedent with it
        begin = previous
    np = chunk[begin:].strip().lstrip("'\"“”’‘ ")
    if _ACCORDING.match(np):
        return None  # "according to the report published by ...": a source
        # of its own, never the subject of the participle after it
    lead = _DROP_LEAD.match(np)
    if lead:
        np = np[lead.end():]
    if not np:
        # "X, a spokesman for Y, said": the name stands before the appositive
        return None
    pronoun = _PRONOUN_LAST.search(np)
    if pronoun and np[:pronoun.start() + 1].split()[-1].lower() not in _JOINING \
            and _CLAUSE_BEFORE.search(np, 0, pronoun.start() + 1):
        np = pronoun.group(1)  # "The audience laughed on the night I saw it":
        # after a clause or a phrase, a pronoun just before the verb is its
        # whole subject ("Nurses I spoke to said": a noun and its clause)
    if len(np.split()) > 14 or _BAD_SUBJECT.match(np):
        if np.lower() != "it":
            return None  # "it" may stand for a paper or a body: the caller asks
    start = sent_start + chunk.rfind(np, begin)
    return start, start + len(np)


_PRONOUN_LAST = re.compile(r"[^\s,]\s+(I|we|he|she|they|it)$")
_JOINING = frozenset(("and", "or", "nor", "but", "than", "as"))
_CLAUSE_BEFORE = re.compile(r"\b(?:[a-z]+ed|in|on|at|with|after|before|since|during|"
                            r"from|for|by|said|says|told|mentions|read|now|ago)\b|"
                            r"(?:\S+\s+){3}", re.I)


_APPOSITION = re.compile(r"^(?:a|an|the|who|whose|which|where|one|[a-z]|[A-Z][a-z]*\s+"
                         r"(?:of|at|for)\b|"
                         # "Veltro's head of product", "Harwood's chief executive"
                         r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+[a-z])")
# An age after a name: "Quina Jones, 25, said" (not the end of "$100,000").
_AGE = re.compile(r"\s\d{1,3}\s*$")


# "the minister of the economy, Mr. Guajardo", "Smith's spokeswoman, Ann Lee",
# "Mr Pellow's barrister, Julian Okafor"
ROLE_FIRST = re.compile(r"(?:the|a|an|another|his|her|their|its|one|"
                        r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s", re.I)
_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*")
# A name and the body it belongs to: "Dr Ingrid Solberg of the Kattegat
# Institute of Public Health".
_NAME_OF = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?"
                      r"[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'.-]*))*")


#: A comma that is no thousands separator ("1,200").
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# (not a date: "The document, dated 3 October, found")
_AMOUNT_PREDICATE = re.compile(r"(?!dated\s)[a-z]+ed\s+[$£€]?\d")


def _before_apposition(text: str, sent_start: int, chunk: str):
    """"Minyon Moore, a senior adviser to the campaign, said": the name."""
    if not chunk.endswith(","):
        return None
    # "Tomas (Desmond Okafor-Reilly), the eldest son,": the brackets' words
    # are blanked, offsets kept
    chunk = _BRACKETED.sub(lambda m: " " * len(m.group()), chunk)
    body = re.split(r"''|[“”\";:—–―(]", chunk[:-1])[-1]
    offset = sent_start + len(chunk) - 1 - len(body)
    pieces = COMMA.split(body)  # not "1,200"
    # "Liam Hartigan, 29, of Stainforth Close, Ellerby,": the address after the
    # name, its town last
    while len(pieces) > 2 and _NAME.fullmatch(pieces[-1].strip()) and \
            pieces[-2].strip().startswith("of "):
        pieces = pieces[:-1]
    if len(pieces) < 2:
        return None
    pos = offset
    spans = []
    for piece in pieces:
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    last = pieces[-1].strip()
    if _NAME.fullmatch(last) and ROLE_FIRST.match(pieces[-2].strip()):
        # "The minister of the economy, Mr. Guajardo, argues": the name is last
        s = spans[-1][0] + pieces[-1].index(last)
        return s, s + len(last)
    named_of = _NAME_OF.fullmatch(last)
    if named_of and ROLE_FIRST.match(pieces[-2].strip()):
        # "The lead author, Dr Ingrid Solberg of the Kattegat Institute of
        # Public Health, said": the name, then where the person works
        s = spans[-1][0] + pieces[-1].index(last)
        return s, s + named_of.end(1)
    if _ROLE_THEN_NAME.search(last) and ROLE_FIRST.match(pieces[-2].strip()):
        # "Another witness, student Tom Bexley, said": the role and its name
        s = spans[-2][0] + pieces[-2].index(pieces[-2].strip())
        return s, spans[-1][0] + pieces[-1].index(last) + len(last)
    if not (_APPOSITION.match(last) or _AGE.fullmatch(pieces[-1])) or \
            _AMOUNT_PREDICATE.match(last):
        return None  # "Ferry workers, for example, earned $30,000,": a
        # predicate with its amount, no apposition
    for n, ((s, _), piece) in enumerate(zip(reversed(spans[:-1]),
                                             reversed(pieces[:-1]), strict=True)):
        name = piece.strip()
        # "Donna Reilly", "she", "former member Donna Reilly"; not a phrase of
        # place or time before it ("Outside the courthouse")
        # "A senior official from the host government, which has acted as
        # mediator since 2019, said": the relative clause on its noun; "One
        # expert who has seen the samples, and who asked not to be named,
        # said": a second who-clause, the noun before the first
        who = _WHO_CLAUSE.match(last) or _UNNAMED_ASIDE.match(last)
        if who and " who " in name:
            name = name[: name.index(" who ")]
        if name and len(name.split()) <= (10 if who else 6) \
                and not _PLACE_OR_TIME.match(name) and name not in CONNECTIVES \
                and (re.match(r"[A-Z]|(?:he|she)\b", name)
                     and not _APPOSITION.match(name)
                     or _ROLE_THEN_NAME.search(name)
                     # "one nurse, who asked not to be named,": the who-clause's
                     # antecedent, whatever its noun
                     or who and _DETERMINED.match(name)
                     # "the paper, published in the Journal of ...,": a
                     # document or a body and the participle telling of it
                     or n == 0 and _PARTICIPLE_ASIDE.match(last)
                     and _DETERMINED.match(name) and len(name.split()) <= 4):
            before = pieces[-3 - n].strip() if n + 3 <= len(pieces) else ""
            if _APPOSITION.match(name) and _NAME.fullmatch(before) and \
                    not _APPOSITION.match(before) and before not in CONNECTIVES:
                continue  # "Martin Oyelaran, a director at Foxley & Crane,
                # which has eleven branches, said": the name before the role
            lead = piece.index(name)
            dropped = _DROP_LEAD.match(name)  # "That was how Peggy Marchant, ..."
            if dropped and dropped.end() < len(name):
                lead, name = lead + dropped.end(), name[dropped.end():]
            return s + lead, s + lead + len(name)
    return None


#: Words that open a sentence as connectives, never a source's name: "However,
#: two people within the federation, who ..., said", "Yet the council's own
#: report found".
CONNECTIVES = frozenset(
    "But And Yet So Still However Meanwhile Instead Indeed Now Then Separately "
    "Moreover Nonetheless Nevertheless Later Earlier Similarly Likewise Elsewhere "
    "Overall Besides Also Again Finally Previously Today Yesterday Therefore Thus "
    "Hence Otherwise Additionally Furthermore Crucially Notably".split())
_BRACKETED = re.compile(r"\([^()]*\)")
# "An engineer who works on its systems, speaking anonymously, claimed": an
# aside telling the source goes unnamed, like a who-clause on its noun.
_UNNAMED_ASIDE = re.compile(r"(?:speaking|talking)\s+(?:anonymously|on\s+(?:the\s+)?"
                            r"condition|privately|off\s+the\s+record)")
_WHO_CLAUSE = re.compile(r"(?:(?:and|but)\s+)?(?:who|whose|which|(?:seen|obtained|"
                         r"reviewed|leaked|published|prepared|commissioned)\s+by)\s")
# A role before a full name: "former member Donna Reilly".
_ROLE_THEN_NAME = re.compile(r"^[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+[A-Z][\w’'.-]*"
                             r"\s+[A-Z][\w’'-]*$")
_DETERMINED = re.compile(r"(?:one|a|an|the|another|two|three|several|some)\s+"
                         r"[a-z]", re.I)
_PLACE_OR_TIME = re.compile(r"(?i:in|at|on|outside|inside|after|before|during|"
                            r"near|behind|beyond|around|across|from|under|"
                            r"later|earlier|speaking)\s")


_PARTICIPLE_ASIDE = re.compile(_ASIDE_PARTICIPLE)


_SUBORDINATOR = re.compile(r"(?:as|while|when|after|before|because|since|until|if|"
                          r"though|although|once|whereas)\s", re.I)


def right_np(text: str, verb_end: int, sent_end: int) -> tuple[int, int] | None:
    match = _NP_RIGHT.match(text, verb_end, sent_end)
    if not match:
        return None
    np = match.group(1).rstrip(".,’'")
    if _BAD_SUBJECT.match(np) or np.lower() in ("in", "on", "that") or \
            _SUBORDINATOR.match(np) or _PRONOUN_THEN_MORE.match(np) or \
            _PREPOSITION_FIRST.match(np):
        return None  # "..., said as she and others moved": a clause, no subject
    return match.start(1), match.start(1) + len(np)


# Words an antecedent noun phrase does not reach past, walking back from a
# relative word: prepositions, verbs of being, conjunctions, clause openers.
_ANTECEDENT_STOP = frozenset(
    "of in on at by for with from to about against over under into among "
    "between like including as than is was are were be been being has have had "
    "and or but that which who whom whose when where while after before if "
    "says said".split())
_DETERMINER = frozenset(
    "the a an his her its their our my your this that these those another "
    "one some many several".split())


def antecedent(text: str, sent_start: int, at: int) -> tuple[int, int] | None:
    """The noun phrase just before `at` that a relative word or a participle
    there follows ("the council, which ...", "experts offering ..."): the last
    words, back to a preposition, a verb of being, a conjunction or a mark, and
    no further than a determiner or six words (offsets), or None."""
    window = max(sent_start, at - 120)  # six words at most: a short look back
    chunk = text[window:at].rstrip(" ,-—–")
    words = list(re.finditer(r"[\w’'.&/-]+|[^\w\s]", chunk))
    first = None
    for count, word in enumerate(reversed(words)):
        token = word.group()
        if count >= 6 or not token[0].isalnum() or token.lower() in _ANTECEDENT_STOP:
            break
        first = word
        if token.lower() in _DETERMINER:
            break
    if first is None:
        return None
    return window + first.start(), window + len(chunk)
