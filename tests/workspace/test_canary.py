"""SEC-12, SEC-13, SEC-14: members of one clinic reach nothing of another, through any URL.

Clinic B's objects carry canary strings, its patients' messages and its answers to them included.
Members of clinic A request every URL pattern of the project filled with B's ids (and with A's and
B's mixed where a pattern takes several), by GET and by POST with a valid CSRF token. No response
may show B's draft, B's reviews or B's members, no workspace or admin response may show anything of
B, and the database must not change.
"""

import re
import time
from dataclasses import dataclass, field

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern, _route_to_regex
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.regex_helper import normalize
from django.utils.translation import override
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.notices.models import AIUse, Clinic
from content.notices.pages import ClinicDirectoryPage
from content.patient_messages.exchange import message_answer, message_receive
from content.patient_messages.models import MessageAnswer, PatientMessage
from content.visits.cards import VisitInput, visit_card_issue
from content.visits.models import ApiToken, VisitCard, VisitSet
from content.visits.tokens import api_token_create
from content.vocabulary import MemberRole, MessageKind
from content.workspace.models import ClinicMembership, NoticeReview
from tests.factories import AIUseFactory, ClinicFactory, ClinicUserFactory, member
from tests.workspace.helpers import error_summary, rendered_form_data, sign_in_verified

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en")
# Never requested: file serving, and Wagtail's page-serving catch-all (B's public notice routes,
# which it serves, are requested explicitly below).
SKIPPED_URL_NAMES = {"wagtail_serve"}
SKIPPED_ROUTE_PREFIXES = ("media/", "static/")
# Public by design: these show B's published notice (its name, its live texts) to anyone. Only the
# live canaries may appear there; B's draft, reviews and members never.
PUBLIC_NOTICE_URL_NAMES = {
    "notice_json",
    # Open data: every published notice, as a list, two downloads and a feed.
    "notice_list",
    "notices_jsonl",
    "notices_csv",
    "notices_feed",
    "notice_schema",
    "visit",
    "visit_card_pdf",
    "visit_qr",
    "visit_schema",
}
POST_DATA = {
    "approve": "1",
    "request_changes": "1",
    "comment": "x",
    "note": "x",
    "name": "X",
    "uses-TOTAL_FORMS": "1",
    "uses-INITIAL_FORMS": "1",
    "uses-MIN_NUM_FORMS": "0",
    "uses-MAX_NUM_FORMS": "1000",
    "uses-0-summary_fr": "x",
    "body": "x",
}
# What GET and POST may legitimately change: the crawl signs out (sign-out and admin logout are
# URLs too) and signs in again, which deletes and creates session rows. Nothing else may change.
# Sessions; the sign-in audit; the member's own second factor (the crawl posts to its pages).
ROWS_ALLOWED_TO_CHANGE = {
    Session,
    AccessAttempt,
    AccessFailureLog,
    AccessLog,
    TOTPDevice,
    StaticDevice,
    StaticToken,
}


def canary(number: int) -> str:
    return f"CANARY-B-{number:02d}"


@dataclass
class Clinics:
    a: Clinic
    b: Clinic
    a_editor: object
    a_reviewer: object
    a_clinician: object
    b_users: list
    live_canaries: list[str]
    private_canaries: list[str]
    b_ids: dict[str, list[int]] = field(default_factory=dict)
    a_ids: dict[str, list[int]] = field(default_factory=dict)


def _published_with_draft(*, name: str, live_text: str, draft_text: str, editor=None) -> Clinic:
    clinic = ClinicFactory(name=name)
    # Plain short sentences after the canary: a summary must be easy to read to be published.
    AIUseFactory(
        clinic=clinic, summary_fr=f"{live_text.rstrip('.')}. Le médecin lit ce que fait l’outil."
    )
    AIUseFactory(clinic=clinic, human_oversight_fr=f"{live_text} (contrôle)")
    clinic = Clinic.objects.get(pk=clinic.pk)
    clinic.save_revision(user=editor).publish()
    clinic.refresh_from_db()
    draft = clinic.latest_revision.as_object()
    first_use = draft.uses.all()[0]
    first_use.summary_fr = draft_text
    draft.introduction_fr = f"{draft_text} (mot d'accueil)"
    draft.save_revision(user=editor)
    clinic.refresh_from_db()
    return clinic


