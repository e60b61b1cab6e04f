package io.gapreport.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A disk that cannot take the run's files: full (an outage: free space and run again) or
 * not writable (a setting to fix: the folder's permissions, or another {@code --output}).
 * Either stops the run, since every later workbook would fail the same way, instead of
 * failing each workbook in turn or passing for an error in gap-report.
 */
public final class DiskFault extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * The operating system's words for a full disk (ENOSPC, EDQUOT), as the JDK and H2
	 * pass them on.
	 */
	private static final List<String> FULL = List.of("no space left on device", "disk quota exceeded",
			"there is not enough space on the disk");

	/** The operating system's words for a file that cannot be written (EROFS, EACCES). */
	private static final List<String> READ_ONLY = List.of("read-only file system", "permission denied",
			"access is denied");

	private final boolean full;

	private DiskFault(boolean full, String message, Throwable cause) {
		super(message, cause);
		this.full = full;
	}

	/** Whether the disk is full (an outage), rather than not writable (a setting). */
	public boolean full() {
		return this.full;
	}

	/**
	 * The disk fault among {@code failure}'s causes, if any; its message names the folder
	 * of the file that could not be written, or else {@code place} (a folder, the job
	 * database).
	 */
	public static Optional<DiskFault> of(Throwable failure, String place) {
		Optional<DiskFault> found = Optional.empty();
		// the deepest cause that says so: it names the file
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			String words = words(cause);
			String where = folderOf(cause, place);
			if (FULL.stream().anyMatch(words::contains)) {
				found = Optional.of(new DiskFault(true, "the disk holding " + where + " is full ("
						+ Outages.oneLine(cause) + "): free some space and run again; nothing is lost", failure));
			}
			else if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException
					|| (cause instanceof IOException && READ_ONLY.stream().anyMatch(words::contains))) {
				found = Optional.of(new DiskFault(false, "cannot write in " + where + " (" + reason(cause)
						+ "): make it writable, or choose another --output", failure));
			}
		}
		return found;
	}

	/** The system's reason, with the file: an access refused may carry the file alone. */
	private static String reason(Throwable cause) {
		if (cause instanceof AccessDeniedException denied && denied.getReason() == null) {
			return denied.getFile() + ": permission denied";
		}
		return Outages.oneLine(cause);
	}

	private static String words(Throwable cause) {
		String reason = (cause instanceof FileSystemException files) ? files.getReason() : null;
		return ((reason != null) ? reason : String.valueOf(cause.getMessage())).toLowerCase(Locale.ROOT);
	}

	private static String folderOf(Throwable cause, String place) {
		@Nullable String file = (cause instanceof FileSystemException files) ? files.getFile() : null;
		if (file == null) {
			return place;
		}
		Path parent = Path.of(file).toAbsolutePath().getParent();
		return (parent != null) ? parent.toString() : place;
	}

}
