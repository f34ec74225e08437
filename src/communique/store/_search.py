"""Full-text search over article titles and clean text, with one query syntax on both backends.

The user's query is never handed to a query parser as syntax: it is split into *phrases* (a run
of words between double quotes, or a single unquoted word) and every phrase must occur. Each
phrase is then written as a quoted FTS5 string (``"`` doubled inside) on SQLite, or passed as a
bound parameter to ``phraseto_tsquery`` on PostgreSQL, so no input can raise a syntax error.
Operators (``OR``, ``NOT``, ``-word``, ``NEAR``) are deliberately plain words: the two engines
spell them differently and a reader typing ``Vienna OR Istanbul`` should not get an error.

Neither backend stems (FTS5 ``unicode61``, PostgreSQL ``simple``): the corpus is multilingual.
Both fold case and remove combining marks, and nothing more: PostgreSQL folds the text and the
query with ``communique_fold`` (NFKD without combining marks, see migration 9) rather than
``unaccent``, whose table also transliterates letters (Þ → th, ß → ss, ø → o) that SQLite keeps;
``unaccent`` only marks the snippet's words. Case folding of non-ASCII letters needs a UTF-8
``LC_CTYPE`` on the database, the usual setup.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, bindparam, text

from communique.store._migrations import PG_CONFIG, PG_DOCUMENT_VECTOR, PG_FOLD

MARK_START = "**"
MARK_END = "**"
"""Markers around matched words in snippets (Markdown bold, so the Markdown dossier renders it)."""

SNIPPET_WORDS = 16

_PHRASE = re.compile(r'"([^"]*)"|(\S+)')


def phrases(query: str) -> list[str]:
    """Split ``query`` into the phrases that must all occur; words-less phrases are dropped."""
    # Control characters (NUL above all) end an FTS5 string early or are refused by PostgreSQL.
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in query)
    # Compatibility forms (a superscript ¹, full-width letters, ligatures) are split off as
    # separate tokens by PostgreSQL's parser but joined into a word by FTS5: fold them to
    # their plain letters and digits first so that both engines read the same words.
    cleaned = unicodedata.normalize("NFKC", cleaned)
    found: list[str] = []
    for match in _PHRASE.finditer(cleaned):
        phrase = " ".join((match.group(1) if match.group(1) is not None
                           else match.group(2).replace('"', " ")).split())
        # A phrase with no letter or digit yields no token on either engine and would only
        # make PostgreSQL print a notice; drop it so both engines treat it alike.
        if any(ch.isalnum() for ch in phrase) and phrase not in found:
            found.append(phrase)
    return found


def fts5_query(parts: list[str]) -> str:
    """An FTS5 MATCH expression requiring every phrase (implicit AND of quoted strings)."""
    return " ".join('"' + part.replace('"', '""') + '"' for part in parts)


def search_sqlite(connection: Connection, query: str, limit: int) -> list[tuple[str, str]]:
    """Best-ranked (bm25) articles matching ``query`` with a snippet of the matching text."""
    parts = phrases(query)
    if not parts or limit < 1:
        return []
    statement = text(
        "SELECT d.id, snippet(documents_fts, -1, :start, :end, '…', :words)"
        " FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid"
        " WHERE documents_fts MATCH :match ORDER BY rank, d.seq LIMIT :limit")
    rows = connection.execute(statement, {
        "start": MARK_START, "end": MARK_END, "words": SNIPPET_WORDS,
        "match": fts5_query(parts), "limit": limit})
    return [(row[0], row[1]) for row in rows]


def search_postgresql(connection: Connection, query: str, limit: int) -> list[tuple[str, str]]:
    """Best-ranked (``ts_rank``) articles matching ``query``, snippet from ``ts_headline``."""
    parts = phrases(query)
    if not parts or limit < 1:
        return []
    # Only placeholders are interpolated here; the phrases themselves travel as parameters.
    tsquery = " && ".join(f"phraseto_tsquery('simple', {PG_FOLD}(:p{i}))"
                          for i in range(len(parts)))
    options = (f"StartSel={MARK_START}, StopSel={MARK_END}, "
               f"MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}")
    statement = text(
        f"SELECT d.id, ts_headline('{PG_CONFIG}', d.text, q.query, :options)"
        f" FROM documents AS d, (SELECT {tsquery} AS query) AS q"
        f" WHERE {PG_DOCUMENT_VECTOR} @@ q.query"
        f" ORDER BY ts_rank({PG_DOCUMENT_VECTOR}, q.query) DESC, d.seq LIMIT :limit"
    ).bindparams(bindparam("options"), bindparam("limit"))
    params: dict[str, object] = {"options": options, "limit": limit}
    params.update({f"p{i}": part for i, part in enumerate(parts)})
    rows = connection.execute(statement, params)
    return [(row[0], row[1]) for row in rows]
