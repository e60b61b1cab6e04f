package io.gapreport.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.gapreport.run.WorkbookFinder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per client: its workbooks, waves oldest first, kept in the partition's
 * step execution context (so a restart or another worker finds them there). Only the
 * paths are kept: each workbook is grouped by its Engagement sheet here and read for its
 * report, cover included, from the copy its reporter takes
 * ({@link WorkbookFinder#findByClient}).
 */
class ClientPartitioner implements Partitioner {

	/** The partition's workbooks, absolute paths one a line. */
	static final String WORKBOOKS = "workbooks";

	private final Path input;

	private final int threads;

	ClientPartitioner(Path input, int threads) {
		this.input = input;
		this.threads = threads;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<List<Path>> clients;
		try {
			clients = WorkbookFinder.findByClient(this.input, this.threads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < clients.size(); i++) {
			var context = new ExecutionContext();
			context.putString(WORKBOOKS,
					clients.get(i)
						.stream()
						.map((path) -> path.toAbsolutePath().toString())
						.collect(Collectors.joining("\n")));
			partitions.put(name(i), context);
		}
		return partitions;
	}

	/** Partition names sort in the order of the clients. */
	static String name(int index) {
		return String.format(Locale.ROOT, "client%05d", index + 1);
	}

	static List<Path> workbooks(ExecutionContext partition) {
		String workbooks = partition.getString(WORKBOOKS, "");
		return workbooks.isEmpty() ? List.of() : workbooks.lines().map(Path::of).toList();
	}

}
