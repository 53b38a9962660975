"""Source noun phrases: where a source's name starts and ends, and its kind.

Kinds: `named` (a person or organisation), `anonymous` (an unnamed person:
"a source familiar with", "officials", "the baker", "a nurse at the
hospital"), `vague` (a loose group: "some analysts", "critics", "reports"),
`citation` (a document a reader can look up: "a Bloomberg poll", "the
report", "figures from the harbour authority"; or a numbered link, set by the
attribution finder) and `self` (the speaker of an interview turn).
"""

from __future__ import annotations

import re

from .lexicon import one_of

# People who speak for someone without being named.
_ROLE = (
    r"sources?|officials?|insiders?|aides?|diplomats?|spokes(?:man|woman|person|"
    r"people|men|women)|officers?|advisers?|advisors?|staffers?|employees?|"
    r"members?|investigators?|negotiators?|people\s+(?:familiar|close|with|"
    r"briefed|involved|knowledgeable)|persons?\s+(?:familiar|close|with|briefed)|"
    r"someone|a\s+person|one\s+person|an?\s+individual|representatives?|"
    r"lawmakers?|legislators?|commanders?|executives?|residents?|witnesses?|"
    r"activists?|ministers?|agents?|operatives?|allies|ally|friends?|associates?|"
    r"relatives?|colleagues?|campaign\s+(?:staff|operatives?)|the\s+official"
)
# A whole group of people by what they do or use: "Workers learned", "Parents
# say"; a place or a body after them ("Residents of Larkin Flat", "users of
# Eastgate library") says where they are, not who.
_PUBLIC = (
    r"workers|parents|teachers|doctors|nurses|farmers|fans|shoppers|students|"
    r"pupils|passengers|tenants|drivers|customers|patients|traders|locals|"
    r"commuters|investors|families|citizens|protesters|protestors|residents|"
    r"neighbours|neighbors|users|visitors|readers|viewers|listeners|"
    r"subscribers|consumers|owners|campaigners")
# Loose groups: nobody in particular.
_VAGUE = (
    r"some|many|most|several|others|critics|experts|analysts|observers|"
    r"commentators|reports|studies|researchers|scientists|scholars|historians|"
    r"economists|pundits|people|skeptics|sceptics|supporters|opponents|detractors|"
    r"proponents|voters|americans|media|rumou?rs|polls?|surveys?|data|evidence|"
    r"many\s+people|some\s+people|it|they|observers|the\s+public|conservatives|"
    r"liberals|progressives|democrats|republicans|experts|specialists|"
    r"watchers|insiders|" + _PUBLIC + r"|"
    # bodies and members by the kind they are: "Unions have condemned",
    # "Charities welcomed", "Several MPs said"
    r"unions|charities|councils|businesses|employers|landlords|academics|"
    r"insurers|lenders|retailers|banks|airlines|firms|companies|suppliers|"
    r"manufacturers|supermarkets|operators|forecasters|pollsters|bookmakers|"
    r"strategists|traders|"
    r"clinicians|mps|meps|councillors|councilors|"
    # critics of a kind: "Reviewers reported", "Testers found"
    r"reviewers|testers|carriers|care\s+homes|shipping\s+lines"
)
_ROLE_RE = re.compile(rf"\b(?:{_ROLE})\b", re.I)
# One office with one holder, named by its title: "the mayor", "the prime
# minister", "the club's manager"; or one person the article names, called
# back by their title: "the senator", "the nominee", "the foreign minister".
# A reader can check who holds it.
_OFFICE = re.compile(
    r"^(?:the|its|their)\s+(?:[\w’'-]+[’']s\s+)?(?:(?:deputy|acting|former|new|"
    r"interim|state|"
    r"foreign|defen[cs]e|finance|health|education|interior|home|justice|trade|"
    r"energy|labou?r|transport|environment)\s+)?"
    r"(?:senator|congress(?:man|woman|member)|candidate|nominee|ambassador|"
    r"envoy|general|minister|secretary|justice|"
    r"mayor|governor|president|prime\s+minister|chancellor|premier|judge|"
    r"coach|manager|head\s*teacher|headmaster|headmistress|principal|"
    r"chief\s+executive|chairman|chairwoman|chair|sheriff|(?:police|fire)\s+"
    r"chief|chief|"
    r"chief\s+constable|attorney\s+general|archbishop|pope|king|queen|speaker|"
    r"secretary[-\s]general|vice[-\s]chancellor|curator|administrator|"
    r"director|director[-\s]general|spokes(?:man|woman|person))$",
    re.I,
)
_HOLDERS_OFFICE = re.compile(r"(.+?)[’']s\s+(?:press\s+)?office", re.I)
# The body that governs one named before: "its trustees", "the museum's board".
_GOVERNORS = re.compile(r"^(?:the|its|their)\s+(?:[\w’'-]+[’']s\s+)?(?:trustees|"
                        r"governors|directors|board(?:\s+of\s+(?:directors|"
                        r"trustees|governors))?)$", re.I)
