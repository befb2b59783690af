#!/usr/bin/env python3
"""A Python pipeline doing a comparable job to `faultline bench`, for issue 8's comparison.

    python3 scripts/python_baseline.py CORPUS… [--repeat N] [--tokenizer pyvi|underthesea]
                                       [--dump-text FILE]

Needs `pip install pyvi dateparser networkx` (and `underthesea` for --tokenizer
underthesea). Not part of the test suite or of CI; see docs/python-baseline.md for the
versions and figures.

What it does, per run:
  * Reads the corpus once, the way `faultline bench CORPUS` does: folders are walked for
    .html/.htm and .jsonl files (README and the like skipped). HTML goes through the
    standard library's html.parser: <h1> (else <title>) is the title, the text is the
    <p>/<h2>/<h3> blocks outside script/style/nav/header/footer/aside/figure and outside
    elements whose class or id names page chrome (menu, share, related, footer, …). JSONL
    lines give id/title/text/published/language. Text is NFC-normalised; the language is
    the JSONL field, the `.vi.`/`.en.` file suffix or <html lang>. The published date is
    `article:published_time` or the JSONL `published`.
  * Splits each document into sentences with a simple rule (paragraph breaks; . ! ? …
    followed by space and a capital, digit or opening quote; a few English abbreviations
    kept). The title counts as one sentence.
  * Then, --repeat times over the whole corpus (timed), for every sentence:
      1. word tokenisation: pyvi's ViTokenizer (or underthesea's word_tokenize) for
         Vietnamese, a regular-expression tokenizer for English;
      2. date finding: dateparser.search.search_dates with languages=[vi] or [en] and
         RELATIVE_BASE = the document's publication date;
      3. actor lookup: longest match of token n-grams (up to 4 words) in a small
         hand-written dictionary of 105 names (countries, capitals, organisations,
         leaders, in both languages) mapped to 27 actors;
      4. a co-occurrence graph (networkx): every pair of actors found in a window of two
         consecutive sentences gets an edge (weight +1; the dates found in the window are
         kept on the edge).
  * At the end (timed separately): degree centrality and PageRank over the graph.

What it does not do, unlike Faultline: no CAMEO/PLOVER event coding, no Goldstein scores,
no actor disambiguation (a byline such as "Mỹ Linh" counts as the United States, "Anh"
as Britain), no claims (who says what), no negation or modality, no TIMEX3 granularity
(dateparser returns datetimes; weeks, parts of day and ranges are lost), no event
merging, duplicates or contradictions, no rendering. It is therefore a lower bound on
what a Python pipeline doing Faultline's whole job would cost.

Output has the shape of `faultline bench`: documents/s, sentences/s and MB/s (UTF-8
bytes of title + text, as Faultline counts them) for the per-sentence work, by wall clock
(what `faultline bench` prints) and by this process's CPU time (steadier on a shared,
loaded machine), the CPU time of each stage, then the graph step, then peak RSS from
resource.getrusage. --dump-text writes the extracted title and text of the corpus,
repeated --repeat times, for timing `wc -w` on the same text.
"""
import argparse
import html.parser
import json
import os
import re
import resource
import sys
import time
import unicodedata
from datetime import datetime

# ---------------------------------------------------------------------------------------
# Reading


class Doc:
    __slots__ = ("id", "title", "text", "language", "published", "sentences")

    def __init__(self, id, title, text, language, published):
        self.id = id
        self.title = title
        self.text = text
        self.language = language
        self.published = published
        self.sentences = []


CHROME_WORDS = ("menu", "nav", "share", "related", "footer", "header", "tag", "cookie",
                "ticker", "breadcrumb", "read-next", "most", "byline", "author", "credit",
                "caption", "date", "meta", "kicker", "account", "standards", "box-title",
                "skip", "brand", "logo", "top-bar")
SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "figure",
             "form", "button", "template", "svg", "table"}
BLOCK_TAGS = {"p", "h2", "h3"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "source", "track", "wbr"}


