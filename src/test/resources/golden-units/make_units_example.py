"""Writes units-example.xlsx and computes its expected scores by hand (independently of
gap-report's code): plain Python with mpmath for the t quantile."""
import json, math, zipfile
from xml.sax.saxutils import escape
import mpmath as mp

mp.mp.dps = 40
NaN = None
ITEMS = [("A1", "accuracy"), ("V1", "availability"), ("R1", "partnership"), ("D1", "advice")]
LEVELS = ["accuracy", "availability", "partnership", "advice"]
MIN_GROUP = 3
# respondent, unit as written, nps, (E,P) per item in ITEMS order (None = blank)
CUSTOMERS = [
    ("c01", "Kraków Rynek", 9, [(4, 5), (4, 4), (3, 4), (4, 4)]),
    ("c02", "Gdańsk", 3, [(5, 2), (5, 3), (4, 3), (5, 3)]),
    ("c03", "krakÓw rynek ", 10, [(5, 5), (4, 5), (4, 4), (3, 4)]),
    ("c04", "Poznań", 8, [(4, 4), (4, 3), (4, 4), (4, 4)]),
    ("c05", " GDAŃSK ", 6, [(5, 3), (4, 2), (5, 3), (None, None)]),
    ("c06", None, 7, [(4, 4), (4, 3), (3, 3), (4, 4)]),
    ("c07", "Kraków Rynek", 9, [(4, 4), (5, 4), (4, 5), (4, 5)]),
    ("c08", "Gdańsk", 2, [(4, 2), (5, 2), (4, 4), (4, 2)]),
    ("c09", "Poznań", 10, [(3, 4), (3, 4), (3, 3), (3, 4)]),
    ("c10", None, 5, [(4, 3), (4, 4), (None, None), (4, 3)]),
    ("c11", "KRAKÓW RYNEK", 7, [(5, 4), (5, 5), (4, 4), (5, 5)]),
    ("c12", "Gdańsk", 8, [(5, 4), (4, 4), (4, 3), (5, 4)]),
]
# respondent, unit, (E,P) per item
MANAGERS = [
    ("m1", "Kraków Rynek", [(4, 5), (4, 5), (4, 4), (4, 5)]),
    ("m2", None, [(5, 4), (4, 4), (4, 5), (3, 4)]),
]
AUDITS = [("v1", "Kraków Rynek", [4, 5, 4, 4]), ("v2", None, [3, 3, 3, 3])]
UNITS_SHEET = [("Kraków Rynek", "Oddział Kraków Rynek", "anna@bank.example; piotr@bank.example"),
               ("Poznań", None, "ewa@bank.example"), ("Wrocław", "Oddział Wrocław", None)]


def key(u):
    return u.strip().upper().lower()


# ---------------------------------------------------------------- workbook
def cell(ref, v):
    if v is None:
        return ""
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows):
    out = []
    for r, row in enumerate(rows, 1):
        out.append(f'<row r="{r}">' + "".join(cell(f"{col(c)}{r}", v) for c, v in enumerate(row)) + "</row>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(out) + "</sheetData></worksheet>")


def write_xlsx(path, sheets):
    ns = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, 1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for i, (_, rows) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml(rows))


def ep_header(prefixes):
    return [f"{p}:{code}" for code, _ in ITEMS for p in prefixes]


sheets = [
    ("Engagement", [["client", "Bank Units"], ["wave", "2026-Q3"], ["scale", "1-5"], ["language", "en"],
                    ["recipients", "head@bank.example"], ["min_group_size", MIN_GROUP]]),
    ("Items", [["code", "text", "level"]] + [[c, f"Question {c}", l] for c, l in ITEMS]),
    ("Customers", [["respondent", "unit", "nps"] + ep_header("EP")]
     + [[r, u, n] + [v for e, p in a for v in (e, p)] for r, u, n, a in CUSTOMERS]),
    ("Management", [["respondent", "unit"] + ep_header("EP")]
     + [[r, u] + [v for e, p in a for v in (e, p)] for r, u, a in MANAGERS]),
    ("Audits", [["visit", "unit"] + [f"D:{c}" for c, _ in ITEMS]] + [[v, u] + d for v, u, d in AUDITS]),
    ("Units", [["unit", "name", "recipients"]] + [list(r) for r in UNITS_SHEET]),
]
write_xlsx("units-example.xlsx", sheets)


# ---------------------------------------------------------------- by hand
def mean(xs):
    return sum(xs) / len(xs) if xs else None


