"""Production-safe settings. The only module that reads environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from portal import environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
# The local demo (dev settings) may create an admin account with a printed password; never here.
DEMO_MODE = False
ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    # modeltranslation patches models at import time, so it comes before the admin and our app.
    "modeltranslation",
    "content",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    # /sitemap.xml (content.discovery.sitemap); Django's app holds the templates.
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Request ids (X-Request-ID) for the logs (operations block).
    "django_guid",
    # Sign-in: second factor (TOTP, recovery codes) and failed-attempt limits (content.workspace).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    # A request id for every log line, then one access line per request (operations block).
    "django_guid.middleware.guid_middleware",
    "portal.access_log.AccessLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Database work of a request gets deadlines: a hung database answers the designed 503 in time.
    "portal.resilience.RequestDeadlineMiddleware",
    # /health/live and /health/ready, answered before host checks, sessions and the page cache.
    "portal.health.HealthProbeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what is served below it, kept pages included (with Django's BREACH mitigation).
    "django.middleware.gzip.GZipMiddleware",
    # Anonymous readers get kept pages from here, before any session, language or database work.
    "portal.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A body over DATA_UPLOAD_MAX_MEMORY_SIZE gets the designed 413, before CSRF would read it.
    "portal.request_size.RequestSizeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Which second factor verified this session, then the gate that asks for one (sign-in block).
    "django_otp.middleware.OTPMiddleware",
    "content.workspace.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    # Wagtail's redirects (renamed pages, editors' own), extended to every route below a renamed
    # page, query kept: in place of Wagtail's middleware, one query per 404.
    "content.discovery.moved.MovedPageMiddleware",
    # A page publication refused for a hard introduction: its message on the admin screen.
    "content.explainers.publishing.PublicationRefusedMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into the designed 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default so that a first run needs no server; PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        # A kept connection is checked before each request uses it: a restarted server costs none.
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
# A request gives up on a database that does not answer (portal.resilience): connecting within
# DATABASE_CONNECT_TIMEOUT seconds, each query within DATABASE_STATEMENT_TIMEOUT ms (0: no limit).
DATABASE_STATEMENT_TIMEOUT = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "4000"))
if DATABASE_IS_POSTGRES:
    DATABASES["default"]["ENGINE"] = "portal.postgresql"
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "default" holds counters (sign-in and message limits) and Wagtail's; "pages" the page cache
# (content.page_cache), apart so that filling one never pushes the other out.
REDIS_URL = os.environ.get("REDIS_URL", "")
LOCAL_MEMORY_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
if REDIS_URL:
    # A Redis that is down or slow is a miss, never an error (portal.cache); meanwhile counters and
    # Wagtail's lookups stay in each process's memory, and pages are rendered afresh. Kept pages
    # are forgotten once Redis is back if a change could not reach it.
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"LOCAL_FALLBACK": True},
        },
        "pages": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
            "OPTIONS": {"FORGET_AFTER_LOST_WRITES": True},
        },
    }
else:
    # Each process keeps its own: with several processes, REDIS_URL (README, production).
    CACHES = LOCAL_MEMORY_CACHES
PAGE_CACHE_ALIAS = "pages"
# How long a kept page may be served while nothing it shows changes; 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
# What public pages tell browsers and shared caches in front (Cache-Control).
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
PAGE_CACHE_SHARED_SECONDS = int(os.environ.get("PAGE_CACHE_SHARED_SECONDS", "300"))
PAGE_CACHE_STALE_SECONDS = 60
PAGE_CACHE_STALE_IF_ERROR_SECONDS = 24 * 3600

# A CDN or reverse proxy in front, purged on publication (Wagtail's frontend cache).
# FRONTEND_CACHE_BACKEND: "http" (Varnish, nginx, Squid: PURGE to FRONTEND_CACHE_LOCATION),
# "cloudflare" (FRONTEND_CACHE_CLOUDFLARE_ZONE_ID, FRONTEND_CACHE_CLOUDFLARE_TOKEN) or
# "cloudfront" (FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID).
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_BACKEND == "http":
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
    }
elif FRONTEND_CACHE_BACKEND == "cloudflare":
    WAGTAILFRONTENDCACHE["cdn"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_TOKEN"],
    }
elif FRONTEND_CACHE_BACKEND == "cloudfront":
    WAGTAILFRONTENDCACHE["cdn"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 15},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French first and default. Set before the first migration (Wagtail's default locale).
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_LANGUAGES = ("fr", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr",)}
LOCALE_PATHS = [BASE_DIR / "content" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploaded media are served by the web server or object store in production, by Django in development.
# SERVE_MEDIA=true: the app serves MEDIA_ROOT itself, for a reverse proxy that keeps them (compose).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false") == "true"
# Vendors' model cards are private: kept outside MEDIA_ROOT, served only by the portal, which checks
# who may read a draft's card (content.notices.model_card_views). Never under /media/.
MODEL_CARD_ROOT = Path(
    os.environ.get("MODEL_CARD_ROOT", BASE_DIR / "var" / "private" / "model-cards")
)
MODEL_CARD_STORAGE = environment.private_file_storage(MODEL_CARD_ROOT)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "model_cards": MODEL_CARD_STORAGE,
}

WAGTAIL_SITE_NAME = "IA & soins"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The address posters print and QR codes carry, whatever host a request came in on.
PORTAL_PUBLIC_URL = environment.public_url(
    os.environ.get("PORTAL_PUBLIC_URL", "http://127.0.0.1:8000")
)
# /.well-known/security.txt (RFC 9116, content.discovery.well_known): whom to tell of a flaw, and
# until when that holds. Unset, the demo's contact and an expiry 180 days ahead; `check --deploy`
# warns (content.W010, content.W011).
SECURITY_TXT_CONTACTS = environment.security_contacts(os.environ.get("SECURITY_TXT_CONTACTS", ""))
SECURITY_TXT_EXPIRES = environment.security_expiry(os.environ.get("SECURITY_TXT_EXPIRES", ""))
SECURITY_TXT_POLICY = environment.https_address(
    os.environ.get("SECURITY_TXT_POLICY", ""), name="SECURITY_TXT_POLICY"
)
# No request leaves the site, the admin included.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_FINDERS = []

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASE_IS_POSTGRES:
    # French stemming with accents ignored; created by content's migration.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "fr_unaccent"

# Strict policy for the public site; the Wagtail admin gets its own in portal.middleware. Public
# pages carry no script and no inline style: nothing is allowed but the style sheet, images and
# forms of the site itself, and the policy is the same for every reader, so pages can be kept.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "style-src": [SELF],
        "img-src": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        # No script runs on a public page; an auditor's own tools (Lighthouse reads robots.txt from
        # inside the page) may still ask this site, and no other.
        "connect-src": [SELF],
    }
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# One working day from sign-in, not sliding (SESSION_SAVE_EVERY_REQUEST off): clinic computers are shared.
SESSION_COOKIE_AGE = 12 * 3600
CSRF_COOKIE_SAMESITE = "Lax"

# In production behind HTTPS (see production.py for the rest).
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# --- Operations: proxy, mail, media storage, logs (portal.environment, README "Operations").
# Behind a TLS proxy on another host: the header it sets, e.g. HTTP_X_FORWARDED_PROTO (value https).
SECURE_PROXY_SSL_HEADER = environment.proxy_ssl_header(
    os.environ.get("SECURE_PROXY_SSL_HEADER", "")
)
USE_X_FORWARDED_HOST = environment.env_flag(os.environ.get("USE_X_FORWARDED_HOST"), default=False)
# Probes come over plain HTTP from inside the network (portal.health).
SECURE_REDIRECT_EXEMPT = [r"^health/(live|ready)/?$"]

# Mail: one EMAIL_URL (smtp://user:password@host:587?tls=true, smtps://...:465) or the EMAIL_* below.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = environment.env_flag(os.environ.get("EMAIL_USE_TLS"), default=False)
EMAIL_USE_SSL = environment.env_flag(os.environ.get("EMAIL_USE_SSL"), default=False)
# A mail server that does not answer never holds a request longer than this.
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "10"))
if os.environ.get("EMAIL_URL"):
    # EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS/SSL (and TIMEOUT).
    globals().update(environment.email_settings_from_url(os.environ["EMAIL_URL"]))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portail@example.org")

# Media (Wagtail's images and documents) in an S3-compatible bucket when one is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = environment.s3_media_storage(
        bucket=AWS_STORAGE_BUCKET_NAME,
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL", ""),
        region=os.environ.get("AWS_S3_REGION_NAME", ""),
        access_key=os.environ.get("AWS_S3_ACCESS_KEY_ID", ""),
        secret_key=os.environ.get("AWS_S3_SECRET_ACCESS_KEY", ""),
        custom_domain=os.environ.get("AWS_S3_CUSTOM_DOMAIN", ""),
        location=os.environ.get("AWS_LOCATION", ""),
        querystring_auth=environment.env_flag(
            os.environ.get("AWS_QUERYSTRING_AUTH"), default=False
        ),
        addressing_style=os.environ.get("AWS_S3_ADDRESSING_STYLE", ""),
    )
# Model cards in a bucket of their own, private (no public policy, no custom domain): the media
# bucket is public-read, so the cards never go there. Unset: the private folder MODEL_CARD_ROOT.
MODEL_CARD_BUCKET = os.environ.get("MODEL_CARD_BUCKET", "")
if MODEL_CARD_BUCKET:
    MODEL_CARD_STORAGE = STORAGES["model_cards"] = environment.s3_private_storage(
        bucket=MODEL_CARD_BUCKET,
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL", ""),
        region=os.environ.get("AWS_S3_REGION_NAME", ""),
        access_key=os.environ.get("AWS_S3_ACCESS_KEY_ID", ""),
        secret_key=os.environ.get("AWS_S3_SECRET_ACCESS_KEY", ""),
        addressing_style=os.environ.get("AWS_S3_ADDRESSING_STYLE", ""),
    )

# One line per record on stderr: JSON by default here, text in development (dev.py).
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOG_FORMAT = os.environ.get("LOG_FORMAT", "")
LOGGING = environment.logging_config(level=LOG_LEVEL, log_format=LOG_FORMAT or "json")
# Request ids: a client's X-Request-ID is kept when it is a UUID, else replaced; always returned.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "UUID_FORMAT": "string",
    "EXPOSE_HEADER": False,
}

PORTAL_NAME = _("IA & soins")

# A published notice is due for review this many months after it took effect.
NOTICE_REVIEW_MONTHS = 12
LOGIN_URL = "workspace:sign_in"
LOGIN_REDIRECT_URL = "workspace:dashboard"
# How many reverse proxies of ours stand in front of the app (they append to X-Forwarded-For).
# 0: trust REMOTE_ADDR only. Rate limits count per client address, so this must be right.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Patient messages are deleted this many days after their exchange is closed (privacy page).
PATIENT_MESSAGE_RETENTION_DAYS = 365
# A visit card's code answers this many months after it was issued, then 410 (content.visits).
VISIT_CARD_LIFETIME_MONTHS = int(os.environ.get("VISIT_CARD_LIFETIME_MONTHS", "24"))
CSRF_FAILURE_VIEW = "content.errors.csrf_failure"

# --- Sign-in: second factor and failed-attempt limits (content.workspace.two_factor, .sign_in_limits)
# django-axes refuses the password step first (AxesStandaloneBackend), then Django checks it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failures are kept in the database (an audit of who failed from where, and what lets the account be
# slowed from every source); never by username alone, so the right password from elsewhere works.
AXES_HANDLER = "content.workspace.sign_in_limits.SignInAttemptHandler"
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
# One account from one source: 10 failures; one source, whatever the accounts: 30.
AXES_FAILURE_LIMIT = 10
SIGN_IN_SOURCE_FAILURE_LIMIT = 30
# A source stays refused this long after its last failure.
AXES_COOLOFF_TIME = timedelta(minutes=15)
# After this many failures on one account, from any source, one attempt on it per this many seconds.
SIGN_IN_ACCOUNT_SLOW_AFTER = 5
SIGN_IN_ACCOUNT_WAIT_SECONDS = 10
# A refused attempt neither counts nor prolongs the wait: the right password works once it is over.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A success would otherwise wipe the failures of every account tried from the same source.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "content.throttle.client_ip"
AXES_USERNAME_CALLABLE = "content.workspace.sign_in_limits.attempted_username"
AXES_LOCKOUT_CALLABLE = "content.workspace.auth.sign_in_refused"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "csrfmiddlewaretoken"]
AXES_VERBOSE = False
# Second factor: a wrong code doubles the wait before the next one on that device (1, 2, 4... s).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
OTP_TOTP_ISSUER = "IA & soins"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# One way to reset a password, the workspace's, which is limited: not Wagtail's own as well.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Password-reset requests: per account (address) and per network of the source, within an hour.
PASSWORD_RESET_ACCOUNT_LIMIT = 3
PASSWORD_RESET_NETWORK_LIMIT = 20
