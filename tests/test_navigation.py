"""n / N decided by the model, without Textual."""

from klayman_tui.corpus.state.navigation import quotes_in_paragraph, step_quote


def test_from_the_start_page_n_is_the_first_quote_and_N_the_last(corpus):
    first = step_quote(corpus.sources, None, None, +1)
    assert first.quote is next(s for s in corpus.sources if s.quotes).quotes[0]
    last = step_quote(corpus.sources, None, None, -1)
    assert last.quote is [s for s in corpus.sources if s.quotes][-1].quotes[-1]


def test_steps_within_an_article_and_at_its_ends(corpus):
    source = next(s for s in corpus.sources if len(s.quotes) > 2)
    assert step_quote(corpus.sources, source, None, +1).quote is source.quotes[0]
    assert step_quote(corpus.sources, source, source.quotes[0], +1).quote is source.quotes[1]
    assert step_quote(corpus.sources, source, source.quotes[1], -1).quote is source.quotes[0]
    end = step_quote(corpus.sources, source, source.quotes[-1], +1)
    assert end.quote is None and end.reason == "No more quotes in this article."
    start = step_quote(corpus.sources, source, source.quotes[0], -1)
    assert start.quote is None and start.reason


def test_quotes_in_a_paragraph(corpus):
    source = next(s for s in corpus.sources if s.quotes)
    quote = source.quotes[0]
    assert quote in quotes_in_paragraph(source, quote.paragraph)
