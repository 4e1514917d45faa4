"""The Atom feed of new notice versions: `/api/notices/feed.atom` (content.notices.open_data)."""

from django.contrib.syndication.views import Feed
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from content.page_cache import DIRECTORY, page_cache_tags

from .models import NoticeVersion
from .open_data import FEED_SIZE, _Addresses, _public


class _NoticeAtom(Atom1Feed):
    """Atom, each entry linking also to the notice in English and to its JSON."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for link in item.get("more_links", ()):
            handler.addQuickElement("link", "", link)


class NoticeVersionsFeed(Feed):
    """The newest versions of the notices in force, in French, newest first (Atom)."""

    feed_type = _NoticeAtom

    def __call__(self, request, *args, **kwargs):
        page_cache_tags(request, DIRECTORY)
        self.addresses = _Addresses(request)
        with translation.override("fr"):
            self.data_page = request.build_absolute_uri(reverse("open_data"))
            self.address = request.build_absolute_uri(reverse("notices_feed"))
            response = super().__call__(request, *args, **kwargs)
        return _public(response)

    def title(self):
        return gettext("Nouvelles versions des notices sur l’IA")

    def subtitle(self):
        return gettext(
            "Chaque fois qu’une structure de soins publie une nouvelle version de sa notice sur "
            "l’IA, elle apparaît ici."
        )

    def link(self):
        return self.data_page

    def feed_url(self):
        return self.address

    def author_name(self):
        return gettext("IA & soins")

    def items(self):
        return (
            NoticeVersion.objects.filter(clinic__live=True)
            .select_related("clinic")
            .annotate(notice_name=KT("document__name"))
            .only("number", "published_at", "clinic__slug")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, version):
        return gettext("%(name)s : version %(number)s de la notice") % {
            "name": version.notice_name,
            "number": version.number,
        }

    def item_description(self, version):
        date = timezone.localtime(version.published_at).date()
        return gettext(
            "%(name)s a publié la version %(number)s de sa notice sur l’IA le %(date)s."
        ) % {
            "name": version.notice_name,
            "number": version.number,
            "date": date.strftime("%d/%m/%Y"),
        }

    def item_link(self, version):
        return self.addresses.notice(version.clinic.slug).get("fr", self.data_page)

    def item_guid(self, version):
        notice = self.addresses.notice(version.clinic.slug).get("fr", self.data_page)
        return f"{notice}versions/{version.number}/"

    def item_pubdate(self, version):
        return version.published_at

    def item_updateddate(self, version):
        return version.published_at

    def item_extra_kwargs(self, version):
        slug = version.clinic.slug
        links = [
            {"rel": "alternate", "type": "application/json", "href": self.addresses.json(slug)}
        ]
        english = self.addresses.notice(slug).get("en")
        if english:
            links.append(
                {"rel": "alternate", "type": "text/html", "hreflang": "en", "href": english}
            )
        return {"more_links": links}


notices_feed = require_safe(NoticeVersionsFeed())
