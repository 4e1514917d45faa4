"""A catalogue system imported from a model card is a draft: no clinic is offered it, in the
workspace or in the admin, and no notice naming one is published."""

import pytest
from django.urls import reverse
from django.utils import translation

from content.notices.facts import clinic_facts
from content.notices.models import AISystem, Clinic
from content.notices.rules.obligations import NEEDED, notice_gaps
from tests.factories import AISystemFactory, AIUseFactory, ClinicFactory, published_clinic
from tests.notices.test_admin import edit_url, error_next_to, form_data, post_edit
from tests.workspace.helpers import rendered_form_data, sign_in_verified, soup_of

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


# --- the admin's clinic editor and catalogue: a draft system reaches no patient ------------------


def admin_use_options(client, clinic) -> list[str]:
    page = soup_of(client.get(edit_url(clinic)))
    return [option.get_text() for option in page.find(id="id_uses-0-ai_system").find_all("option")]


def test_the_admin_clinic_editor_does_not_offer_a_draft_but_keeps_a_use_its_system(
    client, admin_user
):
    sign_in_verified(client, admin_user)
    clinic = ClinicFactory()
    own = AIUseFactory(clinic=clinic).ai_system
    AISystemFactory(name="Outil en brouillon", draft=True)

    options = admin_use_options(client, clinic)
    assert not any(option.startswith("Outil en brouillon") for option in options)
    assert any(option.startswith(own.name) for option in options)
    # The empty form the "add" button copies offers no draft either.
    template = soup_of(client.get(edit_url(clinic))).find(id="id_uses-EMPTY_FORM_TEMPLATE")
    assert template is not None and "Outil en brouillon" not in template.get_text()

    own.draft = True
    own.save()
    assert any(option.startswith(own.name) for option in admin_use_options(client, clinic))


def test_the_admin_refuses_posting_a_draft_system_for_a_use(client, admin_user):
    sign_in_verified(client, admin_user)
    clinic = Clinic.objects.get(pk=AIUseFactory(clinic=ClinicFactory()).clinic_id)
    draft = AISystemFactory(name="Outil en brouillon", draft=True)

    response = post_edit(
        client, clinic, admin_user, publish=False, **{"uses-0-ai_system": str(draft.pk)}
    )

    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in error_next_to(
        response.content.decode(), "id_uses-0-ai_system"
    )


def test_publishing_a_use_whose_system_went_back_to_draft_is_refused(client, admin_user):
    sign_in_verified(client, admin_user)
    clinic = ClinicFactory()
    system = AIUseFactory(clinic=clinic).ai_system
    clinic = Clinic.objects.get(pk=clinic.pk)
    system.draft = True
    system.save()

    response = post_edit(client, clinic, admin_user, publish=True)

    assert response.status_code == 200
    assert error_next_to(response.content.decode(), "id_uses-0-ai_system") == (
        "Obligatoire pour publier\u00a0: L’outil choisi est encore un brouillon du catalogue : "
        "attendez qu’il soit complété. (choix nécessaire)"
    )
    clinic.refresh_from_db()
    assert clinic.live is False


def test_the_rules_refuse_a_notice_naming_a_draft_system():
    clinic = published_clinic()
    system = clinic.uses.get().ai_system
    assert not notice_gaps(clinic_facts(clinic))

    system.draft = True
    system.save()

    gaps = notice_gaps(clinic_facts(Clinic.objects.get(pk=clinic.pk)))
    assert [(o.field, o.kind) for o in gaps.uses[0]] == [("ai_system", NEEDED)]


def catalogue_form_data(system, user) -> dict:
    """What a browser posts for the catalogue's admin form as rendered (lists as lists)."""
    form = AISystem.snippet_viewset.get_edit_handler().get_form_class()(
        instance=system, for_user=user
    )
    data = form_data(form)
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list | tuple):
            data[form.add_prefix(name)] = [str(item) for item in value]
    return data


def test_a_system_live_notices_use_cannot_go_back_to_draft(client, admin_user):
    sign_in_verified(client, admin_user)
    clinic = published_clinic(name="Cabinet des Tilleuls")
    system = clinic.uses.get().ai_system
    url = reverse("wagtailsnippets_content_aisystem:edit", args=[system.pk])

    response = client.post(url, {**catalogue_form_data(system, admin_user), "draft": "on"})

    assert response.status_code == 200
    assert error_next_to(response.content.decode(), "id_draft") == (
        "Cet outil ne peut pas redevenir un brouillon : la notice publiée de Cabinet des "
        "Tilleuls l’utilise. Retirez-le d’abord de cette notice, ou laissez-le au catalogue."
    )
    system.refresh_from_db()
    assert system.draft is False
    # Unused by any published notice, it may.
    unused = AISystemFactory()
    url = reverse("wagtailsnippets_content_aisystem:edit", args=[unused.pk])
    data = {**catalogue_form_data(unused, admin_user), "draft": "on"}
    assert client.post(url, data).status_code == 302
    unused.refresh_from_db()
    assert unused.draft is True
