"""Hedge words read in a sense that guesses nothing, settled from the sentence.

A cue word hedges only in its uncertainty sense (the CoNLL-2010 notion of an
uncertainty cue). The same words also tell a past ability ("the engine could
run one job at a time"), a story's future or habit in the past ("in 1539 there
would be another revolt"), a condition of logic or comparison ("if and only
if", "as if"), an act of thinking something over ("considered calling her",
"consider a triangle"), a noun of the mind ("Marxist thought"), the matter
under discussion ("the night in question") or a word of a title ("Heir
Apparent", "'If You Don't Love Me'"). `hedges.find_hedges` asks `guesses` of
every cue it finds.
"""

from __future__ import annotations

import re

from .nominal import VIEW_IS_THAT, VIEW_OWNED

# A sentence that tells of the past before the modal: a past form of "be",
# "have" or "do", a year, a common irregular past, or a regular past ("-ed")
# that no "is", "are", "be", "been", "has" or "have" makes a participle. (The
# lookaheads, the first letters and the least length, only spare the search
# places where no word can match.)
_PAST = re.compile(
    r"\b(?=[\dbcdfghklmprstw])(?:was|were|had|did|1\d{3}|20\d{2}|went|came|took|"
    r"made|became|began|"
    r"found|saw|gave|knew|held|led|left|fought|won|wrote|told|brought|built|"
    r"ran|sent|kept|got|lost|met|paid|sold|stood|spent|taught|chose|grew|drew|"
    r"rose|fell|broke|spoke|wore)\b|"
    r"\b(?=\w{5})(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?!based\b|hundred\b)\w{2,}[^e\W]ed\b", re.I)
# A view, a report, a question or a possibility framing the modal keeps its
# guess ("the ombudsman stated it could violate", "feared the road would
# increase", "questioned how the board could").
_FRAMED = re.compile(
    r"\b(?:said|says?|told|tells?|stated|suggest\w*|predict\w*|warn\w*|advis\w*|argu\w*|"
    r"claim\w*|fear\w*|thought|think\w*|believ\w*|belief|hop\w*|not(?:ed|ing)|"
    r"report\w*|estimat\w*|conclud\w*|speculat\w*|suspect\w*|wonder\w*|worr\w*|"
    r"expect\w*|assum\w*|propos\w*|feel|felt|reali[sz]\w*|concern\w*|possib\w*|"
    r"idea|notion|hypothes\w*|theor\w*|question\w*|ask\w*|doubt\w*|"
    r"investigat\w*|add(?:s|ed)\s+that|according\s+to|"
    # "Garside's verdict was that the result could": a view's content
    rf"(?:{VIEW_OWNED})" + VIEW_IS_THAT.pattern + r")\b", re.I)
#: A condition told by inversion, opening the sentence: "Had the council
#: acted sooner, ...", "Were the court to release them, ..." (the modal after
#: it guesses at what did not happen).
INVERTED_CONDITION = re.compile(
    r"[\s“\"]*(?:Had|Were)\s+(?:the\s+|a\s+|an\s+|[A-Z][\w’'.-]*\s+|(?:he|she|it|"
    r"they|we|I|you)\s+)[^,;.]{0,80},")
_CONDITION = re.compile(r"\b(?:if|unless|whether|provid(?:ed|ing)|so\s+long\s+as|"
                        r"in\s+(?:the\s+)?(?:event|case)|otherwise|suppos\w+)\b",
                        re.I)
# What one is allowed to do with a ticket, a form or a service: "could be
# used on Friday", "could be refunded", "could apply for a grant", "could
# claim a refund" (not "could rise", "could face charges", "the benefits
# could apply": what may happen).
_PERMITTED = re.compile(
    r"\s+(?:also\s+|still\s+|instead\s+)?(?:be\s+(?:used|refunded|exchanged|"
    r"transferred|claimed|collected|redeemed|booked|swapped|returned)\b|"
    r"(?:apply\s+(?:for|online)|claim|use|book|collect|exchange|swap|transfer|"
    r"register|park|request|ask\s+for|opt)\b)", re.I)
# ... as a source told it: "said", "told customers", "confirmed".
_PERMISSION_TOLD = re.compile(r"\b(?:said|told|confirmed|announced|explained|"
                              r"added|stressed|advised)\b[^.;:!?]*$", re.I)
# "could have", "would have", "could be likely": perfect and stative modals,
# which guess about the past or a state rather than tell an ability or a plan.
_MODAL_STATE = re.compile(r"\s+(?:\w+ly\s+)?(?:have\b|be\s+(?![a-z]+(?:ed|en|wn|ne|"
                          r"lt|ht|nd|ld|ok|ut|id)\b))", re.I)
