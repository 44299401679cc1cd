"""Structural checks of the bundled demo corpus and its gold file.

These tests read the corpus with small stdlib readers of their own (not newsbeat's importers),
so they check the *data*: that the corpus has what issue 2 asks of it, and that every statement
in ``gold.json`` points at an article that exists and at text that is really in it. Whether the
pipeline finds those things is the business of each stage's own gold tests.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from newsbeat.demo import corpus_path, gold_path

Article = dict[str, Any]

SOURCE_LINK = "Source link"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "DEMAND", "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
    "SANCTION", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE",
}  # fmt: skip
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) "
    r"(\d{1,2}) \(([A-Za-z]+)\) —",
    re.MULTILINE,
)
MONTHS = {"Jan.": 1, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7}


# --- minimal readers -------------------------------------------------------------------------


def read_dump(path: Path) -> tuple[str, list[Article], str]:
    """Beat, articles (title, section, text) and the text after the last ``Source link``."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    blocks: list[str] = []
    current: list[str] = []
    for line in lines[1:]:
        if line.strip() == SOURCE_LINK:
            blocks.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    articles = []
    for block in blocks:
        first, _, rest = block.partition("\n")
        title, section = first.strip(), None
        if " | " in title:
            title, section = (part.strip() for part in title.rsplit(" | ", 1))
        articles.append({"title": title, "section": section, "text": rest.strip()})
    return lines[0].strip(), articles, "\n".join(current).strip()


def read_jsonl(path: Path) -> tuple[list[Article], list[int]]:
    """Records and the numbers of the lines that are not JSON."""
    records, bad = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            bad.append(number)
    return records, bad


