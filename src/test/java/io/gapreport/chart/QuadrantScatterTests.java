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
import io.gapreport.chart.ScatterChartSpec.Quadrant;

import static org.assertj.core.api.Assertions.assertThat;

class QuadrantScatterTests {

	private static final ScatterChartSpec SPEC = new ScatterChartSpec("", "Wykonanie", "Ważność (waga pytania)",
			List.of(new Point("AVL1", 4.47, 0.605, Tone.SHORTFALL), new Point("AVL2", 4.49, 0.552, Tone.SHORTFALL),
					new Point("PRT1", 5.61, 0.612, Tone.NO_DIFFERENCE), new Point("ADV4", 5.35, 0.579, Tone.EXCEEDED)),
			5.0, 0.58, new ScatterChartSpec.Quadrants("Skoncentruj się tutaj", "Tak trzymać", "Niski priorytet",
					"Możliwy nadmiar"),
			ChartsTests.TONES, ChartsTests.POLISH);

	@Test
	void eachPointIsListedUnderItsQuadrant() {
		assertThat(SPEC.pointsIn(Quadrant.TOP_LEFT)).extracting(Point::label).containsExactly("AVL1");
		assertThat(SPEC.pointsIn(Quadrant.TOP_RIGHT)).extracting(Point::label).containsExactly("PRT1");
		assertThat(SPEC.pointsIn(Quadrant.BOTTOM_LEFT)).extracting(Point::label).containsExactly("AVL2");
		assertThat(SPEC.pointsIn(Quadrant.BOTTOM_RIGHT)).extracting(Point::label).containsExactly("ADV4");
	}

	@Test
	void theLegendNamesTheTonesDrawnAndTheListStandsBesideThePlot() {
		JFreeChart chart = Charts.create(SPEC);
		assertThat(ColoursTests.labels(chart.getXYPlot().getLegendItems())).containsExactly("Niedobór",
				"Brak istotnej różnicy", "Przekroczone");
		assertThat(chart.getSubtitles()).anySatisfy((title) -> assertThat(title).isInstanceOf(QuadrantList.class));
		assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Ważność (waga pytania)");
		BufferedImage image = new BufferedImage(600, 360, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, 600, 360));
		g2.dispose();
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
