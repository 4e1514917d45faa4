from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Contenu du portail")

    def ready(self):
        from .explainers.freshness import freshness_connect
        from .notices.catalogue_changes import catalogue_connect
        from .notices.publishing import publishing_connect
        from .notices.purges import purges_connect

        publishing_connect()
        catalogue_connect()
        purges_connect()
        freshness_connect()
