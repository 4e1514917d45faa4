"""Local development: the demo portal served by `make run` on 127.0.0.1."""

from portal.environment import logging_config

from .base import *  # noqa: F403
from .base import BASE_DIR, LOG_FORMAT, LOG_LEVEL, MODEL_CARD_STORAGE

# The demo shows what patients will see, designed error pages included, not Django's debug pages.
DEBUG = False
DEMO_MODE = True
SECRET_KEY = "dev-only-not-secret-5b8e0c9f3f0a4d7e9c1b2a6d8e7f4c3b"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "model_cards": MODEL_CARD_STORAGE,
}
MEDIA_ROOT = BASE_DIR / "var" / "media"
# Text lines for a person at the console unless LOG_FORMAT says json; page publishing and background
# tasks log every step at INFO, so keep the console readable.
LOGGING = logging_config(
    level=LOG_LEVEL,
    log_format=LOG_FORMAT or "text",
    quiet=("wagtail", "django_tasks", "modelsearch"),
)

# WhiteNoise serves static files straight from the source folders: no collectstatic in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
