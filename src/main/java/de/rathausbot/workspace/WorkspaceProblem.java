package de.rathausbot.workspace;

import java.util.Map;

import de.rathausbot.content.ContentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The workspace API's errors as RFC 9457 problem details
 * ({@code application/problem+json}: {@code status}, {@code title}, {@code detail}), with
 * the members every error of the bot has: {@code error}, the readable message, and
 * {@code field} where one field of the request is wrong (the workspace marks it).
 */
public final class WorkspaceProblem {

	private WorkspaceProblem() {
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String error) {
		return of(status, error, Map.of());
	}

	/** With more members, e.g. the regression questions a change breaks. */
	public static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String error, Map<String, Object> members) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error);
		problem.setProperty("error", error);
		members.forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

	/** 400: one field of the request is wrong. */
	public static ResponseEntity<ProblemDetail> invalid(String field, String message) {
		return of(HttpStatus.BAD_REQUEST, field + ": " + message, Map.of("field", field));
	}

	public static ResponseEntity<ProblemDetail> badRequest(String error) {
		return of(HttpStatus.BAD_REQUEST, error);
	}

	public static ResponseEntity<ProblemDetail> notFound(String error) {
		return of(HttpStatus.NOT_FOUND, error);
	}

	public static ResponseEntity<ProblemDetail> conflict(String error) {
		return of(HttpStatus.CONFLICT, error);
	}

	/** 400: the content the change makes is broken, at the field it names. */
	public static ResponseEntity<ProblemDetail> content(ContentException ex) {
		return of(HttpStatus.BAD_REQUEST, ex.getMessage(),
				ex.field().<Map<String, Object>>map(field -> Map.of("field", field)).orElse(Map.of()));
	}

}
