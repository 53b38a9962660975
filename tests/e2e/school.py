"""A realistic school for the browser tests: a teacher with her own published
article and a draft, a class of students with long nicknames, every pack
assigned with due dates, and attempts full of right, wrong and written answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Draft, Item
from quizapp.packs import clean_pack_data, pack_data_from_files
from quizapp.services import assignments as assignments_svc
from quizapp.services import attempts as attempts_svc
from quizapp.services import (
    authoring,
    classrooms,
    draft_review,
    live_games,
    live_play,
    lrs_settings,
    lti,
    privacy,
)

from ..conftest import CONTENT, make_user

NICKNAMES = [
    "Kestrel", "Quicksilver-Otter", "Marguerite Unflappable", "Lin", "Ptolemy",
    "Saoirse O'Shaughnessy", "Ade", "Wolfgang-Amadeus",
]  # fmt: skip
WRITTEN = (
    "They are guesses, not facts: the writer says likely and so does the expert. "
    "Only the evacuation itself was confirmed by sources."
)


def _answer_for(item: Item, n: int) -> dict:
    """A right answer for some students and items, a wrong one for the others."""
    spec = item.spec
    right = (n + item.position) % 3 != 0
    if item.type == "claim":
        labels = ["sourced", "speculation", "opinion", "unsourced"]
        wrong = next(label for label in labels if label != spec["label"])
        return {"label": spec["label"] if right else wrong}
    if item.type == "mark_cues":
        return {"words": [0, 1] if right else [2]}
    if item.type == "free_text":
        return {"text": WRITTEN if right else "Iran left Syria because of air strikes."}
    options = spec.get("options") or []
    correct = [o["id"] for o in options if o.get("correct")]
    wrong = [o["id"] for o in options if not o.get("correct")]
    if item.type == "multiple_select":
        return {"choices": correct if right else wrong[:2]}
    return {"choice": correct[0] if right or not wrong else wrong[0]}


def _own_article(teacher) -> Draft:
    folder = CONTENT / "night-buses-opinion"
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    draft = Draft(
        owner_id=teacher.id,
        slug="night-buses-for-9b",
        data=clean_pack_data(pack_data_from_files(files)),
    )
    db.session.add(draft)
    db.session.commit()
    authoring.publish_draft(draft)
    # a question deleted since: the review page lists it under "Recently
    # deleted", with its Restore button
    question = next(i for e in draft.data["exercises"] if e["kind"] == "questions"
                    for i in e["items"])
    draft_review.delete_item(draft, str(question["id"]))
    return draft


def configure_admin_pages(admin) -> None:
    """A Canvas registration with several deployments, a Learning Record Store
    and a retention period with a purge, so the admin's LTI, LRS and privacy
    pages show their tables and values. Call it once nobody answers any more."""
    canvas = "https://sso.canvaslms.com/api/lti"
    lti.register_platform(
        admin,
        ["84:9d1c0ab2f3e445d7a1b0c5f7e2d9a6b3c4d5e6f7", "85:long-deployment-id", "86"],
        name="Northfield District Canvas (secondary schools)",
        issuer="https://canvas.instructure.com",
        client_id="10000000000000987654321",
        auth_login_url=f"{canvas}/authorize_redirect",
        auth_token_url="https://northfield-district.instructure.com/login/oauth2/token",
        key_set_url=f"{canvas}/security/jwks",
        auth_audience=None,
    )
    lrs_settings.save_lrs(
        admin,
        enabled=True,  # nothing is answered after this, so nothing is sent
        endpoint="https://learning-records.northfield-district.example.org/xapi/",
        username="quizapp-statements-writer",
        password="a-long-lrs-password",
        base_iri="https://quizapp.northfield-district.example.org/",
    )
    privacy.set_retention_days(admin, 365)
    privacy.purge()


def build_school() -> dict:
    """Create the school inside the current app context; return ids for URLs."""
    teacher = make_user("ms-reed", role="teacher")
    admin = make_user("head-admin", role="admin")
    draft = _own_article(teacher)
    classroom = classrooms.create_classroom(teacher, "Year 9 Media Literacy (Thursday)")
    students = []
    for n, nickname in enumerate(NICKNAMES):
        student = make_user(f"student{n}")
        classrooms.join_classroom(student, classroom.join_code, nickname)
        students.append(student)
    now = datetime.now(UTC).replace(tzinfo=None)
    articles = db.session.scalars(select(Article).order_by(Article.id)).all()
    assignments = [
        assignments_svc.assign(classroom, a.id, now + timedelta(days=i - 2))
        for i, a in enumerate(articles)
    ]
    founding = next(a for a in articles if a.slug == "iran-scaling-back-syria")
    written_answer = attempt = None
    for n, student in enumerate(students):
        for exercise in founding.exercises:
            items = attempts_svc.attempt_items(exercise)
            current = attempts_svc.start_or_resume(student, exercise)
            for item in items if n < 6 else items[: len(items) // 2]:
                result = attempts_svc.submit_answer(
                    current, item, _answer_for(item, n)
                )
                if item.type == "free_text" and written_answer is None:
                    written_answer = result.answer
            if n == 0 and exercise.slug == "claims":
                attempt = current
    written = next(e for e in founding.exercises if e.slug == "written")
    first_item = attempts_svc.attempt_items(attempt.exercise)[0]
    game = live_games.host_game(teacher, founding, classroom=classroom)
    player = live_play.join_game(game, user=students[0])
    live_games.move(game, "start")
    configure_admin_pages(admin)
    return {
        "game_id": game.id,
        "pin": game.pin,
        "player_id": player.id,
        "action": "start",
        "student": students[0].username,
        "teacher": teacher.username,
        "admin": "head-admin",
        "slug": founding.slug,
        "exercise_id": attempt.exercise_id,
        "attempt_id": attempt.id,
        "item_id": first_item.id,
        "answer_id": written_answer.id,
        "written_item_id": attempts_svc.attempt_items(written)[0].id,
        "classroom_id": classroom.id,
        "assignment_id": next(
            a.id for a in assignments if a.article_id == founding.id
        ),
        "user_id": students[0].id,
        "draft_id": draft.id,
        "key": "q-facts",
    }
