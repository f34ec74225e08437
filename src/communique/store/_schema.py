"""The store's tables, as SQLAlchemy Core ``Table`` objects shared by both backends.

Each stored object is kept whole as JSON in a ``data`` column (the codec round-trips it exactly);
the other columns are *copies* of a few fields, indexed for filtering (the future REST API asks
for claims by status, quotes by speaker, events by date …). Copies may be normalised (NUL removed,
which PostgreSQL text cannot hold); the JSON is always the truth.

Every item table has an integer ``seq`` primary key that keeps the order the merge stage produced,
because content-derived ids are not guaranteed unique across item kinds and order matters to the
dossier. Documents are the exception to "JSON is the truth" for one field: the clean ``text``
lives only in its column (not in the JSON too), so that article bodies are stored once and the
SQLite full-text index can read them as its external content.

Changing a table here changes what migration 1 creates on a *new* store; existing stores only
change through a new migration in :mod:`communique.store._migrations`.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    # seq is the insertion order (= dossier order) and the FTS5 rowid of the article.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("title", Text),
    Column("language", Text),
    Column("published", Text, index=True),
    Column("duplicate_of", Text, index=True),
    Column("content_hash", Text, index=True),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("added_at", Text, nullable=False),
    # The store revision that last wrote the row (migration 3): readers that keep a copy of
    # the documents load only the rows written since the revision they have.
    Column("rev", Integer, nullable=False, server_default="0", index=True),
)

annotations_table = Table(
    "annotations", metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("data", Text, nullable=False),
    Column("saved_at", Text, nullable=False),
)

story_meta = Table(
    "story", metadata,
    # One row (id 1) while a story is stored; its absence means "no story yet".
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("digest", Text, nullable=False),
    Column("timings", Text, nullable=False),
    Column("saved_at", Text, nullable=False),
)


store_state = Table(
    "store_state", metadata,
    # One row (id 1), created by migration 3. ``revision`` counts the write transactions that
    # changed documents or annotations, ``story_revision`` those that saved a story, and
    # ``story_covers`` is the revision the stored story was merged from (NULL: not known). A
    # story covers every stored document exactly when ``story_covers == revision``.
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("revision", Integer, nullable=False),
    Column("story_revision", Integer, nullable=False),
    Column("story_covers", Integer),
)


def _item_table(name: str, *columns: Column[object], indexed: tuple[str, ...]) -> Table:
    """One table of story items: ``seq`` (order), the indexed copies, and the item as JSON."""
    table = Table(
        name, metadata,
        Column("seq", Integer, primary_key=True, autoincrement=False),
        *columns,
        Column("data", Text, nullable=False),
    )
    for column in indexed:
        Index(f"ix_{name}_{column}", table.c[column])
    return table


entities = _item_table(
    "entities",
    Column("id", Text, nullable=False), Column("type", Text), Column("name", Text),
    Column("affiliation", Text), Column("mentions", Integer),
    indexed=("id", "type", "name", "affiliation"),
)
events = _item_table(
    "events",
    Column("id", Text, nullable=False), Column("type", Text), Column("start", Text),
    Column("end", Text), Column("place", Text), Column("support", Integer),
    indexed=("id", "type", "start", "support"),
)
quotes = _item_table(
    "quotes",
    Column("id", Text, nullable=False), Column("kind", Text), Column("speaker", Text),
    Column("date", Text),
    indexed=("id", "kind", "speaker", "date"),
)
claims = _item_table(
    "claims",
    Column("id", Text, nullable=False), Column("status", Text), Column("support", Integer),
    Column("unit", Text),
    indexed=("id", "status", "support"),
)
positions = _item_table(
    "positions",
    Column("id", Text, nullable=False), Column("party", Text), Column("stance", Text),
    Column("issue", Text), Column("date", Text),
    indexed=("id", "party", "stance", "issue", "date"),
)
contradictions = _item_table(
    "contradictions",
    Column("id", Text, nullable=False), Column("kind", Text), Column("about", Text),
    indexed=("id", "kind", "about"),
)
timeline = _item_table(
    "timeline",
    Column("date", Text), Column("end", Text), Column("kind", Text), Column("ref", Text),
    indexed=("date", "kind", "ref"),
)

CORE_TABLES = (documents, annotations_table, story_meta, entities, events, quotes, claims,
               positions, contradictions, timeline)
"""Every table migration 1 creates (``schema_migrations`` exists before any migration runs)."""


# Migration 5: what duplicate detection learnt, kept so that ``add`` hashes and compares only
# what is new (see :class:`communique.clean._dedup.DedupCache`). Derived data: a pure function
# of the stored texts, rebuilt by ``communique rebuild``; writing it changes no revision.
document_shingles = Table(
    "document_shingles", metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("exact_key", Text, nullable=False),
    # Sorted distinct shingle hashes, unsigned 64-bit little-endian; NULL while never hashed
    # (a later exact copy of an earlier text stands for nothing in the index).
    Column("shingles", LargeBinary),
)
duplicate_pairs = Table(
    "duplicate_pairs", metadata,
    # A candidate pair's verdict, the two ids in sorted order.
    Column("first", Text, primary_key=True),
    Column("second", Text, primary_key=True),
    Column("linked", Integer, nullable=False),
)

DEDUP_TABLES = (document_shingles, duplicate_pairs)
"""The tables migration 5 creates."""


# Migration 6: more of what a merge reads from each text alone, kept so that ``add`` reads the
# new texts only. Derived data like migration 5's: rebuilt by ``communique rebuild``, writing it
# changes no revision.
document_pairs = Table(
    "document_pairs", metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    # Sorted distinct hashes of the word pairs of the text's unquoted sentences (the reworded-
    # copy index of :mod:`communique.clean._dedup`), unsigned 64-bit little-endian.
    Column("pairs", LargeBinary, nullable=False),
)
text_memo = Table(
    "text_memo", metadata,
    # See :class:`communique.model.memo.TextMemo`: one value per kind and article, with the
    # digest of the text it was computed from.
    Column("kind", Text, primary_key=True),
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("digest", Text, nullable=False),
    Column("data", Text, nullable=False),
)

TEXT_INDEX_TABLES = (document_pairs, text_memo)
"""The tables migration 6 creates."""


# Migration 7: a merge step's output per block (one event's participant contradictions, say),
# kept so that ``add`` works out again only the blocks its articles reach. See
# :meth:`communique.model.memo.TextMemo.get_checked`: the digest is of the block's inputs, and
# the data holds the global reads the output rests on. Derived data like migration 6's.
merge_blocks = Table(
    "merge_blocks", metadata,
    Column("kind", Text, primary_key=True),
    Column("block", Text, primary_key=True),
    Column("digest", Text, nullable=False),
    Column("data", Text, nullable=False),
)

BLOCK_TABLES = (merge_blocks,)
"""The tables migration 7 creates."""


# Migration 8: the reworded-copy test's alignments, kept with the margin by which the batch's
# word weights may move before one must be aligned again (see
# :mod:`communique.clean._reworded_memo`), so that ``add`` aligns only what the new articles
# reach. Derived data like migration 5's: rebuilt by ``communique rebuild``.
document_words = Table(
    "document_words", metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    # Sorted distinct hashes of the words of the text's unquoted sentences, unsigned 64-bit
    # little-endian, and how many such sentences it has.
    Column("words", LargeBinary, nullable=False),
    Column("sentences", Integer, nullable=False),
    # Whether the kept word counts count this text, and its summed excess drift.
    Column("counted", Integer, nullable=False),
    Column("excess", Float, nullable=False),
    # The full dates of each of those sentences (JSON lists of day ordinals), once asked for.
    Column("days", Text),
)
reworded_pairs = Table(
    "reworded_pairs", metadata,
    # One ordered pair of documents as the test compared it.
    Column("first", Text, primary_key=True),
    Column("second", Text, primary_key=True),
    # The aligned sentence pairs as JSON ``[[i, j], …]``, how many are told nearly word for
    # word, whether it is a series, and the limit of the drift it stands for.
    Column("run", Text, nullable=False),
    Column("strong", Integer, nullable=False),
    Column("series", Integer, nullable=False),
    Column("bound", Float, nullable=False),
)
reworded_state = Table(
    "reworded_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # Bumped by every writer: one that read another generation keeps nothing it learnt.
    Column("generation", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("drift", Float, nullable=False),
    # Sorted distinct word hashes (unsigned 64-bit little-endian) and the documents holding
    # each (signed 64-bit little-endian), and how many documents are counted.
    Column("words", LargeBinary, nullable=False),
    Column("counts", LargeBinary, nullable=False),
    Column("counted", Integer, nullable=False),
)

REWORDED_TABLES = (document_words, reworded_pairs, reworded_state)
"""The tables migration 8 creates."""
