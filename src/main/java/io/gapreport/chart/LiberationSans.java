package io.gapreport.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The report's one font family, Liberation Sans from {@code openpdf-fonts-extra}, as AWT
 * fonts for chart layout and as embedded PDF fonts for text and charts alike. Sharing the
 * {@link BaseFont} instances means each face is embedded once per document.
 */
public final class LiberationSans {

	/** The CSS and AWT family name. */
	public static final String FAMILY = "Liberation Sans";

	private LiberationSans() {
	}

	/**
	 * The four faces and the classpath resources they are read from.
	 */
	public enum Face {

		/** Upright, normal weight. */
		REGULAR("liberation/LiberationSans-Regular.ttf", Font.PLAIN),
		/** Upright, bold. */
		BOLD("liberation/LiberationSans-Bold.ttf", Font.BOLD),
		/** Italic, normal weight. */
		ITALIC("liberation/LiberationSans-Italic.ttf", Font.ITALIC),
		/** Italic, bold. */
		BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf", Font.BOLD | Font.ITALIC);

		private final String resource;

		private final int awtStyle;

		Face(String resource, int awtStyle) {
			this.resource = resource;
			this.awtStyle = awtStyle;
		}

		/**
		 * The classpath resource of this face, accepted by OpenPDF wherever it takes a
		 * font path.
		 * @return the resource path
		 */
		public String resource() {
			return this.resource;
		}

		static Face of(int awtStyle) {
			for (Face face : values()) {
				if (face.awtStyle == awtStyle) {
					return face;
				}
			}
			return REGULAR;
		}

	}

	/**
	 * The embedded, Unicode ({@code Identity-H}) PDF font of a face. OpenPDF caches it,
	 * so every caller gets the same instance. It writes no CIDSet: OpenPDF's lists only
	 * the glyphs used, which PDF/A-2 (rule 6.2.11.4.2) refuses.
	 * @param face the face
	 * @return the PDF font
	 */
	public static BaseFont baseFont(Face face) {
		try {
			BaseFont font = BaseFont.createFont(face.resource(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			font.setIncludeCidSet(false);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An AWT font of the family.
	 * @param style {@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC} or both
	 * @param size the size in points
	 * @return the font
	 */
	public static Font awtFont(int style, float size) {
		return AwtFaces.FACES.get(Face.of(style)).deriveFont(style, size);
	}

	/**
	 * Maps every AWT font a chart uses to the embedded Liberation Sans face of the same
	 * style, so chart text becomes real, searchable text in the one font family.
	 * @return the mapper
	 */
	public static FontMapper fontMapper() {
		return new FontMapper() {

			@Override
			public BaseFont awtToPdf(Font font) {
				return baseFont(Face.of(font.getStyle()));
			}

			@Override
			public Font pdfToAwt(BaseFont font, int size) {
				String name = font.getPostscriptFontName().toLowerCase(java.util.Locale.ROOT);
				int style = (name.contains("bold") ? Font.BOLD : 0) | (name.contains("italic") ? Font.ITALIC : 0);
				return awtFont(style, size);
			}

		};
	}

	private static final class AwtFaces {

		static final Map<Face, Font> FACES = load();

		private static Map<Face, Font> load() {
			Map<Face, Font> faces = new EnumMap<>(Face.class);
			for (Face face : Face.values()) {
				try (InputStream in = LiberationSans.class.getClassLoader().getResourceAsStream(face.resource())) {
					if (in == null) {
						throw new IllegalStateException("Missing font resource " + face.resource());
					}
					faces.put(face, Font.createFont(Font.TRUETYPE_FONT, in));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (FontFormatException ex) {
					throw new IllegalStateException("Unreadable font " + face.resource(), ex);
				}
			}
			return faces;
		}

	}

}
