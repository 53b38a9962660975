"""Words that look like a report but credit nobody, so the sentence stays the
writer's own: "according to" in keeping with something ("varies according to
size", "went according to plan"); a thing or an event that goes on ("The
strike continues."); a thing that underscores or highlights (the writer's
inference, as "the storm showed" is); a group the writer is in ("Most of us
know that"); whoever it may be ("Anyone claiming ..."); how a thing is best
taken ("is best understood as") and where it is seen from ("viewed from
the capital"); the generic "one" under a modal ("One might argue that");
"thinks of" and "thought to ask" (what comes to mind, no belief); a modal's
passive ("very little that can be said to help"); "knows how to" (a skill);
"state" before a plural noun ("state employees"); "according to the number
of" (in proportion); a word that is no noun before an -ing verb ("As mayor,
..., responding in kind"); a feed's "Earlier:" label and a section's
"Interview:" or "Review:" label. The reports beside
each stay sourced."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Ticket prices vary according to the age of the visitor.",
    "The first stage of the rebuild went according to plan.",
    "Grants are allocated according to the size of each school.",
    "The strike continues.",
    "The search for the missing hiker, however, continues.",
    "Traffic is slow on the ring road while the clean-up continues.",
    "The episode underscores how little the board listened.",
    "The flooding highlighted the weakness of the old sea wall.",
    "Anyone sticking to last year's timetable will miss the last bus.",
    "Whoever planned the detour deserves some credit.",
    "Most of us know that the bridge needs repairs.",
    "The mural is best understood as a letter to the town.",
    "The new stadium looks enormous viewed from the harbour.",
    "One might argue that the ferry timetable was never realistic.",
    "When people think of the harbour, they picture the old crane.",
    "Nobody on the council thought to ask the bus drivers.",
    "The draft contains very little that can be said to help renters.",
    "The new head teacher knows how to calm a room.",
    "Many of them work directly as state employees.",
    "Fees are set according to the number of pupils in each school.",
    "As mayor and as a councillor, Lee was a fierce debater, responding in "
    "kind whenever she was attacked.",
    "Earlier: Ferry timetable to change from May",
    "Interview: the mayor on the library closures",
    "Review: a triumph of a show",
])
def test_words_that_look_like_a_report_credit_nobody(text):
    sentence = only(text)
    assert sentence.source_kind == "none", sentence.source


@pytest.mark.parametrize(("text", "kind"), [
    ("Ticket prices will rise in May, according to the museum's director.",
     "named"),
    ("Spending rose by a fifth, according to Ann Lee, who drew up the plan.",
     "named"),
    ("“We are not finished yet,” she continued.", "named"),
    ("She continued: “We are not finished yet.”", "named"),
    ("Ticket sales will fall by a third next year, the museum's director "
     "continued.", "named"),
    ("The audit report underscores that costs rose.", "citation"),
    ("Critics view the new port as hostile to small traders.", "vague"),
    ("One said the plan was doomed from the start.", "anonymous"),
    ("The painting is thought to be worth more than $5 million.", "vague"),
    ("Officials think the ferry timetable was never realistic.", "anonymous"),
    ("She knows that the ferry timetable was never realistic.", "named"),
    ("They state that the ferry timetable was never realistic.", "vague"),
    ("She resigned on Friday, saying that the timetable was never realistic.",
     "named"),
])
def test_the_reports_beside_them_stay_sourced(text, kind):
    assert only(text).source_kind == kind
