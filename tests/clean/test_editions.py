"""Tests for copies that a site's addresses reveal (clean/_editions.py) and their place in
duplicate detection: language editions of one article, pages of one article under one
headline, and two independent reports of one event that must stay apart."""

from __future__ import annotations

import pytest

from communique.clean import _dedup
from communique.clean._dates import DateMention, find_dates
from communique.clean._dedup import DedupItem, find_duplicates
from communique.clean._editions import (
    MAX_EDITIONS,
    edition_of,
    edition_pairs,
    headline,
    headline_pairs,
    language_segment,
    numbers,
)

# One fictional article and its German edition: no word in common but names and figures.
_EN = ("Vorland and Ostmark agreed a ceasefire in Calder on Tuesday after three days of talks "
       "mediated by Lindhaven. The truce takes effect at midnight (22:00 GMT). At least 41 people "
       "were killed and 12,500 displaced in five days of fighting along the 300-kilometre border.")
_DE = ("Vorland und Ostmark haben sich am Dienstag in Calder nach dreitägigen Gesprächen unter "
       "Vermittlung Lindhavens auf eine Waffenruhe geeinigt. Sie gilt ab Mitternacht (22:00 GMT). "
       "Mindestens 41 Menschen wurden getötet und 12.500 vertrieben, entlang der 300 Kilometer "
       "langen Grenze.")


def test_language_segments_are_iso_codes() -> None:
    assert language_segment("de") == "de"
    assert language_segment("pt-BR") == "pt"
    assert language_segment("news") is None
    assert language_segment("xq") is None


def test_edition_keys_drop_the_language_segment() -> None:
    a = edition_of("https://www.example.org/en/world/ceasefire-agreed-in-calder")
    b = edition_of("https://example.org/de/world/ceasefire-agreed-in-calder")
    assert a is not None and b is not None
    assert (a.host, a.language) == ("example.org", "en")
    assert set(a.keys) & set(b.keys)
    numbered = edition_of("https://example.org/fr/guerre/48213/cessez-le-feu-a-calder.html")
    assert numbered is not None and "id:48213" in numbered.keys
    by_host = edition_of("https://de.example.org/world/ceasefire-agreed-in-calder")
    by_query = edition_of("https://example.org/world/ceasefire-agreed-in-calder?lang=fr")
    assert by_host is not None and by_query is not None
    assert (by_host.host, by_host.language, by_query.host, by_query.language) == (
        "example.org", "de", "example.org", "fr")
    assert set(by_host.keys) == set(by_query.keys)
    assert "id:48213" in (edition_of("https://example.org/article?p=48213&lang=it") or a).keys
    assert edition_of("https://example.org/world/ceasefire") is None
    assert edition_of("https://example.org/en/") is None
    assert edition_of(None) is None


def test_figures_ignore_separators() -> None:
    assert numbers("12,500 and 12.500 and 12 500; 41") == {"12500", "41"}


def _pair(url_a: str, url_b: str, text_a: str = _EN, text_b: str = _DE,
          langs: tuple[str | None, str | None] = ("en", "de")) -> list[tuple[int, int]]:
    return edition_pairs([url_a, url_b], [text_a, text_b], list(langs))


def test_editions_by_slug_and_by_article_number() -> None:
    assert _pair("https://site.example/en/a/ceasefire-in-calder",
                 "https://site.example/de/a/ceasefire-in-calder") == [(0, 1)]
    assert _pair("https://site.example/en/war/48213/ceasefire-in-calder",
                 "https://site.example/de/krieg/48213/waffenruhe-in-calder") == [(0, 1)]


def test_no_edition_without_the_same_host_key_and_other_languages() -> None:
    # Another host, another article number, one language segment twice, one text language.
    assert _pair("https://one.example/en/a/ceasefire", "https://two.example/de/a/ceasefire") == []
    site = "https://site.example"
    assert _pair(f"{site}/en/war/48213/x", f"{site}/de/krieg/48214/x") == []
    assert _pair(f"{site}/en/a/ceasefire", f"{site}/en/a/ceasefire/") == []
    assert _pair("https://site.example/en/a/ceasefire", "https://site.example/de/a/ceasefire",
                 langs=("en", "en")) == []


def test_an_edition_with_other_figures_is_another_article() -> None:
    other = "Ostmark und Vorland meldeten 7 Tote und 900 Verletzte nach dem Angriff vom 3. Mai."
    assert _pair("https://site.example/en/a/ceasefire", "https://site.example/de/a/ceasefire",
                 text_b=other) == []


def test_a_shared_section_key_of_many_pages_is_ignored() -> None:
    # Every page sits under the article number of the site's section: no article key at all.
    urls = [f"https://site.example/{'en' if i % 2 else 'de'}/12345/page" for i in range(60)]
    assert MAX_EDITIONS < 60
    assert edition_pairs(urls, [_EN] * 60, ["en" if i % 2 else "de" for i in range(60)]) == []


def test_headline_needs_words_enough() -> None:
    assert headline("date 2026-03-02\nCeasefire agreed in Calder after three days of talks\n"
                    "Body") == "ceasefire agreed in calder after three days of talks"
    assert headline("World News\nBody text follows here.") is None


