package io.gapreport.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.gapreport.output.Slug;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes realistic synthetic survey workbooks: customers differ in how demanding they are
 * and in how they feel about the firm, so that the items of a level correlate as in real
 * surveys; managers mostly overrate the service; standards over-promise; audits see
 * delivery fall short; a few cells are dirty. Respondent sheets are streamed (SXSSF), so
 * even 200,000 customers are written in little memory.
 */
public final class SampleWorkbooks {

	/** Name, language and sector of each client, in the order they are written. */
	private static final String[][] CLIENTS = { { "Acme Logistics", "en", "logistics" },
			{ "Łódź Bank", "pl", "banking" }, { "Žluťoučký kůň s.r.o.", "cs", "retail" },
			{ "Северный Банк", "ru", "banking" }, { "Northwind Insurance", "en", "other" },
			{ "Bank Śląski", "pl", "banking" } };

	/**
	 * The branches of Łódź Bank: four with reports of their own, one below the rest on
	 * perception, and a small one that is suppressed.
	 */
	private static final List<SampleUnit> LODZ_BANK_UNITS = List.of(
			new SampleUnit("Łódź Centrum", "Oddział Łódź Centrum", List.of("lodz.centrum@example.com"), 0.34, 0.2),
			new SampleUnit("Łódź Bałuty", "Oddział Łódź Bałuty", List.of("lodz.baluty@example.com"), 0.24, -0.6),
			new SampleUnit("Warszawa Mokotów", "Oddział Warszawa Mokotów",
					List.of("warszawa.mokotow@example.com", "region.centrum@example.com"), 0.22, 0.0),
			new SampleUnit("Kraków Rynek", "Oddział Kraków Rynek",
					List.of("krakow.rynek@example.com", "region.centrum@example.com"), 0.18, 0.3),
			new SampleUnit("Poznań Stare Miasto", "Punkt Poznań Stare Miasto", List.of("poznan@example.com"), 0, 0));

	private SampleWorkbooks() {
	}

	/**
	 * Writes one workbook per client into {@code outputDir}; returns the files written.
	 */
	public static List<Path> write(SampleSpec spec, Path outputDir) throws IOException {
		Files.createDirectories(outputDir);
		Random random = new Random(spec.seed());
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < spec.clients(); i++) {
			String[] client = CLIENTS[i % CLIENTS.length];
			String name = (i < CLIENTS.length) ? client[0] : client[0] + " " + (i / CLIENTS.length + 1);
			List<Double> shifts = levelShifts(random);
			double improvement = 0.3 * random.nextDouble();
			for (int w = spec.waves() - 1; w >= 0; w--) {
				// quarters back from 2026-Q3; the service improves a little from wave to
				// wave
				int quarter = 3 - w;
				int year = 2026 + Math.floorDiv(quarter - 1, 4);
				quarter = Math.floorMod(quarter - 1, 4) + 1;
				String wave = year + "-Q" + quarter;
				LocalDate closed = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
				double drift = -improvement * w;
				SampleClient sample = new SampleClient(name, wave, closed, client[1],
						(i % 3 == 2) ? new Scale(1, 5) : Scale.DEFAULT, spec.respondents(), spec.items(),
						random.nextLong(), 0.005, shifts.stream().map((shift) -> shift + drift).toList(),
						List.of("manager@example.com", "quality@example.org"), Sector.parse(client[2]).orElseThrow(),
						"Łódź Bank".equals(name) ? LODZ_BANK_UNITS : List.of());
				Path file = outputDir.resolve(io.gapreport.output.Slug.of(name) + "-" + Slug.of(wave) + ".xlsx");
				writeOne(sample, file);
				written.add(file);
			}
		}
		return written;
	}

	/**
	 * Shifts per level: the foundation fails now and then, so reports have a priority to
	 * name.
	 */
	static List<Double> levelShifts(Random random) {
		return List.of(-0.8 + 1.1 * random.nextDouble(), -1.2 + 1.3 * random.nextDouble(),
				-0.6 + 0.9 * random.nextDouble(), -0.5 + 1.0 * random.nextDouble());
	}

	/** Writes the workbook of {@code client} to {@code file}, atomically. */
	public static void writeOne(SampleClient client, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + file.getFileName() + ".part");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			new SampleSheets(workbook, client).write();
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
