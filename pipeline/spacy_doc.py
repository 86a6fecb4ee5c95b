"""vnie's facts where a researcher's NLP lives: spaCy `Doc`s, a `vnie` pipeline component and DocBin files.

    from pipeline.spacy_doc import make_nlp
    nlp = make_nlp()                      # spaCy Vietnamese, underthesea's words and tags, and the vnie component
    doc = nlp("Thứ trưởng Bộ Công Thương Phan Thị Thắng ...")
    doc.spans["officials"][0]._.title     # 'Thứ trưởng Bộ Công Thương'
    [(e.text, e.label_) for e in doc.ents]

- The tokenizer (`vnie.underthesea` in spaCy's tokenizer registry) gives underthesea's words (`Công Thương`
  is one token, as spaCy's own Vietnamese tokenizer does with pyvi), each with its tag (`token.tag_`: Np, N,
  V, ...) and the Universal POS tag (`token.pos_`: PROPN, NOUN, VERB, ...). Whitespace the words do not cover
  becomes `token.whitespace_` or whitespace tokens, so `doc.text` is the text given.
- The component (`nlp.add_pipe("vnie")`, registered as a spaCy factory) runs vnie on `doc.text` and puts
  the facts in `doc.spans["officials"|"figures"|"events"|"dates"]`, with extension attributes on each span:
  `span._.title` (officials), `span._.value`, `span._.unit` (figures; `value` is also a date's ISO value),
  `span._.type` (events), `span._.date` (events; dates), and `span._.fact` (the whole fact as in the record).
  Officials (label OFFICIAL) and events (EVENT) are also `doc.ents`, overlaps resolved longest first.
- `to_doc(record, nlp)` builds the same Doc from a record (its `text`, its facts' offsets) without running
  vnie again; `docbin(records)` packs such Docs into a `DocBin`, which `vnie export --format spacy` writes
  (`train.spacy`/`dev.spacy`), usable as silver training data for `spacy train` (see `training_config`).

spaCy and underthesea are dependencies of vnie; the entry points in `pyproject.toml` let `spacy train`
and `spacy.load` find the tokenizer and the component without `--code`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

SPAN_KEYS = ("officials", "figures", "events", "dates")
ENT_LABELS = {"officials": "OFFICIAL", "events": "EVENT"}
LABELS = {"officials": "OFFICIAL", "figures": "FIGURE", "events": "EVENT", "dates": "DATE"}
EXTENSIONS = ("title", "value", "unit", "type", "date", "fact")
# underthesea's tags (VLSP) -> Universal POS tags.
UPOS = {"N": "NOUN", "Nc": "NOUN", "Nu": "NOUN", "Ny": "NOUN", "Nb": "PROPN", "Np": "PROPN", "V": "VERB", "Vb": "VERB",
        "Vy": "VERB", "A": "ADJ", "Ab": "ADJ", "P": "PRON", "R": "ADV", "L": "DET", "M": "NUM", "E": "ADP",
        "C": "CCONJ", "Cc": "CCONJ", "CC": "CCONJ", "I": "INTJ", "T": "PART", "Y": "PROPN", "S": "SYM", "X": "X",
        "Z": "X", "B": "X", "CH": "PUNCT"}


def _register_extensions() -> None:
    from spacy.tokens import Span

    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class UndertheseaTokenizer:
    """A spaCy tokenizer: underthesea's words with their tags, `doc.text` equal to the text given."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        from pipeline.language.analysis import analyse

        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        cursor = 0

        def gap(upto: int) -> None:
            piece = text[cursor:upto]
            if piece == " " and words and not spaces[-1]:
                spaces[-1] = True
            elif piece:  # whitespace the words do not end with, or characters the analysis left out
                words.append(piece)
                spaces.append(False)
                tags.append("_SP" if piece.isspace() else "X")

        for sentence in analyse(text).sentences if text.strip() else ():
            for token in sentence.tokens:
                gap(token.start)
                words.append(token.text)
                spaces.append(False)
                tags.append(token.pos)
                cursor = token.end
        gap(len(text))
        pos = ["SPACE" if t == "_SP" else UPOS.get(t, "X") for t in tags]
        return Doc(self.vocab, words=words, spaces=spaces, tags=tags, pos=pos)

    # spaCy saves and loads a tokenizer with the pipeline: nothing to keep.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> UndertheseaTokenizer:
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> UndertheseaTokenizer:
        return self


def create_tokenizer():
    """The registered tokenizer factory (`@tokenizers = "vnie.underthesea"`)."""
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


