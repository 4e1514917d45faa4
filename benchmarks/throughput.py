"""Print how many requests a second the portal serves beside a bare Django view, kept and rendered.

Run with `make bench`. The demo portal is served by gunicorn (production settings, 2 sync workers)
on loopback, on a fresh SQLite database (or the database DATABASE_URL names) and on the cache
REDIS_URL names (local memory otherwise). wrk (Debian's `wrk`) sends the requests, 4 connections at
a time, each run a few seconds, the page and `/bench/bare/` alternately, so that both meet the same
machine. "kept" asks the same address again and again (the page cache answers); "rendered" adds a
new query string to each request, so that every one is rendered, with the site's frame kept as a
running server keeps it. Figures, not assertions.
"""

import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ROUNDS = 3
SECONDS = 3
CONNECTIONS = 4
PAGES = {
    "explainer": "/fr/comprendre-l-ia-dans-les-soins/comment-les-soignants-utilisent-l-ia/",
    "notice": "/fr/notices/cabinet-medical-des-tilleuls/",
    "directory": "/fr/notices/",
    "JSON": "/api/notices/cabinet-medical-des-tilleuls.json",
    "404": "/fr/no-such-page/",
}
BARE = "/bench/bare/"
# Each request its own address: the page cache cannot answer, the site memo can.
RENDER_EVERY_TIME = """
counter = 0
request = function()
    counter = counter + 1
    return wrk.format(nil, wrk.path .. "?bench=" .. counter)
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def wrk(url: str, script: Path | None) -> float:
    """Requests per second wrk measured on `url`."""
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS}s", url]
    if script is not None:
        command[1:1] = ["-s", str(script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))


def main() -> None:
    if shutil.which("wrk") is None:
        print("throughput: wrk is not installed (Debian: apt install wrk); nothing measured.")
        return
    work = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{work / 'bench.sqlite3'}"),
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "ERROR",
    }
    setup_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    serve_env = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], setup_env)
    run([PYTHON, "manage.py", "load_demo"], setup_env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], serve_env)
    script = work / "render_every_time.lua"
    script.write_text(RENDER_EVERY_TIME)
    port = free_port()
    server = subprocess.Popen(
        [
            *(PYTHON, "-m", "gunicorn", "portal.wsgi:application", "--workers", "2"),
            *("--bind", f"127.0.0.1:{port}", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env=serve_env,
        # Django logs each 404 as a warning; thousands of them say nothing here.
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + BARE, timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        for path in (*PAGES.values(), BARE):
            try:
                urllib.request.urlopen(base + path, timeout=10).read()
            except urllib.error.HTTPError:
                pass  # the 404 page
        cache = "Redis" if os.environ.get("REDIS_URL") else "local memory (per worker)"
        database = env["DATABASE_URL"].split(":", 1)[0]
        print(
            f"gunicorn, 2 sync workers, production settings, {database}, cache: {cache}; "
            f"wrk -c{CONNECTIONS}, {ROUNDS} runs of {SECONDS} s each, page and bare view alternately"
        )
        print(f"{'page':<10} {'kept r/s':>9} {'% bare':>7} {'rendered r/s':>13} {'% bare':>7}")
        for name, path in PAGES.items():
            figures = []
            for lua in (None, script):
                page_rates, bare_rates = [], []
                for _ in range(ROUNDS):
                    bare_rates.append(wrk(base + BARE, lua))
                    page_rates.append(wrk(base + path, lua))
                page, bare = statistics.median(page_rates), statistics.median(bare_rates)
                figures += [page, 100 * page / bare]
            print(
                f"{name:<10} {figures[0]:>9.0f} {figures[1]:>6.1f}% "
                f"{figures[2]:>13.0f} {figures[3]:>6.1f}%"
            )
        print(f"{'bare view':<10} {bare:>9.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
