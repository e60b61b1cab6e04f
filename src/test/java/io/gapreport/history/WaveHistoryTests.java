package io.gapreport.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wave's record keeps what the next wave's trend page tests and notes: each level's
 * customer gap with its spread and customers, and how many managers and audit visits the
 * wave rests on; a level without customers stays out.
 */
class WaveHistoryTests {

	static final List<String> databases = TestDatabases.KINDS;

	@ParameterizedTest
	@FieldSource("databases")
	void aRecordedWaveComesBackWithItsLevelsManagersAndVisits(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var history = new JdbcWaveHistory(database.jdbc(), database.transactions());
			// the helper's engagement is wave 2026-Q3 of its client
			var q3 = new TrendPoint("2026-Q3", LocalDate.of(2026, 9, 30), -0.41, -7.25, 393, 0.83, 380, 0.31, 0.38,
					Map.of(Level.ACCURACY, new TrendPoint.LevelGap(-0.29, 0.9, 390), Level.AVAILABILITY,
							new TrendPoint.LevelGap(-1.12, 1.1, 391)),
					7, 5);
			Scores scores = HistoryTransactionsTests.scores("Łódź Bank");
			history.record(scores.withTrend(List.of(q3)));
			var next = new Engagement("Łódź Bank", "2026-Q4", null, "pl", new Scale(1, 7), List.of(), null, 5);
			assertThat(history.earlierWaves(next)).containsExactly(q3);
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aUnitsWavesAreKeptApartFromTheClientsAndOtherUnitsAndFoundWhateverTheCase(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var history = new JdbcWaveHistory(database.jdbc(), database.transactions());
			var centrum = new TrendPoint("2026-Q3", LocalDate.of(2026, 9, 30), -0.2, 5.0, 120, 0.8, 110, 0.4, 0.35,
					Map.of(Level.ACCURACY, new TrendPoint.LevelGap(-0.1, 0.7, 118)), 2, 3);
			var baluty = new TrendPoint("2026-Q3", LocalDate.of(2026, 9, 30), -0.9, -12.0, 80, 1.0, 75, 0.3, 0.42,
					Map.of(), 1, 2);
			Scores scores = HistoryTransactionsTests.scores("Łódź Bank");
			history.recordUnit(scores.withTrend(List.of(centrum)), "Łódź Centrum");
			history.recordUnit(scores.withTrend(List.of(baluty)), "Łódź Bałuty");
			var next = new Engagement("Łódź Bank", "2026-Q4", null, "pl", new Scale(1, 7), List.of(), null, 5);
			assertThat(history.earlierUnitWaves(next, io.gapreport.survey.Unit.keyOf(" ŁÓDŹ CENTRUM ")))
				.containsExactly(centrum);
			assertThat(history.earlierUnitWaves(next, io.gapreport.survey.Unit.keyOf("Łódź Bałuty")))
				.containsExactly(baluty);
			assertThat(history.earlierWaves(next)).as("the client's own waves").isEmpty();
			// a wave reported again replaces the unit's record of that wave
			history.recordUnit(scores.withTrend(List.of(baluty)), "ŁÓDŹ BAŁUTY");
			assertThat(history.earlierUnitWaves(next, io.gapreport.survey.Unit.keyOf("Łódź Bałuty"))).hasSize(1);
		}
	}

}
