"""Where a store lives (SQLite file or PostgreSQL server) and how its connections behave.

SQLite connections run in WAL mode (readers never block the writer, and a killed writer leaves
the file consistent), with foreign keys on and a busy timeout. Python's ``sqlite3`` module would
otherwise open transactions implicitly and lazily; we switch that off and emit ``BEGIN`` ourselves
so that a *write* transaction starts with ``BEGIN IMMEDIATE``: the write lock is taken up front,
and the "which ids are already stored?" read that precedes each insert cannot be overtaken by
another writer.

On PostgreSQL the same guarantee comes from a transaction-scoped advisory lock
(:data:`WRITE_LOCK`): one writer at a time per database, readers unaffected.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from communique.errors import MissingExtraError, StoreError

WRITE_OPTION = "communique_write"
"""Execution option marking a connection whose next transaction writes."""

WRITE_LOCK = 0x636F6D6D
"""PostgreSQL advisory lock key held by every write transaction ("comm" in ASCII)."""


@dataclass(frozen=True, slots=True)
class Location:
    """A parsed store address: the backend and the SQLAlchemy URL to connect with."""

    backend: str
    """``sqlite`` or ``postgresql``."""
    url: str


def locate(url_or_path: str) -> Location:
    """Turn a path, ``sqlite:///`` URL or ``postgresql://`` URL into a :class:`Location`."""
    spec = url_or_path.strip()
    if not spec:
        raise StoreError("no store given", fix="pass a file path or a postgresql:// URL")
    if "://" not in spec:
        return _sqlite_location(Path(spec))
    scheme = spec.split("://", 1)[0].lower()
    if scheme == "sqlite":
        path = spec.split("://", 1)[1]
        # sqlite:///relative.db and sqlite:////abs/path.db, as SQLAlchemy spells them.
        if not path.startswith("/") or path in ("/", "/:memory:"):
            raise StoreError(f"not a SQLite file URL: {spec}",
                             fix="write sqlite:///path/to/store.db (three slashes)")
        return _sqlite_location(Path(path[1:]))
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        # Always the psycopg 3 driver: SQLAlchemy's default for postgresql:// is psycopg2.
        return Location("postgresql", "postgresql+psycopg://" + spec.split("://", 1)[1])
    raise StoreError(f"unsupported store URL scheme {scheme!r}",
                     fix="use a file path, sqlite:///path or postgresql://user@host/db")


def _sqlite_location(path: Path) -> Location:
    if path.is_dir():
        raise StoreError(f"{path} is a directory", fix="give the path of a store file")
    parent = path.parent
    if not parent.is_dir():
        # Never created on the user's behalf: a mistyped folder would silently hold a new,
        # empty store while the real one sits elsewhere.
        raise StoreError(f"the folder {parent} does not exist",
                         fix=f"create it first (mkdir -p {parent}) or correct the path")
    return Location("sqlite", f"sqlite:///{path.resolve()}")


def create(location: Location) -> Engine:
    """Create the engine for ``location`` with communique's connection settings."""
    if location.backend == "sqlite":
        return _sqlite_engine(location.url)
    try:
        import psycopg  # noqa: F401  (only to give a clear error when the extra is missing)
    except ImportError as exc:
        raise MissingExtraError("A PostgreSQL store", "psycopg", "postgres") from exc
    try:
        url = make_url(location.url)
        return create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:
        raise StoreError(f"invalid PostgreSQL URL: {exc}") from exc


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Autocommit at the driver level: SQLAlchemy's begin event below issues BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA busy_timeout = 10000")
            cursor.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a committed transaction survives a crash of the process (the
            # WAL is written before COMMIT returns); only an OS crash or power cut may lose the
            # last commits, never corrupt the file.
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Engine, backend: str) -> Iterator[Connection]:
    """Yield a connection inside a write transaction that commits on success, else rolls back."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            if backend == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": WRITE_LOCK})
            yield connection


@contextmanager
def read_transaction(engine: Engine, backend: str) -> Iterator[Connection]:
    """Yield a connection inside a read transaction (one consistent snapshot on both backends)."""
    with engine.connect() as connection:
        if backend == "postgresql":
            # READ COMMITTED would give each SELECT its own snapshot: a story saved between the
            # SELECTs of load_story would mix two stories. SQLite's WAL snapshot already holds.
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection
