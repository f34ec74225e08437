"""Recorded schema migrations: ordered functions, each applied once and logged.

``schema_migrations`` holds one row per applied migration (version, name, applied_at). Opening a
store applies the missing ones in order, all in one write transaction (DDL is transactional on
SQLite and PostgreSQL alike), so a store is either fully at the new version or untouched. A store
whose newest version is unknown to this code was written by a newer communique: we refuse to open
it rather than write rows an older schema does not describe.

Rules for adding one: append a :class:`Migration` with the next version; never edit or reorder a
released one (stores in the field have already run it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError

from communique.errors import StoreError
from communique.store import _schema


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``apply(connection, backend)`` runs inside the migration transaction."""

    version: int
    name: str
    apply: Callable[[Connection, str], None]


def _core_tables(connection: Connection, backend: str) -> None:
    """Documents, annotations, the story and its item tables."""
    _schema.metadata.create_all(connection, tables=list(_schema.CORE_TABLES))


# SQLite: an external-content FTS5 table reads title/text from ``documents`` by rowid (= seq),
# so article bodies are not stored twice; triggers keep the index in step with the table.
# unicode61 without stemming, like PostgreSQL's 'simple' configuration below: the corpus is
# multilingual, and the same query should find the same articles on both backends.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',"
    " content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
    " INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
    " INSERT INTO documents_fts(documents_fts, rowid, title, text)"
    " VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN"
    " INSERT INTO documents_fts(documents_fts, rowid, title, text)"
    " VALUES ('delete', old.seq, old.title, old.text);"
    " INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    # Index whatever was stored before this migration ran.
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
)

# PostgreSQL: a text search configuration of our own — 'simple' (no stemming) plus unaccent, so
# that "cafes" finds "cafés" as on SQLite — and a GIN index over the exact expression the search
# query uses, so the planner can use it. unaccent is a trusted extension (PostgreSQL 13+): the
# database owner may install it. Where it is unavailable the configuration is plain 'simple' and
# accents then count; the search code does not need to know which.
PG_CONFIG = "communique_search"
_PG_DOCUMENT_VECTOR_2 = f"to_tsvector('{PG_CONFIG}', coalesce(title, '') || ' ' || text)"
_PG_FTS = (f"CREATE INDEX documents_fts ON documents USING GIN (({_PG_DOCUMENT_VECTOR_2}))",)

# Migration 9: unaccent transliterates far more than diacritics (Þ → th, ß → ss, ø → o,
# æ → ae, ł → l …), so "þe" found every article holding "the" on PostgreSQL and none on SQLite,
# whose unicode61 tokenizer (and the search's own word rule) only drops combining marks. Both
# sides of a PostgreSQL match are now folded by PG_FOLD — compatibility decomposition (NFKD)
# with every combining mark removed, as Python's ``unicodedata`` reads them — and indexed with
# the plain 'simple' configuration (which lowercases); PG_CONFIG, with unaccent, only marks
# the snippet's words.
PG_FOLD = "communique_fold"
PG_DOCUMENT_VECTOR = f"to_tsvector('simple', {PG_FOLD}(coalesce(title, '') || ' ' || text))"


def _combining_class() -> str:
    """A regular-expression class (PostgreSQL's syntax) of every combining character."""
    import sys
    import unicodedata

    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))

    def escape(code: int) -> str:
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"

    return "[" + "".join(escape(a) if a == b else f"{escape(a)}-{escape(b)}"
                         for a, b in ranges) + "]"


def _pg_fold(connection: Connection, backend: str) -> None:
    """PostgreSQL: the full-text index over text folded as SQLite and the search fold it."""
    if backend != "postgresql":
        return
    folded = f"regexp_replace(normalize($1, NFKD), '{_combining_class()}', '', 'g')"
    try:
        with connection.begin_nested():  # normalize() needs a UTF-8 database
            connection.exec_driver_sql(f"SELECT {folded.replace('$1', chr(39) + 'x' + chr(39))}")
    except DBAPIError:
        folded = "$1"  # accents then count, as without unaccent before
    connection.exec_driver_sql(
        f"CREATE FUNCTION {PG_FOLD}(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT"
        f" PARALLEL SAFE AS $$ SELECT {folded} $$")
    connection.exec_driver_sql("DROP INDEX IF EXISTS documents_fts")
    connection.exec_driver_sql(
        f"CREATE INDEX documents_fts ON documents USING GIN (({PG_DOCUMENT_VECTOR}))")


def _pg_config(connection: Connection) -> None:
    """Create :data:`PG_CONFIG`, with unaccent when the server lets us."""
    connection.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = simple)")
    try:
        # A savepoint: a refused CREATE EXTENSION must not abort the migration transaction.
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
            connection.exec_driver_sql(
                f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR"
                " word, hword, hword_part WITH unaccent, simple")
    except DBAPIError:
        pass  # documented fallback: accent-sensitive search


