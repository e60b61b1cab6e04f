package io.gapreport;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.ScoresOf;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/} true to the program: every {@code scores.json} field, every command
 * and option, every Engagement key is documented, and the README links to the
 * documentation.
 */
class DocumentationTests {

	private static final Path DOCS = Path.of("docs");

	@Test
	void everyScoresJsonFieldIsInTheOutputFilesPage() throws Exception {
		TreeSet<String> fields = new TreeSet<>();
		fieldNames(scoresOfTheWorkedExample(), fields);
		try (InputStream in = getClass().getResourceAsStream("/golden/example-small.scores.json")) {
			fieldNames(JsonMapper.builder().build().readTree(in), fields);
		}
		String page = Files.readString(DOCS.resolve("outputs.md"));
		assertThat(fields).hasSizeGreaterThan(50)
			.filteredOn((field) -> !page.contains("`" + field + "`"))
			.as("scores.json fields missing from docs/outputs.md")
			.isEmpty();
	}

	@Test
	void everyCommandAndOptionIsInTheCommandLinePage() throws Exception {
		String page = Files.readString(DOCS.resolve("command-line.md"));
		Map<String, CommandLine> commands = new CommandLine(new GapReportCli()).getSubcommands();
		assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
		for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
			if (command.getKey().equals("help")) {
				continue;
			}
			assertThat(page).as("command %s", command.getKey()).contains("`" + command.getKey() + "`");
			for (CommandLine.Model.OptionSpec option : command.getValue().getCommandSpec().options()) {
				if (option.hidden()) {
					continue;
				}
				assertThat(page).as("option %s of %s", option.longestName(), command.getKey())
					.contains("`" + option.longestName());
			}
		}
	}

	@Test
	void everyEngagementKeyIsInTheWorkbookPageAndTheExportKeysInTheExportsPage() throws Exception {
		String workbook = Files.readString(DOCS.resolve("workbook.md"));
		assertThat(SurveyWorkbook.ENGAGEMENT_KEYS).hasSizeGreaterThanOrEqualTo(10)
			.allSatisfy((key) -> assertThat(workbook).contains("| `" + key + "` |"));
		assertThat(Files.readString(DOCS.resolve("survey-exports.md"))).contains("| `responses` |",
				"| `responses_format` |");
	}

	@Test
	void theReadmeLinksToEveryPage() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		try (var pages = Files.list(DOCS)) {
			List<String> names = pages.map((page) -> page.getFileName().toString()).toList();
			assertThat(names).contains("README.md", "workbook.md", "survey-exports.md", "scores.md", "command-line.md",
					"outputs.md");
			names.forEach((name) -> assertThat(readme).contains("(docs/" + name + ")"));
		}
	}

	private static JsonNode scoresOfTheWorkedExample() throws Exception {
		return ScoresOf.workbook(Path.of(DocumentationTests.class.getResource("/golden/example-small.xlsx").toURI()));
	}

	private static void fieldNames(JsonNode node, TreeSet<String> fields) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				fields.add(field.getKey());
				fieldNames(field.getValue(), fields);
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> fieldNames(element, fields));
		}
	}

}
