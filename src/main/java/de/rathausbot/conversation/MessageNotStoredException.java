package de.rathausbot.conversation;

/**
 * A message could not be stored (the database is unreachable): the citizen is told to
 * send it again instead of getting an answer that was never recorded.
 */
public class MessageNotStoredException extends RuntimeException {

	MessageNotStoredException(Throwable cause) {
		super("the message could not be stored just now; please send it again", cause);
	}

}
