package io.gapreport.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;

import io.gapreport.chart.GapBarsSpec.Bar;

/**
 * The gaps' names beside their bars on a phone: each name wrapped between words, and an
 * indicative gap's word on a line of its own under its name, so that it neither runs into
 * the name nor reaches the bar's value.
 */
final class PhoneGapAxis extends CategoryAxis {

	private static final long serialVersionUID = 1L;

	/** The indicative word: as large as the names, so it shows at 14 px on a phone. */
	static final Font SUB_LABEL = ChartStyle.TICK.deriveFont(Font.ITALIC);

	private final Map<String, String> subLabels = new HashMap<>();

	PhoneGapAxis(GapBarsSpec spec, CategoryAxis like) {
		super(null);
		for (Bar bar : spec.bars()) {
			if (bar.tone() == Tone.INDICATIVE) {
				this.subLabels.put(bar.name(), spec.labels().tones().get(Tone.INDICATIVE));
			}
		}
		setTickLabelFont(like.getTickLabelFont());
		setTickLabelPaint(like.getTickLabelPaint());
		setAxisLineVisible(like.isAxisLineVisible());
		setAxisLinePaint(like.getAxisLinePaint());
		setCategoryMargin(like.getCategoryMargin());
		setLowerMargin(like.getLowerMargin());
		setUpperMargin(like.getUpperMargin());
		setTickMarksVisible(false);
	}

	/** The width, in points, of the indicative word; 0 where no gap carries it. */
	double subLabelWidth() {
		return this.subLabels.values().stream().mapToDouble((sub) -> ChartStyle.width(SUB_LABEL, sub)).max().orElse(0);
	}

	@Override
	protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
		TextBlock label = super.createLabel(category, width, edge, g2);
		String sub = this.subLabels.get(category.toString());
		if (sub != null) {
			label.addLine(new TextLine(sub, SUB_LABEL, GapBars.INDICATIVE_TEXT));
		}
		return label;
	}

}
