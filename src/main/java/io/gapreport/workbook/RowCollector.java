package io.gapreport.workbook;

import java.util.Arrays;
import java.util.function.Consumer;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the cells that the SAX sheet handler reports into one {@link SheetRow} per row.
 */
final class RowCollector implements SheetContentsHandler {

	private final Consumer<SheetRow> rows;

	private @Nullable String[] cells = new String[16];

	private int width;

	private int nextColumn;

	RowCollector(Consumer<SheetRow> rows) {
		this.rows = rows;
	}

	@Override
	public void startRow(int rowNum) {
		this.width = 0;
		this.nextColumn = 0;
	}

	@Override
	public void cell(@Nullable String cellReference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
		int column = (cellReference != null) ? column(cellReference) : this.nextColumn;
		this.nextColumn = column + 1;
		if (formattedValue == null || column < 0) {
			return;
		}
		if (column >= this.cells.length) {
			this.cells = Arrays.copyOf(this.cells, Math.max(column + 1, this.cells.length * 2));
		}
		if (column >= this.width) {
			Arrays.fill(this.cells, this.width, column, null);
			this.width = column + 1;
		}
		this.cells[column] = formattedValue;
	}

	@Override
	public void endRow(int rowNum) {
		this.rows.accept(new SheetRow(rowNum + 1, Arrays.copyOf(this.cells, this.width)));
	}

	/** The 0-based column of a reference like {@code AB12}, or -1. */
	static int column(String reference) {
		int column = 0;
		int letters = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
				letters++;
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
				letters++;
			}
			else {
				break;
			}
		}
		return (letters == 0 || letters > 3) ? -1 : column - 1;
	}

}
