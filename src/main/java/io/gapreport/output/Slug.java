package io.gapreport.output;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folder names made from client and wave names: lower-case ASCII, diacritics folded
 * ({@code Łódź Bank} becomes {@code lodz-bank}), every other character turned to
 * {@code -}; never {@code /}, {@code \} or {@code ..}, never empty.
 */
public final class Slug {

	private static final int MAX_LENGTH = 80;

	private Slug() {
	}

	/** The slug of {@code name}. */
	public static String of(String name) {
		String folded = Normalizer.normalize(foldSpecialLetters(name), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "unnamed" : slug;
	}

	/** Letters that Unicode does not decompose into a base letter and a mark. */
	private static String foldSpecialLetters(String name) {
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			switch (c) {
				case 'Ł' -> out.append('L');
				case 'ł' -> out.append('l');
				case 'Đ', 'Ð' -> out.append('D');
				case 'đ', 'ð' -> out.append('d');
				case 'Ø' -> out.append('O');
				case 'ø' -> out.append('o');
				case 'ß' -> out.append("ss");
				case 'Æ' -> out.append("AE");
				case 'æ' -> out.append("ae");
				case 'Œ' -> out.append("OE");
				case 'œ' -> out.append("oe");
				case 'Þ' -> out.append("Th");
				case 'þ' -> out.append("th");
				default -> out.append(Cyrillic.latin(c));
			}
		}
		return out.toString();
	}

}