def _full_text(connection: Connection, backend: str) -> None:
    """The full-text index over article title and clean text."""
    if backend == "sqlite":
        _check_fts5(connection)
    if backend == "postgresql":
        _pg_config(connection)
    for statement in _SQLITE_FTS if backend == "sqlite" else _PG_FTS:
        connection.exec_driver_sql(statement)


def _check_fts5(connection: Connection) -> None:
    """Raise :class:`StoreError` when this SQLite library was built without FTS5."""
    options = {row[0] for row in connection.execute(text("PRAGMA compile_options"))}
    if "ENABLE_FTS5" not in options:
        raise StoreError("this SQLite library has no FTS5 full-text search",
                         fix="use a Python built with FTS5 (the python.org and distro builds are)")


def _watch_tables(connection: Connection, backend: str) -> None:
    """What ``communique watch`` remembers: source validators and item outcomes."""
    from communique.store import _watch

    _watch.create(connection, backend)


def _revisions(connection: Connection, backend: str) -> None:
    """Write counters (``store_state``) and the revision of each document row (``rev``)."""
    columns = {c["name"] for c in inspect(connection).get_columns("documents")}
    if "rev" not in columns:
        # Stores made before this migration; newer ones got the column from migration 1.
        connection.exec_driver_sql(
            "ALTER TABLE documents ADD COLUMN rev INTEGER NOT NULL DEFAULT 0")
        connection.exec_driver_sql("CREATE INDEX ix_documents_rev ON documents (rev)")
    _schema.store_state.create(connection)
    has_documents = connection.execute(select(_schema.documents.c.seq).limit(1)).first()
    has_story = connection.execute(select(_schema.story_meta.c.id)).first()
    connection.execute(insert(_schema.store_state).values(
        id=1, revision=1 if has_documents else 0, story_revision=1 if has_story else 0,
        story_covers=None))


def _dedup_tables(connection: Connection, backend: str) -> None:
    """Duplicate detection's memory: shingle hashes per document and verdicts per pair. Empty
    at first: the next ``add`` fills it for the documents already stored."""
    _schema.metadata.create_all(connection, tables=list(_schema.DEDUP_TABLES))


def _text_index_tables(connection: Connection, backend: str) -> None:
    """What a merge reads from each text alone (reworded-copy word pairs, the merge's text
    memo). Empty at first: the next ``add`` fills it for the documents already stored."""
    _schema.metadata.create_all(connection, tables=list(_schema.TEXT_INDEX_TABLES))


def _block_tables(connection: Connection, backend: str) -> None:
    """What merge steps worked out per block (see ``merge_blocks``). Empty at first: the next
    ``add`` fills it."""
    _schema.metadata.create_all(connection, tables=list(_schema.BLOCK_TABLES))


def _reworded_tables(connection: Connection, backend: str) -> None:
    """The reworded-copy test's kept alignments and word counts. Empty at first: the next
    ``add`` fills them."""
    _schema.metadata.create_all(connection, tables=list(_schema.REWORDED_TABLES))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", _core_tables),
    Migration(2, "full-text index", _full_text),
    Migration(3, "watch state", _watch_tables),
    Migration(4, "revisions", _revisions),
    Migration(5, "duplicate index", _dedup_tables),
    Migration(6, "text index", _text_index_tables),
    Migration(7, "merge blocks", _block_tables),
    Migration(8, "reworded-copy alignments", _reworded_tables),
    Migration(9, "full-text folding", _pg_fold),
)
LATEST = MIGRATIONS[-1].version


def migrate(connection: Connection, backend: str) -> list[int]:
    """Bring the store to :data:`LATEST` inside the caller's write transaction.

    Returns the versions applied now (empty when the store was current).
    """
    tables = set(inspect(connection).get_table_names())
    if tables and _schema.schema_migrations.name not in tables:
        raise StoreError("this database holds tables but is not a communique store",
                         fix="choose a new file or an empty database")
    _schema.schema_migrations.create(connection, checkfirst=True)
    applied = set(connection.scalars(select(_schema.schema_migrations.c.version)))
    if applied and max(applied) > LATEST:
        raise StoreError(f"the store is at schema version {max(applied)}, newer than this "
                         f"communique knows ({LATEST})", fix="upgrade communique")
    done: list[int] = []
    for migration in MIGRATIONS:
        if migration.version in applied:
            continue
        migration.apply(connection, backend)
        connection.execute(insert(_schema.schema_migrations).values(
            version=migration.version, name=migration.name,
            applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
        done.append(migration.version)
    return done

