package io.gapreport.sample;

import java.util.List;

/**
 * One unit (a branch) of a synthetic client.
 *
 * @param unit the unit as written in the Customers, Management and Audits sheets
 * @param name the name printed on its report (the Units sheet's {@code name})
 * @param recipients its managers' addresses (the Units sheet's {@code recipients})
 * @param share its share of the customers; 0 for a branch of a few customers only (one in
 * every 97), too few for a report of its own
 * @param shift how its service differs from the client's, in points of perception
 */
public record SampleUnit(String unit, String name, List<String> recipients, double share, double shift) {

	public SampleUnit {
		recipients = List.copyOf(recipients);
	}

}
