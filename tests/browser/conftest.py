"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

`live_server` runs the site in a thread of this process (static files included), so the test
reads the emails the site sends in `django.core.mail.outbox` and the database it writes.
"""

import shutil
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import connection

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests (Debian's: Playwright's own download is not used).

    Package-scoped rather than session-scoped: Playwright must be stopped before any other
    test runs in the same pytest(-xdist) process, see below.
    """
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "The browser tests need Debian's Chromium and `chromium` is not on the PATH. "
            "Run `make test`, which installs it (`make browser`), or `apt-get install chromium`.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    from django.db import connections

    with pytest.MonkeyPatch.context() as monkeypatch:
        # Playwright's sync API keeps an asyncio event loop running in the main thread (in a
        # greenlet) from start() to stop(). Django sees that loop and raises
        # SynchronousOnlyOperation for every ORM query made from the main thread while it runs:
        # seed_demo in the fixtures, the tests' own queries, the test runner's flush. No
        # coroutine ever runs Django code here (the tests are plain synchronous code and the
        # site runs in the live server's own thread), so the check is a false alarm: switch it
        # off, but only while Playwright runs. Set for the whole process, the variable leaks
        # into the other tests and their subprocesses (`manage.py check --deploy` then fails
        # with async.E001), hence the package scope.
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

        # Django keeps one database connection per thread, but while an event loop is running
        # (asgiref's thread-critical Local) it looks in a context variable instead, finds
        # nothing there and opens a second connection. What the test runner stored on the first
        # one is then lost: the next test with serialized_rollback finds no contents to restore
        # and starts on an empty database (no locales, no root page). Hand the existing
        # connections to the new storage, as Django's LiveServerThread does with
        # connections_override.
        existing = {alias: connections[alias] for alias in connections}
        playwright = sync_playwright().start()
        for alias, connection in existing.items():
            connections[alias] = connection
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()
        finally:
            playwright.stop()


@pytest.fixture
def context(browser, live_server):
    """A fresh browser profile per test (no cookies), aimed at the live server."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 1280, "height": 800},
        # A browser set to French, as many in Morocco are: the Arabic journeys must stay in
        # Arabic because the visitor chose /ar/, not because the browser asks for it.
        locale="fr-FR",
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A tab that records failed requests: `page.failed_responses` lists "status url" strings."""
    page = context.new_page()
    page.failed_responses = []
    page.on(
        "response",
        lambda response: (
            page.failed_responses.append(f"{response.status} {response.url}")
            if response.status >= 400
            else None
        ),
    )
    # A request the browser itself dropped because the page moved on (a script still loading,
    # a heartbeat on its way) is not the site failing: only other network failures count.
    page.on(
        "requestfailed",
        lambda request: (
            page.failed_responses.append(f"failed {request.url} {request.failure}")
            if request.failure != "net::ERR_ABORTED"
            else None
        ),
    )
    yield page
    page.close()


# The database right after the first `seed_demo` of this process (one per pytest-xdist worker,
# each with its own database), serialized the way Django's serialized_rollback does it.
_demo_contents = None


@pytest.fixture
def demo_site(transactional_db, django_db_serialized_rollback, settings):
    """The demo page tree in French and Arabic, built by `seed_demo`; returns the default Site.

    It is built inside the test because the live server reads the database from another thread:
    the data must be committed (transactional_db), and is flushed after the test. The flush also
    empties the tables that the migrations filled (locales, Wagtail's root page, groups,
    regions), which seed_demo needs: django_db_serialized_rollback restores them for each test.

    `seed_demo` takes about a minute. It runs for the first journey only; the next ones reload
    its result (a few seconds), which holds the same rows with the same ids.
    """
    global _demo_contents
    # tests/conftest.py empties the cache (allauth's rate limits) before each test; the live
    # server runs in this process and shares it.
    settings.JAWDA_ALLOW_DEMO = True
    if _demo_contents is None:
        call_command("seed_demo", stdout=StringIO())
        _demo_contents = connection.creation.serialize_db_to_string()
    else:
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(_demo_contents)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def screenshot():
    """`screenshot(page, "home-fr")` saves test-artifacts/screenshots/home-fr.png (full page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
