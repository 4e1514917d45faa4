"""The second factor: portal editors and medical reviewers must pass it, clinic editors may turn it
on; recovery codes; a password reset never skips it. Every code is computed from the app's secret,
as an authenticator app does."""

import base64
import io
import re
import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.demo.members import DEMO_MEMBERS, demo_members_load
from content.vocabulary import MemberRole
from content.workspace.two_factor import RECOVERY_CODE_COUNT, recovery_codes_issue
from tests.factories import member
from tests.workspace.helpers import soup_of, text

pytestmark = pytest.mark.django_db

PASSWORD = "une phrase de passe assez longue"
SET_PASSWORD_LINK = re.compile(r"https?://\S+/workspace/password/set/[^/\s]+/[^/\s]+/")


def url(name: str, language: str = "fr", *args) -> str:
    with translation.override(language):
        return reverse(f"workspace:{name}", args=args)


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


def app_code(device: TOTPDevice) -> str:
    """The code the app shows now, or the next one when this one was already used."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time += device.step  # the next code, accepted one step early
    return f"{totp.token():0{device.digits}d}"


def code_from_secret(secret: str) -> str:
    """What an app computes from the key a person types from the setup page."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    return f"{TOTP(key).token():06d}"


def error_next_to(response, field_id: str) -> str:
    """The error shown with the field (components/form_field.html), which its input names."""
    page = soup_of(response)
    error = page.find(id=f"{field_id}_error")
    assert f"{field_id}_error" in page.find(id=field_id).get("aria-describedby", "")
    return text(error) if error is not None else ""


def admin_sign_in(client, user):
    return client.post("/admin/login/", {"username": user.username, "password": PASSWORD})


def workspace_sign_in(client, user, language: str = "fr"):
    return client.post(url("sign_in", language), {"username": user.username, "password": PASSWORD})


@pytest.fixture
def portal_editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editrice", "editrice@portail.example", PASSWORD
    )


@pytest.fixture
def clinic_editor(clinic):
    return with_password(member(clinic, MemberRole.EDITOR))


@pytest.fixture
def clinic_reviewer(clinic):
    return with_password(member(clinic, MemberRole.REVIEWER))


