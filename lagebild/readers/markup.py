"""Markup to body text: block elements become paragraphs separated by a blank line.

Used for the HTML/XHTML/NITF bodies of agency copy (ninjs ``body_html``, dpa
``article_html``, NewsML-G2 ``inlineXML``) and for feed items. The text built here
is the body that is stored, so every offset of the analysis indexes into it.
"""

from __future__ import annotations

import re

from lxml import etree, html

# Elements whose content is a paragraph of its own (HTML, XHTML and NITF names).
BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hl1",
        "hl2",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "caption",
        "figcaption",
        "table",
        "ul",
        "ol",
        "dl",
        "address",
        "block",
        "body.content",
        "body.head",
    ]
)
# Elements whose content is never article text.
SKIPPED = frozenset(
    ["script", "style", "noscript", "template", "head", "iframe", "svg", "object", "embed"]
)
_SPACE = re.compile(r"\s+")
PARAGRAPH_BREAK = "\n\n"


def html_to_text(markup: str) -> str:
    """The paragraphs of an HTML fragment or page, joined by blank lines."""
    if not markup.strip():
        return ""
    # A fragment may have several roots; a wrapper gives it one.
    root = html.fragment_fromstring(markup, create_parent="div")
    return element_to_text(root)


def element_to_text(root: etree._Element) -> str:
    """The paragraphs below ``root`` (any namespace), joined by blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []

    def close_paragraph() -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        if text:
            paragraphs.append(text)
        current.clear()

    def walk(element: etree._Element) -> None:
        name = _local_name(element)
        if name in SKIPPED:
            return
        block = name in BLOCKS
        if block:
            close_paragraph()
        if name == "br":
            current.append(" ")
        if element.text and not isinstance(element, etree._Comment | etree._ProcessingInstruction):
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            close_paragraph()

    walk(root)
    close_paragraph()
    return PARAGRAPH_BREAK.join(paragraphs)


def lines_to_paragraphs(text: str) -> str:
    """Text with one paragraph per line (trafilatura's output) as blank-line paragraphs."""
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return PARAGRAPH_BREAK.join(line for line in lines if line)


def _local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return etree.QName(tag).localname.lower() if tag.startswith("{") else tag.lower()
