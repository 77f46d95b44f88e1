package de.rathausbot.conversation;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** The schema and repositories on the embedded default database, H2. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:repositories;DB_CLOSE_DELAY=-1")
class H2ConversationRepositoriesTests extends ConversationRepositoriesTests {

}
