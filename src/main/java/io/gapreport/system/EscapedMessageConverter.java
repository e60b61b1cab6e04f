package io.gapreport.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %m}, {@code %msg} and {@code %message} with control characters escaped
 * ({@link ConsoleText}): a workbook's text may reach a log line, and must not reach a
 * terminal that shows the log as escape sequences.
 */
public final class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return ConsoleText.escape(super.convert(event));
	}

}
