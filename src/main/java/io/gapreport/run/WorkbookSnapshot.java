package io.gapreport.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

import io.gapreport.workbook.SurveyWorkbook;

/**
 * A private copy of a workbook and of the survey export it names, checksummed as they are
 * copied (the workbook's bytes, then the export's): the run parses the copies, so the
 * checksum it records is that of the bytes it read, even when a file is replaced while
 * the run reads it. An export named more than four folders up (with {@code ..}) is not
 * copied: it is checksummed, then read where it is.
 */
final class WorkbookSnapshot implements AutoCloseable {

	private final Path folder;

	private final Path file;

	private final Path responsesFolder;

	private final String checksum;

	private WorkbookSnapshot(Path folder, Path file, Path responsesFolder, String checksum) {
		this.folder = folder;
		this.file = file;
		this.responsesFolder = responsesFolder;
		this.checksum = checksum;
	}

	/** Copies {@code workbook} (and its export) to a temporary folder, checksumming. */
	static WorkbookSnapshot of(Path workbook) throws IOException {
		Path root = Files.createTempDirectory("gap-report-");
		try {
			// the workbook sits deep enough that an export named with a few ".." stays
			// inside
			Path folder = Files.createDirectories(root.resolve("a/b/c/d"));
			Path copy = folder.resolve("workbook.xlsx");
			MessageDigest digest = sha256();
			copy(workbook, Files.newOutputStream(copy), digest);
			Path responsesFolder = folder;
			String responses = SurveyWorkbook.responsesNamedBy(copy);
			if (responses != null) {
				Path original = workbook.toAbsolutePath().getParent().resolve(responses).normalize();
				Path exportCopy = folder.resolve(responses).normalize();
				if (!Files.isRegularFile(original)) {
					// the reader says it is missing, naming where it looked
					responsesFolder = workbook.toAbsolutePath().getParent();
				}
				else if (!exportCopy.startsWith(root)) {
					responsesFolder = workbook.toAbsolutePath().getParent();
					copy(original, OutputStream.nullOutputStream(), digest);
				}
				else {
					Files.createDirectories(exportCopy.getParent());
					copy(original, Files.newOutputStream(exportCopy), digest);
				}
			}
			return new WorkbookSnapshot(root, copy, responsesFolder, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException ex) {
			delete(root);
			throw ex;
		}
	}

	private static void copy(Path from, OutputStream to, MessageDigest digest) throws IOException {
		try (InputStream in = Files.newInputStream(from); OutputStream out = new DigestOutputStream(to, digest)) {
			in.transferTo(out);
		}
	}

	/** The copy of the workbook to parse. */
	Path file() {
		return this.file;
	}

	/** The folder the workbook's {@code responses} export is named relative to. */
	Path responsesFolder() {
		return this.responsesFolder;
	}

	/** SHA-256 of the workbook's bytes then its export's, in lower-case hex. */
	String checksum() {
		return this.checksum;
	}

	@Override
	public void close() throws IOException {
		delete(this.folder);
	}

	private static void delete(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