class _Page(HTMLParser):
    """Collects meta tags, the canonical link, <html lang> and the story body's paragraphs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str | None] = {}
        self.lang: str | None = None
        self.canonical: str | None = None
        self.paragraphs: list[str] = []
        self._classes: list[tuple[str, str]] = []
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "html":
            self.lang = attr.get("lang")
        elif tag == "meta" and (attr.get("property") or attr.get("name")):
            self.meta[str(attr.get("property") or attr.get("name"))] = attr.get("content")
        elif tag == "link" and attr.get("rel") == "canonical":
            self.canonical = attr.get("href")
        elif tag == "p" and any(cls == "story-body" for _, cls in self._classes):
            self._buffer = []
        if tag not in {"meta", "link", "input"}:
            self._classes.append((tag, attr.get("class") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._buffer is not None:
            self.paragraphs.append("".join(self._buffer).strip())
            self._buffer = None
        while self._classes and self._classes.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer.append(data)


def read_html(path: Path) -> Article:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return {
        "title": page.meta.get("og:title"),
        "section": page.meta.get("article:section"),
        "standfirst": page.meta.get("description"),
        "text": "\n\n".join(page.paragraphs),
        "language": page.lang,
        "outlet": page.meta.get("og:site_name"),
        "byline": page.meta.get("author"),
        "published": page.meta.get("article:published_time"),
        "canonical_url": page.canonical,
    }


def full_text(article: Article) -> str:
    parts = [article.get("title"), article.get("standfirst"), article.get("text")]
    return "\n\n".join(p for p in parts if p)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> Path:
    return corpus_path()


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def parsed(corpus: Path) -> dict[str, Article]:
    """Every readable article of the corpus, keyed ``<file>::<title>``."""
    out: dict[str, Article] = {}
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        rel = path.relative_to(corpus).as_posix()
        if rel in {"malformed/invalid-utf8.txt", "malformed/no-article.html"}:
            continue
        if rel == "malformed/empty-dump.txt":
            assert read_dump(path)[1:] == ([], ""), "the empty dump must stay empty"
            continue
        if path.suffix == ".txt":
            beat, items, _ = read_dump(path)
            items = [dict(a, format="dump", dump_beat=beat) for a in items]
        elif path.suffix == ".jsonl":
            items = [dict(a, format="jsonl") for a in read_jsonl(path)[0]]
        elif path.suffix == ".html":
            items = [dict(read_html(path), format="html")]
        else:
            pytest.fail(f"unexpected file in the demo corpus: {rel}")
        for item in items:
            key = f"{rel}::{item['title']}"
            assert key not in out, f"two articles share the key {key!r}"
            out[key] = dict(item, file=rel)
    return out


@pytest.fixture(scope="module")
def by_key(gold: dict[str, Any]) -> dict[str, Article]:
    return {a["key"]: a for a in gold["articles"]}


@pytest.fixture(scope="module")
def claims(gold: dict[str, Any]) -> dict[str, Article]:
    return {c["id"]: c for c in gold["claims"]}


# --- the corpus as issue 2 asks for it ---------------------------------------------------------


def test_package_paths_point_at_the_bundled_files() -> None:
    assert (corpus_path() / "dumps").is_dir()
    assert gold_path().name == "gold.json"
    assert gold_path().is_file()


def test_corpus_size_outlets_beats_and_formats(gold: dict[str, Any], corpus: Path) -> None:
    articles = gold["articles"]
    assert len(articles) >= 40
    outlets = {a["outlet"] for a in articles if a["outlet"]}
    assert len(outlets) >= 8, outlets
    assert set(gold["beats"]) == {"alliance", "harbour"}
    formats = Counter(a["format"] for a in articles)
    assert set(formats) == {"dump", "html", "jsonl"}
    assert min(formats.values()) >= 10, formats
    assert len(list((corpus / "dumps").glob("*.txt"))) >= 3
    for beat in gold["beats"]:
        assert sum(beat in a["beats"] for a in articles) >= 10, beat


def test_gold_lists_exactly_the_articles_in_the_corpus(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    keys = [a["key"] for a in gold["articles"]]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(parsed)
    for article in gold["articles"]:
        assert article["key"] == f"{article['file']}::{article['title']}"
        assert parsed[article["key"]]["format"] == article["format"]


def test_dump_keyword_is_a_beat_that_every_article_of_the_dump_matches(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    for article in gold["articles"]:
        source = parsed[article["key"]]
        if source["format"] == "dump":
            assert source["dump_beat"] in gold["beats"]
            assert source["dump_beat"] in article["beats"], article["key"]


def test_gold_beats_are_what_fts5_porter_matches(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    con = sqlite3.connect(":memory:")
    con.execute(
        "CREATE VIRTUAL TABLE t USING fts5(key UNINDEXED, body, tokenize='porter unicode61')"
    )
    con.executemany("INSERT INTO t VALUES (?, ?)", [(k, full_text(a)) for k, a in parsed.items()])
    for beat in gold["beats"]:
        matched = {row[0] for row in con.execute("SELECT key FROM t WHERE t MATCH ?", (beat,))}
        expected = {a["key"] for a in gold["articles"] if beat in a["beats"]}
        assert matched == expected, beat
    con.close()


def test_dump_outlets_are_inferable_from_the_text_and_null_only_when_not(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    names: dict[str, list[str]] = {
        name: [name, *info["aliases"]] for name, info in gold["outlets"].items()
    }
    cues = 0
    for article in gold["articles"]:
        source = parsed[article["key"]]
        if source["format"] != "dump":
            continue
        text = source["text"]
        if article["outlet"] is None:
            assert DATELINE.search(text) is None
            assert not any(n.lower() in text.lower() for v in names.values() for n in v)
            continue
        dateline = DATELINE.search(text)
        signoff = re.search(r"(writes for|^By [^,\n]+,|^\(c\)) (the )?(?P<o>[^.\n]+)", text, re.M)
        found = dateline.group(3) if dateline else signoff.group("o") if signoff else None
        assert found in names[article["outlet"]], (article["key"], found)
        cues += 1
    assert cues >= 15


def test_dateline_dates_and_years(gold: dict[str, Any], parsed: dict[str, Article]) -> None:
    for article in gold["articles"]:
        if article["published_from"] != "dateline":
            continue
        match = DATELINE.search(parsed[article["key"]]["text"])
        assert match is not None, article["key"]
        stated = date(2026, MONTHS[match.group(1)], int(match.group(2)))
        assert article["published"] == stated.isoformat()
    dumps = {a["file"] for a in gold["articles"] if a["format"] == "dump"}
    with_year = {a["file"] for a in gold["articles"] if "2026" in parsed[a["key"]]["text"]}
    assert dumps & with_year, "some dump must state the year so datelines can be dated"


def test_jsonl_and_html_metadata_agree_with_gold(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    for article in gold["articles"]:
        source = parsed[article["key"]]
        if source["format"] == "dump":
            assert article["section"] == source["section"]
            continue
        assert source["outlet"] == article["outlet"]
        assert source["section"] == article["section"]
        assert source["published"] == article["published"]
        assert source["language"] == article["language"]
        assert source["canonical_url"], article["key"]
        assert source["byline"], article["key"]
        if source["format"] == "jsonl":
            assert "\n\n" in source["text"]
            assert not re.search(r"[^\n]\n[^\n]", source["text"]), (
                "paragraphs are blank-line separated"
            )


def test_publication_dates_span_about_two_weeks(gold: dict[str, Any]) -> None:
    days = sorted(
        date.fromisoformat(a["published"][:10]) for a in gold["articles"] if a["published"]
    )
    assert days[0] >= date(2026, 2, 23)
    assert days[-1] <= date(2026, 3, 10)
    assert (days[-1] - days[0]).days >= 12
    assert len(set(days)) >= 10


# --- gold references -------------------------------------------------------------------------


def test_stories_partition_the_articles(gold: dict[str, Any], by_key: dict[str, Article]) -> None:
    seen: Counter[str] = Counter(k for s in gold["stories"] for k in s["articles"])
    assert set(seen) == set(by_key)
    assert max(seen.values()) == 1
    assert 6 <= len(gold["stories"]) <= 10
    for story in gold["stories"]:
        members = [by_key[k] for k in story["articles"]]
        assert all(m["story"] == story["id"] for m in members)
        assert story["outlets"] == sorted({m["outlet"] for m in members if m["outlet"]})
        assert story["beats"] == sorted({b for m in members for b in m["beats"]})
    sizes = {s["id"]: len(s["outlets"]) for s in gold["stories"]}
    assert max(sizes.values()) >= 4
    assert sum(1 for s in gold["stories"] if len(s["articles"]) == 1) >= 2
    alliance = [s for s in gold["stories"] if "alliance" in s["beats"] and len(s["outlets"]) >= 4]
    assert len(alliance) >= 2, "two unrelated multi-outlet stories share the keyword 'alliance'"


def test_every_reference_resolves_to_text_in_its_article(
    gold: dict[str, Any], parsed: dict[str, Article], by_key: dict[str, Article]
) -> None:
    def text_of(key: str) -> str:
        assert key in by_key, key
        return full_text(parsed[key])

    for quote in gold["quotes"]:
        for part in quote["text_contains"]:
            assert part in text_of(quote["article"]), quote["id"]
        assert quote["kind"] in {"direct", "indirect"}
        if quote["via"]:
            assert quote["via"] in text_of(quote["article"])
        assert quote["speaker"].split()[-1] in text_of(quote["article"]), quote["id"]
    for claim in gold["claims"]:
        assert claim["sentence_contains"] in text_of(claim["article"]), claim["id"]
    for relation in gold["relations"]:
        assert relation["evidence"] in text_of(relation["article"]), relation["id"]
        assert relation["type"] in relation["accept_types"]
        assert set(relation["accept_types"]) <= PLOVER_TYPES, relation["id"]
    for item in gold["not_relations"]:
        assert item["evidence"] in text_of(item["article"])
        assert item["type"] in PLOVER_TYPES
    for item in gold["not_claims"]:
        haystack = text_of(item["article"])
        if item["text"].startswith("url:"):
            haystack = parsed[item["article"]].get("url") or ""
            assert item["text"][4:] in haystack
        else:
            assert item["text"] in haystack
    for dup in gold["duplicates"]:
        for key in [dup["original"], *dup["reprints"]]:
            text_of(key)
    assert set(gold["non_english"]) == {a["key"] for a in gold["articles"] if a["language"] != "en"}
    ids = [x["id"] for x in gold["quotes"] + gold["claims"] + gold["relations"]]
    assert len(ids) == len(set(ids))


def test_quote_variants_are_one_quote_across_at_least_four_outlets(
    gold: dict[str, Any], by_key: dict[str, Article]
) -> None:
    quotes = {q["id"]: q for q in gold["quotes"]}
    widest = 0
    for group in gold["same_quote_variants"]:
        members = [quotes[i] for i in group["quotes"]]
        assert {q["speaker"] for q in members} == {group["speaker"]}
        assert len({by_key[q["article"]]["story"] for q in members}) == 1
        texts = [q["text_contains"][0] for q in members]
        longest = max(texts, key=len)
        for text in texts:
            norm = [t.casefold().replace("-", "") for t in (text, longest)]
            ratio = difflib.SequenceMatcher(None, *norm).find_longest_match().size
            assert ratio >= min(len(text), 25), (group["id"], text)
        widest = max(widest, len({by_key[q["article"]]["outlet"] for q in members}))
        if len(members) >= 4:
            assert len(set(texts)) >= 3, "variants must actually differ"
    assert widest >= 4


def test_two_people_with_the_same_surname_are_quoted_in_one_article(gold: dict[str, Any]) -> None:
    for pair in gold["same_surname"]:
        first, second = pair["people"]
        assert first.split()[-1] == second.split()[-1] and first != second
        for key in pair["articles"]:
            speakers = {q["speaker"] for q in gold["quotes"] if q["article"] == key}
            assert {first, second} <= speakers, key


def _bounds(claim: Article) -> tuple[float, float]:
    low = claim["low"] if claim["low"] is not None else float("-inf")
    high = claim["high"] if claim["high"] is not None else float("inf")
    return low, high


def test_conflicts_are_disjoint_and_compatible_pairs_overlap(
    gold: dict[str, Any], claims: dict[str, Article], by_key: dict[str, Article]
) -> None:
    assert gold["conflicts"] and gold["compatible"] and gold["updates"]
    for pair in gold["conflicts"]:
        a, b = (claims[i] for i in pair["claims"])
        assert (a["what"], a["unit"], a["time"]) == (b["what"], b["unit"], b["time"])
        assert by_key[a["article"]]["story"] == by_key[b["article"]]["story"]
        assert by_key[a["article"]]["outlet"] != by_key[b["article"]]["outlet"]
        (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
        assert ahi < blo or bhi < alo
    for pair in gold["compatible"]:
        a, b = (claims[i] for i in pair["claims"])
        assert (a["what"], a["unit"]) == (b["what"], b["unit"])
        (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
        assert alo <= bhi and blo <= ahi, pair
        assert (a["hedge"], a["value"]) != (b["hedge"], b["value"])
    for pair in gold["agree"]:
        a, b = (claims[i] for i in pair["claims"])
        assert (a["what"], a["unit"], a["value"]) == (b["what"], b["unit"], b["value"])
    for pair in gold["distinct"]:
        a, b = (claims[i] for i in pair["claims"])
        assert (a["what"], a["time"]) != (b["what"], b["time"])
    conflicting = {frozenset(p["claims"]) for p in gold["conflicts"]}
    for group in ("compatible", "agree", "distinct"):
        assert not conflicting & {frozenset(p["claims"]) for p in gold[group]}


def test_updates_revise_a_figure_later(
    gold: dict[str, Any], claims: dict[str, Article], by_key: dict[str, Article]
) -> None:
    for update in gold["updates"]:
        old, new = claims[update["earlier"]], claims[update["later"]]
        assert (old["what"], old["unit"]) == (new["what"], new["unit"])
        assert old["value"] != new["value"]
        assert by_key[old["article"]]["published"][:10] < by_key[new["article"]]["published"][:10]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def test_wire_reprints_are_near_duplicates_and_other_coverage_is_not(
    gold: dict[str, Any], parsed: dict[str, Article], by_key: dict[str, Article]
) -> None:
    for dup in gold["duplicates"]:
        original = _shingles(parsed[dup["original"]]["text"])
        story = by_key[dup["original"]]["story"]
        for key in dup["reprints"]:
            reprint = _shingles(parsed[key]["text"])
            assert len(original & reprint) / len(original | reprint) >= 0.6, key
            assert parsed[key]["title"] != parsed[dup["original"]]["title"]
            assert by_key[key]["story"] == story
        involved = {dup["original"], *dup["reprints"]}
        for other in (a for a in gold["articles"] if a["story"] == story):
            if other["key"] not in involved:
                shingles = _shingles(parsed[other["key"]]["text"])
                assert len(original & shingles) / len(original | shingles) < 0.2


def test_non_english_articles_are_in_their_language(
    gold: dict[str, Any], parsed: dict[str, Article]
) -> None:
    markers = {"de": {"und", "der", "die", "das"}, "sv": {"och", "att", "det", "är"}}
    english = {"the", "and", "of", "to"}
    languages = set()
    for key in gold["non_english"]:
        language = next(a["language"] for a in gold["articles"] if a["key"] == key)
        words = Counter(re.findall(r"\w+", parsed[key]["text"].casefold()))
        assert sum(words[w] for w in markers[language]) >= 5, key
        assert sum(words[w] for w in english) <= 2, key
        languages.add(language)
    assert len(languages) >= 1


def test_junk_lines_are_whole_lines_of_their_dumps(gold: dict[str, Any], corpus: Path) -> None:
    planted = Counter[str]()
    for entry in gold["junk_lines"]:
        lines = (corpus / entry["file"]).read_text(encoding="utf-8").split("\n")
        for junk in entry["lines"]:
            assert junk in lines, (entry["file"], junk)
            planted[junk.split()[0].casefold()] += 1
    assert {"recommended", "advertisement", "share", "subscribe"} <= set(planted)
    assert any("itemsend of list" in j for e in gold["junk_lines"] for j in e["lines"])
    assert any("Photo by" in j for e in gold["junk_lines"] for j in e["lines"])


# --- malformed inputs ------------------------------------------------------------------------


def test_malformed_files_are_broken_the_way_gold_says(gold: dict[str, Any], corpus: Path) -> None:
    kinds = {m["kind"]: m for m in gold["malformed"]}
    assert set(kinds) == {
        "truncated_dump",
        "bad_json_line",
        "invalid_utf8",
        "no_article_text",
        "empty_dump",
    }
    for entry in gold["malformed"]:
        assert (corpus / entry["file"]).is_file()
        kept = sum(a["file"] == entry["file"] for a in gold["articles"])
        assert kept == entry["articles_kept"], entry["file"]
        assert entry["error_any_of"]

    _, articles, tail = read_dump(corpus / kinds["truncated_dump"]["file"])
    assert len(articles) == kinds["truncated_dump"]["articles_kept"]
    assert len(tail) > 100 and SOURCE_LINK not in tail

    records, bad = read_jsonl(corpus / kinds["bad_json_line"]["file"])
    assert bad == [kinds["bad_json_line"]["line"]]
    assert len(records) == kinds["bad_json_line"]["articles_kept"]

    raw = (corpus / kinds["invalid_utf8"]["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.startswith(b"harbour\n")

    beat, articles, tail = read_dump(corpus / kinds["empty_dump"]["file"])
    assert beat in gold["beats"] and articles == [] and tail == ""

    page = read_html(corpus / kinds["no_article_text"]["file"])
    assert page["text"] == ""
    assert page["outlet"] and page["canonical_url"]
