"""Patient messages are purged after their retention; the vigilance page shows counts, never content."""

import datetime
import logging
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from content.models import MessageAnswer, MessageKind, PatientMessage
from content.vigilance import count_table, is_concentrated, months_ending
from tests.factories import (
    AISystemFactory,
    ClinicFactory,
    ConcernCountFactory,
    MessageAnswerFactory,
    PatientMessageFactory,
)
from tests.pages import demo_page

pytestmark = pytest.mark.django_db

CANARY_BODY = "Mot témoin Ornithorynque : mon scanner du 3 mars."
CANARY_NAME = "Capucine Témoin"
CANARY_EMAIL = "capucine.temoin@example.org"
VIGILANCE_URL = "/admin/vigilance/"


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def message(*, created_days_ago: int, closed_days_ago: int | None = None, **fields):
    """A message sent `created_days_ago`, closed `closed_days_ago` (open when None), with one answer."""
    status = PatientMessage.Status.CLOSED if closed_days_ago is not None else "answered"
    sent = PatientMessageFactory(status=status, **fields)
    PatientMessage.objects.filter(pk=sent.pk).update(
        created_at=days_ago(created_days_ago),
        closed_at=days_ago(closed_days_ago) if closed_days_ago is not None else None,
    )
    MessageAnswerFactory(message=sent)
    return sent


def purge() -> str:
    output = StringIO()
    call_command("purge_patient_messages", stdout=output)
    return output.getvalue()


# Retention


def test_purge_deletes_only_messages_closed_longer_ago_than_the_retention(caplog):
    expired = message(created_days_ago=420, closed_days_ago=400, body=CANARY_BODY)
    closed_recently = message(created_days_ago=320, closed_days_ago=300)
    still_open = message(created_days_ago=500)
    never_answered = PatientMessageFactory()
    PatientMessage.objects.filter(pk=never_answered.pk).update(created_at=days_ago(500))

    with caplog.at_level(logging.INFO, logger="content.patient_messages"):
        output = purge()

    assert "1 message(s) deleted." in output
    assert not PatientMessage.objects.filter(pk=expired.pk).exists()
    assert not MessageAnswer.objects.filter(message_id=expired.pk).exists()
    kept = {closed_recently.pk, still_open.pk, never_answered.pk}
    assert set(PatientMessage.objects.filter(pk__in=kept).values_list("pk", flat=True)) == kept
    assert MessageAnswer.objects.filter(message__in=kept).count() == 2
    assert "Patient messages purged: 1 closed before" in caplog.text
    assert "Ornithorynque" not in caplog.text


def test_a_second_purge_deletes_nothing():
    message(created_days_ago=420, closed_days_ago=400)
    kept = message(created_days_ago=320, closed_days_ago=300)
    assert "1 message(s) deleted." in purge()

    assert "0 message(s) deleted." in purge()
    assert PatientMessage.objects.filter(pk=kept.pk).exists()


def test_purge_keeps_the_counts_without_content():
    count = ConcernCountFactory(count=4)
    message(created_days_ago=420, closed_days_ago=400, clinic=count.clinic)

    purge()

    count.refresh_from_db()
    assert count.count == 4


# The rule that points at a system


def test_months_ending_are_the_twelve_first_days_up_to_todays_month():
    months = months_ending(today=datetime.date(2026, 2, 15))

    assert len(months) == 12
    assert months[0] == datetime.date(2025, 3, 1)
    assert months[-1] == datetime.date(2026, 2, 1)


def test_steady_concerns_are_not_a_concentration():
    assert not is_concentrated(by_month=[1] * 12)
    assert not is_concentrated(by_month=[3] * 12)


def test_concerns_arriving_in_the_last_three_months_are_a_concentration():
    assert is_concentrated(by_month=[0] * 9 + [1, 1, 1])
    assert is_concentrated(by_month=[1] * 9 + [2, 4, 5])


def test_fewer_than_three_recent_concerns_are_never_a_concentration():
    assert not is_concentrated(by_month=[0] * 9 + [0, 1, 1])


