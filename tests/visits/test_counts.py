"""Counts of visit cards, never their content: the clinic's table, and the editors' page and CSV."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from content.notices.document import current_version
from content.notices.models import AISystem, Clinic
from content.visits.cards import VisitInput, published_uses, visit_card_issue
from content.visits.counts import clinic_visit_counts, months_back, visit_counts_across_clinics
from content.visits.models import VisitCard
from content.vocabulary import CareStep, MemberRole, ProfessionalRole
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, member
from tests.queries import queries_for
from tests.workspace.helpers import sign_in_verified, soup_of, text, url

pytestmark = pytest.mark.django_db

ADMIN_URL = "/admin/vigilance/visits/"
CAPTION = "Cartes de visite émises, par outil et par mois"
CHECKER = "Dr Ornithorynque"


def published(name: str, *uses: dict) -> Clinic:
    """A clinic whose notice names these uses (AIUse fields), published the Wagtail way."""
    clinic = ClinicFactory(name=name)
    for fields in uses:
        AIUseFactory(clinic=clinic, **fields)
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision().publish()
    clinic.refresh_from_db()
    return clinic


def uses_of(clinic: Clinic) -> dict[str, dict]:
    """The clinic's published uses by the name of their tool."""
    return {use["system"]["name"]: use for use in published_uses(current_version(clinic))}


def issue(clinic: Clinic, *uses: dict, issued_at: datetime.datetime | None = None) -> VisitCard:
    """A card naming these uses, issued now or (rewritten as if) at `issued_at`."""
    card = visit_card_issue(
        clinic=clinic,
        asked=VisitInput(
            use_keys=[use["id"] for use in uses],
            visit_date=timezone.localdate(),
            language="fr",
            checker_name=CHECKER,
            checker_role=ProfessionalRole.GP,
        ),
        channel=VisitCard.Channel.WORKSPACE,
    )
    if issued_at is not None:
        VisitCard.objects.filter(pk=card.pk).update(issued_at=issued_at)
    return card


def local(month: datetime.date, day: int = 15, hour: int = 12, minute: int = 0):
    return timezone.make_aware(datetime.datetime(month.year, month.month, day, hour, minute))


def month(back: int) -> datetime.date:
    return months_back(today=timezone.localdate(), months=back + 1)[back]


@pytest.fixture
def two_clinics():
    """Clinic A names Outil Scribe (records) and Outil Fracture (diagnosis); B names Outil Scribe.

    A: three cards this month (one naming both tools), one Fracture card two months ago, one card
    13 months ago (outside the table). B: one Scribe card issued at 00:30 on the first day of last
    month, local time (still the month before in UTC).
    """
    scribe = AISystemFactory(name="Outil Scribe", key="outil-scribe")
    fracture = AISystemFactory(name="Outil Fracture", key="outil-fracture")
    a = published(
        "Cabinet Compté",
        {"ai_system": scribe},
        {"ai_system": fracture, "care_step": CareStep.DIAGNOSIS},
    )
    b = published("Centre Compté", {"ai_system": scribe})
    a_uses, b_uses = uses_of(a), uses_of(b)
    issue(a, a_uses["Outil Scribe"])
    issue(a, a_uses["Outil Scribe"])
    issue(a, a_uses["Outil Scribe"], a_uses["Outil Fracture"])
    issue(a, a_uses["Outil Fracture"], issued_at=local(month(2)))
    issue(a, a_uses["Outil Scribe"], issued_at=local(month(13)))
    issue(b, b_uses["Outil Scribe"], issued_at=local(month(1), day=1, hour=0, minute=30))
    return a, b


def row_for(counts, system_key: str, care_step: str = ""):
    return next(
        row
        for row in counts.rows
        if row.system_key == system_key and (not care_step or row.care_step == care_step)
    )


def test_a_clinic_counts_its_cards_per_tool_and_month_newest_first(two_clinics):
    a, b = two_clinics

    counts = clinic_visit_counts(a)

    assert counts.months[0] == month(0) and counts.months[-1] == month(11)
    assert len(counts.months) == 12
    assert [row.system_name for row in counts.rows] == ["Outil Scribe", "Outil Fracture"]
    assert row_for(counts, "outil-scribe").by_month == (3,) + (0,) * 11
    assert row_for(counts, "outil-fracture").by_month == (1, 0, 1) + (0,) * 9
    # A card naming two tools counts once in each row, and once among the cards.
    assert counts.cards_by_month == (3, 0, 1) + (0,) * 9
    assert counts.cards == 4
    b_counts = clinic_visit_counts(b)
    assert row_for(b_counts, "outil-scribe").by_month == (0, 1) + (0,) * 10


