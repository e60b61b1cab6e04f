package io.gapreport.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The placeholder values the template workbook writes for a consultant to replace: a
 * workbook still holding one of them is not ready to report.
 */
public final class Placeholders {

	/** The client placeholder in each template language. */
	public static final Map<String, String> CLIENT = Map.of("en", "Client name as printed on the report", "pl",
			"Nazwa klienta, jak ma być wydrukowana w raporcie", "cs", "Název klienta, jak má být vytištěn ve zprávě",
			"ru", "Название клиента, как его напечатать в отчёте");

	/** The placeholder recipients, the same in every language. */
	public static final List<String> RECIPIENTS = List.of("first.recipient@example.com",
			"second.recipient@example.com");

	private Placeholders() {
	}

	static boolean isClient(String text) {
		return CLIENT.values().stream().anyMatch((placeholder) -> placeholder.equalsIgnoreCase(text.strip()));
	}

	static boolean isRecipient(String address) {
		return RECIPIENTS.contains(address.toLowerCase(Locale.ROOT));
	}

}
