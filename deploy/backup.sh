#!/usr/bin/env bash
# `make backup`: the database (pg_dump, custom format), the uploaded media and the vendors' model
# cards kept as evidence (tar each) of the portal, into BACKUP_ROOT/<UTC date and time>/. Restore with deploy/restore.sh (`make restore BACKUP=...`).
#
# Environment: DATABASE_URL (postgres://..., required), MEDIA_ROOT (var/media), MODEL_CARD_ROOT
# (var/private/model-cards; with MODEL_CARD_BUCKET the cards are in that bucket, not copied here),
# BACKUP_ROOT (var/backups).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup: DATABASE_URL is not PostgreSQL; SQLite is backed up by copying db.sqlite3" >&2; exit 1 ;;
esac
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"
MODEL_CARD_ROOT="${MODEL_CARD_ROOT:-var/private/model-cards}"
target="${BACKUP_ROOT:-var/backups}/$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$target"
umask 077

# The database first, in one consistent snapshot; the media after it, so that every file a row
# of the dump names is in the copy (a file uploaded meanwhile is merely extra).
pg_dump --format=custom --compress=6 --file="$target/database.dump" --dbname="$DATABASE_URL"
pg_restore --list "$target/database.dump" >/dev/null
# The open-data downloads kept under the media are rebuilt from the database: not copied.
folder_archive() {
    if [ -d "$1" ]; then
        tar -C "$1" --exclude=./open-data -czf "$target/$2" .
    else
        echo "backup: no folder at $1; $2 holds nothing" >&2
        tar -czf "$target/$2" -T /dev/null
    fi
}
folder_archive "$MEDIA_ROOT" media.tar.gz
folder_archive "$MODEL_CARD_ROOT" model-cards.tar.gz
(cd "$target" && sha256sum database.dump media.tar.gz model-cards.tar.gz >SHA256SUMS)
echo "$target"