@pytest.fixture
def clinics() -> Clinics:
    """Clinic A with an editor and a reviewer; clinic B, whose every object holds a canary.

    Both are published once, then hold a newer draft. B's draft waits for review, and an earlier
    review of B was sent back with a comment.
    """
    a = _published_with_draft(
        name="Cabinet A", live_text="Texte publié de A.", draft_text="Brouillon de A."
    )
    a_editor = member(a, MemberRole.EDITOR)
    a_reviewer = member(a, MemberRole.REVIEWER)
    a_clinician = member(a, MemberRole.CLINICIAN)

    b_editor = ClinicUserFactory(username=f"{canary(6)}@b.example", first_name=canary(7))
    b = _published_with_draft(
        name=f"Clinique {canary(1)}",
        live_text=f"Texte publié {canary(2)}",
        draft_text=f"Texte du brouillon {canary(3)}",
        editor=b_editor,
    )
    ClinicMembership.objects.create(user=b_editor, clinic=b, role=MemberRole.EDITOR)
    b_reviewer = member(
        b, MemberRole.REVIEWER, username=f"{canary(8)}@b.example", last_name=canary(9)
    )
    sent_back = NoticeReview.objects.create(
        clinic=b,
        revision=b.live_revision,
        status=NoticeReview.Status.CHANGES_REQUESTED,
        submitted_by=b_editor,
        submitted_at=b.live_revision.created_at,
        submit_note=f"Première note {canary(10)}",
        decided_by=b_reviewer,
        decided_at=b.live_revision.created_at,
        comment=f"Commentaire du relecteur {canary(4)}",
    )
    pending = NoticeReview.objects.create(
        clinic=b,
        revision=b.latest_revision,
        submitted_by=b_editor,
        submitted_at=b.latest_revision.created_at,
        submit_note=f"Note de soumission {canary(5)}",
    )
    world = Clinics(
        a=a,
        b=b,
        a_editor=a_editor,
        a_reviewer=a_reviewer,
        a_clinician=a_clinician,
        b_users=[b_editor, b_reviewer],
        live_canaries=[canary(1), canary(2)],
        private_canaries=[canary(n) for n in range(3, 11)],
    )
    message_canaries, b_messages = _patient_messages(a, b)
    world.private_canaries += message_canaries
    world.private_canaries += _visit_layer(a, b, b_editor)
    for clinic, ids in ((a, world.a_ids), (b, world.b_ids)):
        ids["clinic"] = [clinic.pk]
        ids["use"] = list(clinic.uses.values_list("pk", flat=True))
        ids["revision"] = list(clinic.revisions.values_list("pk", flat=True))
        ids["review"] = list(clinic.reviews.values_list("pk", flat=True))
        ids["membership"] = list(clinic.memberships.values_list("pk", flat=True))
        ids["user"] = list(clinic.memberships.values_list("user_id", flat=True))
        ids["version"] = list(clinic.versions.values_list("pk", flat=True))
        ids["message"] = list(clinic.messages.values_list("pk", flat=True))
        ids["set"] = list(clinic.visit_sets.values_list("pk", flat=True))
        ids["token"] = list(clinic.api_tokens.values_list("pk", flat=True))
        ids["code"] = list(clinic.visit_cards.values_list("code", flat=True))
    assert {sent_back.pk, pending.pk} == set(world.b_ids["review"])
    assert set(b_messages) == set(world.b_ids["message"])
    return world


def _patient_messages(a: Clinic, b: Clinic) -> tuple[list[str], list[int]]:
    """B's patients wrote twice and B answered once, canaries everywhere; A received one message.

    Returns B's private canaries in them and B's message pks.
    """
    b_membership = b.memberships.get(role=MemberRole.EDITOR)
    asked = message_receive(
        clinic=b,
        kind=MessageKind.QUESTION,
        body=f"Question d'un patient {canary(11)}",
        name=f"Patient {canary(12)}",
        email=f"{canary(13)}@patient.example",
        use=b.uses.all()[0],
    )
    message_answer(
        clinic=b,
        message=asked,
        user=b_membership.user,
        body=f"Réponse de la clinique {canary(14)}",
    )
    concern = message_receive(
        clinic=b, kind=MessageKind.CONCERN, body=f"Signalement d'un patient {canary(15)}"
    )
    message_receive(clinic=a, kind=MessageKind.QUESTION, body="Question d’un patient de A.")
    return [canary(n) for n in range(11, 16)], [asked.pk, concern.pk]


