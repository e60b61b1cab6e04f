package io.gapreport.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.gapreport.survey.InputProblem;

/**
 * Streams rejected rows and invalid cells to a temporary CSV file as they are found, with
 * columns {@code sheet,row,cell,value,reason}. Values a spreadsheet would run as a
 * formula get a leading {@code '}.
 */
public final class RejectedCsv implements Closeable {

	static final String HEADER = "sheet,row,cell,value,reason";

	private final Path temporary;

	private final BufferedWriter writer;

	private int lines;

	/** Starts a CSV in a temporary file inside {@code folder}. */
	public RejectedCsv(Path folder) throws IOException {
		Files.createDirectories(folder);
		this.temporary = AtomicFiles.temporaryFor(folder, "rejected.csv");
		this.writer = Files.newBufferedWriter(this.temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE);
		this.writer.write(HEADER);
		this.writer.write("\r\n");
	}

	/** Adds one line for {@code problem}. */
	public void add(InputProblem problem) {
		try {
			this.writer.write(line(problem));
			this.writer.write("\r\n");
			this.lines++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Number of lines added so far. */
	public int lines() {
		return this.lines;
	}

	/**
	 * Moves the finished CSV to {@code target} when it has any line; otherwise removes it
	 * (and any older {@code target}), since the file appears only when there is something
	 * to say. Returns whether the file was written.
	 */
	public boolean finish(Path target) throws IOException {
		close();
		if (this.lines == 0) {
			Files.deleteIfExists(this.temporary);
			Files.deleteIfExists(target);
			return false;
		}
		AtomicFiles.moveIntoPlace(this.temporary, target);
		return true;
	}

	/**
	 * Closes the file and leaves the temporary file where it is: {@link #finish} moves it
	 * into place, {@link #discard} deletes it. One left by a killed run is removed by the
	 * next report written to that folder (a temporary name, {@link AtomicFiles}).
	 */
	@Override
	public void close() throws IOException {
		this.writer.close();
	}

	/** Deletes the temporary file of a CSV that will not be finished. */
	public void discard() throws IOException {
		close();
		Files.deleteIfExists(this.temporary);
	}

	static String line(InputProblem problem) {
		return String.join(",", field(problem.sheet()), String.valueOf(problem.row()), field(problem.cell()),
				field(problem.value()), field(problem.reason()));
	}

	static String field(String value) {
		String safe = isFormulaLike(value) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static boolean isFormulaLike(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

}
