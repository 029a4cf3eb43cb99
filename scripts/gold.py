#!/usr/bin/env python3
"""Gold attribution corpus: authoring files -> JSONL/TSV, validation and counts.

Standard library only. Format: docs/gold-format.md.

  python3 scripts/gold.py build [SRC_DIR] [-o OUT_DIR]   write gold.jsonl and gold.tsv
  python3 scripts/gold.py check [SRC_DIR] [-o OUT_DIR]   validate; fail if the outputs are stale
  python3 scripts/gold.py stats [SRC_DIR]                validate and print counts
  python3 scripts/gold.py show FILE_OR_ID [SRC_DIR]      print the relations of one article
  python3 scripts/gold.py renumber FILE                  renumber relations 1..n in order of first mark

SRC_DIR defaults to tests/data/attribution/src, OUT_DIR to its parent.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

FORMAT_VERSION = 1
LANGUAGES = ("en", "ru", "uk")
STYLES = ("wire", "newspaper", "feature", "broadcast", "press_release", "opinion",
          "investigative", "archive", "interview", "blog")
SPLITS = ("dev", "test")
CUE_CLASSES = OrderedDict([
    ("sp", "speech"), ("be", "belief"), ("st", "stance"), ("ev", "evidence"),
    ("no", "noun"), ("ph", "phrase"), ("pu", "punct"),
])
SOURCE_KINDS = OrderedDict([
    ("pe", "person"), ("ou", "outlet"), ("ob", "official_body"), ("an", "anonymous"),
    ("do", "document"), ("au", "author"), ("gr", "group"),
])
# plain "say" cues, to report how many relations are not introduced by the neutral verb
SAY_FORMS = {"said", "says", "say", "saying", "сказал", "сказала", "сказали", "говорит", "говорят",
             "сказав", "сказала", "сказали", "каже", "кажуть"}
FRONT_KEYS = ("id", "language", "style", "split", "title")
ID_RE = re.compile(r"^(en|ru|uk)-(\d{2,3})$")
HEADER_RE = re.compile(r"^((?:[SCQ]\d+|X)(?:,(?:[SCQ]\d+))*)((?: [A-Za-z_]+)*)(?:=(.+))?$")


class GoldError(Exception):
    pass


def split_rule(article_id):
    """The split is fixed by the id, decided before any text was written: number % 4 == 2 is test."""
    m = ID_RE.match(article_id)
    return "test" if m and int(m.group(2)) % 4 == 2 else "dev"


def parse_front(lines, path):
    if not lines or lines[0].strip() != "---":
        raise GoldError(f"{path}:1: the file must start with a '---' front matter block")
    meta = {}
    for i in range(1, len(lines)):
        line = lines[i]
        if line.strip() == "---":
            return meta, i + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if ":" not in line:
            raise GoldError(f"{path}:{i + 1}: front matter line without 'key: value'")
        key, value = line.split(":", 1)
        key = key.strip()
        if key in meta:
            raise GoldError(f"{path}:{i + 1}: duplicate front matter key '{key}'")
        meta[key] = value.strip()
    raise GoldError(f"{path}: front matter block not closed with '---'")


def parse_markup(body, path, line_offset):
    """Strip the markup; return (text, spans). A span is (tag, attrs, resolves, start, end, line)."""
    out = []          # characters of the plain text
    stack = []        # open spans: [header, start, line]
    spans = []
    i = 0
    line = line_offset
    n = len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and i + 1 < n and body[i + 1] in "{}\\":
            out.append(body[i + 1])
            i += 2
            continue
        if ch == "{":
            j = body.find(":", i)
            close = body.find("}", i)
            brace = body.find("{", i + 1)
            if j < 0 or (close >= 0 and close < j) or (brace >= 0 and brace < j) or "\n" in body[i:j]:
                raise GoldError(f"{path}:{line}: '{{' without a 'TAG:' header (write \\{{ for a literal brace)")
            header = body[i + 1:j]
            m = HEADER_RE.match(header)
            if not m:
                raise GoldError(f"{path}:{line}: bad span header '{header}'")
            stack.append((m, len(out), line))
            i = j + 1
            continue
        if ch == "}":
            if not stack:
                raise GoldError(f"{path}:{line}: '}}' without an open span (write \\}} for a literal brace)")
            m, start, sline = stack.pop()
            tags = m.group(1).split(",")
            attrs = m.group(2).split()
            resolves = m.group(3)
            for tag in tags:
                spans.append((tag, attrs, resolves.strip() if resolves else None, start, len(out), sline))
            i += 1
            continue
        if ch == "\n":
            line += 1
        out.append(ch)
        i += 1
    if stack:
        raise GoldError(f"{path}:{stack[-1][2]}: span '{stack[-1][0].group(0)}' not closed")
    return "".join(out), spans


def span_obj(text, start, end):
    return {"start": start, "end": end, "text": text[start:end]}


def merge_parts(text, parts, what, rid, path):
    parts = sorted(parts)
    for a, b in zip(parts, parts[1:]):
        if b[0] < a[1]:
            raise GoldError(f"{path}: relation {rid}: {what} parts overlap")
    main = span_obj(text, parts[0][0], parts[-1][1])
    extra = [span_obj(text, s, e) for s, e in parts] if len(parts) > 1 else None
    return main, extra


def load_article(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        raise GoldError(f"{path}: remove the byte order mark")
    raw = raw.replace("\r\n", "\n")
    lines = raw.split("\n")
    meta, body_start = parse_front(lines, path)
    for key in FRONT_KEYS:
        if not meta.get(key):
            raise GoldError(f"{path}: front matter lacks '{key}'")
    unknown = set(meta) - set(FRONT_KEYS) - {"notes"}
    if unknown:
        raise GoldError(f"{path}: unknown front matter keys {sorted(unknown)}")
    aid = meta["id"]
    m = ID_RE.match(aid)
    if not m:
        raise GoldError(f"{path}: id '{aid}' is not LANG-NN")
    if os.path.splitext(os.path.basename(path))[0] != aid:
        raise GoldError(f"{path}: file name must be the id '{aid}.md'")
    if meta["language"] not in LANGUAGES or meta["language"] != m.group(1):
        raise GoldError(f"{path}: language '{meta['language']}' must be one of {LANGUAGES} and match the id")
    if meta["style"] not in STYLES:
        raise GoldError(f"{path}: style '{meta['style']}' not in {STYLES}")
    if meta["split"] not in SPLITS:
        raise GoldError(f"{path}: split '{meta['split']}' not in {SPLITS}")
    if meta["split"] != split_rule(aid):
        raise GoldError(f"{path}: split must be '{split_rule(aid)}' for {aid} (number % 4 == 2 is test)")

    body = "\n".join(lines[body_start:])
    # blank lines around the body are not part of the text; trailing spaces on lines are dropped
    body = "\n".join(l.rstrip() for l in body.split("\n")).strip("\n")
    lead = 0
    for l in lines[body_start:]:
        if l.strip():
            break
        lead += 1
    text, spans = parse_markup(body, path, body_start + lead + 1)

    rel = {}
    distractors = []
    for tag, attrs, resolves, start, end, sline in spans:
        where = f"{path}:{sline}"
        if start == end:
            raise GoldError(f"{where}: empty span {tag}")
        if text[start].isspace() or text[end - 1].isspace():
            raise GoldError(f"{where}: span {tag} '{text[start:end]}' starts or ends with white space")
        if tag == "X":
            if attrs or resolves:
                raise GoldError(f"{where}: X spans take no attributes")
            distractors.append(span_obj(text, start, end))
            continue
        kind, num = tag[0], int(tag[1:])
        if num <= 0:
            raise GoldError(f"{where}: relation numbers start at 1")
        r = rel.setdefault(num, {"S": [], "C": [], "Q": [], "cls": set(), "kind": set(),
                                 "resolves": set(), "nosource": False, "line": sline})
        r[kind].append((start, end))
        for a in attrs:
            if kind == "C" and a in CUE_CLASSES:
                r["cls"].add(CUE_CLASSES[a])
            elif kind == "C" and a in CUE_CLASSES.values():
                r["cls"].add(a)
            elif kind == "C" and a == "nosource":
                r["nosource"] = True
            elif kind == "S" and a in SOURCE_KINDS:
                r["kind"].add(SOURCE_KINDS[a])
            elif kind == "S" and a in SOURCE_KINDS.values():
                r["kind"].add(a)
            else:
                raise GoldError(f"{where}: attribute '{a}' not allowed on {kind} spans")
        if resolves is not None:
            if kind != "S":
                raise GoldError(f"{where}: '=antecedent' is only for source spans")
            r["resolves"].add(resolves)

    relations = []
    for num in sorted(rel):
        r = rel[num]
        where = f"{path}:{r['line']}: relation {num}"
        if not r["C"]:
            raise GoldError(f"{where} has no cue (C{num})")
        if not r["Q"]:
            raise GoldError(f"{where} has no content (Q{num})")
        if len(r["cls"]) != 1:
            raise GoldError(f"{where} needs exactly one cue class on C{num}, has {sorted(r['cls'])}")
        if r["S"]:
            if r["nosource"]:
                raise GoldError(f"{where}: 'nosource' but S{num} is marked")
            if len(r["kind"]) != 1:
                raise GoldError(f"{where} needs exactly one source kind on S{num}, has {sorted(r['kind'])}")
            if len(r["resolves"]) > 1:
                raise GoldError(f"{where}: several antecedents")
        elif not r["nosource"]:
            raise GoldError(f"{where} has no source: mark S{num} or write 'nosource' on C{num}")
        cue, cue_parts = merge_parts(text, r["C"], "cue", num, path)
        content, content_parts = merge_parts(text, r["Q"], "content", num, path)
        source = source_parts = None
        if r["S"]:
            source, source_parts = merge_parts(text, r["S"], "source", num, path)
        for a0, a1 in r["C"]:
            for b0, b1 in r["Q"] + r["S"]:
                if a0 < b1 and b0 < a1:
                    raise GoldError(f"{where}: the cue overlaps its own source or content")
        for a0, a1 in r["S"]:
            for b0, b1 in r["Q"]:
                if a0 < b1 and b0 < a1:
                    raise GoldError(f"{where}: the source overlaps its own content")
        o = OrderedDict()
        o["id"] = num
        o["cue"] = cue
        o["source"] = source
        o["content"] = content
        o["cueClass"] = next(iter(r["cls"]))
        o["sourceKind"] = next(iter(r["kind"])) if r["S"] else None
        if r["resolves"]:
            o["resolvesTo"] = next(iter(r["resolves"]))
        if cue_parts:
            o["cueParts"] = cue_parts
        if source_parts:
            o["sourceParts"] = source_parts
        if content_parts:
            o["contentParts"] = content_parts
        relations.append(o)
    nums = [r["id"] for r in relations]
    if nums != list(range(1, len(nums) + 1)):
        missing = sorted(set(range(1, max(nums, default=0) + 1)) - set(nums))
        raise GoldError(f"{path}: relation numbers must run 1..{len(nums)} without gaps (missing {missing})")

    art = OrderedDict()
    art["id"] = aid
    art["language"] = meta["language"]
    art["style"] = meta["style"]
    art["split"] = meta["split"]
    art["title"] = meta["title"]
    art["text"] = text
    art["relations"] = relations
    if distractors:
        art["distractors"] = distractors
    return art


def load_all(src):
    files = sorted(f for f in os.listdir(src) if f.endswith(".md") and not f.startswith("_"))
    arts = [load_article(os.path.join(src, f)) for f in files]
    seen = set()
    for a in arts:
        if a["id"] in seen:
            raise GoldError(f"duplicate article id {a['id']}")
        seen.add(a["id"])
    order = {l: i for i, l in enumerate(LANGUAGES)}
    arts.sort(key=lambda a: (order[a["language"]], int(ID_RE.match(a["id"]).group(2))))
    return arts


def to_jsonl(arts):
    return "".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) + "\n" for a in arts)


TSV_COLUMNS = ("article", "relation", "language", "split", "cue_class", "source_kind",
               "cue_start", "cue_end", "cue", "source_start", "source_end", "source",
               "content_start", "content_end", "content", "resolves_to")


def tsv_field(v):
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def to_tsv(arts):
    rows = ["\t".join(TSV_COLUMNS)]
    for a in arts:
        for r in a["relations"]:
            s = r["source"] or {}
            rows.append("\t".join(tsv_field(v) for v in (
                a["id"], r["id"], a["language"], a["split"], r["cueClass"], r["sourceKind"],
                r["cue"]["start"], r["cue"]["end"], r["cue"]["text"],
                s.get("start"), s.get("end"), s.get("text"),
                r["content"]["start"], r["content"]["end"], r["content"]["text"],
                r.get("resolvesTo"))))
    return "\n".join(rows) + "\n"


def stats(arts, out=sys.stdout):
    def table(title, counter, keys=None):
        keys = keys or sorted(counter)
        out.write(f"{title}:\n")
        for k in keys:
            out.write(f"  {str(k):<22}{counter.get(k, 0):>6}\n")
    arts_by = Counter()
    rel_by = Counter()
    cls = Counter()
    kinds = Counter()
    styles = Counter()
    cls_split = Counter()
    said = 0
    pron = 0
    xs = 0
    multi = 0
    total = 0
    for a in arts:
        arts_by[(a["language"], a["split"])] += 1
        styles[a["style"]] += 1
        xs += len(a.get("distractors", []))
        for r in a["relations"]:
            total += 1
            rel_by[(a["language"], a["split"])] += 1
            cls[r["cueClass"]] += 1
            cls_split[(r["cueClass"], a["split"])] += 1
            kinds[r["sourceKind"] or "(none)"] += 1
            if r["cue"]["text"].lower() in SAY_FORMS:
                said += 1
            if "resolvesTo" in r:
                pron += 1
            if "contentParts" in r or "cueParts" in r:
                multi += 1
    out.write(f"articles: {len(arts)}, relations: {total}\n")
    out.write(f"{'language/split':<22}{'articles':>9}{'relations':>10}\n")
    for l in LANGUAGES:
        for s in SPLITS + ("all",):
            na = sum(v for (ll, ss), v in arts_by.items() if ll == l and (s == "all" or ss == s))
            nr = sum(v for (ll, ss), v in rel_by.items() if ll == l and (s == "all" or ss == s))
            out.write(f"  {l + ' ' + s:<20}{na:>9}{nr:>10}\n")
    for s in SPLITS:
        na = sum(v for (ll, ss), v in arts_by.items() if ss == s)
        nr = sum(v for (ll, ss), v in rel_by.items() if ss == s)
        out.write(f"  {'all ' + s:<20}{na:>9}{nr:>10}\n")
    out.write(f"{'cue class':<22}{'dev':>6}{'test':>6}{'all':>6}\n")
    for c in CUE_CLASSES.values():
        out.write(f"  {c:<20}{cls_split[(c, 'dev')]:>6}{cls_split[(c, 'test')]:>6}{cls[c]:>6}\n")
    table("source kind", kinds, list(SOURCE_KINDS.values()) + ["(none)"])
    table("style", styles)
    out.write(f"cue is a plain form of 'say' (said/says/сказал/говорит/каже...): {said} of {total}\n")
    out.write(f"sources with resolvesTo (pronouns, surnames): {pron}; discontinuous cue/content: {multi}; distractors: {xs}\n")


def show(art):
    print(f"{art['id']} [{art['language']} {art['style']} {art['split']}] {art['title']}")
    for r in art["relations"]:
        s = r["source"]["text"] if r["source"] else "-"
        if r.get("resolvesTo"):
            s += f" (= {r['resolvesTo']})"
        def parts(key):
            ps = r.get(key + "Parts")
            return " | ".join(p["text"] for p in ps) if ps else r[key]["text"]
        print(f"  {r['id']:>3} {r['cueClass']:<8} {str(r['sourceKind']):<14} S[{s}] C[{parts('cue')}]")
        print(f"      Q[{parts('content')}]")
    for d in art.get("distractors", []):
        print(f"    X[{d['text']}]")


def renumber(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    mapping = {}
    head = re.compile(r"(?<!\\)\{((?:[SCQ]\d+|X)(?:,[SCQ]\d+)*)(?=[ :=])")

    def fix(m):
        tags = []
        for t in m.group(1).split(","):
            if t != "X":
                n = mapping.setdefault(int(t[1:]), len(mapping) + 1)
                t = f"{t[0]}{n}"
            tags.append(t)
        return "{" + ",".join(tags)
    for m in head.finditer(raw):
        for t in m.group(1).split(","):
            if t != "X":
                mapping.setdefault(int(t[1:]), len(mapping) + 1)
    new = head.sub(fix, raw)
    if new != raw:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        print(f"renumbered {path}")


def main(argv):
    args = argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    cmd, rest = args[0], args[1:]
    out_dir = None
    if "-o" in rest:
        k = rest.index("-o")
        out_dir = rest[k + 1]
        del rest[k:k + 2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default_src = os.path.join(root, "tests", "data", "attribution", "src")
    try:
        if cmd == "renumber":
            for target in rest:
                renumber(target)
            return 0
        if cmd == "show":
            if not rest:
                raise GoldError("show needs a file or an id")
            target = rest[0]
            if not os.path.exists(target):
                target = os.path.join(rest[1] if len(rest) > 1 else default_src, target + ".md")
            show(load_article(target))
            return 0
        src = rest[0] if rest else default_src
        out_dir = out_dir or os.path.dirname(os.path.abspath(src))
        arts = load_all(src)
        jsonl, tsv = to_jsonl(arts), to_tsv(arts)
        jpath, tpath = os.path.join(out_dir, "gold.jsonl"), os.path.join(out_dir, "gold.tsv")
        if cmd == "build":
            for p, data in ((jpath, jsonl), (tpath, tsv)):
                with open(p, "w", encoding="utf-8", newline="\n") as f:
                    f.write(data)
            stats(arts)
            print(f"wrote {jpath} and {tpath}")
        elif cmd == "check":
            stale = []
            for p, data in ((jpath, jsonl), (tpath, tsv)):
                try:
                    with open(p, encoding="utf-8") as f:
                        if f.read() != data:
                            stale.append(p)
                except FileNotFoundError:
                    stale.append(p)
            if stale:
                raise GoldError("out of date, run 'scripts/gold.py build': " + ", ".join(stale))
            print(f"ok: {len(arts)} articles, {sum(len(a['relations']) for a in arts)} relations")
        elif cmd == "stats":
            stats(arts)
        else:
            raise GoldError(f"unknown command '{cmd}'")
    except GoldError as e:
        print(f"gold.py: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
