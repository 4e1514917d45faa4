"""Writes the demo portal: reference data, the clinics and their published notices, then the French
pages and their English translations.

Idempotent: whatever already exists (found by its key) is left as it is, so a second run changes
nothing and an editor's changes are never overwritten.
"""

import re
import uuid
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from content.explainers.models import (
    ArticlePage,
    BarometerFigure,
    FooterLinks,
    GlossaryTerm,
    HomePage,
    PatientExpectation,
    SectionPage,
    Source,
    StandardPage,
)
from content.explainers.review import page_fingerprint, translation_source
from content.explainers.typography import french_spacing, french_spacing_html
from content.notices.models import AISystem, AIUse, Clinic, EvidenceLink, NoticeVersion
from content.notices.pages import ClinicDirectoryPage
from content.notices.publishing import notice_review_due
from content.vocabulary import AIUSE_TEXT_FIELDS

from . import articles_rights, articles_understand, clinics, easy_read, reference, site
from .members import demo_members_load
from .use_templates import use_templates_load
from .visits import demo_visits_load

LANGUAGES = ("fr", "en")
DEMO_NAMESPACE = uuid.UUID("6f1c2e0a-8f5b-4b8e-9a51-2d7e3c4b5a69")
_PAGE_LINK = re.compile(r'<a href="page:([a-z0-9-]+)">')
RICH_TEXT_KEYS = {"paragraph", "callout", "questions", "example"}


def translation_key_for(key: str) -> uuid.UUID:
    """The stable translation key of a demo page, so that every run finds the same page."""
    return uuid.uuid5(DEMO_NAMESPACE, key)


def _typeset(language: str, text: str, *, html: bool = False) -> str:
    if language != "fr" or not text:
        return text
    return french_spacing_html(text) if html else french_spacing(text)


def _translated(row: dict, field: str) -> dict:
    return {
        f"{field}_{language}": _typeset(language, row[f"{field}_{language}"])
        for language in LANGUAGES
    }


def demo_reference_load() -> dict[str, int]:
    """Create the sources, figures, expectations and glossary terms that are missing; count them."""
    created = {"sources": 0, "figures": 0, "expectations": 0, "glossary": 0}
    for row in reference.SOURCES:
        _, new = Source.objects.get_or_create(
            key=row["key"],
            defaults={
                **_translated(row, "publisher"),
                "year": row["year"],
                "url": row.get("url", ""),
                **_translated(row, "title"),
                **_translated(row, "description"),
            },
        )
        created["sources"] += new
    sources = {source.key: source for source in Source.objects.all()}
    for row in reference.FIGURES:
        _, new = BarometerFigure.objects.get_or_create(
            key=row["key"],
            defaults={
                "value": row["value"],
                "comparison": row["comparison"],
                "population": row["population"],
                "source": sources[row["source"]],
                **_translated(row, "statement"),
            },
        )
        created["figures"] += new
    figures = {figure.key: figure for figure in BarometerFigure.objects.all()}
    for order, row in enumerate(reference.EXPECTATIONS):
        expectation, new = PatientExpectation.objects.get_or_create(
            key=row["key"],
            defaults={
                "sort_order": order,
                **_translated(row, "title"),
                **_translated(row, "description"),
            },
        )
        if new:
            expectation.figures.set([figures[key] for key in row["figures"]])
        created["expectations"] += new
    for row in reference.GLOSSARY:
        _, new = GlossaryTerm.objects.get_or_create(
            key=row["key"], defaults={**_translated(row, "term"), **_translated(row, "definition")}
        )
        created["glossary"] += new
    return created


def _typeset_row(row: dict) -> dict:
    """The row with French typography on its French texts (the fields ending in `_fr`)."""
    return {
        name: _typeset("fr", value) if name.endswith("_fr") else value
        for name, value in row.items()
    }