# A field or a side before a loose group keeps it loose: "legal experts",
# "Republican strategists", "budget analysts" (not "Goldman Sachs analysts").
_FIELD = (r"legal|political|economic|financial|military|health|medical|"
          r"foreign|security|budget|market|industry|independent|outside|"
          r"private|energy|climate|transport|education|tax|trade|defen[cs]e|"
          r"election|polling|business|international|local|western|"
          r"democratic|republican|conservative|liberal|labou?r|"
          r"environmental|academic|regional|global|wall\s+street|safety|"
          r"consumer|food|technology|science|housing|aviation|nutrition")
_VAGUE_HEAD = re.compile(rf"^(?:(?:some|many|most|several|other|various|a\s+few|"
                         rf"few|numerous|multiple)\s+)?(?:(?:{_FIELD})\s+){{0,2}}"
                         rf"(?:{_VAGUE}|strategists|campaigners|activists|"
                         rf"lawmakers|legislators|authorities|engineers|"
                         rf"academics|economists|forecasters|agents|brokers|"
                         rf"surveyors|leaders)$", re.I)
# A public group, with a word or two describing it in lower case ("Regular
# users", "Frustrated passengers", "Tesco customers": read with its first
# letter lowered, as the sentence may open on it).
_PUBLIC_HEAD = re.compile(rf"^(?!(?:the|a|an|this|these|those|his|her|their|its|"
                          rf"our|my)\s)(?:[a-z’'-]+\s+){{0,2}}(?:{_PUBLIC})$")
_VAGUE_DET = re.compile(r"^(?:some|many|most|several|various|a\s+few|few|numerous|"
                        r"certain)\b", re.I)
# A plural of people by what they do: "managers", "crews", "nurses".
_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ants|ents)|advocates|crews|"
                            r"staff|officials|members|employees|nurses|aides|insiders|"
                            r"groups")
# One of the sources just told of, standing alone: "One said", "Another".
# What a document found, by a word for its findings: "the results of a large
# clinical trial", "the latest figures from the survey".
_FOUND_BY = re.compile(r"(?:the\s+)?(?:(?:early|latest|final|full|preliminary|"
                       r"initial|new|headline|main)\s+)?(?:results?|findings?|data|"
                       r"figures|conclusions?)\s+(?:of|from)\s+(.+)", re.I)
# A body's spokesperson: "A spokesperson for the department".
_SPOKESPERSON_FOR = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+)?spokes(?:man|"
                               r"woman|person|people|men|women)\s+(?:for|at|from)\s+"
                               r"(.+)")
_BODYS_SPOKESPERSON = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:[A-Z][\w&’'.-]*\s+)+)"
                                 r"spokes(?:man|woman|person)")
# People of note, not numbers: "Publishing industry figures".
_PUBLIC_FIGURES = re.compile(r"\b(?:industry|public|political|senior|leading|"
                             r"prominent|party|business|sporting|cultural|religious|"
                             r"community|establishment)\s+figures$", re.I)
# A plural for people of a kind, alone ("Astronomers", "Demonstrators"); an
# -ers word only from a list, as surnames end so too ("Sanders", "Peters").
_KIND_OF_PEOPLE = re.compile(
    r"[a-z]+(?:ists|ians|ors|ants|ents)|officials|aides|insiders|staff|crews|"
    r"astronomers|protesters|protestors|reviewers|organisers|organizers|farmers|"
    r"teachers|workers|drivers|passengers|shoppers|commuters|bankers|lawyers|"
    r"engineers|developers|builders|miners|renters|homeowners|landowners|"
    r"growers|producers|publishers|retailers|traders|buyers|sellers|users|"
    r"readers|viewers|listeners|players|managers|leaders|researchers|"
    r"campaigners|volunteers|villagers|residents|rescuers|firefighters|nurses|"
    r"doctors|parents|students|fans|patients")
# Some members of a named body: "Some within the Social Democrats".
_SOME_WITHIN = re.compile(r"(?:[Ss]ome|[Oo]thers|[Mm]any|[Ss]everal|[Ff]ew)\s+"
                          r"(?:within|in|inside|among|at)\s+(.+)")
# People who know, unnamed: "People familiar with the matter", "those close
# to the talks".
#: What people in the know are to a matter: "familiar with", "close to".
IN_THE_KNOW = (r"(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|"
               r"with\s+knowledge\s+of)")