def test_the_months_shown_can_be_fewer_and_end_on_another_day(two_clinics):
    a, _b = two_clinics

    counts = clinic_visit_counts(a, months=2, today=month(1))

    assert counts.months == (month(1), month(2))
    assert [(row.system_name, row.by_month) for row in counts.rows] == [("Outil Fracture", (0, 1))]


def test_a_tool_left_out_of_the_catalogue_is_named_by_its_key(two_clinics):
    a, _b = two_clinics
    AISystem.objects.filter(key="outil-fracture").update(key="outil-renomme")

    names = {row.system_name for row in clinic_visit_counts(a).rows}

    assert names == {"Outil Scribe", "outil-fracture"}


def test_across_clinics_counts_per_system_care_step_and_month_with_clinics(two_clinics):
    counts = visit_counts_across_clinics()

    scribe = row_for(counts, "outil-scribe", CareStep.DOCUMENTATION)
    assert scribe.by_month == (3, 1) + (0,) * 10
    assert scribe.clinics_by_month == (1, 1) + (0,) * 10
    assert scribe.clinics == 2
    assert scribe.care_step_label == "dossier et comptes rendus"
    fracture = row_for(counts, "outil-fracture", CareStep.DIAGNOSIS)
    assert (fracture.by_month[:3], fracture.clinics) == ((1, 0, 1), 1)
    assert not [
        row for row in counts.rows if row.system_key == "outil-fracture" and row is not fracture
    ]
    # The demo's cards are counted too: the totals hold at least these.
    assert counts.cards_by_month[:3] >= (3, 1, 1)
    assert counts.clinics >= 2


def test_counting_costs_the_same_for_1_or_20_cards():
    scribe = AISystemFactory(name="Outil Compteur")
    clinic = published("Cabinet Compteur", {"ai_system": scribe})
    use = uses_of(clinic)["Outil Compteur"]
    issue(clinic, use)

    def queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as one_clinic:
            clinic_visit_counts(clinic)
        with CaptureQueriesContext(connection) as across:
            visit_counts_across_clinics()
        return len(one_clinic), len(across)

    few = queries()
    for back in range(19):
        issue(clinic, use, issued_at=local(month(back % 12)))

    assert queries() == few
    assert few[0] <= 2
    assert clinic_visit_counts(clinic).cards == 20


def counts_table(response):
    soup = soup_of(response)
    return next((table for table in soup.find_all("table") if CAPTION in text(table.caption)), None)


@pytest.mark.parametrize("role", [MemberRole.EDITOR, MemberRole.REVIEWER])
def test_the_clinic_page_shows_editors_and_reviewers_their_cards_per_tool_and_month(
    client, two_clinics, role
):
    a, _b = two_clinics
    sign_in_verified(client, member(a, role))

    response = client.get(url("clinic", a))

    table = counts_table(response)
    assert table is not None, "no table of visit cards on the clinic page"
    headings = [th for th in table.thead.find_all("th") if th.get("scope") == "col"]
    assert len(headings) == 14  # the tool, 12 months, the total
    rows = {
        text(row.th): [text(cell) for cell in row.find_all("td")]
        for row in table.find_all("tr")
        if row.th and row.th.get("scope") == "row"
    }
    assert rows["Outil Scribe"][0] == "3" and rows["Outil Scribe"][-1] == "3"
    assert rows["Outil Fracture"][:3] == ["1", "0", "1"]
    assert rows["Cartes émises"][-1] == "4"
    assert CHECKER not in response.content.decode()


def test_a_clinic_without_cards_reads_a_sentence_instead_of_a_table(client):
    clinic = published("Cabinet Sans Carte", {})
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))

    response = client.get(url("clinic", clinic))

    assert counts_table(response) is None
    assert "Aucune carte de visite n’a encore été remise" in text(soup_of(response))


