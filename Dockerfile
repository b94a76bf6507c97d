# The production image: the same code as `make run`, run by the Procfile's processes.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

# WeasyPrint (certificate PDFs) needs Pango; gettext compiles the catalogues.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.lock .
RUN pip install -r requirements.lock

COPY . .
# Build-time only values: collectstatic and compilemessages need settings to load (a
# random key thrown away with this layer's environment; weak keys are refused).
RUN export SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
        ALLOWED_HOSTS=build SITE_URL=https://build.invalid \
    && python manage.py collectstatic --noinput -v 0 \
    && python manage.py compilemessages --ignore=.venv -v 0 \
    && mkdir -p var && useradd --system --home /app app && chown -R app /app/var

USER app
EXPOSE 8000
# One image, three processes (see Procfile); docker-compose picks the command.
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.py"]
