package io.gapreport.run;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.testing.Workbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookFinderTests {

	@TempDir
	Path folder;

	@Test
	void eachClientsWavesComeTogetherOldestFirstAndAnUnreadableFileStandsAlone() throws Exception {
		Path input = this.folder.resolve("input");
		Path acmeQ3 = Workbooks.example(input.resolve("a-acme-q3.xlsx"), "Acme", "2026-Q3", "en", "");
		Path beta = Workbooks.example(input.resolve("b-beta.xlsx"), "Beta", "2026-Q3", "en", "");
		Path acmeQ2 = Workbooks.example(input.resolve("c/acme-q2.xlsx"), "Acme", "2026-Q2", "en", "");
		Path broken = Files.writeString(input.resolve("d-broken.xlsx"), "not a workbook");
		// a wave that fails to report for another reason still belongs to its client
		Path acmeQ4 = withoutItems(Workbooks.example(input.resolve("e-acme-q4.xlsx"), "Acme", "2026-Q4", "en", ""));

		assertThat(WorkbookFinder.findByClient(input, 2)).containsExactly(List.of(acmeQ2, acmeQ3, acmeQ4),
				List.of(beta), List.of(broken));
		assertThat(WorkbookFinder.findInWaveOrder(input)).containsExactly(acmeQ2, acmeQ3, acmeQ4, beta, broken);
	}

	@Test
	void anInputFolderGivenAsALinkIsSearchedWhereItLeads() throws Exception {
		Path real = this.folder.resolve("surveys");
		Workbooks.example(real.resolve("acme.xlsx"), "Acme", "2026-Q3", "en", "");
		Path link = Files.createSymbolicLink(this.folder.resolve("input"), real);

		assertThat(WorkbookFinder.find(link)).containsExactly(link.resolve("acme.xlsx"));
		assertThat(WorkbookFinder.linkOutside(link, link.resolve("acme.xlsx"))).isNull();
	}

	private static Path withoutItems(Path workbook) throws Exception {
		XSSFWorkbook opened;
		try (InputStream in = Files.newInputStream(workbook)) {
			opened = new XSSFWorkbook(in);
		}
		try (opened; OutputStream out = Files.newOutputStream(workbook)) {
			opened.removeSheetAt(opened.getSheetIndex("Items"));
			opened.write(out);
		}
		return workbook;
	}

}
