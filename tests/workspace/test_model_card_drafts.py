"""A catalogue system imported from a model card is a draft: no clinic is offered it."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import AISystemFactory
from tests.workspace.helpers import rendered_form_data, soup_of

pytestmark = pytest.mark.django_db


def page(name: str, clinic, *args) -> str:
    with translation.override("fr"):
        return reverse(f"workspace:{name}", args=[clinic.pk, *args])


def offered(response, field_id: str = "id_ai_system") -> list[str]:
    return [option.get_text() for option in soup_of(response).find(id=field_id).find_all("option")]


def test_a_new_use_does_not_offer_a_draft_system(as_editor, clinic):
    AISystemFactory(name="Outil complet")
    AISystemFactory(name="Outil en brouillon", draft=True)

    options = offered(as_editor.get(page("notice_use_new", clinic)))

    assert any(option.startswith("Outil complet") for option in options)
    assert not any(option.startswith("Outil en brouillon") for option in options)


def test_a_draft_system_cannot_be_posted_for_a_new_use(as_editor, clinic):
    draft = AISystemFactory(name="Outil en brouillon", draft=True)
    data = rendered_form_data(as_editor.get(page("notice_use_new", clinic)))
    data.update(start="blank", ai_system=str(draft.pk))

    response = as_editor.post(page("notice_use_new", clinic), data)

    assert response.status_code != 302
    assert clinic.uses.filter(ai_system=draft).count() == 0


def test_a_use_page_does_not_offer_a_draft_system_but_keeps_its_own(as_editor, clinic):
    AISystemFactory(name="Outil en brouillon", draft=True)
    own = clinic.uses.get().ai_system

    options = offered(as_editor.get(page("notice_use", clinic, 1)))

    assert not any(option.startswith("Outil en brouillon") for option in options)
    assert any(option.startswith(own.name) for option in options)
    # A system put back to draft after a clinic chose it stays that clinic's choice.
    own.draft = True
    own.save()
    options = offered(as_editor.get(page("notice_use", clinic, 1)))
    assert any(option.startswith(own.name) for option in options)
