"""A parsed source is kept compact (model.py): a quote's spans and cue in one array of
machine integers, a source's paragraph bounds in one array. What the model gives back
is unchanged: tuples of ints, the same offsets, the same text."""

from klayman_tui.corpus import QuoteKind, Role
from klayman_tui.corpus.model import Block, Metadata, Quote, Source

TEXT = "Headline\n\n\u201cWe grew beans,\u201d she said, \u201cand peas.\u201d\n\nAK: Yes."


def article() -> Source:
    source = Source("a", "a.txt", TEXT, Metadata())
    starts = [0, 10, TEXT.index("AK:")]
    ends = [8, TEXT.index("\n\nAK"), len(TEXT)]
    source.blocks = [Block(source, i, Role.NARRATION, s, e) for i, (s, e)
                     in enumerate(zip(starts, ends))]
    source.blocks[2].label, source.blocks[2].body_start = "AK", starts[2] + 4
    first, second = TEXT.index("We"), TEXT.index("and")
    quote = Quote(1, source, "Ann", QuoteKind.DIRECT, 1,
                  span_data=(first, first + 13, second, second + 9), joins=(" … ",))
    source.quotes = [quote, Quote(2, source, "Ann", QuoteKind.ANSWER, 2,
                                  span_data=(starts[2] + 4, len(TEXT)))]
    return source


def test_spans_and_cue_come_back_as_tuples_with_the_same_offsets():
    source = article()
    quote, answer = source.quotes
    said = TEXT.index("she said")
    quote.cue = (said, said + 8)
    source.compact()
    assert quote.text == "We grew beans … and peas."
    first, second = TEXT.index("We"), TEXT.index("and")
    spans = (first, first + 13, second, second + 9)
    assert quote.span_data == spans and type(quote.span_data) is tuple
    assert quote.spans == ((first, first + 13), (second, second + 9))
    assert (quote.start, quote.end) == (first, second + 9)
    assert quote.cue == (said, said + 8) and type(quote.cue) is tuple
    assert quote.cue_spans == ((said, said + 8),)
    assert answer.cue == () and answer.cue_spans == () and answer.text == "Yes."
    quote.cue = ()  # a cue taken back leaves the spans as they were
    assert quote.cue == () and quote.span_data == spans


def test_a_compacted_source_keeps_every_paragraph_where_it_was():
    source = article()
    before = [(b.start, b.end, b.text, b.body) for b in source.blocks]
    source.compact()
    assert [(b.start, b.end, b.text, b.body) for b in source.blocks] == before
    assert source.block_at(TEXT.index("peas")) == source.blocks[1]
    assert source.block_at(9) is None  # between two paragraphs


def test_paragraphs_given_to_another_source_keep_their_bounds():
    """As the loader does when a cached source is parsed again (set_content)."""
    parsed = article()
    parsed.compact()
    before = [(b.start, b.end, b.text) for b in parsed.blocks]
    listed = Source("a", "a.txt", "", Metadata())
    listed.set_content(TEXT, parsed.blocks, parsed.quotes)
    assert [(b.start, b.end, b.text) for b in listed.blocks] == before
    assert listed.quotes[0].text == "We grew beans … and peas."


def test_paragraphs_replaced_after_compacting_keep_their_bounds():
    source = article()
    source.compact()
    old = source.blocks
    before = [(b.start, b.end, b.text) for b in old]
    source.blocks = [Block(source, 0, Role.NARRATION, 0, len(TEXT))]
    source.compact()
    assert [(b.start, b.end, b.text) for b in old] == before
    assert source.blocks[0].text == TEXT


def test_quotes_read_their_offsets_from_their_source_once_compacted():
    """A compacted source keeps its quotes' offsets in one array of its own; a quote
    handed to another source (as the loader does) or given a new cue keeps its words."""
    source = article()
    quote, answer = source.quotes
    source.compact()
    assert type(quote._offsets) is int and len(source._spans) == 2 + 4 + 2
    assert (quote.text, answer.text) == ("We grew beans … and peas.", "Yes.")
    assert answer.start == TEXT.index("Yes") and answer.end == len(TEXT)
    said = TEXT.index("she said")
    quote.cue = (said, said + 8)
    source.compact()  # packed again: the answer, packed before, reads the same
    assert quote.cue_spans == ((said, said + 8),) and answer.text == "Yes."
    listed = Source("a", "a.txt", "", Metadata())
    listed.set_content(TEXT, source.blocks, source.quotes)
    assert quote.source is listed and quote.text == "We grew beans … and peas."
    assert quote.cue == (said, said + 8) and listed.quotes[1].span_data == answer.span_data


def test_sources_parsed_apart_share_their_quotes_recurring_values():
    """As the loader does with sources parsed in worker processes: each recurring
    name, rule and confidence becomes one object, the values unchanged."""
    first, second = article(), article()
    for quote in second.quotes:  # equal values, other objects (as unpickled)
        quote.speaker = "".join(["A", "nn"])
        quote.confidence = float("0.75")
    first.quotes[0].confidence = 0.75
    shared: dict = {}
    first.share_values(shared)
    second.share_values(shared)
    assert second.quotes[0].speaker == "Ann" and second.quotes[0].confidence == 0.75
    assert second.quotes[0].speaker is first.quotes[0].speaker
    assert second.quotes[1].confidence is first.quotes[0].confidence


def test_a_paragraphs_words_are_its_own_though_its_block_is_made_afresh():
    """Blocks of a compacted source are made on each reading, so a cache of their
    words must not go by id (a freed block's id is soon another's)."""
    import klayman_tui
    from klayman_tui.corpus.search.folding import fold
    from klayman_tui.corpus.search.query import words_of

    corpus = klayman_tui.load()
    context = corpus.search_index()._context
    source = max(corpus.sources, key=lambda s: len(s.blocks))
    for index in range(len(source.blocks)):
        expected = sorted(set(words_of(fold(source.blocks[index].text))))
        block = source.blocks[index]
        assert context._block_words((block, 0, block.end - block.start), block.text) == expected
    assert source.blocks[3] == source.blocks[3] and source.blocks[3] != source.blocks[4]
    assert len({source.blocks[3], source.blocks[3]}) == 1
