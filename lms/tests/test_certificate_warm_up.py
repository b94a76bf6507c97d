"""The certificate warm-up runs as each worker process starts: it must not touch the
database, which another process may be writing (SQLite locks the whole file)."""

from lms.certificates.render import warm_up


def test_the_warm_up_renders_without_reading_the_database():
    # No django_db mark: any query here fails the test.
    warm_up()
