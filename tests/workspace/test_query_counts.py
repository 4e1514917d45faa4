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


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("notice_edit", ()),
        ("notice_structure", ()),
        ("notice_contacts", ()),
        ("notice_use", (1,)),
        ("notice_use_new", ()),
    ],
)
def test_the_notice_pages_cost_the_same_for_one_use_or_five(client, name, args):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from tests.factories import member, published_clinic

    one_use, five_uses = published_clinic(uses=1), published_clinic(uses=5)
    user = member(one_use, "editor")
    five_uses.memberships.create(user=user, role="editor")
    sign_in_verified(client, user)
    counts = {}
    for clinic in (one_use, five_uses):
        path = reverse(f"workspace:{name}", args=[clinic.pk, *args])
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts[clinic.pk] = queries

    one, five = counts[one_use.pk], counts[five_uses.pk]
    assert len(five) == len(one), [q["sql"] for q in five.captured_queries]
    # A page of the form reads the session, the member, the draft, its systems and their evidence.
    assert len(one) <= 14, [q["sql"] for q in one.captured_queries]
