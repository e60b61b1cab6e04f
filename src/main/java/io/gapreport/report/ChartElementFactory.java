package io.gapreport.report;

import java.util.Map;

import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.Charts;
import org.openpdf.extend.ReplacedElement;
import org.openpdf.extend.ReplacedElementFactory;
import org.openpdf.extend.UserAgentCallback;
import org.openpdf.layout.LayoutContext;
import org.openpdf.render.BlockBox;
import org.openpdf.simple.extend.FormSubmissionListener;
import org.w3c.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * Replaces every element carrying a {@code data-chart} attribute (for example
 * {@code <div class="chart" data-chart="gaps" style="width:170mm;height:80mm"/>}) by the
 * chart of that id; everything else goes to OpenPDF's own factory.
 */
final class ChartElementFactory implements ReplacedElementFactory {

	static final String ATTRIBUTE = "data-chart";

	/** Height over width when the template gives no height. */
	private static final double DEFAULT_ASPECT = 0.5;

	private final ReplacedElementFactory fallback;

	private final Map<String, ChartSpec> charts;

	ChartElementFactory(ReplacedElementFactory fallback, Map<String, ChartSpec> charts) {
		this.fallback = fallback;
		this.charts = Map.copyOf(charts);
	}

	@Override
	public @Nullable ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
			int cssWidth, int cssHeight) {
		Element element = box.getElement();
		if (element == null || !element.hasAttribute(ATTRIBUTE)) {
			return this.fallback.createReplacedElement(c, box, uac, cssWidth, cssHeight);
		}
		String id = element.getAttribute(ATTRIBUTE);
		ChartSpec spec = this.charts.get(id);
		if (spec == null) {
			throw new IllegalArgumentException(
					"The template shows chart '%s' but the report has only %s".formatted(id, this.charts.keySet()));
		}
		int width = (cssWidth > 0) ? cssWidth : box.getContainingBlock().getContentWidth();
		int height = (cssHeight > 0) ? cssHeight : (int) Math.round(width * DEFAULT_ASPECT);
		return new ChartElement(Charts.create(spec), width, height);
	}

	@Override
	public void reset() {
		this.fallback.reset();
	}

	@Override
	public void remove(Element element) {
		this.fallback.remove(element);
	}

	@Override
	public void setFormSubmissionListener(FormSubmissionListener listener) {
		this.fallback.setFormSubmissionListener(listener);
	}

}
