package io.gapreport.system;

import java.time.Duration;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

/**
 * What every job database connection gets, whatever URL the user gives: a bounded wait
 * for a row that another connection holds (property {@value #LOCK_TIMEOUT}, default
 * {@value #DEFAULT_LOCK_TIMEOUT}: a run paused with its transaction open must not keep
 * the next run waiting without a word; PostgreSQL's {@code lock_timeout}, H2's
 * {@code LOCK_TIMEOUT}), and, on H2, {@code WRITE_DELAY=0}: every commit on disk at once,
 * so that a killed run never forgets a mail it sent.
 */
public final class JobDatabaseSettings implements BeanPostProcessor {

	/** The property that bounds a wait for a locked row. */
	public static final String LOCK_TIMEOUT = "gap-report.lock-timeout";

	/** How long a statement waits for a locked row unless {@value #LOCK_TIMEOUT} says. */
	public static final String DEFAULT_LOCK_TIMEOUT = "60s";

	private final Duration lockTimeout;

	JobDatabaseSettings(Environment environment) {
		this.lockTimeout = DurationStyle.detectAndParse(environment.getProperty(LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			String url = pool.getJdbcUrl();
			if (url.startsWith("jdbc:h2:")) {
				pool.setJdbcUrl(h2(url, this.lockTimeout));
			}
			else if (url.startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
				pool.setConnectionInitSql("SET lock_timeout = " + this.lockTimeout.toMillis());
			}
		}
		return bean;
	}

	/**
	 * An H2 URL with {@code WRITE_DELAY=0} (replacing another delay) and a lock timeout
	 * unless it names one.
	 */
	static String h2(String url, Duration lockTimeout) {
		String upper = url.toUpperCase(Locale.ROOT);
		String settled = url.replaceAll("(?i);WRITE_DELAY=[^;]*", "") + ";WRITE_DELAY=0";
		return upper.contains(";LOCK_TIMEOUT=") ? settled : settled + ";LOCK_TIMEOUT=" + lockTimeout.toMillis();
	}

}
