"""The patient-information blocks: what editors may enter and what patients see."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from content.explainers.blocks import BodyBlock, ImageBlock, KeyFigureBlock
from tests.factories import BarometerFigureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return Image.objects.create(title="Salle d’attente", file=get_test_image_file())


def test_image_needs_a_text_alternative_unless_marked_decorative(image):
    block = ImageBlock()

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))

    assert "alt_text" in error.value.block_errors
    decorative = block.clean(block.to_python({"image": image.pk, "decorative": True}))
    assert decorative["decorative"] is True
    described = block.clean(block.to_python({"image": image.pk, "alt_text": "Une salle"}))
    assert described["alt_text"] == "Une salle"


def test_decorative_image_renders_with_an_empty_alt(image):
    block = ImageBlock()

    html = block.render(block.to_python({"image": image.pk, "decorative": True}))

    assert 'alt=""' in html


def test_key_figure_shows_value_statement_and_source():
    figure = BarometerFigureFactory(value=84, statement_fr="des Français veulent savoir")
    block = KeyFigureBlock()

    html = block.render(block.to_python({"figure": figure.pk, "comment": ""}))

    assert "84\u00a0%" in html  # French typography: the test runs in French
    assert "des Français veulent savoir" in html
    assert figure.source.title in html and str(figure.source.year) in html


def test_paragraphs_allow_only_simple_formatting():
    paragraph = BodyBlock().child_blocks["paragraph"]

    assert set(paragraph.features) == {"bold", "italic", "link", "ol", "ul"}


def test_body_offers_the_patient_information_vocabulary():
    assert set(BodyBlock.base_blocks) >= {
        "heading",
        "paragraph",
        "callout",
        "key_figure",
        "questions",
        "do_dont",
        "image",
    }


def test_rendering_key_figures_costs_the_same_queries_for_one_or_many(django_assert_num_queries):
    block = BodyBlock()
    figures = [BarometerFigureFactory() for _ in range(6)]

    def render(count: int) -> None:
        value = block.to_python(
            [{"type": "key_figure", "value": {"figure": f.pk}} for f in figures[:count]]
        )
        block.render(value)

    with django_assert_num_queries(1):
        render(1)
    with django_assert_num_queries(1):
        render(6)
