package io.gapreport.sample;

import java.util.List;
import java.util.Map;

import io.gapreport.survey.Level;
import io.gapreport.survey.Sector;

/**
 * Realistic questions per expectation level, in English and Polish (other languages fall
 * back to English), a bank's own where a firm's would not fit it.
 */
final class QuestionBank {

	static final int PER_LEVEL = 10;

	static final int MAX_ITEMS = 4 * PER_LEVEL;

	static final Map<Level, String> CODES = Map.of(Level.ACCURACY, "ACC", Level.AVAILABILITY, "AVL", Level.PARTNERSHIP,
			"PRT", Level.ADVICE, "ADV");

	static final Map<Level, String> DIMENSIONS = Map.of(Level.ACCURACY, "reliability", Level.AVAILABILITY,
			"responsiveness", Level.PARTNERSHIP, "empathy", Level.ADVICE, "assurance");

	private static final Map<Level, List<String>> ENGLISH = Map
		.of(Level.ACCURACY,
				List.of("Was your order delivered when you expected it?", "Did you receive exactly what you ordered?",
						"Was your invoice correct the first time?", "Did we keep the appointment we agreed with you?",
						"Were the goods undamaged on arrival?", "Did the service work as described?",
						"Was the delivery complete, with nothing missing?", "Did we do what we said we would do?",
						"Were your details recorded correctly?", "Was the work right the first time?"),
				Level.AVAILABILITY,
				List.of("How quickly and well did we answer your follow-up questions?",
						"Was it easy to reach the right person?", "How easy was it to return or exchange a product?",
						"Did we call you back when we promised?", "How long did you wait on the phone?",
						"Could you get help outside office hours?", "Did we answer your e-mail within a day?",
						"Was help available when something went wrong?", "How easy was it to find our contact details?",
						"Did one contact solve your problem?"),
				Level.PARTNERSHIP,
				List.of("Do you feel our company actively works with your organisation?",
						"Do we understand your business and its needs?",
						"Do we treat you as a partner, not a transaction?", "Do we anticipate what you will need next?",
						"Do our staff know your history with us?", "Do we adapt our service to the way you work?",
						"Do we take your feedback seriously?", "Do you trust us to act in your interest?",
						"Do we keep you informed without being asked?", "Would you miss us if we were gone?"),
				Level.ADVICE,
				List.of("Did we give you advice or recommendations that were useful to you?",
						"Did you learn something useful from us?", "Did our training help your team?",
						"Did we suggest ways to save you time or money?",
						"Do we share useful information about the market?", "Did we help you use our product better?",
						"Do our experts explain things clearly?", "Have we helped you avoid a problem?",
						"Do we recommend what is right for you, not for us?", "Would you ask us for advice again?"));

	private static final Map<Level, List<String>> POLISH = Map.of(Level.ACCURACY,
			List.of("Czy zamówienie dotarło w oczekiwanym terminie?",
					"Czy otrzymali Państwo dokładnie to, co zamówili?", "Czy faktura była poprawna za pierwszym razem?",
					"Czy dotrzymaliśmy umówionego terminu wizyty?", "Czy towar dotarł nieuszkodzony?",
					"Czy usługa działała zgodnie z opisem?", "Czy dostawa była kompletna?",
					"Czy zrobiliśmy to, co obiecaliśmy?", "Czy Państwa dane zapisano poprawnie?",
					"Czy praca była wykonana dobrze za pierwszym razem?"),
			Level.AVAILABILITY,
			List.of("Jak szybko i dobrze odpowiedzieliśmy na dalsze pytania?",
					"Czy łatwo było dotrzeć do właściwej osoby?", "Jak łatwy był zwrot lub wymiana produktu?",
					"Czy oddzwoniliśmy, gdy obiecaliśmy?", "Jak długo czekali Państwo przy telefonie?",
					"Czy pomoc była dostępna poza godzinami pracy?", "Czy odpowiedzieliśmy na e-mail w ciągu doby?",
					"Czy pomoc była dostępna, gdy coś poszło źle?", "Czy łatwo było znaleźć nasze dane kontaktowe?",
					"Czy jeden kontakt rozwiązał Państwa problem?"),
			Level.PARTNERSHIP,
			List.of("Czy nasza firma aktywnie współpracuje z Państwa organizacją?",
					"Czy rozumiemy Państwa działalność i potrzeby?", "Czy traktujemy Państwa jak partnera?",
					"Czy przewidujemy, czego będą Państwo potrzebować?",
					"Czy nasi pracownicy znają historię współpracy?",
					"Czy dopasowujemy obsługę do Państwa sposobu pracy?", "Czy poważnie traktujemy Państwa uwagi?",
					"Czy ufają Państwo, że działamy w Państwa interesie?", "Czy informujemy Państwa bez pytania?",
					"Czy brakowałoby Państwu nas, gdyby nas nie było?"),
			Level.ADVICE,
			List.of("Czy nasze porady lub rekomendacje były dla Państwa przydatne?",
					"Czy dowiedzieli się Państwo od nas czegoś przydatnego?", "Czy nasze szkolenie pomogło zespołowi?",
					"Czy podpowiedzieliśmy, jak zaoszczędzić czas lub pieniądze?", "Czy dzielimy się wiedzą o rynku?",
					"Czy pomogliśmy lepiej korzystać z produktu?", "Czy nasi eksperci jasno tłumaczą?",
					"Czy pomogliśmy uniknąć problemu?", "Czy polecamy to, co dobre dla Państwa, a nie dla nas?",
					"Czy zwróciliby się Państwo do nas ponownie po radę?"));

