"""The vigilance page: what patients report per system and per clinic, as counts, never content."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from content.vigilance.rules import months_ending
from content.vocabulary import MessageKind
from tests.factories import (
    AISystemFactory,
    ClinicFactory,
    ConcernCountFactory,
    PatientMessageFactory,
)
from tests.queries import queries_for
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

CANARY_BODY = "Mot témoin Ornithorynque : mon scanner du 3 mars."
CANARY_NAME = "Capucine Témoin"
CANARY_EMAIL = "capucine.temoin@example.org"
VIGILANCE_URL = "/admin/vigilance/"


def this_month(months_back: int = 0) -> datetime.date:
    return months_ending(today=timezone.localdate())[-1 - months_back]


def table_rows(html: str, caption_words: str) -> dict[str, list[str]]:
    """The rows of the table whose caption holds `caption_words`: row heading -> its cells."""
    soup = BeautifulSoup(html, "html.parser")
    table = next(
        table for table in soup.find_all("table") if caption_words in table.caption.get_text()
    )
    return {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in table.find_all("tr")
        if row.th and row.th.get("scope") == "row"
    }


@pytest.fixture
def watched():
    """Concerns about one system in one clinic, arriving this quarter, and a message's canary."""
    system = AISystemFactory(name="Outil Vigie")
    clinic = ClinicFactory(name="Cabinet Vigie")
    for months_back, count in ((0, 2), (1, 3), (5, 1)):
        ConcernCountFactory(
            clinic=clinic, ai_system=system, month=this_month(months_back), count=count
        )
    ConcernCountFactory(
        clinic=clinic, ai_system=system, kind=MessageKind.QUESTION, month=this_month(), count=11
    )
    PatientMessageFactory(
        clinic=clinic,
        ai_system=system,
        kind=MessageKind.CONCERN,
        body=CANARY_BODY,
        name=CANARY_NAME,
        email=CANARY_EMAIL,
    )
    return system, clinic


def test_vigilance_shows_concerns_per_system_and_per_clinic_and_no_message(admin_client, watched):
    response = admin_client.get(VIGILANCE_URL)

    assert response.status_code == 200
    html = response.content.decode()
    by_system = table_rows(html, "par système d’IA")
    assert by_system["Outil Vigie"][-3:] == ["3", "2", "6"]
    assert by_system["Outil Vigie"][-7] == "1"
    assert table_rows(html, "par structure")["Cabinet Vigie"][-1] == "6"
    for canary in ("Ornithorynque", CANARY_NAME, CANARY_EMAIL):
        assert canary not in html


def test_vigilance_names_the_systems_where_concerns_concentrate(admin_client, watched):
    steady = AISystemFactory(name="Outil Régulier")
    for months_back in range(12):
        ConcernCountFactory(ai_system=steady, month=this_month(months_back), count=1)

    soup = BeautifulSoup(admin_client.get(VIGILANCE_URL).content, "html.parser")

    section = soup.find(id="vigilance-concentrated").parent
    assert "Outil Vigie" in section.get_text()
    assert "Outil Régulier" not in section.get_text()
    assert "au moins 2\u00a0fois" in section.get_text() or "au moins 2 fois" in section.get_text()


def test_vigilance_filters_another_kind_of_request(admin_client, watched):
    html = admin_client.get(VIGILANCE_URL, {"kind": "question"}).content.decode()

    assert table_rows(html, "par système d’IA")["Outil Vigie"][-1] == "11"
    assert table_rows(html, "par structure")["Cabinet Vigie"][-1] == "11"
    all_kinds = admin_client.get(VIGILANCE_URL, {"kind": "all"}).content.decode()
    assert table_rows(all_kinds, "par système d’IA")["Outil Vigie"][-1] == "17"
    unknown = admin_client.get(VIGILANCE_URL, {"kind": "zorglub"}).content.decode()
    assert table_rows(unknown, "par système d’IA")["Outil Vigie"][-1] == "6"


def test_vigilance_tables_are_captioned_with_headed_rows_and_columns(admin_client, watched):
    soup = BeautifulSoup(admin_client.get(VIGILANCE_URL).content, "html.parser")

    tables = soup.select("table.listing")
    assert len(tables) == 2
    for table in tables:
        assert table.caption.get_text(strip=True)
        assert len(table.thead.find_all("th", scope="col")) == 14
        assert all(row.th["scope"] == "row" for row in table.tbody.find_all("tr"))


def admin_user_with(*codenames: str):
    """A staff account whose group may use the admin and holds the given content permissions."""
    group = Group.objects.create(name=f"Vigilance test {'-'.join(codenames) or 'none'}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="content", codename__in=codenames)
    )
    user = get_user_model().objects.create_user(
        username=f"staff-{group.pk}", password="x", is_staff=True
    )
    user.groups.add(group)
    return user


def test_vigilance_is_refused_to_an_admin_user_without_the_permission(client, watched):
    sign_in_verified(client, admin_user_with())

    response = client.get(VIGILANCE_URL)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    home = client.get(response["Location"]).content.decode()
    assert "Sorry, you do not have permission" in home or "Désolé" in home
    assert VIGILANCE_URL not in home


def test_vigilance_opens_to_a_group_given_the_view_permission(client, watched):
    sign_in_verified(client, admin_user_with("view_concerncount"))

    assert VIGILANCE_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(VIGILANCE_URL)
    assert response.status_code == 200
    assert "Outil Vigie" in response.content.decode()


@pytest.mark.parametrize("kind", ["concern", "all"])
def test_vigilance_costs_the_same_for_2_or_20_systems_and_clinics(admin_client, kind):
    def add_systems(number: int):
        for _ in range(number):
            ConcernCountFactory(month=this_month(), count=2)
            ConcernCountFactory(month=this_month(4), kind=MessageKind.QUESTION, count=1)

    url = f"{VIGILANCE_URL}?kind={kind}"
    add_systems(2)
    few = queries_for(admin_client, url)

    add_systems(18)

    assert queries_for(admin_client, url) == few
    html = admin_client.get(url).content.decode()
    assert len(table_rows(html, "par système d’IA")) >= 21  # 20 systems and the total


def test_a_group_can_be_given_the_vigilance_permission_in_the_admin(admin_client):
    permission = Permission.objects.get(codename="view_concerncount")

    html = admin_client.get(reverse("wagtailusers_groups:add")).content.decode()

    assert f'value="{permission.pk}"' in html
