"""A synthetic corpus of short FR/EN attack reports, our own text, for crash and store benchmarks."""

import json

TOWNS = ["Gao", "Kidal", "Mopti", "Djibo", "Dori", "Kaya", "Maiduguri", "Bunia", "Beni", "Goma", "Mora", "Diffa",
         "Tillabéri", "Ménaka", "Ouahigouya", "Fada N'Gourma", "Zinder", "Agadez", "Kaduna", "Yola"]
EN = "{town} attack\n\nGunmen killed {n} civilians near {town} on {day}, local officials said.\n"
FR = "Attaque près de {town}\n\nDes hommes armés ont tué {n} civils {jour} près de {town}, selon des élus locaux.\n"
DAYS = [("Monday", "lundi"), ("Tuesday", "mardi"), ("Wednesday", "mercredi"), ("Thursday", "jeudi")]


def make_corpus(folder, n=1000):
    folder.mkdir()
    lines = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        day, jour = DAYS[(i // len(TOWNS)) % len(DAYS)]
        week = i // (len(TOWNS) * len(DAYS))
        published = f"2024-0{1 + week // 28}-{1 + week % 28:02d}"
        text = (EN if i % 2 else FR).format(town=town, n=2 + i % 7, day=day, jour=jour) + f"\nRef. SHL-{i:04d}.\n"
        lines.append(json.dumps({"id": f"a{i:04d}", "text": text, "published": published,
                                 "language": "en" if i % 2 else "fr"}, ensure_ascii=False))
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "corpus.jsonl"
