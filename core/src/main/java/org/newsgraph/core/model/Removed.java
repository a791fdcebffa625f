package org.newsgraph.core.model;

/**
 * Text that was cut out of the article body, and why.
 *
 * @param text   the removed text, as it stood in the input
 * @param reason one of {@code media-player, navigation, caption, duplicate, promo, other}
 */
public record Removed(String text, String reason) {
}
