package de.rathausbot.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What is done with the conversations (the fallback's settings under the same prefix are
 * the dialogue's).
 *
 * @param lowConfidence answers below this confidence go to the staff's inbox
 */
@Validated
@ConfigurationProperties("rathausbot.conversation")
record ConversationProperties(@DefaultValue("0.8") double lowConfidence) {
}
