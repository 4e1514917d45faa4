#!/usr/bin/env bash
# `make restore BACKUP=var/backups/<date>`: a backup of deploy/backup.sh into a NEW database
# (DATABASE_URL, created here; refused if it exists) and an empty MEDIA_ROOT. Then point the
# portal at them (DATABASE_URL, MEDIA_ROOT) and restart it.
#
# Environment: BACKUP (the dated folder, required), DATABASE_URL (postgres://..., required),
# MEDIA_ROOT (var/media).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BACKUP:?BACKUP must name a folder written by deploy/backup.sh}"
: "${DATABASE_URL:?DATABASE_URL must name the new database (postgres://.../name)}"
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"
(cd "$BACKUP" && sha256sum --check --quiet SHA256SUMS)

name="${DATABASE_URL##*/}"
name="${name%%\?*}"
server="${DATABASE_URL%/*}/postgres"
if [ -d "$MEDIA_ROOT" ] && [ -n "$(ls -A "$MEDIA_ROOT")" ]; then
    echo "restore: $MEDIA_ROOT is not empty; restore the media into an empty folder" >&2
    exit 1
fi
# createdb refuses a database that exists: a restore never writes over one.
createdb --maintenance-db="$server" "$name"
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$DATABASE_URL" \
    "$BACKUP/database.dump"
mkdir -p "$MEDIA_ROOT"
tar -C "$MEDIA_ROOT" -xzf "$BACKUP/media.tar.gz"
echo "restore: database $name and media $MEDIA_ROOT restored from $BACKUP"
