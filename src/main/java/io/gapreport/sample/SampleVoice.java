package io.gapreport.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Customers' comments and a Themes sheet in each report language, for the sample
 * workbooks and the template: an unhappy customer writes about waiting, staff or bills, a
 * happy one praises; now and then a comment holds a phone number or an address, which the
 * report masks. Comments are drawn from a random source of their own, so that the answers
 * of a sample client stay what they were.
 */
final class SampleVoice {

	/** Per language: the Themes sheet's rows, a theme and its keywords. */
	static final Map<String, List<List<String>>> THEMES = Map.of("en",
			List.of(List.of("Waiting", "wait; queue; on hold; slow*"),
					List.of("Staff", "staff; friendly; rude*; helpful"),
					List.of("Bills and prices", "invoice; bill*; price; charge*"),
					List.of("Reaching us", "call back; reach; phone line")),
			"pl",
			List.of(List.of("Czas oczekiwania", "czekanie; kolej*; długo"),
					List.of("Obsługa", "obsługa; uprzejm*; niemił*; pracownik"),
					List.of("Rachunki i ceny", "faktura; opłat*; cena"),
					List.of("Kontakt", "infolinia; dodzwoni*; kontakt")),
			"cs",
			List.of(List.of("Čekání", "ček*; front*; dlouho"), List.of("Personál", "personál*; ochot*; nepříjem*"),
					List.of("Vyúčtování a ceny", "faktur*; poplat*; cen*"),
					List.of("Dostupnost", "link*; dovola*; kontakt*")),
			"ru",
			List.of(List.of("Ожидание", "ожидани*; очеред*; долго; жд*"),
					List.of("Персонал", "персонал*; вежлив*; груб*; сотрудник*"),
					List.of("Счета и цены", "счет*; счёт*; оплат*; цен*"),
					List.of("Связь", "горяч* лини*; дозвон*; связ*")));

	private static final Map<String, List<String>> UNHAPPY = Map.of("en",
			List.of("I waited on hold for forty minutes before anyone answered.",
					"The queue at the branch was far too long, and only one desk was open.",
					"My invoice was wrong twice and nobody explained the extra charges.",
					"Staff were rude when I asked why my case took so long.",
					"Nobody called back although I was promised a call the same day.",
					"Impossible to reach anyone on the phone line after 5 pm.",
					"Please call me back on +44 20 7946 0958, I am still waiting for an answer.",
					"The price went up without notice; write to me at tom.baker@example.com."),
			"pl",
			List.of("Czekałem na infolinii ponad pół godziny, zanim ktoś odebrał.",
					"Kolejka w oddziale była bardzo długa, a otwarte było tylko jedno okienko.",
					"Faktura była dwa razy błędna i nikt nie wyjaśnił dodatkowych opłat.",
					"Pracownik był niemiły, gdy zapytałem o opóźnienie.",
					"Obiecano mi kontakt tego samego dnia, ale nikt nie oddzwonił.",
					"Nie da się dodzwonić na infolinię po godzinie 17.",
					"Proszę o kontakt pod numerem +48 601 234 567, nadal czekam na odpowiedź.",
					"Cena wzrosła bez uprzedzenia; proszę pisać na jan.nowak@example.pl."),
			"cs",
			List.of("Na lince jsem čekal přes půl hodiny, než to někdo vzal.",
					"Fronta na pobočce byla dlouhá a otevřená byla jen jedna přepážka.",
					"Faktura byla dvakrát chybná a nikdo nevysvětlil poplatky navíc.",
					"Personál byl nepříjemný, když jsem se ptal na zpoždění.",
					"Slíbili mi kontakt ještě ten den, ale nikdo se neozval.",
					"Po páté hodině se nedá dovolat na zákaznickou linku.",
					"Zavolejte mi prosím na (420) 777-123-456, stále čekám na odpověď.",
					"Cena vzrostla bez upozornění; pište mi na petr.novak@example.cz."),
			"ru",
			List.of("Я ждал на горячей линии больше получаса, пока кто-то ответил.",
					"Очередь в отделении была очень длинной, работало только одно окно.",
					"Счёт дважды был неверным, и никто не объяснил дополнительную оплату.",
					"Сотрудник был груб, когда я спросил о задержке.",
					"Обещали связаться в тот же день, но никто не перезвонил.",
					"После пяти часов невозможно дозвониться на горячую линию.",
					"Перезвоните мне, пожалуйста, по номеру 8 800 555 35 35, я всё ещё жду ответа.",
					"Цена выросла без предупреждения; пишите мне на ivan.petrov@example.ru."));

	private static final Map<String, List<String>> HAPPY = Map.of("en",
			List.of("Friendly staff and my problem was solved at the first call.",
					"Quick and helpful, everything was sorted at once. Thank you.",
					"The adviser really understood what our business needs."),
			"pl",
			List.of("Bardzo uprzejma obsługa, sprawa załatwiona przy pierwszym kontakcie.",
					"Szybko i sprawnie, wszystko załatwione od ręki. Dziękuję.",
					"Doradca naprawdę rozumie potrzeby naszej firmy."),
			"cs",
			List.of("Velmi ochotný personál, vše vyřízeno při prvním kontaktu.",
					"Rychle a spolehlivě, vše vyřízeno hned. Děkuji.", "Poradce opravdu rozumí potřebám naší firmy."),
			"ru",
			List.of("Очень вежливый персонал, вопрос решили с первого обращения.",
					"Быстро и удобно, всё решили сразу. Спасибо.",
					"Консультант действительно понимает нужды нашей компании."));

	/** Short comments that are counted, never quoted. */
	private static final Map<String, List<String>> SHORT = Map.of("en", List.of("ok", "n/a"), "pl",
			List.of("ok", "brak uwag"), "cs", List.of("ok", "bez výhrad"), "ru", List.of("ок", "нет"));

	/** Share of customers who leave a comment. */
	private static final double COMMENTING = 0.35;

	private final Random random;

	private final String language;

	SampleVoice(long seed, String language) {
		this.random = new Random(seed * 31 + 7);
		this.language = THEMES.containsKey(language) ? language : "en";
	}

	/**
	 * A comment of a customer whose attitude (standard normal, positive: satisfied) is
	 * {@code attitude}, or null for one who leaves none.
	 */
	String comment(double attitude) {
		if (this.random.nextDouble() >= COMMENTING) {
			return null;
		}
		List<String> pool = (this.random.nextDouble() < 0.08) ? SHORT.get(this.language)
				: (attitude < 0.3) ? UNHAPPY.get(this.language) : HAPPY.get(this.language);
		return pool.get(this.random.nextInt(pool.size()));
	}

	/** Adds the Themes sheet of {@code language} to {@code workbook}. */
	static void themes(Workbook workbook, SheetRows rows, String language) {
		Sheet sheet = workbook.createSheet("Themes");
		rows.header(sheet, List.of("theme", "keywords"));
		List<List<String>> themes = THEMES.getOrDefault(language, THEMES.get("en"));
		for (int i = 0; i < themes.size(); i++) {
			rows.write(sheet, i + 1, themes.get(i).get(0), themes.get(i).get(1));
		}
	}

}
