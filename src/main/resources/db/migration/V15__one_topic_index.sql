-- Every query by topic also names the tenant (conversation_message_tenant_topic_idx):
-- one index less to update for every message stored.
DROP INDEX conversation_message_topic_idx;
