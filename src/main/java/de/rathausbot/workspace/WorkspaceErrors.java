package de.rathausbot.workspace;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests to the workspace API that cannot be read or break a field's rule (Bean
 * Validation on the request records): a problem detail with the readable error and the
 * field, like every other refusal of the workspace. Before the chat API's handler, which
 * answers for every other controller.
 */
@RestControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		FieldError error = ex.getBindingResult().getFieldError();
		if (error == null) {
			return WorkspaceProblem.badRequest("the request is not valid");
		}
		return WorkspaceProblem.invalid(error.getField(), error.getDefaultMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return WorkspaceProblem.badRequest("the body is not the JSON this request takes");
	}

}
