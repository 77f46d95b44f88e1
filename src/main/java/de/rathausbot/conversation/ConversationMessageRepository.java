package de.rathausbot.conversation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationMessageRepository extends JpaRepository<ConversationMessage, String> {

	List<ConversationMessage> findByConversationIdOrderByCreatedAt(String conversationId);

}