def enrol(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def test_portal_editor_with_the_password_alone_sees_no_admin_page_until_the_code(
    client, portal_editor
):
    device = enrol(portal_editor)

    signed_in = admin_sign_in(client, portal_editor)
    admin_home = client.get(signed_in["Location"])
    pages = client.get("/admin/pages/")
    snippets = client.get("/admin/snippets/content/clinic/")

    for response in (admin_home, pages, snippets):
        assert response.status_code == 302
        assert response["Location"].startswith(url("two_factor_verify") + "?next=%2Fadmin%2F")
    code_page = client.get(admin_home["Location"])
    assert [text(h1) for h1 in soup_of(code_page).find_all("h1")] == [
        "Saisir votre code de vérification"
    ]
    verified = client.post(
        url("two_factor_verify"), {"code": app_code(device), "next": "/admin/pages/"}
    )
    assert verified["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id


def test_portal_editor_without_an_app_sets_one_up_from_the_page_and_sees_ten_codes_once(
    client, portal_editor
):
    admin_sign_in(client, portal_editor)

    to_setup = client.get("/admin/")
    assert to_setup["Location"].startswith(url("two_factor_setup"))
    setup = client.get(to_setup["Location"])
    page = soup_of(setup)
    secret = text(page.find(id="totp-secret"))
    qr_code = page.select_one(".qr-code svg")
    assert qr_code is not None and qr_code.get("role") == "img" and qr_code.get("aria-label")
    assert "style=" not in setup.content.decode() and "<script" not in setup.content.decode()
    assert "script-src" not in setup["Content-Security-Policy"]

    confirmed = client.post(
        url("two_factor_setup"), {"code": code_from_secret(secret), "next": "/admin/"}
    )
    codes_page = client.get(confirmed["Location"])
    codes = [text(code) for code in soup_of(codes_page).select(".recovery-codes code")]

    assert len(codes) == RECOVERY_CODE_COUNT == len(set(codes))
    assert client.get(confirmed["Location"])["Location"] == url("two_factor")
    assert client.get("/admin/").status_code == 200


def test_a_secret_shown_to_someone_with_the_password_alone_is_never_handed_to_the_owner(
    client, portal_editor
):
    intruder = Client()
    admin_sign_in(intruder, portal_editor)
    seen = text(soup_of(intruder.get(url("two_factor_setup"))).find(id="totp-secret"))

    admin_sign_in(client, portal_editor)
    setup = soup_of(client.get(url("two_factor_setup")))
    secret = text(setup.find(id="totp-secret"))
    confirmed = client.post(
        url("two_factor_setup"), {"code": code_from_secret(secret), "next": "/admin/"}
    )

    assert secret != seen
    assert confirmed.status_code == 302
    assert client.get("/admin/").status_code == 200
    # The intruder's secret is gone: its codes open nothing.
    assert not TOTPDevice.objects.filter(user=portal_editor, confirmed=False).exists()
    assert TOTPDevice.objects.get(user=portal_editor).verify_token(code_from_secret(seen)) is False


def test_wrong_code_is_refused_with_a_message_next_to_the_field(client, portal_editor):
    enrol(portal_editor)
    admin_sign_in(client, portal_editor)

    response = client.post(url("two_factor_verify"), {"code": "000000", "next": "/admin/"})

    assert response.status_code == 400
    assert "Ce code ne fonctionne pas" in error_next_to(response, "id_code")
    assert soup_of(response).select_one(".error-summary a[href='#id_code']") is not None
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert client.get("/admin/").status_code == 302


def test_a_wrong_code_makes_the_next_one_wait_with_a_designed_429_then_the_right_one_works(
    client, portal_editor
):
    device = enrol(portal_editor)
    admin_sign_in(client, portal_editor)
    client.post(url("two_factor_verify"), {"code": "000000"})

    refused = client.post(url("two_factor_verify"), {"code": app_code(device)})

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    assert "Patientez" in error_next_to(refused, "id_code")
    assert DEVICE_ID_SESSION_KEY not in client.session
    time.sleep(int(refused["Retry-After"]))
    assert client.post(url("two_factor_verify"), {"code": app_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_opens_the_session_once_only(client, portal_editor):
    enrol(portal_editor)
    code = recovery_codes_issue(user=portal_editor)[0]
    admin_sign_in(client, portal_editor)

    typed_as_printed = f"{code[:4].upper()} {code[4:].upper()}"
    assert client.post(url("two_factor_verify"), {"code": typed_as_printed}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    admin_sign_in(client, portal_editor)
    again = client.post(url("two_factor_verify"), {"code": code})

    assert again.status_code == 400
    assert "Ce code ne fonctionne pas" in error_next_to(again, "id_code")
    assert client.get("/admin/").status_code == 302


def test_medical_reviewer_sets_up_a_second_factor_before_any_page_of_their_clinic(
    client, clinic, clinic_reviewer
):
    signed_in = workspace_sign_in(client, clinic_reviewer)

    assert signed_in["Location"].startswith(url("two_factor_setup"))
    for name in ("clinic", "inbox", "notice_review", "notice_history"):
        response = client.get(url(name, "fr", clinic.pk))
        assert response.status_code == 302
        assert response["Location"].startswith(url("two_factor_setup"))
    assert client.get(url("dashboard"))["Location"].startswith(url("two_factor_setup"))
    setup = client.get(signed_in["Location"])
    secret = text(soup_of(setup).find(id="totp-secret"))
    client.post(url("two_factor_setup"), {"code": code_from_secret(secret)})

    assert client.get(url("clinic", "fr", clinic.pk)).status_code == 200


def test_medical_reviewer_with_an_app_gives_its_code_after_the_password(
    client, clinic, clinic_reviewer
):
    device = enrol(clinic_reviewer)

    signed_in = workspace_sign_in(client, clinic_reviewer, "en")

    assert signed_in["Location"].startswith(url("two_factor_verify", "en"))
    assert client.get(url("inbox", "en", clinic.pk))["Location"].startswith(
        url("two_factor_verify", "en")
    )
    verified = client.post(signed_in["Location"], {"code": app_code(device)})
    assert verified["Location"] == url("dashboard", "en")
    assert client.get(url("inbox", "en", clinic.pk)).status_code == 200


def test_medical_reviewer_cannot_turn_the_second_factor_off(client, clinic_reviewer):
    device = enrol(clinic_reviewer)
    workspace_sign_in(client, clinic_reviewer)
    client.post(url("two_factor_verify"), {"code": app_code(device)})

    overview = client.get(url("two_factor"))
    response = client.post(url("two_factor_disable"), follow=True)

    assert "ne peut pas être désactivée" in text(soup_of(overview).main)
    assert soup_of(overview).select_one(f"form[action='{url('two_factor_disable')}']") is None
    assert "ne peut pas être désactivée" in response.content.decode()
    assert TOTPDevice.objects.filter(user=clinic_reviewer, confirmed=True).exists()


def test_clinic_editor_turns_the_second_factor_on_then_off(client, clinic_editor):
    assert workspace_sign_in(client, clinic_editor)["Location"] == url("dashboard")
    overview = client.get(url("two_factor"))
    assert "Désactivée" in text(soup_of(overview).main)

    setup = client.get(url("two_factor_setup"))
    secret = text(soup_of(setup).find(id="totp-secret"))
    codes_url = client.post(url("two_factor_setup"), {"code": code_from_secret(secret)})["Location"]
    assert len(soup_of(client.get(codes_url)).select(".recovery-codes code")) == 10
    overview = text(soup_of(client.get(url("two_factor"))).main)
    assert "Activée" in overview and "Il vous reste 10 codes de secours" in overview

    client.post(url("sign_out"))
    assert workspace_sign_in(client, clinic_editor)["Location"].startswith(url("two_factor_verify"))
    assert client.get(url("dashboard"))["Location"].startswith(url("two_factor_verify"))
    device = TOTPDevice.objects.get(user=clinic_editor)
    client.post(url("two_factor_verify"), {"code": app_code(device)})
    disabled = client.post(url("two_factor_disable"), follow=True)

    assert "Double vérification désactivée" in disabled.content.decode()
    client.post(url("sign_out"))
    assert workspace_sign_in(client, clinic_editor)["Location"] == url("dashboard")


def test_a_password_alone_cannot_add_an_app_to_an_account_that_has_one(client, clinic_editor):
    enrol(clinic_editor)
    workspace_sign_in(client, clinic_editor)

    response = client.get(url("two_factor_setup"))

    assert response["Location"].startswith(url("two_factor_verify"))
    assert TOTPDevice.objects.filter(user=clinic_editor).count() == 1


def test_a_password_reset_signs_nobody_in_and_the_code_is_still_asked(
    client, clinic_reviewer, mailoutbox
):
    device = enrol(clinic_reviewer)
    client.post(url("password_reset"), {"email": clinic_reviewer.email})
    link = SET_PASSWORD_LINK.search(mailoutbox[0].body).group()
    form_url = client.get(link)["Location"]
    new = "mon nouveau mot de passe de relecture"

    done = client.post(form_url, {"new_password1": new, "new_password2": new})

    assert done["Location"] == url("password_set_done")
    assert SESSION_KEY not in client.session
    assert client.get(url("dashboard"))["Location"].startswith(url("sign_in"))
    signed_in = client.post(url("sign_in"), {"username": clinic_reviewer.username, "password": new})
    assert signed_in["Location"].startswith(url("two_factor_verify"))
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert client.get(url("dashboard"))["Location"].startswith(url("two_factor_verify"))
    client.post(url("two_factor_verify"), {"code": app_code(device)})
    assert client.get(url("dashboard")).status_code == 200


def test_the_code_page_never_sends_anyone_to_another_site(client, clinic_editor):
    device = enrol(clinic_editor)
    workspace_sign_in(client, clinic_editor)

    response = client.post(
        url("two_factor_verify"),
        {"code": app_code(device), "next": "https://attaquant.example/admin/"},
    )

    assert response["Location"] == url("dashboard")


def test_the_demo_admin_signs_in_with_the_printed_password_and_the_code_demo_code_prints(client):
    printed = io.StringIO()
    call_command("ensure_admin", "--username", "admin-demo-test", stdout=printed)
    code = io.StringIO()
    call_command("demo_code", "admin-demo-test", stdout=code)

    assert "manage.py demo_code admin-demo-test" in printed.getvalue()
    assert "otpauth://totp/" in printed.getvalue()
    signed_in = client.post(
        "/admin/login/", {"username": "admin-demo-test", "password": "demo-portal-admin-2026"}
    )
    to_code = client.get(signed_in["Location"])
    assert to_code["Location"].startswith(url("two_factor_verify"))
    assert client.post(to_code["Location"], {"code": code.getvalue().strip()}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_reviewers_have_an_app_and_demo_code_prints_its_code(client):
    reviewer = next(m for m in DEMO_MEMBERS if m.role == MemberRole.REVIEWER)
    demo_members_load()
    code = io.StringIO()
    call_command("demo_code", reviewer.username, stdout=code)

    signed_in = client.post(
        url("sign_in"), {"username": reviewer.username, "password": reviewer.password}
    )

    assert signed_in["Location"].startswith(url("two_factor_verify"))
    verified = client.post(signed_in["Location"], {"code": code.getvalue().strip()})
    assert verified["Location"] == url("dashboard")
    assert client.get(url("dashboard")).status_code == 200


def test_demo_code_refuses_to_run_outside_the_local_demo(settings):
    settings.DEMO_MODE = False

    with pytest.raises(CommandError, match="local demo only"):
        call_command("demo_code", "admin")


def test_after_a_lost_phone_the_portal_team_removes_the_app_and_the_reviewer_sets_up_a_new_one(
    client, clinic_reviewer
):
    enrol(clinic_reviewer)
    recovery_codes_issue(user=clinic_reviewer)

    call_command("second_factor_reset", clinic_reviewer.username.upper(), stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=clinic_reviewer).exists()
    assert workspace_sign_in(client, clinic_reviewer)["Location"].startswith(
        url("two_factor_setup")
    )
