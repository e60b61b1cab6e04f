"""Writes the golden voice workbooks (run with Debian's python3, which has openpyxl):
/usr/bin/python3 make_workbooks.py  (from this folder; writes ../voice-*.xlsx)."""
import openpyxl
from voice_data import E, ITEMS, WORKBOOKS

for name, data in WORKBOOKS.items():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Engagement"
    for row in [("client", "Voice " + name), ("wave", "2026-Q4"), ("language", data["language"]),
                ("scale", "1-5"), ("min_group_size", data["min_group_size"])]:
        ws.append(row)
    items = wb.create_sheet("Items")
    items.append(("code", "text", "level"))
    for item in ITEMS:
        items.append(item)
    customers = wb.create_sheet("Customers")
    header = ["respondent", "nps", "comment"]
    for code, _, _ in ITEMS:
        header += ["E:" + code, "P:" + code]
    customers.append(header)
    for respondent, nps, comment, values in data["customers"]:
        row = [respondent, nps, comment]
        for (code, _, _), value in zip(ITEMS, values):
            row += [E[code], E[code] + value]
        customers.append(row)
    themes = wb.create_sheet("Themes")
    themes.append(("theme", "keywords"))
    for theme in data["themes"]:
        themes.append(theme)
    wb.save("../" + name + ".xlsx")
