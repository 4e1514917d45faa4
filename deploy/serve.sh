#!/usr/bin/env bash
# `make serve`: the production stack on this machine, for a trial. Needs PostgreSQL and Redis
# running (127.0.0.1:5432 and :6379 by default) and Debian's varnish. Starts two gunicorn app
# servers with production settings, the scheduled jobs and Varnish in front, on http://HOST:PORT/.
# Ctrl-C stops everything.
#
# Environment (defaults):
#   PORT=8000  HOST=127.0.0.1           the address of the proxy, the one readers use
#   APP_PORT_1=8001  APP_PORT_2=8002    the two app servers (127.0.0.1 only)
#   SERVE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_serve   created if missing
#   SERVE_REDIS_URL=redis://127.0.0.1:6379/1
#   SERVE_DIR=var/serve                 secret key, admin password, proxy state
#   MEDIA_ROOT=var/media  SERVE_WORKERS=2 (per app server)  SCHEDULER_INTERVAL=300
#   SERVE_ALLOWED_HOSTS=127.0.0.1,localhost   (add the machine's name to try it from another one)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

PORT="${PORT:-8000}"
HOST="${HOST:-127.0.0.1}"
APP_PORT_1="${APP_PORT_1:-8001}"
APP_PORT_2="${APP_PORT_2:-8002}"
SERVE_DIR="$(mkdir -p "${SERVE_DIR:-var/serve}" && cd "${SERVE_DIR:-var/serve}" && pwd)"
PYTHON="$ROOT/.venv/bin/python"
VARNISHD="$(command -v varnishd || echo /usr/sbin/varnishd)"
[ -x "$VARNISHD" ] || { echo "serve: varnishd not found (apt install varnish)" >&2; exit 1; }

# Secrets of this trial, made once and kept in SERVE_DIR (mode 600).
umask 077
[ -s "$SERVE_DIR/secret-key" ] \
    || "$PYTHON" -c "import secrets; print(secrets.token_urlsafe(50))" >"$SERVE_DIR/secret-key"
[ -s "$SERVE_DIR/admin-password" ] \
    || "$PYTHON" -c "import secrets; print(secrets.token_urlsafe(18))" >"$SERVE_DIR/admin-password"
umask 022

export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="$(cat "$SERVE_DIR/secret-key")"
export DATABASE_URL="${SERVE_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal_serve}"
export REDIS_URL="${SERVE_REDIS_URL:-redis://127.0.0.1:6379/1}"
export ALLOWED_HOSTS="${SERVE_ALLOWED_HOSTS:-127.0.0.1,localhost}"
export CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$PORT,http://localhost:$PORT"
export WAGTAILADMIN_BASE_URL="http://$HOST:$PORT"
# A plain-HTTP trial: no redirect to HTTPS. Browsers accept secure cookies from localhost.
export SECURE_SSL_REDIRECT=false
# One proxy of ours in front (Varnish), which the portal purges on publication.
export TRUSTED_PROXY_COUNT=1
export FRONTEND_CACHE_BACKEND=http
export FRONTEND_CACHE_LOCATION="http://127.0.0.1:$PORT"
export MEDIA_ROOT="${MEDIA_ROOT:-$ROOT/var/media}"
export SERVE_MEDIA=true
export EMAIL_BACKEND="${EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend}"
export PYTHON

echo "serve: database $(printf %s "$DATABASE_URL" | sed 's#//[^@]*@#//#'), cache $REDIS_URL"
"$PYTHON" - <<'PY'
import os

import dj_database_url
import psycopg
from psycopg import sql

config = dj_database_url.parse(os.environ["DATABASE_URL"])
server = {
    "host": config["HOST"] or None,
    "port": config["PORT"] or None,
    "user": config["USER"] or None,
    "password": config["PASSWORD"] or None,
}
with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
    exists = connection.execute(
        "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
    ).fetchone()
    if not exists:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
        print(f"serve: created the database {config['NAME']}")
PY
"$PYTHON" manage.py migrate --noinput
"$PYTHON" manage.py collectstatic --noinput --verbosity 0
"$PYTHON" manage.py load_demo
# "--password=": a generated password may start with "-", which would read as an option.
"$PYTHON" manage.py ensure_admin --password="$(cat "$SERVE_DIR/admin-password")"

# The proxy's configuration: default.vcl with this run's ports.
sed -e "s/\"8001\"/\"$APP_PORT_1\"/" -e "s/\"8002\"/\"$APP_PORT_2\"/" \
    -e "s#include \"portal.vcl\"#include \"$ROOT/deploy/varnish/portal.vcl\"#" \
    deploy/varnish/default.vcl >"$SERVE_DIR/proxy.vcl"

children=()
stop() {
    trap - INT TERM EXIT
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop INT TERM EXIT

for n in 1 2; do
    port_var="APP_PORT_$n"
    GUNICORN_BIND="127.0.0.1:${!port_var}" GUNICORN_WORKERS="${SERVE_WORKERS:-2}" \
        GUNICORN_PROC_NAME="portal-app$n" \
        "$ROOT/.venv/bin/gunicorn" -c deploy/gunicorn.conf.py portal.wsgi &
    children+=("$!")
    echo "$!" >"$SERVE_DIR/app$n.pid"
done
deploy/scheduler.sh &
children+=("$!")
"$VARNISHD" -F -j none -n "$SERVE_DIR/varnish" -f "$SERVE_DIR/proxy.vcl" \
    -a "$HOST:$PORT" -s "malloc,${SERVE_PROXY_MEMORY:-256m}" &
children+=("$!")
echo "$!" >"$SERVE_DIR/proxy.pid"

echo "serve: http://$HOST:$PORT/ (Varnish) in front of 127.0.0.1:$APP_PORT_1 and :$APP_PORT_2"
echo "serve: Wagtail admin http://$HOST:$PORT/admin/  user: admin  password: $(cat "$SERVE_DIR/admin-password")"
echo "serve: Ctrl-C stops everything."
# Until the proxy stops (Ctrl-C): an app server that dies leaves the other one serving.
wait "${children[-1]}"
