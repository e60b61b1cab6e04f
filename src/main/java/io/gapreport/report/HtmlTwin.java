package io.gapreport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.Charts;
import io.gapreport.chart.PhoneCharts;
import io.gapreport.chart.SvgChartPainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Turns the report's XHTML, made by the same template in its HTML mode, into the
 * self-contained HTML twin of the PDF: one {@code h1} (the report's title) with every
 * section heading a level below it, each data table captioned by its heading, its header
 * cells scoped and the table in a box that scrolls sideways on a narrow screen, and each
 * chart a {@code figure} with its numbers as text and the same chart twice as inline SVG:
 * as the PDF draws it, for a wide screen, and drawn narrower, for a phone, where its type
 * shows at 14 px or more on a 360-px screen (the screen styles show one of the two). Each
 * drawing keeps a minimum width at which its smallest type shows at {@value #MIN_TEXT_PX}
 * px or more; narrower, its figure scrolls sideways.
 */
final class HtmlTwin {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final Pattern SIZE = Pattern.compile("(width|height)\\s*:\\s*([0-9.]+)mm");

	private static final double POINTS_PER_MM = 72 / 25.4;

	private static final double DEFAULT_WIDTH_MM = 176;

	/** The smallest text, in CSS pixels, the twin shows. */
	static final int MIN_TEXT_PX = 14;

	/**
	 * The width, in points, of a chart drawn for a phone: at 336 px (a 360-px screen less
	 * the page's margins) the charts' smallest type, 8 px, shows at 14 px.
	 */
	static final double PHONE_WIDTH = 336.0 * 8 / MIN_TEXT_PX;

	private static final Pattern FONT_SIZE = Pattern.compile("font-size\\s*:\\s*([0-9.]+)px");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=[\"'][-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)");

	/**
	 * Each thread's parser and serializer, made once: finding and configuring the JDK's
	 * implementations for every report cost more than using them.
	 */
	private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(HtmlTwin::parser);

	private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(HtmlTwin::serializer);

	private HtmlTwin() {
	}

	/**
	 * Writes the HTML twin.
	 * @param xhtml the report's XHTML in HTML mode
	 * @param charts the charts it refers to by {@code data-chart} id
	 * @param chartData the words that introduce a chart's numbers
	 * @param out where the HTML goes (UTF-8); left open
	 */
	static void write(String xhtml, Map<String, ChartSpec> charts, String chartData, OutputStream out) {
		try {
			Document document = parse(xhtml);
			Element body = (Element) document.getElementsByTagNameNS(XHTML, "body").item(0);
			String title = document.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent();
			String heading = title;
			var drawings = TwinDrawings.start();
			for (Element element : elements(body)) {
				if (element.getLocalName().matches("h[1-5]")) {
					heading = element.getTextContent().strip();
					document.renameNode(element, XHTML, "h" + (element.getLocalName().charAt(1) - '0' + 1));
				}
				else if ("table".equals(element.getLocalName())) {
					table(document, element, heading);
				}
				else if (element.hasAttribute(ChartElementFactory.ATTRIBUTE)) {
					chart(document, element, charts, heading, chartData, drawings);
				}
			}
			Element h1 = document.createElementNS(XHTML, "h1");
			h1.setTextContent(title);
			body.insertBefore(h1, body.getFirstChild());
			var html = new StringWriter(
					xhtml.length() + drawings.svgs().stream().mapToInt(String::length).sum() + 4096);
			html.write("<!DOCTYPE html>\n");
			// not reset after use: reset() would drop the output properties it was made
			// with
			SERIALIZERS.get().transform(new DOMSource(document), new StreamResult(html));
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			drawings.splice(html.getBuffer(), writer);
			writer.flush();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot make the HTML report: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Scopes the header cells of a data table, captions it and lets it scroll sideways.
	 */
	private static void table(Document document, Element table, String heading) {
		NodeList headers = table.getElementsByTagNameNS(XHTML, "th");
		if (headers.getLength() == 0) {
			table.setAttribute("role", "presentation");
			return;
		}
		for (int i = 0; i < headers.getLength(); i++) {
			Element th = (Element) headers.item(i);
			boolean inHead = "thead".equals(((Element) th.getParentNode().getParentNode()).getLocalName());
			th.setAttribute("scope", inHead ? "col" : "row");
		}
		if (table.getElementsByTagNameNS(XHTML, "caption").getLength() == 0) {
			// the heading the reader has just seen, for a screen reader's table list only
			Element caption = document.createElementNS(XHTML, "caption");
			caption.setAttribute("class", "heading");
			caption.setTextContent(heading);
			table.insertBefore(caption, table.getFirstChild());
		}
		Element scroll = document.createElementNS(XHTML, "div");
		scroll.setAttribute("class", "table-scroll");
		table.getParentNode().replaceChild(scroll, table);
		scroll.appendChild(table);
	}

	/**
	 * Replaces a chart's placeholder by a figure: the chart drawn for a phone and as in
	 * the PDF, as SVG (added to {@code drawings}, their slots left in the figure), and
	 * its numbers as text.
	 */
	private static void chart(Document document, Element placeholder, Map<String, ChartSpec> charts, String heading,
			String chartData, TwinDrawings drawings) {
		String id = placeholder.getAttribute(ChartElementFactory.ATTRIBUTE);
		ChartSpec spec = charts.get(id);
		if (spec == null) {
			throw new IllegalArgumentException(
					"The template shows chart '%s' but the report has only %s".formatted(id, charts.keySet()));
		}
		double width = DEFAULT_WIDTH_MM;
		double height = -1;
		Matcher size = SIZE.matcher(placeholder.getAttribute("style"));
		while (size.find()) {
			double mm = Double.parseDouble(size.group(2));
			if ("width".equals(size.group(1))) {
				width = mm;
			}
			else {
				height = mm;
			}
		}
		height = (height > 0) ? height : width / 2;
		Element figure = document.createElementNS(XHTML, "figure");
		figure.setAttribute("class", "chart");
		figure
			.appendChild(
					drawings
						.slot(document,
								drawing(SvgChartPainter.svg(PhoneCharts.create(spec), "chart-" + id + "-phone",
										PHONE_WIDTH, PhoneCharts.height(spec, height * POINTS_PER_MM)), "phone",
										heading)));
		figure.appendChild(drawings.slot(document, drawing(
				SvgChartPainter.svg(Charts.create(spec), "chart-" + id, width * POINTS_PER_MM, height * POINTS_PER_MM),
				"wide", heading)));
		Element caption = document.createElementNS(XHTML, "figcaption");
		Element label = document.createElementNS(XHTML, "strong");
		label.setTextContent(chartData);
		caption.appendChild(label);
		Element list = document.createElementNS(XHTML, "ul");
		for (String line : ChartAlternatives.lines(spec)) {
			Element item = document.createElementNS(XHTML, "li");
			item.setTextContent(line);
			list.appendChild(item);
		}
		caption.appendChild(list);
		figure.appendChild(caption);
		placeholder.getParentNode().replaceChild(figure, placeholder);
	}

	/**
	 * One drawing of a chart as an {@code svg} image element of the twin, with the
	 * minimum width at which its smallest type shows at {@value #MIN_TEXT_PX} px.
	 */
	static String drawing(String svg, String kind, String heading) {
		if (!svg.startsWith("<svg ")) {
			throw new IllegalArgumentException("not an svg element: " + svg.substring(0, Math.min(40, svg.length())));
		}
		Matcher viewBox = VIEW_BOX.matcher(svg);
		if (!viewBox.find()) {
			throw new IllegalArgumentException("an svg element without a view box");
		}
		double viewBoxWidth = Double.parseDouble(viewBox.group(1));
		double smallest = FONT_SIZE.matcher(svg)
			.results()
			.mapToDouble((size) -> Double.parseDouble(size.group(1)))
			.min()
			.orElse(MIN_TEXT_PX);
		return "<svg class=\"%s\" role=\"img\" aria-label=\"%s\" style=\"min-width: %dpx\" ".formatted(kind,
				attribute(heading), (int) Math.ceil(viewBoxWidth * MIN_TEXT_PX / smallest)) + svg.substring(5);
	}

	/** {@code text} escaped for a double-quoted attribute. */
	private static String attribute(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** The elements under {@code root} in document order, taken before any is moved. */
	private static List<Element> elements(Element root) {
		NodeList all = root.getElementsByTagNameNS("*", "*");
		List<Element> elements = new ArrayList<>(all.getLength());
		for (int i = 0; i < all.getLength(); i++) {
			Node node = all.item(i);
			elements.add((Element) node);
		}
		return elements;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilder parser = PARSERS.get();
		try {
			return parser.parse(new InputSource(new StringReader(xml)));
		}
		finally {
			parser.reset();
		}
	}

	private static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Transformer serializer() {
		try {
			Transformer serializer = TransformerFactory.newDefaultInstance().newTransformer();
			serializer.setOutputProperty(OutputKeys.METHOD, "html");
			serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			return serializer;
		}
		catch (TransformerConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
