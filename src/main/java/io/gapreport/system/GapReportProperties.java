package io.gapreport.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * gap-report's own settings, under {@code gap-report.*}.
 *
 * @param templates a consultant's templates folder ({@code run --templates DIR}); null
 * for the packaged templates
 */
@ConfigurationProperties("gap-report")
public record GapReportProperties(@Nullable Path templates) {

}
