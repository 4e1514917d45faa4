"""The files asked for at fixed addresses: the favicon, security.txt (RFC 9116) and humans.txt."""

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from PIL import Image

from content.discovery.well_known import DEMO_SECURITY_CONTACT, security_txt_check
from portal import environment

pytestmark = pytest.mark.django_db

# The fields RFC 9116 defines (section 2.5), as its IANA registry lists them.
SECURITY_TXT_FIELDS = {
    "Acknowledgments",
    "Canonical",
    "Contact",
    "Encryption",
    "Expires",
    "Hiring",
    "Policy",
    "Preferred-Languages",
}


def security_txt_fields(text: str) -> list[tuple[str, str]]:
    """The (field, value) pairs of a security.txt, refusing any line RFC 9116 does not allow."""
    fields = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, separator, value = line.partition(": ")
        assert separator and name in SECURITY_TXT_FIELDS, f"not an RFC 9116 field: {line!r}"
        assert value.strip() == value and value, line
        fields.append((name, value))
    return fields


def values_of(fields: list[tuple[str, str]], name: str) -> list[str]:
    return [value for field, value in fields if field == name]


def published_expiry(fields) -> datetime:
    (expires,) = values_of(fields, "Expires")
    # RFC 3339 in UTC, to the second, as the RFC's own example writes it.
    assert expires.endswith("Z") and len(expires) == len("2026-12-31T23:59:59Z"), expires
    return datetime.fromisoformat(expires)