_MODAL_PERFECT = re.compile(r"\s+(?:\w+ly\s+)?have\b", re.I)


# A side clause or aside before the modal tells its own time ("The storm,
# which formed on Tuesday, could ..."; "The firm, founded in 1998, could ...").
_ASIDE = re.compile(r"(?:,|\(|—|–)\s*(?:which|who|whom|whose|where|when|after|once|"
                    r"[a-z]+ed\b|[a-z]+en\b|known\b|shown\b|grown\b|born\b|"
                    r"made\b|built\b|held\b|led\b|sold\b|found\b|set\b|run\b)"
                    r"[^,()—–]*[,)—–]", re.I)
# A time still to come after the modal: a possibility, not a past ability
_LATER = re.compile(r"\b(?:(?<!the\s)next\s+(?:week|month|year|season|spring|summer|"
                    r"autumn|fall|winter|decade|\w+day)|tomorrow|in\s+the\s+coming|"
                    r"coming\s+(?:days|weeks|months|years)|later\s+this|"
                    r"this\s+(?:week|month|year)|within\s+(?:days|weeks|months))\b",
                    re.I)


# A consequence after the modal is a possible outcome, not a capacity: "prices
# rose and could climb further", "the mayor resigned and could face charges".
_OUTCOME = re.compile(
    r"\s+(?:\w+ly\s+)?(?:also\s+|still\s+|even\s+|soon\s+)?(?:face|lead|cause|"
    r"result|hurt|harm|affect|change|threaten|become|mean|trigger|spark|collapse|"
    r"fall|rise|climb|increase|decrease|reduce|end|lose|cost|damage|undermine|"
    r"derail|jeopardi[sz]e|delay|prove|worsen|weaken|endanger|destabili[sz]e|"
    r"escalate|fail)\b", re.I)


def _told_in_the_past(text: str, start: int, end: int, sent_start: int,
                      sent_end: int, perfect_only: bool) -> bool:
    """'could'/'would' in a past telling: an ability or a plan then, no guess."""
    after = (_MODAL_PERFECT if perfect_only else _MODAL_STATE).match(text, end)
    if after or _OUTCOME.match(text, end) or _LATER.search(text, end, sent_end):
        return False
    before = text[sent_start:start]
    told = _ASIDE.sub(" ", before.rsplit(";", 1)[-1])
    return bool(_PAST.search(told)) and not _FRAMED.search(before) and not \
        _CONDITION.search(text, sent_start, sent_end) and not \
        INVERTED_CONDITION.match(text, sent_start, start)


# Consider in the sense of weighing or looking at, not of holding a view:
# "considered calling her", "was considered for the lead", "had not been
# considered in the earlier studies", "consider a triangle" (an instruction).
_WEIGHED = re.compile(r"\s*(?:[.;:!?)]|,?\s+but\b)|\s+(?:for|separately|carefully|"
                      r"seriously|in\s+(?:the|detail|depth|turn))\b", re.I)
# "the council considered closing it"; not "was considered amazing", a view
# ('had "seriously considered" voting': the closing mark between)
_GERUND = re.compile(r"[”\"’']?\s+(?!being\b|thing\b|nothing\b|something\b|anything\b|"
                     r"everything\b|king\b)[a-z]+ing\b", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_INSTRUCTION = re.compile(r"(?:^|\bexample,\s*|^now\s+|\blet\s+us\s+|\blet[’']s\s+|"
                          r"\bwe\s+(?:will|shall|now|first)\s+)$", re.I)
_TO_CONSIDER = re.compile(r"(?<!\bcome\s)(?<!\bcame\s)\bto\s+$", re.I)
# "considering its size", "considering that": given, not deeming
_DEEMING = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}(?:as|to\s+be)\b", re.I)


_WEIGHING_BEFORE = re.compile(r"\b(?:carefully|seriously|closely|fully|properly|"
                              r"urgently|thoroughly)\s+$", re.I)


def _weighs(low: str, text: str, start: int, end: int, sent_start: int) -> bool:
    if low == "considering":
        return not _DEEMING.match(text, end)
    if _WEIGHING_BEFORE.search(text, max(sent_start, start - 16), start):
        return True  # "would carefully consider the coroner's report"
    if _WEIGHED.match(text, end) or (_GERUND.match(text, end) and not _PASSIVE.search(
            text, max(sent_start, start - 20), start)):
        return True
    if low == "consider":
        before = text[sent_start:start]
        return bool(_INSTRUCTION.search(before) or _TO_CONSIDER.search(before))
    return False