def test_concentration_starts_at_twice_the_yearly_monthly_average():
    # 6 concerns in 3 months (2 a month) against 12 in 12 months (1 a month): exactly twice.
    at_threshold = [1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 2]
    assert is_concentrated(by_month=at_threshold)
    assert not is_concentrated(by_month=[2, *at_threshold[1:]])


def test_concentration_refuses_a_recent_window_outside_the_series():
    with pytest.raises(ValueError):
        is_concentrated(by_month=[1, 2], recent_months=3)
    with pytest.raises(ValueError):
        is_concentrated(by_month=[1, 2], recent_months=0)


def test_count_table_puts_the_busiest_first_and_leaves_out_other_months():
    months = months_ending(today=datetime.date(2026, 2, 15))
    table = count_table(
        records=[
            (1, "Outil A", datetime.date(2026, 2, 1), 2),
            (2, "Outil B", datetime.date(2026, 1, 1), 5),
            (None, None, datetime.date(2025, 3, 1), 1),
            (1, "Outil A", datetime.date(2025, 2, 1), 9),
        ],
        months=months,
        unnamed="Sans outil",
    )

    assert [row.label for row in table.rows] == ["Outil B", "Outil A", "Sans outil"]
    assert [row.total for row in table.rows] == [5, 2, 1]
    assert table.month_totals == (1, *[0] * 9, 5, 2)
    assert table.total == 8


def test_an_empty_count_table_has_a_zero_per_month():
    months = months_ending(today=datetime.date(2026, 2, 15))
    table = count_table(records=[], months=months, unnamed="Sans outil")

    assert table.rows == ()
    assert table.month_totals == (0,) * 12


# The vigilance page


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
    by_system = table_rows(html, "par système d'IA")
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

    assert table_rows(html, "par système d'IA")["Outil Vigie"][-1] == "11"
    assert table_rows(html, "par structure")["Cabinet Vigie"][-1] == "11"
    all_kinds = admin_client.get(VIGILANCE_URL, {"kind": "all"}).content.decode()
    assert table_rows(all_kinds, "par système d'IA")["Outil Vigie"][-1] == "17"
    unknown = admin_client.get(VIGILANCE_URL, {"kind": "zorglub"}).content.decode()
    assert table_rows(unknown, "par système d'IA")["Outil Vigie"][-1] == "6"


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
    client.force_login(admin_user_with())

    response = client.get(VIGILANCE_URL)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    home = client.get(response["Location"]).content.decode()
    assert "Sorry, you do not have permission" in home or "Désolé" in home
    assert VIGILANCE_URL not in home


def test_vigilance_opens_to_a_group_given_the_view_permission(client, watched):
    client.force_login(admin_user_with("view_concerncount"))

    assert VIGILANCE_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(VIGILANCE_URL)
    assert response.status_code == 200
    assert "Outil Vigie" in response.content.decode()


def queries_for(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


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
    assert len(table_rows(html, "par système d'IA")) >= 21  # 20 systems and the total


# The privacy page says the rule


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fr",
            [
                "Vos messages aux structures",
                "12 mois après la clôture",
                "détails médicaux",
                "seulement un lien",
                "sans aucun contenu",
            ],
        ),
        (
            "en",
            [
                "Your messages to care providers",
                "12 months after the",
                "medical details",
                "only a link",
                "no content at all",
            ],
        ),
    ],
)
def test_privacy_page_states_how_long_messages_are_kept(client, language, words):
    page = demo_page("page-privacy", language)

    text = client.get(page.url).content.decode().replace("\u00a0", " ")

    for phrase in words:
        assert phrase in text
    assert "Pour l'instant, le portail ne permet pas" not in text


def test_a_group_can_be_given_the_vigilance_permission_in_the_admin(admin_client):
    permission = Permission.objects.get(codename="view_concerncount")

    html = admin_client.get(reverse("wagtailusers_groups:add")).content.decode()

    assert f'value="{permission.pk}"' in html
