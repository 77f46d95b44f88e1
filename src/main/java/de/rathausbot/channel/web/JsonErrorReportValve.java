package de.rathausbot.channel.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Errors that Tomcat answers itself, before the application sees the request (an address
 * with an encoded backslash, a malformed header, a request line too long): a readable
 * JSON {@code error} like every other error of the API, instead of Tomcat's HTML page
 * with its version. Public because Tomcat creates it by class name.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"error\":\"" + message(status) + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile: nothing to tell
		}
	}

	static String message(int status) {
		return switch (status) {
			case 400 -> "the request is malformed (its address, headers or body cannot be read)";
			case 404 -> "no such address";
			case 405 -> "this address does not take this method";
			case 408 -> "the request took too long to arrive";
			case 413 -> "the request is too large";
			case 414 -> "the address is too long";
			case 431 -> "the request's headers are too large";
			case 505 -> "unsupported HTTP version";
			default -> status >= 500 ? "the server could not answer this request" : "the request was refused";
		};
	}

}
