"""Tests for HTML main-text extraction (clean/_html.py) and its scorer (eval/html.py)."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from communique.clean._dates import parse_date
from communique.clean._html import HtmlExtract, extract_html
from communique.clean._nesting import flatten
from communique.errors import CleanError
from communique.eval.html import HtmlCase, HtmlScore, evaluate, load_cases, normalize, score_case

PARAGRAPHS = [
    "Negotiators from the three delegations met for a second day on Tuesday in a lakeside hotel, "
    "officials said, after talks on the first day ran late into the evening.",
    "“We have made progress on the technical questions, but the main issue remains open,” the "
    "chief negotiator told reporters outside the venue after the session ended.",
    "The delegations agreed to exchange written proposals before the next round, which is "
    "expected to take place within two weeks according to two people familiar with the plan.",
    "Observers said the tone of the meetings had improved compared with earlier rounds, though "
    "neither side has publicly changed its position on the central territorial question.",
]
BOILERPLATE = [
    "Home", "World", "Business", "Sign in",
    "We use cookies to improve your experience. Accept all cookies",
    "Share on Facebook", "Share on Twitter", "Copy link",
    "Related: Markets rally as investors weigh central bank signals",
    "Related: Ten photos from the weekend's festival parade",
    "Most read stories this week",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Talks resume for a second day without a breakthrough | Example Herald</title>
<meta property="og:site_name" content="Example Herald">
<meta property="og:title" content="Talks resume for a second day without a breakthrough">
<meta property="article:published_time" content="2026-02-17T09:30:00+01:00">
<meta name="author" content="Jane Q. Reporter">
<meta name="description" content="Delegations met again on Tuesday.">
<link rel="canonical" href="https://www.exampleherald.co.uk/world/talks-resume">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>{BOILERPLATE[4]}</p><button>Accept</button>
</div>
<header><nav class="main-nav"><ul>
  <li><a href="/">{BOILERPLATE[0]}</a></li><li><a href="/world">{BOILERPLATE[1]}</a></li>
  <li><a href="/business">{BOILERPLATE[2]}</a></li><li><a href="/login">{BOILERPLATE[3]}</a></li>
</ul></nav></header>
<main>
<article>
  <h1>Talks resume for a second day without a breakthrough</h1>
  <div class="byline">By Jane Q. Reporter</div>
  <div class="share-buttons social-share">
    <a href="#">{BOILERPLATE[5]}</a> <a href="#">{BOILERPLATE[6]}</a>
    <a href="#">{BOILERPLATE[7]}</a>
  </div>
  <div class="article-body">
    <p>{PARAGRAPHS[0]}</p>
    <p>{PARAGRAPHS[1]}</p>
    <h2>Proposals to be exchanged before the next round</h2>
    <p>{PARAGRAPHS[2]}</p>
    <p>{PARAGRAPHS[3]}</p>
  </div>
</article>
<aside class="related-articles"><h3>Related</h3><ul>
  <li><a href="/markets">{BOILERPLATE[8]}</a></li>
  <li><a href="/photos">{BOILERPLATE[9]}</a></li>
</ul></aside>
</main>
<footer><div class="most-read"><h3>{BOILERPLATE[10]}</h3></div><p>© Example Herald</p></footer>
</body>
</html>
"""
URL = "https://www.exampleherald.co.uk/world/talks-resume?utm_source=feed"


@pytest.fixture(scope="module")
def page() -> HtmlExtract:
    return extract_html(PAGE, URL)


def test_article_paragraphs_are_kept_one_per_line(page: HtmlExtract) -> None:
    lines = page.text.split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines


@pytest.mark.parametrize("snippet", BOILERPLATE)
def test_boilerplate_is_left_out(page: HtmlExtract, snippet: str) -> None:
    assert snippet not in page.text


def test_metadata_is_read(page: HtmlExtract) -> None:
    assert page.sitename == "Example Herald"
    assert page.published is not None and parse_date(page.published) == parse_date("2026-02-17")
    assert page.author is not None and "Jane Q. Reporter" in page.author
    assert page.language == "en"
    assert page.title == "Talks resume for a second day without a breakthrough"


def test_headline_is_not_a_body_line(page: HtmlExtract) -> None:
    assert not page.text.startswith("Talks resume")
    assert "Proposals to be exchanged before the next round" in page.headings


def test_title_loses_the_site_suffix_without_a_visible_headline() -> None:
    html = PAGE.replace("<h1>Talks resume for a second day without a breakthrough</h1>", "")
    html = html.replace('<meta property="og:title" content="Talks resume for a second day '
                        'without a breakthrough">', "")
    assert extract_html(html, URL).title == "Talks resume for a second day without a breakthrough"


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<p>hi</p>", "not html at all",
                                  "<html><body><div><div><div>", "\x00\x01\x02", "<" * 500])
def test_pages_without_an_article_give_empty_text(html: str) -> None:
    found = extract_html(html, None)
    assert isinstance(found, HtmlExtract)
    assert found.text == "" or len(found.text) < 50


