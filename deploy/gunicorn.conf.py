"""gunicorn for the portal: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

Every value can be set from the environment, so the container, compose and `make serve` share
this one file.
"""

import multiprocessing
import os

# GUNICORN_BIND wins; otherwise every interface on PORT (the container's convention).
bind = [os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"]

# Sync workers: the per-query deadline uses SIGALRM, which only the main thread can receive.
worker_class = "sync"
# 2 × CPU + 1, capped: each worker holds a database connection (CONN_MAX_AGE).
workers = int(
    os.environ.get("GUNICORN_WORKERS")
    or os.environ.get("WEB_CONCURRENCY")
    or min(2 * multiprocessing.cpu_count() + 1, 8)
)

# A request past 30 s is killed and logged; a stopping worker gets 20 s to finish its request.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, at staggered times, so that a slow leak never grows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

# Each worker imports the application itself: nothing opened at import (database, Redis,
# threads of a library) crosses a fork, and a recycled worker starts from a clean state.
preload_app = False

# X-Forwarded-Proto is believed only from these proxies (the reverse proxy in front).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The application writes its own access line (structured logs); gunicorn's would double it.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Several gunicorns may run under one user (two app servers on one machine): no shared socket.
control_socket_disable = True
# The heartbeat files live in memory where there is one (containers have no fast /tmp).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
proc_name = os.environ.get("GUNICORN_PROC_NAME", "portal")
