"""The HTML fragments built in Python escape everything they are given."""

from __future__ import annotations

import pytest

pytest.importorskip("jinja2")

from communique.web._render import digest_html, marked_text, snippet_html


def test_marked_text_escapes_and_marks() -> None:
    text = "a <b>bold</b> & <script>x</script> end"
    html = str(marked_text(text, [(2, 13), (16, 34)]))
    assert "<b>" not in html and "<script>" not in html
    assert '<mark id="a-2-13" data-spans="a-2-13">&lt;b&gt;bold&lt;/b&gt;</mark>' in html


def test_marked_text_overlapping_and_bad_spans() -> None:
    text = "0123456789"
    html = str(marked_text(text, [(0, 6), (3, 9), (3, 5), (8, 99), (5, 5)]))
    assert html.count('id="a-0-6"') == 1 and html.count('id="a-3-9"') == 1
    assert 'id="a-3-5"' in html  # a second span starting at 3: an anchor of its own
    assert 'data-spans="a-0-6 a-3-9 a-3-5"' in html
    assert "a-8-99" not in html and "a-5-5" not in html
    plain = html
    for tag in ("mark", "span"):
        plain = __import__("re").sub(rf"</?{tag}[^>]*>", "", plain)
    assert plain == text


def test_digest_and_snippets_escape() -> None:
    items = digest_html("- **Contradiction:** <i>x</i> said [1][7]\n\n- plain [2]",
                        {1: "a_1", 2: "a_2"}.get)
    first = str(items[0])
    assert "<strong>Contradiction:</strong>" in first and "&lt;i&gt;" in first
    assert '<a class="ref" href="/articles/a_1">[1]</a>' in first and "[7]" in first
    assert len(items) == 2
    assert str(snippet_html("**<b>x</b>** y")) == "<mark>&lt;b&gt;x&lt;/b&gt;</mark> y"
