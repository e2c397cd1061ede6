"""Document hygiene: the title, and the parts of a text that are not its article.

Texts written for these tests. The layout rules need no model; the last tests run
the real pipeline to check that skipped lines give no events (and names only when they
are the article's own: captions, datelines, bylines), that a headline gives at most
one event, and that every offset still points into the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.inputs import read_documents
from kg.model import Document
from kg.read.hygiene import Layout, given_layouts, layout, title_of

PAGE = """Also Like

Rebels Seize Northern Airport, Army Regroups Near the Capital

Rebels Seize Northern Airport, Army Regroups Near the Capital

NORTHTOWN, Freedonia, March 3 (Wire) -- Rebel fighters took control of the northern airport.

Rebels Seize Northern Airport, Army Regroups Near Capital

Rebels Target Bank-The cities that were shelled this week

By Jane Example, Wire Service

The army said it had moved two brigades to the capital overnight.

Army regroups

Residents said they heard explosions near the river after midnight.

image copyright Wire image caption Smoke rises over the northern airport

Read more: Why the northern airport matters to both sides

[Earlier: Talks between the two sides broke down in May]

==Aftermath==

The government closed schools in the region for a week.

Jane Example contributed to this report.
"""


def kinds(text: str, page: Layout) -> list[tuple[str, str]]:
    return [(region.kind, text[region.start : region.end]) for region in page.regions]


def test_title_is_the_headline_past_a_navigation_line() -> None:
    page = layout(PAGE)
    assert page.title is not None
    assert PAGE[page.title.start : page.title.end] == (
        "Rebels Seize Northern Airport, Army Regroups Near the Capital"
    )
    assert title_of(PAGE) == "Rebels Seize Northern Airport, Army Regroups Near the Capital"


def test_a_layout_given_is_the_layout_of_its_text_within_the_block() -> None:
    made = layout(PAGE)
    given = Layout(None, (), None, ())
    with given_layouts([(PAGE, given)]):
        assert layout(PAGE) is given
        assert layout(PAGE, title="Rebels Seize Northern Airport") is not given
    assert layout(PAGE) == made


def test_furniture_lines_are_skipped_by_kind() -> None:
    found = kinds(PAGE, layout(PAGE))
    assert ("navigation", "Also Like") in found
    # the headline again, and once more with a word changed
    assert [kind for kind, _ in found].count("headline") == 2
    assert ("heading", "Rebels Target Bank-The cities that were shelled this week") in found
    assert ("byline", "By Jane Example, Wire Service") in found
    assert ("heading", "Army regroups") in found
    assert (
        "caption",
        "image copyright Wire image caption Smoke rises over the northern airport",
    ) in found
    assert ("related", "Read more: Why the northern airport matters to both sides") in found
    assert ("related", "[Earlier: Talks between the two sides broke down in May]") in found
    assert ("markup", "==Aftermath==") in found
    assert ("byline", "Jane Example contributed to this report.") in found


def test_article_sentences_are_not_skipped() -> None:
    page = layout(PAGE)
    for sentence in (
        "Rebel fighters took control",
        "The army said it had moved",
        "Residents said they heard",
        "The government closed schools",
    ):
        assert not page.skips(PAGE.index(sentence)), sentence


def test_dateline_is_skipped_and_keeps_its_place() -> None:
    page = layout(PAGE)
    assert ("dateline", "NORTHTOWN, Freedonia, March 3 (Wire) -- ") in kinds(PAGE, page)
    assert page.dateline_place == "NORTHTOWN"


@pytest.mark.parametrize(
    "line",
    [
        "BOSTON (AP) — Police arrested two men on Friday.",
        "LONDON — Police arrested two men on Friday.",
        "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Police arrested two men on Friday.",
        "WASHINGTON, March 3 (Reuters) - Police arrested two men on Friday.",
        "Kyiv, Ukraine (CNN) — Police arrested two men on Friday.",
    ],
)
def test_datelines_in_the_usual_styles(line: str) -> None:
    text = f"Two men held\n\n{line}\n"
    page = layout(text)
    (region,) = [r for r in page.regions if r.kind == "dateline"]
    assert text[region.end :].startswith("Police arrested")


def test_a_sentence_that_mentions_a_photo_is_no_caption() -> None:
    text = "Rebels take airport\n\nHe showed them a photo: the terminal was burning.\n"
    assert not layout(text).regions
    caption = "Rebels take airport\n\nSmoke over the terminal. Photo: Wire/Handout\n"
    assert [r.kind for r in layout(caption).regions] == ["caption"]


def test_no_dateline_in_an_ordinary_first_sentence() -> None:
    text = "Police arrested two men — both from the city — on Friday.\n\nThey were released.\n"
    assert layout(text).dateline_place is None
    assert not layout(text).regions


def test_regions_hold_exact_offsets() -> None:
    page = layout(PAGE)
    for region in page.regions:
        assert 0 <= region.start < region.end <= len(PAGE)
        assert not PAGE[region.start].isspace()
    assert page.boundaries() == tuple(sorted(set(page.boundaries())))


def test_a_text_that_starts_with_its_story_has_no_title() -> None:
    text = "Rebels took the airport on Tuesday.\n\nThe army said it would retake it.\n"
    assert title_of(text) is None
    assert not layout(text).regions


def test_markdown_heading_is_the_title() -> None:
    assert title_of("# Rebels take the airport\n\nRebels took it on Tuesday.") == (
        "Rebels take the airport"
    )


def test_given_title_marks_its_line_and_its_repeats() -> None:
    text = "Rebels take airport\n\nRebels took it on Tuesday.\n\nRebels take airport\n"
    page = layout(text, title="Rebels take airport")
    assert page.title is not None and page.title.start == 0
    assert kinds(text, page) == [("headline", "Rebels take airport")]


def test_a_long_line_without_a_full_stop_is_a_sentence() -> None:
    text = (
        "Rebels take airport\n\nRebels took the airport on Tuesday.\n\n"
        "The director said after the meeting that nobody could tell what the vote may bring in May"
        "\n\nTalks resume next week.\n"
    )
    assert not layout(text).regions


def test_list_items_and_wrapped_paragraphs_are_not_headings() -> None:
    listed = (
        "Rebels take airport\n\nWhat we know:\n\n- Two brigades moved overnight\n- Schools closed\n"
    )
    assert not layout(listed).regions
    wrapped = (
        "Rebels took the airport on Tuesday after a night of\n"
        "fighting in the northern suburbs, officials said, and the\n"
        "army moved two brigades to the capital.\n"
        "\n"
        "Residents said they heard explosions near the river and\n"
        "saw smoke over the terminal building after midnight.\n"
    )
    assert not [r for r in layout(wrapped).regions if r.kind == "heading"]


def test_link_list_at_the_end_is_skipped() -> None:
    body = "Rebels took the airport on Tuesday, officials said. " * 12
    text = f"{body}\n\nRead more\n\nWhy the airport matters\n\nSchools closed in the north.\n"
    (region,) = layout(text).regions
    assert region.kind == "related"
    assert text[region.start :].startswith("Read more")


def test_wiki_see_also_section_is_skipped_to_the_next_heading() -> None:
    text = (
        "A bomb exploded at the market.==See also==* 2007 market bombing* 2014 market bombing"
        "==Reactions==The mayor condemned the attack."
    )
    found = kinds(text, layout(text))
    assert ("related", "* 2007 market bombing* 2014 market bombing") in found
    assert not layout(text).skips(text.index("The mayor"))


# --------------------------------------------------------------------------- run-together text


def test_headline_glued_to_the_first_sentence() -> None:
    text = "Roadside bomb kills two soldiers in the northThe blast hit a convoy near the border."
    page = layout(text)
    assert page.title is not None
    assert (
        text[page.title.start : page.title.end] == "Roadside bomb kills two soldiers in the north"
    )
    assert text.index("The blast") in page.boundaries()


def test_headline_and_dateline_glued() -> None:
    text = (
        "Court Frees Two Journalists After Long TrialCAPITAL CITY — A court freed two journalists."
    )
    page = layout(text)
    assert page.title is not None
    assert text[page.title.start : page.title.end] == "Court Frees Two Journalists After Long Trial"
    assert page.dateline_place == "CAPITAL CITY"
    assert text.index("A court") in page.boundaries()


def test_markers_inside_run_together_text() -> None:
    text = (
        "The army moved two brigades. FILE - Soldiers stand at a checkpoint, May 2, 2017. "
        "Residents fled. Read more: Why the checkpoint matters. Schools closed. "
        "1 of 12 Full Screen Autoplay Close Soldiers at the checkpoint View Photos Officials said "
        "the road reopened. Share Facebook Twitter Whatsapp Email Officials said more."
    )
    page = layout(text)
    assert page.skips(text.index("FILE -"))
    assert page.skips(text.index("Read more"))
    assert page.skips(text.index("1 of 12"))
    assert page.skips(text.index("Facebook"))
    for sentence in ("The army moved", "Residents fled", "Schools closed", "Officials said more"):
        assert not page.skips(text.index(sentence)), sentence


def test_page_furniture_phrases_inside_run_together_text() -> None:
    text = (
        "The ferry left the harbour at dawn . Advertisement Continue reading the main story "
        "The crew said the sea was calm . Harbour strike spreads to the northern ports Read "
        "more Dockers voted to walk out . Read or Share this story : http://ex.am/ple"
    )
    page = layout(text)
    assert ("navigation", "Advertisement Continue reading the main story") in kinds(text, page)
    assert page.skips(text.index("Harbour strike spreads"))
    assert page.skips(text.index("Read or Share"))
    for sentence in ("The ferry left", "The crew said", "Dockers voted"):
        assert not page.skips(text.index(sentence)), sentence
    # The sentence after a whole furniture phrase starts where the phrase ends.
    assert text.index("The crew said") - 1 in page.boundaries()


def test_a_newsletter_box_inside_the_article_is_skipped() -> None:
    text = (
        "The harbour board voted on Monday to close the north quay.\n\n"
        "Get the Northtown Courier in your inbox every morning.\n\n"
        "Just type your email into the box above and we send the headlines.\n\n"
        "You can unsubscribe from this service at any time.\n\n"
        "Fishermen said the closure would cost them a season, and the union emailed "
        "its members to meet on Friday.\n"
    )
    page = layout(text)
    for furniture in ("Get the Northtown", "Just type", "You can unsubscribe"):
        assert ("promotion", text[text.index(furniture) :].split("\n")[0]) in kinds(text, page)
    for sentence in ("The harbour board", "Fishermen said"):
        assert not page.skips(text.index(sentence)), sentence
    # A warning about scams names an inbox and an email address, and is the article.
    warning = (
        "Police said the callers ask for your email address and a card number.\n\n"
        "A message in your inbox that asks for a password is a fraud, they said.\n"
    )
    for sentence in ("Police said", "A message"):
        assert not layout(warning).skips(warning.index(sentence)), sentence


def test_teasers_cut_short_with_a_more_link_are_skipped() -> None:
    text = (
        "The harbour board voted on Monday to close the north quay.\n\n"
        "Northtown Courier - The council has long argued that the ferry... more\n\n"
        "Northtown Courier - Few noticed when the mill closed, yet the town… Read more »\n\n"
        "Fishermen said there is more to come... and more.\n"
    )
    page = layout(text)
    for teaser in ("Northtown Courier - The council", "Northtown Courier - Few"):
        assert page.skips(text.index(teaser)), teaser
    for sentence in ("The harbour board", "Fishermen said"):
        assert not page.skips(text.index(sentence)), sentence


def test_copyright_notices_are_skipped() -> None:
    text = (
        "Harbour Radio said the ferry sailed at noon.\n\n"
        "Copyright claims by musicians rose in 2022, the union said.\n\n"
        "Copyright 2024 Harbour Radio Ltd. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.\n\n"
        "© 2019-2024 Northtown Courier\n"
    )
    found = kinds(text, layout(text))
    assert ("notice", "© 2019-2024 Northtown Courier") in found
    assert layout(text).skips(text.index("Copyright 2024"))
    for sentence in ("Harbour Radio said", "Copyright claims by musicians"):
        assert not layout(text).skips(text.index(sentence)), sentence


def test_a_notice_inside_a_long_line_skips_its_sentence_only() -> None:
    text = (
        "The council met on Monday and voted to close the old bridge to lorries, "
        "after engineers found cracks in two of its piers during an inspection that the "
        "mayor ordered last winter when a barge struck the eastern pier in a storm. "
        "All rights reserved by the station. "
        "Repairs will start in spring and take about six months, officials said, and the "
        "ferry will carry cars across the river until the work is done."
    )
    page = layout(text)
    assert page.skips(text.index("All rights reserved"))
    for sentence in ("The council met", "Repairs will start"):
        assert not page.skips(text.index(sentence)), sentence


# --------------------------------------------------------------------------- reading


def test_reader_gives_the_real_headline_as_title(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "one", "text": "Also Like\\n\\nRebels Take Airport\\n\\nRebels took it."}\n'
        '{"id": "two", "title": "Given", "text": "Rebels Take Airport\\n\\nRebels took it."}\n',
        encoding="utf-8",
    )
    titles = {d.id: d.title for d in read_documents([tmp_path])}
    assert titles == {
        "page": "Rebels Seize Northern Airport, Army Regroups Near the Capital",
        "one": "Rebels Take Airport",
        "two": "Given",
    }


# --------------------------------------------------------------------------- with the model


def test_no_events_from_skipped_lines_and_names_only_from_the_articles_own(
    nlp: Language,
) -> None:
    document = Document(id="page", text=PAGE)
    extraction = extract(nlp(PAGE), document)
    page = layout(PAGE)
    skipped = [(r.start, r.end) for r in page.regions]
    for event in extraction.events:
        assert not any(start <= event.start < end for start, end in skipped), event.action
        assert PAGE[event.evidence.start : event.evidence.end] == event.evidence.text
    # Captions, datelines and bylines give no events, but their names are the story's.
    not_the_article = [
        (r.start, r.end) for r in page.regions if r.kind not in {"caption", "dateline", "byline"}
    ]
    for mention in extraction.mentions:
        assert not any(start <= mention.start < end for start, end in not_the_article), mention.text
    named = {(m.text, m.label) for m in extraction.mentions}
    assert {("Freedonia", "GPE"), ("Jane Example", "PERSON")} <= named
    actions = {event.action for event in extraction.events}
    assert {"take control of", "move", "close"} <= actions


def test_a_headline_gives_one_event_at_most(nlp: Language) -> None:
    text = (
        "Rebels seize airport and burn depot as army shells bridge\n\n"
        "Rebels seized the airport on Tuesday, officials said.\n"
    )
    extraction = extract(nlp(text), Document(id="h", text=text))
    in_title = [e for e in extraction.events if e.start < text.index("\n")]
    assert len(in_title) <= 1
    assert any(e.action == "seize" and e.start > text.index("\n") for e in extraction.events)


def test_glued_headline_is_split_without_changing_the_text(nlp: Language) -> None:
    text = "Roadside bomb kills two soldiers in the northThe blast hit a convoy near the border."
    doc = nlp(text)
    assert doc.text == text
    starts = [sentence.start_char for sentence in doc.sents]
    assert text.index("The blast") in starts
    extraction = extract(doc, Document(id="g", text=text))
    assert sum(e.start < text.index("The blast") for e in extraction.events) <= 1
    assert any(e.action == "hit" for e in extraction.events)


def test_a_given_title_matches_a_line_by_its_letters_in_order() -> None:
    text = (
        "Harbour Council Approves New Budget For Ferry Works\n\n"
        "The council voted on Tuesday to fund repairs to the ferry pier. Work starts in May.\n"
    )
    line = "Harbour Council Approves New Budget For Ferry Works"
    # one word changed: still the headline the page came with
    assert title_of(text, given="Harbour Council Approves New Budget For Ferry Repairs") == line
    # as long, other letters: settled without aligning the two
    assert title_of(text, given="Storm Closes Harbour As Ferries Stay In Port For Days") is None
    # the same letters, words in another order: aligned, and not the same
    assert title_of(text, given="Harbour Ferry Council For New Budget Works Approves") is None
