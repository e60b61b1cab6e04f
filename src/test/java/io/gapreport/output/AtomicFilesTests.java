package io.gapreport.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class AtomicFilesTests {

	@TempDir
	Path folder;

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path target = this.folder.resolve("a/b/report.pdf");
		AtomicFiles.write(target, (out) -> out.write("first".getBytes()));
		assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, (out) -> {
			out.write("half".getBytes());
			throw new IOException("disk full");
		}));
		assertThat(Files.readString(target)).isEqualTo("first");
		assertThat(Files.list(target.getParent())).containsExactly(target);
	}

}
