"""Local inputs: files, directories, globs, standard input, and every reason to skip one."""

from __future__ import annotations

import gzip
import io
import os
import threading
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import ConfigError
from communique.ingest import ERROR_CODES, IngestOptions, read_inputs
from communique.model import RawArticle, Skipped

ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]

BODY = "The council voted on Tuesday to approve the new bridge.\n"


def _write(path: Path, content: str | bytes = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _only_skip(skipped: list[Skipped]) -> Skipped:
    assert len(skipped) == 1, skipped
    return skipped[0]


# --- options -----------------------------------------------------------------------------------


def test_options_defaults_and_frozen() -> None:
    options = IngestOptions()
    assert options.max_bytes == 20 * 1024 * 1024
    assert options.allow_network and options.recursive and options.follow_feeds
    assert options.timeout > 0 and options.user_agent
    with pytest.raises(FrozenInstanceError):
        options.max_bytes = 1  # type: ignore[misc]


@pytest.mark.parametrize("bad", [{"max_bytes": 0}, {"max_bytes": -5}, {"timeout": 0}])
def test_options_refuse_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        IngestOptions(**bad)  # type: ignore[arg-type]


def test_every_code_constant_is_documented() -> None:
    from communique.ingest import _codes

    constants = {value for name, value in vars(_codes).items()
                 if name.isupper() and isinstance(value, str)}
    assert constants == set(ERROR_CODES)
    assert all(code.startswith("E1") and ERROR_CODES[code] for code in constants)


# --- formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "field"),
    [
        ("a.txt", "text", "text"),
        ("a.text", "text", "text"),
        ("a.md", "markdown", "text"),
        ("a.markdown", "markdown", "text"),
        ("a.html", "html", "html"),
        ("a.htm", "html", "html"),
        ("a.xhtml", "html", "html"),
        ("A.TXT", "text", "text"),
    ],
)
def test_each_text_format_by_extension(
    tmp_path: Path, read_all: ReadAll, name: str, fmt: str, field: str
) -> None:
    content = "<html><body><p>Bridge approved.</p></body></html>" if field == "html" else BODY
    path = _write(tmp_path / name, content)
    [article], skipped = read_all([str(path)])
    assert skipped == []
    assert article.format == fmt
    assert getattr(article, field) == content
    assert article.source == str(path)
    assert article.body == content


def test_gzipped_text_is_decompressed(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "a.txt.gz", gzip.compress(BODY.encode()))
    [article], _ = read_all([str(path)])
    assert article.text == BODY
    assert article.format == "text"


def test_corrupt_gzip_is_reported(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "a.txt.gz", b"\x1f\x8b\x08\x00 this is not deflate data")
    articles, skipped = read_all([str(path)])
    assert articles == []
    assert _only_skip(skipped).code == "E100"


# --- directories -------------------------------------------------------------------------------


