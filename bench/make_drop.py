#!/usr/bin/env python3
"""Make a drop of news articles of about a given size, for claimcheck's speed runs.

The drop repeats real articles (the bundled seeds in corpus/seeds and the ECB+ dev articles in
../shared/corpus/dev/*/*.txt). Each copy gets its own outlet and publication date, and some copies
have one or two of their figures moved by a few per cent, so that story scoping and
reconciliation have real work (stories to tell apart by date, real discrepancies to find); the
text is otherwise left as the journalists wrote it, with its density of figures.

    make_drop.py --size 10MB --out DIR [--seed N] [--format jsonl|txt]
    make_drop.py --size 1MB --out DIR --from DROP      # the first 1 MB of an existing drop

SIZE counts bytes of article text (UTF-8), in decimal units: 1 MB = 1,000,000 bytes (KiB, MiB,
GiB are accepted too). The drop is written to DIR.tmp and renamed to DIR once complete, with
DIR/drop.json describing it. Same seed, same sources, same size: same bytes.

jsonl (the default): DIR/drop-NNNNN.jsonl, 10,000 articles a file, one JSON object a line with
"id", "outlet", "url", "published" (ISO 8601), "title" and "text".
txt: DIR/NNNNN/ID.txt, 10,000 articles a folder; the outlet is set by an "Original Source:" line
put before the text (plain text has no place for a date, so txt drops have none).

--from DROP copies the first SIZE bytes of article text of DROP (a jsonl drop) into
DIR/slice.jsonl, and the same texts, one article after another separated by a blank line, into
DIR/slice.txt (for tools that read plain text).
"""

import argparse
import datetime
import glob
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SOURCES = [os.path.join(REPO, "corpus", "seeds"), os.path.join(REPO, "..", "shared", "corpus", "dev")]
ARTICLES_PER_FILE = 10_000

OUTLETS = [
    "apnews.com", "reuters.com", "bbc.co.uk", "cnn.com", "nytimes.com", "washingtonpost.com",
    "theguardian.com", "aljazeera.com", "france24.com", "dw.com", "npr.org", "abcnews.go.com",
    "cbsnews.com", "nbcnews.com", "foxnews.com", "usatoday.com", "latimes.com", "wsj.com",
    "ft.com", "economist.com", "bloomberg.com", "politico.com", "axios.com", "thehill.com",
    "independent.co.uk", "telegraph.co.uk", "thetimes.co.uk", "irishtimes.com", "theage.com.au",
    "smh.com.au", "abc.net.au", "cbc.ca", "globeandmail.com", "thehindu.com", "ndtv.com",
    "timesofindia.indiatimes.com", "scmp.com", "japantimes.co.jp", "kyivindependent.com",
    "euronews.com", "trtworld.com", "mercurynews.com", "sfgate.com", "bostonglobe.com",
    "chicagotribune.com", "miamiherald.com", "wired.com", "pcworld.com",
]

# Publication dates for the articles whose source gives none: the seeds (two stories of 2025)
# and the two original-ECB stories, which kept no date. Approximate; only their spacing matters.
SEED_DATES = {"000": "2025-03-19", "001": "2025-03-19", "002": "2025-03-19", "003": "2025-05-24", "004": "2025-05-24"}
STORY_DATES = {"d02_ecb38_geysers_quake_2009": "2009-05-03", "d03_ecb12_ins_mysore_pirates_2008": "2008-12-13"}

# A figure that may be moved: digits standing alone (with thousands commas), not part of a
# decimal, a time, a date or a word. Years and one-digit figures are left alone (see move_figures).
FIGURE = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w:/]|[.,]\d)")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def parse_size(s):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?\s*", s, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {s!r} (e.g. 10MB, 1GB, 500KB)")
    unit = (m.group(2) or "B").upper().rstrip("B")
    scale = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9, "KI": 2**10, "MI": 2**20, "GI": 2**30}[unit]
    return int(float(m.group(1)) * scale)


