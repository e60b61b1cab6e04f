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
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.workbook.WorkbookException;
import org.jspecify.annotations.Nullable;

/**
 * A private copy of a workbook and of the survey export it names, checksummed as they are
 * copied (the workbook's bytes, then the export's): the run parses the copies, so the
 * checksum it records is that of the bytes it read, even when a file is replaced while
 * the run reads it. The export is copied when the workbook's reader asks for it
 * ({@link #exportFolder}), so the workbook is opened once. An export named more than four
 * folders up (with {@code ..}) is not copied: it is checksummed, then read where it is.
 */
final class WorkbookSnapshot implements AutoCloseable {

	private final Path root;

	private final Path folder;

	private final Path file;

	private final Path original;

	private final MessageDigest digest;

	private @Nullable String checksum;

	private WorkbookSnapshot(Path root, Path folder, Path file, Path original, MessageDigest digest) {
		this.root = root;
		this.folder = folder;
		this.file = file;
		this.original = original;
		this.digest = digest;
	}

	/** Copies {@code workbook} to a temporary folder, checksumming. */
	static WorkbookSnapshot of(Path workbook) throws IOException {
		Path root = Files.createTempDirectory("gap-report-");
		try {
			// the workbook sits deep enough that an export named with a few ".." stays
			// inside
			Path folder = Files.createDirectories(root.resolve("a/b/c/d"));
			Path copy = folder.resolve("workbook.xlsx");
			MessageDigest digest = sha256();
			copy(workbook, copy, digest);
			return new WorkbookSnapshot(root, folder, copy, workbook, digest);
		}
		catch (IOException | RuntimeException ex) {
			delete(root);
			throw ex;
		}
	}

	/** Copies {@code from} to {@code to} (or only checksums it, when null). */
	private static void copy(Path from, @Nullable Path to, MessageDigest digest) throws IOException {
		try (InputStream in = Files.newInputStream(from);
				OutputStream out = new DigestOutputStream(
						(to != null) ? Files.newOutputStream(to) : OutputStream.nullOutputStream(), digest)) {
			in.transferTo(out);
		}
	}

	/** The copy of the workbook to parse. */
	Path file() {
		return this.file;
	}

	/**
	 * Copies the export the workbook names as {@code responses} beside the copy,
	 * checksumming it after the workbook, and gives the folder to resolve the name
	 * against: the copy's, or the workbook's own when the export is missing (so that the
	 * reader names where it looked) or lies too far up to be copied.
	 */
	Path exportFolder(String responses) throws WorkbookException {
		if (this.checksum != null) {
			throw new IllegalStateException("the checksum was taken before the export was copied");
		}
		Path originalFolder = this.original.toAbsolutePath().getParent();
		Path export = originalFolder.resolve(responses).normalize();
		if (!Files.isRegularFile(export)) {
			return originalFolder;
		}
		Path exportCopy = this.folder.resolve(responses).normalize();
		try {
			if (!exportCopy.startsWith(this.root) || exportCopy.equals(this.file)) {
				// too far up to copy, or named like the workbook's own copy: read in
				// place
				copy(export, null, this.digest);
				return originalFolder;
			}
			Files.createDirectories(exportCopy.getParent());
			copy(export, exportCopy, this.digest);
			return this.folder;
		}
		catch (IOException ex) {
			throw new WorkbookException(List.of(responses + ": responses file cannot be read: " + Outages.oneLine(ex)));
		}
	}

	/** SHA-256 of the workbook's bytes then its export's, in lower-case hex. */
	String checksum() {
		if (this.checksum == null) {
			this.checksum = HexFormat.of().formatHex(this.digest.digest());
		}
		return this.checksum;
	}

	@Override
	public void close() throws IOException {
		delete(this.root);
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
