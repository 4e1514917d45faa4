"""Addresses that never break: the short address posters carry, and the slugs a clinic had before.

`/n/<clinic id>/` leads to the notice in force in the reader's language, `/n/<clinic id>/<language>/`
in one language: they depend on no slug an editor may change, so posters, QR codes and shared links
carry them. When a published clinic's slug changes, the old one is kept (`FormerClinicSlug`) and
every form of its notice at the old address answers a permanent redirect to the same form at the
new one (`former_slug_redirect`). Pages renamed in the page tree are Wagtail's redirects' work
(`content.discovery.moved`).
"""

from django.conf import settings
from django.db.models.signals import pre_save
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from content.page_cache import notice_tag, tags_expire

from .links import directory_urls
from .models import Clinic, FormerClinicSlug, NoticeVersion

# The stable address is read by phones for years: a browser may keep the way it leads an hour.
STABLE_REDIRECT_SECONDS = 60 * 60
# The largest id a database keeps (a 64-bit key): a longer number is no clinic's.
LARGEST_ID = 2**63 - 1


def notice_stable_view(request, clinic_id: int, language: str | None = None):
    """Lead to the notice in force of this clinic, in `language` or the reader's; 404 when none.

    The reader's language falls back to the first language the notices are published in. A clinic
    never published and one withdrawn answer alike: nothing says a draft exists.
    """
    negotiated = language is None
    if negotiated:
        language = translation.get_language_from_request(request)
    elif language not in dict(settings.LANGUAGES):
        raise Http404
    if clinic_id > LARGEST_ID:
        raise Http404
    slug = (
        NoticeVersion.objects.filter(clinic_id=clinic_id, clinic__live=True)
        .values_list("clinic__slug", flat=True)
        .first()
    )
    directories = directory_urls(request)
    directory = directories.get(language)
    if not directory and negotiated and directories:
        directory = next(iter(directories.values()))
    if slug is None or not directory:
        raise Http404
    response = HttpResponseRedirect(f"{directory}{slug}/")
    patch_cache_control(response, public=True, max_age=STABLE_REDIRECT_SECONDS)
    if negotiated:
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def clinic_current_slug(former_slug: str) -> str | None:
    """The slug today of the live clinic that once had `former_slug`, or None. One query."""
    return (
        FormerClinicSlug.objects.filter(slug=former_slug, clinic__live=True)
        .values_list("clinic__slug", flat=True)
        .first()
    )


def former_slug_redirect(request, *, prefix: str, former_slug: str):
    """A permanent redirect from `prefix + former_slug + "/…"` to the same form under the clinic's
    slug today, keeping the query; None when `former_slug` was never a live clinic's."""
    current = clinic_current_slug(former_slug)
    old_start = f"{prefix}{former_slug}"
    if current in (None, former_slug) or not request.path.startswith(old_start):
        return None
    address = f"{prefix}{current}{request.path[len(old_start) :]}"
    query = request.META.get("QUERY_STRING", "")
    response = HttpResponseRedirect(f"{address}?{query}" if query else address)
    response.status_code = 301
    return response


def clinic_slug_change_record(*, clinic_id: int, former_slug: str, slug: str) -> None:
    """Keep `former_slug` leading to the clinic, once it has published a notice there.

    A clinic taking back one of its own former slugs frees it. The pages kept at the former
    address are dropped here; the CDN is told by `purges` when the former slug is kept.
    """
    FormerClinicSlug.objects.filter(clinic_id=clinic_id, slug=slug).delete()
    if not NoticeVersion.objects.filter(clinic_id=clinic_id).exists():
        return
    FormerClinicSlug.objects.update_or_create(slug=former_slug, defaults={"clinic_id": clinic_id})
    tags_expire(notice_tag(former_slug))


def _clinic_saving(sender, instance, raw=False, update_fields=None, **kwargs):
    # Saving a draft writes the revision's fields only: the slug read by patients is unchanged.
    if raw or instance.pk is None or (update_fields is not None and "slug" not in update_fields):
        return
    former = Clinic.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if former and former != instance.slug:
        clinic_slug_change_record(clinic_id=instance.pk, former_slug=former, slug=instance.slug)


def addresses_connect() -> None:
    pre_save.connect(_clinic_saving, sender=Clinic, dispatch_uid="clinic_former_slug")
