package io.gapreport.run;

import java.util.Optional;

/**
 * Who holds the run lock or a mail claim: {@code pid@host#start}, the process's start
 * time in epoch milliseconds after {@code #} (left out where the system does not tell
 * it). A holder on this host whose process has ended, or whose process id now belongs to
 * a process started at another time (a restarted container's process is pid 1 again), is
 * known to be dead at once, so neither the next run nor a claimed copy waits for a lease
 * or a timeout to run out, and a remote worker never takes a restarted manager for the
 * one that launched its run.
 */
public final class Owners {

	private Owners() {
	}

	/** This process: {@code pid@host#start}. */
	public static String current() {
		String self = Worker.current().toString();
		return ProcessHandle.current()
			.info()
			.startInstant()
			.map((start) -> self + "#" + start.toEpochMilli())
			.orElse(self);
	}

	/**
	 * Whether {@code holder} ({@code pid@host}, with or without {@code #start}) is a
	 * process of the same host as {@code self} that has ended.
	 */
	public static boolean isDeadOnThisHost(String holder, String self) {
		String ownHost = host(self);
		int at = holder.indexOf('@');
		if (at < 0 || !host(holder).equals(ownHost)) {
			return false;
		}
		long pid;
		try {
			pid = Long.parseLong(holder.substring(0, at));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return true;
		}
		int hash = holder.indexOf('#', at);
		if (hash < 0) {
			return false;
		}
		try {
			long started = Long.parseLong(holder.substring(hash + 1));
			return process.get().info().startInstant().map((start) -> start.toEpochMilli() != started).orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String host(String owner) {
		int at = owner.indexOf('@');
		int hash = owner.indexOf('#', at + 1);
		return owner.substring(at + 1, (hash < 0) ? owner.length() : hash);
	}

}
