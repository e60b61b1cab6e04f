package io.gapreport.workbook;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Gives numeric cells as their raw value ({@code 5}, {@code 4.5}, never {@code 1,234})
 * and date cells as ISO {@code yyyy-mm-dd}, whatever the cell's display format or the
 * locale.
 */
final class RawValueFormatter extends DataFormatter {

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value).toLocalDate().toString();
		}
		return plain(value);
	}

	static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
