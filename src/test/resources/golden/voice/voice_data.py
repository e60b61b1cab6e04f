"""The golden voice workbooks as data: one item per level, so that a customer's level
value is the P - E of that item. Each customer: (respondent, nps, comment,
(accuracy, availability, partnership, advice) as P - E). E is fixed per level."""

E = {"A1": 5, "V1": 5, "P1": 2, "D1": 3}
ITEMS = [("A1", "Was it right first time?", "accuracy"), ("V1", "Could you reach us?", "availability"),
         ("P1", "Did we understand you?", "partnership"), ("D1", "Did we advise you well?", "advice")]

WORKBOOKS = {
    "voice-en": {
        "language": "en", "min_group_size": 5,
        "themes": [("Waiting", "wait; queue"), ("Staff", "friendly staff, rude*"), ("Price", "price; expensive"),
                   ("Invoices", "invoice, billing"), ("Parking", "parking")],
        "customers": [
            ("c01", 2, "Waited on hold   for ages,\nnobody picked up.", (-1, -3, 2, 0)),
            ("c02", 3, "ok", (-2, -3, 1, 1)),
            ("c03", 4, "Waited on hold for ages, nobody picked up.", (-1, -3, 1, -1)),
            ("c04", 5, "Call me back on +44 20 7946 0958 please, the queue was endless.", (-3, -2, 2, 0)),
            ("c05", 9, "The staff were friendly but my invoice was wrong twice.", (-3, -2, 3, 1)),
            ("c06", 6, "Very friendly staff at the desk, thank you.", (-2, -1, 1, -1)),
            ("c07", 10, "Rudeness at the counter, and a long wait.", (-1, -2, 3, 0)),
            ("c08", 8, "Prices went up again, too expensive for us.", (-2, -1, 2, 1)),
            ("c09", 7, None, (-1, -1, 2, -1)),
            ("c10", 9, "I waited twenty minutes in the queue; write to me at j.smith@example.com", (-2, -2, 1, 0)),
            ("c11", 10, "Quick and helpful, nothing to add.", (-1, -1, 2, 0)),
            ("c12", 9, "The staff were rude and the wait was long.", (-2, 0, 1, -1)),
            ("c13", 10, "Everything fine.", (-1, -1, 3, 0)),
            ("c14", 4, "Waiting, waiting and more waiting at the branch.", (-1, -2, 0, 0)),
        ],
        # which themes each comment mentions, by hand (stems checked against Lucene's
        # EnglishAnalyzer: waited/waiting -> wait, queue, friendly staff -> friendli staff,
        # prices -> price; "staff were friendly" is not "friendly staff"; rude* -> rudeness, rude)
        "mentions": {"c01": {"Waiting"}, "c03": {"Waiting"}, "c04": {"Waiting"}, "c05": {"Invoices"},
                     "c06": {"Staff"}, "c07": {"Staff", "Waiting"}, "c08": {"Price"}, "c10": {"Waiting"},
                     "c12": {"Staff", "Waiting"}, "c14": {"Waiting"}},
        "masked": {"c01": "Waited on hold for ages, nobody picked up.",
                   "c04": "Call me back on [phone] please, the queue was endless.",
                   "c10": "I waited twenty minutes in the queue; write to me at [e-mail]"},
    },
    "voice-pl": {
        "language": "pl", "min_group_size": 4,
        "themes": [("Czas oczekiwania", "czekanie; kolej*"), ("Obsługa", "miła obsługa, niemił*"),
                   ("Infolinia", "infolinia"), ("Ceny", "cena")],
        "customers": [
            ("p01", 3, "Czekałem pół godziny w kolejce.", (-2, -3, 2, 0)),
            ("p02", 2, "Infolinia nie odbiera, proszę dzwonić 601 234 567.", (-1, -3, 1, 1)),
            ("p03", 6, "Niemiła pani przy okienku, długo czekałam.", (-3, -2, 3, -1)),
            ("p04", 9, "Bardzo miła obsługa w oddziale, dziękuję.", (-1, -2, 1, 0)),
            ("p05", 10, "Obsługa była miła", (-2, -2, 2, 1)),
            ("p06", 4, "Na infolinii czekałem godzinę.", (-1, -1, 3, 0)),
            ("p07", 8, "Ceny wzrosły, za drogo.", (-2, -1, 2, -1)),
            ("p08", 7, "Czekałem pół godziny w kolejce.", (-1, -3, 2, 0)),
            ("p09", 9, "Czekanie na przelew trwało tydzień.", (-2, -2, 1, 0)),
            ("p10", 10, None, (-1, -1, 2, 0)),
        ],
        # stems checked against Lucene's PolishAnalyzer (Stempel): czekałem/czekałam/czekanie
        # -> czekać, obsługa; "Obsługa była miła" is not "miła obsługa"; kolej* -> kolejce,
        # niemił* -> niemiła, infolinii -> infolinia, ceny -> cena
        "mentions": {"p01": {"Czas oczekiwania"}, "p02": {"Infolinia"}, "p03": {"Obsługa", "Czas oczekiwania"},
                     "p04": {"Obsługa"}, "p06": {"Infolinia", "Czas oczekiwania"}, "p07": {"Ceny"},
                     "p08": {"Czas oczekiwania"}, "p09": {"Czas oczekiwania"}},
        "masked": {"p02": "Infolinia nie odbiera, proszę dzwonić [phone]."},
    },
    "voice-few": {
        "language": "en", "min_group_size": 5,
        "themes": [("Waiting", "wait")],
        "customers": [
            ("f1", 2, "Waited far too long on the phone.", (-3, -3, 1, 0)),
            ("f2", 9, "Friendly and quick, thank you.", (-1, -2, 2, 1)),
            ("f3", 6, "The wait was long again.", (-2, -3, 1, -1)),
            ("f4", 10, "Nothing to complain about here.", (-1, -1, 2, 0)),
            ("f5", 8, None, (-2, -2, 1, 0)),
            ("f6", 7, "  ", (-1, -2, 2, 1)),
        ],
        "mentions": {"f1": {"Waiting"}, "f3": {"Waiting"}},
        "masked": {},
    },
}
