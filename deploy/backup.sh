#!/usr/bin/env bash
# `make backup`: the database (pg_dump, custom format) and the uploaded media (tar) of the portal,
# into BACKUP_ROOT/<UTC date and time>/. Restore with deploy/restore.sh (`make restore BACKUP=...`).
#
# Environment: DATABASE_URL (postgres://..., required), MEDIA_ROOT (var/media),
# BACKUP_ROOT (var/backups).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup: DATABASE_URL is not PostgreSQL; SQLite is backed up by copying db.sqlite3" >&2; exit 1 ;;
esac
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"
target="${BACKUP_ROOT:-var/backups}/$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$target"
umask 077

# The database first, in one consistent snapshot; the media after it, so that every file a row
# of the dump names is in the copy (a file uploaded meanwhile is merely extra).
pg_dump --format=custom --compress=6 --file="$target/database.dump" --dbname="$DATABASE_URL"
pg_restore --list "$target/database.dump" >/dev/null
if [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
else
    echo "backup: no media folder at $MEDIA_ROOT; the copy holds none" >&2
    tar -czf "$target/media.tar.gz" -T /dev/null
fi
(cd "$target" && sha256sum database.dump media.tar.gz >SHA256SUMS)
echo "$target"
