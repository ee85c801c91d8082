"""Contract tests: schemathesis generates requests from the served OpenAPI document
(`/api/openapi.json`) and checks every answer against it — no server error, status codes and
bodies as documented — anonymously and with a member's write token.

In process (WSGI), on the tests' database with a small tree and a course, and a member
enrolled in it; a fixed number of examples per operation keeps the run short and repeatable
(derandomized).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from courses.progress import enrol
from jawda.security.models import TokenScope
from jawda.security.tokens import create_token

from ..courses.conftest import Courses
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def course(tree):
    return Courses(tree).course


@pytest.fixture
def api_schema(course, settings):
    # Hundreds of writes in a minute: the limits (tests/api/test_cors_and_rate_limits.py) would
    # answer most of them with the 429 the document allows, and leave the operations untried.
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "api_write": "100000/m/ip",
        "api_write_token": "100000/m/key",
    }
    # Called in process, the WSGI handler ends each request by closing "old" database
    # connections, which would close the test's own (PostgreSQL) in its transaction. Django's
    # test client switches that off for its requests; so does this test.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def member_token(course):
    """A member enrolled in the course, and her write token."""
    member = UserFactory()
    enrol(member, course)
    _token, plaintext = create_token(member, "Contract tests", TokenScope.WRITE, 30)
    return plaintext


def test_every_answer_matches_the_document(api_schema, member_token):
    """Every operation, anonymously and with the token; all failures are reported together.

    (Schemathesis' own pytest integration does not run under pytest 9: operations are driven
    through Hypothesis here instead.)
    """
    failures = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(checks=CHECKS)
            case.call_and_validate(
                checks=CHECKS, headers={"Authorization": f"Bearer {member_token}"}
            )

        try:
            check()
        except (Failure, FailureGroup) as failure:
            failures.append(f"{operation.label}: {failure}")
    assert not failures, "\n\n".join(failures)
