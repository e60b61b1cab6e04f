package io.gapreport.history;

import java.util.List;
import java.util.Map;

import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One workbook's failure stays that workbook's: a history write the database refuses (on
 * PostgreSQL, one refused statement aborts the whole transaction, 25P02) leaves the
 * caller's transaction, the chunk of the batch job, usable.
 */
class HistoryTransactionsTests {

	static final List<String> databases = TestDatabases.KINDS;

	@ParameterizedTest
	@FieldSource("databases")
	void aRefusedHistoryWriteLeavesTheCallersTransactionUsable(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var history = new JdbcWaveHistory(database.jdbc(), database.transactions());
			var ledger = new JdbcReportLedger(database.jdbc(), database.transactions());
			Scores tooLong = scores("A".repeat(1001));
			new TransactionTemplate(database.transactions()).executeWithoutResult((chunk) -> {
				assertThatThrownBy(() -> history.record(tooLong)).isInstanceOf(DataIntegrityViolationException.class);
				ledger.recordReported("c0ffee", "acme/2026-q3", "Acme", "2026-Q3", List.of("acme/2026-q3/scores.json"));
				assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM GR_WAVE", Integer.class)).isZero();
			});
			assertThat(ledger.isReported("c0ffee", "acme/2026-q3")).isTrue();
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aRefusedLedgerWriteLeavesTheCallersTransactionUsableAndALedgerWriteCommitsWithIt(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var ledger = new JdbcReportLedger(database.jdbc(), database.transactions());
			var chunk = new TransactionTemplate(database.transactions());
			chunk.executeWithoutResult((status) -> {
				assertThatThrownBy(() -> ledger.recordReported("c0ffee", "f".repeat(401), "Acme", "2026-Q3", List.of()))
					.isInstanceOf(DataIntegrityViolationException.class);
				ledger.recordReported("c0ffee", "acme/2026-q3", "Acme", "2026-Q3", List.of());
			});
			assertThat(ledger.isReported("c0ffee", "acme/2026-q3")).isTrue();
			chunk.executeWithoutResult((status) -> {
				ledger.recordReported("bad", "acme/2026-q4", "Acme", "2026-Q4", List.of());
				status.setRollbackOnly();
			});
			assertThat(ledger.isReported("bad", "acme/2026-q4")).isFalse();
		}
	}

	static Scores scores(String client) {
		var engagement = new Engagement(client, "2026-Q3", null, "en", new Scale(1, 5), List.of(), null, 5);
		var questionnaire = new Questionnaire(engagement,
				List.of(new Question("A1", "Right first time?", Level.ACCURACY, null, null)), Map.of(), List.of(),
				false, false);
		return new ScoreAccumulator(questionnaire).scores(List.of());
	}

}
