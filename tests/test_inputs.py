"""Reading documents from awkward input: kg.inputs without the model."""

from __future__ import annotations

import gzip
import io
import json
import logging
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import html_to_text, looks_like_html, read_documents
from kg.model import Document
from kg.read import ReadOptions

ENGLISH = (
    "Russian forces shelled the eastern city of Kharkiv on Monday, killing at least "
    "twelve people, regional officials said. The attack came a day after talks in "
    "Belarus ended without an agreement on a ceasefire."
)


def read(*sources: object, stdin: io.TextIOBase | None = None) -> list[Document]:
    return list(read_documents(sources, stdin=stdin))  # type: ignore[arg-type]


def warnings_of(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING)


class BytesStdin(io.TextIOWrapper):
    """A text stream over bytes, like sys.stdin, with ``.buffer`` to read raw bytes."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")


# --------------------------------------------------------------------------- paths


def test_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file or folder"):
        read(missing)


def test_dangling_link_is_named(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "target-removed.txt")
    with pytest.raises(InputError, match=r"gone\.txt: a link to a file that does not exist"):
        read(link)


def test_folder_with_mixed_files(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "b.md").write_text("# Headline\n\n" + ENGLISH, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "fake.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04rest")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text(ENGLISH, encoding="utf-8")
    docs = read(tmp_path)
    assert [d.id for d in docs] == ["a", "nested/b"]
    assert docs[1].title == "Headline"
    said = warnings_of(caplog)
    assert "photo.png: skipped" in said
    assert "notes.docx: skipped" in said
    assert "fake.txt: looks like a binary file" in said
    assert "HEAD" not in said and "hidden" not in said


def test_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match=r"report\.txt: looks like a binary file"):
        read(path)


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"%PDF-1.7\n", "a PDF"), (b"PK\x03\x04", "a ZIP"), (b"\xff\xd8\xff\xe0", "a JPEG")],
)
def test_known_binary_formats_are_named(tmp_path: Path, head: bytes, kind: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(head + b"some text that follows")
    with pytest.raises(InputError, match=f"looks like {kind}"):
        read(path)


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 100)
    with pytest.raises(InputError, match="binary"):
        read(path)


def test_unreadable_file_in_folder_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH + " Again.", encoding="utf-8")
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert [d.id for d in read(tmp_path)] == ["b"]
    assert "a.txt: cannot be read (Permission denied)" in warnings_of(caplog)


def test_unsupported_source_type() -> None:
    with pytest.raises(InputError, match="cannot read documents from a int"):
        read(42)


# --------------------------------------------------------------------------- encodings


def test_cp1252_text_is_decoded_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Caf\u00e9 owners in Kyiv said \u201cwe stay\u201d \u2014 " + ENGLISH
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    [doc] = read(path)
    assert doc.text == text
    assert "windows.txt: not UTF-8, read as Windows-1252" in warnings_of(caplog)


def test_cyrillic_legacy_encoding_is_decoded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = (
        "\u041a\u0438\u0435\u0432 \u043f\u043e\u0434\u0432\u0435\u0440\u0433\u0441\u044f "
        "\u043e\u0431\u0441\u0442\u0440\u0435\u043b\u0443 \u0432 "
        "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a, "
        "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0432\u043b\u0430\u0441\u0442\u0438."
    )
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    [doc] = read(path)
    assert doc.text == text
    assert "ru.txt: not UTF-8, read as cp1251" in warnings_of(caplog)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(ENGLISH.encode(encoding))
    [doc] = read(path)
    assert doc.text == ENGLISH


def test_windows_line_ends_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\nFirst line.\rSecond line.\r\n")
    [doc] = read(path)
    assert doc.text == "Headline\n\nFirst line.\nSecond line.\n"


def test_undecodable_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    class Nothing:
        def best(self) -> None:
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda raw: Nothing())
    path = tmp_path / "mystery.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 3)
    with pytest.raises(InputError, match=r"mystery\.txt: not UTF-8 and no other text encoding"):
        read(path)


def test_lone_surrogates_are_replaced_keeping_offsets(caplog: pytest.LogCaptureFixture) -> None:
    line = json.dumps({"id": "s", "text": "Kyiv \ud800 was shelled."}, ensure_ascii=True)
    [doc] = read(Path("-"), stdin=BytesStdin(line.encode("ascii")))
    assert doc.text == "Kyiv \ufffd was shelled."
    assert doc.text.encode("utf-8")
    assert "lone surrogates" in warnings_of(caplog)


# --------------------------------------------------------------------------- empty


@pytest.mark.parametrize("content", ["", "   \n\t\n  ", "\ufeff"])
def test_empty_documents_are_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    assert read(path) == []
    assert "blank.txt: empty document, skipped" in warnings_of(caplog)


def test_empty_text_in_json_lines_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "  "}) + "\n" + json.dumps({"id": "b", "text": ENGLISH}),
        encoding="utf-8",
    )
    assert [d.id for d in read(path)] == ["b"]
    assert "docs.jsonl, line 1: empty document, skipped" in warnings_of(caplog)


def test_a_folders_file_of_records_without_text_is_told_in_a_few_lines(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = [json.dumps({"id": f"p{n}", "label": "article"}) for n in range(10)]
    (tmp_path / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(ENGLISH, encoding="utf-8")
    assert [d.id for d in read(tmp_path)] == ["story"]
    said = warnings_of(caplog)
    assert said.count("no 'text' field") == 3
    assert "labels.jsonl: 7 more lines skipped, 10 in all" in said


def test_empty_string_argument_is_skipped() -> None:
    assert read("", "   ") == []


# --------------------------------------------------------------------------- JSON lines


def test_malformed_json_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": ENGLISH}) + "\n\n" + '{"text": "unterminated}\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"feed\.jsonl, line 3: not valid JSON"):
        read(path)


def test_json_line_without_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ENGLISH}) + "\n" + json.dumps({"id": "b", "body": "x"}),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"feed\.jsonl, line 2: no 'text' field"):
        read(path)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('["a list"]', "expected a JSON object"),
        ('{"text": 12}', "'text' should be a string, not a number"),
        ('{"text": "x", "id": {"a": 1}}', "'id' should be a string, not an object"),
        ('{"text": "x", "title": ["t"]}', "'title' should be a string, not an array"),
        ('{"text": "x", "date": "last week"}', "'last week' is not an ISO date"),
    ],
)
def test_bad_json_records(tmp_path: Path, record: str, message: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(record + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read(path)
    assert "feed.jsonl, line 1" in str(caught.value)


def test_bad_json_lines_in_a_folder_are_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a", "text": ENGLISH})
        + "\n{oops\n"
        + json.dumps({"id": "c", "text": ENGLISH + " More."})
        + "\n",
        encoding="utf-8",
    )
    assert [d.id for d in read(tmp_path)] == ["a", "c"]
    assert "feed.jsonl, line 2: not valid JSON" in warnings_of(caplog)


def test_numeric_ids_and_default_ids(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": 7, "text": ENGLISH}) + "\n" + json.dumps({"text": ENGLISH + " B."}),
        encoding="utf-8",
    )
    assert [d.id for d in read(path)] == ["7", "feed-2"]


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"id": "x", "text": ENGLISH}, {"text": ENGLISH + " B."}]))
    assert [d.id for d in read(path)] == ["x", "feed-2"]


def test_broken_json_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('[\n{"text": "a"},\n{"text": }\n]')
    with pytest.raises(InputError, match=r"feed\.json, line 3: not valid JSON"):
        read(path)


# --------------------------------------------------------------------------- duplicates


def test_duplicate_ids_with_different_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ENGLISH}) + "\n" + json.dumps({"id": "a", "text": "Other."}),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"line 2: duplicate document id 'a' \(first seen in"):
        read(path)


def test_duplicate_ids_across_folders(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(f"{ENGLISH} {name}", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate document id 'report'.*one[/\\]report\.txt"):
        read(tmp_path / "one" / "report.txt", tmp_path / "two" / "report.txt")


def test_same_document_twice_is_read_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert [d.id for d in read(path, path)] == ["a"]
    assert "read once" in warnings_of(caplog)


# --------------------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html>
<html><head><title>Kharkiv shelled</title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><h1>Kharkiv shelled</h1>
<p>Russian forces   shelled <b>Kharkiv</b> on Monday,&nbsp;officials said.</p>
<p>Twelve people &amp; a dog were hurt.<br>More later.</p></body></html>"""


