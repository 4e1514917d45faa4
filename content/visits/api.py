"""`POST /api/visits/`: practice software issues a visit card with its clinic's token.

The request and the answer follow the schemas in `schemas/` (served at /api/visits/schema/…). A
token issues cards for its own clinic, and only from the uses of its published notice. Failed
tokens are counted per client address, calls per token; every call leaves one log line that holds
no content: the token's prefix, the clinic, the status, the number of tools and the duration.
"""

import datetime
import json
import logging
import re
import time
import uuid
from pathlib import Path

from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from content.page_cache import page_cache_tags
from content.throttle import (
    WINDOW_SECONDS,
    attempt_blocked,
    attempt_failed,
    attempt_key,
    client_ip,
    ip_for_log,
    rate_add,
    rate_wait,
)

from .cards import (
    LANGUAGES,
    VisitCardRefused,
    VisitInput,
    cards_with_everything,
    visit_card_issue,
    visit_card_read,
)
from .models import ApiToken, VisitCard
from .printed import visit_qr_svg
from .sentence import card_address, card_sentences
from .tokens import api_token_find, api_token_used

log = logging.getLogger("content.visits.api")

SCHEMAS_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_PATHS = {
    "request": SCHEMAS_DIR / "visit-request.schema.json",
    "response": SCHEMAS_DIR / "visit-response.schema.json",
}
BODY_MAX_BYTES = 8 * 1024
# Calls per token: (how many, in how many seconds), windows aligned on the clock.
TOKEN_RATE_LIMITS = ((60, 60), (2000, 3600))
# Wrong tokens presented from one address before it is refused for a window (content.throttle).
FAILED_TOKENS_LIMIT = 20
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUEST_PROPERTIES = {"uses", "visit_date", "language", "checker"}
CHECKER_PROPERTIES = {"name", "role"}
# The fields of VisitCardRefused, named as the request names them.
FIELD_NAMES = {"checker_name": "checker.name", "checker_role": "checker.role"}


def _json(payload: dict, *, status: int, headers: dict | None = None) -> JsonResponse:
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in (headers or {}).items():
        response[name] = value
    add_never_cache_headers(response)
    return response


def _error(error: str, message: str, *, status: int, **extra) -> JsonResponse:
    headers = extra.pop("headers", None)
    return _json({"error": error, "message": message, **extra}, status=status, headers=headers)


def _unauthorized() -> JsonResponse:
    return _error(
        "unauthorized",
        _(
            "Clé d’API absente, inconnue ou révoquée : envoyez une clé active de la structure "
            "dans l’en-tête Authorization, après « Bearer »."
        ),
        status=401,
        headers={"WWW-Authenticate": 'Bearer realm="visits"'},
    )


def _bearer(request) -> str | None:
    scheme, _space, credentials = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    return credentials.strip()


# A property the request leaves out (null is a value, and the schema refuses it).
_ABSENT = object()


def _problem(message: str) -> list[dict[str, str]]:
    return [{"message": message}]


def _checker(value, errors: dict) -> tuple[str, str]:
    if value is _ABSENT:
        return "", ""
    if not isinstance(value, dict):
        errors["checker"] = _problem(
            _("Donnez un objet avec le nom (name) et, si besoin, la profession (role).")
        )
        return "", ""
    for unknown in sorted(set(value) - CHECKER_PROPERTIES):
        errors[f"checker.{unknown}"] = _problem(_("Propriété inconnue du schéma de la requête."))
    name, role = value.get("name", ""), value.get("role", "")
    if not isinstance(name, str) or not name.strip():
        errors["checker.name"] = _problem(_("Donnez le nom sous forme de texte."))
        name = ""
    if not isinstance(role, str):
        errors["checker.role"] = _problem(_("Donnez le code de la profession, par exemple « gp »."))
        role = ""
    return name, role


def _uses(value, errors: dict) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        errors["uses"] = _problem(
            _("Donnez la liste des identifiants des outils (uses[].id de la notice publiée).")
        )
        return []
    try:
        keys = [str(uuid.UUID(item)) for item in value]
    except ValueError:
        errors["uses"] = _problem(
            _("Chaque outil est désigné par son identifiant : uses[].id de la notice publiée.")
        )
        return []
    if len(set(keys)) != len(keys):
        errors["uses"] = _problem(_("Chaque outil ne figure qu’une fois dans la liste."))
    return keys


def _visit_date(value, errors: dict) -> datetime.date:
    if value is _ABSENT:
        return timezone.localdate()
    if isinstance(value, str) and DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    errors["visit_date"] = _problem(
        _("Donnez la date du rendez-vous au format AAAA-MM-JJ, par exemple 2026-03-12.")
    )
    return timezone.localdate()


