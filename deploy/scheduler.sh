#!/usr/bin/env bash
# The portal's scheduled jobs, in a loop (compose's `scheduler` service; `make serve`):
# scheduled publications and the members' emails (send_notifications) every SCHEDULER_INTERVAL
# seconds (300); once a day (the first run of each day) the deletion of patient messages past
# their retention, of sign-in records older than 30 days (django-axes keeps the network and
# browser of each sign-in), and of registration requests never confirmed.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
interval="${SCHEDULER_INTERVAL:-300}"
purged_on=""

while true; do
    "$PYTHON" manage.py publish_scheduled || echo "scheduler: publish_scheduled failed" >&2
    "$PYTHON" manage.py send_notifications -v0 || echo "scheduler: send_notifications failed" >&2
    today="$(date -u +%F)"
    if [ "$today" != "$purged_on" ]; then
        "$PYTHON" manage.py purge_patient_messages && purged_on="$today" \
            || echo "scheduler: purge_patient_messages failed" >&2
        "$PYTHON" manage.py axes_reset_logs --age 30 >/dev/null \
            || echo "scheduler: axes_reset_logs failed" >&2
        "$PYTHON" manage.py purge_registrations \
            || echo "scheduler: purge_registrations failed" >&2
    fi
    # `sleep` in the background, so that a stop signal ends the loop at once.
    sleep "$interval" &
    wait $!
done