	private static final Map<Level, List<String>> CZECH = Map
		.of(Level.ACCURACY,
				List.of("Byla vaše objednávka doručena, kdy jste ji očekávali?",
						"Dostali jste přesně to, co jste objednali?", "Byla faktura napoprvé správně?"),
				Level.AVAILABILITY,
				List.of("Jak rychle a dobře jsme odpověděli na vaše další dotazy?",
						"Bylo snadné zastihnout správnou osobu?", "Jak snadné bylo vrátit nebo vyměnit výrobek?"),
				Level.PARTNERSHIP,
				List.of("Máte pocit, že naše firma aktivně spolupracuje s vaší organizací?",
						"Rozumíme vašemu podnikání a jeho potřebám?", "Jednáme s vámi jako s partnerem?"),
				Level.ADVICE, List.of("Byly naše rady nebo doporučení pro vás užitečné?",
						"Dozvěděli jste se od nás něco užitečného?", "Pomohlo naše školení vašemu týmu?"));

	private static final Map<Level, List<String>> RUSSIAN = Map.of(
			Level.ACCURACY, List.of("Был ли ваш заказ доставлен в ожидаемый срок?",
					"Получили ли вы именно то, что заказывали?", "Был ли счёт верным с первого раза?"),
			Level.AVAILABILITY,
			List.of("Насколько быстро и хорошо мы ответили на ваши дополнительные вопросы?",
					"Легко ли было связаться с нужным сотрудником?",
					"Насколько легко было вернуть или обменять товар?"),
			Level.PARTNERSHIP,
			List.of("Чувствуете ли вы, что наша компания активно работает с вашей организацией?",
					"Понимаем ли мы ваш бизнес и его потребности?", "Относимся ли мы к вам как к партнёру?"),
			Level.ADVICE, List.of("Были ли наши советы или рекомендации полезны для вас?",
					"Узнали ли вы от нас что-то полезное?", "Помогло ли наше обучение вашей команде?"));

	/**
	 * A bank's first accuracy and availability questions, per language: a bank is asked
	 * about transfers, fees and its advisers, not about orders and returns.
	 */
	private static final Map<String, Map<Level, List<String>>> BANKING = Map.of("en",
			Map.of(Level.ACCURACY,
					List.of("Was your transfer carried out when you expected it?", "Were the fees charged as agreed?",
							"Was your statement correct?", "Did we keep the appointment we agreed with you?"),
					Level.AVAILABILITY,
					List.of("How quickly and well did we answer your follow-up questions?",
							"Was it easy to reach your adviser?", "How quickly was your complaint resolved?",
							"Did we call you back when we promised?")),
			"pl",
			Map.of(Level.ACCURACY,
					List.of("Czy przelew został zrealizowany w oczekiwanym terminie?",
							"Czy opłaty naliczono zgodnie z umową?", "Czy wyciąg był poprawny?",
							"Czy dotrzymaliśmy umówionego terminu spotkania?"),
					Level.AVAILABILITY,
					List.of("Jak szybko i dobrze odpowiedzieliśmy na dalsze pytania?",
							"Czy łatwo było skontaktować się z Państwa doradcą?",
							"Jak szybko rozpatrzyliśmy Państwa reklamację?", "Czy oddzwoniliśmy, gdy obiecaliśmy?")),
			"cs",
			Map.of(Level.ACCURACY,
					List.of("Byl váš převod proveden, kdy jste očekávali?", "Byly poplatky účtovány podle dohody?",
							"Byl váš výpis správný?"),
					Level.AVAILABILITY,
					List.of("Jak rychle a dobře jsme odpověděli na vaše další dotazy?",
							"Bylo snadné zastihnout vašeho poradce?", "Jak rychle byla vyřízena vaše reklamace?")),
			"ru",
			Map.of(Level.ACCURACY,
					List.of("Был ли ваш перевод выполнен в ожидаемый срок?",
							"Были ли комиссии начислены в соответствии с договором?", "Была ли выписка верной?"),
					Level.AVAILABILITY,
					List.of("Насколько быстро и хорошо мы ответили на ваши дополнительные вопросы?",
							"Легко ли было связаться с вашим консультантом?",
							"Насколько быстро была рассмотрена ваша жалоба?")));

	private QuestionBank() {
	}

	/**
	 * The {@code index}-th question of {@code level} in {@code language} for a client of
	 * {@code sector}: a bank's own accuracy and availability questions first, then the
	 * questions for any firm.
	 */
	static String text(Level level, int index, String language, Sector sector) {
		List<String> own = (sector == Sector.BANKING)
				? BANKING.getOrDefault(language, BANKING.get("en")).getOrDefault(level, List.of()) : List.of();
		return (index < own.size()) ? own.get(index) : text(level, index, language);
	}

	/**
	 * The {@code index}-th question of {@code level} in {@code language}; past the
	 * translated ones, English.
	 */
	static String text(Level level, int index, String language) {
		List<String> texts = switch (language) {
			case "pl" -> POLISH.get(level);
			case "cs" -> CZECH.get(level);
			case "ru" -> RUSSIAN.get(level);
			default -> ENGLISH.get(level);
		};
		return (index < texts.size()) ? texts.get(index) : ENGLISH.get(level).get(index % PER_LEVEL);
	}

	/**
	 * The level of the {@code i}-th of {@code items} items: spread evenly, foundation
	 * first.
	 */
	static Level levelOf(int i, int items) {
		return Level.values()[(int) ((long) i * 4 / items)];
	}

}
