"""The backfill's pieces without a cluster: WARC parts, the codec, one part on a worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.process import analyse_page
from pipeline.scale.codec import decode, encode
from pipeline.scale.partitions import read_partition
from pipeline.scale.warc import Part, cut_parts, read_part, record_offsets
from pipeline.scale.worker import Job, process_part
from tests.scale_support import CORPUS, ENGLISH_PAGE, corpus_pages, write_warc


def items(part: Part) -> list[tuple[int, str | None, str | None]]:
    return [(item.offset, item.page and item.page.source, item.error) for item in read_part(part)]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_parts_cover_every_record_once(tmp_path, gz):
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), corpus_pages(), gz=gz)
    whole = items(Part(str(path)))
    assert [offset for offset, _, _ in whole] == record_offsets(path)
    parts = cut_parts(path, record_offsets(path), part_bytes=6_000)
    assert len(parts) > 3 and parts[0].start == 0 and parts[-1].end is None
    assert [item for part in parts for item in items(part)] == whole
    assert sum(source is not None for _, source, _ in whole) == len(corpus_pages())


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_damaged_record_is_reported_and_reading_goes_on(tmp_path, gz):
    pages = corpus_pages()[:4]
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), pages, gz=gz, junk_after=1)
    read = list(read_part(Part(str(path))))
    [bad] = [item for item in read if item.problem]
    assert bad.error and bad.skipped_to > bad.offset
    urls = [item.page.url for item in read if item.page]
    assert urls == [url for url, _ in pages]  # the pages after the damage are read too


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_page_cut_short_is_reported_not_processed(tmp_path, gz):
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), corpus_pages()[:3], gz=gz)
    path.write_bytes(path.read_bytes()[:-2000])  # into the last page's body
    read = list(read_part(Part(str(path))))
    assert read[-1].error == "TruncatedRecord" and "short" in read[-1].problem
    assert len([item for item in read if item.page]) == 2


def test_the_codec_gives_back_the_same_extraction(rules):
    documents = sorted((CORPUS / "pages").glob("*.html")) + sorted((CORPUS / "articles").glob("*.txt"))
    from pipeline.process import analyse_document
    for path in documents:
        extraction = analyse_document(path, rules=rules)
        assert decode(encode(extraction)) == extraction, path.name
    assert any(analyse_document(path, rules=rules).awards for path in documents)


def test_a_part_keeps_indonesian_articles_and_counts_the_rest(tmp_path, rules):
    pages = corpus_pages()
    listing = [page for page in pages if "listing" in page[0]]
    mixed = pages[:3] + [("https://harbour.example/news/prize", ENGLISH_PAGE)] + listing
    path = write_warc(tmp_path / "mixed.warc.gz", mixed, junk_after=0)
    job = Job("t", str(tmp_path / "parts"), languages=("id",))
    result = process_part(Part(str(path)), job)
    assert result.pages == len(mixed) and result.stored == 3
    assert result.skipped_language == {"en": 1} and result.not_articles == len(listing)
    [failure] = result.failures
    assert failure.stage == "read" and failure.source.startswith("mixed.warc.gz@")
    stored = read_partition(Path(result.partition))
    expected = [analyse_page(html, url, source=page.page.source, rules=rules)
                for (url, html), page in zip(pages[:3], [i for i in read_part(Part(str(path)))
                                                        if i.page][:3])]
    assert stored == expected


def test_every_language_is_kept_when_asked(tmp_path):
    path = write_warc(tmp_path / "en.warc.gz", [("https://harbour.example/a", ENGLISH_PAGE)])
    result = process_part(Part(str(path)), Job("t", str(tmp_path / "parts"), languages=None))
    assert result.stored == 1 and not result.skipped_language