def test_the_favicon_is_an_icon_of_16_32_and_48_pixels_at_the_site_root(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert sorted(icon.info["sizes"]) == [(16, 16), (32, 32), (48, 48)]
    # Drawn from the site's blue square, transparent around its rounded corners.
    largest = icon.ico.getimage((48, 48)).convert("RGBA")
    assert largest.getpixel((0, 0))[3] == 0
    assert largest.getpixel((4, 24))[:3] == pytest.approx((11, 79, 108), abs=8)
    # Its address has no fingerprint: cached for a week, by anyone.
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=604800"}
    assert response.content == (settings.BASE_DIR / "static/images/favicon.ico").read_bytes()


def test_the_favicon_answers_a_repeated_request_with_not_modified(client):
    tag = client.get("/favicon.ico")["ETag"]

    assert client.get("/favicon.ico", headers={"If-None-Match": tag}).status_code == 304
    assert client.head("/favicon.ico").status_code == 200
    assert client.post("/favicon.ico").status_code == 405


def test_phones_get_an_opaque_touch_icon_of_180_pixels(client):
    response = client.get("/apple-touch-icon.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (180, 180)
    # iOS paints transparent corners black: the blue fills the square.
    assert image.mode == "RGB"
    assert image.getpixel((0, 0)) == pytest.approx((11, 79, 108), abs=8)


def test_security_txt_follows_rfc_9116(client):
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = security_txt_fields(response.content.decode("utf-8"))
    contacts = values_of(fields, "Contact")
    assert contacts and all(c.startswith(("mailto:", "https://", "tel:")) for c in contacts)
    expiry = published_expiry(fields)
    assert timezone.now() < expiry <= timezone.now() + timedelta(days=365)
    assert values_of(fields, "Preferred-Languages") == ["fr, en"]
    assert values_of(fields, "Canonical") == [
        f"{settings.PORTAL_PUBLIC_URL}/.well-known/security.txt"
    ]
    assert values_of(fields, "Policy") == []


def test_security_txt_names_what_the_deployment_sets(client, settings):
    settings.PORTAL_PUBLIC_URL = "https://portail.example.org"
    settings.SECURITY_TXT_CONTACTS = [
        "mailto:securite@clinique.example",
        "https://x.example/faille",
    ]
    settings.SECURITY_TXT_EXPIRES = datetime(2031, 3, 31, 21, 59, 59, tzinfo=UTC)
    settings.SECURITY_TXT_POLICY = "https://x.example/divulgation"

    fields = security_txt_fields(client.get("/.well-known/security.txt").content.decode())

    assert values_of(fields, "Contact") == settings.SECURITY_TXT_CONTACTS
    assert values_of(fields, "Expires") == ["2031-03-31T21:59:59Z"]
    assert values_of(fields, "Canonical") == [
        "https://portail.example.org/.well-known/security.txt"
    ]
    assert values_of(fields, "Policy") == ["https://x.example/divulgation"]


def test_the_old_security_txt_address_leads_to_the_well_known_one(client):
    response = client.get("/security.txt")

    assert response.status_code == 301
    assert response["Location"] == "/.well-known/security.txt"


def test_humans_txt_names_the_project_its_makers_and_its_standards(client):
    response = client.get("/humans.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("/* IA & soins */")
    for words in (
        "Les ingénieurs fondateurs du portail",
        "The portal’s founding engineers",
        "RGAA 4.1, WCAG 2.2 AA",
        "RFC 9116",
        "Django, Wagtail, PostgreSQL",
        f"{settings.PORTAL_PUBLIC_URL}/.well-known/security.txt",
    ):
        assert words in text
    # No version numbers: they would tell an attacker which flaws to try.
    components = text.split("/* COMPOSANTS")[1].split("/* SÉCURITÉ")[0]
    assert "Django" in components
    assert not any(character.isdigit() for character in components)


@pytest.mark.parametrize(
    "path", ["/favicon.ico", "/.well-known/security.txt", "/humans.txt", "/apple-touch-icon.png"]
)
def test_the_fixed_addresses_ask_nothing_of_the_database(client, path, django_assert_num_queries):
    client.get(path)
    with django_assert_num_queries(0):
        assert client.get(path).status_code == 200


def warning_ids(settings_changes: dict, settings) -> set[str]:
    for name, value in settings_changes.items():
        setattr(settings, name, value)
    return {warning.id for warning in security_txt_check()}


def in_days(days: int) -> datetime:
    return timezone.now() + timedelta(days=days)


def test_the_deployment_checklist_accepts_a_real_contact_and_an_expiry_within_the_year(settings):
    changes = {"SECURITY_TXT_CONTACTS": ["mailto:securite@clinique.fr"]}

    assert warning_ids({**changes, "SECURITY_TXT_EXPIRES": in_days(300)}, settings) == set()


def test_the_deployment_checklist_warns_of_the_demo_contact(settings):
    expiry = {"SECURITY_TXT_EXPIRES": in_days(90)}

    assert warning_ids({**expiry, "SECURITY_TXT_CONTACTS": []}, settings) == {"content.W010"}
    also_demo = ["mailto:securite@clinique.fr", DEMO_SECURITY_CONTACT]
    assert warning_ids({**expiry, "SECURITY_TXT_CONTACTS": also_demo}, settings) == {"content.W010"}


@pytest.mark.parametrize("expiry", [None, "expired", "beyond a year"])
def test_the_deployment_checklist_warns_of_an_expiry_unset_past_or_too_far(settings, expiry):
    moment = {None: None, "expired": in_days(-1), "beyond a year": in_days(400)}[expiry]
    changes = {"SECURITY_TXT_CONTACTS": ["mailto:securite@clinique.fr"]}

    assert warning_ids({**changes, "SECURITY_TXT_EXPIRES": moment}, settings) == {"content.W011"}


def test_the_security_txt_warnings_are_part_of_check_deploy(settings):
    settings.SECURITY_TXT_CONTACTS = []
    settings.SECURITY_TXT_EXPIRES = in_days(-30)

    deploy = {message.id for message in run_checks(include_deployment_checks=True)}
    plain = {message.id for message in run_checks(include_deployment_checks=False)}

    assert {"content.W010", "content.W011"} <= deploy
    assert not {"content.W010", "content.W011"} & plain


def test_contacts_are_read_from_a_comma_separated_list():
    assert environment.security_contacts("") == []
    assert environment.security_contacts(" securite@clinique.fr , https://x.fr/faille ") == [
        "mailto:securite@clinique.fr",
        "https://x.fr/faille",
    ]
    for wrong in ("http://x.fr/faille", "securite", "mailto:"):
        with pytest.raises(ImproperlyConfigured):
            environment.security_contacts(wrong)


def test_an_expiry_is_a_date_or_an_instant_with_its_offset():
    assert environment.security_expiry("") is None
    assert environment.security_expiry("2031-12-31") == datetime(
        2031, 12, 31, 23, 59, 59, tzinfo=UTC
    )
    assert environment.security_expiry("2031-06-30T18:00:00+02:00") == datetime(
        2031, 6, 30, 16, tzinfo=UTC
    )
    assert environment.security_expiry("2031-06-30T16:00:00Z").date() == date(2031, 6, 30)
    for wrong in ("2031-06-30T18:00:00", "31/12/2031", "soon"):
        with pytest.raises(ImproperlyConfigured):
            environment.security_expiry(wrong)


def test_the_policy_is_an_https_address():
    assert environment.https_address("", name="SECURITY_TXT_POLICY") == ""
    assert (
        environment.https_address("https://x.fr/p", name="SECURITY_TXT_POLICY") == "https://x.fr/p"
    )
    with pytest.raises(ImproperlyConfigured, match="SECURITY_TXT_POLICY"):
        environment.https_address("http://x.fr/p", name="SECURITY_TXT_POLICY")