_PEOPLE_IN_THE_KNOW = re.compile(r"(?:[Pp]eople|[Pp]ersons|[Tt]hose|[Ii]ndividuals|"
                                 r"[Ss]ources?|[Oo]fficials)\s+" + IN_THE_KNOW + r"\b")
# A source unnamed on purpose, told in its noun phrase.
# Why a source goes unnamed, shared with the attribution finder: whom the
# asking is of ("asked me", "asked reporters"), what is asked ("not to be
# named", "not to use her name") and anonymity asked for or given.
ASKED_OF = r"(?:(?:me|us|reporters|the\s+\w+)\s+)?"
NOT_TO_BE_NAMED = (r"not\s+to\s+(?:be\s+(?:named|identified)|use\s+(?:her|his|their|"
                   r"my)\s+name|name\s+(?:her|him|them))")
ANONYMITY_GIVEN = r"(?:requested|asked\s+for|was\s+granted|were\s+granted)\s+anonymity"
_UNNAMED_IN = re.compile(r"\b(?:asked|requested|declined|refused|wished)\s+" + ASKED_OF
                         + NOT_TO_BE_NAMED + r"|\b" + ANONYMITY_GIVEN +
                         r"|\bon\s+condition\s+of\s+anonymity|"
                         r"\bnot\s+authori[sz]ed\s+to\s+speak", re.I)
_OF_IN = re.compile(r"\s(?:of|from|by|at|in|on)\s", re.I)
# An article opening a noun phrase, or a clause inside it: "A retired senior
# police officer who dealt with her during the Larchfield inquiry" is a
# person, whatever document noun closes the phrase.
_ARTICLE_OR_CLAUSE = re.compile(r"^(?:A|An|The|One)\s|\s(?:who|which|that|during)\s")
# Nobody, or hardly anyone: "almost nobody outside their own city".
_HARDLY_ANYONE = re.compile(r"(?:(?:almost|nearly|virtually|practically)\s+)?(?:nobody|"
                            r"no\s+one|no-one)\b|hardly\s+any(?:one|body)\b", re.I)
# A great many people: "Thousands of passengers", "Hundreds".
_MULTITUDE = re.compile(r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|"
                        r"millions|dozens|scores)\b(?!\s+of\s+(?:documents|pages|"
                        r"emails|records|files)\b)", re.I)
_ONE_OF_THEM = re.compile(r"(?:one|another|a\s+second|a\s+third|the\s+other|both|"
                          r"neither|the\s+two)(?:\s+of\s+them)?|"
                          # "two of the people said": a number of the unnamed
                          # sources just told of ("people familiar with ...")
                          r"(?:one|two|three|four|five|\d+|both|each)\s+of\s+"
                          r"(?:the|those|these)\s+(?:people|persons|sources|"
                          r"individuals)|"
                          # "One of the firm's lawyers": an unnamed member of a
                          # body the article names
                          r"(?:one|two|three|some|several)\s+of\s+(?:the\s+)?"
                          r"(?:[\w’'-]+\s+){0,2}[\w’'-]+[’']s?\s+(?:[a-z-]+\s+)?"
                          r"[a-z]+s", re.I)
_PRONOUN = re.compile(r"^(?:he|she|i|we|you|they|him|her)$", re.I)
_SHARE = re.compile(r"^(?:(?:almost|nearly|about|around|roughly|just|over|under|"
                    r"more\s+than|fewer\s+than|less\s+than|only)\s+)?"
                    r"(?:half|a\s+third|a\s+quarter|one[-\s]third|two[-\s]thirds|"
                    r"three[-\s]quarters|a\s+fifth|one\s+in\s+\w+|"
                    r"(?:\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|"
                    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                    r"eighty|ninety)(?:[\s-]\w+)?)\s*(?:%|per\s*cent|percent)|"
                    r"the\s+majority|"
                    r"a\s+majority|a\s+minority)(?:\s+of\s|$)", re.I)
_CAPITAL = re.compile(r"\b[A-Z][\w’'.-]*")
# A capitalised word that names, not the pronoun "I" ("Nurses I spoke to").
_NAME_AFTER = re.compile(r"\b(?!I\b)[A-Z][\w’'.-]*")
_FUNCTION_START = re.compile(
    r"^(?:The|A|An|This|That|These|Those|Some|Many|Most|Several|Other|Others|"
    r"Multiple|One|Two|Three|Both|Each|Every|Such|Few|Numerous|But|And|However|"
    r"Yet|So|Still|Meanwhile|In|On|At|As|For|Also|Now|Then|Later|Earlier|Last|"
    r"Recent|Early|Initial|Preliminary|Latest|Fresh|Further|Growing|Mounting|Final|More|Fewer|Senior|Top|Former|Current|Local|Certain|Various|Several|Whether|If|"
    r"How|Why|What|When|Where|While|Although|Though|Because|Unless|Until|Once)\b"
)
# Documents that find and say ("the audit found", "the indictment says"),
# which may head a reporting subject.
_FINDING = (r"inquiry|investigation|assessment|evaluation|findings|indictment|"
            r"examination|autopsy|post-mortem|inquest|accounts|tests")