def _visit_layer(a: Clinic, b: Clinic, b_editor) -> list[str]:
    """B's usual set, API token and visit card, and A's own; returns B's private canaries.

    The card's page is public by design: it shows B's live name. The set's name and the token's
    name are B's own and never public.
    """
    for clinic, prefix in ((a, "Ensemble de A"), (b, f"Ensemble {canary(16)}")):
        use_ids = [use["id"] for use in clinic.versions.order_by("-number")[0].document["uses"]]
        VisitSet.objects.create(clinic=clinic, name=prefix, use_keys=use_ids[:1])
        visit_card_issue(
            clinic=clinic,
            asked=VisitInput(use_keys=use_ids, visit_date=timezone.localdate(), language="fr"),
            channel=VisitCard.Channel.WORKSPACE,
        )
    api_token_create(clinic=a, name="Logiciel de A", user=None)
    api_token_create(clinic=b, name=f"Logiciel {canary(17)}", user=b_editor)
    return [canary(16), canary(17)]


# --- what the database holds --------------------------------------------------------------------


def database_state() -> dict:
    """Row counts of every model, each clinic's publication state, and B's content fingerprints."""
    state = {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model not in ROWS_ALLOWED_TO_CHANGE
    }
    state["clinics"] = sorted(
        Clinic.objects.values_list(
            "pk",
            "latest_revision_id",
            "live_revision_id",
            "live",
            "has_unpublished_changes",
            "slug",
            "name",
        )
    )
    state["uses"] = sorted(AIUse.objects.values_list("pk", "clinic_id", "summary_fr"))
    state["reviews"] = sorted(
        NoticeReview.objects.values_list("pk", "clinic_id", "status", "comment", "revision_id")
    )
    state["memberships"] = sorted(
        ClinicMembership.objects.values_list("pk", "user_id", "clinic_id", "role")
    )
    state["messages"] = sorted(
        PatientMessage.objects.values_list(
            "pk", "clinic_id", "status", "closed_at", "last_activity_at", "body"
        )
    )
    state["answers"] = sorted(MessageAnswer.objects.values_list("pk", "message_id", "body"))
    state["visit_sets"] = sorted(
        VisitSet.objects.values_list("pk", "clinic_id", "name", "use_keys")
    )
    state["visit_cards"] = sorted(VisitCard.objects.values_list("pk", "clinic_id", "code"))
    state["api_tokens"] = sorted(ApiToken.objects.values_list("pk", "clinic_id", "revoked_at"))
    return state


# --- building every URL ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    """One URL pattern of the project: its chain of patterns from the root, and its callback."""

    chain: tuple
    callback: object
    name: str
    namespaces: tuple[str, ...]

    @property
    def route(self) -> str:
        return "".join(str(part) for part in self.chain)

    @property
    def is_workspace(self) -> bool:
        return "workspace" in self.namespaces


def every_pattern() -> list[Pattern]:
    found = []

    def walk(resolver, chain, namespaces):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(
                    entry,
                    (*chain, entry.pattern),
                    (*namespaces, entry.namespace) if entry.namespace else namespaces,
                )
            elif isinstance(entry, URLPattern):
                found.append(
                    Pattern((*chain, entry.pattern), entry.callback, entry.name or "", namespaces)
                )

    walk(get_resolver(), (), ())
    return found


def _regex_of(part, language: str) -> str:
    """The regex one part of a chain matches, unanchored; the language prefix as asked."""
    if isinstance(part, LocalePrefixPattern):
        return f"{language}/"
    if isinstance(part, RoutePattern):
        return _route_to_regex(str(part._route), part._is_endpoint)[0].lstrip("^").rstrip("$")
    if isinstance(part, RegexPattern):
        return part._regex.lstrip("^").rstrip("$").replace("\\Z", "")
    raise AssertionError(f"unknown pattern type {type(part)}")