def read_manifest(folder):
    """doc stem -> (outlet, date) from a dev MANIFEST.tsv, when there is one."""
    out = {}
    path = os.path.join(folder, "MANIFEST.tsv")
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            outlet = row.get("outlet_or_version", "").split(" <")[0]
            if outlet.startswith("unknown"):
                outlet = ""
            out[row.get("doc_id", "")] = (outlet, row.get("date_if_known", ""))
    return out


def load_sources(paths):
    """The articles: list of dicts with name, story, text, date (datetime.date)."""
    articles = []
    for root in paths:
        root = os.path.normpath(root)
        files = sorted(glob.glob(os.path.join(root, "*.txt")) + glob.glob(os.path.join(root, "*", "*.txt")))
        manifest = read_manifest(root)
        for path in files:
            stem = os.path.splitext(os.path.basename(path))[0]
            folder = os.path.basename(os.path.dirname(path))
            with open(path, encoding="utf-8") as f:
                text = f.read()
            date = manifest.get(stem, ("", ""))[1] or SEED_DATES.get(stem[:3], "") or STORY_DATES.get(folder, "")
            story = folder if os.path.dirname(path) != root else "seeds-" + (SEED_DATES.get(stem[:3]) or stem)
            articles.append({"name": stem, "story": story, "text": text, "date": date})
    if not articles:
        sys.exit(f"make_drop.py: no *.txt articles under {', '.join(paths)}")
    # a story's undated articles take the date of its earliest dated one
    first = {}
    for a in articles:
        if a["date"]:
            first[a["story"]] = min(first.get(a["story"], a["date"]), a["date"])
    for a in articles:
        a["date"] = datetime.date.fromisoformat(a["date"] or first.get(a["story"], "2020-01-01"))
    return articles


def move_figures(text, rng, how_many):
    """Move up to how_many figures of text by a few per cent (at least 1); returns (text, moved)."""
    spots = []
    for m in FIGURE.finditer(text):
        digits = m.group(1).replace(",", "")
        value = int(digits)
        if value < 10 or (len(digits) == 4 and 1800 <= value <= 2099) or digits.startswith("0"):
            continue
        before = text[max(0, m.start() - 10):m.start()].rstrip()
        if before.endswith(MONTHS):
            continue  # a day of the month
        spots.append((m, value))
    if not spots:
        return text, 0
    chosen = sorted(rng.sample(spots, min(how_many, len(spots))), key=lambda s: s[0].start())
    pieces, last = [], 0
    for m, value in chosen:
        delta = max(1, round(value * rng.uniform(0.02, 0.08)))
        new = value + delta if rng.random() < 0.5 or value - delta < 1 else value - delta
        written = f"{new:,}" if "," in m.group(1) else str(new)
        pieces += [text[last:m.start(1)], written]
        last = m.end(1)
    pieces.append(text[last:])
    return "".join(pieces), len(chosen)