def _char_map(source: str, target: str) -> list[int]:
    """For each offset of `source` (and one past its end), the matching offset of `target`."""
    mapping = [0] * (len(source) + 1)
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes():
        for i in range(a0, a1 + 1):
            mapping[i] = b0 + (i - a0 if op == "equal" else round((i - a0) * (b1 - b0) / max(1, a1 - a0)))
    return mapping


def add_facts(doc: Doc, record: dict) -> Doc:
    """Put a record's facts on a Doc of the same text (or of a text that differs a little: offsets are mapped)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    _register_extensions()
    mapping = None if record["text"] == doc.text else _char_map(record["text"], doc.text)
    spans: dict[str, list[Span]] = {key: [] for key in SPAN_KEYS}
    for key in SPAN_KEYS:
        for fact in record.get(key, []):
            start, end = fact["evidence"]["start"], fact["evidence"]["end"]
            if mapping is not None:
                start, end = mapping[start], mapping[end]
            span = doc.char_span(start, end, label=LABELS[key], alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            span._.fact = fact
            span._.title = fact.get("title") if key == "officials" else None
            span._.value = fact.get("value")
            span._.unit = fact.get("unit")
            span._.type = fact.get("type")
            span._.date = fact.get("date") if key == "events" else (fact.get("value") if key == "dates" else None)
            spans[key].append(span)
    for key, found in spans.items():
        doc.spans[key] = found
    ents = [Span(doc, s.start, s.end, label=ENT_LABELS[key]) for key in ENT_LABELS for s in spans[key]]
    doc.ents = filter_spans(ents)
    return doc


class VnieComponent:
    """The `vnie` pipeline component: vnie's facts on the Doc (see the module's docstring)."""

    def __init__(self, published: str | None = None) -> None:
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from pipeline import process_text
        from pipeline.errors import Skip

        _register_extensions()
        try:
            record = process_text(doc.text, source="spacy", published=doc.user_data.get("published", self.published))
        except Skip:
            for key in SPAN_KEYS:
                doc.spans[key] = []
            return doc
        return add_facts(doc, record.model_dump(mode="json"))


def create_component(nlp: Language, name: str, published: str | None) -> VnieComponent:
    """The registered factory of `nlp.add_pipe("vnie")`; `published` (ISO date) resolves relative dates,
    as does `doc.user_data["published"]` set before the component runs."""
    return VnieComponent(published)


def _register() -> None:
    """Register the tokenizer and the component with spaCy (done on import; spaCy's entry points import us)."""
    from spacy.language import Language
    from spacy.util import registry

    if "vnie.underthesea" not in registry.tokenizers:
        registry.tokenizers.register("vnie.underthesea", func=create_tokenizer)
    if not Language.has_factory("vnie"):
        Language.factory("vnie", default_config={"published": None})(create_component)
    _register_extensions()


_register()


def make_nlp(component: bool = True) -> Language:
    """spaCy's Vietnamese with underthesea's words (no pyvi needed), and the `vnie` component unless told not."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnie.underthesea"}}})
    if component:
        nlp.add_pipe("vnie")
    return nlp


def to_doc(record: dict, nlp: Language | None = None) -> Doc:
    """The Doc of a record: its text tokenized, its facts as spans and entities (vnie is not run again)."""
    nlp = nlp or make_nlp(component=False)
    doc = nlp.make_doc(record["text"])
    doc.user_data["id"] = record["id"]
    doc.user_data["title"] = record.get("title")
    doc.user_data["published"] = record.get("published")
    return add_facts(doc, record)


def docs(records: Iterable[dict], nlp: Language | None = None) -> Iterator[Doc]:
    nlp = nlp or make_nlp(component=False)
    for record in records:
        yield to_doc(record, nlp)


def docbin(records: Iterable[dict], nlp: Language | None = None) -> DocBin:
    """A DocBin of the records' Docs, with their span groups, entities, tags and user data."""
    from spacy.tokens import DocBin

    packed = DocBin(attrs=["ORTH", "TAG", "POS", "ENT_IOB", "ENT_TYPE", "SPACY"], store_user_data=True)
    for doc in docs(records, nlp):
        packed.add(doc)
    return packed


def training_config() -> str:
    """A small `spacy train` config (tok2vec + ner over OFFICIAL and EVENT) for the DocBin files that
    `vnie export --format spacy` writes: `python -m spacy train config.cfg --paths.train train.spacy
    --paths.dev dev.spacy`."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="xx", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["nlp"]["lang"] = "vi"
    config["nlp"]["tokenizer"] = {"@tokenizers": "vnie.underthesea"}
    return config.to_str()
