"""Reading articles: one document per `.txt`/`.md`/`.html` file, or JSON Lines of documents.

Directories are walked recursively, once, as their files are read. A JSON Lines file holds one `{id?, title?, url?,
published?, text}` object per line. HTML is reduced to its visible text with
selectolax (scripts, styles and templates dropped; the text of links kept), one block
element per line; inside `<pre>` and other preformatted elements the page's own line
breaks are lines too. In plain text, Markdown and preformatted HTML a line break that only
wraps a sentence is joined (extractors/linewraps.py); a document's id is the hash of this
read text, so a wrapped file's id is that of its unwrapped text.
Unreadable, empty or oversized documents come out as `Reject` records so the caller can write
them to a rejects file and go on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode

from extractors.jsonlines import json_lines
from extractors.linewraps import unwrapped
from kg.model import Reject
from kg.rejects import NO_SUCH_FILE

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Markup that never holds article text.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
# Block elements end a line, so sentences from adjacent paragraphs are not glued together. A line
# break in the page's source is only white space to a browser, and so to us: "as an⏎assistant
# professor" inside one <p> is one sentence.
_BLOCKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
           "ul", "ol", "dl", "dt", "dd", "table", "td", "th", "header", "footer", "nav", "main", "aside", "figure",
           "figcaption", "hr", "pre", "address", "caption")
_BLOCK_END = "\x1e"  # marks a block's end in the extracted text: a character no page text holds
# Inside preformatted elements a browser shows the source's line breaks, and CVs are laid out with them
# ("2014-2018  Research Scientist, Google"): those breaks are kept as lines.
_PREFORMATTED = ("pre", "textarea", "listing", "xmp", "plaintext")
_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b", re.I)
_LINE_BREAK = "\x1f"  # marks a kept source line break in the extracted text
_BLANKS = re.compile(r"\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# spaCy's `nlp.max_length`: its parser and NER refuse a longer text (error E088), which would stop a whole run
# at one oversized file, so such a document is set aside like any other unreadable one.
MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Article:
    """One document's text and what the source says about it."""

    source: str
    line: int | None
    title: str | None
    url: str | None
    published: str | None
    text: str


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Reject]:
    """Yield each document under `paths` (files or directories) in a stable order, and a reject for
    each named path that holds none (see `article_files`)."""
    return read_article_files(article_files(paths))


def read_article_files(files: Iterable[Path | Reject]) -> Iterator[Article | Reject]:
    """The documents of each file `article_files` gives, in its order, its rejects passed on."""
    for item in files:
        if isinstance(item, Reject):
            yield item
        else:
            yield from read_article_file(item)


def article_files(paths: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """Each article file under `paths`, or a reject for a named path that holds none: missing, a file of a
    type a directory walk would skip (naming a file and walking its folder agree), a folder with no article
    file. A folder is walked once, as its files are asked for, in the order of its sorted paths."""
    listed = " ".join(sorted(SUFFIXES))
    for path in map(Path, paths):
        if path.is_dir():
            found = False
            for item in _walk(path):
                found = found or not isinstance(item, Reject)
                yield item
            if not found:
                yield Reject(file=str(path), reason=f"no article files ({listed}) in this folder")
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                kind = f"type {path.suffix!r}" if path.suffix else "type (no extension)"
                yield Reject(file=str(path), reason=f"unsupported file {kind}; articles are {listed}, "
                                                    "as in a directory walk")
        else:
            yield Reject(file=str(path), reason=NO_SUCH_FILE)


def _walk(folder: Path) -> Iterator[Path | Reject]:
    """The article files under `folder`, depth first with each folder's entries sorted by name: the order of
    `sorted(folder.rglob("*"))`, found lazily. Like rglob, a symlinked folder is not entered; a folder that
    cannot be listed is a reject, not a silent gap."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield Reject(file=str(folder), reason=f"unreadable: {exc}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and Path(entry.name).suffix.lower() in SUFFIXES:
            yield Path(entry.path)


def read_article_file(path: Path, *, name: str | None = None) -> Iterator[Article | Reject]:
    """The documents of one article file, read by its suffix. `name` is the source they and their rejects
    record (default: the path): the API gives the client's file name, not its temporary file's."""
    name = name or str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, name)
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Reject(file=name, reason=f"unreadable: {exc}")
        return
    title = None
    if suffix in HTML_SUFFIXES:
        title, text = html_text(raw)
    elif suffix in (".md", ".markdown"):
        text = unwrapped(markdown_text(raw))
    else:
        text = unwrapped(raw)
    yield _checked(Article(source=name, line=None, title=title, url=None, published=None, text=text.strip()))


def _read_jsonl(path: Path, name: str) -> Iterator[Article | Reject]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Reject(file=name, reason=f"unreadable: {exc}")
        return
    with handle:
        for number, record in json_lines(handle, file=name):
            if isinstance(record, Reject):
                yield record
            elif not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield Reject(file=name, line=number, reason="a document needs a string field 'text'")
            else:
                yield _checked(Article(
                    source=f"{name}#{record['id']}" if record.get("id") else name,
                    line=number,
                    title=_optional(record.get("title")),
                    url=_optional(record.get("url")),
                    published=_optional(record.get("published")),
                    text=record["text"].strip(),
                ))


def _checked(article: Article) -> Article | Reject:
    if not article.text:
        return Reject(file=article.source, line=article.line, reason="empty document")
    if len(article.text) > MAX_CHARS:
        return Reject(file=article.source, line=article.line,
                      reason=f"document too long: {len(article.text):,} characters (at most {MAX_CHARS:,} are read)")
    return article


def _optional(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def html_text(html: str) -> tuple[str | None, str]:
    """The page title and its visible text, one block element per line, link text kept."""
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) or None if title_node else None
    tree.strip_tags(list(_INVISIBLE))
    body = tree.body or tree.root
    if body is None:
        return title, ""
    _mark_preformatted_breaks(body)
    for tag in _BLOCKS:
        for node in body.css(tag):
            node.insert_after(_BLOCK_END)
    text = body.text(separator="", strip=False)
    return title, "\n".join(line for block in text.split(_BLOCK_END) for line in _block_lines(block))


def _mark_preformatted_breaks(body: LexborNode) -> None:
    """Turn each source line break inside a preformatted element into `_LINE_BREAK`."""
    for node in body.css(", ".join(_PREFORMATTED) + ", [style]"):
        if node.tag not in _PREFORMATTED and not _PRE_STYLE.search(node.attributes.get("style") or ""):
            continue
        texts = [t for t in node.traverse(include_text=True) if t.is_text_node and "\n" in (t.text_content or "")]
        for text in texts:
            text.replace_with(text.text_content.replace("\n", _LINE_BREAK))


def _block_lines(block: str) -> list[str]:
    """A block's lines, white space collapsed: one line, or a preformatted block's kept lines with their
    soft wraps joined as in plain text (a mail or a CV pasted into <pre> is wrapped like a .txt)."""
    lines = [_BLANKS.sub(" ", line).strip() for line in block.split(_LINE_BREAK)]
    if len(lines) > 1:
        lines = unwrapped("\n".join(lines)).split("\n")
    return [line for line in lines if line]


def markdown_text(markdown: str) -> str:
    """Markdown with link and image syntax reduced to its text; other markup is harmless to the parser."""
    return _MD_LINK.sub(r"\1", markdown)
