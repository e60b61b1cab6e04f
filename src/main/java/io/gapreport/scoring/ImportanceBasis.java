package io.gapreport.scoring;

/**
 * Where an item's importance comes from, for the importance-performance matrix: the
 * items' own weights when every item has one, else derived from the answers.
 */
public enum ImportanceBasis {

	/** The Items sheet's weights. */
	WEIGHT,
	/** The correlation of the item's perception with likelihood to recommend. */
	NPS,
	/** The correlation of the item's perception with the customer's mean perception. */
	PERCEPTION

}
