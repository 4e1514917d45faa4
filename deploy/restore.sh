#!/usr/bin/env bash
# `make restore BACKUP=var/backups/<date>`: a backup of deploy/backup.sh into a NEW database
# (DATABASE_URL, created here; refused if it exists), an empty MEDIA_ROOT and an empty
# MODEL_CARD_ROOT. Then point the portal at them (DATABASE_URL, MEDIA_ROOT, MODEL_CARD_ROOT) and
# restart it.
#
# Environment: BACKUP (the dated folder, required), DATABASE_URL (postgres://..., required),
# MEDIA_ROOT (var/media), MODEL_CARD_ROOT (var/private/model-cards).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BACKUP:?BACKUP must name a folder written by deploy/backup.sh}"
: "${DATABASE_URL:?DATABASE_URL must name the new database (postgres://.../name)}"
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"
MODEL_CARD_ROOT="${MODEL_CARD_ROOT:-var/private/model-cards}"
(cd "$BACKUP" && sha256sum --check --quiet SHA256SUMS)

name="${DATABASE_URL##*/}"
name="${name%%\?*}"
server="${DATABASE_URL%/*}/postgres"
for folder in "$MEDIA_ROOT" "$MODEL_CARD_ROOT"; do
    if [ -d "$folder" ] && [ -n "$(ls -A "$folder")" ]; then
        echo "restore: $folder is not empty; restore the files into an empty folder" >&2
        exit 1
    fi
done
# createdb refuses a database that exists: a restore never writes over one.
createdb --maintenance-db="$server" "$name"
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$DATABASE_URL" \
    "$BACKUP/database.dump"
mkdir -p "$MEDIA_ROOT"
tar -C "$MEDIA_ROOT" -xzf "$BACKUP/media.tar.gz"
# A backup made before the model cards were kept apart has no archive of them.
if [ -f "$BACKUP/model-cards.tar.gz" ]; then
    mkdir -p "$MODEL_CARD_ROOT"
    tar -C "$MODEL_CARD_ROOT" -xzf "$BACKUP/model-cards.tar.gz"
fi
echo "restore: database $name, media $MEDIA_ROOT and model cards $MODEL_CARD_ROOT restored from $BACKUP"
