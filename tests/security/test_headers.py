"""Headers: no caching of logged-in pages and downloads, HSTS and `__Host-`
cookies in production.

ASVS 14.3.2 (anti-caching headers), 3.4.1 (HSTS), 3.3.1 and 3.3.3 (`__Host-`
prefixed, Secure cookies), 3.3.4 (HttpOnly).
"""

from quizapp import create_app
from quizapp.config import Config

from .conftest import log_in


def test_logged_in_pages_and_downloads_are_never_cached(client, school):
    log_in(client, "owner")
    classroom = school["classroom"]
    assignment = classroom.assignments[0]
    for url in [
        "/articles",
        "/teach/",
        f"/teach/classes/{classroom.id}",
        f"/teach/classes/{classroom.id}/assignments/{assignment.id}/grades.csv",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "no-store", url
    static = client.get("/static/css/app.css")
    static.close()
    assert "no-store" not in static.headers.get("Cache-Control", "")


class ProductionForTests(Config):
    SECRET_KEY = "production-test-secret"

    @classmethod
    def for_instance(cls, instance_path):
        return {
            **super().for_instance(instance_path),
            "SQLALCHEMY_DATABASE_URI": "sqlite://",
        }


def test_production_sends_hsts_and_host_prefixed_secure_cookies():
    app = create_app(ProductionForTests)
    client = app.test_client()
    response = client.get("/auth/login", base_url="https://quiz.example")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("__Host-session=")
    assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie
    assert "Domain" not in cookie
    assert app.config["REMEMBER_COOKIE_NAME"] == "__Host-remember_token"


def test_development_and_tests_send_no_hsts(client):
    assert "Strict-Transport-Security" not in client.get("/").headers
