package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the reporter does to a report folder's files beside writing them. */
final class FolderFiles {

	private static final System.Logger LOGGER = System.getLogger(WorkbookReporter.class.getName());

	private FolderFiles() {
	}

	/** Removes the temporary files of a run that was killed while writing this folder. */
	static void deleteLeftovers(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		// the units' folders (units/<slug>/) too
		try (var files = Files.walk(folder, 3)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(".part")) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/**
	 * Removes a report folder and its client folder, up to {@code output}, when a failed
	 * workbook left them empty: nothing is written for a workbook that cannot be
	 * reported.
	 */
	static void removeIfEmpty(Path folder, Path output) {
		for (Path dir = folder; dir != null && !dir.equals(output); dir = dir.getParent()) {
			try {
				Files.deleteIfExists(dir);
			}
			catch (IOException ex) {
				return; // not empty: an earlier report lives there
			}
		}
	}

	/**
	 * Removes the temporary files of a draft that is not recorded, or rolled back, and
	 * the folders it left empty.
	 */
	static void discard(ReportDraft.Ready ready, Path output) {
		try {
			ready.discard();
			ready.files().forEach((file) -> removeIfEmpty(file.target().getParent(), output));
			removeIfEmpty(ready.folder(), output);
		}
		catch (IOException ex) {
			LOGGER.log(System.Logger.Level.DEBUG, "could not remove the temporary files of " + ready.path(), ex);
		}
	}

}
