package io.gapreport.output;

/**
 * Transliterates Russian Cyrillic letters to ASCII for slugs (a simplified ISO 9 / BGN
 * scheme).
 */
final class Cyrillic {

	private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

	private static final String[] LATIN = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
			"o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

	private Cyrillic() {
	}

	/**
	 * The Latin spelling of {@code c} if it is a Russian letter, else {@code c} itself.
	 */
	static String latin(char c) {
		int index = LETTERS.indexOf(Character.toLowerCase(c));
		return (index >= 0) ? LATIN[index] : String.valueOf(c);
	}

}
