"""What a published notice answers of what patients expect, with the barometer's figures."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from content.explainers.models import BarometerFigure, PatientExpectation, Source
from content.page_cache import site_memo

from .facts import clinic_facts_from_document
from .rules.coverage import expectation_coverage


@dataclass(frozen=True)
class AnsweredExpectations:
    """What the notice block "Ce que cette notice vous répond" shows; iterates over its items.

    Each item holds the expectation, its Coverage, the public's figures (`public`) and the
    professionals' (`professionals`), each figure with the number of its source in `sources`,
    which lists every source once, in the order first cited.
    """

    items: list[dict[str, Any]]
    sources: list[Source]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


PROFESSIONAL_POPULATIONS = (
    BarometerFigure.Population.PROFESSIONALS,
    BarometerFigure.Population.AI_PROFESSIONALS,
)


def expectations_answered(*, document: Mapping[str, Any]) -> AnsweredExpectations:
    """Each patient expectation with its figures, and whether this published notice answers it.

    The public's figures come first and apart from the professionals', so that a page never
    shows what clinicians said as what patients expect. The expectations and their figures are
    kept in the site memo: they change with the site's reference data only.
    """
    expectations = site_memo(
        ("expectations",),
        lambda: list(PatientExpectation.objects.prefetch_related("figures__source")),
    )
    facts = clinic_facts_from_document(document)
    coverage = {
        c.expectation: c for c in expectation_coverage(facts, [e.key for e in expectations])
    }
    sources: list[Source] = []
    items = []
    for expectation in expectations:
        groups: dict[str, list[dict[str, Any]]] = {"public": [], "professionals": []}
        for figure in expectation.figures.all():
            if figure.source not in sources:
                sources.append(figure.source)
            group = "professionals" if figure.population in PROFESSIONAL_POPULATIONS else "public"
            groups[group].append({"figure": figure, "source": sources.index(figure.source) + 1})
        items.append({"expectation": expectation, "coverage": coverage[expectation.key], **groups})
    return AnsweredExpectations(items=items, sources=sources)
