package io.gapreport.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file under its final name only when it is complete: to a temporary file in the
 * same folder first, then moved into place, so that a crash never leaves a truncated file
 * that looks finished.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** What writes a file's content. */
	@FunctionalInterface
	public interface Content {

		/** Writes the content to {@code out}. */
		void writeTo(OutputStream out) throws IOException;

	}

	/** Writes {@code target} through {@code content}, creating its folder if needed. */
	public static void write(Path target, Content content) throws IOException {
		prepare(target, content).commit();
	}

	/**
	 * Writes {@code target}'s content to a temporary file beside it, to be moved into
	 * place by {@link Prepared#commit()} once every file of a set is ready; a content
	 * that fails leaves nothing behind.
	 */
	public static Prepared prepare(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = temporaryFor(folder, target.getFileName().toString());
		try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
			content.writeTo(out);
		}
		catch (IOException | RuntimeException | OutOfMemoryError ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		return new Prepared(temporary, target);
	}

	/**
	 * A file written under a temporary name, waiting to be moved into place.
	 *
	 * @param temporary the temporary file
	 * @param target the final name
	 */
	public record Prepared(Path temporary, Path target) {

		/** Moves the file to its final name. */
		public void commit() throws IOException {
			try {
				moveIntoPlace(this.temporary, this.target);
			}
			finally {
				Files.deleteIfExists(this.temporary);
			}
		}

		/** Removes the temporary file. */
		public void discard() throws IOException {
			Files.deleteIfExists(this.temporary);
		}

	}

	/**
	 * A new temporary file name in {@code folder} for {@code name}: hidden, ending in
	 * {@code .part}, created with the usual permissions (not owner-only like
	 * {@link Files#createTempFile}) so that the finished report is readable as any file.
	 */
	static Path temporaryFor(Path folder, String name) {
		return folder.resolve("." + name + "." + UUID.randomUUID() + ".part");
	}

	/**
	 * Moves a finished temporary file to {@code target}, atomically where the file system
	 * can.
	 */
	public static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
