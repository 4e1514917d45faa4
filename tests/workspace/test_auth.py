"""Signing in to the clinic workspace, passwords and onboarding clinic members.

The limits on wrong passwords and the second factor: test_two_factor.py, test_sign_in_limits.py.
"""

import io
import re

import html5lib
import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from content.demo.members import DEMO_MEMBERS, demo_members_load
from content.notices.models import Clinic
from content.vocabulary import MemberRole
from content.workspace.models import ClinicMembership
from tests.factories import ClinicFactory
from tests.workspace.helpers import sign_in_verified

pytestmark = pytest.mark.django_db

PASSWORD = "une phrase de passe assez longue"
SET_PASSWORD_LINK = re.compile(r"https?://\S+/workspace/password/set/[^/\s]+/[^/\s]+/")


@pytest.fixture(autouse=True)
def _fresh_attempt_counters():
    # Failed sign-ins are counted in the cache, which outlives each test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(
        username="soignante@cabinet.example", email="soignante@cabinet.example", password=PASSWORD
    )
    ClinicMembership.objects.create(user=user, clinic=ClinicFactory(), role=MemberRole.EDITOR)
    return user


def url(name: str, language: str = "fr", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", kwargs=kwargs)


def onboard(*arguments: str) -> str:
    """Run onboard_clinic; returns what it printed."""
    out = io.StringIO()
    call_command("onboard_clinic", *arguments, stdout=out)
    return out.getvalue()


def parse(response):
    return html5lib.parse(response.content, namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def sign_in(client, username: str, password: str, language: str = "fr", **extra):
    return client.post(
        url("sign_in", language), {"username": username, "password": password}, **extra
    )


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Se connecter à l’espace des structures"),
        ("en", "Sign in to the care provider workspace"),
    ],
)
def test_sign_in_page_has_one_heading_and_labelled_fields_in_each_language(
    client, language, heading
):
    response = client.get(url("sign_in", language))

    assert response.status_code == 200
    document = parse(response)
    assert document.get("lang") == language
    assert [text_of(h1) for h1 in document.iter("h1")] == [heading]
    for field, autocomplete in (("username", "username"), ("password", "current-password")):
        field_input = document.find(f".//input[@name='{field}']")
        assert field_input.get("autocomplete") == autocomplete
        assert document.find(f".//label[@for='{field_input.get('id')}']") is not None
    assert document.find(f".//a[@href='{url('password_reset', language)}']") is not None


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "L’adresse e-mail ou le mot de passe est incorrect."),
        ("en", "The email address or password is incorrect."),
    ],
)
def test_wrong_password_shows_the_error_in_a_summary_and_by_the_field_and_keeps_the_username(
    client, member, language, message
):
    response = sign_in(client, member.username, "not the password", language)

    assert response.status_code == 200
    document = parse(response)
    summary = document.find(".//div[@role='alert']")
    assert message in text_of(summary)
    assert summary.find(".//a[@href='#id_password']") is not None
    assert message in text_of(document.find(".//*[@id='id_password_error']"))
    password = document.find(".//input[@name='password']")
    assert "id_password_error" in password.get("aria-describedby").split()
    assert password.get("aria-invalid") == "true"
    assert password.get("value") in (None, "")
    assert document.find(".//input[@name='username']").get("value") == member.username
    assert SESSION_KEY not in client.session


def test_empty_form_names_each_missing_field(client):
    response = client.post(url("sign_in"), {"username": "", "password": ""})

    document = parse(response)
    summary_links = document.findall(".//div[@role='alert']//a")
    assert [link.get("href") for link in summary_links] == ["#id_username", "#id_password"]
    assert "Saisissez votre adresse e-mail." in text_of(
        document.find(".//*[@id='id_username_error']")
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_right_password_signs_in_and_goes_to_the_dashboard(client, member, language):
    response = sign_in(client, member.username, PASSWORD, language)

    assert response.status_code == 302
    assert response["Location"] == url("dashboard", language)
    assert client.session[SESSION_KEY] == str(member.pk)


def test_sign_in_changes_the_session_key(client, member):
    client.get(url("sign_in"))
    client.session.save()
    before = client.session.session_key

    sign_in(client, member.username, PASSWORD)

    assert client.session.session_key != before


def test_sign_out_is_a_post_that_ends_the_session(client, member):
    sign_in(client, member.username, PASSWORD)

    assert client.get(url("sign_out")).status_code == 405
    assert SESSION_KEY in client.session
    response = client.post(url("sign_out"))

    assert response.status_code == 302
    assert response["Location"] == url("sign_in")
    assert SESSION_KEY not in client.session
    assert client.get(url("dashboard")).status_code == 302


def test_dashboard_sends_an_anonymous_visitor_to_sign_in(client):
    response = client.get(url("dashboard", "en"))

    assert response.status_code == 302
    assert response["Location"].startswith(url("sign_in", "en") + "?next=")


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    client, member, mailoutbox
):
    known = client.post(url("password_reset"), {"email": member.email})
    unknown = client.post(url("password_reset"), {"email": "personne@inconnu.example"})

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == url("password_reset_done")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [member.email]
    assert SET_PASSWORD_LINK.search(mailoutbox[0].body)
    done = client.get(known["Location"])
    assert "Si cette adresse correspond à un compte" in done.content.decode()


