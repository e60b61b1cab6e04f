package io.gapreport.run;

/**
 * Who holds the run lock or a mail claim: {@code pid@host}. A holder on this host whose
 * process has ended is known to be dead at once, so neither the next run nor a claimed
 * copy waits for a lease or a timeout to run out.
 */
public final class Owners {

	private Owners() {
	}

	/** This process: {@code pid@host}. */
	public static String current() {
		return Worker.current().toString();
	}

	/**
	 * Whether {@code holder} ({@code pid@host}) is a process of the same host as
	 * {@code self} that has ended.
	 */
	public static boolean isDeadOnThisHost(String holder, String self) {
		int at = holder.indexOf('@');
		String ownHost = self.substring(self.indexOf('@') + 1);
		if (at < 0 || !holder.substring(at + 1).equals(ownHost)) {
			return false;
		}
		try {
			long pid = Long.parseLong(holder.substring(0, at));
			return ProcessHandle.of(pid).map((process) -> !process.isAlive()).orElse(true);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
