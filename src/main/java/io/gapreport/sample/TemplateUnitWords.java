package io.gapreport.sample;

import java.util.Map;

/**
 * The prompts of the template's unit columns and Units sheet, in each report language.
 *
 * @param customer prompt of the Customers {@code unit} column
 * @param manager prompt of the Management {@code unit} column
 * @param audit prompt of the Audits {@code unit} column
 * @param unit prompt of the Units sheet's {@code unit} column
 * @param name prompt of the Units sheet's {@code name} column
 * @param recipients prompt of the Units sheet's {@code recipients} column
 */
record TemplateUnitWords(String customer, String manager, String audit, String unit, String name, String recipients) {

	static final Map<String, TemplateUnitWords> BY_LANGUAGE = Map.of("en",
			new TemplateUnitWords(
					"Optional: the unit (branch, store, team) that served this customer. With two or more units, "
							+ "each gets a report of its own.",
					"Optional: the unit this manager runs; blank for a manager of the whole client.",
					"Optional: the unit visited; blank counts for the client's report only.",
					"The unit as written in the unit columns (spaces and case do not matter), once per row.",
					"Optional: the name printed on the unit's report.",
					"Optional: the unit managers' e-mail addresses, separated by ; or ,. They receive only "
							+ "their unit's report."),
			"pl",
			new TemplateUnitWords(
					"Opcjonalnie: jednostka (oddział, sklep, zespół), która obsłużyła klienta. Przy co najmniej "
							+ "dwóch jednostkach każda otrzymuje własny raport.",
					"Opcjonalnie: jednostka, którą kieruje ten kierownik; puste dla kierownika całej firmy.",
					"Opcjonalnie: odwiedzona jednostka; puste liczy się tylko w raporcie dla całej firmy.",
					"Jednostka zapisana tak jak w kolumnach unit (spacje i wielkość liter nie mają znaczenia), "
							+ "jedna w wierszu.",
					"Opcjonalnie: nazwa drukowana w raporcie jednostki.",
					"Opcjonalnie: adresy e-mail kierowników jednostki, oddzielone ; lub ,. Otrzymują tylko "
							+ "raport swojej jednostki."),
			"cs",
			new TemplateUnitWords(
					"Nepovinné: jednotka (pobočka, prodejna, tým), která zákazníka obsloužila. Při dvou a více "
							+ "jednotkách dostane každá vlastní zprávu.",
					"Nepovinné: jednotka, kterou tento manažer řídí; prázdné pro manažera celé firmy.",
					"Nepovinné: navštívená jednotka; prázdné se počítá jen do zprávy za celou firmu.",
					"Jednotka zapsaná jako ve sloupcích unit (na mezerách a velikosti písmen nezáleží), "
							+ "jedna na řádek.",
					"Nepovinné: název vytištěný ve zprávě jednotky.",
					"Nepovinné: e-mailové adresy manažerů jednotky, oddělené ; nebo ,. Dostanou jen zprávu "
							+ "své jednotky."),
			"ru",
			new TemplateUnitWords(
					"Необязательно: подразделение (филиал, магазин, команда), обслужившее клиента. Если "
							+ "подразделений два и больше, каждое получает собственный отчёт.",
					"Необязательно: подразделение, которым руководит этот руководитель; пусто для руководителя "
							+ "всей компании.",
					"Необязательно: посещённое подразделение; пусто учитывается только в отчёте по всей компании.",
					"Подразделение так, как оно записано в столбцах unit (пробелы и регистр не важны), по одному "
							+ "в строке.",
					"Необязательно: название, которое печатается в отчёте подразделения.",
					"Необязательно: адреса электронной почты руководителей подразделения через ; или ,. Они "
							+ "получают только отчёт своего подразделения."));

	static TemplateUnitWords of(String language) {
		return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
	}

}
