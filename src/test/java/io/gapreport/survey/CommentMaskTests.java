package io.gapreport.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The masking of {@code voice.md} on the contract's examples and on hostile text.
 */
class CommentMaskTests {

	@Test
	void whitespaceRunsBecomeOneSpaceAndTheTextIsTrimmed() {
		assertThat(CommentMask.mask("  Too\tlong\r\n\n  a   wait \u00A0here ")).isEqualTo("Too long a wait here");
	}

	@Test
	void eMailAddressesAreMasked() {
		assertThat(CommentMask.mask("Write to jan.kowalski+cs@poczta.example.pl please"))
			.isEqualTo("Write to [e-mail] please");
	}

	@Test
	void theContractsPhoneNumbersAreMasked() {
		assertThat(CommentMask.mask("Call me on +48 601 234 567 today")).isEqualTo("Call me on [phone] today");
		assertThat(CommentMask.mask("Volejte (420) 777-123-456, děkuji")).isEqualTo("Volejte [phone], děkuji");
		assertThat(CommentMask.mask("Звоните 8 800 555 35 35.")).isEqualTo("Звоните [phone].");
		assertThat(CommentMask.mask("tel. 601/234/567")).isEqualTo("tel. [phone]");
	}

	@Test
	void aDateOrAShortNumberIsNoPhone() {
		assertThat(CommentMask.mask("Delivered on 2026-09-15, order 12345678"))
			.isEqualTo("Delivered on 2026-09-15, order 12345678");
	}

	@Test
	void digitsOfAnAddressAreMaskedWithTheAddress() {
		assertThat(CommentMask.mask("mail 601234567@example.com")).isEqualTo("mail [e-mail]");
	}

	@Test
	void aLongTextIsCutAtItsLastSpaceAmongTheFirst279Characters() {
		String word = "abcdefghi ";
		String text = word.repeat(40);
		String masked = CommentMask.mask(text);
		// 27 words of 10 characters end at 270; the 28th space is at 279, outside the
		// first 279
		assertThat(masked).isEqualTo(word.repeat(27).strip() + "…");
		assertThat(masked.codePointCount(0, masked.length())).isLessThanOrEqualTo(280);
	}

	@Test
	void aLongTextWithoutASpaceKeepsItsFirst279Characters() {
		String masked = CommentMask.mask("x".repeat(4000));
		assertThat(masked).isEqualTo("x".repeat(279) + "…");
	}

	@Test
	void aTextOf280CharactersIsKeptWhole() {
		String text = "y".repeat(280);
		assertThat(CommentMask.mask(text)).isEqualTo(text);
	}

	@Test
	void markupAndTemplateSyntaxStayPlainText() {
		assertThat(CommentMask.mask("<b>bold</b> ${x} <#if true>yes</#if>"))
			.isEqualTo("<b>bold</b> ${x} <#if true>yes</#if>");
	}

	@Test
	void directionControlsAndControlCharactersAreDropped() {
		assertThat(CommentMask.mask("abc \u202Eevil\u202C \u200Fmark\u0007 end")).isEqualTo("abc evil mark end");
	}

	@Test
	void aFourThousandCharacterCommentWithAddressesIsMaskedThenCut() {
		String text = "Kontakt anna@example.org lub +48 601 234 567. ".repeat(90);
		String masked = CommentMask.mask(text);
		assertThat(masked).doesNotContain("anna@").doesNotContain("601").endsWith("…");
		assertThat(masked.codePointCount(0, masked.length())).isLessThanOrEqualTo(280);
	}

	@Test
	void aCommentOfFewerThanThreeWordsIsNeverQuoted() {
		assertThat(CommentMask.quotable(CommentMask.mask("ok"))).isFalse();
		assertThat(CommentMask.quotable(CommentMask.mask("  n/a  "))).isFalse();
		assertThat(CommentMask.quotable(CommentMask.mask("call +48 601 234 567"))).isFalse();
		assertThat(CommentMask.quotable(CommentMask.mask("Too slow again"))).isTrue();
	}

	@Test
	void aBlankCommentIsNoComment() {
		assertThat(CommentMask.present(null)).isFalse();
		assertThat(CommentMask.present(" \t\u200F ")).isFalse();
		assertThat(CommentMask.present("-")).isTrue();
	}

}
