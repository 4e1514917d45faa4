"""Local development: the demo portal served by `make run` on 127.0.0.1."""

from .base import *  # noqa: F403
from .base import BASE_DIR

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
}
MEDIA_ROOT = BASE_DIR / "var" / "media"
# Page publishing and background tasks log every step at INFO; keep the console readable.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# WhiteNoise serves static files straight from the source folders: no collectstatic in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
