package io.gapreport.survey;

import org.jspecify.annotations.Nullable;

/**
 * What the written service standards specify and what advertising and sales promise for
 * one item, both on the answer scale.
 *
 * @param code the item code
 * @param standard the level the standards specify, or null
 * @param promised the level marketing and sales promise, or null
 */
public record Standard(String code, @Nullable Double standard, @Nullable Double promised) {

}