def _ai_system_build(row: dict) -> AISystem:
    fields = _typeset_row({name: value for name, value in row.items() if name != "evidence"})
    system = AISystem(**{**fields, "last_reviewed": date.fromisoformat(row["last_reviewed"])})
    system.evidence = [EvidenceLink(**_typeset_row(link)) for link in row["evidence"]]
    return system


def _use_fill(use: AIUse, row: dict, systems: dict[str, AISystem]) -> AIUse:
    """Write the row into the use; every text of AIUSE_TEXT_FIELDS must be in it, in both languages."""
    use.key = uuid.UUID(row["key"])
    use.ai_system = systems[row["ai_system"]]
    use.care_step = row["care_step"]
    use.patient_interacts = row["patient_interacts"]
    use.decision_role = row["decision_role"]
    use.declinable = row.get("declinable", False)
    for name in AIUSE_TEXT_FIELDS:
        for language in LANGUAGES:
            setattr(use, f"{name}_{language}", _typeset(language, row[f"{name}_{language}"]))
    return use


def _clinic_fill(clinic: Clinic, row: dict, systems: dict[str, AISystem]) -> None:
    """Write the row into the clinic and its uses in memory; a use keeps its row when its key matches."""
    for name, value in _typeset_row(row).items():
        if name not in ("uses", "published_months_ago"):
            setattr(clinic, name, value)
    existing = {str(use.key): use for use in clinic.uses.all()}
    clinic.uses = [
        _use_fill(existing.get(use["key"]) or AIUse(), use, systems) for use in row["uses"]
    ]


def _clinic_versions(row: dict) -> list[dict]:
    """The clinic's notices to publish, oldest first: its history, then the row as it is now.

    A past version names the uses it had (a subset of the current ones) and the fields that differed.
    """
    versions = []
    for past in clinics.CLINIC_HISTORY.get(row["slug"], []):
        uses = [
            {**use, **past["uses"][use["key"]]} for use in row["uses"] if use["key"] in past["uses"]
        ]
        versions.append(
            {
                **row,
                **past.get("clinic", {}),
                "published_months_ago": past.get("published_months_ago", 0),
                "uses": uses,
            }
        )
    return [*versions, row]


def _months_before(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.month - 1 - months, 12)
    return moment.replace(year=moment.year + year, month=month + 1, day=min(moment.day, 28))


def _version_backdate(clinic: Clinic, *, months: int) -> None:
    """Date the clinic's newest version `months` before now, so the demo's versions read apart."""
    if not months:
        return
    version = NoticeVersion.objects.filter(clinic=clinic).order_by("-number").first()
    version.published_at = _months_before(timezone.now(), months)
    version.review_due_on = notice_review_due(timezone.localdate(version.published_at))
    version.document["version"]["published_at"] = version.published_at.isoformat()
    version.save(update_fields=["published_at", "review_due_on", "document"])


def demo_clinics_load() -> dict[str, int]:
    """Create the missing AI systems and clinics, publishing each notice version; count them.

    An existing system or clinic (found by its key or slug) is left as it is. Publishing goes through
    Wagtail's revisions, so each version is recorded; a ValidationError means the demo data has gaps.
    """
    created = {"ai_systems": 0, "clinics": 0}
    new_systems = []
    for row in clinics.AI_SYSTEMS:
        if AISystem.objects.filter(key=row["key"]).exists():
            continue
        system = _ai_system_build(row)
        system.full_clean()
        system.save()
        new_systems.append(system.key)
        created["ai_systems"] += 1
    systems = {system.key: system for system in AISystem.objects.all()}
    for row in clinics.CLINICS:
        if Clinic.objects.filter(slug=row["slug"]).exists():
            continue
        # A clinic and all its versions, or nothing: a run that fails half-way can be run again.
        with transaction.atomic():
            clinic = Clinic()
            for number, version in enumerate(_clinic_versions(row)):
                if number:
                    clinic = Clinic.objects.get(pk=clinic.pk)
                _clinic_fill(clinic, version, systems)
                if not number:
                    clinic.live = False
                    clinic.save()
                clinic.save_revision().publish()
                _version_backdate(clinic, months=version.get("published_months_ago", 0))
        created["clinics"] += 1
    # Changes the catalogue made since, to systems this run created (never an editor's).
    for key, facts in clinics.CATALOGUE_CHANGES.items():
        if key in new_systems:
            system = AISystem.objects.get(key=key)
            for name, value in facts.items():
                setattr(system, name, value)
            system.save()
    return created


