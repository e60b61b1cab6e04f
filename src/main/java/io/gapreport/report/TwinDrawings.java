package io.gapreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The drawings of a twin, spliced in where the serialized page has their slots: comments
 * {@code <!--drawing KEY N-->}, KEY random for each twin, so that no text of the report
 * (a client's name in a {@code meta} element, whose attributes the serializer leaves
 * unescaped) can pass for one.
 */
record TwinDrawings(String key, List<String> svgs) {

	/** A twin's drawings, none yet, under a key of their own. */
	static TwinDrawings start() {
		return new TwinDrawings(UUID.randomUUID().toString(), new ArrayList<>());
	}

	/** Adds a drawing; its slot: a comment the serialized twin replaces by it. */
	Node slot(Document document, String svg) {
		this.svgs.add(svg);
		return document.createComment("drawing " + this.key + " " + (this.svgs.size() - 1));
	}

	/**
	 * Writes the serialized twin with each slot replaced by its drawing. The drawings are
	 * spliced in as text, not built as elements: parsing each SVG into the document and
	 * serializing it again took half of the twin's time.
	 */
	void splice(CharSequence html, Writer out) throws IOException {
		Matcher slot = Pattern.compile("<!--drawing " + Pattern.quote(this.key) + " (\\d+)-->").matcher(html);
		int from = 0;
		int next = 0;
		while (slot.find()) {
			if (Integer.parseInt(slot.group(1)) != next) {
				throw new IllegalStateException("drawing " + next + " is not where the page has it");
			}
			out.append(html, from, slot.start());
			out.write(this.svgs.get(next++));
			from = slot.end();
		}
		if (next != this.svgs.size()) {
			throw new IllegalStateException("the page has " + next + " of its " + this.svgs.size() + " drawings");
		}
		out.append(html, from, html.length());
	}

}