def var(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def t975(df):
    df = mp.mpf(df)
    cdf = lambda t: 1 - mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2
    return float(mp.findroot(lambda t: cdf(t) - mp.mpf("0.975"), 2))


def welch(a, b):
    if len(a) < 2 or len(b) < 2:
        return None
    va, vb = var(a) / len(a), var(b) / len(b)
    diff = mean(a) - mean(b)
    if va + vb == 0:
        h = 0.0
    else:
        df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        h = t975(df) * math.sqrt(va + vb)
    low, high = diff - h, diff + h
    status = "below" if high < 0 else "above" if low > 0 else "no_difference"
    return {"diff": diff, "low": low, "high": high, "status": status}


def student(xs):
    if len(xs) < 2:
        return None
    v = var(xs)
    return 0.0 if v == 0 else t975(len(xs) - 1) * math.sqrt(v / len(xs))


def level_value(c, level):
    gaps = [p - e for (e, p), (_, l) in zip(c[3], ITEMS) if l == level and e is not None and p is not None]
    return mean(gaps)


def overall_value(c):
    return mean([p - e for e, p in c[3] if e is not None and p is not None])


def nps(cs):
    answers = [c[2] for c in cs if c[2] is not None]
    n = len(answers)
    p = sum(1 for a in answers if a >= 9) / n
    d = sum(1 for a in answers if a <= 6) / n
    return n, p, d, 100 * (p - d)


def nps_vs(u, r):
    nu, pu, du, su = nps(u)
    nr, pr, dr, sr = nps(r)
    h = 1.96 * 100 * math.sqrt((pu + du - (pu - du) ** 2) / nu + (pr + dr - (pr - dr) ** 2) / nr)
    return {"diff": su - sr, "low": su - sr - h, "high": su - sr + h}


def gap5(values):
    values = [v for v in values if v is not None]
    m = mean(values)
    h = student(values)
    return {"n": len(values), "mean": m, "ci_low": m - h, "ci_high": m + h,
            "share_met": sum(1 for v in values if v >= 0) / len(values)}


def unit_scores(cs, managers, audits):
    levels = {}
    for level in LEVELS:
        levels[level] = {"gap5": gap5([level_value(c, level) for c in cs])}
    n, p, d, score = nps(cs)
    items = []
    for i, (code, level) in enumerate(ITEMS):
        es = [c[3][i][0] for c in cs if c[3][i][0] is not None]
        ps = [c[3][i][1] for c in cs if c[3][i][1] is not None]
        items.append({"code": code, "mean_e": mean(es), "mean_p": mean(ps),
                      "manager_mean_e": mean([m[2][i][0] for m in managers]),
                      "manager_mean_p": mean([m[2][i][1] for m in managers])})
    return {"counts": {"customers": len(cs), "managers": len(managers), "audits": len(audits),
                       "rejected_rows": 0, "invalid_cells": 0},
            "gaps": {"gap5": mean([levels[l]["gap5"]["mean"] for l in LEVELS])},
            "levels": levels, "items": items,
            "nps": {"n": n, "promoters": round(p * n), "detractors": round(d * n), "score": score}}


# units in contract order: Units sheet first, then customers-only by first appearance
order = []
for u, name, _ in UNITS_SHEET:
    order.append((key(u), u, name or u))
for c in CUSTOMERS:
    if c[1] and key(c[1]) not in [o[0] for o in order]:
        order.append((key(c[1]), c[1].strip(), c[1].strip()))

client = unit_scores(CUSTOMERS, MANAGERS, AUDITS)
units_json, unit_files = [], {}
for k, written, name in order:
    mine = [c for c in CUSTOMERS if c[1] and key(c[1]) == k]
    if len(mine) < MIN_GROUP:
        units_json.append({"unit": written, "name": name, "n": len(mine), "suppressed": True})
        continue
    rest = [c for c in CUSTOMERS if not (c[1] and key(c[1]) == k)]
    managers = [m for m in MANAGERS if m[1] is None or key(m[1]) == k]
    audits = [a for a in AUDITS if a[1] is not None and key(a[1]) == k]
    own = unit_scores(mine, managers, audits)
    vs = {l: welch([level_value(c, l) for c in mine if level_value(c, l) is not None],
                   [level_value(c, l) for c in rest if level_value(c, l) is not None]) for l in LEVELS}
    vs["overall"] = welch([overall_value(c) for c in mine], [overall_value(c) for c in rest])
    slug = {"kraków rynek": "krakow-rynek", "gdańsk": "gdansk"}[k]
    g5 = {l: own["levels"][l]["gap5"]["mean"] for l in LEVELS}
    g5["overall"] = own["gaps"]["gap5"]
    units_json.append({"unit": written, "name": name, "n": len(mine), "suppressed": False, "gap5": g5,
                       "nps": own["nps"]["score"], "vs_rest": vs,
                       "files": [f"units/{slug}/report.pdf", f"units/{slug}/scores.json"]})
    own["unit"] = {"unit": written, "name": name}
    own["vs_rest"] = vs
    own["nps_vs_rest"] = nps_vs(mine, rest)
    unit_files[slug] = own
client["units"] = units_json
with open("units-example.scores.json", "w", encoding="utf-8") as f:
    json.dump(client, f, ensure_ascii=False, indent=2)
for slug, own in unit_files.items():
    with open(f"units-example.{slug}.scores.json", "w", encoding="utf-8") as f:
        json.dump(own, f, ensure_ascii=False, indent=2)
