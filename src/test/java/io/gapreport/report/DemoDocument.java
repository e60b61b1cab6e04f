package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.BenchmarkChartSpec;
import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.NpsDistributionSpec;
import io.gapreport.chart.RangeChartSpec;
import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.chart.Tone;

/**
 * The demonstration document: a Polish report model for {@code templates/demo.ftlh} with
 * one chart of every kind, Czech and Cyrillic samples, a hostile workbook string and a
 * table long enough to span pages.
 */
final class DemoDocument {

	static final Locale POLISH = Locale.forLanguageTag("pl-PL");

	static final String HOSTILE = "<b>x</b> ${7*7} <#if true>y</#if> & \"q\"";

	static final String POLISH_TEXT = "Zażółć gęślą jaźń – ŁÓDŹ, ŚWIĘTOKRZYSKIE, ŻUBR";

	static final String CZECH_TEXT = "Příliš žluťoučký kůň úpěl ďábelské ódy – řízení, ěščřžýáíéůú";

	static final String CYRILLIC_TEXT = "Съешь же ещё этих мягких французских булок – Жалоба, щедрость, ёлка";

	static final String GAP_AXIS = "Luka (percepcja − oczekiwanie)";

	static final String TITLE = "Analiza luk w obsłudze klienta";

	static final int TABLE_ROWS = 90;

	private static final List<String> LEVELS = List.of("Dokładność", "Dostępność", "Partnerstwo", "Doradztwo");

	private DemoDocument() {
	}

	static byte[] render() {
		String xhtml = Templates.packaged().render("demo.ftlh", model(), POLISH);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		new PdfRenderer().render(xhtml, charts(), pdf);
		return pdf.toByteArray();
	}

