"""Site-wide settings editors change in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The pages every footer links to; each is shown in the reader's language."""

    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("confidentialité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    glossary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("glossaire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("legal_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("glossary_page"),
    ]

    class Meta:
        verbose_name = _("liens du pied de page")

    def pages(self) -> list:
        """The footer's pages in the active language, skipping unset or unpublished ones."""
        found = []
        for page in (
            self.legal_page,
            self.privacy_page,
            self.accessibility_page,
            self.glossary_page,
        ):
            if page is not None:
                localized = page.localized
                if localized.live:
                    found.append(localized)
        return found
