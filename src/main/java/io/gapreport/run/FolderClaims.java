package io.gapreport.run;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which workbook of a run writes into which report folder, so that two workbooks of the
 * same client and wave do not overwrite each other's report, whichever process or thread
 * reports them.
 */
public interface FolderClaims {

	/**
	 * Claims {@code folder} for {@code workbook}; empty when it is now (or already was)
	 * {@code workbook}'s, else the workbook that claimed it first.
	 */
	Optional<String> claim(String folder, String workbook);

	/** Claims kept in this process only, for a reporter used without a job database. */
	static FolderClaims inMemory() {
		Map<String, String> claims = new ConcurrentHashMap<>();
		return (folder, workbook) -> {
			String first = claims.putIfAbsent(folder, workbook);
			return (first == null || first.equals(workbook)) ? Optional.empty() : Optional.of(first);
		};
	}

}