def _int_like(group_regex_hint: str, name: str) -> bool:
    return "[0-9]" in group_regex_hint or "\\d" in group_regex_hint or name.endswith(("id", "pk"))


def _kind(name: str) -> str:
    """The kind of object a parameter names by the workspace's convention ("message_pk"), or ""."""
    return name.removesuffix("_pk") if name.endswith("_pk") else ""


def _candidates(name: str, hint: str, clinics: Clinics, ids: dict[str, list[int]]) -> list[str]:
    """Values to try for one URL parameter, taken from `ids` (B's, or A's for the mixed fills)."""
    b = clinics.b
    if name in {"app_label", "app_name", "content_type_app_name"}:
        return ["content"]
    if name in {"model_name", "content_type_model_name"}:
        return [
            "clinic",
            "aiuse",
            "noticereview",
            "clinicmembership",
            "patientmessage",
            "messageanswer",
        ]
    if name in {"action", "action_name"}:
        return ["publish", "approve", "delete", "unpublish", "lock", "revert"]
    if name == "mode":
        return ["fr"]
    if name == "filter_spec":
        return ["original"]
    if name == "uidb64":
        return [urlsafe_base64_encode(force_bytes(pk)) for pk in ids["user"]]
    if name == "token":
        return ["set-password", "invalid-token"]
    if name == "code":
        # B's visit codes, as printed and as typed in lower case.
        return [*ids["code"], *(code.lower() for code in ids["code"])]
    numbers = [str(pk) for values in ids.values() for pk in values]
    # A parameter named after a kind of object tries that kind first: the fills that mix A's ids
    # with B's then pair A's clinic with B's message (clinics/<A>/messages/<B's message>/).
    numbers = [str(pk) for pk in ids.get(_kind(name), [])] + numbers
    if _int_like(hint, name):
        return list(dict.fromkeys(numbers))
    return list(dict.fromkeys([b.slug, *numbers]))


def concrete_paths(pattern: Pattern, clinics: Clinics) -> list[str]:
    """The paths to request for a pattern: filled with B's ids, and with A's and B's mixed.

    A value of B that equals A's clinic pk or encodes one of A's users is left out of the B fills:
    that path would be a legitimate request about A's own clinic or its members' accounts. B's own
    objects of the kind a parameter names stay in (a message of B whose pk equals A's clinic pk).
    """
    localized = any(isinstance(part, LocalePrefixPattern) for part in pattern.chain)
    languages = LANGUAGES if localized else ("fr",)
    a_values = {str(pk) for pk in clinics.a_ids["clinic"]}
    a_values |= {urlsafe_base64_encode(force_bytes(pk)) for pk in clinics.a_ids["user"]}
    targets = []
    for language in languages:
        regex = "".join(_regex_of(part, language) for part in pattern.chain)
        for format_string, params in normalize(regex):
            hints = dict(re.findall(r"\(\?P<(\w+)>([^)]*)\)", regex))
            if not params:
                fills = [{}]
            else:
                b_values = {
                    name: [
                        value
                        for value in _candidates(name, hints.get(name, ""), clinics, clinics.b_ids)
                        if value not in a_values
                        or value in {str(pk) for pk in clinics.b_ids.get(_kind(name), [])}
                    ]
                    or ["0"]
                    for name in params
                }
                longest = max(len(values) for values in b_values.values())
                fills = [
                    {name: values[i % len(values)] for name, values in b_values.items()}
                    for i in range(longest)
                ]
                if len(params) > 1:
                    # The first fills pair B's objects of the kinds the parameters name (B's
                    # clinic with each of B's messages); each of them is mixed with A's ids.
                    mixed = max(len(clinics.b_ids.get(_kind(name), [])) for name in params) or 1
                    for name in params:
                        a_choices = _candidates(name, hints.get(name, ""), clinics, clinics.a_ids)
                        for value in a_choices[:2]:
                            for base in fills[:mixed]:
                                fills.append({**base, name: value})
            for fill in fills:
                path = "/" + format_string % fill
                try:
                    with override(language):
                        match = resolve(path)
                except Resolver404:
                    continue
                if match.func is pattern.callback:
                    targets.append(path)
    return list(dict.fromkeys(targets))


