"""A vendor's model card in, a draft catalogue system out, the card kept as its evidence.

Two public formats: the CHAI Applied Model Card (XML, v0.2: `model_card_chai`) and the Model
Card Toolkit (JSON, v0.0.2: `model_card_mct`). The card is English: its texts go to the English
fields (`label_en`...), and the French ones wait for an editor's translation, listed with what no
card says (where the data go, HDS, reuse for training) in `ModelCard.missing`. A draft is offered
to no clinic and shown to no patient until an editor completes it and unticks « brouillon ».
"""

import hashlib
import secrets
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.vocabulary import EvidenceKind

from .links import public_address
from .model_card_chai import chai_read
from .model_card_fields import MAX_CARD_BYTES, NOT_A_CARD, TRANSLATED, CardReading, card_refused
from .model_card_mct import mct_read
from .models import AISystem, EvidenceLink, ModelCard

EXTENSIONS = {".xml": "application/xml", ".json": "application/json"}
KEY_LENGTH = 80

TOO_BIG = _(
    "Ce fichier pèse %(size)s Mo : une fiche modèle en pèse bien moins. Le portail accepte "
    "jusqu’à %(limit)s Mo."
)
WRONG_TYPE = _(
    "Le portail lit les fiches modèles en XML (CHAI, fichier .xml) ou en JSON (Model Card "
    "Toolkit, fichier .json) : « %(name)s » n’en est pas une."
)
EMPTY = _("Ce fichier est vide.")
CARD_TITLE = _("Fiche modèle de l’éditeur (%(format)s)")


def model_card_read(*, data: bytes, name: str) -> CardReading:
    """What the card gives the catalogue; refuses (ValidationError, every message) a file that is
    not a valid CHAI or Model Card Toolkit card, or one larger than `MAX_CARD_BYTES`."""
    if len(data) > MAX_CARD_BYTES:
        raise card_refused(_too_big(len(data)))
    if PurePath(name).suffix.lower() not in EXTENSIONS:
        raise card_refused(ValidationError(WRONG_TYPE, code="type", params={"name": name}))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not start:
        raise card_refused(ValidationError(EMPTY, code="empty"))
    if start == b"<":
        return chai_read(data)
    if start in (b"{", b"["):
        return mct_read(data)
    raise card_refused(ValidationError(NOT_A_CARD, code="not_a_card"))


def _too_big(size: int) -> ValidationError:
    return ValidationError(
        TOO_BIG,
        code="too_big",
        params={
            "size": f"{size / 1024 / 1024:.1f}".replace(".", ","),
            "limit": MAX_CARD_BYTES // 1024 // 1024,
        },
    )


def system_key_free(name: str) -> str:
    """A key for a new system, from its name, that no system has yet."""
    base = slugify(name)[: KEY_LENGTH - 4].strip("-") or "fiche-modele"
    taken = set(AISystem.objects.filter(key__startswith=base).values_list("key", flat=True))
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def model_card_filename(card: ModelCard) -> str:
    """The file's name in its address: the original name, made safe."""
    path = PurePath(card.original_name)
    return f"{slugify(path.stem)[:60] or 'fiche-modele'}{path.suffix.lower()}"


def model_card_url(card: ModelCard) -> str:
    """The public address that serves the kept card (`model_card_views.model_card_file`)."""
    return public_address(
        reverse("model_card_file", kwargs={"pk": card.pk, "filename": model_card_filename(card)})
    )


def _stored_name(card: ModelCard) -> str:
    # FileField's 100 characters: "model-cards/2026/" + 40 + "-" + 22 + ".json".
    path = PurePath(model_card_filename(card))
    return f"{path.stem[:40]}-{secrets.token_urlsafe(16)}{path.suffix}"


def _card_title(card: ModelCard, language: str) -> str:
    with translation.override(language):
        return gettext(CARD_TITLE) % {"format": card.get_format_display()}


def _draft_create(*, reading: CardReading, data: bytes, name: str, user, stored: list) -> ModelCard:
    fields = dict(reading.fields)
    for field in TRANSLATED:
        fields.setdefault(f"{field}_fr", "")
    system = AISystem(
        key=system_key_free(fields["name"]),
        draft=True,
        last_reviewed=timezone.localdate(),
        **fields,
    )
    # No full_clean: a draft lacks what the card does not say, and the editor completes it.
    system.save()
    card = ModelCard(
        system=system,
        format=reading.format,
        original_name=name[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        unmapped=reading.unmapped,
        missing=reading.missing,
        uploaded_by=user if user is not None and user.is_authenticated else None,
    )
    # A random part in the stored name: nobody finds a card by guessing its name in the storage.
    card.file.save(_stored_name(card), ContentFile(data), save=False)
    stored.append(card.file.name)
    card.save()
    links = [
        EvidenceLink(
            ai_system=system,
            kind=EvidenceKind.VENDOR,
            title_fr=_card_title(card, "fr"),
            title_en=_card_title(card, "en"),
            url=model_card_url(card),
        ),
        *(
            EvidenceLink(
                ai_system=system,
                kind=link.kind,
                title_fr=link.title,
                title_en=link.title,
                url=link.url,
            )
            for link in reading.evidence
        ),
    ]
    for order, link in enumerate(links):
        link.sort_order = order
        link.save()
    return card


def model_card_import(*, upload, user) -> ModelCard:
    """A draft catalogue system from an uploaded model card, the card kept as its evidence.

    Refuses (ValidationError with every message) a file too large, of another type, not
    well-formed or not valid against its format's schema; then nothing is saved, in the
    database or in the storage.
    """
    if upload.size is not None and upload.size > MAX_CARD_BYTES:
        raise card_refused(_too_big(upload.size))
    upload.seek(0)
    data = upload.read(MAX_CARD_BYTES + 1)
    name = PurePath(upload.name or "").name
    reading = model_card_read(data=data, name=name)
    stored: list[str] = []
    try:
        with transaction.atomic():
            return _draft_create(reading=reading, data=data, name=name, user=user, stored=stored)
    except BaseException:
        # The rows are rolled back: the file goes too.
        storage = ModelCard._meta.get_field("file").storage
        for stored_name in stored:
            storage.delete(stored_name)
        raise
