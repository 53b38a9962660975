"""One quizapp item of every exportable type, as a resolved pack holds them."""

ITEMS = [
    {
        "key": "q1",
        "type": "multiple_choice",
        "spec": {
            "prompt": "Who says the council approved the wall?",
            "options": [
                {"id": "a", "text": "The mayor", "correct": True, "feedback": "Yes."},
                {"id": "b", "text": "Some experts"},
                {"id": "c", "text": "Nobody"},
            ],
            "explanation": "The attribution ends the first sentence.",
        },
    },
    {
        "key": "q2",
        "type": "multiple_select",
        "spec": {
            "prompt": "Which does the article say?",
            "options": [
                {"id": "a", "text": "The wall was approved", "correct": True},
                {"id": "b", "text": "Building starts in spring", "correct": True},
                {"id": "c", "text": "The wall is finished"},
            ],
        },
    },
    {
        "key": "s1",
        "type": "short_answer",
        "spec": {
            "prompt": "What is a company's statement to journalists called?",
            "answers": [
                {"text": "press release", "fraction": 1.0, "feedback": "Yes."},
                {"text": "*release*", "fraction": 0.5},
            ],
            "case_sensitive": True,
        },
    },
    {
        "key": "n1",
        "type": "numeric",
        "spec": {
            "prompt": "In which year did the Berlin Wall fall?",
            "answers": [
                {"value": 1989.0, "tolerance": 1.0, "fraction": 1.0},
                {"value": "*", "fraction": 0.0, "feedback": "Look it up."},
            ],
        },
    },
    {
        "key": "m1",
        "type": "matching",
        "spec": {
            "prompt": "Match each outlet to its kind.",
            "pairs": [
                {"id": "p1", "left": "Reuters", "right": "news agency"},
                {"id": "p2", "left": "The Guardian", "right": "newspaper"},
            ],
            "distractors": ["blog"],
        },
    },
    {
        "key": "w1",
        "type": "free_text",
        "spec": {
            "prompt": "Why might the harbour wall matter?",
            "key_points": [
                {
                    "id": "flooding",
                    "label": "Because",
                    "required": True,
                    "phrasings": ["fewer floods"],
                }
            ],
        },
    },
    {
        "key": "c1",
        "type": "claim",
        "spec": {
            "quote": "Some experts believe the wall could reduce flooding.",
            "label": "speculation",
            "cues": [{"text": "Some experts believe"}, {"text": "could"}],
            "paragraph": "The council voted. Some experts believe the wall could "
            "reduce flooding. Others disagree.",
        },
    },
]
