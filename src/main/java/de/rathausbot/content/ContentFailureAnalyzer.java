package de.rathausbot.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a broken content file at start-up into a short message naming file, line and
 * problem, instead of a stack trace.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis("A content file is broken: " + cause.getMessage(),
				"Fix the file at the named line and start again. The file formats are described in README.md.", cause);
	}

}
