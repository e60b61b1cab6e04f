package io.gapreport.run;

import java.util.HashMap;
import java.util.Map;

import io.gapreport.output.Slug;
import io.gapreport.survey.Engagement;
import org.jspecify.annotations.Nullable;

/**
 * The report folder of each workbook of one run or validation, so that two workbooks with
 * the same client and wave fail instead of overwriting each other's report: the first one
 * keeps the folder.
 */
public final class ReportFolders {

	private final Map<String, String> claimed = new HashMap<>();

	/**
	 * The folder of {@code engagement}'s report under the output folder, e.g.
	 * {@code lodz-bank/2026-q3}.
	 */
	public static String of(Engagement engagement) {
		return Slug.of(engagement.client()) + "/" + Slug.of(engagement.wave());
	}

	/**
	 * Claims {@code engagement}'s folder for the workbook at {@code path}.
	 * @return null when it is the folder's first workbook, else why this one fails
	 */
	public @Nullable String claim(Engagement engagement, String path) {
		String earlier = this.claimed.putIfAbsent(of(engagement), path);
		return (earlier == null || earlier.equals(path)) ? null
				: "Engagement: same client and wave as " + earlier + " (its report would be overwritten)";
	}

}
