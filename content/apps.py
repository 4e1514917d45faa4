from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Contenu du portail")

    def ready(self):
        from django.core.checks import register

        from .discovery.well_known import security_txt_check
        from .explainers.freshness import freshness_connect
        from .notices.addresses import addresses_connect
        from .notices.catalogue_changes import catalogue_connect
        from .notices.easy_read import easy_read_connect
        from .notices.links import public_url_check
        from .notices.publishing import publishing_connect
        from .notices.purges import purges_connect
        from .page_cache import page_cache_shared_check

        publishing_connect()
        catalogue_connect()
        easy_read_connect()
        purges_connect()
        addresses_connect()
        freshness_connect()
        register(page_cache_shared_check, deploy=True)
        register(public_url_check, deploy=True)
        register(security_txt_check, deploy=True)