# A document, dataset or publication as the head of a source ("a Bloomberg
# poll shows", "according to the report", "Ivana Trump's brief said"), in
# the singular and the plural; bare plurals with nothing to look up
# ("studies show", "some reports") are vague by `_VAGUE_HEAD` first.
# `nominal` reads a document that opens a sentence ("Documents obtained by
# ... show") by the same list.
DOCUMENT_NOUN = (
    r"(?:reports?|stud(?:y|ies)|surveys?|polls?|analys[ie]s|documents?|filings?|"
    r"briefs?|memos?|memorand(?:um|a)|articles?|books?|papers?|audits?|reviews?|"
    r"census|data|figures|statistics|records?|minutes|transcripts?|"
    r"submissions?|slides?|datasets?|index|lawsuits?|complaints?|petitions?|"
    r"letters?|databases?|estimates?|projections?|tally|e-?mails?|cables|"
    r"averages?|disclosures?|returns|logs|inspections?|inquiry|inquiries|"
    r"investigations?|assessments?|evaluations?|findings|indictments?|"
    r"examinations?|autopsy|post-mortem|inquests?|accounts|tests|notes?|trials?|"
    r"citations?|(?:press|news)\s+releases?|"
    r"documentation|statements?|research|modell?ing|editorials?|"
    r"columns?|op-eds?|commentar(?:y|ies)|guidance|blogs?|(?-i:posts?)|videos?|"
    r"footage|photographs?|recordings?|"
    r"captions?|summar(?:y|ies)|bulletins?|newsletters?|leaflets?|timetables?|"
    r"schedules?)")
_DOCUMENT = re.compile(r"\b" + DOCUMENT_NOUN + r"$", re.I)
# One unnamed person by what they do or are: "the baker", "a nurse", "the
# victim's mother", "an elderly woman". Specific, yet not named: anonymous.
_ONE_PERSON = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|"
    r"[Oo]ur|[A-Za-z]+[’']s)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:(?!(?:paper|newspaper|center|centre|number|order|chamber|register|"
    r"quarter|water|power|letter|cluster|folder|computer|tower|river|border|"
    r"matter|member|minister|officer|manager|leader|speaker|commander|"
    r"lawmaker|worker|senator|councillor|councilor|governor|weather|winter|"
    r"summer|dinner|corner|chapter|answer|disaster|error|factor|sector|"
    r"mirror|motor|meteor|indicator|"
    # machines and things of a house or a street: "The boiler was fitted by"
    r"boiler|heater|cooker|freezer|printer|charger|container|trailer|scooter|"
    r"tractor|radiator|elevator|reactor|sensor|monitor|helicopter|shelter|"
    r"filter|meter|poster|cover|counter|barrier|ladder|timber|roller|"
    r"computer|trigger|transformer|generator|compressor|processor|"
    r"detector|thermometer|calculator|router|cylinder)$)"
    r"[a-z]+(?:er|or|ist|ian)|[a-z]*(?:man|woman)|person|mother|father|"
    # "the waitress", "a hostess"; not "the business", "the press"
    r"(?!(?:business|address|process|progress|access|press|success|congress|"
    r"fitness|mattress|compass|express|wilderness)$)[a-z]+ess|"
    r"son|daughter|wife|husband|brother|sister|nurse|doctor|child|boy|girl|"
    r"neighbou?r|victim|student|pupil|parent|patient|passenger|guard|clerk|"
    r"chef|cook|resident|witness|friend|relative|colleague|survivor|captain|"
    r"pilot|companion|partner|guest|spouse|aide|fan|expert|specialist|academic|"
    r"consultant|veteran|insider|figure|landlord|landlady|tenant|deputy|boss)$")
# Whom an unnamed source knows: "close to Venn", "familiar with the talks".
_KNOWING = r"close\s+to|familiar\s+with"
# Where a source's head noun ends: a preposition, a participle or a relative.
_AFTER_HEAD = re.compile(
    r"\s+(?:of|from|by|on|in|at|for|with|to|about|released|published|issued|"
    r"being|that|which|who|compiled|conducted|commissioned|obtained|seen|filed|"
    r"carried\s+out|prepared|produced|leaked|submitted|written|drawn\s+up|led|"
    r"included|contained|presented|cited|listed|funded|run|shown|read\s+out|"
    r"signed|posted|sent|put\s+out|"
    # "a person close to Venn", "someone familiar with": whom they know
    + _KNOWING + r"|"
    # "Nurses I spoke to", "Parents we interviewed": a contact clause
    r"I|we)\b",
    re.I)
