"""Templates of the usual uses: a new use starts from every text, its marked passages block
submission and never reach patients; the templates are seeded once and kept in the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from content.demo.use_templates import use_template_rows, use_templates_load
from content.notices.facts import clinic_facts
from content.notices.models import AISystem, AIUse, Clinic, SystemRequest, UseTemplate
from content.notices.rules.obligations import TO_CHECK, notice_gaps
from content.notices.rules.use_facts import ClinicFacts, SystemFacts, UseFacts
from content.notices.use_templates import template_marks, use_template_values
from content.vocabulary import AIUSE_TEXT_FIELDS, AISystemKind, MemberRole, RegulatoryStatus
from tests.factories import AISystemFactory, member, published_clinic
from tests.workspace.helpers import (
    draft_save,
    public_notice_url,
    sign_in_verified,
    soup_of,
    text,
    url,
)

pytestmark = pytest.mark.django_db

MARKED = "Effacé sous [[à vérifier : la durée chez votre éditeur]] après la consultation."
PASSAGE = "à vérifier : la durée chez votre éditeur"


@pytest.fixture
def clinic() -> Clinic:
    return published_clinic(uses=1)


@pytest.fixture
def editor(clinic):
    return member(clinic, MemberRole.EDITOR)


# --- a new use from a template ----------------------------------------------------------------


def test_every_seeded_template_fills_every_text_and_the_choices_of_a_new_use():
    keys = {row["key"] for row in use_template_rows()}
    templates = list(UseTemplate.objects.filter(key__in=keys))
    assert len(templates) == len(keys) >= 2

    for template in templates:
        values = use_template_values(template=template)

        assert values["care_step"] == template.care_step
        assert values["decision_role"] == template.decision_role
        assert values["patient_interacts"] is template.patient_interacts
        assert values["declinable"] is template.declinable
        assert values["label_fr"], template.key
        for name in AIUSE_TEXT_FIELDS:
            assert values[f"{name}_fr"].strip(), f"{template.key}: {name} is empty"
            assert f"{name}_en" in values


def test_a_use_built_from_a_template_holds_its_texts_and_stays_editable(clinic):
    template = UseTemplate.objects.order_by("sort_order", "key").first()
    use = AIUse(
        clinic=clinic, ai_system=AISystemFactory(), **use_template_values(template=template)
    )
    use.save()

    use.refresh_from_db()
    assert use.summary_fr == template.summary_fr
    use.summary_fr = "Réécrit par la structure."
    use.save()
    template.refresh_from_db()
    assert template.summary_fr != "Réécrit par la structure."


def test_template_marks_names_each_passage_without_its_brackets():
    assert template_marks(MARKED) == [PASSAGE]
    assert template_marks("Rien à vérifier ici [crochet simple].") == []
    assert template_marks(None) == []


# --- marks are gaps ---------------------------------------------------------------------------


def _use(**overrides) -> UseFacts:
    values = {
        "care_step": "documentation",
        "patient_interacts": False,
        "decision_role": "drafts",
        "system": SystemFacts(kind="speech", regulatory_status=RegulatoryStatus.NOT_MEDICAL_DEVICE),
        "written": frozenset(AIUSE_TEXT_FIELDS),
    }
    return UseFacts(**{**values, **overrides})


def _facts(use: UseFacts) -> ClinicFacts:
    return ClinicFacts(written=frozenset({"ai_contact_name", "ai_contact_email"}), uses=(use,))


def test_a_written_text_that_still_holds_a_mark_is_missing_with_its_passage():
    gaps = notice_gaps(_facts(_use(marked=(("retention", (PASSAGE,)),))))

    (missing,) = gaps.uses[0]
    assert missing.field == "retention"
    assert missing.kind == TO_CHECK
    assert missing.source == f"contient un passage à vérifier\u00a0: «\u00a0{PASSAGE}\u00a0»"
    assert "doubles crochets" in str(missing.reason)


def test_a_mark_in_a_text_the_use_does_not_owe_is_missing_too():
    # Data stay in the EEA: the transfer text is not owed, but its mark would still be published.
    gaps = notice_gaps(_facts(_use(marked=(("data_transfer", ("à compléter", "à vérifier")),))))

    (missing,) = gaps.uses[0]
    assert missing.field == "data_transfer"
    assert missing.source.startswith("contient des passages à vérifier")


def test_a_general_purpose_assistant_owes_what_it_receives_of_the_patients_identity():
    assistant = SystemFacts(
        kind=AISystemKind.GENERAL_ASSISTANT, regulatory_status=RegulatoryStatus.NOT_MEDICAL_DEVICE
    )
    written = frozenset(AIUSE_TEXT_FIELDS) - {"identifiable_data"}

    gaps = notice_gaps(_facts(_use(system=assistant, written=written)))

    assert [o.field for o in gaps.uses[0]] == ["identifiable_data"]


def test_a_mark_in_french_makes_a_gap_in_the_clinics_draft(clinic, editor):
    draft_save(clinic, user=editor, retention_fr="Effacé après [[à vérifier : combien de temps]].")

    gaps = notice_gaps(clinic_facts(clinic.latest_revision.as_object()))

    assert [o.field for o in gaps.uses[0]] == ["retention"]
    assert "combien de temps" in gaps.uses[0][0].source


def test_a_mark_in_english_blocks_nothing_and_the_english_notice_shows_the_french(clinic, editor):
    from content.notices.document import notice_document

    draft_save(clinic, user=editor, retention_en="Erased after [[to check: how long]].")
    draft = clinic.latest_revision.as_object()

    assert not notice_gaps(clinic_facts(draft))
    # Not yet checked, the English text is not published: the French one stands in for it.
    assert notice_document(clinic=draft)["uses"][0]["retention"]["en"] is None


def test_the_notice_form_names_the_passage_left_to_check(client, clinic, editor):
    draft_save(clinic, user=editor, retention_fr=MARKED)
    sign_in_verified(client, editor)

    response = client.get(url("notice_edit", clinic))

    assert PASSAGE in text(soup_of(response))
    assert "passage à vérifier" in text(soup_of(response))


def test_submitting_is_refused_while_a_mark_remains(clinic, editor):
    from content.workspace.review import notice_submit

    draft_save(clinic, user=editor, retention_fr=MARKED)
    membership = editor.clinic_memberships.get(clinic=clinic)

    with pytest.raises(ValidationError):
        notice_submit(membership=membership, user=editor, note="Merci de relire.")

    draft_save(clinic, user=editor, retention_fr="Effacé sous 24 heures après la consultation.")
    assert notice_submit(membership=membership, user=editor, note="Merci de relire.")


def test_the_clinic_page_offers_no_submission_while_a_mark_remains(client, clinic, editor):
    draft_save(clinic, user=editor, retention_fr=MARKED)
    sign_in_verified(client, editor)

    response = client.get(url("clinic", clinic))

    assert soup_of(response).find("form", action=url("notice_submit", clinic)) is None


# --- no mark reaches patients -----------------------------------------------------------------


def test_publishing_a_marked_text_is_refused_and_the_public_notice_stays(client, clinic):
    draft = clinic.latest_revision.as_object()
    draft.uses.all()[0].summary_fr = MARKED
    revision = draft.save_revision()

    with pytest.raises(ValidationError):
        revision.publish()

    public = client.get(public_notice_url(clinic))
    assert public.status_code == 200
    assert "[[" not in public.content.decode()
    assert PASSAGE not in public.content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_mark_in_a_published_record_is_never_shown_to_patients(client, clinic, language):
    version = clinic.versions.order_by("-number").first()
    use = version.document["uses"][0]
    use["summary"] = {"fr": MARKED, "en": "Erased [[to check: how long]] after."}
    version.save(update_fields=["document"])

    public = client.get(public_notice_url(clinic, language))

    page = public.content.decode()
    assert public.status_code == 200
    assert "[[" not in page and "]]" not in page
    assert PASSAGE not in page and "to check" not in page


def test_the_preview_shows_the_clinic_what_is_left_to_check(client, clinic, editor):
    draft_save(clinic, user=editor, summary_fr=MARKED)
    sign_in_verified(client, editor)

    response = client.get(url("notice_preview", clinic))

    assert PASSAGE in text(soup_of(response))


# --- seeding ----------------------------------------------------------------------------------


def test_seeding_again_creates_nothing_and_keeps_an_editors_change():
    template = UseTemplate.objects.order_by("key").first()
    template.summary_fr = "Réécrit par l’équipe du portail."
    template.save()

    assert use_templates_load() == 0

    template.refresh_from_db()
    assert template.summary_fr == "Réécrit par l’équipe du portail."


def test_seeding_creates_a_missing_template_with_french_typography():
    key = use_template_rows()[0]["key"]
    UseTemplate.objects.filter(key=key).delete()

    assert use_templates_load() == 1

    template = UseTemplate.objects.get(key=key)
    assert template.title_fr
    assert " :" not in template.summary_fr and " ?" not in template.answer_if_wrong_fr


def test_the_demo_catalogue_has_a_general_purpose_assistant_that_is_no_medical_device():
    assistant = AISystem.objects.get(key="polymnia-assistant")

    assert assistant.kind == AISystemKind.GENERAL_ASSISTANT
    assert not assistant.is_medical_device
    assert assistant.training_reuse == "no"
    assert assistant.foundation_model
    assert assistant.intended_purpose_en and assistant.not_intended_for_en


# --- admin ------------------------------------------------------------------------------------


@pytest.fixture
def system_request(clinic, editor) -> SystemRequest:
    return SystemRequest.objects.create(
        clinic=clinic, requested_by=editor, product="Scribotron", vendor="Scribo SA"
    )


def test_the_admin_lists_and_opens_templates_and_requests(admin_client, system_request):
    template = UseTemplate.objects.first()
    for name, args in (
        ("wagtailsnippets_content_usetemplate:list", []),
        ("wagtailsnippets_content_usetemplate:edit", [template.pk]),
        ("wagtailsnippets_content_systemrequest:list", []),
        ("wagtailsnippets_content_systemrequest:edit", [system_request.pk]),
    ):
        response = admin_client.get(reverse(name, args=args))
        assert response.status_code == 200, name

    listing = admin_client.get(
        reverse("wagtailsnippets_content_systemrequest:list") + "?status=open"
    )
    assert "Scribotron" in listing.content.decode()


def test_the_template_form_shows_french_and_english_side_by_side(admin_client):
    template = UseTemplate.objects.first()
    response = admin_client.get(
        reverse("wagtailsnippets_content_usetemplate:edit", args=[template.pk])
    )

    soup = soup_of(response)
    for name in ("title", "label", *AIUSE_TEXT_FIELDS):
        assert soup.find(attrs={"name": f"{name}_fr"}) is not None, name
        assert soup.find(attrs={"name": f"{name}_en"}) is not None, name


def _decide(admin_client, request, **decision):
    edit = reverse("wagtailsnippets_content_systemrequest:edit", args=[request.pk])
    return admin_client.post(edit, {"status": "open", "system": "", "answer": "", **decision})


def test_declining_a_request_needs_an_answer_for_the_clinic(admin_client, system_request):
    refused = _decide(admin_client, system_request, status="declined")

    assert "pourquoi l’outil n’est pas ajouté" in refused.content.decode()
    system_request.refresh_from_db()
    assert system_request.status == "open"

    _decide(admin_client, system_request, status="declined", answer="Outil hors santé.")
    system_request.refresh_from_db()
    assert system_request.status == "declined" and system_request.answer == "Outil hors santé."


def test_marking_a_request_added_names_its_catalogue_entry(admin_client, system_request):
    refused = _decide(admin_client, system_request, status="added")
    assert "Choisissez la fiche du catalogue" in refused.content.decode()

    system = AISystemFactory()
    _decide(admin_client, system_request, status="added", system=str(system.pk))

    system_request.refresh_from_db()
    assert system_request.status == "added" and system_request.system == system
    # Its product and clinic stay as the clinic asked.
    assert system_request.product == "Scribotron"


def test_the_admin_offers_no_way_to_write_a_request_itself(admin_client):
    listing = admin_client.get(reverse("wagtailsnippets_content_systemrequest:list"))
    add = reverse("wagtailsnippets_content_systemrequest:add")

    assert f'href="{add}"' not in listing.content.decode()
    assert admin_client.get(add).status_code in {302, 403}


def test_the_chosen_tool_settles_what_its_catalogue_record_answers():
    scribe = UseTemplate.objects.get(key="scribe")
    staying = AISystem.objects.get(key="transcrivia-consultation")
    assert not staying.data_leave_eea and staying.training_reuse == "no"

    values = use_template_values(template=scribe, system=staying)

    # Data stay in the EEA: the notice says where from the catalogue, no transfer text is owed.
    assert values["data_transfer_fr"] == values["data_transfer_en"] == ""
    # No reuse for training: the template's sentence holds, its check is done.
    assert not template_marks(values["answer_data_access_fr"])
    assert "entraîner" in values["answer_data_access_fr"]
    # What the catalogue cannot know stays for the clinic to check.
    assert template_marks(values["retention_fr"]) and template_marks(values["how_to_decline_fr"])


def test_a_tool_whose_data_leave_the_eea_keeps_the_transfer_to_check():
    scribe = UseTemplate.objects.get(key="scribe")
    leaving = AISystemFactory(
        hosting_country="US", processing_country="US", data_leave_eea=True, training_reuse="yes"
    )

    values = use_template_values(template=scribe, system=leaving)

    assert template_marks(values["data_transfer_fr"])
    assert template_marks(values["answer_data_access_fr"])
