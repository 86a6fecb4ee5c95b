"""`vnie bench`: the whole pipeline over a JSON Lines corpus, next to plain underthesea on the same texts.

One call measures, from one run:
- the pipeline: `vnie run` in a child process (so its peak memory is its own), JSONL in, records and the
  fact store out: articles/s, characters/s, seconds per stage (page, language, extract, write, store),
  CPU seconds of the main process and of the workers, peak resident memory of the main process and of the largest worker, facts found;
- the reference: what a user who wants words and tags would write with underthesea, `pos_tag(s)` on
  every sentence `sent_tokenize` gives (it segments the words itself), timed over the same texts, and the
  ratio between the two; the old reference (`word_tokenize(s)` and `pos_tag(s)`) as a second line;
- agreement: vnie's words and tags (`fasttag.pos_tag`) against `underthesea.word_tokenize` and
  `underthesea.pos_tag` on every one of those sentences; any difference is counted and shown.
Results are printed and written to a JSON file, so runs can be compared.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/bench/vi-news-2956.jsonl.gz")


def _texts(corpus: Path, limit: int | None) -> Iterator[str]:
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if limit is not None and number >= limit:
                return
            if line.strip():
                obj = json.loads(line)
                text = obj.get("text")
                if isinstance(text, str):
                    yield text


def _limited(corpus: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return corpus
    part = folder / f"first-{limit}.jsonl"
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh, part.open("w", encoding="utf-8") as out:
        for number, line in enumerate(fh):
            if number >= limit:
                break
            out.write(line)
    return part


def run_pipeline(corpus: Path, workers: int, folder: Path) -> dict:
    """`vnie run` on the corpus in a child process; its own stats plus wall time and peak memory."""
    stats = folder / "stats.json"
    args = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(folder / "out"), "--workers", str(workers),
            "--quiet", "--stats", str(stats)]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    error = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if status != 0:
        raise RuntimeError(f"vnie run failed: {error.strip()[-500:]}")
    result = json.loads(stats.read_text(encoding="utf-8"))
    result["wall_seconds_outside"] = round(wall, 3)
    result["peak_rss_mb_any_process"] = round(usage.ru_maxrss / 1024, 1)
    return result


def run_reference(corpus: Path, limit: int | None, compare: bool = True) -> dict:
    """Plain underthesea over the same texts, timed two ways; vnie's tags compared with it (not timed).

    The fair reference is what a user who wants words and tags writes: `sent_tokenize`, then `pos_tag` on
    every sentence (`pos_tag` segments the words itself). The old reference also calls `word_tokenize` on
    every sentence, segmenting it twice; it is kept as a second line so earlier results stay comparable.
    """
    import underthesea

    from pipeline.language import fasttag
    from pipeline.language.textnorm import normalize

    underthesea.pos_tag("Khởi động.")
    fair = double = 0.0
    sentences = articles = chars = 0
    differences: list[dict] = []
    compared = 0
    for text in _texts(corpus, limit):
        text = normalize(text)
        articles += 1
        chars += len(text)
        started = time.perf_counter()
        tagged = [(sentence, underthesea.pos_tag(sentence)) for sentence in underthesea.sent_tokenize(text)]
        fair += time.perf_counter() - started
        started = time.perf_counter()
        done = []
        for sentence in underthesea.sent_tokenize(text):
            words = underthesea.word_tokenize(sentence)
            tags = underthesea.pos_tag(sentence)
            done.append((sentence, words, tags))
        double += time.perf_counter() - started
        sentences += len(tagged)
        if compare:
            for sentence, words, tags in done:
                ours = fasttag.pos_tag(sentence)
                compared += 1
                if ours != tags or [w for w, _ in ours] != words:
                    differences.append({"sentence": sentence, "underthesea": tags, "vnie": ours})
    return {"articles": articles, "sentences": sentences, "chars": chars, "seconds": round(fair, 3),
            "articles_per_s": round(articles / fair, 2) if fair else None,
            "sentences_per_s": round(sentences / fair, 1) if fair else None,
            "old_seconds": round(double, 3), "old_articles_per_s": round(articles / double, 2) if double else None,
            "compared_sentences": compared, "differences": len(differences), "first_differences": differences[:5]}


def bench(corpus: Path = DEFAULT_CORPUS, limit: int | None = None, workers: int = 1, reference: bool = True,
          compare: bool = True) -> dict:
    """Run the benchmark; return everything measured (see the module docstring)."""
    corpus = Path(corpus)
    if not corpus.exists():
        from pipeline.errors import SettingsError

        raise SettingsError(f"no corpus at {corpus} (give a .jsonl or .jsonl.gz file)")
    with tempfile.TemporaryDirectory(prefix="vnie-bench-") as tmp:
        folder = Path(tmp)
        source = _limited(corpus, limit, folder)
        pipeline = run_pipeline(source, workers, folder)
    wall = pipeline["wall_seconds"]
    result: dict[str, object] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                                                "platform": platform.platform()},
        "corpus": str(corpus), "limit": limit, "workers": workers,
        "pipeline": {**pipeline, "articles_per_s": round(pipeline["read"] / wall, 2),
                     "chars_per_s": round(pipeline["chars"] / wall)},
    }
    if reference:
        ref = run_reference(corpus, limit, compare)
        result["reference"] = ref
        if ref["articles_per_s"]:
            result["ratio"] = round(pipeline["read"] / wall / ref["articles_per_s"], 2)
        if ref["old_articles_per_s"]:
            result["ratio_old"] = round(pipeline["read"] / wall / ref["old_articles_per_s"], 2)
    return result


def report(result: dict) -> str:
    p = result["pipeline"]
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in p["seconds"].items())
    lines = [
        f"pipeline: {p['read']} articles in {p['wall_seconds']:.1f} s with {result['workers']} worker(s): "
        f"{p['articles_per_s']} articles/s, {p['chars_per_s']:,} characters/s",
        f"  stages (summed over workers): {stages}",
        f"  peak memory: main {p['peak_rss_mb']} MB, largest worker {p['peak_rss_workers_mb']} MB",
        *([f"  CPU: main process {p['cpu_seconds']['main']:.1f} s, workers {p['cpu_seconds']['workers']:.1f} s"]
          if p.get("cpu_seconds") else []),
        "  facts: " + ", ".join(f"{k} {v}" for k, v in p["facts"].items()) + f"; stories {p['stories']} ({p['copies']} copies)",
    ]
    ref = result.get("reference")
    if ref:
        lines += [
            f"reference (underthesea sent_tokenize, then pos_tag per sentence: words and tags): {ref['articles']} "
            f"articles, {ref['sentences']} sentences in {ref['seconds']:.1f} s: {ref['articles_per_s']} articles/s, "
            f"{ref['sentences_per_s']} sentences/s",
            f"ratio pipeline / reference: {result.get('ratio')}x",
            f"old reference (word_tokenize + pos_tag per sentence, words segmented twice): {ref['old_seconds']:.1f} s, "
            f"{ref['old_articles_per_s']} articles/s; ratio {result.get('ratio_old')}x",
            f"words and tags compared on {ref['compared_sentences']} sentences: {ref['differences']} differ",
        ]
    return "\n".join(lines)