def title_of(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            words = line.split()
            return " ".join(words[:12]) + (" ..." if len(words) > 12 else "")
    return ""


class Writer:
    """Writes articles into numbered files (jsonl) or folders (txt) of ARTICLES_PER_FILE each."""

    def __init__(self, out, fmt):
        self.out, self.fmt, self.count, self.file, self.files = out, fmt, 0, None, []

    def add(self, record):
        chunk = self.count // ARTICLES_PER_FILE
        if self.fmt == "jsonl":
            if self.count % ARTICLES_PER_FILE == 0:
                if self.file:
                    self.file.close()
                name = f"drop-{chunk:05d}.jsonl"
                self.files.append(name)
                self.file = open(os.path.join(self.out, name), "w", encoding="utf-8", newline="\n")
            self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            folder = os.path.join(self.out, f"{chunk:05d}")
            if self.count % ARTICLES_PER_FILE == 0:
                os.makedirs(folder)
                self.files.append(f"{chunk:05d}/")
            with open(os.path.join(folder, record["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(f"Original Source: {record['outlet']}\n\n{record['text']}")
        self.count += 1

    def close(self):
        if self.file:
            self.file.close()


def make_drop(args, tmp):
    articles = load_sources(args.sources)
    rng = random.Random(args.seed)
    stories = sorted({a["story"] for a in articles})
    writer = Writer(tmp, args.format)
    total = moved_copies = moved_figures = 0
    rounds = 0
    while total < args.size:
        # one round: every article once, in a shuffled order; each story's copies of this round
        # cover one event, shifted by the same number of days (spread over args.weeks weeks)
        shift = {s: rng.randrange(args.weeks * 7) for s in stories}
        order = list(range(len(articles)))
        rng.shuffle(order)
        for i in order:
            a = articles[i]
            text, moved = a["text"], 0
            if rounds > 0 and rng.random() < args.moved:
                text, moved = move_figures(text, rng, rng.choice((1, 1, 2)))
            moved_copies += moved > 0
            moved_figures += moved
            day = a["date"] + datetime.timedelta(days=shift[a["story"]] + rng.choice((0, 0, 1)))
            outlet = rng.choice(OUTLETS)
            rid = f"{a['name']}-r{rounds:05d}"
            published = f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
            writer.add({
                "id": rid,
                "outlet": outlet,
                "url": f"https://www.{outlet}/{day:%Y/%m/%d}/{rid}",
                "published": published,
                "title": title_of(text),
                "text": text,
            })
            total += len(text.encode("utf-8"))
            if total >= args.size:
                break
        rounds += 1
    writer.close()
    return {
        "seed": args.seed, "format": args.format, "size_asked": args.size, "text_bytes": total,
        "articles": writer.count, "source_articles": len(articles), "stories": len(stories),
        "rounds": rounds, "weeks": args.weeks, "copies_with_moved_figures": moved_copies,
        "figures_moved": moved_figures, "files": writer.files,
        "sources": [os.path.normpath(p) for p in args.sources],
    }


def make_slice(args, tmp):
    src = os.path.join(args.from_drop, "drop.json")
    with open(src, encoding="utf-8") as f:
        drop = json.load(f)
    if drop.get("format") != "jsonl":
        sys.exit("make_drop.py: --from needs a jsonl drop")
    total = count = 0
    with open(os.path.join(tmp, "slice.jsonl"), "w", encoding="utf-8", newline="\n") as out_jsonl, \
            open(os.path.join(tmp, "slice.txt"), "w", encoding="utf-8", newline="\n") as out_txt:
        for name in drop["files"]:
            with open(os.path.join(args.from_drop, name), encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line)["text"]
                    out_jsonl.write(line)
                    out_txt.write(text.rstrip("\n") + "\n\n")
                    total += len(text.encode("utf-8"))
                    count += 1
                    if total >= args.size:
                        break
            if total >= args.size:
                break
    return {"slice_of": os.path.abspath(args.from_drop), "size_asked": args.size, "text_bytes": total,
            "articles": count, "files": ["slice.jsonl", "slice.txt"], "format": "jsonl"}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=parse_size, required=True, help="bytes of article text: 10MB, 100MB, 1GB, ...")
    p.add_argument("--out", required=True, help="the drop's folder (replaced if it exists)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    p.add_argument("--weeks", type=int, default=26, help="publication dates of a story's copies spread over this many weeks")
    p.add_argument("--moved", type=float, default=0.25, help="share of copies with one or two figures moved")
    p.add_argument("--sources", nargs="+", default=DEFAULT_SOURCES, help="folders of *.txt articles (one level of subfolders = stories)")
    p.add_argument("--from", dest="from_drop", help="slice the first SIZE of this jsonl drop instead")
    args = p.parse_args()

    out = os.path.abspath(args.out)
    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    info = make_slice(args, tmp) if args.from_drop else make_drop(args, tmp)
    with open(os.path.join(tmp, "drop.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=1)
        f.write("\n")
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    print(f"{out}: {info['articles']} articles, {info['text_bytes']} bytes of text", file=sys.stderr)


if __name__ == "__main__":
    main()