def public_notice_targets(clinics: Clinics) -> list[str]:
    """B's public notice routes, served by the directory page through Wagtail's catch-all."""
    paths = []
    for language in LANGUAGES:
        directory = ClinicDirectoryPage.objects.live().get(locale__language_code=language)
        base = directory.url
        paths.append(base)
        paths.append(base + "?q=" + clinics.b.name[:8])
        for route in ("", "print/", "poster/", "qr/", "versions/", "versions/1/", "versions/2/"):
            paths.append(directory.notice_url(clinics.b.slug, route))
    return paths


# --- the crawl ----------------------------------------------------------------------------------


def _body(response) -> str:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content or b""
    )
    headers = "\n".join(f"{key}: {value}" for key, value in response.headers.items())
    return (headers + "\n" + content.decode("utf-8", "replace")).casefold()


@dataclass
class Crawl:
    requests: int = 0
    patterns: int = 0
    # Controls that the crawl saw what it checks: B's live notice where it is public, the member's
    # own dashboard, and B's workspace pages refused.
    public_live_shown: int = 0
    own_dashboard_shown: int = 0
    b_workspace_statuses: dict[int, int] = field(default_factory=dict)
    b_workspace_requests: list[tuple[str, str, int]] = field(default_factory=list)
    # And B's objects (messages, usual sets, tokens, cards) asked for under A's own clinic, which
    # A's members may open.
    b_objects_under_a: list[tuple[str, str, int]] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    server_errors: list[str] = field(default_factory=list)


# Where each kind of B's objects sits in a workspace path, after the clinic.
B_OBJECT_SEGMENTS = {
    "message": "messages/",
    "set": "visits/sets/",
    "token": "api-tokens/",
    "code": "visits/",
}


# The kinds of objects each role reaches in its own clinic.
ROLE_REACHES = {
    "a_editor": {"message", "set", "token", "code"},
    "a_reviewer": {"message", "code"},
    "a_clinician": {"code"},
}


def _signed_in_client(user) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    sign_in_verified(client, user)
    with override("fr"):
        client.get("/fr/workspace/sign-in/")
    return client, client.cookies["csrftoken"].value


def crawl_as(user, clinics: Clinics) -> Crawl:
    cache.clear()  # failed sign-ins are counted in the cache
    result = Crawl()
    client, token = _signed_in_client(user)
    use_pk = str(clinics.b_ids["use"][0])
    use_key = str(AIUse.objects.get(pk=use_pk).key)

    def check(method: str, path: str, response, *, public: bool):
        result.requests += 1
        result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500:
            result.server_errors.append(f"{method} {path} -> {response.status_code}")
        body = _body(response)
        if public and clinics.live_canaries[1].casefold() in body:
            result.public_live_shown += 1
        if path.endswith("/workspace/") and clinics.a.name.casefold() in body:
            result.own_dashboard_shown += 1
        if f"/workspace/clinics/{clinics.b.pk}/" in path:
            result.b_workspace_requests.append((method, path, response.status_code))
        a_clinic = f"/workspace/clinics/{clinics.a.pk}/"
        for kind, segment in B_OBJECT_SEGMENTS.items():
            for value in clinics.b_ids[kind]:
                if path.startswith(f"/{path.split('/')[1]}{a_clinic}{segment}{value}/"):
                    result.b_objects_under_a.append((method, path, response.status_code))
        forbidden = clinics.private_canaries + ([] if public else clinics.live_canaries)
        for value in forbidden:
            if value.casefold() in body:
                result.leaks.append(f"{method} {path} -> {response.status_code} shows {value}")

    def request(method: str, path: str, *, public: bool):
        nonlocal client, token
        if method == "GET":
            response = client.get(path)
        else:
            current = client.cookies["csrftoken"].value if "csrftoken" in client.cookies else token
            data = {
                **POST_DATA,
                "uses-0-id": use_pk,
                "use_key": use_key,
                "csrfmiddlewaretoken": current,
            }
            response = client.post(path, data, HTTP_X_CSRFTOKEN=current)
            assert response.status_code != 403 or b"CSRF" not in response.content, (
                f"CSRF refused POST {path}: the crawl would test nothing"
            )
        check(method, path, response, public=public)
        # Redirects are not followed, so the admin's "no access" messages would pile up in the
        # messages cookie, each request decoding them all again.
        client.cookies.pop("messages", None)
        if SESSION_KEY not in client.session:
            # A sign-out URL was crawled: sign in again, as the same member.
            client, token = _signed_in_client(user)

    for pattern in every_pattern():
        route = pattern.route.lstrip("^")
        if pattern.name in SKIPPED_URL_NAMES or route.startswith(SKIPPED_ROUTE_PREFIXES):
            continue
        result.patterns += 1
        paths = concrete_paths(pattern, clinics)
        if not paths:
            result.unreached.append(pattern.route)
            continue
        public = pattern.name in PUBLIC_NOTICE_URL_NAMES
        for path in paths:
            for method in ("GET", "POST"):
                request(method, path, public=public)
    for path in public_notice_targets(clinics):
        for method in ("GET", "POST"):
            request(method, path, public=True)
    return result


