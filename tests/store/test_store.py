"""The store on both backends: upserts, annotations, the story, migrations, errors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from communique.errors import StoreError
from communique.model.story import (
    Contradiction,
    Evidence,
    Issue,
    Side,
    Story,
    StoryClaim,
    StoryEntity,
    StoryEvent,
    StoryPosition,
    StoryQuote,
    StoryRole,
    TimelineItem,
)
from communique.pipeline import BuildOptions, build
from communique.store import Store, StoreState, _story, open_store
from store.store_helpers import synthetic_annotations, synthetic_batch, synthetic_document


def dump(url: str) -> list[tuple[object, ...]]:
    """Every row of every table (and, on PostgreSQL, every sequence position) of a store."""
    if "://" not in url:
        with sqlite3.connect(url) as connection:
            return [(line,) for line in connection.iterdump()]
    import psycopg

    rows: list[tuple[object, ...]] = []
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            " ORDER BY table_name").fetchall()
        for (table,) in tables:
            rows.append((table,))
            rows.extend(connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall())
        for (sequence,) in connection.execute(
                "SELECT sequencename FROM pg_sequences ORDER BY 1").fetchall():
            rows.extend(connection.execute(f'SELECT last_value FROM "{sequence}"').fetchall())
    return rows


def sample_story(article: str) -> Story:
    ev = Evidence(article, 0, 5, "Round")
    return Story(
        entities=(StoryEntity("e_1", "Rustem Umerov", "person", ("Umerov",),
                              (StoryRole("lead negotiator", "Ukraine", (ev,)),), "Ukraine", 3,
                              (article,)),),
        events=(StoryEvent("ev_1", "talks", "Talks in Vienna", "2026-02-17", "2026-02-18",
                           "Vienna", ("e_ua", "e_ru"), ("e_us",),
                           {"e_ua": {"heads": ["e_1"], "members": []}}, (), (), (ev,), 2,
                           ("wire.example",)),),
        quotes=(StoryQuote("q_1", "e_1", "Umerov", "We made progress", "direct", "say", None,
                           None, "2026-02-18", (ev,)),),
        claims=(StoryClaim("c_1", "20 percent", "forces", "control", "territory", 20.0,
                           "percent", "20%", (), (ev,), 1, "single_source"),),
        positions=(StoryPosition("p_1", "e_ru", Issue("i_1", "Donbas"), "demands",
                                 "Russia demands Donbas", None, "2026-02-17", (ev,)),),
        contradictions=(Contradiction("x_1", "ordinal", "ev_1",
                                      (Side("2", (ev,)), Side("3", (ev,))), "numbering"),),
        timeline=(TimelineItem("2026-02-17", "2026-02-18", "event", "ev_1", "Talks"),),
        digest="Talks took place [1].",
        timings={"entities": 0.25},
    )


def test_open_records_migrations_and_reopening_applies_none(store_url: str) -> None:
    with open_store(store_url) as first:
        assert first.backend in ("sqlite", "postgresql")
    with open_store(store_url) as again:
        assert again.migrate() == []
    assert [row for row in dump(store_url) if "schema_migrations" in str(row)]


@contextmanager
def rows_written(store: Store) -> Iterator[list[int]]:
    """Count the rows every INSERT, UPDATE and DELETE statement changes while inside.

    Counted by the driver, so it sees a rewrite of an unchanged row whatever the row holds
    (a dump would not: timestamps have one-second resolution).
    """
    written: list[int] = []

    def count(connection: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            written.append(max(cursor.rowcount, 0))

    engine = store._live()
    event.listen(engine, "after_cursor_execute", count)
    try:
        yield written
    finally:
        event.remove(engine, "after_cursor_execute", count)


def test_add_returns_new_ids_and_readding_changes_nothing(store: Store) -> None:
    docs, anns = synthetic_batch(0, 30)
    assert store.add_documents(docs[:20], anns[:20]) == [d.id for d in docs[:20]]
    revision = store.state().revision
    before = dump(_url(store))
    with rows_written(store) as written:
        assert store.add_documents(docs[:20], anns[:20]) == []
        store.save_annotations(anns[:20])
        store.add_documents(docs[5:10])
    assert sum(written) == 0, written
    assert store.state().revision == revision
    assert dump(_url(store)) == before
    with rows_written(store) as written:
        assert store.add_documents(docs) == [d.id for d in docs[20:]]
    assert sum(written) >= 10  # the counter does count: ten new rows (and the revision)
    assert store.state().revision == revision + 1
    assert store.load_documents() == docs
    assert store.missing_annotations() == [d.id for d in docs[20:]]


def test_revisions_track_writes_and_rows_written_since(store: Store) -> None:
    docs, anns = synthetic_batch(0, 6)
    assert store.state() == StoreState(0, 0, None)
    store.add_documents(docs[:4], anns[:4])
    assert store.load_documents_since(0) == (docs[:4], 1)
    changed = replace(docs[1], duplicate_of=docs[0].id, duplicate_kind="exact")
    store.add_documents([changed, *docs[4:]])
    assert store.load_documents_since(1) == ([changed, *docs[4:]], 2)
    assert store.load_documents_since(2) == ([], 2)
    store.save_annotations(anns[4:])
    assert store.state().revision == 3
    corpus = store.load_corpus()
    assert (corpus.revision, len(corpus.documents), len(corpus.annotations)) == (3, 6, 6)


def test_a_story_is_saved_only_over_an_older_one(store: Store) -> None:
    docs, anns = synthetic_batch(0, 3)
    store.add_documents(docs[:2], anns[:2])
    old, new = sample_story(docs[0].id), sample_story(docs[1].id)
    assert store.save_story(old, covers=1)
    assert store.state() == StoreState(1, 1, 1) and store.state().story_current
    assert not store.save_story(new, covers=1)  # covers no more than the stored one
    assert not store.save_story(new, covers=0)
    store.add_documents(docs[2:], anns[2:])
    assert not store.state().story_current
    assert not store.save_story(new, covers=1)  # merged before the last commit: stale
    marked = replace(docs[2], duplicate_of=docs[0].id, duplicate_kind="near")
    assert store.save_story(new, covers=2, documents=[marked])
    assert store.load_story() == new and store.load_documents()[2] == marked
    assert store.state() == StoreState(3, 2, 3)  # the marks were written with the story


def test_changed_document_is_updated_in_place(store: Store) -> None:
    docs, _ = synthetic_batch(0, 3)
    store.add_documents(docs)
    later = replace(docs[1], duplicate_of=docs[0].id, duplicate_kind="near")
    assert store.add_documents([later]) == []
    assert store.load_documents() == [docs[0], later, docs[2]]


def test_dossier_order_is_insertion_order_across_batches(store: Store) -> None:
    docs, _ = synthetic_batch(0, 6)
    store.add_documents(docs[3:])
    store.add_documents(docs[:3] + docs[3:4])
    assert [d.id for d in store.load_documents()] == [d.id for d in docs[3:] + docs[:3]]
    picked = store.load_documents([docs[0].id, docs[4].id, "a_unknown"])
    assert [d.id for d in picked] == [docs[4].id, docs[0].id]


def test_annotations_round_trip_and_resume_set(store: Store) -> None:
    docs, anns = synthetic_batch(0, 5)
    store.add_documents(docs)
    assert store.missing_annotations() == [d.id for d in docs]
    store.save_annotations(anns[3:] + anns[:2])
    assert store.missing_annotations() == [docs[2].id]
    assert store.load_annotations() == anns[:2] + anns[3:]
    assert store.load_annotations([docs[4].id]) == [anns[4]]
    replaced = replace(anns[0], places=())
    store.save_annotations([replaced])
    assert store.load_annotations([docs[0].id]) == [replaced]


def test_a_failing_batch_stores_nothing(store: Store) -> None:
    docs, anns = synthetic_batch(0, 4)
    stranger = synthetic_annotations(synthetic_document(99))
    with pytest.raises(StoreError, match="not stored"):
        store.add_documents(docs, [*anns, stranger])
    assert store.load_documents() == []
    with pytest.raises(StoreError):
        store.save_annotations([stranger])


def test_story_round_trip_and_atomic_replace(store: Store) -> None:
    assert store.load_story() is None
    story = sample_story("a_1")
    store.save_story(story)
    assert store.load_story() == story
    smaller = replace(story, entities=(), quotes=(), digest="")
    store.save_story(smaller)
    assert store.load_story() == smaller
    store.save_story(Story())
    assert store.load_story() == Story()


def test_a_changed_story_reads_back_exactly_with_its_filter_columns(store: Store) -> None:
    # Saving writes only the rows that differ: items shifted, changed, appended and dropped
    # must all read back as saved, and the filter columns must follow the changed items.
    story = sample_story("a_1")
    other = sample_story("a_2")
    store.save_story(replace(story, quotes=(*story.quotes, *other.quotes)))
    renamed = replace(story.entities[0], name="Renamed Negotiator")
    changed = replace(story, entities=(*other.entities, renamed),
                      quotes=other.quotes, claims=())
    store.save_story(changed)
    assert store.load_story() == changed
    text = "\n".join(map(str, dump(_url(store))))
    assert "Renamed Negotiator" in text and "single_source" not in text
    store.save_story(story)
    assert store.load_story() == story


def test_story_items_have_filter_columns(store: Store) -> None:
    store.save_story(sample_story("a_1"))
    rows = dump(_url(store))
    text = "\n".join(map(str, rows))
    assert "single_source" in text and "demands" in text and "Rustem Umerov" in text


def test_search_finds_articles_with_snippets(store: Store) -> None:
    docs, _ = synthetic_batch(0, 14)
    store.add_documents(docs)
    hits = store.search("Istanbul")
    assert {i for i, _ in hits} == {d.id for d in docs if "Istanbul" in d.text}
    assert all("**Istanbul**" in snippet for _, snippet in hits)
    assert store.search('"talks in Vienna" round') and not store.search('"Vienna talks in"')
    assert len(store.search("talks", limit=3)) == 3
    assert store.search("переговоры")  # case-folded Cyrillic
    assert store.search("cafes")  # diacritics removed on both sides
    assert store.search("Vienna OR Istanbul") == []  # OR is a word, not an operator
    assert store.search("") == store.search('"" - * ^') == []


def test_letters_are_not_transliterated_on_either_backend(store: Store) -> None:
    # PostgreSQL's unaccent read "Þe" as "the" (and ß as ss, ø as o): SQLite keeps the letters.
    plain = replace(synthetic_document(0), id="a_plain", text="The talks go on in the town.")
    odd = replace(synthetic_document(1), id="a_odd", text="Þingvellir hosts Søren and Straße.")
    accented = replace(synthetic_document(2), id="a_accented", text="Envoys met at the Café.")
    store.add_documents([plain, odd, accented])
    assert store.search("ÞE") == store.search("thingvellir") == store.search("soren") == []
    assert [i for i, _ in store.search("þingvellir")] == ["a_odd"]
    assert [i for i, _ in store.search("SØREN straße")] == ["a_odd"]
    hits = store.search("cafe")  # diacritics are still removed on both sides …
    assert [i for i, _ in hits] == ["a_accented"] and "**Café**" in hits[0][1]  # … and marked


def test_a_postgresql_store_from_before_the_folding_is_migrated(postgres_url: str) -> None:
    odd = replace(synthetic_document(1), id="a_odd", text="The Þing met on Thursday.")
    with open_store(postgres_url) as store:
        store.add_documents([odd])
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as connection:  # back to migration 8
        connection.execute("DROP FUNCTION communique_fold CASCADE")
        connection.execute("CREATE INDEX documents_fts ON documents USING GIN ((to_tsvector("
                           "'communique_search', coalesce(title, '') || ' ' || text)))")
        connection.execute("DELETE FROM schema_migrations WHERE version = 9")
    with open_store(postgres_url) as store:
        assert [i for i, _ in store.search("þing")] == ["a_odd"]
        assert store.search("thing") == []


def test_updated_text_is_reindexed(store: Store) -> None:
    doc = synthetic_document(0)
    store.add_documents([doc])
    store.add_documents([replace(doc, text=doc.text + "\nA zebracrossing appeared.")])
    assert [i for i, _ in store.search("zebracrossing")] == [doc.id]


def test_closed_store_raises(store_url: str) -> None:
    opened = open_store(store_url)
    opened.close()
    opened.close()
    with pytest.raises(StoreError, match="closed"):
        opened.load_documents()


def test_nul_in_clean_text_is_refused_with_a_fix(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.add_documents([replace(synthetic_document(0), text="a\x00b")])
    assert info.value.fix
    with pytest.raises(StoreError):
        store.add_documents([replace(synthetic_document(0), id="a_\x00")])


@pytest.mark.parametrize("spec", ["", "mysql://h/db", "sqlite://", "sqlite:///:memory:"])
def test_bad_addresses_raise_store_error(spec: str) -> None:
    with pytest.raises(StoreError):
        open_store(spec)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not a database\n" * 100)
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "E500"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(StoreError, match="not a communique store"):
        open_store(f"sqlite:///{path}")


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'x')")
    with pytest.raises(StoreError, match="upgrade communique"):
        open_store(str(path))


def test_a_store_from_before_revisions_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    docs, anns = synthetic_batch(0, 3)
    with open_store(str(path)) as store:
        store.add_documents(docs, anns)
        store.save_story(sample_story(docs[0].id))
    with sqlite3.connect(path) as connection:  # back to what migrations 1 and 2 made
        connection.executescript(
            "DROP INDEX ix_documents_rev; ALTER TABLE documents DROP COLUMN rev;"
            " DROP TABLE store_state; DELETE FROM schema_migrations WHERE version = 4;")
    with open_store(str(path)) as store:
        assert store.load_documents() == docs
        assert store.state() == StoreState(1, 1, None)  # a story, not known to be current
        assert store.load_documents_since(0) == ([], 1)  # old rows count as revision 0
        store.add_documents([replace(docs[0], duplicate_of=docs[1].id)])
        assert [d.id for d in store.load_documents_since(1)[0]] == [docs[0].id]


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        open_store(str(tmp_path / "typo" / "story.db"))
    assert "does not exist" in info.value.message and info.value.fix
    assert not (tmp_path / "typo").exists()


def test_unreachable_postgresql_raises_store_error() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def _url(store: Store) -> str:
    """The address ``dump`` needs: the file path for SQLite, the URL for PostgreSQL."""
    if store.backend == "sqlite":
        return store.url.removeprefix("sqlite:///")
    return store.url.replace("postgresql+psycopg://", "postgresql://")


def test_articles_with_nul_and_surrogates_are_stored_after_ingest(store_url: str,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    text = "Delegations met in Vienna on Monday. A \u0000 NUL and a \ud800 surrogate came too."
    path.write_text(json.dumps({"text": text, "title": "\u0000"}) + "\n", encoding="utf-8")
    result = build([str(path)], BuildOptions(story=False))
    assert not result.skipped
    with open_store(store_url) as store:
        assert store.add_documents(result.documents) == [result.documents[0].id]
        assert store.load_documents() == list(result.documents)


_ENTRIES = [TimelineItem(f"2031-05-{day:02d}", None, kind, f"{kind}_{day}", f"Entry {day}")
            for day in range(1, 9) for kind in ("event", "quote")]


@pytest.mark.parametrize("gap", [1024, 2, 1])
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_ENTRIES), max_size=12), min_size=1, max_size=6))
def test_stories_saved_in_turn_read_back_exactly(store: Store, gap: int,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 timelines: list[list[TimelineItem]]) -> None:
    # Rows of items still in the story are kept where they are and the others take keys
    # between them (items repeated, reordered, inserted, dropped); a small gap between keys
    # makes the section written afresh: each story must read back whole either way.
    monkeypatch.setattr(_story, "GAP", gap)
    for timeline in timelines:
        story = Story(timeline=tuple(timeline), digest=str(len(timeline)))
        store.save_story(story)
        assert store.load_story() == story
