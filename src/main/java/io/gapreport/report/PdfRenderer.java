package io.gapreport.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.LiberationSans;
import org.openpdf.layout.SharedContext;
import org.openpdf.pdf.DefaultPDFCreationListener;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays out report XHTML with OpenPDF's HTML renderer and writes the PDF. Page setup,
 * running header and footer, bookmarks ({@code h1}–{@code h6} or {@code <bookmarks>} in
 * {@code <head>}) and metadata ({@code <meta name="title|author|subject|keywords">}) come
 * from the XHTML; the document language from {@code lang} on {@code <html>}. Elements
 * with a {@code data-chart} attribute become vector charts. All text is set in embedded
 * Liberation Sans ({@code font-family: "Liberation Sans"}); no line wraps inside a number
 * ({@link NumberLineBreaks}). Every report is PDF/A-2b: fonts embedded, colours opaque,
 * an sRGB output intent and XMP metadata made from the document information.
 */
public final class PdfRenderer {

	/**
	 * Each thread's font resolver, with the Liberation Sans faces registered once per
	 * thread rather than for every report: a local run starts a thread per partition,
	 * which reports every workbook of its client; a worker's consumer thread reports
	 * every client it takes. A resolver is not thread-safe, hence one per thread; it goes
	 * with its thread.
	 */
	private static final ThreadLocal<ITextFontResolver> FONTS = ThreadLocal.withInitial(() -> {
		ITextFontResolver fonts = new ITextFontResolver();
		registerFonts(fonts);
		return fonts;
	});

	/**
	 * Each thread's XHTML parser. The HTML renderer's own parsing (a new XSLT identity
	 * transform for every document) took a sixth of the time of a report; a reused DOM
	 * parser makes the same document in a fraction of that.
	 */
	private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(PdfRenderer::parser);

	/** The JDK's sRGB profile, the output intent every PDF/A report declares. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * Renders one document.
	 * @param xhtml well-formed XHTML, for example from {@link Templates}
	 * @param charts the charts the XHTML refers to by {@code data-chart} id
	 * @param out where the PDF goes; left open
	 */
	public void render(String xhtml, Map<String, ChartSpec> charts, OutputStream out) {
		ITextRenderer renderer = new ITextRenderer(FONTS.get());
		SharedContext context = renderer.getSharedContext();
		context.setReplacedElementFactory(new ChartElementFactory(context.getReplacedElementFactory(), charts));
		context.setLineBreakingStrategy(new NumberLineBreaks());
		if (xhtml.contains("<!DOCTYPE")) {
			// an edited template that declares a DTD (and may use its entities, such as
			// &nbsp;): the renderer's parser resolves them from its bundled DTDs
			renderer.setDocumentFromString(xhtml);
		}
		else {
			renderer.setDocument(parse(xhtml), null);
		}
		renderer.setPDFXConformance(PdfWriter.PDFA2B);
		renderer.setListener(new CatalogEntries());
		renderer.layout();
		renderer.createPDF(out);
	}

	private static Document parse(String xhtml) {
		DocumentBuilder parser = PARSERS.get();
		try {
			return parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException ex) {
			throw new IllegalStateException(
					"the report template made XHTML that is not well-formed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			parser.reset();
		}
	}

	private static DocumentBuilder parser() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void registerFonts(ITextFontResolver fonts) {
		for (LiberationSans.Face face : LiberationSans.Face.values()) {
			fonts.addFont(LiberationSans.baseFont(face), face.resource(), LiberationSans.FAMILY);
		}
	}

	/**
	 * Adds what the HTML renderer does not: the document language and title display, and
	 * what PDF/A asks for: an sRGB output intent (which needs the open document, hence
	 * {@code preWrite}) and XMP metadata matching the document information (complete only
	 * once the document closes).
	 */
	private static final class CatalogEntries extends DefaultPDFCreationListener {

		@Override
		public void preOpen(ITextRenderer renderer) {
			PdfWriter writer = renderer.getWriter();
			Element html = renderer.getDocument().getDocumentElement();
			String lang = html.hasAttribute("lang") ? html.getAttribute("lang") : html.getAttribute("xml:lang");
			if (!lang.isBlank()) {
				writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
			}
			writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
		}

		@Override
		public void preWrite(ITextRenderer renderer, int pageCount) {
			try {
				renderer.getWriter().setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void onClose(ITextRenderer renderer) {
			renderer.getWriter().createXmpMetadata();
		}

	}

}
