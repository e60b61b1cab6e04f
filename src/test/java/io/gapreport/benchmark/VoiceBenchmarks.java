package io.gapreport.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Theme;
import io.gapreport.text.LuceneStems;

/**
 * What the voice of the customer adds to scoring a workbook (issue 22: under 2 s for
 * 100,000 comments): 100,000 customers × 24 questions scored with a comment each and four
 * themes, against the same customers without comments, per language; median over the
 * repetitions after one warm-up. {@code java ... VoiceBenchmarks [customers] [reps]}.
 */
public final class VoiceBenchmarks {

	private static final List<String> ENGLISH = List.of("I waited on hold for forty minutes before anyone answered.",
			"The queue at the branch was far too long, and only one desk was open.",
			"My invoice was wrong twice and nobody explained the extra charges; call me on +44 20 7946 0958.",
			"Friendly staff and my problem was solved at the first call.", "ok",
			"Impossible to reach anyone on the phone line after 5 pm, write to tom.baker@example.com.");

	private static final List<String> POLISH = List.of("Czekałem na infolinii ponad pół godziny, zanim ktoś odebrał.",
			"Kolejka w oddziale była bardzo długa, a otwarte było tylko jedno okienko.",
			"Faktura była dwa razy błędna i nikt nie wyjaśnił opłat; proszę dzwonić +48 601 234 567.",
			"Bardzo uprzejma obsługa, sprawa załatwiona przy pierwszym kontakcie.", "ok",
			"Nie da się dodzwonić na infolinię po godzinie 17, proszę pisać na jan.nowak@example.pl.");

	private VoiceBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int customers = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int reps = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		for (String language : List.of("en", "pl")) {
			List<Theme> themes = language.equals("en")
					? List.of(new Theme("Waiting", List.of("wait", "queue", "on hold", "slow*")),
							new Theme("Staff", List.of("staff", "friendly", "rude*")),
							new Theme("Bills", List.of("invoice", "bill*", "charge*")),
							new Theme("Reaching us", List.of("call back", "reach", "phone line")))
					: List.of(new Theme("Czas oczekiwania", List.of("czekanie", "kolej*", "długo")),
							new Theme("Obsługa", List.of("obsługa", "uprzejm*", "niemił*")),
							new Theme("Rachunki", List.of("faktura", "opłat*", "cena")),
							new Theme("Kontakt", List.of("infolinia", "dodzwoni*", "kontakt")));
			List<String> comments = language.equals("en") ? ENGLISH : POLISH;
			List<Question> questions = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				questions.add(new Question("Q" + i, "Question " + i, Level.values()[i % 4], null, null));
			}
			var engagement = new Engagement("Bench", "2026-Q4", null, language, new Scale(1, 7), List.of(), null, 5);
			var withThemes = new Questionnaire(engagement, questions, java.util.Map.of(), List.of(), false, false,
					List.of(), themes);
			var without = new Questionnaire(engagement, questions, java.util.Map.of(), List.of(), false, false);
			long[] plain = new long[reps];
			long[] voiced = new long[reps];
			long[] masked = new long[reps];
			for (int r = -1; r < reps; r++) {
				long a = time(without, customers, null);
				long b = time(withThemes, customers, comments);
				long c = time(without, customers, comments);
				if (r >= 0) {
					plain[r] = a;
					voiced[r] = b;
					masked[r] = c;
				}
			}
			System.out.printf("%s: with comments but no themes (masking and quotes only): %d ms%n", language,
					median(masked));
			long[] added = new long[reps];
			for (int r = 0; r < reps; r++) {
				added[r] = voiced[r] - plain[r];
			}
			System.out.printf(
					"%s: %,d customers scored in %d ms without comments, %d ms with a comment each and %d"
							+ " themes: the voice adds %d ms (median of %d; min %d, max %d)%n",
					language, customers, median(plain), median(voiced), themes.size(), median(added), reps,
					Arrays.stream(added).min().orElse(0), Arrays.stream(added).max().orElse(0));
		}
	}

	private static long time(Questionnaire questionnaire, int customers, List<String> comments) {
		var random = new Random(22);
		long start = System.nanoTime();
		var accumulator = new ScoreAccumulator(questionnaire,
				LuceneStems.forLanguage(questionnaire.engagement().language()));
		int items = questionnaire.questions().size();
		for (int c = 0; c < customers; c++) {
			double[] expected = new double[items];
			double[] perceived = new double[items];
			for (int i = 0; i < items; i++) {
				expected[i] = 4 + random.nextInt(4);
				perceived[i] = 3 + random.nextInt(5);
			}
			String comment = (comments != null) ? comments.get(c % comments.size()) : null;
			accumulator.customer(new CustomerResponse(c + 2, "C" + c, null, null, null, random.nextInt(11), comment,
					expected, perceived));
		}
		accumulator.scores(List.of());
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
