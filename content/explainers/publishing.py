"""Publishing an explanation page: the readability gate every publication meets, whatever the path.

The page editor refuses a hard French introduction beside its field (`ReadabilityGatedPageForm`);
the other ways to publish do not go through that form: "Publish" on a page listing's selection, a
moderator approving a workflow (from the dashboard or the editor), the scheduler. They all reach
`page.publish(revision)`, which the page types with an introduction hand to
`ReadablePagePublishAction` (`IntroBodyMixin.publish_action_class`): its `check()` refuses the
revision with `IntroductionRefused`, whose message names the page, the score and the longest
sentences. Wagtail's views let that exception through, inside their transaction (nothing is
published, the approval is undone); `PublicationRefusedMiddleware` turns it into that message on the
admin screen the user came from.

A revision scheduled for later that the gate now refuses keeps its draft and loses its schedule, so
that the scheduler goes on with the other pages.
"""

import logging

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Revision

from .readability_rules import introduction_refusal, page_language

logger = logging.getLogger(__name__)


class IntroductionRefused(ValidationError):
    """A page's French introduction is too hard to read to be published; the message says why."""


def publication_refusal(page) -> str | None:
    """Why this page (as a revision holds it) cannot be published, naming it; None when it may be."""
    refusal = introduction_refusal(getattr(page, "intro", "") or "", page_language(page))
    if refusal is None:
        return None
    return _("« %(title)s » n’est pas publiée. %(refusal)s") % {
        "title": page.title,
        "refusal": refusal,
    }


class ReadablePagePublishAction(PublishPageRevisionAction):
    """Wagtail's publication of a page revision, refused while its French introduction is below the
    readability minimum."""

    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks=skip_permission_checks)
        refusal = publication_refusal(self.object)
        if refusal:
            raise IntroductionRefused(refusal, code="hard_introduction")

    def execute(self, skip_permission_checks=False):
        try:
            return super().execute(skip_permission_checks=skip_permission_checks)
        except IntroductionRefused:
            if self.revision.approved_go_live_at is None:
                raise
            Revision.objects.filter(pk=self.revision.pk).update(approved_go_live_at=None)
            logger.warning(
                "Scheduled page %s has an introduction too hard to read: not published.",
                self.object.pk,
            )
            return None


def _back_url(request) -> str:
    """Where the user came from: the `next` the admin's forms carry, else the referring page, else
    the dashboard; only an address of this site."""
    for candidate in (
        request.POST.get("next"),
        request.GET.get("next"),
        request.META.get("HTTP_REFERER"),
    ):
        if candidate and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return candidate
    return reverse("wagtailadmin_home")


class PublicationRefusedMiddleware:
    """Shows a refused publication (`IntroductionRefused`) as an error message on the admin screen the
    user came from, instead of a server error.

    The dashboard's "approve with comment" posts from a modal, which follows the `redirect` of its
    JSON answer: the message is shown on the page it goes back to.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, IntroductionRefused):
            return None
        for message in exception.messages:
            messages.error(request, message)
        back = _back_url(request)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return JsonResponse({"step": "success", "redirect": back})
        return redirect(back)
