package io.gapreport.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML alternative of a plain-text body queued before HTML bodies were stored with
 * each copy (the report step now words page 1 as HTML itself): the same words, each
 * paragraph a {@code p}, each run of {@code "- "} lines a list, the signature after
 * {@code "-- "} in small print. Text only: no styles, no images, nothing fetched, so it
 * reads the same in every mail program.
 */
final class HtmlBody {

	private HtmlBody() {
	}

	static String of(String plain, String language) {
		var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(language))
			.append("\"><head><meta charset=\"UTF-8\"></head><body>\n");
		String[] signature = plain.split("\n-- \n", 2);
		for (String paragraph : signature[0].strip().split("\n\\s*\n")) {
			List<String> items = new ArrayList<>();
			List<String> text = new ArrayList<>();
			for (String line : paragraph.split("\n")) {
				(line.startsWith("- ") ? items : text).add(escape(line.startsWith("- ") ? line.substring(2) : line));
			}
			if (!text.isEmpty()) {
				html.append("<p>").append(String.join("<br>", text)).append("</p>\n");
			}
			if (!items.isEmpty()) {
				html.append("<ul>\n<li>").append(String.join("</li>\n<li>", items)).append("</li>\n</ul>\n");
			}
		}
		if (signature.length > 1) {
			html.append("<p><small>")
				.append(escape(signature[1].strip()).replace("\n", "<br>"))
				.append("</small></p>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