def test_pages_of_one_article_on_one_site() -> None:
    title = "Ceasefire agreed in Calder after three days of talks\n"
    texts = [title + "Page one tells of the talks.", title + "Page two tells of the border.",
             title + "Another site's copy."]
    urls = ["https://site.example/ceasefire-agreed/2", "https://site.example/?p=4711",
            "https://other.example/ceasefire"]
    assert headline_pairs(urls, texts) == [(0, 1)]


def _report(host: str, text: str, order: int, language: str = "en") -> DedupItem:
    return DedupItem(f"{host}-{order}", text, order=order,
                     url=f"https://{host}/{language}/news/{order}-calder-talks", language=language)


def test_language_editions_are_marked_in_find_duplicates() -> None:
    url = "https://site.example/{}/news/48213/calder"
    items = [DedupItem("a", _EN, order=0, url=url.format("en"), language="en"),
             DedupItem("b", _DE, order=1, url=url.format("de"), language="de")]
    assert find_duplicates(items) == {"b": ("a", "near")}


def test_a_series_under_one_standing_title_is_not_one_article() -> None:
    title = "Press briefing of the defence ministry spokesperson on the border situation\n"
    first = title + ("The border committee met on 16 August 2025 in Orrin and agreed to keep the "
                     "ceasefire; observers will visit the line next week.")
    second = title + ("The border committee met on 25 August 2025 in Port Alcyne and agreed on "
                      "demining along the line; a joint team starts in September.")
    items = [DedupItem("a", first, order=0, url="https://site.example/archives/1"),
             DedupItem("b", second, order=1, url="https://site.example/?p=2")]
    assert find_duplicates(items) == {}


# Two independent fictional reports of one event: the same people, places, dates, figures and
# quote, told by two writers in their own words and order. They are two pieces of evidence.
_REPORT_A = """Vorland and Ostmark sign ceasefire in Calder
Vorland and Ostmark signed a ceasefire in Calder on 14 March 2026 after three days of talks \
mediated by Lindhaven's foreign minister Aria Solberg.
Vorland's prime minister Tomas Varga and Ostmark's president Ilse Brandt signed the 12-point \
text at the Calder Palace, Solberg's office said.
The fighting along the 300-kilometre border killed at least 41 people and displaced 12,500 \
since 2 March, according to the Red Crescent.
"This is the first step to a lasting peace," Varga said after the ceremony.
Observers from Lindhaven will monitor the truce, which takes effect at midnight.
Brandt said Ostmark would withdraw its troops within 30 days."""

_REPORT_B = """Ceasefire deal ends two weeks of border clashes
After two weeks of clashes that left 41 dead and 12,500 displaced, Ostmark and Vorland have \
put their names to a truce.
President Ilse Brandt of Ostmark told reporters in Calder that her troops would pull back \
within 30 days, while Lindhaven, whose minister Aria Solberg brokered the three-day negotiation, \
will send monitors.
The 12-point agreement, signed on 14 March 2026 at the Calder Palace by Brandt and Vorland's \
Tomas Varga, comes into force at midnight.
"This is the first step to a lasting peace," Varga said.
Clashes began on 2 March along the disputed 300-kilometre frontier, the Red Crescent said, \
and both sides accused each other of shelling villages."""


def test_two_independent_reports_of_one_event_are_not_copies() -> None:
    items = [_report("harbourpost.example", _REPORT_A, 0),
             _report("northgate.example", _REPORT_B, 1)]
    assert find_duplicates(items) == {}
    # Two reports on one site are two articles unless its addresses name one article.
    items = [_report("harbourpost.example", _REPORT_A, 0),
             _report("harbourpost.example", _REPORT_B, 1, language="de")]
    assert find_duplicates(items) == {}


def test_pages_under_one_headline_read_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many pages of a series under one standing title stay apart, and each text's dates are
    read once, not once for every other page of the title."""
    title = "Press briefing of the defence ministry spokesperson on the border situation\n"
    bodies = [
        "The border committee met on 10 August 2025 in Lindhaven and agreed to keep the ceasefire.",
        "Observers from Lindhaven toured the line on 12 August 2025 and found it quiet.",
        "Demining along the road to Calder started on 15 August 2025, the ministry said.",
        "Ostmark returned 18 soldiers on 19 August 2025 under the exchange agreed in June.",
        "A joint patrol crossed the river near Vorland on 22 August 2025 without incident.",
        "The ministers will meet again on 28 August 2025 to review the monitoring teams.",
    ]
    texts = [title + body for body in bodies]
    items = [DedupItem(f"p{i}", text, order=i, url=f"https://site.example/?p={i}")
             for i, text in enumerate(texts)]
    calls: list[str] = []

    def counted(text: str) -> list[DateMention]:
        calls.append(text)
        return find_dates(text)

    monkeypatch.setattr(_dedup, "find_dates", counted)
    assert headline_pairs([i.url for i in items], texts) != []
    assert find_duplicates(items) == {}
    assert sorted(calls) == sorted(texts)
