"""The demo reads easily, as the portal asks of its editors: every summary scores 70 or more and
every body 60 or more (content.readability), in French and in English."""

import pytest

from content.demo import articles_rights, articles_understand, site
from content.explainers.texts import stream_text
from content.notices.models import AIUse, UseTemplate
from content.readability import MINIMUM, TARGET, readability_measure
from tests.explainers.test_figures_from_records import DEMO_PAGE_KEYS, LANGUAGES
from tests.pages import demo_page

pytestmark = pytest.mark.django_db

# The demo pages written with a body (section pages list their articles and have none).
PAGES_WITH_BODY = [
    *(["home"] if site.HOME["fr"].get("body") else []),
    *(f"page-{page['key']}" for page in site.STANDARD_PAGES if page["fr"].get("body")),
    *(article["key"] for article in [*articles_understand.ARTICLES, *articles_rights.ARTICLES]),
]


def assert_reads_easily(text: str, language: str, *, at_least: int, what: str) -> None:
    measure = readability_measure(text, language)
    if measure.score is None:
        return
    longest = measure.longest[0] if measure.longest else ""
    assert measure.score >= at_least, (
        f"{what} ({language}) scores {measure.score:.1f}, below {at_least}; "
        f"longest sentence: {longest!r}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", DEMO_PAGE_KEYS)
def test_every_demo_page_intro_reaches_the_target(key, language):
    page = demo_page(key, language)

    assert_reads_easily(page.intro, language, at_least=TARGET, what=f"the intro of {key}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGES_WITH_BODY)
def test_every_demo_page_body_reaches_the_minimum(key, language):
    page = demo_page(key, language)

    assert_reads_easily(
        stream_text(page.body.raw_data), language, at_least=MINIMUM, what=f"the body of {key}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_use_summary_reaches_the_target(language):
    uses = AIUse.objects.select_related("clinic")
    assert uses.exists()

    for use in uses:
        assert_reads_easily(
            getattr(use, f"summary_{language}"),
            language,
            at_least=TARGET,
            what=f"the summary of {use.clinic.slug}’s use {use.key}",
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_use_template_summary_reaches_the_target(language):
    templates = UseTemplate.objects.all()
    assert templates.exists()

    for template in templates:
        assert_reads_easily(
            getattr(template, f"summary_{language}"),
            language,
            at_least=TARGET,
            what=f"the summary of the template {template.key}",
        )
