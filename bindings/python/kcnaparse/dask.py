"""Parse archives on a Dask cluster (Debian: python3-dask, python3-distributed).

    python3 -m kcnaparse.dask IN.jsonl[.gz]... --out DIR [--scheduler ADDRESS | --local N]
        [--text-field text] [--date-field date] [--chunk-mb 8]

reads JSON Lines records, parses each record's text with its date as the
reference date, and writes one output shard per input partition into DIR
(`<input name>.<part>.jsonl`), each line what `kcnaparse --jsonl-input`
writes for the record: "file" (PATH:LINE), the record's other members, then
the document (doc/output-format.md). A plain input is split at line ends
into partitions of about --chunk-mb; a gzip input is one partition. Prints
a summary: documents, bytes, seconds, MB/s, skipped lines.

In a program: parse_bag(bag) maps the parser over a dask.bag of records
(dicts) and gives a bag of output dicts. Every worker process keeps one
parser per configuration. The library and this binding must be installed
on every worker (doc/scale.md).
"""
import argparse
import gzip
import json
import os
import sys
import time

import kcnaparse

# Output members a record's own may not repeat (as the CLI).
RESERVED = ("file", "reference_date", "dateline", "speakers", "quotes", "dates", "statements", "messages",
            "author")

_parsers = {}  # per worker process: configuration -> Parser


def _parser(options):
    key = tuple(sorted(options.items()))
    p = _parsers.get(key)
    if p is None:
        p = _parsers[key] = kcnaparse.Parser(**options)
    return p


def parse_record(record, text_field="text", date_field="date", label=None, **parser_options):
    """The output dict for one record: "file" (when label is given), the
    record's members but its text, then the parse. None when the record has
    no text string."""
    text = record.get(text_field) if isinstance(record, dict) else None
    if not isinstance(text, str):
        return None
    p = _parser(parser_options)
    date = record.get(date_field)
    ref = date[:10] if isinstance(date, str) and len(date) >= 10 else None
    try:
        doc = p.parse(text, ref)
    except kcnaparse.BadDateError:
        doc = p.parse(text)
    out = {"file": label} if label is not None else {}
    for k, v in record.items():
        if k != text_field and k not in RESERVED:
            out[k] = v
    with doc:
        out.update(doc.to_dict())
    return out


def parse_bag(bag, text_field="text", date_field="date", **parser_options):
    """A dask.bag of records (dicts) -> a bag of output dicts (records
    without a text string are dropped)."""
    return bag.map(parse_record, text_field=text_field, date_field=date_field, **parser_options).filter(
        lambda d: d is not None)


def _partitions(path, chunk_bytes):
    """(path, start, end, first line number) byte ranges split at line ends."""
    if path.endswith(".gz"):
        return [(path, 0, -1, 1)]
    size = os.path.getsize(path)
    parts, start, line = [], 0, 1
    with open(path, "rb") as f:
        while start < size:
            end = min(size, start + chunk_bytes)
            f.seek(end)
            end += len(f.readline()) if end < size else 0  # to the end of the line
            f.seek(start)
            lines = f.read(end - start).count(b"\n")
            parts.append((path, start, end, line))
            line += lines
            start = end
    return parts


def _read_lines(path, start, end):
    if end < 0:
        with gzip.open(path, "rb") as f:
            yield from f
        return
    with open(path, "rb") as f:
        f.seek(start)
        yield from f.read(end - start).splitlines(keepends=True)


def _run_partition(part, index, out_dir, text_field, date_field, parser_options):
    path, start, end, line = part
    name = os.path.basename(path)
    out_path = os.path.join(out_dir, "%s.%04d.jsonl" % (name[:-3] if name.endswith(".gz") else name, index))
    docs = nbytes = skipped = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for raw in _read_lines(path, start, end):
            lineno, line = line, line + 1
            nbytes += len(raw)
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                record = None
            label = "%.40s:%d" % (path, lineno)
            result = parse_record(record, text_field, date_field, label, **parser_options) if record else None
            if result is None:
                skipped += 1
                continue
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            docs += 1
    return {"documents": docs, "bytes": nbytes, "skipped": skipped, "shard": out_path}


def run(inputs, out_dir, client=None, text_field="text", date_field="date", chunk_mb=8.0, **parser_options):
    """Parses the JSON Lines inputs into shards under out_dir on the client's
    cluster (or dask's default scheduler); returns the summary dict."""
    import dask

    os.makedirs(out_dir, exist_ok=True)
    parts = [p for path in inputs for p in _partitions(path, int(chunk_mb * 2 ** 20))]
    tasks = [dask.delayed(_run_partition)(p, k, out_dir, text_field, date_field, parser_options)
             for k, p in enumerate(parts)]
    t = time.perf_counter()
    results = client.compute(tasks, sync=True) if client is not None else dask.compute(*tasks)
    seconds = time.perf_counter() - t
    total = {"documents": sum(r["documents"] for r in results), "bytes": sum(r["bytes"] for r in results),
             "skipped": sum(r["skipped"] for r in results), "partitions": len(parts), "seconds": seconds}
    total["mb_per_s"] = total["bytes"] / 1e6 / seconds if seconds > 0 else 0.0
    total["shards"] = sorted(r["shard"] for r in results)
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m kcnaparse.dask", description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", help="JSON Lines files (.gz read as gzip)")
    ap.add_argument("--out", required=True, help="directory for the output shards")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running dask scheduler (tcp://HOST:8786)")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N worker processes")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--date-field", default="date")
    ap.add_argument("--chunk-mb", type=float, default=8.0, help="partition size of plain inputs (default 8)")
    args = ap.parse_args(argv)
    from distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        total = run(args.inputs, args.out, client, args.text_field, args.date_field, args.chunk_mb)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print("documents=%d bytes=%d seconds=%.2f mb_per_s=%.1f partitions=%d skipped=%d" % (
        total["documents"], total["bytes"], total["seconds"], total["mb_per_s"], total["partitions"],
        total["skipped"]))
    return 1 if total["skipped"] else 0


if __name__ == "__main__":
    sys.exit(main())
