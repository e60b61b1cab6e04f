package io.gapreport.output;

import java.nio.file.Files;
import java.nio.file.Path;

import io.gapreport.survey.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RejectedCsvTests {

	@TempDir
	Path folder;

	@Test
	void valuesThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() throws Exception {
		var csv = new RejectedCsv(this.folder);
		csv.add(new InputProblem("Customers", 5, "F5", "=HYPERLINK(\"http://x\",\"y\")", "not a number"));
		csv.add(new InputProblem("Customers", 6, "G6", "+1", "not a number"));
		csv.add(new InputProblem("Customers", 7, "H7", "-", "x"));
		csv.add(new InputProblem("Customers", 8, "I8", "@SUM(A1)", "x"));
		csv.add(new InputProblem("Customers", 9, "J9", "\tx", "x"));
		csv.add(new InputProblem("Customers", 10, "", "", "respondent id repeats row 3"));
		Path target = this.folder.resolve("rejected.csv");
		assertThat(csv.finish(target)).isTrue();
		assertThat(Files.readAllLines(target)).containsExactly("sheet,row,cell,value,reason",
				"Customers,5,F5,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",not a number",
				"Customers,6,G6,'+1,not a number", "Customers,7,H7,'-,x", "Customers,8,I8,'@SUM(A1),x",
				"Customers,9,J9,'\tx,x", "Customers,10,,,respondent id repeats row 3");
		assertThat(Files.list(this.folder)).containsExactly(target);
	}

	@Test
	void noFileWhenNothingWasRejectedAndAnOlderOneIsRemoved() throws Exception {
		Path target = this.folder.resolve("rejected.csv");
		Files.writeString(target, "old");
		var csv = new RejectedCsv(this.folder);
		assertThat(csv.finish(target)).isFalse();
		assertThat(Files.list(this.folder)).isEmpty();
	}

}