_ORG_NOUN = re.compile(
    r"\b(?:government|ministry|company|police|army|military|agency|department|"
    r"campaign|committee|court|jury|council|embassy|administration|party|firm|"
    r"bank|university|newspaper|network|channel|group|organi[sz]ation|union|"
    r"board|body|"
    r"commission|office|bureau|regime|team|study|report|survey|poll|paper|"
    r"statement|website|foundation|institute|center|centre|authority|service|"
    r"trust|association|federation|parliament|senate|congress|assembly|cabinet|"
    r"hospital|school|club|charity|regulator|watchdog|tribunal|corporation|"
    r"airline|utility|force|operator|insurer|retailer|lender|society|"
    r"broadcaster|publisher|museum|gallery|theatre|theater|festival|prison|"
    r"district|county|city|town|clinic|library|airport|zoo|port|academy|"
    r"church|college|band|orchestra|choir|carmaker|developer|manufacturer|"
    r"branch|division|unit|inspectorate|opposition|"
    r"supermarket|chain|brand|label|studio|publisher)\b",
    re.I,
)
# A body's proper name as a source's head: a capitalised body noun after a
# capitalised word ("the Carrowfield Association of Estate Agents"), or with
# "of" and a capitalised word after it ("the Federation of Small Businesses").
_BODY_NOUN = (r"(?:Association|Federation|Union|Council|Society|Institute|"
              r"Institution|Trust|Board|Party|Foundation|Agency|Authority|"
              r"Commission|Committee|Department|Ministry|Company|Corporation|"
              r"University|College|League|Alliance|Coalition|Chamber|Guild|"
              r"Confederation|Bureau)")
_PROPER_BODY = re.compile(rf"\b[A-Z][\w’'.-]*\s+{_BODY_NOUN}$")
_BODY_OF = re.compile(rf"(?:[Tt]he\s+)?{_BODY_NOUN}")
_OF_NAME = re.compile(r"\s*of\s+(?:the\s+)?[A-Z]")
_NAME_TAIL = re.compile(r"(?:\s+(?:of|the|and|for|[A-Z][\w’'.-]*))*\s*")
# (the words as a trie, `one_of`: the pattern is tried at every letter of a
# word, so a plain list of two hundred words cost a tenth of a millisecond)
_HUMAN_WORD = re.compile(
    r"(?:" + one_of(
        "ers ists ians ans ors ees man men woman women people person persons "
        "public leader leaders chief head president minister secretary "
        "official officials source sources staff team campaign government "
        "ministry administration company party committee court jury juries "
        "tribunal police army agency department office "
        "group council board union bank study report reports survey poll data "
        "research document documents record records letter statement "
        "others critics experts analysts voters most many some both all polls "
        "surveys studies analyses analysis figures numbers estimate estimates "
        "statistics percent majority minority respondents website site "
        "article book memo email filing complaint lawsuit ruling decision "
        "average index model "
        # documents that find: "the audit found", "a review showed"
        "audit audits review reviews filings transcript census dataset "
        "database memorandum "
        # the press's own words: "the editorial noted", "the column argued"
        "editorial editorials column columns journal op-ed op-eds blog guidance "
        + _FINDING.replace("|", " ") + " "
        # single people by role: "the governor added", "the judge noted"
        "governor senator mayor director author editor professor doctor lawyer "
        "attorney judge candidate nominee ambassador general sheriff host "
        "anchor reporter writer columnist economist analyst expert scientist "
        "activist officer adviser advisor aide manager owner founder "
        "ceo member critic supporter opponent resident witness victim "
        # bodies that act and speak as one: "the alliance advocates", "the
        # city sent"
        "newspaper paper alliance coalition association federation network "
        "organisation organization institute foundation corporation authority "
        "city county school district league movement lobby industry regulator "
        "watchdog commission bureau panel senate congress parliament cabinet "
        "magazine outlet station broadcaster firm charity university college "
        "hospital")
    + r"|spokes\w+|\bit|\bthey|"
    # (whole words: not "reason", "transparent")
    r"\b" + one_of(
        "engineer nurse teacher worker employee driver passenger parent "
        "student farmer insider researcher investigator inspector firefighter "
        "daughter son wife husband mother father brother sister widow widower "
        "partner friend neighbour neighbor colleague relative cousin uncle "
        "aunt "
        # more single people by role: "one councillor called it", "the
        # architect said", "a lawmaker told reporters"
        "councillor councilor lawmaker legislator politician chancellor premier "
        "diplomat envoy negotiator prosecutor defendant plaintiff claimant "
        "barrister solicitor detective constable sergeant commissioner auditor "
        "architect surgeon physician paramedic midwife psychologist historian "
        "planner campaigner protester protestor organiser organizer volunteer "
        "trustee chair chairwoman chairperson commuter pupil coach player "
        "captain referee chef pilot soldier veteran survivor patient customer "
        "shopper landlord tenant shopkeeper developer builder banker trader "
        "investor donor voter priest vicar rabbi imam bishop pastor curator "
        "librarian") + r")$",
    re.I,
)


