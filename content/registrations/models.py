"""A structure's request to join the portal, from the public form to the editors' decision."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.notices.models import Clinic
from content.notices.models.clinics import postcode_validator
from content.vocabulary import ClinicKind


class RegistrationRequest(models.Model):
    """Who asks, for which structure; confirmed by a link sent to the requester's address."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("adresse à confirmer")
        PENDING = "pending", _("à examiner")
        ACCEPTED = "accepted", _("acceptée")
        REFUSED = "refused", _("refusée")

    name = models.CharField(_("nom de la structure"), max_length=160)
    kind = models.CharField(_("type de structure"), max_length=30, choices=ClinicKind.choices)
    street_address = models.CharField(_("adresse"), max_length=200)
    postcode = models.CharField(_("code postal"), max_length=5, validators=[postcode_validator])
    city = models.CharField(_("ville"), max_length=100)
    finess = models.CharField(
        _("numéro FINESS"),
        max_length=9,
        blank=True,
        validators=[
            RegexValidator(r"^[0-9][0-9AB][0-9]{7}$", _("Un numéro FINESS a 9 caractères."))
        ],
    )
    siret = models.CharField(
        _("numéro SIRET"),
        max_length=14,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{14}$", _("Un numéro SIRET a 14 chiffres."))],
    )
    requester_name = models.CharField(_("votre nom"), max_length=120)
    requester_email = models.EmailField(_("votre adresse e-mail professionnelle"))
    requester_role = models.CharField(_("votre fonction dans la structure"), max_length=120)
    language = models.CharField(_("langue"), max_length=2, default="fr")
    status = models.CharField(
        _("état"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED
    )
    # The SHA-256 of the confirmation link's secret: the secret itself is only in the email.
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("demandée le"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("adresse confirmée le"), null=True, blank=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidée par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    refusal_reason = models.TextField(_("raison du refus"), blank=True, max_length=2000)
    clinic = models.ForeignKey(
        Clinic,
        verbose_name=_("structure créée"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registration_requests",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("demande d’inscription")
        verbose_name_plural = _("demandes d’inscription")

    def __str__(self):
        return f"{self.name} ({self.city})"
