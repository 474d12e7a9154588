"""Throughput of the WARC reader on a synthetic news crawl, streamed in bounded memory.

    python -m benchmarks.warc_throughput [--size-mb 100] [--german 0.25] [--keep PATH]

Builds (or reuses, with ``--keep``) a WARC.gz of about ``--size-mb`` MB shaped like a
CC-NEWS file: HTML 200 responses of 20–90 KB (navigation, scripts, teasers, footer
around an article of 4–12 paragraphs) with their request records, some redirects and
images; a ``--german`` share of the pages is German, the rest English, French, Spanish
and Dutch, half of those without ``<html lang>`` so that the text check has to decide.
It then reads the file with ``lagebild.readers.warc`` and prints JSON: pages/s, MB/s,
the share of pages kept, the language decisions against the truth, peak memory (RSS)
and the time a bare warcio pass over the same file takes. Never downloads anything.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SENTENCES = {
    "de": [
        "Die Bundesregierung hat am {day} neue Hilfen für die Ukraine beschlossen.",
        "Der Außenminister sprach von einem wichtigen Signal an die Partner in Europa.",
        "Die Opposition kritisierte die Pläne als unzureichend und forderte mehr Geld.",
        "Nach Angaben des Ministeriums sollen die Mittel noch in diesem Jahr fließen.",
        "In {city} trafen sich die Staats- und Regierungschefs zu Gesprächen über den Handel.",
        "Die Verhandlungen seien schwierig gewesen, sagte ein Sprecher der Regierung.",
        "Experten rechnen damit, dass die Gespräche in der kommenden Woche weitergehen.",
        "Der Präsident warnte vor einer weiteren Eskalation des Konflikts in der Region.",
    ],
    "en": [
        "The government on {day} approved new aid for Ukraine, officials said.",
        "The foreign minister called it an important signal to partners in Europe.",
        "The opposition criticised the plans as insufficient and demanded more money.",
        "According to the ministry, the funds are expected to flow later this year.",
        "Leaders met in {city} for talks on trade and security on Thursday.",
    ],
    "fr": [
        "Le gouvernement a approuvé le {day} une nouvelle aide à l'Ukraine.",
        "Le ministre des affaires étrangères a parlé d'un signal important pour l'Europe.",
        "L'opposition a jugé ces projets insuffisants et réclamé davantage de moyens.",
        "Les dirigeants se sont réunis à {city} pour discuter du commerce et de la sécurité.",
    ],
    "es": [
        "El gobierno aprobó el {day} una nueva ayuda para Ucrania, según fuentes oficiales.",
        "El ministro de Asuntos Exteriores habló de una señal importante para Europa.",
        "Los líderes se reunieron en {city} para hablar de comercio y seguridad.",
    ],
    "nl": [
        "De regering heeft op {day} nieuwe steun voor Oekraïne goedgekeurd.",
        "De minister van Buitenlandse Zaken sprak van een belangrijk signaal aan Europa.",
        "De leiders kwamen in {city} bijeen voor overleg over handel en veiligheid.",
    ],
}
CITIES = ["Berlin", "Paris", "Madrid", "Brüssel", "Warschau", "Kiew", "Rom", "Wien"]
NAV = "".join(f'<li><a href="/rubrik/{i}">Rubrik {i}</a></li>' for i in range(60))
SCRIPT = "<script>" + "var tracking = {};" * 300 + "</script>"
STYLE = "<style>" + ".teaser{margin:0;padding:0;color:#333}" * 150 + "</style>"


def page(rng: random.Random, lang: str, number: int) -> tuple[bytes, bool]:
    """An article page in ``lang``; the bool says whether it declares its language."""
    declared = lang == "de" and rng.random() < 0.8 or lang != "de" and rng.random() < 0.5
    sentences = SENTENCES[lang]
    paragraphs = []
    for _ in range(rng.randint(4, 12)):
        chosen = rng.sample(sentences, k=min(3, len(sentences)))
        text = " ".join(chosen).format(day=f"{rng.randint(1, 28)}.", city=rng.choice(CITIES))
        paragraphs.append(f"<p>{text} ({number}-{rng.randint(0, 10**9)})</p>")
    teasers = "".join(
        f'<div class="teaser"><a href="/t/{rng.randint(0, 10**6)}">Teaser {i}</a></div>'
        for i in range(rng.randint(20, 120))
    )
    lang_attr = f' lang="{lang}"' if declared else ""
    html = (
        f"<!DOCTYPE html><html{lang_attr}><head><meta charset='utf-8'>"
        f"<title>Artikel {number}</title>{STYLE}{SCRIPT}"
        f'<meta property="article:published_time" content="{_day(rng)}T08:00:00Z">'
        f"</head><body><nav><ul>{NAV}</ul></nav><main><article><h1>Artikel {number}</h1>"
        f"{''.join(paragraphs)}</article></main><aside>{teasers}</aside>"
        f"<footer>Impressum · Datenschutz · Kontakt</footer>{SCRIPT}</body></html>"
    )
    return html.encode(), declared


def _day(rng: random.Random) -> str:
    return f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"


def build(path: Path, size_mb: float, german: float, seed: int = 7) -> dict[str, int]:
    """Write the synthetic crawl; return how many pages of each language it holds."""
    rng = random.Random(seed)
    truth = {"de": 0, "other": 0, "images": 0, "redirects": 0}
    limit = size_mb * 1_000_000
    others = [lang for lang in SENTENCES if lang != "de"]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "benchmark"}))
        number = 0
        while out.tell() < limit:
            number += 1
            url = f"https://news{number % 97}.example/artikel/{number}"
            kind = rng.random()
            if kind < 0.05:
                _write(writer, url, 301, "text/html", b"", [("Location", url + "/")])
                truth["redirects"] += 1
                continue
            if kind < 0.10:
                _write(writer, url + ".jpg", 200, "image/jpeg", rng.randbytes(30_000))
                truth["images"] += 1
                continue
            lang = "de" if rng.random() < german else rng.choice(others)
            body, _ = page(rng, lang, number)
            _write(writer, url, 200, "text/html; charset=utf-8", body)
            truth["de" if lang == "de" else "other"] += 1
    return truth


def _write(writer, url, status, content_type, body, extra=()) -> None:
    request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
    headers = StatusAndHeaders(
        f"{status} X", [("Content-Type", content_type), *extra], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    )


def bare_pass(path: Path) -> float:
    """Seconds warcio alone needs to read every record and payload."""
    started = time.perf_counter()
    with path.open("rb") as f:
        for record in ArchiveIterator(f):
            while record.content_stream().read(1 << 16):
                pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100)
    parser.add_argument("--german", type=float, default=0.25)
    parser.add_argument("--keep", type=Path, help="build the crawl here once and reuse it")
    args = parser.parse_args()

    from lagebild.readers.warc import WarcCounts, read_counted
    from lagebild.record import Record

    path = args.keep or Path("/tmp/lagebild-benchmark.warc.gz")
    meta = path.with_suffix(".json")
    if args.keep and path.exists() and meta.exists():
        truth = json.loads(meta.read_text())
    else:
        started = time.perf_counter()
        truth = build(path, args.size_mb, args.german)
        meta.write_text(json.dumps(truth))
        print(f"built {path} in {time.perf_counter() - started:.0f} s", flush=True)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    counts = WarcCounts()
    started, cpu_started = time.perf_counter(), time.process_time()
    kept = sum(isinstance(item, Record) for item in read_counted(path, counts))
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    megabytes = path.stat().st_size / 1e6
    result = {
        "file_mb": round(megabytes, 1),
        "warc_records": counts.records,
        "html_pages": counts.pages,
        "seconds": round(seconds, 1),
        "pages_per_s": round(counts.pages / seconds, 1),
        "mb_per_s": round(megabytes / seconds, 2),
        # on a shared machine the wall clock includes other jobs' time; CPU time does not
        "cpu_seconds": round(cpu_seconds, 1),
        "pages_per_cpu_s": round(counts.pages / cpu_seconds, 1),
        "kept": kept,
        "share_kept": round(kept / counts.pages, 3) if counts.pages else 0.0,
        "german_pages_in_crawl": truth["de"],
        "german_recall": round(kept / truth["de"], 3) if truth["de"] else None,
        "other_language_skipped": counts.other_language,
        "failed": counts.failed,
        "peak_rss_mb_before_reading": round(rss_before / 1024),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "bare_warcio_seconds": round(bare_pass(path), 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
