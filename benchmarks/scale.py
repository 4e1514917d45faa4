"""Print what the public pages cost with the demo's 3 clinics, then with SCALE more (PostgreSQL).

Run with `make bench SCALE=100000` (DATABASE_URL must name a PostgreSQL database; the benchmark
works in its own test database, created and dropped). The clinics are planted in bulk, as a
publication leaves them (clinic, 3 uses, the published notice, the directory entry), not through
the publish path, in towns of 50 départements; every planted name starts with "Cabinet".

For each page: the median time of ROUNDS requests rendered (the page cache forgets the page before
each; the site's frame and the directory's counts are kept, as a running server keeps them between
publications), its queries and size; and the time of its first request after a publication (every
cache and count cold). Figures, not assertions.
"""

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from benchmarks.rendering import measure_rendered  # noqa: E402
from content.demo.loader import demo_load  # noqa: E402
from content.notices.directory import (  # noqa: E402
    directory_entry_values,
    directory_words_record,
)
from content.notices.document import system_document  # noqa: E402
from content.notices.models import (  # noqa: E402
    AISystem,
    AIUse,
    Clinic,
    DirectoryEntry,
    NoticeVersion,
)
from content.notices.rules.directory_text import entry_words  # noqa: E402
from content.vocabulary import AIUSE_TEXT_FIELDS, ClinicKind  # noqa: E402

ROUNDS = 9
BATCH = 2000
TOWNS = [
    ("Tours", "37000"),
    ("Orléans", "45000"),
    ("Blois", "41000"),
    ("Chartres", "28000"),
    ("Bourges", "18000"),
    ("Châteauroux", "36000"),
    ("Le Mans", "72000"),
    ("Angers", "49000"),
    ("Nantes", "44000"),
    ("Rennes", "35000"),
    ("Brest", "29200"),
    ("Caen", "14000"),
    ("Rouen", "76000"),
    ("Lille", "59000"),
    ("Amiens", "80000"),
    ("Reims", "51100"),
    ("Metz", "57000"),
    ("Nancy", "54000"),
    ("Strasbourg", "67000"),
    ("Dijon", "21000"),
    ("Besançon", "25000"),
    ("Lyon", "69003"),
    ("Saint-Étienne", "42000"),
    ("Grenoble", "38000"),
    ("Annecy", "74000"),
    ("Clermont-Ferrand", "63000"),
    ("Limoges", "87000"),
    ("Poitiers", "86000"),
    ("La Rochelle", "17000"),
    ("Bordeaux", "33000"),
    ("Pau", "64000"),
    ("Toulouse", "31000"),
    ("Montpellier", "34000"),
    ("Nîmes", "30000"),
    ("Marseille", "13005"),
    ("Toulon", "83000"),
    ("Nice", "06000"),
    ("Ajaccio", "20000"),
    ("Bastia", "20200"),
    ("Perpignan", "66000"),
    ("Avignon", "84000"),
    ("Valence", "26000"),
    ("Paris", "75011"),
    ("Versailles", "78000"),
    ("Créteil", "94000"),
    ("Saint-Denis", "97400"),
    ("Fort-de-France", "97200"),
    ("Cayenne", "97300"),
    ("Bayonne", "64100"),
    ("Quimper", "29000"),
]
SURNAMES = (
    "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel "
    "Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine "
    "Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier "
    "François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu "
    "Gautier Masson"
).split()
KINDS = [
    (ClinicKind.GP_PRACTICE, "Cabinet médical"),
    (ClinicKind.GP_PRACTICE, "Cabinet de médecine générale"),
    (ClinicKind.RADIOLOGY, "Cabinet de radiologie"),
    (ClinicKind.HEALTH_CENTRE, "Cabinet de groupe, maison de santé"),
    (ClinicKind.OTHER, "Cabinet de cardiologie"),
]
PLANTED_SYSTEMS = 20


def pages(planted_slug: str | None) -> dict[str, str]:
    found = {
        "directory, page 1": "/fr/notices/",
        "directory, page 1,000": "/fr/notices/?page=1000",
        "town (tours)": "/fr/notices/?q=tours",
        "town, one typo (toulouze)": "/fr/notices/?q=toulouze",
        "name in every clinic (cabinet)": "/fr/notices/?q=cabinet",
        "one clinic (tilleuls)": "/fr/notices/?q=tilleuls",
        "department (41)": "/fr/notices/?q=41",
        "tool (filter)": "/fr/notices/?system=transcrivia-consultation",
        "notice (demo)": "/fr/notices/cabinet-medical-des-tilleuls/",
        "JSON (demo)": "/api/notices/cabinet-medical-des-tilleuls.json",
        "home": "/fr/",
        "site search (vendome)": "/fr/search/?q=vendome",
        "observatory": "/fr/observatoire/",
    }
    if planted_slug:
        found["notice (planted)"] = f"/fr/notices/{planted_slug}/"
    return found


