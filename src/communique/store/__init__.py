"""The store: every stage of communique persisted, so that adding articles updates a story.

Public API::

    from communique.store import open_store

    with open_store("story.db") as store:            # or "postgresql://user@host/db"
        new_ids = store.add_documents(documents, annotations)   # one transaction
        todo = store.missing_annotations()            # documents stored but not yet annotated
        store.save_annotations(more_annotations)
        story = merge(store.load_documents(), store.load_annotations())
        store.save_story(story)
        hits = store.search("ceasefire Lindhaven")       # [(article id, snippet), ...]

Backends: SQLite (default; one file in WAL mode, FTS5 full-text index) and PostgreSQL (install
``communique[postgres]``; GIN full-text index). Both are reached through SQLAlchemy Core and
built by recorded migrations (table ``schema_migrations``). Everything else in this package is
private.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from communique.store import _engine
from communique.store._store import Corpus, Store, StoreState

__all__ = ["Corpus", "Store", "StoreState", "open_store"]


def open_store(url_or_path: str) -> Store:
    """Open (creating and migrating as needed) the store at ``url_or_path``.

    A file path or ``sqlite:///path`` opens a SQLite file (created in a folder that must exist);
    ``postgresql://user:password@host:port/database`` opens a PostgreSQL database, which must
    exist. Raises :class:`~communique.errors.StoreError` (E500) when the store cannot be opened
    or is not a communique store, and :class:`~communique.errors.MissingExtraError` when the
    PostgreSQL driver is not installed.
    """
    location = _engine.locate(url_or_path)
    engine = _engine.create(location)
    shown = make_url(location.url).render_as_string(hide_password=True)
    store = Store(engine, location.backend, shown)
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
