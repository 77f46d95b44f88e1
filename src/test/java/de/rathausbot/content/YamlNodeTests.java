package de.rathausbot.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A problem in a content file names the item's field it is in, wherever below the field
 * it was found, so the workspace can mark that field.
 */
class YamlNodeTests {

	private static final String FILE = String.join("\n", "services:", "  - id: reisepass", "    name: Reisepass",
			"    fees:", "      - amount: siebzig", "");

	@Test
	void aProblemDeepInAFieldNamesThePathToIt() {
		YamlNode service = YamlNode.parse("knowledge/services.yml", FILE).items("services").get(0);

		ContentException amount = service.items("fees").get(0).require("amount").error("not an amount");

		assertThat(amount.field()).contains("fees.0.amount");
		assertThat(amount.line()).isEqualTo(5);
		assertThat(service.require("name").error("too short").field()).contains("name");
	}

	@Test
	void aMissingFieldIsNamedAndAProblemOfTheWholeFileNamesNone() {
		YamlNode root = YamlNode.parse("knowledge/services.yml", FILE);
		YamlNode service = root.items("services").get(0);

		assertThatThrownBy(() -> service.require("summary"))
			.isInstanceOfSatisfying(ContentException.class, missing -> assertThat(missing.field()).contains("summary"))
			.hasMessage("knowledge/services.yml:2: missing field 'summary'");
		assertThat(root.error("no services").field()).isEmpty();
		assertThat(service.error("duplicate id").field()).isEmpty();
	}

}
