package io.gapreport.system;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (a stack trace after a blank line) with control characters
 * in the exceptions' messages escaped ({@link ConsoleText}); its lines and tabs are kept.
 */
public final class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return ConsoleText.escape(super.throwableProxyToString(proxy));
	}

}