# "Marxist thought", "a complete thought", "thought and culture": the noun.
_THOUGHT_NOUN = re.compile(r"\s*(?:[.;,:)!?\"”]|$)|\s+(?:and|or|highly)\b", re.I)
_THOUGHT_BE = re.compile(r"\b(?:is|was|are|were|be|been|being|it|once|commonly|"
                         r"widely|generally|long|first|originally)\s+$", re.I)
# "bigger than previously thought", "than they initially expected": a
# comparison with an old belief, which the sentence corrects.
_COMPARED = frozenset("thought expected believed predicted feared suspected "
                      "assumed supposed estimated anticipated".split())
# "Police said there was no reason to believe the public was at risk": a
# finding that no evidence points there, reported, not a guess ("no evidence
# to suggest").
_DOUBTED_BELIEF = frozenset("believe think suspect suggest indicate".split())
_NO_REASON = re.compile(r"\b(?:no|any)\s+(?:\w+\s+)?(?:reason|evidence|"
                        r"indication)\s+to\s+$", re.I)
_HAD = re.compile(r"\bhad(?:\s+not|n[’']t)?\s+(?:\w+ly\s+)?$", re.I)
_BELIEF_SHARE = frozenset("expected expect expects believe believed believes "
                          "think thought thinks feared fear fears".split())
# (a measured share only: "most experts believe" is a weasel phrase)
_SHARE_BEFORE = re.compile(r"(?:\d\s*(?:%|percent|per\s+cent)|\b(?:one|two|three|"
                           r"four|five|\d+)\s+in\s+(?:three|four|five|ten|\d+))"
                           r"(?:\s+(?:of\s+)?(?:them|those|respondents|[a-z]+)){0,3}"
                           r"\s+(?:said\s+(?:they\s+)?)?$", re.I)
_NEVER = re.compile(r"\bnever\s+(?:once\s+)?$", re.I)
_ON_SUSPICION = re.compile(r"\bon\s+$", re.I)
_THAN = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){0,3}$", re.I)
# "the symbols in question": the ones being discussed
_UNDER_DISCUSSION = re.compile(r"\b(?:is|are|was|were|be|been|being|into|"
                               r"remains?|remained|called|put|brought|not)\s+$", re.I)
# "if and only if", "as if", "little, if any,", "if anything"
_IF_NO_CONDITION = re.compile(r"\s+and\s+only\s+if\b|\s+any(?:thing)?\s*[,;:.)]",
                              re.I)
_IF_AFTER = re.compile(r"\b(?:as|if\s+and\s+only)\s+$", re.I)
# A concession, not a condition: "competent, if tedious, electropop", "a
# well-developed, if simple, system", "most if not all of them" (though).
_IF_CONCEDES = re.compile(
    r"\s+not\s+(?:all|most|every|many|more|entirely|always|quite)\b|"
    r"\s+(?:\w+ly\s+)?(?!(?:true|so|possible|necessary|needed|any|anything|ever|"
    r"successful|applicable|available|present|required|appropriate|desired|"
    r"not|elected|need|needs)\b)[a-z-]+(?<!ed)\s*,\s*(?!(?:would|will|"
    r"could|can|may|might|should|must|then|it|he|she|they|we|you|i|this|that|"
    r"there|the)\b)|"
    # the same closing the sentence: "The change was welcome, if overdue."
    r"\s+(?:\w+ly\s+)?(?!(?:true|so|possible|necessary|needed|any|anything|ever|"
    r"successful|applicable|available|present|required|appropriate|desired|"
    r"not|need|needs|at\s+all)\b)[a-z-]+(?<!ed)\s*[.!;](?=\s|$)",
    re.I)
_IF_CONCEDES_BEFORE = re.compile(r"[a-z]\s*,\s*$|\b(?:most|many|some)\s+$", re.I)
# "all possible combinations", "any possible reality"
_EVERY_POSSIBLE = re.compile(r"\b(?:all|any|every)\s+(?:(?:of\s+)?the\s+)?$", re.I)
# "its reliability has been questioned", "... been questioned by some
# historians": doubted; not "had been questioned by police about the fire".
_DOUBTED = re.compile(r"\s*(?:[.;,:)!?]|$)|\s+(?:by\s+(?:some|many|several|a\s+few|"
                      r"others|critics|scholars|historians|observers|experts|"
                      r"researchers|commentators|analysts)|due\s+to|because|"
                      r"on\s+the\s+grounds)\b", re.I)
