package io.gapreport.workbook;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A memory check run by hand, not a unit test: generates a large workbook with SXSSF,
 * then streams it and prints the time and the peak heap. Run the read under
 * {@code -Xmx256m}:
 *
 * <pre>
 * java -cp CP io.gapreport.workbook.LargeWorkbookCheck generate /tmp/large.xlsx 200000 24
 * java -Xmx256m -cp CP io.gapreport.workbook.LargeWorkbookCheck read /tmp/large.xlsx
 * </pre>
 */
final class LargeWorkbookCheck {

	private LargeWorkbookCheck() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		if (args[0].equals("generate")) {
			generate(file, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
		}
		else {
			read(file);
		}
	}

	private static void generate(Path file, int customers, int items) throws Exception {
		String[] levels = { "accuracy", "availability", "partnership", "advice" };
		Random random = new Random(42);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet engagement = workbook.createSheet("Engagement");
			String[][] keys = { { "client", "Large Client" }, { "wave", "2026-Q1" }, { "scale", "1-7" } };
			for (int i = 0; i < keys.length; i++) {
				Row row = engagement.createRow(i);
				row.createCell(0).setCellValue(keys[i][0]);
				row.createCell(1).setCellValue(keys[i][1]);
			}
			Sheet itemSheet = workbook.createSheet("Items");
			Row header = itemSheet.createRow(0);
			header.createCell(0).setCellValue("code");
			header.createCell(1).setCellValue("text");
			header.createCell(2).setCellValue("level");
			for (int i = 0; i < items; i++) {
				Row row = itemSheet.createRow(i + 1);
				row.createCell(0).setCellValue("Q" + (i + 1));
				row.createCell(1).setCellValue("Question " + (i + 1) + "?");
				row.createCell(2).setCellValue(levels[i % 4]);
			}
			Sheet sheet = workbook.createSheet("Customers");
			Row titles = sheet.createRow(0);
			String[] fixed = { "respondent", "segment", "channel", "resolved", "nps", "comment" };
			for (int c = 0; c < fixed.length; c++) {
				titles.createCell(c).setCellValue(fixed[c]);
			}
			for (int i = 0; i < items; i++) {
				titles.createCell(fixed.length + 2 * i).setCellValue("E:Q" + (i + 1));
				titles.createCell(fixed.length + 2 * i + 1).setCellValue("P:Q" + (i + 1));
			}
			String[] channels = { "phone", "email", "chat", "web" };
			for (int r = 1; r <= customers; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("R" + r);
				row.createCell(1).setCellValue((r % 2 == 0) ? "Retail" : "Business");
				row.createCell(2).setCellValue(channels[r % 4]);
				row.createCell(3).setCellValue(random.nextBoolean() ? "yes" : "no");
				row.createCell(4).setCellValue(random.nextInt(11));
				row.createCell(5).setCellValue("comment " + r);
				for (int c = 0; c < 2 * items; c++) {
					row.createCell(fixed.length + c).setCellValue(1 + random.nextInt(7));
				}
			}
			workbook.write(out);
		}
		System.out.printf("wrote %s (%d MB)%n", file, Files.size(file) / 1_000_000);
	}

	private static void read(Path file) throws Exception {
		long start = System.nanoTime();
		var counts = new CountingSink();
		try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
			workbook.stream(counts);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(
				"read %d customers, %d problems in %d ms; max heap %d MB; peak heap (sum of pool peaks) %d MB%n",
				counts.customers, counts.problems, millis, Runtime.getRuntime().maxMemory() / 1_000_000,
				peak / 1_000_000);
	}

}