def test_an_editor_reaches_nothing_of_another_clinic_through_any_url(clinics):
    crawl_checked(clinics, "a_editor")


def crawl_checked(clinics: Clinics, role: str) -> None:
    """Crawl every URL as A's member in this role; nothing of B shows, nothing changes.

    The reviewer's and the clinician's crawls are in files of their own
    (`test_canary_reviewer.py`, `test_canary_clinician.py`), so that the suite's workers,
    which take whole files, run the three at once.
    """
    user = getattr(clinics, role)
    before = database_state()
    started = time.monotonic()

    result = crawl_as(user, clinics)

    elapsed = time.monotonic() - started
    summary = (
        f"{result.patterns} URL patterns, {result.requests} requests in {elapsed:.0f} s, "
        f"statuses {sorted(result.statuses.items())}"
    )
    print(summary)
    assert not result.leaks, f"{summary}\n" + "\n".join(result.leaks)
    assert database_state() == before, summary
    assert not result.server_errors, f"{summary}\n" + "\n".join(result.server_errors)
    # Every workspace URL of B, in two languages, by GET and POST: a 404 (whether B exists stays
    # unknown), but a GET of a URL that takes POST only, refused (405) before any lookup.
    refused = [
        (method, path, status)
        for method, path, status in result.b_workspace_requests
        if not (status == 404 or (status == 405 and method == "GET"))
    ]
    assert not refused, refused
    b_routes = {path.split("/", 2)[2] for _method, path, _status in result.b_workspace_requests}
    assert len(b_routes) >= 16, sorted(b_routes)
    # B's messages, usual sets, tokens and cards under A's own clinic, where the clinic's gate lets
    # A's members through: still unknown (404), or a 405 for a GET of a POST-only URL. A role that
    # does not reach that kind of object even in its own clinic is refused first (403), whatever
    # the id: a reviewer keeps no set or token, a clinician reads no message either.
    for method, path, status in result.b_objects_under_a:
        kind = next(k for k, segment in B_OBJECT_SEGMENTS.items() if segment in path)
        allowed = {404, 405} | ({403} if kind not in ROLE_REACHES[role] else set())
        assert status in allowed, (method, path, status)
    kinds_tried = {
        kind
        for kind, segment in B_OBJECT_SEGMENTS.items()
        for _method, path, _status in result.b_objects_under_a
        if segment in path
    }
    assert kinds_tried == set(B_OBJECT_SEGMENTS), kinds_tried
    # The crawl saw what it checks: every workspace pattern, B's public notice, A's dashboard.
    workspace_routes = {p.route for p in every_pattern() if p.is_workspace}
    assert len(workspace_routes) >= 19, summary
    assert not workspace_routes & set(result.unreached), summary
    assert result.requests > 1000, summary
    assert result.public_live_shown > 0, summary
    if role != "a_clinician":
        assert result.own_dashboard_shown > 0, summary


# --- crafted posts on the member's own notice -----------------------------------------------------


def _own_notice(client, clinics: Clinics, *args, name="notice_use") -> tuple[str, dict[str, str]]:
    """A's editor signed in; a page of A's notice form (the first use's by default) and its data."""
    sign_in_verified(client, clinics.a_editor)
    url = reverse(
        f"workspace:{name}", args=[clinics.a.pk, *(args or ((1,) if name == "notice_use" else ()))]
    )
    return url, rendered_form_data(client.get(url))


