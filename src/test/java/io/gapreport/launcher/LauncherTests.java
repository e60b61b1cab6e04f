package io.gapreport.launcher;

import java.io.DataInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry point, which must load on any Java to say which one is needed. */
class LauncherTests {

	@Test
	void itIsCompiledForJava8SoThatAnOlderJavaCanRunIt() throws Exception {
		try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class");
				DataInputStream data = new DataInputStream(in)) {
			assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
			data.readUnsignedShort();
			// class file version 52 is Java 8
			assertThat(data.readUnsignedShort()).isEqualTo(52);
		}
	}

	@Test
	void theMajorVersionIsReadFromOldAndNewSpecificationVersions() {
		assertThat(Launcher.major("1.8")).isEqualTo(8);
		assertThat(Launcher.major("11")).isEqualTo(11);
		assertThat(Launcher.major("17")).isEqualTo(17);
		assertThat(Launcher.major("25")).isEqualTo(25);
		assertThat(Launcher.major("unknown")).isZero();
	}

	@Test
	void anOlderJavaGetsOneLineNamingBothVersionsAndTheLauncher() {
		assertThat(Launcher.tooOld("17", "/usr/lib/jvm/java-17-openjdk-amd64"))
			.isEqualTo("gap-report: needs Java 21 or newer, found Java 17 (/usr/lib/jvm/java-17-openjdk-amd64): run "
					+ "bin/gap-report, which finds a JDK 21+, or this jar with a Java 21+")
			.doesNotContain("\n");
	}

}
