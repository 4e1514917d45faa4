"""Whether readers checked the easy-read (FALC) first screen that every notice shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="user")
class NoticeEasyReadCheck(BaseSiteSetting):
    """The easy-read first screen is written once for every notice: one record of its check."""

    checked_on = models.DateField(
        _("relu par des lecteurs le"),
        null=True,
        blank=True,
        help_text=_(
            "La date où des personnes avec une déficience intellectuelle ont relu la version facile "
            "à lire des notices. Vide : chaque notice dit qu’elle n’a pas encore été relue."
        ),
    )
    checked_by = models.CharField(_("relu par"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("notices faciles à lire")
