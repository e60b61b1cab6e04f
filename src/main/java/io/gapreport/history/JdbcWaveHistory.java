package io.gapreport.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gapreport.output.Slug;
import io.gapreport.run.WaveHistory;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import io.gapreport.survey.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every reported wave's headline scores in table {@code GR_WAVE}, one row per client and
 * wave, and every reported unit's in {@code GR_UNIT_WAVE}, one row per client, unit and
 * wave. A client is recognised by the slug of its name, so a change of case or accents
 * does not start a new history; a unit by its key (trimmed, case-folded), as units are
 * compared within a workbook.
 */
public final class JdbcWaveHistory implements WaveHistory {

	/** The columns of a wave, in the order {@link #point} reads them. */
	private static final List<String> COLUMNS = columns();

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
		return earlier(engagement,
				this.own.execute((status) -> this.jdbc.query(
						"SELECT " + String.join(", ", COLUMNS) + " FROM GR_WAVE WHERE CLIENT_KEY = ?",
						(row, i) -> point(row), Slug.of(engagement.client()))));
	}

	@Override
	public List<TrendPoint> earlierUnitWaves(Engagement engagement, String unitKey) {
		return earlier(engagement,
				this.own.execute((status) -> this.jdbc.query(
						"SELECT " + String.join(", ", COLUMNS)
								+ " FROM GR_UNIT_WAVE WHERE CLIENT_KEY = ? AND UNIT_KEY = ?",
						(row, i) -> point(row), Slug.of(engagement.client()), unitKey)));
	}

	private static List<TrendPoint> earlier(Engagement engagement, List<TrendPoint> recorded) {
		var current = TrendPoint.of(engagement.wave(), engagement.waveDate(), null, null);
		return recorded.stream()
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
		this.own.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM GR_WAVE WHERE CLIENT_KEY = ? AND WAVE = ?", key, engagement.wave());
			insert("GR_WAVE (CLIENT_KEY, CLIENT, ", List.of(key, engagement.client()), engagement, point);
		});
	}

	@Override
	public void recordUnit(Scores scores, String unit) {
		Engagement engagement = scores.engagement();
		String key = Slug.of(engagement.client());
		String unitKey = Unit.keyOf(unit);
		TrendPoint point = scores.trendPoint();
		this.own.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM GR_UNIT_WAVE WHERE CLIENT_KEY = ? AND UNIT_KEY = ? AND WAVE = ?", key,
					unitKey, engagement.wave());
			insert("GR_UNIT_WAVE (CLIENT_KEY, UNIT_KEY, CLIENT, UNIT, ",
					List.of(key, unitKey, engagement.client(), unit), engagement, point);
		});
	}

	/**
	 * Inserts a wave's row into {@code table}, the keys first, then the wave's columns.
	 */
	private void insert(String table, List<Object> keys, Engagement engagement, TrendPoint point) {
		List<Object> values = new ArrayList<>(keys);
		values.add(Timestamp.from(Instant.now()));
		values
			.addAll(Arrays.asList(engagement.wave(), (point.waveDate() != null) ? Date.valueOf(point.waveDate()) : null,
					point.gap5(), point.nps(), point.customers(), point.gapSd(), point.npsCustomers(),
					point.promoters(), point.detractors(), point.managers(), point.audits()));
		for (Level level : Level.values()) {
			TrendPoint.LevelGap gap = point.levels().get(level);
			values.addAll(Arrays.asList((gap != null) ? gap.mean() : null, (gap != null) ? gap.sd() : null,
					(gap != null) ? gap.n() : null));
		}
		this.jdbc.update("INSERT INTO " + table + "REPORTED_AT, " + String.join(", ", COLUMNS) + ") VALUES ("
				+ "?, ".repeat(values.size() - 1) + "?)", values.toArray());
	}

	/**
	 * A wave as recorded; a wave recorded before levels and respondents were kept has
	 * none.
	 */
	private static TrendPoint point(ResultSet row) throws SQLException {
		Map<Level, TrendPoint.LevelGap> levels = new EnumMap<>(Level.class);
		int column = 12;
		for (Level level : Level.values()) {
			Double mean = row.getObject(column, Double.class);
			Integer n = row.getObject(column + 2, Integer.class);
			if (mean != null && n != null) {
				levels.put(level, new TrendPoint.LevelGap(mean, row.getObject(column + 1, Double.class), n));
			}
			column += 3;
		}
		return new TrendPoint(row.getString(1), toLocalDate(row.getDate(2)), row.getObject(3, Double.class),
				row.getObject(4, Double.class), row.getInt(5), row.getObject(6, Double.class), row.getInt(7),
				row.getDouble(8), row.getDouble(9), levels, row.getObject(10, Integer.class),
				row.getObject(11, Integer.class));
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("WAVE", "WAVE_DATE", "GAP5", "NPS", "CUSTOMERS", "GAP_SD",
				"NPS_CUSTOMERS", "PROMOTERS", "DETRACTORS", "MANAGERS", "AUDITS"));
		for (Level level : Level.values()) {
			String gap = "GAP5_" + level.name();
			columns.addAll(List.of(gap, gap + "_SD", gap + "_N"));
		}
		return List.copyOf(columns);
	}

	private static LocalDate toLocalDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