def test_a_use_id_of_another_clinic_in_the_form_neither_changes_nor_moves_that_use(client, clinics):
    b_use = AIUse.objects.get(pk=clinics.b_ids["use"][0])
    url, data = _own_notice(client, clinics)
    latest = Clinic.objects.get(pk=clinics.a.pk).latest_revision_id
    data["use_key"] = str(b_use.key)
    data["id"] = data["uses-0-id"] = str(b_use.pk)
    data["summary_fr"] = "Réécrit par A"

    response = client.post(url, data)

    # Refused with a clear error, what was typed kept; nothing added to A's draft.
    assert response.status_code == 400
    assert "n’est pas un usage de la notice de votre structure" in error_summary(response)
    assert "Réécrit par A" in response.content.decode()
    clinics.a.refresh_from_db()
    assert clinics.a.latest_revision_id == latest
    # What a reviewer of A would approve: publishing it must not touch B's use either.
    draft_uses = clinics.a.latest_revision.content["uses"]
    assert b_use.pk not in [use.get("pk") for use in draft_uses]
    after = AIUse.objects.get(pk=b_use.pk)
    assert (after.clinic_id, after.summary_fr) == (clinics.b.pk, b_use.summary_fr)
    assert not AIUse.objects.filter(clinic=clinics.a, summary_fr=b_use.summary_fr).exists()


def test_fields_a_clinic_may_not_edit_are_ignored_in_a_crafted_post(client, clinics):
    clinic = clinics.a
    before = Clinic.objects.values("slug", "live", "live_revision_id").get(pk=clinic.pk)
    url, data = _own_notice(client, clinics, name="notice_structure")
    data.update(
        {
            "slug": "adresse-detournee",
            "live": "",
            "latest_revision": str(clinics.b_ids["revision"][0]),
            "live_revision": str(clinics.b_ids["revision"][0]),
            "locked": "on",
            "has_unpublished_changes": "",
            "uses-0-clinic": str(clinics.b.pk),
            "uses-0-key": "00000000-0000-0000-0000-000000000000",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302
    url, data = _own_notice(client, clinics)
    data.update(
        {
            "clinic": str(clinics.b.pk),
            "key": "00000000-0000-0000-0000-000000000000",
            "sort_order": "99",
            "template": "1",
        }
    )
    assert client.post(url, data).status_code == 302
    clinic.refresh_from_db()
    assert Clinic.objects.values("slug", "live", "live_revision_id").get(pk=clinic.pk) == before
    saved = clinic.latest_revision
    assert saved.object_id == str(clinic.pk)
    assert saved.content["slug"] == before["slug"]
    assert saved.content["live"] is True
    assert {use["clinic"] for use in saved.content["uses"]} == {clinic.pk}
    assert "00000000-0000-0000-0000-000000000000" not in {
        use["key"] for use in saved.content["uses"]
    }
    assert not saved.content.get("locked")
    assert not Clinic.objects.filter(slug="adresse-detournee").exists()


def test_posting_the_notice_form_to_another_clinic_is_404(client, clinics):
    _, data = _own_notice(client, clinics, name="notice_structure")
    b_url = reverse("workspace:notice_structure", args=[clinics.b.pk])
    before = database_state()

    response = client.post(b_url, {**data, "name": "Repris par A"})

    assert response.status_code == 404
    assert canary(1) not in response.content.decode()
    assert database_state() == before


# --- SEC-13: clinic accounts hold nothing in Django or Wagtail --------------------------------------


def test_clinic_members_hold_no_permission_and_the_admin_refuses_them(client, clinics):
    users = [clinics.a_editor, clinics.a_reviewer, *clinics.b_users]
    own_clinic_in_admin = reverse("wagtailsnippets_content_clinic:edit", args=[clinics.a.pk])

    for user in users:
        user = type(user).objects.get(pk=user.pk)
        assert user.get_all_permissions() == set(), user
        assert not user.is_staff and not user.is_superuser, user
        assert not user.groups.exists(), user
        assert not user.has_perm("wagtailadmin.access_admin"), user
        sign_in_verified(client, user)
        for path in ("/admin/", "/admin/snippets/content/clinic/", own_clinic_in_admin):
            response = client.get(path)
            assert response.status_code in (302, 403), (user, path)
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("wagtailadmin_login")), path
