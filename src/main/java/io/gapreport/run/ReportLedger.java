package io.gapreport.run;

import java.util.List;

/**
 * Which workbook contents have been reported into which folder, so that an unchanged
 * workbook is not reported again.
 */
public interface ReportLedger {

	/** Whether the content with {@code checksum} was reported into {@code folder}. */
	boolean isReported(String checksum, String folder);

	/**
	 * Records that the content with {@code checksum} was reported into {@code folder}.
	 */
	void recordReported(String checksum, String folder, String client, String wave, List<String> files);

	/** A ledger that remembers nothing: every workbook is reported. */
	ReportLedger NONE = new ReportLedger() {

		@Override
		public boolean isReported(String checksum, String folder) {
			return false;
		}

		@Override
		public void recordReported(String checksum, String folder, String client, String wave, List<String> files) {
		}

	};

}
