"""Backups: deploy/backup.sh then deploy/restore.sh into a fresh database give back every published
notice exactly as patients read it, and the uploaded files.

The portal backed up is a database of the test's own (`portal_deploy_backup_src`: migrated, demo
loaded), restored into `portal_deploy_backup_restored`; both are dropped at the end.
"""

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, database_drop, server_url

pytestmark = pytest.mark.faults

SOURCE, RESTORED = "portal_deploy_backup_src", "portal_deploy_backup_restored"

# Each published notice's JSON as the portal serves it, by slug, from the database in DATABASE_URL.
PUBLISHED_NOTICES = """
import json
from django.test import Client
from content.notices.models import Clinic
client = Client(HTTP_HOST="localhost")
served = {}
for slug in Clinic.objects.filter(live=True).order_by("slug").values_list("slug", flat=True):
    response = client.get(f"/api/notices/{slug}.json")
    served[slug] = [response.status_code, response.content.decode()]
print(json.dumps(served))
"""


def _portal_env(database: str, media) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": server_url(database),
        "MEDIA_ROOT": str(media),
        "MODEL_CARD_ROOT": str(media.parent / f"{media.name}-model-cards"),
    }
    env.pop("REDIS_URL", None)
    return env


def _run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{command[0]}:\n{done.stdout[-2000:]}{done.stderr[-4000:]}"
    return done.stdout


def _published_notices(env: dict[str, str]) -> dict[str, list]:
    output = _run([sys.executable, "manage.py", "shell", "-c", PUBLISHED_NOTICES], env)
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def databases():
    for name in (SOURCE, RESTORED):
        database_drop(name)
    yield
    for name in (SOURCE, RESTORED):
        database_drop(name)


def test_a_restored_backup_serves_every_published_notice_identically_with_its_files(
    databases, tmp_path
):
    source_media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    source = _portal_env(SOURCE, source_media)
    _run(["createdb", "--maintenance-db", server_url("postgres"), SOURCE], source)
    _run([sys.executable, "manage.py", "migrate", "--noinput"], source)
    _run([sys.executable, "manage.py", "load_demo"], source)
    logo = source_media / "original_images" / "logo-cabinet-des-tilleuls.png"
    logo.parent.mkdir(parents=True)
    logo.write_bytes(os.urandom(4096))
    card = source_media.parent / "media-model-cards" / "2026" / "vendor-card.xml"
    card.parent.mkdir(parents=True)
    card.write_bytes(b"<ModelCard>" + os.urandom(64).hex().encode() + b"</ModelCard>")
    kept_download = source_media / "open-data" / "notices-1-2.csv"
    kept_download.parent.mkdir(parents=True)
    kept_download.write_text("rebuilt from the database\n")

    written = _run([str(ROOT / "deploy" / "backup.sh")], {**source, "BACKUP_ROOT": str(tmp_path)})
    backup = written.strip().splitlines()[-1]
    restored = _portal_env(RESTORED, restored_media)
    _run([str(ROOT / "deploy" / "restore.sh")], {**restored, "BACKUP": backup})

    before, after = _published_notices(source), _published_notices(restored)
    assert len(before) == 3
    assert all(status == 200 for status, _ in before.values())
    assert after == before
    restored_logo = restored_media / "original_images" / logo.name
    assert restored_logo.read_bytes() == logo.read_bytes()
    restored_card = restored_media.parent / "restored-media-model-cards" / "2026" / card.name
    assert restored_card.read_bytes() == card.read_bytes()
    assert not (restored_media / "open-data").exists()


def test_a_restore_never_writes_over_an_existing_database(databases, tmp_path):
    env = _portal_env(SOURCE, tmp_path / "media")
    _run(["createdb", "--maintenance-db", server_url("postgres"), SOURCE], env)
    backup = _run([str(ROOT / "deploy" / "backup.sh")], {**env, "BACKUP_ROOT": str(tmp_path)})
    done = subprocess.run(
        [str(ROOT / "deploy" / "restore.sh")],
        cwd=ROOT,
        env={**_portal_env(SOURCE, tmp_path / "other"), "BACKUP": backup.strip().splitlines()[-1]},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "already exists" in done.stderr