def _locales() -> dict[str, Locale]:
    return {
        language: Locale.objects.get_or_create(language_code=language)[0] for language in LANGUAGES
    }


def _tree_root(locale: Locale) -> Page:
    # A flushed database (live-server tests) has lost the root page that Wagtail's migration made.
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


class _PageWriter:
    """Finds or creates the demo pages of both languages, then fills their bodies."""

    def __init__(self, locales: dict[str, Locale]):
        self.locales = locales
        self.created = 0
        self.pages: dict[tuple[str, str], Page] = {}
        self.new_bodies: list[tuple[Page, str, list, list]] = []
        self.figures = {figure.key: figure.pk for figure in BarometerFigure.objects.all()}

    def ensure(
        self, key: str, parents: dict[str, Page], model, data: dict, sources=(), **fields
    ) -> None:
        """Find or create the page in each language under its parent; bodies are filled later."""
        tk = translation_key_for(key)
        existing = {
            page.locale.language_code: page.specific
            for page in Page.objects.filter(translation_key=tk).select_related("locale")
        }
        for language in LANGUAGES:
            page = existing.get(language)
            if page is None:
                text = data[language]
                page = model(
                    translation_key=tk,
                    locale=self.locales[language],
                    title=_typeset(language, text["title"]),
                    slug=text.get("slug", "accueil" if language == "fr" else "home"),
                    intro=_typeset(language, text.get("intro", "")),
                    **self._fields(fields, language),
                )
                parents[language].add_child(instance=page)
                self.new_bodies.append((page, language, text.get("body", []), sources))
                self.created += 1
            self.pages[(key, language)] = page

    def both(self, key: str) -> dict[str, Page]:
        return {language: self.pages[(key, language)] for language in LANGUAGES}

    @staticmethod
    def _fields(fields: dict, language: str) -> dict:
        return {
            name: value[language] if isinstance(value, dict) else value
            for name, value in fields.items()
        }

    def publish_new(self) -> None:
        """Fill and publish every page created by this run; pages that existed are left alone."""
        for page, language, body, sources in self.new_bodies:
            if _has_field(type(page), "body"):
                page.body = [self._block(block, language) for block in body]
            if isinstance(page, ArticlePage):
                self._easy_read_fill(page, language)
            if sources:
                page.sources.set(sources)
            _fingerprints_record(page)
            page.live = False
            page.save_revision().publish()

    def _easy_read_fill(self, page: ArticlePage, language: str) -> None:
        """The article's easy-read version (`easy_read.ARTICLES`), when one is written."""
        by_translation_key = {
            translation_key_for(key): text for key, text in easy_read.ARTICLES.items()
        }
        written = by_translation_key.get(page.translation_key, {}).get(language)
        if written:
            page.easy_read_intro = _typeset(language, written["intro"])
            page.easy_read_body = [self._block(block, language) for block in written["body"]]

    def _block(self, block: dict, language: str) -> dict:
        kind, value = block["type"], block["value"]
        if kind == "key_figure":
            value = {**value, "figure": self.figures[value["figure"]]}
        elif kind == "figure_list":
            value = {**value, "figures": [self.figures[key] for key in value["figures"]]}
        return {"type": kind, "value": self._text(value, language, rich=kind in RICH_TEXT_KEYS)}

    def _text(self, value, language: str, *, rich: bool):
        if isinstance(value, str):
            if rich and value.lstrip().startswith("<"):
                return self._links(_typeset(language, value, html=True), language)
            return _typeset(language, value)
        if isinstance(value, list):
            return [self._text(item, language, rich=rich) for item in value]
        if isinstance(value, dict):
            return {name: self._text(item, language, rich=rich) for name, item in value.items()}
        return value

    def _links(self, html: str, language: str) -> str:
        def to_page_link(match: re.Match) -> str:
            page = self.pages[(match.group(1), language)]
            return f'<a linktype="page" id="{page.pk}">'

        return _PAGE_LINK.sub(to_page_link, html)


