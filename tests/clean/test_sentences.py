"""How a text's sentences are read: a hard-wrapped text read across its line breaks."""

from __future__ import annotations

from communique.clean._sentences import sentences, unwrapped

_WRAPPED = "\n".join([
    "This morning the governments of Veldra and Korvania released a",
    "joint declaration concluding the talks between the delegations",
    "of the two nations in Lindhaven, in which they announce a cut of",
    "the customs duties applied by both parties, after months in which",
    "the duties had risen on both sides of the border. The two sides",
    "will meet again next month."])


def test_a_hard_wrapped_text_is_read_across_its_line_breaks() -> None:
    text = unwrapped(_WRAPPED)
    assert len(text) == len(_WRAPPED)
    first = next(iter(sentences(text.split("\n")[0])))[1]
    assert first.startswith("This morning") and "Lindhaven" in first
    assert first.endswith("border.")


def test_a_text_of_paragraphs_is_left_as_it_is() -> None:
    text = "\n".join([
        "Veldra and Korvania signed a truce",
        "The two sides met in Lindhaven on Saturday and signed a truce after two days of talks.",
        "Mediators said the truce would be watched by observers from both sides of the border.",
        "Photo: the delegations in Lindhaven",
        "The next round is due in May, the mediators said in a statement after the ceremony."])
    assert unwrapped(text) == text


def test_a_date_broken_over_two_lines_of_a_wrapped_text_bounds_it() -> None:
    from datetime import date

    from communique.clean._bounds import text_bounds

    wrapped = [
        "The customs duties imposed by both parties were cancelled after the",
        "governments of Veldra and Korvania released a joint declaration on 12",
        "May 2026 in Lindhaven, concluding two days of talks between the two",
        "delegations, which had met behind closed doors in a villa outside the",
        "capital and which had agreed on a ninety-day pause of the levies that",
        "both sides had raised in the spring, to the relief of the traders who",
        "had waited for weeks at the border."]
    assert text_bounds(wrapped).latest_past == date(2026, 5, 12)
