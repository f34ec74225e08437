"""Speaker and reported-speech mechanisms, one synthetic article each (no real text).

Each case is written for one mechanism of ``communique.extract.quotes``: who speaks when the
parse gives a verb two subjects, a participle cue, a relative clause, an unnamed spokesperson,
a role noun that introduces the person named next, a pronoun that points ahead, a clause the
parser did not attach to its cue, a headline the body repeats, quoted words with no cue.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.en import English
from spacy.tokens import Doc

from communique.extract.quotes import Quote, QuoteKind, SpeakerKind
from communique.extract.quotes._speaker_subject import _phrase_bounds

Extract = Callable[[str], list[Quote]]
_VOCAB = English().vocab


def _starting(quotes: list[Quote], words: str, kind: QuoteKind | None = None) -> Quote:
    """The one quote (of ``kind``) whose text starts with ``words``."""
    found = [q for q in quotes if q.text.startswith(words) and (kind is None or q.kind is kind)]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in quotes]
    return found[0]


def test_a_name_inside_the_subjects_phrase_does_not_speak(quotes_of: Extract) -> None:
    text = ("Foreign Minister Anna Berg in talks with her counterpart Ivo Marin said no "
            "progress was made towards a truce.")
    assert _starting(quotes_of(text), "no progress").speaker_text == "Anna Berg"


def test_the_object_of_a_participle_cue_is_no_speaker(quotes_of: Extract) -> None:
    text = ("Karl Ost said the talks had stalled. He described the meeting as “difficult”, "
            "accusing his counterpart of bringing “old narratives” to the table.")
    quotes = quotes_of(text)
    assert _starting(quotes, "old narratives").speaker_text == "Karl Ost"
    assert _starting(quotes, "difficult").speaker_text == "Karl Ost"


def test_reported_speech_in_a_relative_clause(quotes_of: Extract) -> None:
    kyiv = _starting(quotes_of("The strike hit a hospital that Kyiv says killed three people "
                               "on Monday."), "killed three people", QuoteKind.INDIRECT)
    assert kyiv.speaker_text == "Kyiv"
    text = ("Karl Ost spoke to supporters on Monday. He renewed his attack on general Omar "
            "Diallo, who he says was behind the plot against him.")
    who = _starting(quotes_of(text), "was behind the plot", QuoteKind.INDIRECT)
    assert who.speaker_text == "Karl Ost"


def test_a_spokesperson_speaks_for_a_body(quotes_of: Extract) -> None:
    text = ("The spokesperson for UN Secretary-General Maria Lind said the council would meet "
            "again. In a statement, the spokesperson said, “The Secretary-General condemns "
            "the attacks on civilians.”")
    quotes = quotes_of(text)
    assert _starting(quotes, "the council").speaker_text == "UN"
    assert _starting(quotes, "The Secretary-General").speaker_text == "UN"
    body = quotes_of("The Foreign Office declined to comment on the report. A spokesman said "
                     "the talks would continue next week.")
    assert _starting(body, "the talks").speaker_text == "Foreign Office"


def test_an_indefinite_role_noun_introduces_the_person_named_next(quotes_of: Extract) -> None:
    text = ("Tory minister says he 'won't lose sleep' over Ivo Marin's defection\n"
            "A Tory minister swiped that he 'won't lose sleep' after the defection of an MP.\n"
            "Karl Ost played down the impact after Ivo Marin, a former health minister, "
            "crossed the floor.")
    quotes = [q for q in quotes_of(text) if q.text.startswith("won't lose sleep")]
    assert [q.speaker_text for q in quotes] == ["Karl Ost", "Karl Ost"]


def test_the_accused_is_a_role(quotes_of: Extract) -> None:
    text = ("Jair Costa is accused of plotting a coup after he lost the election. “The army "
            "did not interfere in politics,” reiterated the accused.")
    assert _starting(quotes_of(text), "The army").speaker_text == "Jair Costa"


def test_a_pronoun_with_no_one_before_points_ahead(quotes_of: Extract) -> None:
    text = ("–\n“Expansion of the alliance is a matter of life and death for us.”\n"
            "He stated this on state television, Kremlin spokesman Lev Orlov, the agency "
            "reports.")
    assert _starting(quotes_of(text), "Expansion").speaker_text == "Lev Orlov"


def test_lines_without_words_do_not_push_the_antecedent_away(quotes_of: Extract) -> None:
    text = ("Spokesman Lev Orlov PHOTO: Reuters\n–\n–\n–\n–\n"
            "“Expansion of the alliance is a matter of life and death for us.”\n"
            "He stated this on television.")
    assert _starting(quotes_of(text), "Expansion").speaker_text == "Lev Orlov"


def test_a_that_clause_the_parse_lost(quotes_of: Extract) -> None:
    told = quotes_of("Earlier, Guterres told reporters that foreign interference in Sudan "
                     "undermines prospects for peace.")
    assert _starting(told, "foreign interference", QuoteKind.INDIRECT).speaker_text == "Guterres"
    text = ("New Delhi: Hitting out at the Opposition over the deadlock in Parliament, Union "
            "Minister Ravi Menon on Wednesday lamented it was unfortunate that the party "
            "walked out.")
    lamented = _starting(quotes_of(text), "it was unfortunate", QuoteKind.INDIRECT)
    assert lamented.speaker_text == "Ravi Menon"
    relative = quotes_of("Maria Lind acknowledged the difficult compromises that may be "
                         "required to achieve peace.")
    assert not [q for q in relative if q.kind is QuoteKind.INDIRECT]


def test_second_that_clause_when_marks_cover_the_first(quotes_of: Extract) -> None:
    text = ("Maria Lind said on Friday that a “deal to free the hostages” had been reached and "
            "that she had ordered the cabinet to meet later in the day.")
    second = _starting(quotes_of(text), "she had ordered", QuoteKind.INDIRECT)
    assert second.speaker_text == "Maria Lind"


def test_headline_says_ready(quotes_of: Extract) -> None:
    text = ("Maria Lind says ready to keep close contact with the envoy\n"
            "The talks ended on Monday.")
    ready = _starting(quotes_of(text), "ready to keep", QuoteKind.INDIRECT)
    assert ready.speaker_text == "Maria Lind"


def test_a_headline_quote_takes_the_speaker_of_its_repetition(quotes_of: Extract) -> None:
    text = ("No progress in tense and ‘difficult’ talks\n"
            "Maria Lind met the envoy on Monday. Maria Lind described the meeting as “difficult”.")
    quotes = [q for q in quotes_of(text) if q.text.startswith("difficult")]
    assert [q.speaker_text for q in quotes] == ["Maria Lind", "Maria Lind"]


def test_a_clause_coordinated_with_the_cue_after_it(quotes_of: Extract) -> None:
    text = ("Ivo Marin was arrested in the bribery case on Monday, city police tweeted, adding "
            "that the situation was calm.")
    arrested = _starting(quotes_of(text), "Ivo Marin was arrested", QuoteKind.INDIRECT)
    assert arrested.speaker_text == "city police"


def test_quoted_clause_without_a_cue_is_the_subjects(quotes_of: Extract) -> None:
    text = ("Maria Lind gave the rebels until Sunday to accept the plan, or “there will be grave "
            "consequences for everyone involved.”")
    assert _starting(quotes_of(text), "there will be").speaker_text == "Maria Lind"
    scare = quotes_of("Maria Lind plans to take a “constructive” role in the talks.")
    assert scare == []


def test_headline_source_after_a_colon_or_a_dash(quotes_of: Extract) -> None:
    marked = ("Menu\n\nElection result ‘fraudulent, illegal, illegitimate’: opposition chief\n\n"
              "The opposition leader Karl Ost on Friday rejected the results of the vote and "
              "said he would go to court.")
    quote = _starting(quotes_of(marked), "fraudulent, illegal")
    assert quote.speaker_text == "Karl Ost"
    bare = ("Alliance growth won't bring stability to the region - Kremlin\n\n"
            "Kremlin spokesman Lev Orlov told reporters on Monday that the alliance was a tool "
            "of confrontation.")
    assert _starting(quotes_of(bare), "Alliance growth", QuoteKind.INDIRECT).speaker_text \
        == "Lev Orlov"
    outlet = quotes_of("Talks end without a deal - Daily Herald\n\nThe talks ended on Monday "
                       "without a deal, and no date was set for the next round.")
    assert outlet == []


def test_a_pronoun_continues_an_unnamed_role_holder(quotes_of: Extract) -> None:
    text = ("Prime Minister Karl Ost met the envoy on Monday. A government spokesman said the "
            "meeting was useful. “We expect progress soon,” he said.")
    assert _starting(quotes_of(text), "We expect progress").speaker_text == "government"
    # A person named in between, or a pronoun of the other gender, breaks the chain.
    named = ("A government spokesman said the meeting was useful. Karl Ost, the prime "
             "minister, disagreed. “We expect nothing,” he said.")
    assert _starting(quotes_of(named), "We expect nothing").speaker_text == "Karl Ost"
    other = ("Maria Lind met the envoy on Monday. A government spokesman said the meeting was "
             "useful. “We expect nothing,” she said.")
    assert _starting(quotes_of(other), "We expect nothing").speaker_text == "Maria Lind"


def test_a_pronoun_continues_a_role_noun_that_acted_last(quotes_of: Extract) -> None:
    text = ("Prime Minister Karl Ost left for Lindhaven on Monday. The Morning Star says the "
            "remarks \u201cshow a harder line\u201d as the spokesman refused to name a date.\n\n"
            "He said: \u201cThe date is set by the council, not by us.\u201d")
    quotes = quotes_of(text)
    assert _starting(quotes, "The date is set").speaker_text != "Karl Ost"
    # A role noun inside what a person reports is that person's topic: he is the person.
    reported = ("Karl Ost said on Monday that the spokesman refused to name a date.\n\n"
                "He said: \u201cThe date is set by the council, not by us.\u201d")
    assert _starting(quotes_of(reported), "The date is set").speaker_text == "Karl Ost"
    other = ("Maria Lind left on Monday. The Morning Star says the remarks \u201cshow a harder "
             "line\u201d as the spokesman refused to name a date.\n\n"
             "She said: \u201cThe date is set by the council, not by us.\u201d")
    assert _starting(quotes_of(other), "The date is set").speaker_text == "Maria Lind"


def test_an_aside_cue_speaks_for_the_clauses_around_it(quotes_of: Extract) -> None:
    text = ("Karl Ost spoke on Monday. The sanctions will not work, he said, and added that "
            "talks would go on.")
    quotes = quotes_of(text)
    assert _starting(quotes, "The sanctions will not work", QuoteKind.INDIRECT).speaker_text \
        == "Karl Ost"
    assert _starting(quotes, "talks would go on", QuoteKind.INDIRECT).speaker_text == "Karl Ost"


def test_a_role_phrase_after_the_cue_and_a_prepositional_phrase(quotes_of: Extract) -> None:
    text = ("The sanctions will not work, said at a briefing the official representative of "
            "the ministry Anna Berg.")
    quote = _starting(quotes_of(text), "The sanctions will not work", QuoteKind.INDIRECT)
    assert quote.speaker_text == "Anna Berg"


def test_reported_speech_after_by_saying_and_who_told(quotes_of: Extract) -> None:
    saying = quotes_of("Karl Ost defended the plan by saying that it would save money.")
    assert _starting(saying, "it would save money", QuoteKind.INDIRECT).speaker_text \
        == "Karl Ost"
    told = quotes_of("Anna Berg, who told a newspaper that the vote was rigged, was detained "
                     "on Monday.")
    assert _starting(told, "the vote was rigged", QuoteKind.INDIRECT).speaker_text \
        == "Anna Berg"


def test_a_document_speaks_for_whoever_issued_it(quotes_of: Extract) -> None:
    text = ("The Interior Ministry issued a press release on Friday. The press release said "
            "the border would reopen.")
    assert _starting(quotes_of(text), "the border", QuoteKind.INDIRECT).speaker_text \
        == "Interior Ministry"
    owned = quotes_of("The court's decision said the vote was valid.")
    assert _starting(owned, "the vote", QuoteKind.INDIRECT).speaker_text == "court"


def test_titles_that_name_their_holder(quotes_of: Extract) -> None:
    leader = ("Justice Party leader Imran Salik was arrested on Monday. Officials said he was "
              "held in the capital. The party chief said the case was political.")
    assert _starting(quotes_of(leader), "the case", QuoteKind.INDIRECT).speaker_text \
        == "Imran Salik"
    short = ("Prime Minister Ravi Menon visited the port on Monday. The PM said the bill "
             "would pass.")
    assert _starting(quotes_of(short), "the bill", QuoteKind.INDIRECT).speaker_text \
        == "Ravi Menon"
    appos = ("Ana Lobo, the president of the republic, visited the port on Monday. The bill "
             "will pass, the president said.")
    assert _starting(quotes_of(appos), "The bill", QuoteKind.INDIRECT).speaker_text \
        == "Ana Lobo"


def test_the_same_role_noun_again_is_the_same_speaker(quotes_of: Extract) -> None:
    text = ("Opposition leader Karl Ost was detained on Monday. His lawyer said the charges "
            "were false. “This is political,” the lawyer told reporters.")
    quote = _starting(quotes_of(text), "This is political")
    assert quote.speaker_text == "His lawyer"


def test_a_clause_hung_on_the_statement_a_cue_was_made_in(quotes_of: Extract) -> None:
    text = "Karl Ost's office said in a statement that the talks were useful."
    quote = _starting(quotes_of(text), "the talks were useful", QuoteKind.INDIRECT)
    assert quote.speaker_text == "Karl Ost's office"


def test_an_unnamed_insider_speaks_for_the_body_named_with_them(quotes_of: Extract) -> None:
    text = "A senior Kremlin source told a news agency that the talks had failed."
    assert _starting(quotes_of(text), "the talks", QuoteKind.INDIRECT).speaker_text \
        == "Kremlin"
    aide = quotes_of("An aide to Karl Ost said the talks had failed.")
    assert _starting(aide, "the talks", QuoteKind.INDIRECT).speaker_text != "Karl Ost"


def test_a_signed_or_released_text_speaks_for_its_author(quotes_of: Extract) -> None:
    signed = quotes_of("The letter, signed by Karl Ost, said the talks had failed.")
    assert _starting(signed, "the talks", QuoteKind.INDIRECT).speaker_text == "Karl Ost"
    released = quotes_of("The Farmers Union released a manifesto on Monday. The document says "
                         "taxes will fall.")
    assert _starting(released, "taxes will fall", QuoteKind.INDIRECT).speaker_text \
        == "Farmers Union"


def test_an_indefinite_role_noun_is_not_the_person_last_named(quotes_of: Extract) -> None:
    text = ("President Karl Ost met the envoy on Monday. Speaking on condition of anonymity, a "
            "senior official told reporters the meeting was useful. He said Ost would attend.")
    quotes = quotes_of(text)
    assert _starting(quotes, "the meeting", QuoteKind.INDIRECT).speaker_text == "senior official"
    assert _starting(quotes, "Ost would attend", QuoteKind.INDIRECT).speaker_text \
        == "senior official"


def test_a_given_name_alone_is_the_person_it_belongs_to(quotes_of: Extract) -> None:
    text = ("Prime Minister Tavo Renkala met the visiting envoy Mira Solberg on Monday. "
            "Tavo said the talks were useful. He stressed that the border must stay open.")
    quotes = quotes_of(text)
    assert _starting(quotes, "the talks were useful").speaker_text == "Tavo"
    assert _starting(quotes, "the border must").speaker_text == "Tavo Renkala"


def test_a_given_name_two_people_share_names_neither(quotes_of: Extract) -> None:
    text = ("Anna Berg met Anna Lind in the capital. Anna said the talks were useful.")
    found = _starting(quotes_of(text), "the talks were useful").speaker_text
    assert found is None or found == "Anna"


def test_the_person_an_outlet_quoted_as_saying_speaks(quotes_of: Extract) -> None:
    text = ("Prime Minister Tavo Renkala ordered a halt to the deal. “Everything must now "
            "stop,” the newspaper quoted the prime minister as saying.")
    assert _starting(quotes_of(text), "Everything must").speaker_text == "Tavo Renkala"


def test_a_statement_speaks_for_whoever_made_it(quotes_of: Extract) -> None:
    made = ("The Defence Ministry said in a statement that talks would resume. “Both sides "
            "must hold their fire,” the statement said.")
    assert "Defence Ministry" in str(_starting(quotes_of(made), "Both sides").speaker_text)
    reported = ("The talks may move to Rome, Daily Planet reported. The change of venue was "
                "proposed by the host, the report said.")
    assert _starting(quotes_of(reported), "The change of venue").speaker_text == "Daily Planet"
    spoke = ("The Northland Defence Ministry accused its neighbour of shelling villages. The "
             "statement said the attacks had gone on for days.")
    assert "Defence Ministry" in str(_starting(quotes_of(spoke), "the attacks").speaker_text)


def test_the_body_named_before_with_the_same_words(quotes_of: Extract) -> None:
    text = ("The Northland Air Force said its jets had returned to base. The air force "
            "stressed that its strikes hit only military sites.")
    assert _starting(quotes_of(text), "its strikes").speaker_text == "Northland Air Force"


def test_a_participle_cue_on_a_thing_speaks_through_the_verb(quotes_of: Extract) -> None:
    text = "Northland entered the talks saying that its claim is “non-negotiable”."
    assert _starting(quotes_of(text), "non-negotiable").speaker_text == "Northland"


def test_the_by_phrase_of_a_participle_cue_speaks(quotes_of: Extract) -> None:
    text = ("The talks—hailed as “encouraging” by Northland officials but described as "
            "“difficult” by Southland—come as pressure grows.")
    quotes = quotes_of(text)
    assert _starting(quotes, "encouraging").speaker_text == "Northland officials"
    assert _starting(quotes, "difficult").speaker_text == "Southland"


def test_a_preposition_after_the_name_makes_no_second_subject(quotes_of: Extract) -> None:
    text = ("Foreign Minister Abbas Karimi after the talks told state television that the "
            "mediator presented new ideas.")
    assert _starting(quotes_of(text), "the mediator").speaker_text == "Abbas Karimi"


def test_an_unnamed_insider_speaks_for_the_body_they_serve(quotes_of: Extract) -> None:
    served = quotes_of("A senior official of the Interior Ministry said the curfew would be "
                       "lifted.")
    assert "Interior Ministry" in str(_starting(served, "the curfew").speaker_text)
    country = quotes_of("The talks lasted three hours, according to an American government "
                        "source.")
    assert _starting(country, "The talks").speaker_text == "American government"


def test_they_stands_for_people_not_things(quotes_of: Extract) -> None:
    text = ("Officials in Northland said the strikes were a measured response. They "
            "emphasized that the operations were limited to the border.")
    assert _starting(quotes_of(text), "the operations").speaker_text == "Officials in Northland"


def test_a_long_quotation_does_not_push_the_antecedent_out_of_reach(quotes_of: Extract) -> None:
    text = ("Karl Ost said the talks would resume next week. “We will talk to them. We may "
            "sign an agreement. I do not know. It may not be needed. They want to recover. "
            "We will see,” he said at the summit.")
    assert _starting(quotes_of(text), "We will talk").speaker_text == "Karl Ost"


def test_the_and_a_plural_noun_is_the_group_that_spoke_before(quotes_of: Extract) -> None:
    text = ("Leaders of the Northland opposition movement said they would not end their "
            "protests. Anna Berg said: “We are aiming for a peaceful protest.” The activists "
            "said they hoped to march in several cities.")
    found = _starting(quotes_of(text), "they hoped").speaker_text
    assert found == "Leaders of the Northland opposition movement"


def test_a_noun_said_only_of_people_points_back_to_one(quotes_of: Extract) -> None:
    epithet = ("Karl Ost said the deal was close. “They do not need to enrich past that "
               "level,” the real estate magnate said.")
    assert _starting(quotes_of(epithet), "They do not need").speaker_text == "Karl Ost"
    pointing = ("Anna Berg issued a statement on Tuesday. According to this cabinet member, "
                "the government is doing everything to keep the peace.")
    assert _starting(quotes_of(pointing), "the government is").speaker_text == "Anna Berg"


def test_a_quote_after_reported_speech_goes_on_from_it(quotes_of: Extract) -> None:
    text = ("The negotiations are being held as in the first round, Karl Ost said. “The two "
            "delegations are in two separate rooms.”")
    assert _starting(quotes_of(text), "The two delegations").speaker_text == "Karl Ost"


def test_a_statement_reads(quotes_of: Extract) -> None:
    text = ("The Northland Armed Forces said in a statement that they would host the meeting."
            "\n“The meeting is part of the ceasefire agreement,” the statement read.")
    assert "Northland Armed Forces" in str(_starting(quotes_of(text), "The meeting").speaker_text)


def test_words_quoted_in_a_claim_are_its_owners(quotes_of: Extract) -> None:
    text = ("Anna Berg on Thursday rejected a claim from Karl Ost, the trade adviser, that "
            "imports from Northland are “killing” the market.")
    assert _starting(quotes_of(text), "killing").speaker_text == "Karl Ost"


def test_an_apology_is_said(quotes_of: Extract) -> None:
    text = ("President Karl Ost addressed the nation on Saturday to apologise for the "
            "“anxiety” his decree had caused.")
    assert _starting(quotes_of(text), "anxiety").speaker_text == "Karl Ost"


def test_the_medium_hung_on_the_speaker_is_no_part_of_it(quotes_of: Extract) -> None:
    text = "The Foreign Ministry in a statement on Sunday said the meeting will be held."
    assert _starting(quotes_of(text), "the meeting").speaker_text == "Foreign Ministry"


def test_one_word_after_a_title_that_speaks_is_a_person(quotes_of: Extract) -> None:
    text = ("Indirect talks started an hour ago, Foreign Ministry spokesman Tavrani said.\n\n"
            "He added that before the talks, Foreign Minister Abbas Karimi met his Italian "
            "counterpart. “We expressed our gratitude to Italy.”")
    assert _starting(quotes_of(text), "We expressed").speaker_text == "Tavrani"


def test_a_capitalized_title_alone_is_no_persons_name(quotes_of: Extract) -> None:
    minister = _starting(quotes_of("The Minister of Defence said the army was ready."),
                         "the army was ready")
    assert minister.speaker_kind is SpeakerKind.ROLE_NOUN
    assert minister.speaker_text == "Minister of Defence"
    secretary = _starting(quotes_of("The talks ended on Monday.\n“We will not give up,” the "
                                    "Foreign Secretary said."), "We will not give up")
    assert secretary.speaker_kind is SpeakerKind.ROLE_NOUN


def test_a_countrys_top_diplomat_is_its_foreign_minister(quotes_of: Extract) -> None:
    text = ("Veldra's Foreign Minister Ana Tavares met Korvania's Foreign Minister Ramiro "
            "Santos on Monday.\n“We made progress,” Korvania's top diplomat told reporters.\n"
            "“We are not there yet,” Veldra's top diplomat said.")
    quotes = quotes_of(text)
    assert _starting(quotes, "We made progress").speaker_text == "Ramiro Santos"
    assert _starting(quotes, "We are not there").speaker_text == "Ana Tavares"
    unnamed = quotes_of("Ana Tavares met Ramiro Santos on Monday.\n“We made progress,” a "
                        "senior diplomat told reporters.")
    assert _starting(unnamed, "We made progress").speaker_text not in ("Ana Tavares",
                                                                       "Ramiro Santos")


def test_a_speaker_named_after_the_quote_through_a_noun_for_the_words(
        quotes_of: Extract) -> None:
    cases = {
        "“We will fight until the end.” That was the message from Ramiro Santos on Monday.":
            "Ramiro Santos",
        "“We will fight until the end,” were the words of Ramiro Santos on Monday.":
            "Ramiro Santos",
        "“We will fight until the end.”\nRamiro Santos made the remarks at a rally on Monday.":
            "Ramiro Santos",
    }
    for text, speaker in cases.items():
        quote = _starting(quotes_of("The rally in Ostria ended late.\n" + text), "We will fight")
        assert quote.speaker_text == speaker, text
    other = quotes_of("The rally in Ostria ended late.\n“We will fight until the end.” The "
                      "ministry rejected the claims of the rebels.")
    assert _starting(other, "We will fight").speaker_text is None


def test_words_quoted_under_a_thing_that_agrees_are_the_reporters(quotes_of: Extract) -> None:
    text = ("Korvanian President Bohdan Kravel spoke to reporters in Lindhaven on Monday.\n"
            "Kravel said that both sides had agreed to meet and “quickly work out” a truce.\n"
            "Trade Secretary Anna Berg told reporters that the framework agreement adds "
            "“concrete substance” to the earlier deal.")
    quotes = quotes_of(text)
    assert _starting(quotes, "quickly work out", QuoteKind.PARTIAL).speaker_text == "Kravel"
    assert _starting(quotes, "concrete substance", QuoteKind.PARTIAL).speaker_text == "Anna Berg"


def test_a_named_role_holder_or_a_second_speaker_keeps_the_words(quotes_of: Extract) -> None:
    quotes = quotes_of("Korvania said the meeting was “difficult” while a senior Veldran "
                       "official said Lindhaven was “encouraged”.\nEnvoy Ivo Marin said "
                       "the delegation's leader had called the discussions “tough”.")
    assert _starting(quotes, "encouraged").speaker_text == "Veldran"
    assert _starting(quotes, "tough").speaker_text != "Ivo Marin"


def test_a_persons_remarks_speak_as_the_person(quotes_of: Extract) -> None:
    text = ("Envoy Bohdan Kravel met officials in Lindhaven on Monday.\nKravel's comments on "
            "television signaled that the Korvanian side was not demanding a full withdrawal.")
    assert _starting(quotes_of(text), "the Korvanian side").speaker_text == "Kravel"


def test_the_subject_of_a_sentence_ending_in_a_colon_speaks(quotes_of: Extract) -> None:
    text = ("Foreign Minister Anna Berg said the talks were useful. “We will meet again,” she "
            "said.\nEarlier that day, President Bohdan Kravel had given a different account: "
            "“We are having direct talks with them.”")
    assert _starting(quotes_of(text), "We are having").speaker_text == "Bohdan Kravel"


def test_it_said_goes_back_to_the_text_cited_as_the_source(quotes_of: Extract) -> None:
    text = ("Officials of Korvania and Veldra met in Lindhaven on Monday.\nAccording to a "
            "joint press statement, both sides reaffirmed their commitment to peace.\nBoth "
            "countries committed to respecting the charter.\nThey agreed on six points, "
            "including a plan for the removal of heavy weapons.\n“Both sides agreed that the "
            "task force will meet within one week,” it said.")
    quote = _starting(quotes_of(text), "Both sides agreed")
    assert quote.speaker_text is not None and "statement" in quote.speaker_text


def test_an_unnamed_negotiator_is_not_the_person_named_next(quotes_of: Extract) -> None:
    text = ("Deputy Minister Ivo Marin led the Korvanian team, while a Veldran negotiator told "
            "the agency that the talks were “solely about the river”.\nBohdan Kravel headed "
            "the Korvanian delegation.")
    assert _starting(quotes_of(text), "solely about", QuoteKind.PARTIAL).speaker_text \
        == "Veldran"


def test_a_name_after_a_title_inside_an_organisation_span_is_a_person(
        quotes_of: Extract) -> None:
    text = ("Tomas Orvy led the 12-member Veldran technical delegation.\nBefore the third round "
            "began, Foreign Ministry Spokesperson Nasim Tabrizan emphasized in a statement that "
            "the negotiating team is resolved to defend the interests of the country.\nHe "
            "stressed: “Reopening the border crossings is our aim.”")
    quotes = quotes_of(text)
    assert _starting(quotes, "Reopening the border").speaker_text == "Nasim Tabrizan"
    assert _starting(quotes, "the negotiating team").speaker_text == "Nasim Tabrizan"


def test_a_persons_envoy_in_the_headline_is_the_envoy_the_body_names(
        quotes_of: Extract) -> None:
    text = ("Kravel envoy says Veldra must ‘dismantle’ its checkpoints\n\nAgency Published April "
            "15\n\nLINDHAVEN: Veldra must remove its checkpoints under any deal, Korvanian "
            "envoy Tomas Orvy said on Tuesday.\n\n“Any lasting settlement must reopen the "
            "border,” Orvy said.\n\nPresident Bohdan Kravel spoke to the press on Monday.")
    quote = _starting(quotes_of(text), "dismantle", QuoteKind.PARTIAL)
    assert quote.speaker_text == "Tomas Orvy"


def test_a_counterpart_holds_the_office_of_whose_counterpart_they_are(
        quotes_of: Extract) -> None:
    text = ("Korvanian Foreign Minister Bohdan Kravel met his Veldran counterpart Ana Lobo on "
            "Monday.\n“We agreed on a roadmap,” the Veldran minister said.")
    assert _starting(quotes_of(text), "We agreed").speaker_text == "Ana Lobo"


def test_as_reported_by_cites_the_source_over_a_thing_that_indicates(
        quotes_of: Extract) -> None:
    text = ("As reported by Korvanian Foreign Minister Bohdan Kravel, negotiations have "
            "indicated “unprecedented openness to new ideas.”")
    assert _starting(quotes_of(text), "unprecedented").speaker_text == "Bohdan Kravel"


def test_a_participle_on_a_clause_about_a_thing_goes_to_the_aside_speaker(
        quotes_of: Extract) -> None:
    text = ("In a statement posted online, Korvanian Foreign Minister Bohdan Kravel said, "
            "Veldran talks scheduled to be held in Lindhaven today will not take place now, "
            "while stressing that dialogue stays the best road to a settlement.")
    assert _starting(quotes_of(text), "dialogue stays").speaker_text == "Bohdan Kravel"


def test_according_to_credits_a_sentence_whose_cue_reports_no_words(
        quotes_of: Extract) -> None:
    for text in ("Veldra sent envoy Ana Lobo to Lindhaven on Monday.\nAccording to the "
                 "envoy, the two sides agreed to meet again.",
                 "Veldra sent envoy Ana Lobo to Lindhaven on Monday.\nThe two sides agreed "
                 "to meet again, according to the envoy."):
        quote = next(q for q in quotes_of(text) if "agreed to meet again" in q.text)
        assert quote.speaker_text == "Ana Lobo", text


def test_the_ministry_is_the_fuller_body_named_as_a_subject_before(
        quotes_of: Extract) -> None:
    text = ("The Korvanian ministry of foreign affairs issued a statement on Sunday.\n"
            "“Korvania remains committed to dialogue,” the ministry said.")
    speaker = _starting(quotes_of(text), "Korvania remains").speaker_text
    assert speaker is not None and speaker.startswith("Korvanian ministry")


def test_an_age_standing_for_a_person_is_the_person_named_before(quotes_of: Extract) -> None:
    text = ("Bohdan Kravel, 62, was charged with fraud on Monday.\n“I am innocent,” the "
            "62-year-old told the court.")
    assert _starting(quotes_of(text), "I am innocent").speaker_text == "Bohdan Kravel"


def test_a_headline_word_a_named_person_says_in_the_body_is_theirs(quotes_of: Extract) -> None:
    text = ("Korvania says Veldra must ‘dismantle’ its checkpoints\n\nLINDHAVEN: Veldra must "
            "remove its checkpoints under any deal, envoy Tomas Orvy said on Tuesday.\n\n“Any "
            "lasting settlement must mean that Veldra must stop and dismantle its checkpoints,” "
            "Orvy said.")
    quote = _starting(quotes_of(text), "dismantle", QuoteKind.PARTIAL)
    assert quote.speaker_text is not None and quote.speaker_text.endswith("Orvy")


def test_the_spokesperson_speaks_for_the_body_its_introduction_followed(
        quotes_of: Extract) -> None:
    text = ("The Veldran Foreign Office has declined to say whether the border will reopen.\n\n"
            "Questioned at a briefing, a spokesman repeated the minister's position.\n\n"
            "Sign up for our newsletter.\n\n"
            "Reporters asked about the convoy on Monday. The convoy left at dawn.\n\n"
            "Trucks waited at the bridge for hours. Drivers slept in their cabs.\n\n"
            "Asked about the talks, the spokesman declined to answer.\n\n"
            "Instead, the spokesman said that the border would stay closed until May.")
    quotes = quotes_of(text)
    assert _starting(quotes, "the border would stay").speaker_text == "Veldran Foreign Office"


def test_reacted_after_a_quote_is_a_cue(quotes_of: Extract) -> None:
    text = "“The vote was stolen from us,” Ana Lobo reacted on Friday."
    assert _starting(quotes_of(text), "The vote was stolen").speaker_text == "Ana Lobo"


def test_according_to_keeps_the_subject_the_parser_set_in_apposition(
        quotes_of: Extract) -> None:
    text = ("According to several opposition politicians, the procedure, which could cost "
            "Tavra its farm funds, clearly shows that graft is rampant in the country.")
    found = [q for q in quotes_of(text) if q.speaker_text == "several opposition politicians"]
    assert [q.text.split()[:2] for q in found] == [["the", "procedure,"]]


def test_a_participle_cue_after_an_adjective_clause_takes_the_outer_subject(
        quotes_of: Extract) -> None:
    text = ("Tavra was quick to strongly reject the levies on its grain, vowing to take "
            "\"countermeasures to protect its farmers and traders.\"")
    assert _starting(quotes_of(text), "countermeasures").speaker_text == "Tavra"


def test_a_cue_right_before_the_mark_beats_a_trailing_relay(quotes_of: Extract) -> None:
    text = ("Protesters blocked the main road into Orvel, marched with the Tavran flag and "
            "chanted “Marin must go,” the Orvel Gazette reported.")
    assert _starting(quotes_of(text), "Marin must go").speaker_text == "Protesters"


def test_a_capitalized_title_of_a_body_before_a_name_is_that_persons(
        quotes_of: Extract) -> None:
    text = ("Ms Lobo said the story was false.\n\nMother of the Senate Helen Carter said Ms "
            "Lobo had correctly dismissed the story as “sexism”.")
    assert _starting(quotes_of(text), "sexism").speaker_text == "Helen Carter"


def test_a_banner_speaks_for_whoever_carries_it(quotes_of: Extract) -> None:
    text = ("\u201cThe count was a farce,\u201d said the party leader, Ivo Marin, who was "
            "surrounded by demonstrators with banners saying \u201cCount every vote\u201d.")
    found = [q for q in quotes_of(text) if q.text.startswith("Count every vote")]
    assert [q.speaker_text for q in found] == ["demonstrators"]


def test_the_party_is_never_the_news_site_writing(quotes_of: Extract) -> None:
    text = ("Police arrested two leaders of the Green Dawn party in Lindhaven on Monday.\n\n"
            "Veldranews.com has asked the police for comment and is awaiting a reply.\n\n"
            "\u201cThis is a disgrace to the whole country,\u201d the party said on X.")
    found = _starting(quotes_of(text), "This is a disgrace")
    assert found.speaker_text != "Veldranews.com"



def test_a_speaker_phrase_never_ends_on_a_bare_preposition() -> None:
    # "The defense of former President Ivo Marin disputes that …", with the parser hanging
    # the name on the cue instead of on "of" (as the small model does on real text).
    words = ["The", "defense", "of", "former", "President", "Ivo", "Marin", "disputes", "it"]
    doc = Doc(_VOCAB, words=words, heads=[1, 7, 1, 4, 6, 6, 7, 7, 7],
              deps=["det", "nsubj", "prep", "amod", "compound", "compound", "nmod", "ROOT",
                    "dobj"],
              pos=["DET", "NOUN", "ADP", "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PRON"])
    start, end = _phrase_bounds(doc[1])
    assert doc.text[start:end] == "defense of former President Ivo Marin"
    whole = Doc(_VOCAB, words=["The", "defense", "of", "Marin", "said"], heads=[1, 4, 1, 2, 4],
                deps=["det", "nsubj", "prep", "pobj", "ROOT"],
                pos=["DET", "NOUN", "ADP", "PROPN", "VERB"])
    start, end = _phrase_bounds(whole[1])
    assert whole.text[start:end] == "defense of Marin"


def test_a_speaker_after_the_cue_and_its_adverbials_reports_the_clause_before(
        quotes_of: Extract) -> None:
    text = ("Veldra will raise its duties on steel in response to the new quotas set by "
            "Lindhaven, said at a briefing on Friday, foreign ministry spokesman of Veldra, "
            "Ivo Marin.")
    found = _starting(quotes_of(text), "Veldra will raise", QuoteKind.INDIRECT)
    # the spokesman, by name or by the ministry he speaks for (the parse decides which)
    assert found.speaker_text in ("Ivo Marin", "foreign ministry")
    assert found.text.endswith("set by Lindhaven")


def test_those_who_a_clause_describes_speak_as_that_phrase(quotes_of: Extract) -> None:
    text = ("Many voters backed the mayor last year. Now, those who are marching say that "
            "they were misled.")
    found = _starting(quotes_of(text), "they were misled", QuoteKind.INDIRECT)
    assert found.speaker_text == "those who are marching"
    # ``it`` names no one: no speaker is made up for it.
    assert not [q for q in quotes_of("The plan failed. Now it says that the plan was good.")
                if q.speaker_text == "it"]


def test_a_role_noun_owned_by_a_name_without_its_apostrophe_introduces_the_next_person(
        quotes_of: Extract) -> None:
    text = ("Menu\nVeldra sees progress in talks\n"
            "Veldras foreign minister says both delegations have agreed on some points. "
            "Ivo Marinov said the two sides made real progress at the meeting on Tuesday.")
    found = _starting(quotes_of(text), "both delegations", QuoteKind.INDIRECT)
    assert found.speaker_text == "Ivo Marinov"


def test_a_finite_clause_hung_on_a_cue_as_a_complement_is_reported(quotes_of: Extract) -> None:
    # (the parser makes ``have`` an open complement of ``says`` here)
    text = "Tariffs fall on those that his government says have high barriers to trade."
    found = _starting(quotes_of(text), "have high barriers", QuoteKind.INDIRECT)
    assert (found.speaker_text or "").endswith("government")
    assert not [q for q in quotes_of("The mayor says to wait for the final count.")
                if q.kind is QuoteKind.INDIRECT]


def test_a_word_that_counts_people_speaks_as_the_people_it_counts(quotes_of: Extract) -> None:
    text = ("Hundreds of former miners who say they were never paid have lost their appeal.\n"
            "A group of local residents said the road was unsafe.")
    quotes = quotes_of(text)
    assert _starting(quotes, "they were never paid").speaker_text == "former miners"
    assert _starting(quotes, "the road was unsafe").speaker_text == "local residents"


def test_the_union_is_the_body_named_like_a_union_not_the_company(quotes_of: Extract) -> None:
    text = ("Workers at Veltron voted to reject the latest offer.\n"
            "“The result proves they have not listened,” Ana Lobo, president of the Federation "
            "of Veldran Metal Workers, said.\n"
            "Veltron said the vote was narrow. “We will turn to our contingency plan,” "
            "Veltron said.\n"
            "The workers’ union also noted that the vote was close.\n"
            "“Our solidarity remains strong,” the union said.")
    quotes = quotes_of(text)
    for words in ("the vote was close", "Our solidarity"):
        assert "Federation of Veldran Metal Workers" in (
            _starting(quotes, words).speaker_text or ""), words


def test_a_body_belonging_to_a_council_is_not_the_council(quotes_of: Extract) -> None:
    text = ("Talks at Harlow Council broke down on Monday.\n"
            "The council’s Green administration has accused the opposition of walking away "
            "‘while trying to unpick savings’.")
    quote = _starting(quotes_of(text), "while trying")
    assert quote.speaker_text != "Harlow Council"


def test_an_acronym_speaks_as_the_body_the_article_spelled_out(quotes_of: Extract) -> None:
    text = ("Veterans sued the Ministry of Transport over the crash.\n"
            "The MoT said the claims had been made too late.")
    quote = _starting(quotes_of(text), "the claims had been")
    assert quote.speaker_text == "Ministry of Transport"



def test_a_subject_past_the_dateline_speaks_not_its_ticker() -> None:
    from communique.extract.quotes._speaker_subject import past_dateline

    # ``TAVRA (Reuters) - Veldra Boerse (VB1.DE) said so.`` as the parser reads it: the
    # dateline hung on the subject, the ticker in brackets the subject's apposition.
    words = ["TAVRA", "(", "Reuters", ")", "-", "Veldra", "Boerse", "(", "VB1", "DE", ")",
             "said", "so", "."]
    heads = [6, 2, 0, 2, 0, 6, 11, 6, 6, 6, 6, 11, 11, 11]
    deps = ["nmod", "punct", "appos", "punct", "punct", "compound", "nsubj", "punct", "appos",
            "appos", "punct", "ROOT", "advmod", "punct"]
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps)
    assert past_dateline(doc[6]).text == "Boerse"