def test_html_text_is_read_as_a_page(caplog: pytest.LogCaptureFixture) -> None:
    [doc] = read(PAGE)
    # The article without the headline it repeats; the headline is the title.
    assert doc.text == (
        "Russian forces shelled Kharkiv on Monday, officials said.\n\n"
        "Twelve people & a dog were hurt.\n\nMore later."
    )
    assert doc.title == "Kharkiv shelled"
    assert doc.extractor is not None and doc.extractor.startswith("trafilatura ")
    assert "looks like HTML; read as a news page" in warnings_of(caplog)
    # Offsets in the graph point into the converted text, which the document carries.
    start = doc.text.index("Kharkiv on")
    assert doc.text[start : start + 7] == "Kharkiv"


def test_html_file_suffix_is_converted(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [doc] = read(tmp_path)
    assert doc.id == "page" and "<" not in doc.text and "not text" not in doc.text


def test_markup_only_html_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    assert read("<html><body><div></div><p> </p></body></html>") == []
    assert "no text left" in warnings_of(caplog)


def test_prose_mentioning_a_tag_is_not_html() -> None:
    assert not looks_like_html("Use the <p> element; x < y and y > z.")
    assert looks_like_html("<div>a</div><p>b</p><span>c</span>")
    assert html_to_text("<p>a<p>b") == "a\n\nb"


# --------------------------------------------------------------------------- language


def test_other_languages_are_refused_alone_and_skipped_in_a_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    french = (
        "Les forces russes ont bombard\u00e9 la ville de Kharkiv lundi, faisant au moins "
        "douze morts, selon les autorit\u00e9s r\u00e9gionales. L'attaque est survenue un "
        "jour apr\u00e8s des pourparlers en Bi\u00e9lorussie."
    )
    russian = (
        "\u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0438\u0435 \u0432\u043e\u0439\u0441"
        "\u043a\u0430 \u043e\u0431\u0441\u0442\u0440\u0435\u043b\u044f\u043b\u0438 \u0425\u0430"
        "\u0440\u044c\u043a\u043e\u0432 " * 6
    )
    with pytest.raises(InputError, match=r"text argument: written in French \(fr\), not English"):
        read(french)
    with pytest.raises(InputError, match=r"written in Russian \(ru\), not English \(en\)"):
        read(russian)
    (tmp_path / "fr.txt").write_text(french, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    [english] = read(tmp_path)
    assert english.id == "en" and english.language == "en"
    assert "fr.txt: written in French (fr), not English (en)" in warnings_of(caplog)
    assert "skipped" in warnings_of(caplog)
    # Asked for, or with any language allowed, they are read and their language noted.
    any_language = ReadOptions(language=None)
    fr, ru = read_documents([french, russian], options=any_language)
    assert (fr.text, fr.language, ru.language) == (french, "fr", "ru")
    [fr] = read_documents([french], options=ReadOptions(language="fr"))
    assert fr.language == "fr"


def test_english_is_not_warned(samples: Path, caplog: pytest.LogCaptureFixture) -> None:
    docs = read(samples)
    assert len(docs) >= 5
    assert warnings_of(caplog) == ""


def test_short_text_is_not_judged(caplog: pytest.LogCaptureFixture) -> None:
    read("Kyiv: Sirens.")
    assert warnings_of(caplog) == ""


# --------------------------------------------------------------------------- stdin


def test_stdin_text() -> None:
    [doc] = read(Path("-"), stdin=BytesStdin(ENGLISH.encode("utf-8")))
    assert doc.id == "stdin" and doc.text == ENGLISH


def test_stdin_json_lines() -> None:
    data = json.dumps({"id": "a", "text": ENGLISH}) + "\n" + json.dumps({"text": ENGLISH + "!"})
    assert [d.id for d in read(Path("-"), stdin=BytesStdin(data.encode()))] == ["a", "stdin-2"]


def test_empty_stdin(caplog: pytest.LogCaptureFixture) -> None:
    assert read(Path("-"), stdin=BytesStdin(b"")) == []
    assert "stdin: empty" in warnings_of(caplog)


def test_stdin_cut_short_in_a_json_line() -> None:
    data = json.dumps({"id": "a", "text": ENGLISH}) + '\n{"id": "b", "text": "Kyiv wa'
    with pytest.raises(InputError, match=r"stdin, line 2: not valid JSON .* cut short"):
        read(Path("-"), stdin=BytesStdin(data.encode()))


def test_closed_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    # With file descriptor 0 closed, Python sets sys.stdin to None.
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(InputError, match="stdin is closed"):
        read(Path("-"))
    stream = BytesStdin(b"text")
    stream.close()
    with pytest.raises(InputError, match="stdin cannot be read"):
        read(Path("-"), stdin=stream)


def test_stdin_in_cp1252(caplog: pytest.LogCaptureFixture) -> None:
    text = "Caf\u00e9 " + ENGLISH
    [doc] = read(Path("-"), stdin=BytesStdin(text.encode("cp1252")))
    assert doc.text == text
    assert "stdin: not UTF-8" in warnings_of(caplog)


def test_text_stream_without_buffer() -> None:
    [doc] = read(Path("-"), stdin=io.StringIO(ENGLISH))
    assert doc.text == ENGLISH


def test_lone_surrogates_in_ids_and_titles(caplog: pytest.LogCaptureFixture) -> None:
    line = json.dumps({"id": "a\udc80", "title": "\ud800T", "text": ENGLISH})
    [doc] = read(Path("-"), stdin=BytesStdin(line.encode("ascii")))
    assert (doc.id, doc.title) == ("a\ufffd", "\ufffdT")
    assert "broken characters in its id and title replaced" in warnings_of(caplog)


def test_check_sources_finds_the_missing_path_first(tmp_path: Path) -> None:
    from kg.inputs import check_sources

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    check_sources([tmp_path / "a.txt", Path("-"), "plain text is not a path", tmp_path])
    with pytest.raises(InputError, match=r"b\.txt: no such file or folder"):
        check_sources([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])


def test_a_string_is_always_text_and_a_path_like_string_is_warned_about(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "story.txt"
    article.write_text("Russian forces shelled Kharkiv.\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="kg"):
        [document] = read_documents([str(article)])
    assert document.text == str(article)  # read as text, not from disk
    assert "pathlib.Path" in caplog.text
    [from_path] = read_documents([article])
    assert (from_path.id, from_path.text) == ("story", "Russian forces shelled Kharkiv.\n")


# --------------------------------------------------------------------------- gzipped files

FERRY_PAGE = (
    "<html><head><title>Ferry lines resume after storm | Harbour Post</title></head><body>"
    "<article><h1>Ferry lines resume after storm</h1>"
    "<p>The port authority reopened three ferry lines on Tuesday after a storm closed the"
    " harbour for two days, officials said.</p>"
    "<p>Crews cleared debris from the main pier overnight, and the first boat left at dawn"
    " with about forty passengers aboard.</p></article></body></html>"
)


def test_a_gzipped_page_is_read_as_the_page_it_holds(tmp_path: Path) -> None:
    plain, packed = tmp_path / "plain", tmp_path / "packed"
    plain.mkdir()
    packed.mkdir()
    (plain / "ferry.html").write_text(FERRY_PAGE, encoding="utf-8")
    (packed / "ferry.html.gz").write_bytes(gzip.compress(FERRY_PAGE.encode()))
    (as_page,) = read_documents([plain / "ferry.html"])
    (named,) = read_documents([packed / "ferry.html.gz"])
    (in_folder,) = read_documents([packed])
    assert named == as_page  # the same text, title and id ("ferry")
    assert in_folder.id == "ferry" and in_folder.text == as_page.text
    assert "reopened three ferry lines" in named.text


def test_gzipped_text_and_json_lines_are_read(tmp_path: Path) -> None:
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(b"Kharkiv was shelled on Monday."))
    lines = json.dumps({"id": "a1", "text": "Troops left Kherson on Friday."}) + "\n"
    (tmp_path / "items.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    found = {d.id: d.text for d in read_documents([tmp_path])}
    assert found == {
        "note": "Kharkiv was shelled on Monday.",
        "a1": "Troops left Kherson on Friday.",
    }


def test_a_damaged_gzip_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(FERRY_PAGE.encode())[:40])  # cut short
    with pytest.raises(InputError, match=r"cut\.html\.gz: a damaged gzip file"):
        list(read_documents([path]))


def test_a_gzip_file_that_unpacks_too_far_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kg.inputs._GZIP_LIMIT", 1_000)
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"Rain fell. " * 1_000))  # 11 kB from a few dozen bytes
    with pytest.raises(InputError, match=r"big\.txt\.gz: unpacks to more than"):
        list(read_documents([path]))


def test_gzip_bytes_under_another_name_say_how_to_read_them(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(gzip.compress(b"Kharkiv was shelled on Monday."))
    with pytest.raises(InputError, match=r"gzip archive, not text; name it with a \.gz ending"):
        list(read_documents([path]))
