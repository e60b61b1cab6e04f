package io.gapreport.system;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A process that waited longer than the job database's lock timeout for another
 * gap-report process to finish migrating it (see {@code JobDatabaseMigration}): an outage
 * of the job database for this process, not a fault of its settings.
 */
public final class MigrationWaitException extends DataAccessResourceFailureException {

	private static final long serialVersionUID = 1L;

	/** The wait that {@code cause}, the database's lock timeout, ended. */
	public MigrationWaitException(Throwable cause) {
		super("waited too long for another gap-report process to migrate the job database", cause);
	}

}
