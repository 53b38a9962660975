"""The feedback fragment of a fresh answer is shared by every learner who gives
the same answer (`learn/feedback.py`), so its templates may read only the
answer's shared context: never the request, the session, the user or the CSRF
token, which Flask's Jinja environment would otherwise offer them."""

from jinja2 import Environment, meta, nodes

from quizapp.learn.feedback import SHARED_CONTEXT, TEMPLATE

#: Besides the context: building links (the same for every learner).
ALLOWED = SHARED_CONTEXT | {"url_for"}


def _reads(source: str, filters=None) -> set[str]:
    """The names a template reads from outside itself (a plain environment
    without globals, so `request`, `csrf_token` and the like count)."""
    env = Environment()
    env.filters.update(filters or {})
    tree = env.parse(source)
    own = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "store"}
    return meta.find_undeclared_variables(tree) - own


def _feedback_templates(app) -> list[str]:
    names = app.jinja_env.list_templates()
    return [TEMPLATE, *(n for n in names if n.startswith("learn/feedback/"))]


def test_the_feedback_templates_read_only_the_answers_shared_context(app):
    templates = _feedback_templates(app)
    assert len(templates) >= 8  # the frame and one per exercise type
    for name in templates:
        source, _, _ = app.jinja_env.loader.get_source(app.jinja_env, name)
        assert _reads(source, app.jinja_env.filters) <= ALLOWED, name


def test_the_check_sees_a_template_reading_the_user_or_the_request():
    assert _reads("{{ current_user.username }}") == {"current_user"}
    assert _reads("{% if request.args %}{{ csrf_token() }}{% endif %}") == {
        "request",
        "csrf_token",
    }
    assert _reads("{% set k = {'a': 1} %}{{ k.a }}{{ answer.score }}") == {"answer"}
