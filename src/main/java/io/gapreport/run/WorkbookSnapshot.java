package io.gapreport.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A private copy of a workbook, checksummed as it is copied: the run parses the copy, so
 * the checksum it records is that of the bytes it read, even when the file is replaced
 * while the run reads it.
 */
final class WorkbookSnapshot implements AutoCloseable {

	private final Path file;

	private final String checksum;

	private WorkbookSnapshot(Path file, String checksum) {
		this.file = file;
		this.checksum = checksum;
	}

	/** Copies {@code workbook} to a temporary file and checksums the copied bytes. */
	static WorkbookSnapshot of(Path workbook) throws IOException {
		Path copy = Files.createTempFile("gap-report-", ".xlsx");
		try (InputStream in = Files.newInputStream(workbook);
				OutputStream out = new DigestOutputStream(Files.newOutputStream(copy), sha256())) {
			in.transferTo(out);
			out.flush();
			String checksum = HexFormat.of().formatHex(((DigestOutputStream) out).getMessageDigest().digest());
			return new WorkbookSnapshot(copy, checksum);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	/** The copy to parse. */
	Path file() {
		return this.file;
	}

	/** SHA-256 of the copy, in lower-case hex. */
	String checksum() {
		return this.checksum;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
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
