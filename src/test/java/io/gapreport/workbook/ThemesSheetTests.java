package io.gapreport.workbook;

import java.nio.file.Path;
import java.util.List;

import io.gapreport.survey.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The optional Themes sheet of {@code voice.md}: themes in sheet order, keywords split at
 * semicolons and commas, and its workbook errors named by sheet and cell.
 */
class ThemesSheetTests {

	@TempDir
	Path dir;

	private List<Theme> themes(TestWorkbook workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			return opened.questionnaire().themes();
		}
	}

	@Test
	void themesAreReadInSheetOrderWithTheirKeywords() throws Exception {
		assertThat(themes(TestWorkbook.valid()
			.sheet("Themes", row("theme", "keywords"), row(" Waiting ", "wait; queue , slow*"),
					row("Staff", "friendly staff;;rude"))))
			.containsExactly(new Theme("Waiting", List.of("wait", "queue", "slow*")),
					new Theme("Staff", List.of("friendly staff", "rude")));
	}

	@Test
	void noThemesSheetAndAnEmptyOneGiveNoThemes() throws Exception {
		assertThat(themes(TestWorkbook.valid())).isEmpty();
		assertThat(themes(TestWorkbook.valid().sheet("Themes"))).isEmpty();
	}

	@Test
	void aBlankTwiceGivenOrKeywordlessThemeIsAWorkbookErrorNamingItsCell() throws Exception {
		Path file = TestWorkbook.valid()
			.sheet("Themes", row("theme", "keywords"), row("Waiting", "wait"), row("", "queue"),
					row(" waiting", "slow"), row("Price", " ; "))
			.write(this.dir);
		WorkbookException ex = catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close());
		assertThat(ex.problems()).containsExactly("Themes!A3: theme is blank",
				"Themes!A4: theme \"waiting\" is given twice (also row 2)",
				"Themes!B5: theme \"Price\" has no keyword");
	}

	@Test
	void aThemesSheetWithoutItsColumnsIsAWorkbookError() throws Exception {
		Path file = TestWorkbook.valid().sheet("Themes", row("theme"), row("Waiting")).write(this.dir);
		WorkbookException ex = catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close());
		assertThat(ex.problems()).hasSize(1).first().asString().startsWith("Themes");
	}

}