def _fingerprints_record(page: Page) -> None:
    """The demo's articles are reviewed, and its translations follow their French pages, as published.

    The French page of a translation is published before it (`LANGUAGES` puts French first).
    """
    if _has_field(type(page), "reviewed_fingerprint"):
        page.reviewed_fingerprint = page_fingerprint(page)
    if _has_field(type(page), "translation_source_fingerprint"):
        source = translation_source(page)
        if source is not None:
            page.translation_source_fingerprint = page_fingerprint(source)


def _has_field(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


def _placeholder_remove(root: Page) -> None:
    """Delete the welcome page Wagtail's first migration makes, before the demo home exists."""
    if HomePage.objects.exists():
        return
    placeholder = (
        root.get_children()
        .filter(content_type__model="page", content_type__app_label="wagtailcore", numchild=0)
        .first()
    )
    if placeholder is not None:
        # Deleting a site's root page would delete the site: park the site on the tree root first.
        Site.objects.filter(root_page=placeholder).update(root_page=root)
        placeholder.delete()


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Write the whole demo portal; return how many objects of each kind this run created."""
    locales = _locales()
    created = demo_reference_load()
    created.update(demo_clinics_load())
    created.update(demo_members_load() | demo_visits_load())
    created["use_templates"] = use_templates_load()
    root = _tree_root(locales["fr"])
    _placeholder_remove(root)
    writer = _PageWriter(locales)

    writer.ensure("home", {"fr": root, "en": root}, HomePage, site.HOME)
    home = writer.both("home")
    for section in site.SECTIONS:
        writer.ensure(f"section-{section['key']}", home, SectionPage, section, show_in_menus=True)
    for page in site.STANDARD_PAGES:
        writer.ensure(f"page-{page['key']}", home, StandardPage, page)
    writer.ensure(
        "clinic-directory", home, ClinicDirectoryPage, clinics.DIRECTORY, show_in_menus=True
    )
    sources = {source.key: source for source in Source.objects.all()}
    for article in [*articles_understand.ARTICLES, *articles_rights.ARTICLES]:
        writer.ensure(
            article["key"],
            writer.both(f"section-{article['section']}"),
            ArticlePage,
            article,
            reviewed_by=article["reviewed_by"],
            reviewer_role=article["reviewer_role"],
            reviewed_on=date.fromisoformat(article["reviewed_on"]),
            sources=[sources[key] for key in article["sources"]],
        )
    writer.publish_new()
    created["pages"] = writer.created

    site_record = _site_for(home["fr"])
    footer = FooterLinks.for_site(site_record)
    if footer.legal_page_id is None:
        footer.legal_page = writer.pages[("page-legal", "fr")]
        footer.privacy_page = writer.pages[("page-privacy", "fr")]
        footer.accessibility_page = writer.pages[("page-accessibility", "fr")]
        footer.glossary_page = writer.pages[("page-glossary", "fr")]
        footer.save()
    return created


def _site_for(home: Page) -> Site:
    """The default site, pointed at the demo home page."""
    site_record = Site.objects.filter(is_default_site=True).first()
    if site_record is None:
        return Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=""
        )
    if site_record.root_page_id != home.pk:
        site_record.root_page = home
        site_record.save()
    return site_record
