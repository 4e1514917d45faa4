"""Point 3: no patient data, by construction. A card's rows have no field for a name, a birth date,
a record number or free text about the patient; the forms and the API ask for none."""

import pytest
from django.db import models

from content.visits.models import VisitCard, VisitCardUse
from content.workspace.visit_forms import VisitCardForm

# Every column a card and its tools hold, and why each is there.
CARD_COLUMNS = {
    "id",
    "code",  # 15 random symbols: carries no meaning
    "clinic",
    "version",  # the notice in force that day
    "visit_date",
    "language",  # of the card's address
    "checker_name",  # the professional, not the patient; letters only, 60 at most
    "checker_role",  # a choice
    "issued_at",
    "channel",
    "issued_by",  # the member who issued it
    "token",  # or the API token
}
CARD_USE_COLUMNS = {"id", "card", "position", "use_key", "system_key", "care_step"}


def _columns(model) -> set[str]:
    return {field.name for field in model._meta.get_fields() if field.concrete}


def test_a_card_holds_only_what_says_which_tools_served_and_who_checked():
    assert _columns(VisitCard) == CARD_COLUMNS
    assert _columns(VisitCardUse) == CARD_USE_COLUMNS
    for model in (VisitCard, VisitCardUse):
        for field in model._meta.get_fields():
            # No free text at all: no TextField or JSON, and the one typed text is the checker's name.
            assert not isinstance(field, models.TextField | models.JSONField), field
            if isinstance(field, models.CharField) and not field.choices:
                assert field.name in {
                    "code",
                    "language",
                    "checker_name",
                    "system_key",
                    "care_step",
                }, field


@pytest.mark.django_db
def test_the_card_form_asks_nothing_about_the_patient():
    form = VisitCardForm(uses=[], language="fr")
    assert list(form.fields) == ["uses", "visit_date", "checker_name", "checker_role", "language"]
    labels = " ".join(str(field.label) for field in form.fields.values()).casefold()
    for forbidden in ("patient né", "naissance", "dossier", "sécurité sociale", "nom du patient"):
        assert forbidden not in labels