# A field named by its adjective ("medical", "political", "independent") and
# those who work in it ("ethicists", "economists", "historians").
_FIELD_ADJECTIVE = re.compile(
    r"(?i:(?!(?:hospital|council|tribunal|journal|festival|terminal|capital|"
    r"cathedral|portal|principal|arsenal|general|clinic|republic|government|"
    r"parliament|department|agent|executive|library|secretary)$)"
    r"[a-z]+(?:al|ic|ent|ive|ary))")
_PROFESSION = re.compile(r"(?i:[a-z]+(?:ists|ians)|experts|scholars|academics|"
                         r"researchers|advocates|campaigners|observers)")
_PEOPLE_OF = re.compile(r"(?:(?:the|some)\s+)?(?!(?:the|a|an|some|many|most|these|"
                        r"those|its|their|his|her|our|other|several)\s)[a-z]+\s+"
                        r"[a-z]+(?:ers|ors|ists|ians|ants)", re.I)


# A definite team of the article's own: "the researchers", "the study's
# authors", "the organisers".
_TEAM = re.compile(r"[Tt]he\s+(?:[A-Za-z]+[’']s\s+)?(?:researchers|authors|"
                   r"organi[sz]ers|editors|investigators|scientists|developers|"
                   r"producers|administrators|inspectors|auditors|liquidators|"
                   r"receivers|judges|"
                   # the bodies a story is about, called back: "The companies
                   # said", "The two governments said", "Both sides agreed"
                   r"(?:two\s+)?(?:companies|firms|governments|clubs))|"
                   r"[Bb]oth\s+(?:companies|firms|governments|clubs|sides|parties)")


_KNOWN_TO = re.compile(rf"\s*(?:{_KNOWING})\s")


# One person by what anyone is, and a phrase telling what they were doing.
_ONE_OF_US = frozenset("man woman person boy girl mother father passer-by "
                       "pensioner teenager customer shopper diner driver "
                       "commuter passenger neighbour neighbor resident "
                       "worker".split())
_DESCRIBED_BY = re.compile(r"[a-z]+ing|in|at|from|with|outside|near|who", re.I)


