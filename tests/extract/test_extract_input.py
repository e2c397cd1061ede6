"""kg.extract reads its texts from the document: a doc parsed from another text is refused."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.errors import InputError
from kg.extract import extract
from kg.model import Document


def test_a_doc_of_another_text_is_refused_with_the_document_named() -> None:
    # The evidence and the mentions are sliced from document.text by the doc's offsets:
    # a doc of a cleaned or shortened text would give another text's words.
    doc = Doc(Vocab(), words=["Ferries", "stopped", "."], spaces=[True, False, False])
    document = Document(id="harbour", text="  Ferries stopped.")
    with pytest.raises(InputError, match="'harbour'.*16 characters.*18"):
        extract(doc, document)
