package io.gapreport.workbook;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How each survey tool's header rows name an export's columns, and how CSV files are
 * decoded and split: byte-order marks, UTF-16, the separator, quoted fields.
 */
class ExportHeadersTests {

	@TempDir
	Path dir;

	@Test
	void qualtricsColumnsAreNamedByTheFieldNameOfTheFirstOfThreeHeaderRows() throws Exception {
		ExportFile file = open("q.csv", ExportFormat.QUALTRICS, """
				ResponseId,Status,Q1_1
				Response ID,Response Type,"Satisfaction - Was it right?"
				"{""ImportId"":""_recordId""}","{""ImportId"":""status""}","{""ImportId"":""QID1_1""}"
				R_1,IP Address,4
				""");
		assertThat(file.columnNames()).containsExactly("ResponseId", "Status", "Q1_1");
		assertThat(file.lastHeaderRow()).isEqualTo(3);
		assertThat(file.firstData().text(0)).isEqualTo("R_1");
	}

	@Test
	void surveyMonkeyCarriesTheQuestionRightAndNamesSubQuestionsAfterIt() throws Exception {
		ExportFile file = open("sm.csv", ExportFormat.SURVEYMONKEY, """
				Respondent ID,How likely to recommend?,How did we do?,,Comments
				,Response,Speed,Accuracy,Open-Ended Response
				1,9,4,5,fine
				""");
		assertThat(file.columnNames()).containsExactly("Respondent ID", "How likely to recommend?",
				"How did we do? | Speed", "How did we do? | Accuracy", "Comments");
		assertThat(file.lastHeaderRow()).isEqualTo(2);
	}

	@Test
	void limeSurveyGoogleFormsAndPlainHaveOneHeaderRow() throws Exception {
		for (ExportFormat format : List.of(ExportFormat.LIMESURVEY, ExportFormat.GOOGLE_FORMS, ExportFormat.PLAIN)) {
			ExportFile file = open(format.key() + ".csv", format, "Timestamp,Q1[SQ001]\n2026-01-01,A5\n");
			assertThat(file.columnNames()).containsExactly("Timestamp", "Q1[SQ001]");
			assertThat(file.lastHeaderRow()).isEqualTo(1);
		}
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
		Path path = write("bom.csv", bytes(StandardCharsets.UTF_8, "\uFEFFid;Q1\n1;A5\n"));
		assertThat(ExportFile.open(path, ExportFormat.LIMESURVEY).columnNames()).containsExactly("id", "Q1");
	}

	@Test
	void utf16WithAByteOrderMarkIsReadInEitherByteOrder() throws Exception {
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			Path path = write("utf16-" + charset.name() + ".txt", bytes(charset, "\uFEFFid\tMiło\n1\tżółć\n"));
			ExportFile file = ExportFile.open(path, ExportFormat.PLAIN);
			assertThat(file.columnNames()).containsExactly("id", "Miło");
			assertThat(file.firstData().text(1)).isEqualTo("żółć");
		}
	}

	@Test
	void theSeparatorIsTheOneTheFirstLineUsesMost() throws Exception {
		assertThat(open("a.csv", ExportFormat.PLAIN, "a;b;\"c,d,e\"\n1;2;3\n").columnNames()).containsExactly("a", "b",
				"c,d,e");
		assertThat(open("b.tsv", ExportFormat.PLAIN, "a\tb, c\td\n1\t2\t3\n").columnNames()).containsExactly("a",
				"b, c", "d");
		assertThat(open("c.txt", ExportFormat.PLAIN, "a,b;c,d\n").columnNames()).containsExactly("a", "b;c", "d");
	}

	@Test
	void quotedFieldsHoldSeparatorsQuotesAndLineBreaksAndRecordsAreNumberedAsInTheFile() throws Exception {
		ExportFile file = open("quoted.csv", ExportFormat.PLAIN,
				"id,comment\r\n1,\"one, \"\"two\"\"\r\nthree\"\r\n\r\n2,four\r\n");
		List<SheetRow> rows = new ArrayList<>();
		file.read(rows::add);
		assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3, 4);
		assertThat(rows.get(1).raw(1)).isEqualTo("one, \"two\"\r\nthree");
		assertThat(rows.get(2).isBlank()).isTrue();
		assertThat(rows.get(3).text(1)).isEqualTo("four");
	}

	@Test
	void textThatIsNeitherUtf8NorUtf16IsAnErrorNamingTheFile() throws Exception {
		Path path = write("latin1.csv", "id,Caf\u00e9\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(catchThrowableOfType(WorkbookException.class, () -> ExportFile.open(path, ExportFormat.PLAIN))
			.problems()).containsExactly("latin1.csv: not UTF-8 or UTF-16 text (save the export as \"CSV UTF-8\")");
	}

	@Test
	void badQuotingIsSaidInTheUsersWordsNotTheCsvParsers() throws Exception {
		Path after = write("after.csv", "id,E:A1\n\"c1\"x,5\n".getBytes(StandardCharsets.UTF_8));
		assertThat(catchThrowableOfType(WorkbookException.class, () -> ExportFile.open(after, ExportFormat.PLAIN))
			.problems())
			.containsExactly("after.csv: a quoted field has text after its closing quote (near line 2):"
					+ " a quote inside a quoted field must be doubled (\"\")");
		Path open = write("open.csv", "id,E:A1\n\"c1,5\n".getBytes(StandardCharsets.UTF_8));
		assertThat(catchThrowableOfType(WorkbookException.class, () -> ExportFile.open(open, ExportFormat.PLAIN))
			.problems()).singleElement()
			.asString()
			.startsWith("open.csv: a quoted field is never closed")
			.endsWith(": the file may be cut short");
	}

	@Test
	void tooFewHeaderRowsForTheFormatIsAnError() throws Exception {
		Path path = write("short.csv", "ResponseId,Q1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(catchThrowableOfType(WorkbookException.class, () -> ExportFile.open(path, ExportFormat.QUALTRICS))
			.problems())
			.containsExactly("short.csv: qualtrics exports have 3 header row(s), the file has only 1 row(s)");
	}

	private ExportFile open(String name, ExportFormat format, String text) throws Exception {
		return ExportFile.open(write(name, text.getBytes(StandardCharsets.UTF_8)), format);
	}

	private Path write(String name, byte[] bytes) throws Exception {
		return Files.write(this.dir.resolve(name), bytes);
	}

	/** The text's bytes; a leading U+FEFF becomes the charset's byte-order mark. */
	private static byte[] bytes(Charset charset, String text) {
		return text.getBytes(charset);
	}

}
