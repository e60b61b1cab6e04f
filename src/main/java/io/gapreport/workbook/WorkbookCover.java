package io.gapreport.workbook;

import java.nio.file.Path;
import java.util.ArrayList;

import io.gapreport.survey.Engagement;
import org.jspecify.annotations.Nullable;

/**
 * What a run needs of a workbook before it reports it, read from its Engagement sheet
 * alone: whose it is, which wave, and the export it names.
 *
 * @param engagement the engagement, or null when the workbook or its Engagement sheet
 * cannot be read (the workbook fails, naming why, when it is reported)
 * @param responses the export named as {@code responses}, relative to the workbook's
 * folder, or null
 */
public record WorkbookCover(@Nullable Engagement engagement, @Nullable String responses) {

	private static final WorkbookCover UNREADABLE = new WorkbookCover(null, null);

	/**
	 * Reads a workbook's cover: the package is opened and only the Engagement sheet read.
	 * @param workbook the .xlsx file
	 * @return its cover; both fields null when it cannot be read
	 */
	public static WorkbookCover of(Path workbook) {
		try (XlsxFile file = XlsxFile.open(workbook)) {
			if (!file.has(EngagementSheet.SHEET)) {
				return UNREADABLE;
			}
			EngagementSheet.Result result = EngagementSheet.read(file.readAll(EngagementSheet.SHEET),
					new ArrayList<>());
			return new WorkbookCover(result.engagement(), result.responses());
		}
		catch (WorkbookException | RuntimeException | OutOfMemoryError ex) {
			// it fails, naming why, when it is reported
			return UNREADABLE;
		}
	}

}
