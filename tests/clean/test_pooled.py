"""Tests for reworded copies pooled over a group of copies (clean/_pooled.py)."""

from __future__ import annotations

from communique.clean._dedup import DedupItem, find_duplicates
from communique.clean._pooled import MIN_MEMBERS, Partial, pooled_links
from communique.clean._rewrites import MIN_ALIGNED, Weights, aligned_pairs, is_reworded, sentences

# Two copies of one fictional wire story cut at different points: they share the opening.
WIRE_CUT_EARLY = (
    "Envoys of Brannock and the Tessaly Union met on Monday in the harbour city of Quillmere "
    "for a second day of talks on the Varne fishing grounds.\n"
    "The talks were hosted by the Coastal Forum and chaired by its secretary Ilse Marrow.\n"
    "Brannock's team was led by trade commissioner Odo Fenwright and Tessaly sent its deputy "
    "envoy Cass Lyrane.\n"
    "Both delegations agreed to a joint survey of cod stocks in the northern banks by autumn.\n"
    "Fenwright told reporters the survey would use twelve research vessels chartered from "
    "Ostrel.\n"
)
WIRE_LATER = (
    "Envoys of Brannock and the Tessaly Union met on Monday in the harbour city of Quillmere "
    "for a second day of talks on the Varne fishing grounds.\n"
    "The talks were hosted by the Coastal Forum and chaired by its secretary Ilse Marrow.\n"
    "Brannock's team was led by trade commissioner Odo Fenwright and Tessaly sent its deputy "
    "envoy Cass Lyrane.\n"
    "A dispute over licence fees for trawlers from Garrowby was left for a later round.\n"
    "The forum said a third session would open in Quillmere on the first Thursday of March.\n"
)
# A rewrite of the whole wire story: two sentences of each cut, none of the shared opening.
REWRITE = (
    "Fishing talks continue with few concrete results so far, observers in the region say.\n"
    "A joint cod stock survey across the northern banks was agreed by the two delegations, to "
    "be done by autumn.\n"
    "According to Fenwright, twelve research vessels chartered from Ostrel would carry out "
    "that survey.\n"
    "The question of licence fees for Garrowby trawlers was put off until a later round.\n"
    "A third session is set to open in Quillmere on the first Thursday of March, per the "
    "forum.\n"
    "Readers can follow our coverage of the coast every week in the weekend edition here.\n"
)
# An independent report: it retells the same opening facts that both cuts carry.
INDEPENDENT = (
    "Fishermen along the Varne coast are watching the talks in Quillmere with little hope.\n"
    "Brannock and the Tessaly Union sent envoys to Quillmere on Monday for talks on the Varne "
    "fishing grounds, the second day of the meeting.\n"
    "The Coastal Forum, whose secretary Ilse Marrow chaired the talks, hosted both sides.\n"
    "Prices for cod at the market in Selby have doubled since the spring, traders said.\n"
    "Many boats have stayed in port this month because of the storms in the north.\n"
)


def _items(*texts: tuple[str, str]) -> list[DedupItem]:
    return [DedupItem(name, text, order=n) for n, (name, text) in enumerate(texts)]


def test_the_rewrite_fails_the_pair_test_with_each_cut() -> None:
    texts = [sentences(t) for t in (WIRE_CUT_EARLY, WIRE_LATER, REWRITE, INDEPENDENT)]
    weights = Weights.of(texts)
    for cut in texts[:2]:
        run = aligned_pairs(cut, texts[2], weights)
        assert 0 < len(run) < MIN_ALIGNED
        assert not is_reworded(run, len(cut), len(texts[2]))


def test_a_rewrite_of_the_whole_story_joins_the_group_of_its_cuts() -> None:
    items = _items(("early", WIRE_CUT_EARLY), ("later", WIRE_LATER), ("rewrite", REWRITE),
                   ("independent", INDEPENDENT))
    found = find_duplicates(items)
    assert found == {"later": ("early", "near"), "rewrite": ("early", "near")}


def test_with_one_cut_alone_the_rewrite_stays_apart() -> None:
    items = _items(("early", WIRE_CUT_EARLY), ("rewrite", REWRITE), ("independent", INDEPENDENT))
    assert find_duplicates(items) == {}


def _partial(first: int, second: int, in_second: set[int]) -> Partial:
    return Partial(first, second, frozenset(range(len(in_second))), frozenset(in_second))


def test_pooling_counts_distinct_sentences_of_the_document() -> None:
    group = {0: 0, 1: 0, 2: 2}
    counts = [5, 5, 10]
    distinct = [_partial(0, 2, {1, 2}), _partial(1, 2, {5, 6})]
    assert pooled_links(distinct, group.__getitem__, counts) == [(2, 0)]
    same = [_partial(0, 2, {1, 2}), _partial(1, 2, {1, 2})]
    assert pooled_links(same, group.__getitem__, counts) == []


def test_pooling_needs_several_members_and_a_share_of_the_document() -> None:
    group = {0: 0, 1: 0, 2: 2}
    one_member = [_partial(0, 2, {1, 2, 3})]
    assert MIN_MEMBERS > 1
    assert pooled_links(one_member, group.__getitem__, [5, 5, 10]) == []
    spread = [_partial(0, 2, {1, 2}), _partial(1, 2, {30})]
    assert pooled_links(spread, group.__getitem__, [5, 5, 10]) == [(2, 0)]
    assert pooled_links(spread, group.__getitem__, [5, 5, 40]) == []


def test_members_of_one_group_pool_nothing_among_themselves() -> None:
    group = {0: 0, 1: 0, 2: 0}
    partials = [_partial(0, 2, {1, 2}), _partial(1, 2, {5, 6})]
    assert pooled_links(partials, group.__getitem__, [5, 5, 10]) == []
