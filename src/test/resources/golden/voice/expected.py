"""Computes the expected `voice` of each golden voice workbook from voice_data.py, by the
rules of voice.md, independently of the Java code: python3 expected.py (needs SciPy);
writes ../voice-*.scores.json. Masked texts and theme mentions are given by hand in
voice_data.py; everything else is computed here."""
import json
import math
import re
from scipy import stats
from voice_data import WORKBOOKS

LEVELS = ["accuracy", "availability", "partnership", "advice"]


def mean(xs):
    return sum(xs) / len(xs)


def var(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def status(values):
    """Level status from the Student interval of the customers' level values."""
    m, n = mean(values), len(values)
    h = stats.t.ppf(0.975, n - 1) * math.sqrt(var(values) / n)
    return "shortfall" if m + h < 0 else "exceeded" if m - h > 0 else "no_difference"


def nps(scores):
    if not scores:
        return None
    return 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)


def welch(a, b):
    if len(a) < 2 or len(b) < 2:
        return None
    va, vb = var(a) / len(a), var(b) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    h = stats.t.ppf(0.975, df) * math.sqrt(va + vb)
    d = mean(a) - mean(b)
    return {"diff": d, "low": d - h, "high": d + h,
            "status": "below" if d + h < 0 else "above" if d - h > 0 else "no_difference"}


def voice(data):
    rows = [dict(row=i + 2, id=c[0], nps=c[1], comment=c[2], values=dict(zip(LEVELS, c[3])))
            for i, c in enumerate(data["customers"])]
    commenters = [r for r in rows if r["comment"] and r["comment"].strip()]
    for r in commenters:
        r["text"] = data["masked"].get(r["id"], " ".join(r["comment"].split()))
        r["overall"] = mean(list(r["values"].values()))  # one item per level
    statuses = {level: status([r["values"][level] for r in rows]) for level in LEVELS}
    gap = {level: mean([r["values"][level] for r in rows]) for level in LEVELS}
    shortfalls = sorted([lv for lv in LEVELS[:2] if statuses[lv] == "shortfall"], key=lambda lv: gap[lv]) \
        + sorted([lv for lv in LEVELS[2:] if statuses[lv] == "shortfall"], key=lambda lv: gap[lv])
    exceeded = [lv for lv in LEVELS if statuses[lv] == "exceeded"]
    quotes, used_rows, used_texts = [], set(), set()
    if len(commenters) >= data["min_group_size"]:
        for kinds, sign, count in ((shortfalls, 1, 3), (exceeded, -1, 1)):
            for level in kinds:
                quotable = [r for r in commenters if len(r["text"].split(" ")) >= 3]
                picked = 0
                for r in sorted(quotable, key=lambda r: (sign * r["values"][level], r["row"])):
                    if picked == count:
                        break
                    if r["row"] in used_rows or r["text"] in used_texts:
                        continue
                    used_rows.add(r["row"])
                    used_texts.add(r["text"])
                    quotes.append({"level": level, "kind": "shortfall" if sign == 1 else "exceeded",
                                   "text": r["text"]})
                    picked += 1
    themes = []
    for name, _ in data["themes"]:
        group = [r for r in commenters if name in data["mentions"].get(r["id"], set())]
        rest = [r for r in commenters if r not in group]
        entry = {"theme": name, "mentions": len(group), "share": len(group) / len(commenters),
                 "indicative": len(group) < data["min_group_size"], "nps": None, "nps_rest": None,
                 "overall_vs_rest": None}
        if not entry["indicative"]:
            entry["nps"] = nps([r["nps"] for r in group if r["nps"] is not None])
            entry["nps_rest"] = nps([r["nps"] for r in rest if r["nps"] is not None])
            entry["overall_vs_rest"] = welch([r["overall"] for r in group], [r["overall"] for r in rest])
        themes.append(entry)
    themes.sort(key=lambda t: -t["mentions"])  # stable: sheet order within ties
    return {"statuses": statuses, "voice": {"comments": len(commenters), "quotes": quotes, "themes": themes}}


for name, data in WORKBOOKS.items():
    result = voice(data)
    print(name, result["statuses"])
    levels = {lv: {"status": st} for lv, st in result["statuses"].items()}
    with open("../" + name + ".scores.json", "w", encoding="utf-8") as out:
        json.dump({"levels": levels, "voice": result["voice"]}, out, ensure_ascii=False, indent=1)
        out.write("\n")
