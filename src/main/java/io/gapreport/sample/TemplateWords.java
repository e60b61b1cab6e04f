package io.gapreport.sample;

import java.util.List;
import java.util.Map;

/**
 * The words of the template workbook's input prompts and error boxes, in each report
 * language: a Polish template speaks Polish to the person filling it in.
 *
 * @param yes the yes/no words offered for {@code resolved}, the language's first
 * @param resolved prompt of the {@code resolved} column
 * @param nps prompt of the {@code nps} column
 * @param customerAnswer prompt of the customers' E: and P: columns
 * @param managerAnswer prompt of the managers' E: and P: columns
 * @param standard prompt of the Standards levels
 * @param delivered prompt of the audits' D: columns
 * @param level prompt of the Items level column
 * @param dimension prompt of the Items dimension column
 * @param onScale how an answer must look: on the scale of Engagement B5, N/A or blank
 * @param sector prompt of the Engagement sector
 */
record TemplateWords(List<String> yes, String resolved, String nps, String customerAnswer, String managerAnswer,
		String standard, String delivered, String level, String dimension, String onScale, String sector) {

	static final Map<String, TemplateWords> BY_LANGUAGE = Map.of("en",
			new TemplateWords(List.of("yes", "no"), "Was the problem solved at the first contact? yes or no.",
					"How likely to recommend us: a whole number 0 to 10, blank if not answered.",
					"E: what the customer expected; P: what they perceived.",
					"E: what the manager believes customers expect; P: how the manager believes the firm performs.",
					"standard: what the written standards require; promised: what advertising and sales promise.",
					"The service level the auditor observed.", "accuracy, availability, partnership or advice.",
					"Optional SERVQUAL dimension.",
					"A number on the scale set in Engagement B5 (1-7 unless changed), N/A or blank if not answered.",
					"The client's sector, which words the report's actions: banking, retail, hospitality, logistics, "
							+ "telecom, public or other."),
			"pl",
			new TemplateWords(List.of("tak", "nie", "yes", "no"),
					"Czy problem rozwiązano przy pierwszym kontakcie? tak lub nie.",
					"Jak chętnie poleciłby nas klient: liczba całkowita od 0 do 10, puste, jeśli brak odpowiedzi.",
					"E: czego klient oczekiwał; P: jak to ocenił.",
					"E: czego według kierownika oczekują klienci; P: jak według kierownika firma to realizuje.",
					"standard: czego wymagają pisemne standardy; promised: co obiecują reklama i sprzedaż.",
					"Poziom obsługi zaobserwowany przez audytora.", "accuracy, availability, partnership lub advice.",
					"Opcjonalny wymiar SERVQUAL.",
					"Liczba na skali z Engagement B5 (1-7, jeśli jej nie zmieniono), N/A lub puste, jeśli brak odpowiedzi.",
					"Sektor klienta, do którego raport dopasowuje zalecane działania: banking (bankowość), retail "
							+ "(handel), hospitality (hotelarstwo i gastronomia), logistics (logistyka), telecom "
							+ "(telekomunikacja), public (sektor publiczny) lub other (inny)."),
			"cs",
			new TemplateWords(List.of("ano", "ne", "yes", "no"),
					"Byl problém vyřešen při prvním kontaktu? ano nebo ne.",
					"Jak pravděpodobně by nás zákazník doporučil: celé číslo 0 až 10, prázdné, pokud neodpověděl.",
					"E: co zákazník očekával; P: jak to vnímal.",
					"E: co podle manažera zákazníci očekávají; P: jak podle manažera firma funguje.",
					"standard: co vyžadují písemné standardy; promised: co slibuje reklama a obchod.",
					"Úroveň služby, kterou auditor zjistil.", "accuracy, availability, partnership nebo advice.",
					"Nepovinný rozměr SERVQUAL.",
					"Číslo na škále z Engagement B5 (1-7, pokud se nezměnila), N/A nebo prázdné, pokud neodpověděl.",
					"Odvětví klienta, podle něhož zpráva formuluje doporučená opatření: banking (bankovnictví), "
							+ "retail (obchod), hospitality (ubytování a pohostinství), logistics (logistika), "
							+ "telecom (telekomunikace), public (veřejná správa) nebo other (jiné)."),
			"ru",
			new TemplateWords(List.of("да", "нет", "yes", "no"), "Проблема решена при первом обращении? да или нет.",
					"Насколько вероятно, что клиент нас порекомендует: целое число от 0 до 10, пусто, если нет ответа.",
					"E: чего клиент ожидал; P: как он это воспринял.",
					"E: чего, по мнению руководителя, ждут клиенты; P: как, по его мнению, работает компания.",
					"standard: что требуют письменные стандарты; promised: что обещают реклама и продажи.",
					"Уровень обслуживания, который увидел аудитор.", "accuracy, availability, partnership или advice.",
					"Необязательное измерение SERVQUAL.",
					"Число по шкале из Engagement B5 (1-7, если её не меняли), N/A или пусто, если нет ответа.",
					"Отрасль клиента, под которую отчёт формулирует рекомендуемые меры: banking (банки), retail "
							+ "(торговля), hospitality (гостиницы и рестораны), logistics (логистика), telecom "
							+ "(связь), public (государственный сектор) или other (другое)."));

	static TemplateWords of(String language) {
		return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
	}

}