def visit_request_read(body: dict) -> VisitInput:
    """The visit asked for, from a request that follows the schema; VisitCardRefused otherwise."""
    errors: dict[str, list[dict[str, str]]] = {}
    for unknown in sorted(set(body) - REQUEST_PROPERTIES):
        errors[unknown] = _problem(_("Propriété inconnue du schéma de la requête."))
    if "uses" not in body:
        errors["uses"] = _problem(_("Choisissez au moins un outil utilisé lors de ce rendez-vous."))
    use_keys = _uses(body.get("uses", []), errors)
    visit_date = _visit_date(body.get("visit_date", _ABSENT), errors)
    language = body.get("language", "fr")
    if not isinstance(language, str) or language not in LANGUAGES:
        errors["language"] = _problem(_("Donnez la langue du patient : « fr » ou « en »."))
    checker_name, checker_role = _checker(body.get("checker", _ABSENT), errors)
    if errors:
        raise VisitCardRefused(errors)
    return VisitInput(
        use_keys=use_keys,
        visit_date=visit_date,
        language=language,
        checker_name=checker_name,
        checker_role=checker_role,
    )


def _refused(refusal: VisitCardRefused) -> JsonResponse:
    fields = {
        FIELD_NAMES.get(name, name): [
            problem if isinstance(problem, dict) else {"message": str(problem)}
            for problem in problems
        ]
        for name, problems in refusal.errors.items()
    }
    return _error(
        "invalid",
        _("La carte n’a pas été créée : corrigez les champs indiqués."),
        status=400,
        fields=fields,
    )


def visit_card_answer(card: VisitCard) -> dict:
    """What the API answers for a card just issued (schema: visit-response.schema.json)."""
    urls = {language: card_address(card.code, language) for language in LANGUAGES}
    reading = visit_card_read(card, language=card.language)
    return {
        "code": card.code,
        "language": card.language,
        "url": urls,
        "sentence": card_sentences(card),
        "qr_svg": visit_qr_svg(urls[card.language]),
        "visit_date": card.visit_date.isoformat(),
        "expires_at": reading.expires_at.isoformat(),
        "clinic": reading.clinic_slug,
        "notice_version": reading.version_number,
        "tools": [{"id": tool.use_id, "name": tool.name} for tool in reading.tools],
    }


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _issue(request, token: ApiToken) -> tuple[JsonResponse, int]:
    """The answer to an authenticated call, and the number of tools on the card issued."""
    if _declared_length(request) > BODY_MAX_BYTES or len(request.body) > BODY_MAX_BYTES:
        return _error(
            "too_large",
            _("La requête dépasse 8 ko : une carte ne demande que quelques lignes de JSON."),
            status=413,
        ), 0
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if not isinstance(body, dict):
        return _error(
            "not_json",
            _("Le corps de la requête doit être un objet JSON, encodé en UTF-8."),
            status=400,
        ), 0
    try:
        asked = visit_request_read(body)
        card = visit_card_issue(
            clinic=token.clinic, asked=asked, channel=VisitCard.Channel.API, token=token
        )
    except VisitCardRefused as refusal:
        return _refused(refusal), 0
    api_token_used(token)
    card = cards_with_everything([card.code]).get()
    answer = visit_card_answer(card)
    response = _json(answer, status=201, headers={"Location": answer["url"][card.language]})
    return response, len(answer["tools"])


def _call(request) -> tuple[JsonResponse, ApiToken | None, int]:
    if request.method != "POST":
        return (
            _error(
                "method_not_allowed",
                _("Seule la méthode POST est acceptée à cette adresse."),
                status=405,
                headers={"Allow": "POST"},
            ),
            None,
            0,
        )
    failures = attempt_key(kind="visit-api-ip", value=ip_for_log(client_ip(request)))
    if attempt_blocked(key=failures):
        return (
            _error(
                "too_many_attempts",
                _("Trop de clés invalides envoyées depuis cette adresse. Réessayez plus tard."),
                status=429,
                headers={"Retry-After": str(WINDOW_SECONDS)},
            ),
            None,
            0,
        )
    raw = _bearer(request)
    token = api_token_find(raw) if raw else None
    if token is None:
        if raw:
            attempt_failed(key=failures, limit=FAILED_TOKENS_LIMIT)
        return _unauthorized(), None, 0
    calls = f"visit-api:token:{token.pk}"
    wait = rate_wait(key=calls, limits=TOKEN_RATE_LIMITS)
    if wait:
        return (
            _error(
                "rate_limited",
                _(
                    "Trop de demandes avec cette clé : réessayez après le délai indiqué par "
                    "l’en-tête Retry-After."
                ),
                status=429,
                headers={"Retry-After": str(wait)},
                retry_after=wait,
            ),
            token,
            0,
        )
    rate_add(key=calls, limits=TOKEN_RATE_LIMITS)
    response, tools = _issue(request, token)
    return response, token, tools


@csrf_exempt
def visit_create(request):
    """Issue a visit card for the token's clinic: 201 with the card, or a JSON error."""
    started = time.monotonic()
    response, token, tools = _call(request)
    log.info(
        "visit api call: token=%s clinic=%s status=%s tools=%s duration_ms=%d",
        token.prefix if token else "none",
        token.clinic_id if token else "none",
        response.status_code,
        tools,
        (time.monotonic() - started) * 1000,
    )
    return response


def visit_schema(request, name: str):
    """The JSON Schema of the request or of the answer."""
    if name not in SCHEMA_PATHS:
        raise Http404
    page_cache_tags(request)
    response = HttpResponse(SCHEMA_PATHS[name].read_bytes(), content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
