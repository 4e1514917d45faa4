"""A clinic's API tokens: created by its editors, shown once, kept only as a SHA-256 digest.

A token reads `iasv_<prefix>_<secret>`: the prefix (8 characters, kept in clear) tells the clinic's
tokens apart in lists and logs; the secret (32 random bytes, in hex) is never stored. Finding a token hashes
what was presented and looks the digest up through its unique index, so nothing compares secrets.
"""

import hashlib
import hmac
import secrets
import string

from django.utils import timezone

from content.notices.models import Clinic

from .models import ApiToken

TOKEN_SCHEME = "iasv"
PREFIX_LENGTH = 8
SECRET_BYTES = 32
PREFIX_ALPHABET = string.ascii_lowercase + string.digits
# A presented token longer than this is not one of ours: it is not even hashed.
TOKEN_MAX_LENGTH = 100


def token_digest(raw: str) -> str:
    """The SHA-256 hex digest of a whole token, as ApiToken.digest keeps it."""
    return hashlib.sha256(raw.encode()).hexdigest()


def _new_prefix() -> str:
    return "".join(secrets.choice(PREFIX_ALPHABET) for _position in range(PREFIX_LENGTH))


def api_token_create(*, clinic: Clinic, name: str, user) -> tuple[ApiToken, str]:
    """A new token of the clinic and the whole token, which nobody can read again afterwards."""
    while True:
        prefix = _new_prefix()
        if not ApiToken.objects.filter(prefix=prefix).exists():
            break
    raw = f"{TOKEN_SCHEME}_{prefix}_{secrets.token_hex(SECRET_BYTES)}"
    token = ApiToken.objects.create(
        clinic=clinic,
        name=" ".join(name.split()),
        prefix=prefix,
        digest=token_digest(raw),
        created_by=user,
    )
    return token, raw


def api_token_find(raw: str) -> ApiToken | None:
    """The live (not revoked) token presented, its clinic loaded; None for anything else.

    A token of a clinic whose notice is offline is found: issuing a card then refuses.
    """
    raw = (raw or "").strip()
    if not raw.startswith(f"{TOKEN_SCHEME}_") or len(raw) > TOKEN_MAX_LENGTH:
        return None
    digest = token_digest(raw)
    token = (
        ApiToken.objects.select_related("clinic")
        .filter(digest=digest, revoked_at__isnull=True)
        .first()
    )
    if token is None or not hmac.compare_digest(token.digest, digest):
        return None
    return token


def api_token_revoke(*, token: ApiToken, user) -> ApiToken:
    """Revoke the token for good; a token already revoked keeps its first revocation."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.revoked_by = user
        token.save(update_fields=["revoked_at", "revoked_by"])
    return token


def api_token_used(token: ApiToken) -> None:
    """Note when the token last issued a card (one UPDATE)."""
    token.last_used_at = timezone.now()
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=token.last_used_at)
