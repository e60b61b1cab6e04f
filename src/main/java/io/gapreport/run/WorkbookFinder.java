package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.gapreport.output.Slug;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;
import io.gapreport.workbook.ExportPlace;
import io.gapreport.workbook.WorkbookCover;
import org.jspecify.annotations.Nullable;

/**
 * Finds the workbooks of a run: every {@code *.xlsx} under the input folder, recursively,
 * in a stable order, leaving out Excel's lock files ({@code ~$…}), hidden files, and
 * survey exports that a workbook names as its {@code responses}.
 */
public final class WorkbookFinder {

	private WorkbookFinder() {
	}

	/**
	 * The workbooks under {@code input}, sorted by path. Folders linked from inside are
	 * not entered; a linked file is listed, but {@link #linkOutside} keeps it from being
	 * read when it points out of {@code input}.
	 */
	public static List<Path> find(Path input) throws IOException {
		List<Path> files = candidates(input);
		return withoutExports(input, files, covers(input, files, Runtime.getRuntime().availableProcessors()));
	}

	private static List<Path> candidates(Path input) throws IOException {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		// an input folder given as a link is walked where it leads, its files named under
		// the link (links inside it are still not entered)
		Path start = Files.isSymbolicLink(input) ? input.toRealPath() : input;
		try (Stream<Path> found = Files.walk(start)) {
			return found.filter(Files::isRegularFile)
				.filter(WorkbookFinder::isWorkbook)
				.map((file) -> input.resolve(start.relativize(file)))
				.sorted()
				.toList();
		}
	}

	/**
	 * The cover of every file that may be read (not of links out of {@code input}), each
	 * opened once, {@code threads} at a time: a run of hundreds of workbooks reads them
	 * all before the first is reported, and no more workbooks are open at once than the
	 * run itself reports at once (memory).
	 */
	private static Map<Path, WorkbookCover> covers(Path input, List<Path> files, int threads) {
		ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
		try {
			return pool
				.submit(() -> files.parallelStream()
					.filter((file) -> linkOutside(input, file) == null)
					.collect(Collectors.toMap(Function.identity(), WorkbookCover::of)))
				.join();
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * {@code files} but the survey exports that a workbook names as its responses (and
	 * may read: a name that leads out of the input folder hides no file).
	 */
	private static List<Path> withoutExports(Path input, List<Path> files, Map<Path, WorkbookCover> covers) {
		Set<Path> exports = new HashSet<>();
		covers.forEach((file, cover) -> {
			if (cover.responses() != null && ExportPlace.in(file, input).allows(cover.responses())) {
				exports.add(file.toAbsolutePath().getParent().resolve(cover.responses()).normalize());
			}
		});
		return files.stream().filter((file) -> !exports.contains(file.toAbsolutePath().normalize())).toList();
	}

	/**
	 * Why {@code workbook} must not be read, when it is a link (or lies in a linked
	 * folder) whose target is outside {@code input}; else null. A workbook given as the
	 * input itself is never outside.
	 */
	public static @Nullable String linkOutside(Path input, Path workbook) {
		if (input.equals(workbook)) {
			return null;
		}
		try {
			Path target = workbook.toRealPath();
			if (!target.startsWith(input.toRealPath())) {
				return "a link to " + target + ", outside the input folder: not read (copy the workbook into " + input
						+ " to report it)";
			}
			return null;
		}
		catch (IOException ex) {
			return "cannot read the file: " + Outages.oneLine(ex);
		}
	}

	/**
	 * The workbooks under {@code input} in the order a run reports them: each client's
	 * waves oldest first (so that a wave's trend includes the earlier waves of the same
	 * run), clients and unreadable files in path order.
	 */
	public static List<Path> findInWaveOrder(Path input) throws IOException {
		return findByClient(input, Runtime.getRuntime().availableProcessors()).stream().flatMap(List::stream).toList();
	}

	/**
	 * The workbooks under {@code input} by client (recognised by the slug of its name),
	 * in path order of each client's first workbook; each client's waves oldest first. A
	 * workbook whose client cannot be read is a group of its own (it fails when
	 * reported). The workbooks' Engagement sheets are read {@code threads} at a time.
	 * <p>
	 * This read only groups and orders: nothing read here is reported or checksummed. The
	 * report of each workbook reads its bytes once more, once only, copying and
	 * checksumming them in one pass ({@link WorkbookSnapshot}), and takes its cover and
	 * answers from that copy, so a workbook saved over in between is reported as it is
	 * then, with the checksum of what was reported.
	 */
	public static List<List<Path>> findByClient(Path input, int threads) throws IOException {
		List<Path> files = candidates(input);
		Map<Path, WorkbookCover> covers = covers(input, files, threads);
		Map<String, List<Path>> clients = new LinkedHashMap<>();
		Map<Path, TrendPoint> waves = new HashMap<>();
		for (Path file : withoutExports(input, files, covers)) {
			WorkbookCover cover = covers.get(file);
			Engagement engagement = (cover != null) ? cover.engagement() : null;
			// a link out of the input or an unreadable workbook is a group of its own: it
			// fails, naming why, when its turn comes
			String client = "?" + file;
			if (engagement != null) {
				client = Slug.of(engagement.client());
				waves.put(file, TrendPoint.of(engagement.wave(), engagement.waveDate(), null, null));
			}
			clients.computeIfAbsent(client, (key) -> new ArrayList<>()).add(file);
		}
		Comparator<Path> byWave = (a, b) -> (waves.containsKey(a) && waves.containsKey(b))
				? TrendPoint.WAVE_ORDER.compare(waves.get(a), waves.get(b)) : 0;
		return clients.values()
			.stream()
			.map((group) -> group.stream().sorted(byWave.thenComparing(Comparator.<Path>naturalOrder())).toList())
			.toList();
	}

	static boolean isWorkbook(Path file) {
		String name = file.getFileName().toString();
		return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
	}

}
