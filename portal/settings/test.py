"""Tests: the development settings made fast and deterministic."""

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# No persistent connections: the browser suite's server thread must let the test database go.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests clear the caches after each test (tests/conftest.py): never a Redis that REDIS_URL names.
# The tests of the page cache on Redis use a prefix of their own (tests/test_page_cache.py).
CACHES = LOCAL_MEMORY_CACHES  # noqa: F405
