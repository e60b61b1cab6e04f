package io.gapreport.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnersTests {

	private final String self = Owners.current();

	@Test
	void thisProcessIsAliveWithOrWithoutItsStartTime() {
		assertThat(this.self).matches("\\d+@[^#]+#\\d+");
		assertThat(Owners.isDeadOnThisHost(this.self, this.self)).isFalse();
		assertThat(Owners.isDeadOnThisHost(this.self.substring(0, this.self.indexOf('#')), this.self)).isFalse();
	}

	@Test
	void aHolderWhoseProcessIdNowBelongsToAProcessStartedAtAnotherTimeIsDead() {
		long started = Long.parseLong(this.self.substring(this.self.indexOf('#') + 1));
		String earlier = this.self.substring(0, this.self.indexOf('#')) + "#" + (started - 60_000);
		assertThat(Owners.isDeadOnThisHost(earlier, this.self)).isTrue();
	}

	@Test
	void aHolderOnAnotherHostIsNeverJudgedFromHere() {
		assertThat(Owners.isDeadOnThisHost("999999999@another-host#1", this.self)).isFalse();
		assertThat(Owners.isDeadOnThisHost("999999999" + this.self.substring(this.self.indexOf('@')), this.self))
			.isTrue();
	}

}