def _tree(root: Path) -> None:
    _write(root / "b.txt")
    _write(root / "a.md")
    _write(root / "sub" / "c.html", "<p>Deep.</p>")
    _write(root / "sub" / "deeper" / "d.txt")
    _write(root / ".hidden.txt")
    _write(root / ".git" / "e.txt")
    _write(root / "sub" / ".cache" / "f.txt")
    _write(root / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(root / "notes.docx", b"PK\x03\x04")


def test_directory_is_walked_sorted_skipping_hidden_and_unknown(
    tmp_path: Path, read_all: ReadAll
) -> None:
    _tree(tmp_path)
    articles, skipped = read_all([str(tmp_path)])
    assert skipped == []
    names = [os.path.relpath(article.source, tmp_path) for article in articles]
    assert names == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.txt"]
    assert [article.order for article in articles] == [0, 1, 2, 3]


def test_directory_not_recursive(tmp_path: Path, read_all: ReadAll) -> None:
    _tree(tmp_path)
    articles, _ = read_all([str(tmp_path)], IngestOptions(recursive=False))
    assert [Path(article.source).name for article in articles] == ["a.md", "b.txt"]


def test_empty_directory_is_reported(tmp_path: Path, read_all: ReadAll) -> None:
    _write(tmp_path / ".only_hidden.txt")
    _write(tmp_path / "picture.jpg", b"\xff\xd8\xff")
    articles, skipped = read_all([str(tmp_path)])
    assert articles == []
    skip = _only_skip(skipped)
    assert skip.code == "E103"
    assert skip.source == str(tmp_path)


def test_hidden_file_named_explicitly_is_read(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / ".draft.txt")
    [article], skipped = read_all([str(path)])
    assert skipped == []
    assert article.source == str(path)


# --- globs -------------------------------------------------------------------------------------


def test_glob_sorted_and_filtered(tmp_path: Path, read_all: ReadAll) -> None:
    _tree(tmp_path)
    articles, skipped = read_all([str(tmp_path / "*")])
    assert skipped == []
    names = [os.path.relpath(article.source, tmp_path) for article in articles]
    # "*" matches the sub directory too, which is walked like a named one.
    assert names == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.txt"]


def test_recursive_glob(tmp_path: Path, read_all: ReadAll) -> None:
    _tree(tmp_path)
    articles, _ = read_all([str(tmp_path / "**" / "*.txt")])
    names = [os.path.relpath(article.source, tmp_path) for article in articles]
    assert names == ["b.txt", "sub/deeper/d.txt"]


def test_glob_matching_nothing_is_e107(tmp_path: Path, read_all: ReadAll) -> None:
    pattern = str(tmp_path / "*.txt")
    articles, skipped = read_all([pattern])
    assert articles == []
    skip = _only_skip(skipped)
    assert (skip.source, skip.code) == (pattern, "E107")


def test_glob_matching_only_unknown_extensions_is_e107(tmp_path: Path, read_all: ReadAll) -> None:
    _write(tmp_path / "a.png", b"\x89PNG")
    _, skipped = read_all([str(tmp_path / "a.*")])
    assert _only_skip(skipped).code == "E107"


def test_existing_name_with_glob_characters_is_a_path(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "report[1].txt")
    [article], skipped = read_all([str(path)])
    assert skipped == []
    assert article.source == str(path)


# --- batch behaviour ---------------------------------------------------------------------------


def test_order_and_fetched_at_across_specs(tmp_path: Path, read_all: ReadAll) -> None:
    first = _write(tmp_path / "x" / "1.txt")
    second = _write(tmp_path / "y" / "2.txt")
    articles, skipped = read_all([str(second), str(tmp_path / "missing.txt"), str(first)])
    assert [a.source for a in articles] == [str(second), str(first)]
    assert [a.order for a in articles] == [0, 1]
    assert len(skipped) == 1
    for article in articles:
        assert article.fetched_at is not None
        assert article.fetched_at.utcoffset() == timedelta(0)


def test_same_file_twice_is_read_once(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "a.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    articles, skipped = read_all([str(path), str(tmp_path), str(link)])
    assert [a.source for a in articles] == [str(path)]
    assert skipped == []


def test_read_inputs_is_lazy_and_deterministic(tmp_path: Path) -> None:
    _tree(tmp_path)
    stream = read_inputs([str(tmp_path)])
    first = next(stream)
    assert isinstance(first, RawArticle)
    rest = list(stream)
    again = list(read_inputs([str(tmp_path)]))
    assert [item.source for item in [first, *rest]] == [item.source for item in again]


# --- skip reasons ------------------------------------------------------------------------------


def test_missing_path_is_e101(tmp_path: Path, read_all: ReadAll) -> None:
    path = str(tmp_path / "nope.txt")
    articles, skipped = read_all([path])
    assert articles == []
    skip = _only_skip(skipped)
    assert (skip.source, skip.code) == (path, "E101")
    assert "no such file" in skip.reason


def test_broken_symlink_is_e101(tmp_path: Path, read_all: ReadAll) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    _, skipped = read_all([str(link)])
    assert _only_skip(skipped).code == "E101"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_permission_denied_is_e105(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "secret.txt")
    path.chmod(0)
    try:
        _, skipped = read_all([str(path)])
    finally:
        path.chmod(0o644)
    skip = _only_skip(skipped)
    assert skip.code == "E105"
    assert "permission denied" in skip.reason


def test_permission_denied_on_open_is_e105(
    tmp_path: Path, read_all: ReadAll, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs as root too: the operating system's refusal is simulated where the file is opened.
    from communique.ingest import _open

    path = _write(tmp_path / "secret.txt")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(_open, "_os_open", refuse)
    _, skipped = read_all([str(path)])
    skip = _only_skip(skipped)
    assert (skip.code, skip.reason) == ("E105", "permission denied")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_file_is_e103(tmp_path: Path, read_all: ReadAll, content: bytes) -> None:
    path = _write(tmp_path / "a.txt", content)
    articles, skipped = read_all([str(path)])
    assert articles == []
    assert _only_skip(skipped).code == "E103"


def test_binary_file_with_text_name_is_e102(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    _, skipped = read_all([str(path)])
    skip = _only_skip(skipped)
    assert (skip.source, skip.code) == (str(path), "E102")


def test_oversize_file_is_e104_from_its_size(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "big.txt", "x" * 100)
    _, skipped = read_all([str(path)], IngestOptions(max_bytes=10))
    skip = _only_skip(skipped)
    assert skip.code == "E104"
    # The size in the reason comes from stat: the file was refused before it was read.
    assert "100 bytes" in skip.reason


def test_file_of_exactly_max_bytes_is_read(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "fits.txt", "y" * 10)
    [article], skipped = read_all([str(path)], IngestOptions(max_bytes=10))
    assert skipped == [] and article.text == "y" * 10


def test_gzip_bomb_is_cut_at_max_bytes(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 100_000))
    assert path.stat().st_size < 1000
    _, skipped = read_all([str(path)], IngestOptions(max_bytes=1000))
    assert _only_skip(skipped).code == "E104"


@pytest.mark.parametrize("name", ["notes.log", "article", "page.pdf", "a.txt~"])
def test_unknown_extension_named_explicitly_is_e106(
    tmp_path: Path, read_all: ReadAll, name: str
) -> None:
    path = _write(tmp_path / name)
    articles, skipped = read_all([str(path)])
    assert articles == []
    skip = _only_skip(skipped)
    assert (skip.source, skip.code) == (str(path), "E106")
    assert ".txt" in skip.reason  # tells the user what would work


def test_fifo_is_refused_without_blocking(tmp_path: Path, read_all: ReadAll) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, skipped = read_all([str(fifo)])
    skip = _only_skip(skipped)
    assert skip.code == "E106"
    assert "regular file" in skip.reason


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe.warc", "pipe.txt.gz"])
def test_a_file_swapped_for_a_fifo_after_it_was_checked_is_refused_without_blocking(
        tmp_path: Path, read_all: ReadAll, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # The swap is simulated by stat() still describing the regular file that was there: only
    # what was actually opened can tell.
    regular = _write(tmp_path / "regular.txt")
    fifo = tmp_path / name
    os.mkfifo(fifo)
    real_stat = os.stat

    def stale_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        return real_stat(regular if os.fspath(path) == str(fifo) else path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stale_stat)
    result: list[tuple[list[RawArticle], list[Skipped]]] = []
    reader = threading.Thread(target=lambda: result.append(read_all([str(fifo)])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():
        with open(fifo, "wb"):  # release the blocked reader before failing
            pass
        pytest.fail("reading a FIFO blocked")
    skip = _only_skip(result[0][1])
    assert (skip.code, skip.reason) == ("E106", "not a regular file")


def test_a_bad_input_does_not_stop_the_rest(tmp_path: Path, read_all: ReadAll) -> None:
    good = _write(tmp_path / "good.txt")
    empty = _write(tmp_path / "empty.txt", b"")
    articles, skipped = read_all([str(empty), str(tmp_path / "gone.md"), str(good)])
    assert [a.source for a in articles] == [str(good)]
    assert [(s.source, s.code) for s in skipped] == [
        (str(empty), "E103"),
        (str(tmp_path / "gone.md"), "E101"),
    ]
    assert "[E103]" in str(skipped[0])


# --- standard input ----------------------------------------------------------------------------


def test_stdin_text(read_all: ReadAll) -> None:
    [article], skipped = read_all(["-"], stdin=io.BytesIO(BODY.encode("utf-8")))
    assert skipped == []
    assert (article.source, article.text, article.format) == ("<stdin>", BODY, "text")


def test_stdin_html_is_sniffed(read_all: ReadAll) -> None:
    page = "<!DOCTYPE html><html><body><p>Hi</p></body></html>"
    [article], _ = read_all(["-"], stdin=io.BytesIO(page.encode()))
    assert article.html == page and article.format == "html"


def test_stdin_json_lines_are_sniffed(read_all: ReadAll) -> None:
    data = b'{"text": "one"}\n{"text": "two"}\n'
    articles, _ = read_all(["-"], stdin=io.BytesIO(data))
    assert [(a.source, a.text) for a in articles] == [("<stdin>#1", "one"), ("<stdin>#2", "two")]


def test_stdin_cp1252(read_all: ReadAll) -> None:
    text = "\u201cFine,\u201d he said."
    [article], _ = read_all(["-"], stdin=io.BytesIO(text.encode("cp1252")))
    assert (article.text, article.encoding) == (text, "cp1252")


@pytest.mark.parametrize(
    ("data", "options", "code"),
    [
        (b"", None, "E103"),
        (b"  \n ", None, "E103"),
        (b"\x00\x01\x02binary\x00", None, "E102"),
        (b"z" * 50, IngestOptions(max_bytes=10), "E104"),
    ],
    ids=["empty", "blank", "binary", "oversize"],
)
def test_stdin_skips(
    read_all: ReadAll, data: bytes, options: IngestOptions | None, code: str
) -> None:
    articles, skipped = read_all(["-"], options, stdin=io.BytesIO(data))
    assert articles == []
    skip = _only_skip(skipped)
    assert (skip.source, skip.code) == ("<stdin>", code)


def test_stdin_named_twice_is_read_once(read_all: ReadAll) -> None:
    articles, skipped = read_all(["-", "-"], stdin=io.BytesIO(BODY.encode()))
    assert len(articles) == 1
    assert _only_skip(skipped).source == "<stdin>"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(st.text(max_size=40), max_size=5).map(
            lambda parts: "\n".join(f'{{"text": "{p}"}}' for p in parts).encode(
                "utf-8", "surrogatepass")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".txt.gz", ".warc"]),
)
def test_any_file_content_gives_articles_or_skips(
    tmp_path: Path, read_all: ReadAll, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    articles, skipped = read_all([str(path)])
    # An input gives articles or reports: never nothing (all() alone would pass on nothing).
    assert articles or skipped
    for article in articles:
        assert article.source == str(path) or article.source.startswith(f"{path}#")
        assert article.body.strip()
    assert all(skip.code in ERROR_CODES for skip in skipped)
    assert articles or skipped