def test_password_reset_email_is_in_the_language_of_the_request(client, member, mailoutbox):
    client.post(url("password_reset", "en"), {"email": member.email})

    (email,) = mailoutbox
    assert "password" in email.subject.lower()
    assert "/en/workspace/password/set/" in email.body
    assert PASSWORD not in email.body


def test_set_password_link_needs_a_long_password_then_lets_the_member_sign_in(
    client, member, mailoutbox
):
    client.post(url("password_reset"), {"email": member.email})
    link = SET_PASSWORD_LINK.search(mailoutbox[0].body).group()

    form_page = client.get(link, follow=True)
    form_url = form_page.redirect_chain[-1][0]
    document = parse(form_page)
    assert [text_of(h1) for h1 in document.iter("h1")] == ["Choisir votre mot de passe"]
    new_password = document.find(".//input[@name='new_password1']")
    assert new_password.get("autocomplete") == "new-password"
    assert document.find(".//label[@for='id_new_password1']") is not None

    too_short = client.post(
        form_url, {"new_password1": "court-1234", "new_password2": "court-1234"}
    )
    document = parse(too_short)
    error = text_of(document.find(".//*[@id='id_new_password1_error']"))
    assert "15 caractères" in error
    assert "id_new_password1_error" in document.find(".//input[@name='new_password1']").get(
        "aria-describedby"
    )
    assert document.find(".//div[@role='alert']//a[@href='#id_new_password1']") is not None

    new = "mon nouveau mot de passe du cabinet"
    done = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert done["Location"] == url("password_set_done")
    assert sign_in(client, member.username, new)["Location"] == url("dashboard")


def test_a_used_set_password_link_says_it_no_longer_works(client, member, mailoutbox):
    client.post(url("password_reset"), {"email": member.email})
    link = SET_PASSWORD_LINK.search(mailoutbox[0].body).group()
    form_url = client.get(link)["Location"]
    new = "mon nouveau mot de passe du cabinet"
    client.post(form_url, {"new_password1": new, "new_password2": new})

    response = client.get(link, follow=True)

    assert "Ce lien ne fonctionne plus" in response.content.decode()


