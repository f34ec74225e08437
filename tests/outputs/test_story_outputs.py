"""Story sections in every output: schema-valid JSON, escaped HTML with evidence, CSV tables."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from communique.merge import merge
from communique.model import Removal, Skipped
from communique.outputs import build_dossier, export_csv, load_schema, render_html, render_markdown

from support.synthetic import annotations, claim, doc, person, talks, when

HOSTILE = (
    'Talks in Lindhaven on March 17 ended. <script>alert(1)</script><img src=x onerror="alert(2)">'
)


def _dossier() -> dict[str, Any]:
    t1 = HOSTILE
    i1, i2 = "a_0000000000000001", "a_0000000000000002"
    t2 = (
        "Korvania controls about 20 percent of Veldra. Rudquist spoke. "
        "Talks in Lindhaven on March 17 ended."
    )
    d1, d2 = doc(i1, t1, "one.example", "2031-03-18"), doc(i2, t2, "two.example", "2031-03-18")
    a1 = annotations(
        i1, t1, events=(talks(t1, place="Lindhaven", dates=(when(t1, "March 17", "2031-03-17"),)),)
    )
    a2 = annotations(
        i2,
        t2,
        entities=(person("Rudquist", t2),),
        claims=(
            claim(
                t2,
                subject="Korvania",
                predicate="control",
                key="veldra",
                value=20,
                unit="percent",
                surface="about 20 percent",
            ),
        ),
        events=(talks(t2, place="Lindhaven", dates=(when(t2, "March 17", "2031-03-17"),)),),
    )
    story = merge([d1, d2], [a1, a2])
    return build_dossier([d1, d2], story=story)


def test_dossier_with_story_validates_and_keeps_evidence_exact() -> None:
    dossier = _dossier()
    jsonschema.validate(dossier, load_schema())
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    evidence = [e for ev in dossier["events"] for e in ev["evidence"]]
    evidence += [e for c in dossier["claims"] for e in c["evidence"]]
    assert evidence
    for item in evidence:
        assert texts[item["article"]][item["start"] : item["end"]] == item["text"]
    assert dossier["claims"][0]["value"] == {
        "amount": 20,
        "unit": "percent",
        "text": "about 20 percent",
    }
    json.dumps(dossier)


def test_html_is_inert_and_links_every_fact_to_a_marked_passage() -> None:
    page = render_html(_dossier())
    assert "<script>" not in page and 'onerror="' not in page
    assert "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page
    targets = set(re.findall(r'href="#(a-[^"]+)"', page))
    anchors = set(re.findall(r'id="(a-[^"]+)"', page))
    assert targets and targets <= anchors
    assert "<mark>" in page


def test_markdown_has_the_story_sections() -> None:
    markdown = render_markdown(_dossier())
    for title in ("## Events and rounds", "## Claims", "## Timeline"):
        assert title in markdown


def test_csv_export_writes_one_table_per_section(tmp_path: Path) -> None:
    paths = export_csv(_dossier(), tmp_path)
    names = {p.stem for p in paths}
    assert {
        "articles",
        "entities",
        "events",
        "claims",
        "quotes",
        "positions",
        "contradictions",
        "timeline",
    } <= names
    with (tmp_path / "events.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and rows[0]["place"] == "Lindhaven"
    assert rows[0]["evidence"].count("a_0000000000000001:") == 1


def test_html_digest_renders_emphasis_and_keeps_escaping() -> None:
    from communique.outputs.html import digest_items

    items = digest_items("- **Contradiction:** <b onclick=x>a</b> said *so* [1][9]\n- plain",
                         ["a_0000000000000001"])
    assert "<strong>Contradiction:</strong>" in items and "<em>so</em>" in items
    assert "&lt;b onclick=x&gt;" in items and "<b onclick" not in items
    assert '<a class="ev" href="#art-a_0000000000000001">[1]</a>[9]' in items
    page = render_html(_dossier())
    assert "**" not in page.split("<h2>Digest</h2>")[1].split("</ul>")[0]


def test_markdown_shows_article_html_and_links_as_text_in_a_renderer() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    hostile = ("Talks ended. <script>alert(1)</script> <img src=x onerror=alert(2)> "
               "[click](javascript:alert(3)) <https://evil.example> &lt;b&gt; **not bold** "
               "| a | table | pipe\nand a | new line")
    i1 = "a_0000000000000001"
    d1 = doc(i1, hostile, "one.example", "2031-03-18")
    d1 = replace(d1, title="<b>Title</b> [t](javascript:alert(4))", author="<i>A</i>",
                 removed=(Removal(hostile, "share_buttons"),))
    a1 = annotations(i1, hostile, events=(talks(hostile, place="<u>Lindhaven</u>"),))
    skipped = [Skipped("- `x`\n## y.txt", "<img src=x onerror=alert(5)>", "E103")]
    dossier = build_dossier([d1], skipped, story=merge([d1], [a1]))
    dossier["digest"] += "- A quote “<script>x</script> [y](javascript:z)” [1]\n"
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render_markdown(dossier))
    for tag in ("<script", "<img", "<b>", "<i>", "<u>", "<h2>y.txt"):
        assert tag not in html
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert "&amp;lt;b&amp;gt;" in html and "**not bold**" in html


def test_html_shows_article_text_exactly_as_written() -> None:
    text = "Round a-@-7 and a-@-12-14 are part numbers, not anchors."
    i1 = "a_0000000000000001"
    page = render_html(build_dossier([doc(i1, text, "one.example", "2031-03-18")]))
    assert "Round a-@-7 and a-@-12-14 are part numbers" in page