def measure(client: Client, url: str) -> dict[str, float]:
    """Cold time, then median rendered time, queries and kilobytes of one address."""
    caches["pages"].clear()
    start = time.perf_counter()
    response = client.get(url)
    cold = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, response.status_code)
    ms, queries, size = measure_rendered(client, url, ROUNDS)
    return {"ms": ms, "queries": queries, "kB": size / 1024, "cold": cold}


def planted_systems() -> list[AISystem]:
    """The demo's systems and PLANTED_SYSTEMS more of the same kinds, under other names."""
    demo = list(AISystem.objects.prefetch_related("evidence"))
    planted = []
    for number in range(PLANTED_SYSTEMS):
        model = demo[number % len(demo)]
        values = {
            field.attname: getattr(model, field.attname)
            for field in AISystem._meta.concrete_fields
            if not field.primary_key
        }
        values.update(key=f"outil-plante-{number:02d}", name=f"Outil planté {number:02d}")
        planted.append(AISystem(**values))
    AISystem.objects.bulk_create(planted)
    return demo + planted


def use_templates() -> list[dict]:
    """Three published uses of the demo, as a notice document holds them."""
    uses = []
    for version in NoticeVersion.objects.order_by("clinic_id", "-number"):
        for use in version.document["uses"]:
            if use["system"]["key"] not in {u["system"]["key"] for u in uses}:
                uses.append(use)
    return uses[:3]


def _copy(table: str, columns: list[str], rows) -> None:
    """Write rows with PostgreSQL's COPY: planting 100,000 notices in minutes, not hours."""
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _document_head(clinic: Clinic, now) -> dict:
    return {
        "schema_version": "1.0",
        "id": clinic.slug,
        "name": clinic.name,
        "kind": {"code": clinic.kind, "label": {"fr": "", "en": ""}},
        "introduction": {"fr": "", "en": None},
        "address": {
            "street": clinic.street_address,
            "postcode": clinic.postcode,
            "city": clinic.city,
        },
        "phone": "",
        "website": "",
        "contacts": {
            "ai": {"name": {"fr": "L'accueil", "en": None}, "email": clinic.ai_contact_email},
            "data_protection_officer": {"name": "", "email": ""},
            "responsible_physician": {"name": "", "role": {"fr": "", "en": None}},
        },
        "version": {"number": 1, "published_at": now.isoformat()},
    }


