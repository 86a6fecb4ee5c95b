"""vnie for spaCy users, under the name they look for: `from pipeline.spacy import make_nlp`.

Everything lives in `pipeline.spacy_doc` (the tokenizer of underthesea's words, the registered `vnie`
component, `doc.spans` and `doc.ents`, DocBin export); this module only gives it its public name.
"""

from __future__ import annotations

from pipeline.spacy_doc import add_facts, docbin, docs, make_nlp, to_doc, training_config

__all__ = ["add_facts", "docbin", "docs", "make_nlp", "to_doc", "training_config"]
