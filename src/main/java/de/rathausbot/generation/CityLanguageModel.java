package de.rathausbot.generation;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * The city's model behind an OpenAI-compatible chat completions API, through LangChain4j:
 * no retries (a citizen is waiting; the circuit decides when to try again), no request or
 * response logging (they hold the question).
 */
final class CityLanguageModel {

	private final ChatModel chat;

	CityLanguageModel(GenerationProperties settings) {
		this.chat = OpenAiChatModel.builder()
			.baseUrl(settings.baseUrl())
			// local servers (Ollama, vLLM) accept any key
			.apiKey(settings.apiKey().isBlank() ? "none" : settings.apiKey())
			.modelName(settings.model())
			.temperature(settings.temperature())
			.maxTokens(settings.maxTokens())
			.timeout(settings.timeout())
			.maxRetries(0)
			.logRequests(false)
			.logResponses(false)
			.build();
	}

	/** The model's answer to the prompt. */
	String answer(GroundedPrompt prompt) {
		return this.chat.chat(SystemMessage.from(prompt.instructions()), UserMessage.from(prompt.message()))
			.aiMessage()
			.text();
	}

}
