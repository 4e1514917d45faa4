"""Django's PostgreSQL backend with deadlines (see `portal.resilience`): ENGINE "portal.postgresql"."""