def plant(count: int) -> str:
    """`count` live clinics with 3 uses, their published notice and directory entry; a slug."""
    systems = planted_systems()
    templates = use_templates()
    # Each use as the document holds it, serialised once per (use, system), its id put in front.
    uses_json = {
        (order, system.key): json.dumps(
            {**template, "system": system_document(system)}, ensure_ascii=False
        )[1:]
        for order, template in enumerate(templates)
        for system in systems
    }
    text_columns = [
        (f"{name}_{language}", name, language)
        for name in AIUSE_TEXT_FIELDS
        for language in ("fr", "en")
    ]
    use_columns = [
        "clinic_id",
        "sort_order",
        "key",
        "ai_system_id",
        "care_step",
        "patient_interacts",
        "decision_role",
        "declinable",
        "label",
        *AIUSE_TEXT_FIELDS,
        *[column for column, _n, _l in text_columns],
    ]
    use_texts = [
        [
            *[(template[name] or {}).get("fr") or "" for name in AIUSE_TEXT_FIELDS],
            *[(template[name] or {}).get(language) or "" for _c, name, language in text_columns],
        ]
        for template in templates
    ]
    entry_columns = list(directory_entry_values(clinic_id=0, document=_sample_document()))
    changes = json.dumps({"first": True, "added": [], "removed": [], "changed": [], "clinic": []})
    now = timezone.now()
    first_slug = ""
    words = set()
    for start in range(0, count, BATCH):
        numbers = range(start, min(start + BATCH, count))
        clinics = []
        for number in numbers:
            # Town, kind and name drawn independently: no town's clinics stand together in the
            # alphabet (a correlation no query plan should count on, nor profit from).
            town, postcode = TOWNS[number % len(TOWNS)]
            kind, prefix = KINDS[(number // len(TOWNS)) % len(KINDS)]
            surname = SURNAMES[(number // (len(TOWNS) * len(KINDS))) % len(SURNAMES)]
            clinics.append(
                Clinic(
                    name=f"{prefix} {surname} {number}",
                    slug=f"cabinet-plante-{number}",
                    kind=kind,
                    street_address=f"{number % 200 + 1} rue de la République",
                    postcode=postcode,
                    city=town,
                    ai_contact_name_fr="L'accueil",
                    ai_contact_email=f"accueil-{number}@cabinet.example.org",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        with transaction.atomic():
            clinics = Clinic.objects.bulk_create(clinics)
            uses, versions, entries = [], [], []
            for clinic in clinics:
                chosen = [systems[(clinic.pk + i * 7) % len(systems)] for i in range(3)]
                document_uses = []
                for order, system in enumerate(chosen):
                    key = uuid.uuid4()
                    template = templates[order]
                    uses.append(
                        [
                            clinic.pk,
                            order,
                            key,
                            system.pk,
                            template["care_step"]["code"],
                            template["patient_interacts"],
                            template["decision_role"]["code"],
                            False,
                            "",
                            *use_texts[order],
                        ]
                    )
                    document_uses.append(f'{{"id": "{key}", {uses_json[order, system.key]}')
                head = _document_head(clinic, now)
                document = (
                    json.dumps(head, ensure_ascii=False)[:-1]
                    + ', "uses": ['
                    + ", ".join(document_uses)
                    + "]}"
                )
                versions.append([clinic.pk, 1, now, document, changes])
                systems_of = [{"system": {"key": s.key, "name": s.name}} for s in chosen]
                values = directory_entry_values(
                    clinic_id=clinic.pk, document={**head, "uses": systems_of}
                )
                values["systems"] = json.dumps(values["systems"], ensure_ascii=False)
                entries.append([values[column] for column in entry_columns])
                words |= entry_words(values["search_text"])
            _copy(AIUse._meta.db_table, use_columns, uses)
            _copy(
                NoticeVersion._meta.db_table,
                ["clinic_id", "number", "published_at", "document", "changes"],
                versions,
            )
            _copy(DirectoryEntry._meta.db_table, entry_columns, entries)
        first_slug = first_slug or clinics[0].slug
        print(f"\r  planted {numbers.stop:>7} clinics", end="", flush=True)
    directory_words_record(words)
    print()
    return first_slug


def _sample_document() -> dict:
    return {
        "id": "x",
        "name": "x",
        "kind": {"code": ClinicKind.OTHER},
        "address": {"postcode": "75001", "city": "x"},
        "uses": [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=100_000)
    parser.add_argument(
        "--keep", action="store_true", help="keep the planted test database for another run"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the kept test database again, planting nothing",
    )
    arguments = parser.parse_args()
    if connection.vendor != "postgresql":
        print("The scale benchmark runs on PostgreSQL: set DATABASE_URL=postgres://…")
        sys.exit(2)
    setup_test_environment()
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=not arguments.reuse, keepdb=arguments.reuse
    )
    client = Client()
    try:
        if arguments.reuse:
            small = {}
            slug = DirectoryEntry.objects.filter(slug__startswith="cabinet-plante-").first().slug
        else:
            demo_load()
            small = {name: measure(client, url) for name, url in pages(None).items()}
            start = time.perf_counter()
            print(f"Planting {arguments.clinics} clinics, 3 uses each, in bulk…")
            slug = plant(arguments.clinics)
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            planted_in = time.perf_counter() - start
            print(f"  planted and analysed in {planted_in:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            print(f"  database size: {cursor.fetchone()[0]}")
        large = {name: measure(client, url) for name, url in pages(slug).items()}
        total = DirectoryEntry.objects.count()
        print(
            f"\nPostgreSQL; median of {ROUNDS} rendered requests (frame and counts kept), "
            "then the first request after a publication (cold)"
        )
        header = f"{'page':<31}{'3 clinics':>30}{f'{total:,} clinics':>32}{'ratio':>8}"
        print(header)
        print(f"{'':<31}{'ms  queries    kB   cold ms':>30}{'ms  queries    kB   cold ms':>32}")
        for name, figures in large.items():
            before = small.get(name)
            left = (
                f"{before['ms']:>8.1f}{before['queries']:>8}{before['kB']:>7.1f}{before['cold']:>10.0f}"
                if before
                else f"{'–':>8}{'':>8}{'':>7}{'':>10}"
            )
            ratio = f"{figures['ms'] / before['ms']:>7.2f}×" if before else f"{'':>8}"
            print(
                f"{name:<31}{left:>30}  "
                f"{figures['ms']:>8.1f}{figures['queries']:>8}{figures['kB']:>7.1f}"
                f"{figures['cold']:>10.0f}{ratio}"
            )
    finally:
        if not (arguments.keep or arguments.reuse):
            connection.creation.destroy_test_db(old_name, verbosity=0)
        else:
            print("The test database is kept: drop it with `dropdb test_<name>` when done.")


if __name__ == "__main__":
    main()