def test_the_clinic_page_costs_the_same_for_1_or_20_cards(client):
    clinic = published("Cabinet Requêtes", {})
    use = next(iter(uses_of(clinic).values()))
    sign_in_verified(client, member(clinic, MemberRole.EDITOR))
    issue(clinic, use)
    few = queries_for(client, url("clinic", clinic))

    for back in range(19):
        issue(clinic, use, issued_at=local(month(back % 12)))

    assert queries_for(client, url("clinic", clinic)) == few


# --- The portal editors' page, beside vigilance ------------------------------------------------


def admin_user_with(*codenames: str):
    """A staff account whose group may use the admin and holds the given content permissions."""
    group = Group.objects.create(name=f"Cartes test {'-'.join(codenames) or 'none'}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="content", codename__in=codenames)
    )
    user = get_user_model().objects.create_user(
        username=f"cartes-{group.pk}", password="x", is_staff=True
    )
    user.groups.add(group)
    return user


def admin_rows(html: str) -> dict[tuple[str, str], list[str]]:
    table = BeautifulSoup(html, "html.parser").find("table", class_="listing")
    return {
        tuple(th.get_text(strip=True) for th in row.find_all("th")): [
            cell.get_text(strip=True) for cell in row.find_all("td")
        ]
        for row in table.tbody.find_all("tr")
    }


def test_the_admin_page_shows_cards_per_system_care_step_and_month(admin_client, two_clinics):
    response = admin_client.get(ADMIN_URL)

    assert response.status_code == 200
    html = response.content.decode()
    rows = admin_rows(html)
    # 12 months, the total, the clinics.
    assert rows[("Outil Scribe", "Dossier et comptes rendus")][:2] == ["3", "1"]
    assert rows[("Outil Scribe", "Dossier et comptes rendus")][-2:] == ["4", "2"]
    assert rows[("Outil Fracture", "Diagnostic")][-2:] == ["2", "1"]
    table = BeautifulSoup(html, "html.parser").find("table", class_="listing")
    assert table.caption.get_text(strip=True)
    assert len(table.thead.find_all("th", scope="col")) == 16
    for card in VisitCard.objects.all():
        assert card.code not in html
    assert CHECKER not in html


def test_the_admin_page_downloads_its_counts_as_csv(admin_client, two_clinics):
    response = admin_client.get(ADMIN_URL, {"format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="cartes-de-visite-')
    body = response.content.decode()
    lines = list(csv.DictReader(io.StringIO(body)))
    scribe = [line for line in lines if line["system_key"] == "outil-scribe"]
    assert len(scribe) == 12  # every month, the empty ones too, oldest first
    assert [line["month"] for line in scribe[-2:]] == [
        month(1).strftime("%Y-%m"),
        month(0).strftime("%Y-%m"),
    ]
    assert (scribe[-1]["cards"], scribe[-1]["clinics"], scribe[-1]["care_step"]) == (
        "3",
        "1",
        "documentation",
    )
    assert scribe[-1]["system_name"] == "Outil Scribe"
    for card in VisitCard.objects.all():
        assert card.code not in body
    assert CHECKER not in body


def test_the_admin_page_and_its_csv_are_refused_without_the_vigilance_permission(
    client, two_clinics
):
    sign_in_verified(client, admin_user_with())

    for query in ({}, {"format": "csv"}):
        response = client.get(ADMIN_URL, query)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert ADMIN_URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_vigilance_permission_opens_the_page_and_its_menu_item(client, two_clinics):
    sign_in_verified(client, admin_user_with("view_concerncount"))

    assert ADMIN_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(ADMIN_URL).status_code == 200
    assert client.get(ADMIN_URL, {"format": "csv"})["Content-Disposition"].startswith("attachment")


def test_the_admin_page_costs_the_same_for_1_or_20_cards(admin_client):
    scribe = AISystemFactory(name="Outil Admin")
    clinic = published("Cabinet Admin", {"ai_system": scribe})
    use = uses_of(clinic)["Outil Admin"]
    issue(clinic, use)
    few = queries_for(admin_client, ADMIN_URL)

    for back in range(19):
        other = published(f"Cabinet Admin {back}", {"ai_system": scribe})
        issue(other, uses_of(other)["Outil Admin"], issued_at=local(month(back % 12)))

    assert queries_for(admin_client, ADMIN_URL) == few
