"""Writes OUTPUT (argument 1): 20,000 customers x 12 questions in 50 units (Polish), 100
managers (a third of them of the whole client), a Units sheet with one address per unit:
51 reports. Borrows the xlsx writer of the golden units example."""
import os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "..", "src/test/resources/golden-units/make_units_example.py")).read()
src = src.split('sheets = [')[0]
exec(src)
random.seed(7)
codes = [(f"Q{i}", ["accuracy","availability","partnership","advice"][i % 4]) for i in range(12)]
units = [f"Oddział {i:02d}" for i in range(50)]
cust = [["respondent", "unit", "nps", "segment", "channel"] + [f"{p}:{c}" for c, _ in codes for p in "EP"]]
for r in range(20000):
    u = units[r % 50]
    shift = (r % 50) / 50 - 0.5
    row = [f"c{r}", u, random.randint(0, 10), random.choice(["Retail", "Business"]), random.choice(["phone", "chat", "email"])]
    for _ in codes:
        e = random.randint(3, 5); p = max(1, min(5, round(e - 0.5 + shift + random.gauss(0, 1))))
        row += [e, p]
    cust.append(row)
mgr = [["respondent", "unit"] + [f"{p}:{c}" for c, _ in codes for p in "EP"]]
for m in range(100):
    mgr.append([f"m{m}", units[m % 50] if m % 3 else None] + [random.randint(3, 5) for _ in range(24)])
write_xlsx(sys.argv[1], [
    ("Engagement", [["client", "Big Bank"], ["wave", "2026-Q3"], ["scale", "1-5"], ["language", "pl"], ["min_group_size", 5]]),
    ("Items", [["code", "text", "level"]] + [[c, f"Pytanie {c}", l] for c, l in codes]),
    ("Customers", cust), ("Management", mgr),
    ("Units", [["unit", "name", "recipients"]] + [[u, u, f"u{i}@bank.example"] for i, u in enumerate(units)]),
])