# Where a group is, closing its phrase: "Several other owners along Harmon
# Street", "Some residents in Leeds" (not "analysts at Goldman Sachs").
_WHERE_THEY_ARE = re.compile(r"\s(?:along|in|on|near|around|across|from|outside)\s+"
                             r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")


def kind_of(np: str) -> str:
    """Classify a source noun phrase as named, anonymous or vague."""
    words = np.split()
    if not words:
        return "anonymous"
    if _PRONOUN.match(np) or np.lower() in ("it", "his", "its"):
        # "he", "she", "it" (a body or a document), "his" stand for a source
        # the article names around them; "they" may be anyone
        return "vague" if np.lower() == "they" else "named"
    if _ONE_OF_THEM.fullmatch(np):
        return "anonymous"  # "One said", "Another suggested": one of the
        # unnamed sources just told of
    found = _FOUND_BY.fullmatch(np)
    if found and kind_of(found.group(1)) == "citation":
        return "citation"  # "the results of a large clinical trial": what the
        # document found
    spokes = _SPOKESPERSON_FOR.fullmatch(np) or _BODYS_SPOKESPERSON.fullmatch(np)
    if spokes and kind_of(spokes.group(1)) == "named":
        return "named"  # "A spokesperson for the department", "A Vantage
        # Aerospace spokesman": the body speaks
    figures = _PUBLIC_FIGURES.search(np)
    if figures:
        return "vague"  # "Publishing industry figures say": people, not data
    if words[0][:1].isupper() and not words[0].isupper() and \
            _KIND_OF_PEOPLE.fullmatch(words[0].lower()) and (
                len(words) == 1 or words[1][:1].islower()):
        lowered = kind_of(np[:1].lower() + np[1:])
        return lowered if lowered != "named" else "vague"  # "Astronomers say":
        # people of a kind, capitalised by the sentence they open
    within = _SOME_WITHIN.match(np)
    if within and kind_of(within.group(1)) == "named":
        return "vague"  # "Some within the Social Democrats": some members of
        # a named body, nobody in particular
    if _PEOPLE_IN_THE_KNOW.match(np):
        return "anonymous"  # "People familiar with the matter": specific
        # unnamed sources, as "a person familiar with the talks" is
    if _UNNAMED_IN.search(np):
        return "anonymous"  # "Two other carriers, which asked not to be
        # named": specific, and unnamed on purpose
    if len(words) >= 2 and words[0][:1].isupper() and _DOCUMENT.search(np) and \
            not _OF_IN.search(np) and not _ARTICLE_OR_CLAUSE.search(np):
        return "citation"  # "Department for Transport figures": a body's
        # document by the body's name
    if words[0].lower() == "fellow" and len(words) <= 3 and words[-1].endswith("s"):
        return "vague"  # "fellow physicians", "fellow MPs": their peers at large
    if _MULTITUDE.match(np) or _HARDLY_ANYONE.match(np):
        return "vague"  # "Thousands of passengers": many, nobody in
        # particular; "almost nobody outside their own city": next to none
    head = head_phrase(np)
    if _TEAM.fullmatch(np):
        return "named"  # "the researchers", "the organisers": the team the
        # article has named (the study's, the festival's), not anyone at all
    if len(words) <= 3 and words[0][:1].isupper() and not words[0].isupper() \
            and not _FUNCTION_START.match(words[0]) and _VAGUE_HEAD.match(
            " ".join(words[1:])) and not _CAPITAL.search(" ".join(words[1:])):
        return "vague"  # "Privacy campaigners said": a loose group, its first
        # word capitalised by the sentence it opens
    if _SHARE.match(np):
        return "vague"  # "Almost half said", "62% of members say": a share
        # of a group, nobody in particular
    if _VAGUE_HEAD.match(" ".join(words)) or (
        _VAGUE_DET.match(np) and (not _ends_in_name(words) or _VAGUE_HEAD.match(head)
                                  or _WHERE_THEY_ARE.search(np))
    ) or (head != np and _VAGUE_HEAD.match(head.strip())
          and not _NAME_AFTER.search(np, len(head))):
        # "Critics of both candidates", "experts in the field"; not "analysts
        # at Goldman Sachs", a group the name pins down
        return "vague"
    if _PUBLIC_HEAD.match(np[:1].lower() + head[1:].strip()):
        return "vague"  # "Regular users of Eastgate library", "Frustrated
        # passengers at Marrow Field": where they are, not who
    if _DOCUMENT.search(head):
        return "citation"
    if _OFFICE.match(head) or _GOVERNORS.match(np):
        return "named"  # "the mayor", "its trustees": who holds the office
    holders = _HOLDERS_OFFICE.fullmatch(np)
    if holders and _OFFICE.match(holders.group(1)):
        return "named"  # "the prime minister's office": the office holder's
    if (_PROPER_BODY.search(head.strip()) or _BODY_OF.fullmatch(head.strip()) and
            _OF_NAME.match(np, len(head))) and _NAME_TAIL.fullmatch(np, len(head)):
        return "named"  # "the Carrowfield Association of Estate Agents", "the
        # Federation of Small Businesses": a body's name, whatever role word
        # it holds
    noun = head.split()[-1]
    if words[0].lower() in ("one", "another", "a", "an") and len(words) > 2 and \
            words[1].lower() in _ONE_OF_US and _DESCRIBED_BY.match(words[2]):
        return "anonymous"  # "A man leaving with a takeaway", "A woman living
        # nearby": one person, unnamed, and what they were doing
    if words[0].lower() in ("one", "another", "a", "an") and not _CAPITAL.search(
            " ".join(head.split()[1:])) and _HUMAN_WORD.search(noun) and not (
            _ORG_NOUN.search(noun) or noun.lower().startswith("spokes")):
        return "anonymous"  # "One office worker", "One senior manager at a
        # large teaching hospital in Halberg": one person, unnamed (a body's
        # spokesperson speaks for the body)
    if _ROLE_RE.search(np) and not _ends_in_name(words):
        return "anonymous"
    if _ONE_PERSON.match(head) and not _ORG_NOUN.search(head):
        return "anonymous"  # "the baker", "a nurse at the hospital"
    pair = head.split()  # "Patient advocates (who packed the hearing room)"
    if len(pair) == 2 and pair[0][:1].isupper() and \
            _PEOPLE_PLURAL.fullmatch(pair[1]) and not _FUNCTION_START.match(pair[0]):
        lowered = kind_of(f"{pair[0].lower()} {pair[1]}")
        if lowered != "named":
            return lowered  # "Hospital managers", "Ambulance crews": people
            # of a kind, capitalised by the sentence they open
    if _KNOWN_TO.search(np, len(head)) and not _CAPITAL.search(
            " ".join(head.split()[1:])):
        return "anonymous"  # "someone close to Mr Venn", "Officials close to
        # Smith": unnamed people who know the one named
    capitals = [w for w in words[1:] if _CAPITAL.match(w)]
    if capitals or (_CAPITAL.match(words[0]) and not _FUNCTION_START.match(words[0])):
        return "named"
    if _PEOPLE_OF.fullmatch(np):
        if _FIELD_ADJECTIVE.fullmatch(words[-2]) and _PROFESSION.fullmatch(words[-1]):
            return "vague"  # "Medical ethicists", "independent economists":
            # people of a field, anyone in it
        return "anonymous"  # "club statisticians", "hospital doctors": people
        # of a body, none named
    if _ORG_NOUN.search(np):
        if words[0].lower() in ("a", "an"):
            return "anonymous"  # "a media-buying firm", "a consulting group":
            # one organisation, specific and unnamed
        return "named"  # "the ministry": a definite organisation
    return "vague"


def is_share(np: str) -> bool:
    """Is the phrase a share of a group ("31%", "Almost half", "one in six")?"""
    return bool(_SHARE.match(np.strip()))


def loose_word(word: str) -> bool:
    """A word of a loose group, capitalised only where a sentence opens
    ("Critics", "Some", "Residents"); not a party or a nation's people
    ("Republicans", "Americans")."""
    return bool(_LOOSE_WORD.fullmatch(word.lower())) and word.lower() not in (
        "americans", "democrats", "republicans")


_LOOSE_WORD = re.compile(rf"(?:{_VAGUE}|other|various|few)")


_DETERMINER_LAST = re.compile(r"(?:^|\s)(?:the|a|an|these|those|this|that|its|"
                              r"their|his|her|our|newly|recently)$", re.I)


def head_phrase(np: str) -> str:
    """The phrase up to its head noun: "figures" of "figures from the harbour
    authority", "study" of "An exhaustive study being released by ..."."""
    for cut in _AFTER_HEAD.finditer(np):
        if _DETERMINER_LAST.search(np, 0, cut.start()) and \
                cut.group().strip().lower().endswith(("ed", "en", "wn")):
            continue  # "the leaked figures": a participle before its noun
        return np[: cut.start()]
    return np


def is_document(np: str) -> bool:
    """Is the phrase's head a document or a record ("the figures", "a study by
    the trust", "Court records")?"""
    return bool(_DOCUMENT.search(head_phrase(np).strip()))


def _ends_in_name(words: list[str]) -> bool:
    """"spokesman John Kirby" ends in a name; "a Pentagon spokesman" does not."""
    last = words[-1].strip(",.;:")
    return bool(_CAPITAL.match(last)) and not _ROLE_RE.fullmatch(last) and not (
        _PLURAL_INITIALS.fullmatch(last))  # "Several MPs": members, no name


_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")


def is_body(np: str) -> bool:
    """Does the phrase name an organisation ("the council", "Acme Corp's
    board") rather than a person?"""
    return bool(_ORG_NOUN.search(np))


_PART_OF_SELF = re.compile(r"(?i:part|half|much|bits?)\s+of\s+(?i:me|myself|us|"
                           r"ourselves|him|himself|her|herself|them|themselves)\b")


# What is seen and read as pointing somewhere: evidence, not a holder of views.
SIGNS = (r"signs|indications|hints|clues|evidence|signals|replays|footage|pictures|"
         r"images")
_SIGNS = re.compile(rf"(?i:{SIGNS})")


#: A possessive ending ("Smith’s", "parents’"), dropped to read the word.
POSSESSIVE_END = re.compile(r"[’']s?$")


def is_person_like(np: str) -> bool:
    """Could this phrase hold a belief or intention (not "the plan", "prices")?"""
    words = np.split()
    if not words:
        return False
    if _PRONOUN.match(np) or np.lower() in ("it",):
        return np.lower() != "it"
    if _ONE_OF_THEM.fullmatch(np):
        return True  # "One described the mood as ...": one of those just told of
    if _PART_OF_SELF.match(np):
        return False  # "Part of me wants to tell her": the speaker torn, no one
        # else
    if _SIGNS.fullmatch(words[-1]):
        return False  # "Early signs suggest", "The evidence points to": what
        # is seen, read by the writer, not anyone holding a view
    for word in words:
        head = POSSESSIVE_END.sub("", word.strip(",.;:"))
        if _CAPITAL.match(head) and not _FUNCTION_START.fullmatch(head):
            return True
        if _HUMAN_WORD.search(head):
            return True
    # "The historian", "the chef": one person by their role
    return bool(_ROLE_RE.search(np) or _ONE_PERSON.match(np))
