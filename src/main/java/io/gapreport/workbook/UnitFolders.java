package io.gapreport.workbook;

import java.util.HashMap;
import java.util.Map;

import io.gapreport.output.Slug;
import io.gapreport.survey.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The report folders of a workbook's units ({@code units/<slug>/}): two different units
 * whose folder names are equal are a workbook error, since one report would overwrite the
 * other.
 */
final class UnitFolders {

	/** Slug to the unit's key and the cell that first named it. */
	private final Map<String, String[]> bySlug = new HashMap<>();

	/** The keys already noted, so that a unit's slug is made once. */
	private final Map<String, Boolean> keys = new HashMap<>();

	/** The errors found by {@link #addAll}, in the order found. */
	private final java.util.List<String> errors = new java.util.ArrayList<>();

	/**
	 * Notes {@code written}, named in {@code cell}; returns the error when another unit
	 * already has its folder name, else null.
	 */
	@Nullable String add(String written, String cell) {
		String key = Unit.keyOf(written);
		if (this.keys.put(key, Boolean.TRUE) != null) {
			return null;
		}
		String slug = Slug.of(written);
		String[] earlier = this.bySlug.putIfAbsent(slug, new String[] { key, cell, written });
		if (earlier == null || earlier[0].equals(key)) {
			return null;
		}
		return cell + ": unit \"" + written + "\" and unit \"" + earlier[2] + "\" (" + earlier[1]
				+ ") would share the report folder units/" + slug + " (rename one of them)";
	}

	/**
	 * Notes {@code written} as {@link #add} does, keeping the error for {@link #errors}.
	 */
	void addAll(String written, String cell) {
		String error = add(written, cell);
		if (error != null) {
			this.errors.add(error);
		}
	}

	/** The errors {@link #addAll} found. */
	java.util.List<String> errors() {
		return this.errors;
	}

}
