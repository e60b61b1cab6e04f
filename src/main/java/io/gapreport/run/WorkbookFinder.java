package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the workbooks of a run: every {@code *.xlsx} under the input folder, recursively,
 * in a stable order, leaving out Excel's lock files ({@code ~$…}) and hidden files.
 */
public final class WorkbookFinder {

	private WorkbookFinder() {
	}

	/** The workbooks under {@code input}, sorted by path. */
	public static List<Path> find(Path input) throws IOException {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		try (Stream<Path> files = Files.walk(input)) {
			return files.filter(Files::isRegularFile).filter(WorkbookFinder::isWorkbook).sorted().toList();
		}
	}

	static boolean isWorkbook(Path file) {
		String name = file.getFileName().toString();
		return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
	}

}
