package io.gapreport.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Where the export a workbook names as its {@code responses} may lie: the name is taken
 * relative to the workbook's folder, and the file it names must lie inside the input
 * folder, after {@code ..} and links are resolved. An absolute path, a name that climbs
 * out, or a link that leads out is a workbook error naming the cell, and the file is
 * never opened: nothing outside the input folder is read through a workbook.
 *
 * @param workbookFolder the folder of the workbook as found (not of a private copy)
 * @param inputFolder the input folder the run or check was given
 */
public record ExportPlace(Path workbookFolder, Path inputFolder) {

	/**
	 * The place of a workbook read on its own: its folder is the input folder.
	 * @param workbook the workbook
	 * @return its place
	 */
	public static ExportPlace beside(Path workbook) {
		Path folder = workbook.toAbsolutePath().getParent();
		return new ExportPlace(folder, folder);
	}

	/**
	 * The place of a workbook found in {@code input}, a folder or the workbook itself.
	 * @param workbook the workbook as found
	 * @param input the input given
	 * @return its place
	 */
	public static ExportPlace in(Path workbook, Path input) {
		Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
		return new ExportPlace(workbook.toAbsolutePath().getParent(), folder);
	}

	/**
	 * Whether the export named {@code responses} may be read.
	 * @param responses the name as the workbook gives it
	 * @return true when it lies inside the input folder
	 */
	public boolean allows(String responses) {
		return problem(responses, "") == null;
	}

	/**
	 * Why the export named {@code responses} must not be read, or null when it may.
	 * @param responses the name as the workbook gives it
	 * @param cell the cell that gives it, e.g. {@code Engagement!B7}
	 */
	@Nullable String problem(String responses, String cell) {
		String where = cell + ": responses \"" + responses + "\" ";
		Path named;
		try {
			named = Path.of(responses);
		}
		catch (InvalidPathException ex) {
			return where + "is not a file name";
		}
		if (named.isAbsolute() || named.getRoot() != null || responses.startsWith("/") || responses.startsWith("\\")
				|| responses.matches("^[A-Za-z]:.*")) {
			return where + "is an absolute path: name the export relative to the workbook's folder, inside the input"
					+ " folder (e.g. exports/wave3.csv)";
		}
		Path root = this.inputFolder.toAbsolutePath().normalize();
		Path export = this.workbookFolder.toAbsolutePath().resolve(named).normalize();
		if (!export.startsWith(root)) {
			return where + "lies outside the input folder: not read (put the export inside the input folder)";
		}
		if (Files.exists(export)) {
			try {
				if (!export.toRealPath().startsWith(root.toRealPath())) {
					return where + "is a link to a file outside the input folder: not read (copy the export into the"
							+ " input folder)";
				}
			}
			catch (IOException ex) {
				return where + "cannot be read (permissions?)";
			}
		}
		return null;
	}

}
