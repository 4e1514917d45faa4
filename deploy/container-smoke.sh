#!/usr/bin/env bash
# Build the portal's image and serve the demo from it. No image can be pulled on this machine, so
# the base is Debian bookworm built with debootstrap from Debian's packages (local/bookworm-slim),
# and containers use the host's network: PostgreSQL on 127.0.0.1:5432, the portal on :25530.
# Fails if the image does not build, does not start, or does not serve a notice and its poster.
# Needs docker.io and debootstrap; .ci/run calls it after the test passes (deploy/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
PORT=25530
DATABASE=portal_container
IMAGE=portal:ci
NAME=portal-container-smoke
PG="postgres://postgres@127.0.0.1:5432"
elapsed() { echo "container: $1 after $(($(date +%s) - started)) s"; }

dockerd_pid=""
if ! docker info >/dev/null 2>&1; then
    dockerd >/tmp/dockerd.log 2>&1 &
    dockerd_pid=$!
    for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null 2>&1 || { echo "container: dockerd did not start" >&2; tail /tmp/dockerd.log >&2; exit 1; }
fi

if ! docker image inspect local/bookworm-slim >/dev/null 2>&1; then
    rootfs="$(mktemp -d)"
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/dev/null
    tar -C "$rootfs" -c . | docker import - local/bookworm-slim >/dev/null
    rm -rf "$rootfs"
    elapsed "base image built with debootstrap"
fi

# A TLS-intercepting proxy on the way to PyPI, if this machine trusts one.
extra_ca="$(cat /usr/local/share/ca-certificates/*.crt 2>/dev/null || true)"
docker build --quiet --network host --build-arg BASE_IMAGE=local/bookworm-slim \
    --build-arg EXTRA_CA_CERTS="$extra_ca" -t "$IMAGE" . >/dev/null
elapsed "image built"

cleanup() {
    docker rm -f "$NAME" >/dev/null 2>&1 || true
    dropdb --if-exists --maintenance-db="$PG/postgres" "$DATABASE" || true
}
on_exit() {
    cleanup
    # A Docker daemon this script started does not outlive it.
    if [ -n "$dockerd_pid" ]; then kill "$dockerd_pid" 2>/dev/null || true; wait "$dockerd_pid" 2>/dev/null || true; fi
}
trap on_exit EXIT
cleanup
createdb --maintenance-db="$PG/postgres" "$DATABASE"
run=(docker run --network host
    -e SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
    -e ALLOWED_HOSTS=localhost -e SECURE_SSL_REDIRECT=false -e PORT="$PORT"
    -e DATABASE_URL="$PG/$DATABASE")
"${run[@]}" --rm "$IMAGE" sh -c "python manage.py migrate --noinput && python manage.py load_demo" \
    >/tmp/container-smoke-setup.log 2>&1 \
    || { tail -40 /tmp/container-smoke-setup.log >&2; exit 1; }
elapsed "database migrated and demo loaded from the image"
"${run[@]}" -d --name "$NAME" "$IMAGE" >/dev/null

status() { curl -s -o /dev/null -w "%{http_code}" -H "Host: localhost" "http://127.0.0.1:$PORT$1" || true; }
for _ in $(seq 60); do [ "$(status /health/live)" = 200 ] && break; sleep 1; done
fail() { echo "container: $1" >&2; docker logs --tail 50 "$NAME" >&2; exit 1; }
[ "$(status /health/live)" = 200 ] || fail "/health/live did not answer 200"
[ "$(status /health/ready)" = 200 ] || fail "/health/ready did not answer 200"
# Read the whole page first: with pipefail, grep -q closing the pipe early would fail curl.
notice="$(curl -sf -H "Host: localhost" "http://127.0.0.1:$PORT/fr/notices/cabinet-medical-des-tilleuls/" || true)"
grep -q "Cabinet médical des Tilleuls" <<<"$notice" || fail "the notice page is not served"
poster="$(curl -s -o /dev/null -w "%{http_code} %{content_type}" -H "Host: localhost" \
    "http://127.0.0.1:$PORT/fr/notices/cabinet-medical-des-tilleuls/poster/")"
[ "$poster" = "200 application/pdf" ] || fail "the poster is not served ($poster)"
[ "$(docker exec "$NAME" id -u)" != 0 ] || fail "the app server runs as root"
for _ in $(seq 60); do
    [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ] && break
    sleep 1
done
[ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ] || fail "HEALTHCHECK is not healthy"
elapsed "image serves the demo (health, notice, poster, non-root, HEALTHCHECK)"
