package io.gapreport.sample;

import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Which unit each customer, manager and audit visit of a synthetic client belongs to, and
 * its Units sheet; nothing for a client without units. The customers' units are drawn
 * from a random source of their own, so that a client's other values are the same with
 * units as without.
 */
final class SampleUnitDraws {

	private final List<SampleUnit> units;

	/** The units with a share of the customers (the small one aside). */
	private final List<SampleUnit> shared;

	private final @Nullable SampleUnit small;

	private final Random random;

	SampleUnitDraws(SampleClient client) {
		this.units = client.units();
		this.shared = this.units.stream().filter((unit) -> unit.share() > 0).toList();
		this.small = this.units.stream().filter((unit) -> unit.share() == 0).findFirst().orElse(null);
		this.random = new Random(client.seed() ^ 0x5EED_0F_5A1EL);
	}

	/** Adds the {@code unit} column (last) when the client has units. */
	void withColumn(List<String> header) {
		if (!this.units.isEmpty()) {
			header.add("unit");
		}
	}

	/**
	 * The unit of customer {@code r} (from 1): one in 97 is the small unit's (if any),
	 * one in 50 has none, the others are drawn by the units' shares.
	 */
	@Nullable SampleUnit customer(int r) {
		if (this.units.isEmpty()) {
			return null;
		}
		if (r % 97 == 0 && this.small != null) {
			return this.small;
		}
		if (this.shared.isEmpty() || this.random.nextDouble() < 0.02) {
			return null;
		}
		double draw = this.random.nextDouble() * this.shared.stream().mapToDouble(SampleUnit::share).sum();
		for (SampleUnit unit : this.shared) {
			draw -= unit.share();
			if (draw < 0) {
				return unit;
			}
		}
		return this.shared.get(this.shared.size() - 1);
	}

	/**
	 * The unit manager {@code m} (from 0) runs: the first (the CEO) and every few run the
	 * whole client (null), the others a branch each.
	 */
	@Nullable SampleUnit manager(int m) {
		int slot = this.shared.isEmpty() ? 0 : m % (this.shared.size() + 1);
		return (slot == 0) ? null : this.shared.get(slot - 1);
	}

	/** The unit audit visit {@code v} (from 0) went to, in turn. */
	@Nullable SampleUnit visit(int v) {
		return this.shared.isEmpty() ? null : this.shared.get(v % this.shared.size());
	}

	/** Writes the Units sheet: unit, printed name, managers' addresses. */
	void writeSheet(Workbook workbook, SheetRows rows) {
		if (this.units.isEmpty()) {
			return;
		}
		Sheet sheet = workbook.createSheet("Units");
		rows.header(sheet, List.of("unit", "name", "recipients"));
		int row = 1;
		for (SampleUnit unit : this.units) {
			rows.write(sheet, row++, unit.unit(), unit.name(), String.join("; ", unit.recipients()));
		}
	}

}