class ArticleParser(html.parser.HTMLParser):
    """Collects title, body blocks, <html lang> and article:published_time."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, skipped) for open elements
        self.skip_depth = 0      # number of open elements that are chrome
        self.in_title = False
        self.in_h1 = False
        self.block = None        # text parts of the open <p>/<h2>/<h3>
        self.title = ""
        self.h1 = ""
        self.blocks = []
        self.lang = None
        self.published = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"].split("-")[0].lower()
        if tag == "meta" and a.get("property") == "article:published_time":
            self.published = a.get("content")
        if tag in VOID_TAGS:
            return
        names = ((a.get("class") or "") + " " + (a.get("id") or "")).lower()
        skipped = tag in SKIP_TAGS or any(w in names for w in CHROME_WORDS)
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
        if tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag in BLOCK_TAGS and self.skip_depth == 0:
            self.block = []

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            if t == "title":
                self.in_title = False
            elif t == "h1":
                self.in_h1 = False
            elif t in BLOCK_TAGS and self.block is not None:
                text = " ".join("".join(self.block).split())
                if text:
                    self.blocks.append(text)
                self.block = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.in_h1:
            self.h1 += data
        elif self.block is not None and self.skip_depth == 0:
            self.block.append(data)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def guess_language(text):
    marks = sum(1 for ch in text if ch in "ăâđêôơưĂÂĐÊÔƠƯ" or "\u1ea0" <= ch <= "\u1ef9")
    return "vi" if marks > len(text) / 100 else "en"


def parse_published(value):
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10])
    except ValueError:
        return None


def suffix_language(path):
    parts = os.path.basename(path).split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in ("vi", "en") else None


def read_html(path):
    p = ArticleParser()
    with open(path, encoding="utf-8", errors="replace") as f:
        p.feed(f.read())
    p.close()
    title = nfc(" ".join((p.h1 or p.title).split()))
    text = nfc("\n\n".join(p.blocks))
    stem = os.path.basename(path).split(".")[0]
    lang = suffix_language(path) or p.lang or guess_language(text)
    return Doc(stem, title, text, lang, parse_published(p.published))


def read_jsonl(path):
    docs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: not JSON ({e.msg}); skipped", file=sys.stderr)
                continue
            text = nfc(d.get("text") or "")
            docs.append(Doc(d.get("id") or f"{path}-{n}", nfc(d.get("title") or ""), text,
                            d.get("language") or guess_language(text),
                            parse_published(d.get("published"))))
    return docs


PROJECT_FILES = {"readme", "license", "licence", "changelog", "contributing", "notice", "authors"}


def read_corpus(inputs):
    files = []
    for inp in inputs:
        if os.path.isdir(inp):
            for root, dirs, names in os.walk(inp):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in names:
                    ext = name.rsplit(".", 1)[-1].lower()
                    if (ext in ("html", "htm", "jsonl") and not name.startswith(".")
                            and name.split(".")[0].lower() not in PROJECT_FILES):
                        files.append(os.path.join(root, name))
        elif os.path.isfile(inp):
            files.append(inp)
        else:
            print(f"{inp}: no such file or directory; skipped", file=sys.stderr)
    docs = []
    for path in sorted(files):
        try:
            docs.extend(read_jsonl(path) if path.endswith(".jsonl") else [read_html(path)])
        except OSError as e:
            print(f"{path}: cannot read ({e.strerror}); skipped", file=sys.stderr)
    return [d for d in docs if d.text or d.title]


# ---------------------------------------------------------------------------------------
# Sentences and tokens

BOUNDARY = re.compile(r"[.!?…]+[\"”’»)]*\s+")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "u.s", "u.n",
                 "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no"}


def split_sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        start = 0
        for m in BOUNDARY.finditer(para):
            nxt = para[m.end():m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘«("):
                continue
            last = para[start:m.start()].rsplit(None, 1)
            if para[m.start()] == "." and last and last[-1].lower().lstrip("(\"“") in ABBREVIATIONS:
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out


EN_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def english_tokens(sentence):
    return EN_TOKEN.findall(sentence)


def make_vietnamese_tokenizer(name):
    if name == "underthesea":
        from underthesea import word_tokenize
        return word_tokenize            # list of words, syllables joined by spaces
    from pyvi import ViTokenizer
    return lambda s: ViTokenizer.tokenize(s).split()   # syllables joined by "_"


# ---------------------------------------------------------------------------------------
# Actors: a small hand-written name list (ours), both languages.

ACTOR_NAMES = {
    "RUS": ["Russia", "Russian", "Russia's", "Moscow", "Kremlin", "Nga", "Moskva", "Matxcơva",
            "Điện Kremlin", "Liên bang Nga"],
    "UKR": ["Ukraine", "Ukrainian", "Ukraine's", "Kyiv", "Kiev", "Ukraina"],
    "USA": ["United States", "U.S.", "US", "Washington", "White House", "Mỹ", "Hoa Kỳ",
            "Nhà Trắng", "Washington DC"],
    "FRA": ["France", "French", "Paris", "Elysee", "Élysée", "Pháp", "Điện Élysée"],
    "TUR": ["Turkey", "Turkish", "Türkiye", "Ankara", "Thổ Nhĩ Kỳ"],
    "GBR": ["Britain", "British", "United Kingdom", "London", "Anh", "Vương quốc Anh"],
    "DEU": ["Germany", "German", "Berlin", "Đức"],
    "CHN": ["China", "Chinese", "Beijing", "Trung Quốc", "Bắc Kinh"],
    "ETH": ["Ethiopia", "Ethiopian"],
    "UN": ["United Nations", "U.N.", "UN", "Security Council", "Liên Hợp Quốc", "LHQ",
           "Hội đồng Bảo an"],
    "IAEA": ["IAEA", "International Atomic Energy Agency", "Cơ quan Năng lượng Nguyên tử Quốc tế"],
    "ICRC": ["ICRC", "Red Cross", "International Committee of the Red Cross",
             "Ủy ban Chữ thập đỏ quốc tế", "Chữ thập đỏ"],
    "WFP": ["WFP", "World Food Programme", "Chương trình Lương thực Thế giới"],
    "NATO": ["NATO", "North Atlantic Treaty Organization", "Khối NATO"],
    "EU": ["European Union", "EU", "Liên minh châu Âu"],
    "TASS": ["TASS"],
    "Energoatom": ["Energoatom"],
    "Putin": ["Putin", "Vladimir Putin"],
    "Zelensky": ["Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelensky"],
    "Macron": ["Macron", "Emmanuel Macron"],
    "Erdogan": ["Erdogan", "Erdoğan", "Tayyip Erdogan"],
    "Guterres": ["Guterres", "Antonio Guterres", "António Guterres"],
    "Grossi": ["Grossi", "Rafael Grossi"],
    "Kuleba": ["Kuleba", "Dmytro Kuleba"],
    "Zakharova": ["Zakharova", "Maria Zakharova"],
    "Peskov": ["Peskov", "Dmitry Peskov"],
    "Cavusoglu": ["Cavusoglu", "Çavuşoğlu", "Mevlut Cavusoglu"],
}
MAX_WORDS = 4


def build_lexicon():
    lex = {}
    for actor, names in ACTOR_NAMES.items():
        for name in names:
            key = nfc(name).lower()
            lex[key] = actor
            if key.endswith("'s"):
                lex[key[:-2]] = actor
    return lex


def find_actors(words, lexicon):
    """Longest match of word n-grams; words may hold several syllables."""
    found = []
    i, n = 0, len(words)
    while i < n:
        for k in range(min(MAX_WORDS, n - i), 0, -1):
            actor = lexicon.get(" ".join(words[i:i + k]))
            if actor is not None:
                found.append(actor)
                i += k
                break
        else:
            i += 1
    return found


# ---------------------------------------------------------------------------------------
# The run


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--tokenizer", choices=["pyvi", "underthesea"], default="pyvi")
    ap.add_argument("--window", type=int, default=2, help="sentences per co-occurrence window")
    ap.add_argument("--dump-text", metavar="FILE")
    args = ap.parse_args()

    from importlib.metadata import version
    import networkx as nx
    from dateparser.search import search_dates

    docs = read_corpus(args.corpus)
    if not docs:
        sys.exit("python_baseline: the corpus has no documents")
    for d in docs:
        d.sentences = ([d.title] if d.title else []) + split_sentences(d.text)
    nbytes = sum(len(d.text.encode()) + len(d.title.encode()) for d in docs)
    nsent = sum(len(d.sentences) for d in docs)

    if args.dump_text:
        with open(args.dump_text, "w", encoding="utf-8") as f:
            for _ in range(args.repeat):
                for d in docs:
                    f.write(d.title + "\n" + d.text + "\n\n")
        print(f"wrote {args.repeat}× the corpus text to {args.dump_text}")
        return

    vi_tokenize = make_vietnamese_tokenizer(args.tokenizer)
    lexicon = build_lexicon()
    graph = nx.Graph()
    clock = time.process_time      # CPU seconds of this process: the machine may be shared
    stage = {"tokenise": 0.0, "dates": 0.0, "actors+graph": 0.0}
    dates_found = 0

    def process(doc, tag):
        nonlocal dates_found
        lang = "vi" if doc.language == "vi" else "en"
        settings = {"RELATIVE_BASE": doc.published} if doc.published else {}
        window = []                 # (actors, dates) of the last --window sentences
        for s in doc.sentences:
            t0 = clock()
            if lang == "vi":
                words = [w.replace("_", " ").lower() for w in vi_tokenize(s)]
            else:
                words = [w.lower() for w in english_tokens(s)]
            t1 = clock()
            found = search_dates(s, languages=[lang], settings=settings) or []
            dates_found += len(found)
            t2 = clock()
            actors = find_actors(words, lexicon)
            window.append((actors, [dt.date().isoformat() for _, dt in found]))
            if len(window) > args.window:
                window.pop(0)
            present = sorted({a for acts, _ in window for a in acts})
            days = sorted({d for _, ds in window for d in ds})
            for i, a in enumerate(present):
                for b in present[i + 1:]:
                    if graph.has_edge(a, b):
                        e = graph[a][b]
                        e["weight"] += 1
                        e["dates"].update(days)
                        e["documents"].add(tag)
                    else:
                        graph.add_edge(a, b, weight=1, dates=set(days), documents={tag})
            for a in actors:
                if a not in graph:
                    graph.add_node(a)
            t3 = clock()
            stage["tokenise"] += t1 - t0
            stage["dates"] += t2 - t1
            stage["actors+graph"] += t3 - t2

    # Warm-up (models and dateparser's language data loaded), as faultline bench does.
    tw, tw_wall = clock(), time.perf_counter()
    for d in docs:
        if d.language == "vi":
            process(d, "warm-up")
            break
    for d in docs:
        if d.language != "vi":
            process(d, "warm-up")
            break
    warm, warm_wall = clock() - tw, time.perf_counter() - tw_wall
    graph.clear()
    stage = dict.fromkeys(stage, 0.0)
    dates_found = 0

    t0, t0_wall = clock(), time.perf_counter()
    for r in range(args.repeat):
        for d in docs:
            process(d, f"{d.id}~{r}")
    seconds, wall = clock() - t0, time.perf_counter() - t0_wall

    t1, t1_wall = clock(), time.perf_counter()
    degree = nx.degree_centrality(graph)
    rank = nx.pagerank(graph, weight="weight")
    graph_seconds, graph_wall = clock() - t1, time.perf_counter() - t1_wall

    n = args.repeat
    ru = resource.getrusage(resource.RUSAGE_SELF)
    peak = ru.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    mem_mib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1_048_576
    print(f"machine   {os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {mem_mib} MiB; "
          f"Python {sys.version.split()[0]}, {args.tokenizer} {version(args.tokenizer)}, "
          f"dateparser {version('dateparser')}, networkx {version('networkx')}")
    print(f"corpus    {len(docs)} documents, {nsent} sentences, {nbytes // 1000} KB; extracted {n}× "
          f"({len(docs) * n} documents, {nbytes * n / 1e6:.2f} MB); warm-up {warm:.2f} s CPU ({warm_wall:.2f} s wall)")
    for label, s in (("extract", wall), ("  (CPU)", seconds)):
        print(f"{label:9} {s:.2f} s  {len(docs) * n / s:8.1f} docs/s  "
              f"{nsent * n / s:9.1f} sentences/s  {nbytes * n / s / 1e6:6.3f} MB/s")
    print("stages    " + "  ".join(f"{k} {v:.2f} s ({100 * v / seconds:.0f}%)" for k, v in stage.items())
          + f" of CPU; dates found {dates_found}")
    top = sorted(rank.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(f"graph     {graph_wall:.3f} s ({graph_seconds:.3f} s CPU)  {graph.number_of_nodes()} actors, "
          f"{graph.number_of_edges()} edges; PageRank top "
          + ", ".join(f"{a} {v:.3f} (degree {degree[a]:.2f})" for a, v in top))
    print(f"memory    peak RSS {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
