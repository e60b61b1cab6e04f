package io.gapreport.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.gapreport.testing.Workbooks;
import io.gapreport.workbook.ExportPlace;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookSnapshotTests {

	@TempDir
	Path folder;

	@Test
	void theExportIsCopiedWhenAskedForAndChecksummedAfterTheWorkbook() throws Exception {
		Path workbook = Workbooks.example(this.folder.resolve("in/cafe.xlsx"), "Café", "2026-Q3", "en", "");
		Path export = Files.writeString(Files.createDirectories(this.folder.resolve("in/exports")).resolve("wave3.csv"),
				"id,q1\n1,5\n");
		try (WorkbookSnapshot snapshot = WorkbookSnapshot.of(workbook)) {
			Path exports = snapshot.exportFolder("exports/wave3.csv");
			assertThat(exports).isEqualTo(snapshot.file().getParent());
			assertThat(exports.resolve("exports/wave3.csv")).hasSameBinaryContentAs(export);
			assertThat(snapshot.checksum()).isEqualTo(sha256(workbook, export));
		}
	}

	@Test
	void anExportNamedLikeTheWorkbooksCopyIsReadInPlaceAndTheCopyIsLeftAlone() throws Exception {
		Path workbook = Workbooks.example(this.folder.resolve("in/cafe.xlsx"), "Café", "2026-Q3", "en", "");
		Path export = Files.writeString(this.folder.resolve("in/workbook.xlsx"), "id,q1\n1,5\n");
		try (WorkbookSnapshot snapshot = WorkbookSnapshot.of(workbook)) {
			assertThat(snapshot.exportFolder("workbook.xlsx")).isEqualTo(workbook.toAbsolutePath().getParent());
			assertThat(snapshot.file()).hasSameBinaryContentAs(workbook);
			assertThat(snapshot.checksum()).isEqualTo(sha256(workbook, export));
		}
	}

	@Test
	void theWorkbookReadIsTheOneWhoseChecksumIsRecordedThoughItIsReplacedMeanwhile() throws Exception {
		Path workbook = Workbooks.example(this.folder.resolve("in/cafe.xlsx"), "Café", "2026-Q3", "en", "");
		String before = sha256(workbook);
		try (WorkbookSnapshot snapshot = WorkbookSnapshot.of(workbook)) {
			// the consultant saves another client's answers over it while the run reads
			Workbooks.example(workbook, "Harbour Hotels", "2026-Q4", "en", "");
			try (SurveyWorkbook opened = SurveyWorkbook.open(snapshot.file(), ExportPlace.beside(workbook),
					snapshot::exportFolder)) {
				assertThat(opened.questionnaire().engagement().client()).isEqualTo("Café");
				assertThat(opened.questionnaire().engagement().wave()).isEqualTo("2026-Q3");
			}
			assertThat(snapshot.checksum()).isEqualTo(before).isNotEqualTo(sha256(workbook));
		}
	}

	private static String sha256(Path... files) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Path file : files) {
			digest.update(Files.readAllBytes(file));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
