package io.gapreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.gapreport.sample.SampleSpec;
import io.gapreport.sample.SampleWorkbooks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample}: generates realistic synthetic workbooks. */
@Command(name = "sample", mixinStandardHelpOptions = true,
		description = "Generate realistic synthetic survey workbooks, one per client.")
final class SampleCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--clients", paramLabel = "N", defaultValue = "3",
			description = "how many clients (default: ${DEFAULT-VALUE})")
	private int clients;

	@Option(names = "--respondents", paramLabel = "N", defaultValue = "200",
			description = "customers per client (default: ${DEFAULT-VALUE})")
	private int respondents;

	@Option(names = "--items", paramLabel = "N", defaultValue = "16",
			description = "questionnaire items, 4 to 40 (default: ${DEFAULT-VALUE})")
	private int items;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "1",
			description = "random seed (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--waves", paramLabel = "N", defaultValue = "1",
			description = "quarterly survey waves per client, ending with 2026-Q3 (default: ${DEFAULT-VALUE})")
	private int waves;

	@Option(names = "--output", paramLabel = "DIR", required = true,
			description = "folder to write the workbooks to (new or empty)")
	private Path output;

	@Option(names = "--force",
			description = "write into a folder that already has files, replacing workbooks of the same name")
	private boolean force;

	@Override
	public Integer call() throws IOException {
		SampleSpec sampleSpec;
		try {
			sampleSpec = new SampleSpec(this.clients, this.respondents, this.items, this.seed, this.waves);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		if (Files.exists(this.output) && !Files.isDirectory(this.output)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), this.output + " is a file, not a folder");
		}
		if (!this.force && Files.isDirectory(this.output)) {
			try (var files = Files.list(this.output)) {
				if (files.findAny().isPresent()) {
					throw new CommandLine.ParameterException(this.spec.commandLine(), this.output
							+ " is not empty: choose a new folder, or add --force to write into it (workbooks of the same name are replaced)");
				}
			}
		}
		List<Path> written = SampleWorkbooks.write(sampleSpec, this.output);
		written.forEach((file) -> this.spec.commandLine().getOut().printf("wrote %s%n", file));
		return GapReportCli.OK;
	}

}
