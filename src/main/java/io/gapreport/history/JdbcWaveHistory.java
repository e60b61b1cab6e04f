package io.gapreport.history;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gapreport.output.Slug;
import io.gapreport.run.WaveHistory;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every reported wave's headline scores in table {@code GR_WAVE}, one row per client and
 * wave. A client is recognised by the slug of its name, so a change of case or accents
 * does not start a new history.
 */
public final class JdbcWaveHistory implements WaveHistory {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	/**
	 * @param transactions each read and write runs in a transaction of its own, so that a
	 * refused statement never aborts the caller's (on PostgreSQL an aborted transaction
	 * refuses everything after it)
	 */
	public JdbcWaveHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public List<TrendPoint> earlierWaves(Engagement engagement) {
		var current = TrendPoint.of(engagement.wave(), engagement.waveDate(), null, null);
		return this.own.execute((status) -> this.jdbc.query(
				"SELECT WAVE, WAVE_DATE, GAP5, NPS, CUSTOMERS, GAP_SD, NPS_CUSTOMERS, PROMOTERS, DETRACTORS FROM GR_WAVE WHERE CLIENT_KEY = ?",
				(row, i) -> new TrendPoint(row.getString(1), toLocalDate(row.getDate(2)),
						row.getObject(3, Double.class), row.getObject(4, Double.class), row.getInt(5),
						row.getObject(6, Double.class), row.getInt(7), row.getDouble(8), row.getDouble(9)),
				Slug.of(engagement.client())))
			.stream()
			.filter((point) -> !point.wave().equals(engagement.wave())
					&& TrendPoint.WAVE_ORDER.compare(point, current) < 0)
			.sorted(TrendPoint.WAVE_ORDER)
			.toList();
	}

	@Override
	public void record(Scores scores) {
		Engagement engagement = scores.engagement();
		String key = Slug.of(engagement.client());
		TrendPoint point = scores.trendPoint();
		this.own.executeWithoutResult((status) -> record(scores, engagement, key, point));
	}

	private void record(Scores scores, Engagement engagement, String key, TrendPoint point) {
		this.jdbc.update("DELETE FROM GR_WAVE WHERE CLIENT_KEY = ? AND WAVE = ?", key, engagement.wave());
		this.jdbc.update("""
				INSERT INTO GR_WAVE (CLIENT_KEY, WAVE, WAVE_DATE, CLIENT, GAP5, NPS, GAP5_ACCURACY, GAP5_AVAILABILITY,
					GAP5_PARTNERSHIP, GAP5_ADVICE, CUSTOMERS, GAP_SD, NPS_CUSTOMERS, PROMOTERS, DETRACTORS, REPORTED_AT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", key, engagement.wave(),
				(point.waveDate() != null) ? Date.valueOf(point.waveDate()) : null, engagement.client(), point.gap5(),
				point.nps(), scores.level(Level.ACCURACY).gap5().mean(), scores.level(Level.AVAILABILITY).gap5().mean(),
				scores.level(Level.PARTNERSHIP).gap5().mean(), scores.level(Level.ADVICE).gap5().mean(),
				point.customers(), point.gapSd(), point.npsCustomers(), point.promoters(), point.detractors(),
				Timestamp.from(Instant.now()));
	}

	private static LocalDate toLocalDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
