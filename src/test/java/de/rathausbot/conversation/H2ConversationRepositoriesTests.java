package de.rathausbot.conversation;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** The schema and the SQL on the embedded default database, H2. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:repositories;DB_CLOSE_DELAY=-1")
class H2ConversationRepositoriesTests extends ConversationRepositoriesTests {

}
