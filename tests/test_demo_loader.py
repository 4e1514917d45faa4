import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page, Revision

from content.demo import reference
from content.demo.loader import demo_load
from content.explainers.models import ArticlePage, BarometerFigure, GlossaryTerm, PatientExpectation

pytestmark = pytest.mark.django_db

# The reference text lies beside the repository (shared/), not in it.
BAROMETER = (
    Path(settings.BASE_DIR).parent / "shared" / "reference" / "barometre-ia-data-sante-2025.txt"
)


def barometer_text() -> str:
    if not BAROMETER.exists():
        pytest.skip(f"the reference barometer is not at {BAROMETER}")
    return BAROMETER.read_text(encoding="utf-8")


def table_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_a_second_run_changes_nothing():
    before = table_counts()
    latest_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()

    created = demo_load()

    assert set(created.values()) == {0}
    assert table_counts() == before
    assert Revision.objects.order_by("-pk").values_list("pk", flat=True).first() == latest_revision


def test_an_editors_change_survives_a_second_run():
    figure = BarometerFigure.objects.get(key="public-want-informed")
    figure.statement_en = "edited by an editor"
    figure.save()

    demo_load()

    figure.refresh_from_db()
    assert figure.statement_en == "edited by an editor"


def test_at_least_eight_patient_explainers_exist_in_both_languages():
    for language in ("fr", "en"):
        articles = ArticlePage.objects.live().filter(locale__language_code=language)
        assert articles.count() >= 9
        for article in articles:
            assert article.reviewed_by and article.reviewed_on
            assert article.sources.exists(), article.title
            assert len(article.body) >= 5, article.title


def test_every_page_has_its_translation():
    by_key = {}
    for page in Page.objects.filter(depth__gt=1).select_related("locale"):
        by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
    assert by_key and all(languages == {"fr", "en"} for languages in by_key.values())


def test_every_barometer_figure_is_loaded_with_its_source():
    figures = BarometerFigure.objects.all()
    assert figures.count() == len(reference.FIGURES) >= 70
    assert all(figure.source.key == "barometre-2025" for figure in figures)
    assert all(figure.statement_fr and figure.statement_en for figure in figures)


def test_every_figure_quoted_in_the_barometer_is_in_the_catalogue():
    quoted = {int(value) for value in re.findall(r"(\d+)\s?%", barometer_text())}
    assert quoted <= set(BarometerFigure.objects.values_list("value", flat=True))


def test_patient_expectations_cite_figures_and_the_glossary_is_complete():
    assert PatientExpectation.objects.count() >= 11
    assert all(expectation.figures.exists() for expectation in PatientExpectation.objects.all())
    assert GlossaryTerm.objects.count() >= 15


def test_french_text_uses_no_break_spaces_before_high_punctuation():
    article = ArticlePage.objects.get(locale__language_code="fr", slug__contains="soignants")
    html = str(article.body)
    assert not re.search(r"[^\s\u00a0\u202f][ ][:;!?»]", re.sub(r"<[^>]+>", "", html))
    assert "\u00a0%" in html or "\u00a0:" in html


def test_demo_content_has_no_placeholder_text_and_no_sentence_of_the_barometer():
    barometer_sentences = {
        sentence.strip()
        for sentence in re.split(r"[.!?:\n]", barometer_text())
        if len(sentence.split()) >= 10
    }
    for article in ArticlePage.objects.all():
        text = f"{article.title} {article.intro} {article.body}".lower()
        assert "lorem" not in text
        plain = re.sub(r"<[^>]+>", " ", str(article.body)).replace("\u00a0", " ")
        for sentence in barometer_sentences:
            assert sentence.replace("\u00a0", " ") not in plain, sentence


def test_ensure_admin_creates_the_demo_account_once_and_prints_its_login():
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    output = StringIO()
    call_command("ensure_admin", stdout=output)
    call_command("ensure_admin", stdout=output)

    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
    assert "user: admin  password: demo-portal-admin-2026" in output.getvalue()
    assert "password: unchanged" in output.getvalue()
