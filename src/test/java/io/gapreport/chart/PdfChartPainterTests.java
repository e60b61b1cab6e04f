package io.gapreport.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class PdfChartPainterTests {

	@Test
	void chartIsAVectorFormWithRealTextInLocaleFormat() throws IOException {
		GapBarsSpec spec = new GapBarsSpec("Luka klienta", "Luka (percepcja − oczekiwanie)",
				List.of(new GapBarsSpec.Bar("Dokładność", -0.42, Tone.SHORTFALL),
						new GapBarsSpec.Bar("Partnerstwo", 0.35, Tone.EXCEEDED),
						GapBarsSpec.Bar.notMeasured("Doradztwo")),
				ChartsTests.LABELS, ChartsTests.POLISH);
		PdfReader reader = new PdfReader(onePage(spec));

		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Luka klienta", "Luka (percepcja − oczekiwanie)", "Dokładność", "\u22120,42", "+0,35",
				"nie zmierzono");
		assertThat(text).doesNotContain("-0,42");

		PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
		assertThat(xobjects.getKeys()).hasSize(1);
		PdfStream form = (PdfStream) PdfReader.getPdfObject(xobjects.get(xobjects.getKeys().iterator().next()));
		assertThat(form.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.FORM);
		PdfDictionary formResources = form.getAsDict(PdfName.RESOURCES);
		assertThat(formResources.getAsDict(PdfName.XOBJECT)).isNull();
		PdfDictionary fonts = formResources.getAsDict(PdfName.FONT);
		assertThat(fonts.getKeys()).allSatisfy((key) -> {
			PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
			assertThat(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString())).contains("LiberationSans");
		});
	}

	private static byte[] onePage(ChartSpec spec) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		PdfChartPainter.paint(Charts.create(spec), writer.getDirectContent(), 40, 400, 480, 240);
		document.close();
		return out.toByteArray();
	}

}
