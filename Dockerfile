# The portal's app server: gunicorn on $PORT (8000), production settings, static files collected.
# docker build -t portal .   (CI: --build-arg BASE_IMAGE=local/bookworm-slim, see deploy/container-smoke.sh)
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
# Certificates of a TLS-intercepting proxy on the build network, if any (PEM text).
ARG EXTRA_CA_CERTS=""

# Python 3.11 from Debian; Pango, HarfBuzz and fontconfig for WeasyPrint's posters; one font.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        python3.11 python3.11-venv ca-certificates \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 \
        fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && if [ -n "$EXTRA_CA_CERTS" ]; then \
        printf '%s\n' "$EXTRA_CA_CERTS" >/usr/local/share/ca-certificates/build-proxy.crt \
        && update-ca-certificates >/dev/null; fi

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
# Dependencies first, so that a change of code reuses this layer.
COPY pyproject.toml requirements.lock README.md ./
# Debian's pip 23 cannot read the metadata of some pinned releases: the pip of `make` first.
RUN python3.11 -m venv /opt/venv \
    && export PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    && pip install --quiet pip==26.3 \
    && pip install --quiet -c requirements.lock .

COPY manage.py ./
COPY portal portal
COPY content content
COPY templates templates
COPY static static
COPY deploy deploy

# Static files are part of the image; the key and host here serve only this step.
RUN DJANGO_SETTINGS_MODULE=portal.settings.production \
    SECRET_KEY=collectstatic-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz \
    ALLOWED_HOSTS=build.invalid \
    python manage.py collectstatic --noinput --verbosity 0

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin portal \
    && mkdir -p /srv/media /srv/model-cards \
    && chown portal:portal /srv/media /srv/model-cards
USER portal

# Vendors' model cards are private (README): a volume of their own, never served as media.
ENV DJANGO_SETTINGS_MODULE=portal.settings.production \
    MEDIA_ROOT=/srv/media \
    MODEL_CARD_ROOT=/srv/model-cards \
    PORT=8000
VOLUME ["/srv/media", "/srv/model-cards"]
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "deploy/healthcheck.py", "/health/live"]
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"]
