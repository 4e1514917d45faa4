"""The workspace dashboard's database queries do not grow with the number of clinics it shows."""

import pytest

from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db


def test_workspace_dashboard_costs_the_same_for_one_clinic_or_five(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import member, published_clinic

    user = member(published_clinic(uses=1), "editor")
    sign_in_verified(client, user)
    client.get("/fr/workspace/")
    with CaptureQueriesContext(connection) as one:
        client.get("/fr/workspace/")
    for _ in range(4):
        clinic = published_clinic(uses=2)
        clinic.memberships.create(user=user, role="reviewer")
    with CaptureQueriesContext(connection) as five:
        response = client.get("/fr/workspace/")

    assert response.content.decode().count('class="card card--') == 5
    assert len(five) == len(one), [q["sql"] for q in five.captured_queries]
