package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Gaps 1 to 4 of the service-quality gaps model and the perception gap, each null when
 * not measured. Negative means a shortfall.
 *
 * @param gap1 knowledge: management's view of expectations minus customers' expectations
 * @param gap2 standards: the written standard minus management's view of expectations
 * @param gap3 delivery: audited delivery minus the standard
 * @param gap4 communication: audited delivery minus what was promised
 * @param perception customers' perception minus management's belief about performance
 */
public record GapSet(@Nullable Double gap1, @Nullable Double gap2, @Nullable Double gap3, @Nullable Double gap4,
		@Nullable Double perception) {

}