	static Map<String, Object> model() {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("lang", "pl");
		model.put("title", TITLE);
		model.put("author", "Zespół badawczy gap-report");
		model.put("subject", "Badanie satysfakcji klientów, fala 3");
		model.put("keywords", "luki, NPS, jakość obsługi");
		model.put("client", "Przedsiębiorstwo Łódzkie Sp. z o.o.");
		model.put("wave", "Fala 3 – jesień 2025");
		model.put("date", "14 listopada 2025");
		model.put("labels", Map.of("page", "Strona", "of", "z"));
		model.put("sections", List.of(
				section("gaps", "Luki w jakości usług",
						List.of(POLISH_TEXT + ". Luka piąta to różnica między tym, czego klient oczekiwał, a tym, "
								+ "co otrzymał; ujemna wartość oznacza niedobór.", CZECH_TEXT),
						List.of(chart("gaps", "Luki 1–5 według poziomu oczekiwań", "80mm",
								"Czerwony obrys: luka ujemna (niedobór)."),
								chart("gap5", "Luka klienta według poziomu", "70mm",
										"Czerwony: niedobór; turkusowy: oczekiwania spełnione."),
								chart("intervals", "Luka klienta z 95% przedziałem ufności", "80mm",
										"Przedział w całości poniżej zera to wyraźny niedobór."))),
				section("customers", "Głos klientów", List.of(CYRILLIC_TEXT, "Wartość z arkusza: " + HOSTILE), List.of(
						chart("nps", "Rozkład ocen polecenia (NPS)", "70mm",
								"0–6 krytycy, 7–8 bierni, 9–10 promotorzy."),
						chart("ipa", "Macierz ważność–realizacja", "95mm", "Lewy górny kwadrant: skup się tutaj."),
						chart("benchmark", "Rozwiązanie przy pierwszym kontakcie", "60mm",
								"Najlepsi i reszta według badania organizacji obsługi."),
						chart("trend", "Trend w kolejnych falach", "65mm", "Średnia luka i NPS/100.")))));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= TABLE_ROWS; i++) {
			double gap = Math.round((Math.sin(i) * 1.2) * 100) / 100.0;
			rows.add(Map.of("code", "P%02d".formatted(i), "question",
					(i == 7) ? HOSTILE
							: "Czy obsługa była uprzejma i rzeczowa? (pytanie %d, poziom %s)".formatted(i,
									LEVELS.get(i % 4)),
					"expectation", String.format(POLISH, "%.2f", 4.1), "perception",
					String.format(POLISH, "%.2f", 4.1 + gap), "gap", String.format(POLISH, "%.2f", gap), "shortfall",
					gap < 0));
		}
		model.put("table", Map.of("title", "Wszystkie pytania", "intro", "Tabela ciągnie się przez kilka stron.",
				"columns", List.of("Kod", "Pytanie", "Oczekiwanie", "Percepcja", "Luka"), "rows", rows));
		return model;
	}

	static Map<String, ChartSpec> charts() {
		Map<String, ChartSpec> charts = new LinkedHashMap<>();
		charts.put("gaps",
				new BarChartSpec("", "Poziom oczekiwań", "Średnia na skali odpowiedzi", LEVELS,
						List.of(series("Oczekiwane", 5.6, 5.2, 4.9, 4.4), series("Postrzegane", 5.2, 4.9, 5.1, 4.8)), 1,
						7, POLISH));
		Map<Tone, String> tones = Map.of(Tone.SHORTFALL, "Niedobór", Tone.INDICATIVE, "orientacyjne",
				Tone.NO_DIFFERENCE, "Brak istotnej różnicy", Tone.EXCEEDED, "Przekroczone");
		charts.put("gap5",
				new GapBarsSpec("", GAP_AXIS,
						List.of(new GapBarsSpec.Bar("Luka 1: wiedza", -0.42, Tone.SHORTFALL),
								GapBarsSpec.Bar.notMeasured("Luka 2: standardy"),
								new GapBarsSpec.Bar("Luka 3: realizacja", -0.3, Tone.INDICATIVE),
								new GapBarsSpec.Bar("Luka 4: komunikacja", 0.2, Tone.NO_DIFFERENCE),
								new GapBarsSpec.Bar("Luka 5: klient", 0.35, Tone.EXCEEDED)),
						new GapBarsSpec.Labels("nie zmierzono", tones), POLISH));
		charts.put("intervals",
				new RangeChartSpec("", "", GAP_AXIS,
						List.of(new RangeChartSpec.Interval("Dokładność", -0.42, -0.61, -0.23),
								new RangeChartSpec.Interval("Dostępność", -0.3, -0.52, -0.08),
								new RangeChartSpec.Interval("Partnerstwo", 0.05, -0.2, 0.3),
								new RangeChartSpec.Interval("Doradztwo", 0.35, 0.12, 0.58)),
						tones, POLISH));
		charts.put("nps",
				new NpsDistributionSpec("", "Ocena", "Liczba odpowiedzi", List.of(3, 1, 2, 4, 6, 9, 14, 25, 31, 22, 18),
						new NpsDistributionSpec.Groups("Krytycy (0–6)", "Bierni (7–8)", "Promotorzy (9–10)"), POLISH));
		charts
			.put("ipa",
					new ScatterChartSpec("", "Luka klienta (postrzeganie minus oczekiwanie)", "Ważność (waga pytania)",
							List.of(new ScatterChartSpec.Point("P01 Terminowość", -0.9, 4.6, Tone.SHORTFALL),
									new ScatterChartSpec.Point("P02 Kompletność", -0.2, 4.4, Tone.NO_DIFFERENCE),
									new ScatterChartSpec.Point("P05 Czas odpowiedzi", -1.1, 4.1, Tone.SHORTFALL),
									new ScatterChartSpec.Point("P08 Zwroty", 0.4, 4.3, Tone.EXCEEDED),
									new ScatterChartSpec.Point("P11 Opiekun", 0.5, 3.2, Tone.EXCEEDED),
									new ScatterChartSpec.Point("P14 Szkolenia", -0.6, 2.9,
											Tone.SHORTFALL),
									new ScatterChartSpec.Point("P17 Porady", 0.1, 3.4, Tone.NO_DIFFERENCE)),
							0, 1, 3.8, 0,
							List.of(new ScatterChartSpec.Verdict("Tu skupić działania",
									List.of("P01 Terminowość", "P05 Czas odpowiedzi")),
									new ScatterChartSpec.Verdict("Poprawić w drugiej kolejności",
											List.of("P14 Szkolenia")),
									new ScatterChartSpec.Verdict("Utrzymać poziom",
											List.of("P02 Kompletność", "P08 Zwroty")),
									new ScatterChartSpec.Verdict("Niski priorytet", List.of("P17 Porady")),
									new ScatterChartSpec.Verdict("Możliwy nadmiar", List.of("P11 Opiekun"))),
							tones, POLISH));
		charts.put("benchmark",
				new BenchmarkChartSpec("", "Odsetek spraw rozwiązanych przy pierwszym kontakcie",
						List.of(new BenchmarkChartSpec.Channel("Telefon", 0.61, 0.82, 0.56),
								new BenchmarkChartSpec.Channel("E-mail", 0.41, 0.68, 0.46),
								new BenchmarkChartSpec.Channel("Czat", 0.30, 0.45, 0.28),
								new BenchmarkChartSpec.Channel("Oddział", 0.72, null, null)),
						new BenchmarkChartSpec.Labels("My", "Najlepsi", "Reszta"), POLISH));
		charts.put("trend",
				new LineChartSpec("", "Fala", "Wartość", List.of("Fala 1", "Fala 2", "Fala 3", "Fala 4"), List
					.of(series("Średnia luka", -0.61, -0.48, -0.42, -0.2), series("NPS/100", 0.12, 0.18, 0.15, 0.24)),
						2, POLISH));
		return charts;
	}

	private static Series series(String name, double... values) {
		return new Series(name, java.util.Arrays.stream(values).boxed().toList());
	}

	private static Map<String, Object> section(String id, String title, List<String> paragraphs,
			List<Map<String, String>> charts) {
		return Map.of("id", id, "title", title, "paragraphs", paragraphs, "charts", charts);
	}

	private static Map<String, String> chart(String id, String title, String height, String caption) {
		return Map.of("id", id, "title", title, "height", height, "caption", caption);
	}

}
