package io.gapreport.cli;

/** Turns an exception into the one line a user reads: the deepest cause's message. */
final class Messages {

	private Messages() {
	}

	static String oneLine(Throwable ex) {
		Throwable cause = ex;
		String message = ex.getMessage();
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		if (message == null || message.isBlank()) {
			message = cause.getClass().getSimpleName();
		}
		return message.lines().findFirst().orElse(message).strip();
	}

}
