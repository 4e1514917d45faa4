"""The production settings, served by gunicorn for the throughput benchmark, plus one bare view.

`benchmarks/throughput.py` sets the environment production needs (SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL) and compares each page with `/bench/bare/`, a view that does nothing, served by the
same processes through the same middleware.
"""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