def test_onboarding_creates_members_without_any_permission_and_invites_each_once(
    client, django_user_model, mailoutbox, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://portail.example.org"
    clinic = ClinicFactory()

    printed = onboard(
        "--clinic",
        clinic.slug,
        "--editor",
        "Redaction@Cabinet.example",
        "--editor",
        "secretariat@cabinet.example",
        "--reviewer",
        "medecin@cabinet.example",
    )

    assert "medecin@cabinet.example: added as reviewer" in printed
    roles = dict(clinic.memberships.values_list("user__username", "role"))
    assert roles == {
        "redaction@cabinet.example": MemberRole.EDITOR,
        "secretariat@cabinet.example": MemberRole.EDITOR,
        "medecin@cabinet.example": MemberRole.REVIEWER,
    }
    for user in django_user_model.objects.filter(username__in=roles):
        assert user.email == user.username
        assert not user.is_staff and not user.is_superuser
        assert not user.has_usable_password()
        assert not user.user_permissions.exists() and not user.groups.exists()
        assert not user.get_all_permissions()
        assert not user.has_perm("wagtailadmin.access_admin")
    assert sorted(email.to[0] for email in mailoutbox) == sorted(roles)
    invitation = next(e for e in mailoutbox if e.to == ["medecin@cabinet.example"])
    assert clinic.name in invitation.subject
    link = SET_PASSWORD_LINK.search(invitation.body).group()
    assert link.startswith("https://portail.example.org/fr/workspace/password/set/")

    form_url = client.get(link.removeprefix("https://portail.example.org"))["Location"]
    new = "le mot de passe du docteur"
    assert client.post(form_url, {"new_password1": new, "new_password2": new}).status_code == 302
    # A medical reviewer goes on to set up a second factor before any page of the clinic.
    assert sign_in(client, "medecin@cabinet.example", new)["Location"].startswith(
        url("two_factor_setup")
    )

    printed = onboard(
        "--clinic",
        clinic.slug,
        "--editor",
        "redaction@cabinet.example",
        "--reviewer",
        "secretariat@cabinet.example",
    )

    assert "secretariat@cabinet.example: already a member, role reviewer" in printed
    assert len(mailoutbox) == 3
    assert clinic.memberships.count() == 3
    assert clinic.memberships.get(user__username="secretariat@cabinet.example").role == "reviewer"


def test_onboarding_invites_in_the_language_asked(mailoutbox):
    clinic = ClinicFactory()

    onboard(
        "--clinic",
        clinic.slug,
        "--reviewer",
        "doctor@clinic.example",
        "--language",
        "en",
    )

    (invitation,) = mailoutbox
    assert "/en/workspace/password/set/" in invitation.body
    assert "choose your password" in invitation.body


def test_onboarding_a_clinic_that_does_not_exist_needs_its_identity():
    with pytest.raises(CommandError, match="Wagtail admin"):
        call_command("onboard_clinic", "--clinic", "no-such-clinic", "--editor", "a@b.example")


def test_onboarding_creates_a_new_clinic_as_an_unpublished_draft_with_its_members(mailoutbox):
    printed = onboard(
        "--clinic", "maison-de-sante-des-aulnes",
        "--name", "Maison de santé des Aulnes",
        "--kind", "health_centre",
        "--street", "3 allée des Aulnes",
        "--postcode", "35000",
        "--city", "Rennes",
        "--editor", "accueil@aulnes.example",
        "--reviewer", "dr.morel@aulnes.example",
    )  # fmt: skip

    clinic = Clinic.objects.get(slug="maison-de-sante-des-aulnes")
    assert "created as an unpublished draft" in printed
    assert clinic.live is False
    assert clinic.latest_revision is not None
    assert set(clinic.memberships.values_list("role", flat=True)) == {"editor", "reviewer"}
    assert len(mailoutbox) == 2


def test_onboarding_refuses_an_invalid_new_clinic_and_says_why():
    with pytest.raises(CommandError, match="postcode"):
        onboard(
            "--clinic", "cabinet-sans-code",
            "--name", "Cabinet", "--kind", "gp_practice",
            "--street", "1 rue", "--postcode", "3500", "--city", "Rennes",
            "--editor", "a@b.example",
        )  # fmt: skip
    assert not Clinic.objects.filter(slug="cabinet-sans-code").exists()


def test_invited_member_can_ask_for_a_new_link_before_choosing_a_password(client, mailoutbox):
    clinic = ClinicFactory()
    onboard(
        "--clinic",
        clinic.slug,
        "--editor",
        "nouvelle@cabinet.example",
    )

    client.post(url("password_reset"), {"email": "nouvelle@cabinet.example"})

    assert len(mailoutbox) == 2
    assert SET_PASSWORD_LINK.search(mailoutbox[1].body)


def test_clinic_member_cannot_enter_the_wagtail_admin(client, member):
    client.force_login(member)

    response = client.get("/admin/")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")
    assert not member.has_perm("wagtailadmin.access_admin")
    assert client.get("/admin/snippets/content/clinicmembership/").status_code in (302, 403)


def test_demo_members_are_created_once_and_can_sign_in(client):
    demo_members_load()

    assert demo_members_load() == {"members": 0, "memberships": 0}
    for demo_member in DEMO_MEMBERS:
        membership = ClinicMembership.objects.get(user__username=demo_member.username)
        assert (membership.clinic.slug, membership.role) == (
            demo_member.clinic_slug,
            demo_member.role,
        )
        assert len(demo_member.password) >= 15
    editor = DEMO_MEMBERS[0]
    assert sign_in(client, editor.username, editor.password)["Location"] == url("dashboard")


def test_portal_editors_list_and_filter_memberships_in_the_admin(client, member, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "editrice", "editrice@portail.example", PASSWORD
    )
    sign_in_verified(client, editor)
    listing = "/admin/snippets/content/clinicmembership/"

    response = client.get(listing, {"role": MemberRole.EDITOR})

    assert response.status_code == 200
    assert member.email in response.content.decode()
    assert member.email not in client.get(listing, {"role": MemberRole.REVIEWER}).content.decode()
    assert member.email in client.get(listing, {"q": "soignante"}).content.decode()
    membership = member.clinic_memberships.get()
    assert client.get(f"{listing}edit/{membership.pk}/").status_code == 200


def test_client_address_is_the_one_our_proxies_saw(rf, settings):
    from content.throttle import client_ip

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")

    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    # The client wrote 6.6.6.6 itself; our one proxy appended the address it saw.
    assert client_ip(request) == "203.0.113.9"


def test_a_first_password_from_an_invitation_signs_the_new_member_in(client, mailoutbox):
    clinic = ClinicFactory()
    onboard("--clinic", clinic.slug, "--editor", "nouvelle@cabinet.example.org")
    link = SET_PASSWORD_LINK.search(mailoutbox[-1].body).group()
    form_url = client.get(link)["Location"]
    chosen = "mon premier mot de passe du cabinet"

    done = client.post(form_url, {"new_password1": chosen, "new_password2": chosen}, follow=True)

    assert SESSION_KEY in client.session
    assert done.redirect_chain[0][0] == url("dashboard")
    assert "vous êtes connecté" in done.content.decode()
