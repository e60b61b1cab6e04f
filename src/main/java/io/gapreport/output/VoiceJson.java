package io.gapreport.output;

import io.gapreport.scoring.Voice;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code voice} of scores.json ({@code voice.md}): the number of comments, the quotes
 * as masked, and the themes. No comment is written as the customer wrote it.
 */
final class VoiceJson {

	private VoiceJson() {
	}

	static void put(ObjectNode root, Voice voice) {
		ObjectNode node = root.putObject("voice").put("comments", voice.comments());
		ArrayNode quotes = node.putArray("quotes");
		for (Voice.Quote quote : voice.quotes()) {
			quotes.addObject()
				.put("level", quote.level().key())
				.put("kind", quote.kind().key())
				.put("text", quote.text());
		}
		ArrayNode themes = node.putArray("themes");
		for (Voice.ThemeScore theme : voice.themes()) {
			ObjectNode entry = themes.addObject()
				.put("theme", theme.theme())
				.put("mentions", theme.mentions())
				.put("share", theme.share())
				.put("indicative", theme.indicative())
				.put("nps", theme.nps())
				.put("nps_rest", theme.npsRest());
			Voice.RestGap gap = theme.overallVsRest();
			if (gap == null) {
				entry.putNull("overall_vs_rest");
			}
			else {
				entry.putObject("overall_vs_rest")
					.put("diff", gap.diff())
					.put("low", gap.low())
					.put("high", gap.high())
					.put("status", gap.status());
			}
		}
	}

}
