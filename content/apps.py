from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Contenu du portail")

    def ready(self):
        from wagtail.signals import published

        from .models import Clinic
        from .notices import notice_version_record

        def record_version(sender, instance, revision=None, **kwargs):
            notice_version_record(clinic=instance, revision=revision)

        published.connect(
            record_version, sender=Clinic, weak=False, dispatch_uid="clinic_notice_version"
        )
