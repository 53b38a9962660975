from quizapp.rendering import (
    Highlight,
    IndexedBlocks,
    citations,
    find_in_blocks,
    parse_article,
    render_block,
    sanitize,
)

ARTICLE = """### A Change

**Host:** Reports suggest Iran is leaving. Is it?

**Dr. Khalil:** Not entirely, a *strategic* shift. [1](https://example.org/report)
"""


def test_blocks_keep_plain_text_without_markdown_markup():
    blocks = parse_article(ARTICLE)
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph"]
    assert blocks[1].text == "Host: Reports suggest Iran is leaving. Is it?"
    assert blocks[2].text == "Dr. Khalil: Not entirely, a strategic shift. 1"


def test_interview_turns_know_their_speaker():
    blocks = parse_article(ARTICLE)
    assert [b.speaker for b in blocks] == [None, "Host", "Dr. Khalil"]


def test_numbered_links_become_citations_listed_as_references():
    blocks = parse_article(ARTICLE)
    html = render_block(blocks[2])
    assert '<sup class="cite"><a href="#ref-1">[1]</a></sup>' in html
    assert citations(blocks) == [(1, "https://example.org/report")]


def test_highlight_spans_styles_as_one_mark_with_nested_cues():
    block = parse_article(ARTICLE)[2]
    start = block.text.index("Not")
    end = block.text.index("shift.") + len("shift.")
    cue = block.text.index("strategic")
    html = render_block(
        block, [Highlight(start, end, "claim"), Highlight(cue, cue + 9, "cue")]
    )
    assert html.count('<mark class="claim">') == 1
    assert '<mark class="cue"><em>strategic</em></mark>' in html


def test_markup_from_authors_is_escaped_and_unsafe_links_are_dropped():
    block = parse_article(
        "Hi <script>alert(1)</script> [x](javascript:alert(1)) "
        '<img src=x onerror="a()">'
    )[0]
    html = sanitize(render_block(block))
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;" in html


def test_sanitize_strips_event_handlers_and_javascript_urls():
    dirty = (
        '<p onclick="x()">a <a href="javascript:alert(1)">b</a><script>c</script></p>'
    )
    clean = sanitize(dirty)
    assert (
        "onclick" not in clean and "javascript:" not in clean and "<script" not in clean
    )


def test_an_unsafe_link_keeps_its_text_and_loses_its_target():
    block = parse_article("Read [the report](javascript:alert(1)) now.")[0]
    assert block.text == "Read the report now."
    html = render_block(block)
    assert html == "Read the report now."


def test_indexed_blocks_find_each_quote_where_a_block_by_block_search_does():
    blocks = parse_article(
        "## Harbour plans\n\nThe council met. The mayor said so.\n\n"
        "The mayor said so again. Nobody else spoke.\n"
    )
    indexed = IndexedBlocks(blocks)
    quotes = [
        "The mayor said so",  # in two blocks: the first one wins
        "Nobody else spoke.",
        "Harbour plans",
        "spoke.\n\nThe",  # across blocks: in none
        "said so.The mayor",
        "not there",
        "",
    ]
    for quote in quotes:
        assert find_in_blocks(indexed, quote) == find_in_blocks(blocks, quote), quote
    assert find_in_blocks(indexed, "Nobody else spoke.") == (2, 25, 43)


TABLE = ("Results fell.\n\n"
         "| | Q3 2026 | Q3 2025 |\n| --- | --- | --- |\n"
         "| Revenue | $3.14bn | $2.96bn |\n| Net <b>profit</b> | $212m | $233m |\n\n"
         "Shares fell 4%.")


def test_a_markdown_table_is_a_table_block_with_its_rows():
    blocks = parse_article(TABLE)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    table = blocks[1]
    assert table.header_rows == 1
    assert table.rows[1] == ["Revenue", "$3.14bn", "$2.96bn"]


def test_a_table_renders_as_an_escaped_table_that_scrolls_on_a_phone():
    from types import SimpleNamespace

    from quizapp.learn.display import article_html

    page = str(article_html(SimpleNamespace(body_md=TABLE)))
    assert '<div class="table-scroll"><table id="b-1" class="article-table">' in page
    assert '<th scope="col">Q3 2026</th>' in page
    assert "<td>Net &lt;b&gt;profit&lt;/b&gt;</td>" in page
    assert "<b>" not in page
