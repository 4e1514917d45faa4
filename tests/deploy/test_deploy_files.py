"""The deployment files hold together: compose names every service a deployer needs, Varnish
compiles both configurations, gunicorn reads its own. No container runtime is needed here
(deploy/container-smoke.sh builds and runs the image in CI).
"""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

VARNISH = ROOT / "deploy" / "varnish"


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_runs_two_app_servers_behind_the_proxy_with_the_scheduled_jobs():
    services = _compose()["services"]
    assert set(services) == {
        "db",
        "redis",
        "migrate",
        "portal-1",
        "portal-2",
        "scheduler",
        "proxy",
    }
    for name in ("portal-1", "portal-2"):
        app = services[name]
        assert app["image"] == "portal:latest"
        assert app["healthcheck"]["test"][-1] == "/health/ready"
        assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert "media:/srv/media" in app["volumes"]
        # Vendors' model cards: private, a volume of their own outside the media.
        assert "model-cards:/srv/model-cards" in app["volumes"]
    assert services["scheduler"]["command"] == ["deploy/scheduler.sh"]
    assert "/etc/varnish/compose.vcl" in services["proxy"]["command"]
    # Only the proxy is reachable from outside, and only on the host's loopback.
    published = {name for name, service in services.items() if "ports" in service}
    assert published == {"proxy"}
    assert services["proxy"]["ports"][0].startswith("127.0.0.1:")
    assert set(_compose()["volumes"]) == {"db", "media", "model-cards"}


def test_compose_env_example_names_every_setting_the_portal_refuses_to_start_without():
    example = (ROOT / "deploy" / "portal.env.example").read_text()
    names = {line.split("=")[0] for line in example.splitlines() if "=" in line and line[0] != "#"}
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"} <= names
    assert {"POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD"} <= names


@pytest.mark.parametrize("vcl", ["default.vcl", "compose.vcl"])
def test_the_proxy_configuration_compiles(vcl, tmp_path):
    varnishd = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
    if varnishd is None:
        pytest.skip("Varnish is not installed (Debian’s varnish)")
    # compose's backends are service names, resolved when Varnish starts: here, this machine.
    source = (VARNISH / vcl).read_text().replace('"portal-1"', '"127.0.0.1"')
    copy = Path(tmp_path, vcl)
    copy.write_text(source.replace('"portal-2"', '"127.0.0.1"'))
    done = subprocess.run(
        [
            varnishd,
            "-C",
            "-j",
            "none",
            "-f",
            str(copy),
            "-p",
            f"vcl_path={VARNISH}",
            "-n",
            str(tmp_path / "n"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_gunicorn_runs_sync_workers_and_leaves_the_access_log_to_the_portal():
    done = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "-c",
            "deploy/gunicorn.conf.py",
            "--print-config",
            "portal.wsgi",
        ],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "GUNICORN_BIND": "127.0.0.1:25590", "GUNICORN_WORKERS": "3"},
        capture_output=True,
        text=True,
        check=False,
    )
    config = dict(
        (part.strip() for part in line.split("=", 1))
        for line in done.stdout.splitlines()
        if "=" in line
    )
    assert config["worker_class"] == "sync"
    assert config["workers"] == "3"
    assert config["bind"] == "['127.0.0.1:25590']"
    assert config["timeout"] == "30"
    assert config["accesslog"] == "None"
    assert config["control_socket_disable"] == "True"
