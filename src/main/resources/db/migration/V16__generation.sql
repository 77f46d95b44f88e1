-- What the city's language model made of a question when it was asked (rathausbot.llm.*):
-- GENERATED, or why its answer was not shown (REJECTED: the fact not in the sources, FAILED, …).
ALTER TABLE conversation_message ADD COLUMN generation VARCHAR(300);