def test_giant_pages_are_refused() -> None:
    with pytest.raises(CleanError):
        extract_html("<p>" + "a" * 20_000_001 + "</p>", None)


def test_tables_become_one_line_per_row() -> None:
    rows = "".join(f"<tr><td>Region {i}</td><td>{i * 10} people</td></tr>" for i in range(1, 4))
    html = PAGE.replace(f"<p>{PARAGRAPHS[3]}</p>", f"<p>{PARAGRAPHS[3]}</p><table>{rows}</table>")
    lines = extract_html(html, URL).text.split("\n")
    assert "Region 2 | 20 people" in lines


# --- scorer ----------------------------------------------------------------------------------


def test_normalize_folds_spacing_quotes_and_dashes() -> None:
    assert normalize("  “Quote”\u00a0— it’s\n here ") == "\"Quote\" - it's here"


def test_score_case_counts_snippets_and_metadata() -> None:
    case = HtmlCase(url=URL, path=Path("page.html.gz"),
                    with_snippets=(PARAGRAPHS[0][:40], "this sentence is missing"),
                    without_snippets=("Share on Facebook", "Copy link"),
                    title="Talks resume for a second day without a breakthrough",
                    author="Jane Q. Reporter", date="2026-02-17")
    extract = HtmlExtract(text=PARAGRAPHS[0] + "\nCopy link",
                          title="Talks resume for a second day without a breakthrough",
                          author="By Jane Q. Reporter", published="2026-02-18")
    score = HtmlScore()
    score_case(case, extract, score)
    assert (score.tp, score.fn, score.fp, score.tn) == (1, 1, 1, 1)
    assert score.precision == 0.5 and score.recall == 0.5
    assert score.metadata == {"title": [1, 1], "author": [1, 1], "date": [0, 1]}


# --- evaluation set gate ---------------------------------------------------------------------

# Measured on the 28 English news pages (trafilatura 2.x): precision 0.835, recall 0.927,
# title 0.857, author 0.722, date 0.905. The gates sit just under, to catch regressions.
GATES = {"precision": 0.82, "recall": 0.90, "title": 0.82, "author": 0.70, "date": 0.88}


@pytest.fixture(scope="module")
def eval_score(shared_data_dir: Path) -> HtmlScore:
    folder = shared_data_dir / "trafilatura_eval_english_news"
    if not (folder / "evaldata_english_news.json").is_file():
        pytest.skip(f"trafilatura evaluation data not found in {folder}")
    cases = load_cases(folder)
    if not cases:
        pytest.skip(f"no HTML pages found under {folder / 'html'}")
    return evaluate(cases)


def test_eval_set_text_quality(eval_score: HtmlScore) -> None:
    assert eval_score.precision >= GATES["precision"], eval_score.misses
    assert eval_score.recall >= GATES["recall"], eval_score.misses


@pytest.mark.parametrize("field", ["title", "author", "date"])
def test_eval_set_metadata_accuracy(eval_score: HtmlScore, field: str) -> None:
    assert eval_score.metadata[field][1] > 0
    assert eval_score.metadata_accuracy(field) >= GATES[field]


DEEP_PARAGRAPH = ("<p>Delegations from Veldra and Korvania met in Lindhaven on {day} for a third "
                  "round of talks, officials said, adding that the mediators would report.</p>")


def _nested_page(depth: int, wrapper: str = "div") -> str:
    body = "<h2>Talks go on</h2>" + "".join(DEEP_PARAGRAPH.format(day=d)
                                            for d in ("Monday", "Tuesday", "Friday"))
    return (f"<html><body>{f'<{wrapper}>' * depth}<article>{body}</article>"
            f"{f'</{wrapper}>' * depth}</body></html>")


@pytest.mark.parametrize("depth", [300, 3_000, 20_000])
def test_a_page_nested_deeper_than_the_parser_goes_keeps_its_text(depth: int) -> None:
    shallow = extract_html(_nested_page(20), None)
    assert shallow.text.count("\n") == 2 and "Friday" in shallow.text
    deep = extract_html(_nested_page(depth), None)
    assert deep.text == shallow.text
    assert "Friday" in extract_html(_nested_page(depth, "blockquote"), None).text


def test_flattening_leaves_ordinary_pages_alone_and_keeps_all_text() -> None:
    page = _nested_page(150)
    assert flatten(page) is page
    deep = _nested_page(1_000).replace("<article>", "<script>var a = '<div><div>';</script>")
    flat = flatten(deep)
    assert "var a = '<div><div>';" in flat  # raw text elements are not parsed
    assert re.sub(r"<[^>]*>", "", flat) == re.sub(r"<[^>]*>", "", deep)
    assert max_depth(flat) <= 240


def max_depth(html: str) -> int:
    tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    return max(sum(1 for _ in element.iterancestors()) for element in tree.iter())
