package io.gapreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gapreport.testing.CliProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's set-up command, as written there, does what the README says: the
 * {@code bin/gap-report run ...} of its first block, run through the command-line entry
 * in a folder holding only the repository's {@code input/} (a fresh clone) and with a
 * fresh home folder, reports every sample workbook. (The whole block, Maven build and
 * launcher included, is run on a fresh clone by {@code .ci/readme}.)
 */
class ReadmeCommandsTests {

	private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

	@TempDir
	Path folder;

	@Test
	void theSetUpRunCommandReportsEverySampleWorkbook() throws Exception {
		String command = setUpCommands().stream()
			.filter((line) -> line.contains("bin/gap-report run"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no bin/gap-report run in the README's set-up"));
		List<String> args = Arrays.asList(command.substring(command.indexOf("bin/gap-report run") + 15).split(" +"));
		assertThat(args).startsWith("run");

		Path clone = Files.createDirectories(this.folder.resolve("clone"));
		int workbooks = copy(Path.of("input"), clone.resolve("input"));
		Path home = Files.createDirectories(this.folder.resolve("home"));
		try (var processes = new CliProcesses(this.folder)) {
			int exit = processes.waitFor("run",
					processes.start("run", args, clone, List.of("-Duser.home=" + home.toAbsolutePath())));

			String console = processes.console("run");
			assertThat(exit).as(console).isZero();
			assertThat(console).contains(workbooks + " workbook(s): " + workbooks + " reported, 0 unchanged, 0 failed")
				.contains("e-mail: ")
				.doesNotContain("\tat ");
		}
		Path output = clone.resolve("output");
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(workbooks);
		summary.forEach((entry) -> assertThat(output.resolve(entry.get("files").get(0).asString())).isRegularFile());
		// ~ is user.home: the log file and the job database are there
		assertThat(home.resolve(".gap-report/logs")).isNotEmptyDirectory();
		assertThat(home.resolve(".gap-report/gap-report.mv.db")).isRegularFile();
	}

	/** The lines of the fenced {@code sh} blocks of the README's set-up section. */
	private static List<String> setUpCommands() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("## Set up");
		String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
		List<String> lines = new ArrayList<>();
		Matcher block = SH_BLOCK.matcher(section);
		while (block.find()) {
			block.group(1).lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach(lines::add);
		}
		return lines;
	}

	private static int copy(Path from, Path to) throws IOException {
		int workbooks = 0;
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
					workbooks += file.toString().endsWith(".xlsx") ? 1 : 0;
				}
			}
		}
		return workbooks;
	}

}
