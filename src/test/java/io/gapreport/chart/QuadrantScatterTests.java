package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import io.gapreport.chart.ScatterChartSpec.Point;

import static org.assertj.core.api.Assertions.assertThat;

class QuadrantScatterTests {

	private static final List<Point> POINTS = List.of(new Point("AVL1", -0.91, 0.605, Tone.SHORTFALL),
			new Point("AVL2", -0.12, 0.552, Tone.NO_DIFFERENCE), new Point("PRT1", 0.04, 0.612, Tone.NO_DIFFERENCE),
			new Point("ADV4", 0.35, 0.579, Tone.EXCEEDED));

	static final ScatterChartSpec SPEC = new ScatterChartSpec("", "Luka klienta", "Ważność (waga pytania)", POINTS, 0,
			1, 0.58, 0,
			List.of(new ScatterChartSpec.Verdict("Tu skupić działania", List.of("AVL1")),
					new ScatterChartSpec.Verdict("Utrzymać poziom", List.of("PRT1")),
					new ScatterChartSpec.Verdict("Niski priorytet", List.of("AVL2")),
					new ScatterChartSpec.Verdict("Możliwy nadmiar", List.of("ADV4"))),
			ChartsTests.TONES, ChartsTests.POLISH);

	@Test
	void theLegendNamesTheTonesDrawnAndTheVerdictsStandBesideThePlot() {
		JFreeChart chart = Charts.create(SPEC);
		assertThat(ColoursTests.labels(chart.getXYPlot().getLegendItems())).containsExactly("Niedobór",
				"Brak istotnej różnicy", "Przekroczone");
		assertThat(chart.getSubtitles()).anySatisfy((title) -> assertThat(title).isInstanceOf(VerdictList.class));
		assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Ważność (waga pytania)");
		assertThat(chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
		BufferedImage image = new BufferedImage(600, 360, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, 600, 360));
		g2.dispose();
	}

	@Test
	void withoutVerdictsThereIsNoImportanceLineAndNoList() {
		JFreeChart chart = Charts.create(new ScatterChartSpec("", "Luka klienta", "Ważność", POINTS, 0, 1, null, 0.5,
				List.of(), ChartsTests.TONES, ChartsTests.POLISH));
		assertThat(chart.getSubtitles()).noneSatisfy((title) -> assertThat(title).isInstanceOf(VerdictList.class));
		assertThat(chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNull();
		assertThat(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
	}

	@Test
	void theGapAxisIncludesZeroAndNeverSpansLessThanItsLeastSpan() {
		// gaps of -0.30 to -0.20: a tenth of a point would fill the plot
		List<Point> close = List.of(new Point("A", -0.30, 1, Tone.SHORTFALL), new Point("B", -0.20, 2, Tone.SHORTFALL));
		JFreeChart chart = Charts.create(new ScatterChartSpec("", "Luka", "Ważność", close, 0, 1, 1.5, 0,
				List.of(new ScatterChartSpec.Verdict("Tu skupić działania", List.of("A", "B"))), ChartsTests.TONES,
				ChartsTests.POLISH));
		var axis = chart.getXYPlot().getDomainAxis();
		assertThat(axis.getLowerBound()).isLessThanOrEqualTo(-0.30 - 0.35);
		assertThat(axis.getUpperBound()).isGreaterThan(0.35);
		assertThat(axis.getUpperBound() - axis.getLowerBound()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aVerdictNamingALabelWithoutAPointIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScatterChartSpec("", "x", "y", POINTS, 0, 1, 0.5, 0,
					List.of(new ScatterChartSpec.Verdict("Niski priorytet", List.of("ZZZ9"))), ChartsTests.TONES,
					ChartsTests.POLISH));
	}

	@Test
	void placedLabelsNeverCollideWithEachOtherPointsOrCaptions() {
		List<Point2D> points = new ArrayList<>();
		List<Point2D> sizes = new ArrayList<>();
		// a tight cluster: not every label can find room
		for (int i = 0; i < 30; i++) {
			points.add(new Point2D.Double(100 + (i % 6) * 9, 100 + (i / 6) * 7));
			sizes.add(new Point2D.Double(22, 9));
		}
		Rectangle2D bounds = new Rectangle2D.Double(0, 0, 300, 200);
		Rectangle2D caption = new Rectangle2D.Double(60, 60, 80, 12);
		List<Rectangle2D> boxes = LabelPlacer.place(points, 3.5, sizes, bounds, List.of(caption));
		List<Rectangle2D> placed = boxes.stream().filter(Objects::nonNull).toList();
		assertThat(placed).isNotEmpty().hasSizeLessThan(points.size());
		for (int i = 0; i < placed.size(); i++) {
			Rectangle2D box = placed.get(i);
			assertThat(bounds.contains(box)).isTrue();
			assertThat(box.intersects(caption)).isFalse();
			for (Point2D point : points) {
				assertThat(box.intersects(point.getX() - 3.5, point.getY() - 3.5, 7, 7)).isFalse();
			}
			for (int j = i + 1; j < placed.size(); j++) {
				assertThat(box.intersects(placed.get(j))).isFalse();
			}
		}
	}

	@Test
	void aLonePointIsLabelledRightBesideIt() {
		List<Rectangle2D> boxes = LabelPlacer.place(List.of(new Point2D.Double(50, 50)), 3.5,
				List.of(new Point2D.Double(20, 8)), new Rectangle2D.Double(0, 0, 200, 100), List.of());
		assertThat(boxes.get(0).getMinX()).isGreaterThan(50).isLessThan(60);
		assertThat(boxes.get(0).getCenterY()).isEqualTo(50);
	}

}