# "likely voters", "likely primary voters": the electorate a poll samples.
_LIKELY_VOTERS = re.compile(r"\s+(?:(?:primary|general|republican|democratic|"
                            r"gop|(?-i:[A-Z][a-z]+))\s+){0,2}(?:voters?|electorate)\b",
                            re.I)
# A forecast someone already made, owned or described: "its forecast", "the
# company's revenue forecast", "raised the forecast".
_OWNED_BEFORE = re.compile(
    r"\b(?:its|their|his|her|our|the|a|an|this|that|these|those|[\w-]+[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I)
# An outcome measured against forecasts: "fell short of forecasts", "beat
# forecasts", "better than forecasts", "in line with forecasts".
_MEASURED_AGAINST = re.compile(
    r"\b(?:short\s+of|than|beat|beats|beating|missed|misses|missing|exceeded|"
    r"exceeds|exceeding|topped|tops|line\s+with|above|below|against|defied|"
    r"confounded)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_SPELL_OF = re.compile(r"\b(?:days|weeks|months|years|decades)\s+of\s+$|"
                      r"\b(?:end|ended|ending|ends)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_THAT_NEXT = re.compile(r"\s+that\b")
_SPREAD = re.compile(r"\b(?:spreading|sharing|posting|circulating|spread|share|"
                     r"post|circulate)\s+$", re.I)
_TOLL = re.compile(r"\s+(?:has|have|had)\s+(?:taken|hurt|hit|weighed|damaged|"
                   r"worn)\b|\s+(?:took|hurt|hit|weighed|damaged)\b")
# The speaker, telling what they thought then: "I assumed", "we just thought".
_I_THEN = re.compile(r"(?:^|[\s“\"‘])(?:I|[Ww]e)\s+(?:just\s+|simply\s+|always\s+)?$")
# A clause in the simple past, nothing to come: "they knew", "it was fine",
# "the money had been paid" (not "it would rain", "they could").
_SETTLED_THEN = re.compile(
    r"\s+(?:that\s+)?(?:[\w’'-]+\s+){1,3}?(?:knew|was|were|had|did|agreed|"
    r"understood|meant|paid|told)\b(?!\s+(?:to|going)\b)")
_AT_FIRST = re.compile(r"\b(?:at\s+first|initially|for\s+a\s+(?:moment|second|"
                       r"minute)|,\s+until\b)", re.I)
_FOUND_BEFORE = re.compile(r"\b(?:found|find|finds|uncovered|saw|see|sees)\s+[“\"‘]?$",
                           re.I)
# A report that left something out: "did not say", "would not confirm",
# "declined to disclose" (not "It is not known": the writer does not know)
_NOT_TOLD = re.compile(r"\b(?:not|n[’']t|never|declined\s+to|refused\s+to)\s+"
                       r"(?:\w+\s+){0,2}?(?:say|said|confirm|confirmed|disclose|"
                       r"disclosed|reveal|revealed|specify|specified|indicate|"
                       r"indicated|explain|explained|comment\s+on|state|stated)\b"
                       r"[^.;!?]*$", re.I)
_REFUSED = re.compile(r"\b(?:not|n[’']t|never|refused\s+to|declined\s+to|"
                      r"refusing\s+to|declining\s+to|"
                      # "it would be inappropriate to speculate", "too early to
                      # guess": a guess refused as out of place
                      r"(?:inappropriate|premature|wrong|unwise|irresponsible|"
                      r"unhelpful|too\s+(?:early|soon))\s+to)\s+(?:going\s+to\s+|"
                      r"about\s+to\s+|want\s+to\s+)?(?:\w+ly\s+)?$", re.I)
# A working whose inputs are stated: "the model assumes", "the budget
# assumed", "the forecast, which assumes".
_WORKINGS = re.compile(r"\b(?:model|models|budget|budgets|forecast|forecasts|"
                       r"projection|projections|scenario|scenarios|estimate|"
                       r"estimates|calculation|calculations|plan|plans)\b"
                       r"(?:,?\s+which)?\s+$", re.I)
# "as may be": a concession or "whatever", no guess.
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
_BE_NEXT = re.compile(r"\s+be\b", re.I)
# Guesses one does not make: "I don't do forecasts", "makes no predictions".
_NOT_DONE = re.compile(r"\b(?:(?:do|does|did)(?:n[’']t|\s+not)\s+(?:do|make|give)|"
                       r"(?:makes?|made|gives?|gave|offers?|offered)\s+no|"
                       r"never\s+(?:do|does|did|makes?|made|gives?|gave))\s+$", re.I)
# A person believed, not a claim: "wanted to believe him", "I believe her."
_TRUSTED = re.compile(r"\s+(?:him|her|them|me|us|you)\b(?!\s+(?:to\s+be|when|if)\b)"
                      r"\s*(?:[.,;:!?”\"’']|$|\s+(?:and|but|or)\b)", re.I)
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
_NEXT_WORDS = re.compile(r"\s+([\w’'-]+)\s+([\w’'-]+)")


def _headline(text: str, sent_start: int, sent_end: int) -> bool:
    """Most words capitalised: a headline in title case, not a name in it."""
    words = _WORDS.findall(text, sent_start, sent_end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _in_title(text: str, start: int, end: int, sent_start: int,
              sent_end: int) -> bool:
    """A capitalised cue among capitalised words: a name or a title ('Heir
    Apparent', 'A Thinking Man's Guide', "the hit 'If You Don't Love Me'")."""
    if not text[start].isupper() or _headline(text, sent_start, sent_end):
        return False
    if re.match(r"I\b", text[start:end]):
        return False  # "But I suspect": "I" is capitalised wherever it stands
    before = text[sent_start:start]
    following = _NEXT_WORDS.match(text, end)
    if not before.strip() or re.search(r"[.!?:;]\s*[\"'“‘(]*$", before):
        return False  # capitalised by its place, as a sentence or quotation opens
    if re.search(r"[\"'“‘]$", before):  # a quotation opens mid-sentence
        return bool(following and all(w[0].isupper() for w in following.groups()))
    prev = re.search(r"([\w’'-]+)[\s\"'“‘]*$", before)
    return bool((prev and prev.group(1)[0].isupper())
                or (following and following.group(1)[0].isupper()))


# A refusal: "would not be drawn", "would not say", "wouldn't comment".
_REFUSED_TO = re.compile(r"(?:\s+not|n[’']t)\s+(?:be\s+drawn|comment|say|confirm|"
                         r"disclose|reveal|elaborate|discuss|speculate|name|"
                         r"specify|give\s+details)\b", re.I)
# "can't believe it", "still don't quite believe it": amazement told.
_AMAZED = re.compile(r"(?:can[’']?t|cannot|couldn[’']t|don[’']t|do\s+not|didn[’']t)"
                     r"\s+(?:\w+\s+)?$", re.I)
_BELIEVE_IT = re.compile(r"\s+(?:it|this|that|my\s+luck)\s*[.!,”\"]")
# Nobody able: "None could", "No one could", "Neither of them could".
_NOBODY_COULD = re.compile(r"\b(?:none|nobody|no\s+one|neither)(?:\s+of\s+"
                           r"(?:them|us|you|the\s+[\w-]+))?\s+$", re.I)
# A thing guessed and nothing said of it: "guessed it long before", "guessed
# the twist early", "guessed right".
_GUESSED_IT = re.compile(r"\s+(?:it|them|this|right|wrong|correctly|the\s+[\w-]+)"
                         r"(?=\s*[.,;!]|\s+(?:long|early|straight|immediately|"
                         r"before|within|from|at\s+once)\b)", re.I)
# A word that names a claim or a forecast (an allegation, a rumour, a
# prediction, speculation) hedges when it carries the claim's content ("rumours that the
# paper would close", "allegations of fraud", "predicted that prices would
# rise", "is predicted to rise"); bare, it only names the act ("in response to
# the allegations", "few had heard the rumour", "the best way to predict the
# future", "frequency-domain prediction"), and the sentence asserts nothing
# uncertain.
_CLAIM_WORDS = re.compile(
    r"(?:allegations?|accusations?|rumou?rs?|predictions?|predict|predicts|"
    r"predicted|predicting|suspicions?|suggestions?|presumption|speculation)$")
_CONTENT = re.compile(
    r"\s*,?\s+(?:(?:also|later|widely|long|often|never|already|correctly|"
    r"wrongly|previously|first|once)\s+)?(?:that|of|about|concerning|over|"
    r"surrounding|whether|if|to|as\s+to|regarding|against|"
    r"(?:he|she|it|they|we|i|you|there|this|the\s+\w+)\s+(?:would|will|"
    r"could|might|may|was|were|is|are|had|has|have))\b", re.I)
_ANY_CLAIM = re.compile(r"\b(?:any|no|(?:rejected|rejects|reject|denied|denies|"
                        r"deny|dismissed|dismisses|dismiss|refuted|refutes|"
                        r"refute|(?:comment|respond|react)(?:s|ed|ing)?\s+(?:on|"
                        r"to))\s+(?:the\s+)?)\s*$", re.I)
# "My speculation is that it won't": the claim told after a copula.
_IS_THAT = re.compile(r"\s+(?:is|was)\s+that\b", re.I)
# "there were rumours", "amid rumours": the claim is abroad, its content
# given by the context.
_CLAIM_ABROAD = re.compile(r"\b(?:there\s+(?:were|was|are|is|have\s+been|has\s+"
                           r"been)|amid|amidst)\s+(?:\w+\s+)?$", re.I)


# An evidential verb infers when it carries a content clause ("the bones
# indicate that ...", "which implies the fort was older"); with a plain object
# it denotes ("zero indicates level", "the first letter indicates the month").
# "As the name suggests" reads a meaning off a name: evident, no guess.
_DENOTING = re.compile(r"(?:indicates|imply|implies|implied|implying)$")
_CLAUSE = re.compile(
    r"\s*,?\s+(?:that\b|(?:[\w’'-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|"
    r"would|could|may|might|can|should|must|did|does|do)\b)", re.I)
_AS_THE_NAME = re.compile(
    r"\b(?:as|its)\s+(?:(?:the|its|his|her|their|this|that)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:name|names|title|subtitle|term|word|label|nickname|moniker|acronym|"
    r"abbreviation|prefix|suffix)\s+(?:of\s+[\w’'-]+\s+(?:[\w’'-]+\s+)?)?"
    r"(?:itself\s+|also\s+|clearly\s+)?$", re.I)


# A verb right after a noun's "that": the relative clause's own ("fears that
# had been building", "concerns that were raised in May").
_VERB_AFTER_THAT = re.compile(r"\s+(?:had|has|have|was|were|is|are|led|drove|"
                              r"prompted|emerged|surfaced|grew|arose)\b", re.I)


_COMPARED_RISK = re.compile(r"\b(?:less|least|times\s+as|twice\s+as|(?:times|twice|"
                            # "31 per cent more likely": a measured risk
                            r"%|per\s*cent|percent)\s+more)\s+$", re.I)


_THINK_OVER = re.compile(r"\s+(?:again|twice|ahead|big|carefully|hard|long\s+and\s+"
                         r"hard)\b", re.I)
# An owner or a determiner before a word makes it a noun: "the club's
# thinking", "their current thinking".
_OWNED = re.compile(r"(?:[’']s?|\b(?:his|her|their|its|our|my|your|the|this|"
                    r"that))\s+(?:(?:current|latest|own|new|early|official)\s+)?$",
                    re.I)
_GAVE_UP = re.compile(r"\b(?:stopped|stop|stops|ceased|quit|gave\s+up)\s+$", re.I)


# One's own not knowing, told: "he had not known".
_KNEW_BEFORE = re.compile(r"\b(?:had|has|have|would\s+have)\s+$", re.I)
# A best or worst case framing what follows: "Best case, ...", "in a
# worst-case scenario".
_CASE_FRAME = re.compile(r"\s*[,:—–]")
_IN_A = re.compile(r"\b(?i:in\s+(?:a|the)|at)\s+$")
# A clause after "not sure": what is doubted ("not sure he can", "not sure
# whether the deal will hold", "not sure that it works").
_DOUBTED_CLAUSE = re.compile(r"\s+(?:whether|if|that|how\s+(?:long|much|many)|"
                             r"(?:he|she|they|it|we|I|you|there|the|this|anyone|"
                             r"anything)\b(?!\s+to\b))")


# What is expected of someone's conduct, a duty rather than a forecast:
# "Staff are expected to wear badges at all times", "Members are expected to
# abide by the code" (not "expected to attend the rally", a guess at numbers,
# nor "expected to follow suit").
DUTY_EXPECTED = re.compile(
    r"\s+to\s+(?:wear|comply|abide|behave|dress|observe|respect|adhere|uphold|"
    r"disclose|follow\s+(?!suit\b)|report\s+to|sign\s+in|keep\s+to|"
    r"be\s+on\s+time|conduct\s+themselves)\b", re.I)


def guesses(cue: str, text: str, start: int, end: int, sent_start: int,
            sent_end: int) -> bool:
    """Whether the cue text[start:end] hedges in this sentence."""
    low = " ".join(cue.lower().split())
    if _in_title(text, start, end, sent_start, sent_end):
        return False
    if low == "expected" and DUTY_EXPECTED.match(text, end, sent_end):
        return False  # "Staff are expected to wear badges": a duty
    if low == "no evidence" and _FOUND_BEFORE.search(text, max(sent_start,
                                                              start - 24), start):
        return False  # "Police had found no evidence the driver had been
        # speeding": a finding, reported, not the source's doubt
    if low == "not known" and _KNEW_BEFORE.search(text, max(sent_start, start - 12),
                                                  start):
        return False  # "said he had not known about the rating": what one
        # did not know then, told; not "it is not known whether"
    if low == "thinking" and \
            text[max(sent_start, start - 8):start].lower() == "without ":
        return False  # "plugs into without thinking": by habit, no guess
    if low in ("best case", "best-case", "worst case", "worst-case"):
        return bool(_CASE_FRAME.match(text, end, sent_end) or _IN_A.search(
            text, max(sent_start, start - 8), start))  # "Best case, you're
        # looking at February", "in a worst-case scenario"; not "as the
        # worst-case scenarios failed to materialize"
    if low.endswith("not sure") or low == "not entirely sure":
        return bool(_DOUBTED_CLAUSE.match(text, end, sent_end))  # "I'm not sure
        # he can", "not sure whether it will hold"; not "Twelve percent were
        # not sure", "not sure what to do"
    if low in ("thought", "believed", "assumed") and _AT_FIRST.search(
            text, end, sent_end):
        return False  # "I thought it was a big tabby at first, until I saw
        # the ears": a belief held then and set right, told
    if low in ("thought", "assumed", "presumed") and _I_THEN.search(
            text[max(sent_start, start - 12):start]) and _SETTLED_THEN.match(
            text, end, sent_end):
        return False  # '"I assumed they knew," she replied': what the speaker
        # took for granted then, told, no guess at what is unknown
    if low == "whether" and _NOT_TOLD.search(text, sent_start, start):
        return False  # "The statement did not say whether any data had been
        # taken": what was left unsaid, told, no question the writer leaves open
    if low == "uncertainty" and (_SPELL_OF.search(text, max(sent_start, start - 30),
                                                  start) or _TOLL.match(text, end)):
        return False  # "The uncertainty has taken its toll", "months of
        # uncertainty": a hardship told, no guess
    if low == "speculation" and _SPELL_OF.search(text, max(sent_start, start - 30),
                                                 start) and not _THAT_NEXT.match(
            text, end):
        return False  # "ending weeks of speculation about the club's future":
        # the talk, named, not a guess made
    if low in ("assume", "assumes", "assumed", "assuming") and _WORKINGS.search(
            text, max(sent_start, start - 30), start):
        return False  # "her likely-voter model assumes a figure near the
        # middle", "the budget assumes 2% growth": a working's input, stated
    if low == "may" and _AS_BEFORE.search(text, max(sent_start, start - 4), start) \
            and _BE_NEXT.match(text, end, sent_end):
        return False  # "That's as may be, but ...": a concession; "such
        # help as may be needed": whatever there is
    if low in ("forecast", "forecasts", "predictions") and _NOT_DONE.search(
            text, max(sent_start, start - 24), start):
        return False  # "I don't do forecasts", "he makes no predictions": a
        # guess refused, none made
    if low.startswith(("speculat", "guess")) and _REFUSED.search(
            text, max(sent_start, start - 32), start):
        return False  # "we will not speculate", "I am not going to guess": a
        # guess refused, none made
    if low == "thinking" and _OWNED.search(text, max(sent_start, start - 24), start) \
            and not _IS_THAT.match(text, end):
        return False  # "a person familiar with the club's thinking": a way of
        # thinking, named ("the club's thinking is that ..." tells a view)
    if low in ("think", "thinks", "thinking") and _THINK_OVER.match(text, end):
        return False  # "urged the council to think again": reconsider, no
        # belief
    if low.startswith("believ") and _GAVE_UP.search(text, max(sent_start, start - 16),
                                                    start):
        return False  # "I stopped believing it would ever happen": a belief
        # given up, told
    if low.startswith("believ") and _TRUSTED.match(text, end, sent_end):
        return False  # "I wanted to believe him": trusting a person's word
    if low == "believe" and _AMAZED.search(text, max(sent_start, start - 24), start) \
            and _BELIEVE_IT.match(text, end, sent_end):
        return False  # "I still don't quite believe it": amazement, no guess
    if low == "unverified" and _SPREAD.search(text, max(sent_start, start - 20),
                                              start):
        return False  # "cautioned against spreading unverified information":
        # what is passed on, named, no guess
    if low in _DOUBTED_BELIEF and _NO_REASON.search(
            text, max(sent_start, start - 30), start):
        return False  # "no reason to believe": a finding of no evidence
    if low in _BELIEF_SHARE and _SHARE_BEFORE.search(
            text, max(sent_start, start - 40), start):
        return False  # "found that 42 percent expected a recession": a
        # share of people holding a belief, counted
    if low == "suspicion" and _ON_SUSPICION.search(
            text, max(sent_start, start - 12), start):
        return False  # "arrested on suspicion of murder": the legal ground
    if low.startswith(("sugges", "impl", "indicat")) and _AS_THE_NAME.search(
            text, max(sent_start, start - 60), start):
        return False
    if low.endswith(" that") and _VERB_AFTER_THAT.match(text, end):
        return False  # "confirmed fears that had been building": a relative
        # clause on the noun, no belief told
    if _DENOTING.match(low):
        return bool(_CLAUSE.match(text, end))
    if _CLAIM_WORDS.match(low):
        if _ANY_CLAIM.search(text, max(sent_start, start - 24), start):
            return False  # "any suggestion of a split was untrue", "no
            # suggestion that", "does not comment on speculation regarding
            # players": a claim waved away or answered, none made
        return bool(_CONTENT.match(text, end) or _IS_THAT.match(text, end)
                    or _CLAIM_ABROAD.search(text, max(sent_start, start - 30),
                                            start))
    if low == "likely" and _COMPARED_RISK.search(text, max(sent_start, start - 16),
                                                  start):
        return False  # "are less likely to develop dementia", "twice as likely":
        # a risk measured against another, a finding
    if low == "could":
        if _NOBODY_COULD.search(text, max(sent_start, start - 24), start):
            return False  # "None could check a bank statement": what nobody
            # was able to do, told
        if _PERMITTED.match(text, end) and _PERMISSION_TOLD.search(
                text, max(sent_start, start - 80), start):
            return False  # "The operator said tickets could be used on
            # Friday or refunded": a "can" of permission, told in the past
        return not _told_in_the_past(text, start, end, sent_start, sent_end, False)
    if low.startswith("guess") and _GUESSED_IT.match(text, end):
        return False  # "had guessed it long before the end": a riddle
        # solved, told
    if low == "would":
        if _REFUSED_TO.match(text, end):
            return False  # "Fenn would not be drawn", "would not comment": a
            # refusal told, no guess
        return not _told_in_the_past(text, start, end, sent_start, sent_end, True)
    if low == "if":
        return not (_IF_NO_CONDITION.match(text, end)
                    or _IF_AFTER.search(text, max(sent_start, start - 16), start)
                    or (_IF_CONCEDES.match(text, end) and _IF_CONCEDES_BEFORE.search(
                        text, max(sent_start, start - 16), start)))
    if low.startswith("consider"):
        return not _weighs(low, text, start, end, sent_start)
    if low in _COMPARED and _THAN.search(text, max(sent_start, start - 40), start):
        return False
    if low in _COMPARED and _HAD.search(text, max(sent_start, start - 16), start):
        return False  # "had (not) expected": an expectation then, now settled
    if low in ("seemed", "appeared") and _HAD.search(text, max(sent_start, start - 16),
                                                    start):
        return False  # "a dazzling first half had seemed to put the game
        # beyond reach": how it looked then, settled since
    if low == "thought":
        if _NEVER.search(text, max(sent_start, start - 12), start):
            return False  # "I never thought I'd see that again": a past
            # surprise told, no guess
        return not (_THOUGHT_NOUN.match(text, end) and not _THOUGHT_BE.search(
            text, max(sent_start, start - 20), start))
    if low == "in question":
        return bool(_UNDER_DISCUSSION.search(text, max(sent_start, start - 20),
                                             start))
    if low == "been questioned":
        return bool(_DOUBTED.match(text, end))
    if low == "possible":
        return not _EVERY_POSSIBLE.search(text, max(sent_start, start - 20), start)
    if low == "likely" and _LIKELY_VOTERS.match(text, end):
        return False  # "likely voters": a pollster's term, no guess
    if low in ("forecast", "forecasts", "projection", "projections") and (
            _OWNED_BEFORE.search(text, max(sent_start, start - 40), start)
            or _MEASURED_AGAINST.search(text, max(sent_start, start - 40), start)):
        return False  # "cut its full-year revenue forecast": a figure it had;
        # "fell short of forecasts": an outcome measured against one
    return True
