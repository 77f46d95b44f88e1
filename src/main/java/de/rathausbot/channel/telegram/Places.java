package de.rathausbot.channel.telegram;

import java.util.List;
import java.util.Optional;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * One bot for a Landkreis and its Kommunen: the Kommune each chat asks, chosen with
 * {@code /ort} and remembered per chat.
 */
final class Places {

	private final Tenants tenants;

	private final TelegramStore store;

	private final TelegramSender sender;

	Places(Tenants tenants, TelegramStore store, TelegramSender sender) {
		this.tenants = tenants;
		this.store = store;
		this.sender = sender;
	}

	/**
	 * "/ort": the Kommunen to choose from as buttons; "/ort kornwestheim" (or a button)
	 * picks one for this chat, remembered across restarts.
	 */
	void choose(long chat, String asked) {
		Optional<Tenant> chosen = this.tenants.all()
			.stream()
			.filter(t -> t.id().equalsIgnoreCase(asked) || t.name().equalsIgnoreCase(asked))
			.findFirst();
		if (chosen.isPresent()) {
			this.store.chooseTenant(chat, chosen.get().id());
			this.sender.send(SendMessage.builder()
				.chatId(chat)
				.text("Sie fragen jetzt: " + chosen.get().name() + ". Mit /ort wählen Sie einen anderen Ort.")
				.build());
			return;
		}
		Tenant current = of(chat);
		List<List<InlineKeyboardButton>> rows = this.tenants.parentsFirst()
			.stream()
			.map(t -> List.of(InlineKeyboardButton.builder().text(t.name()).callbackData("o:" + t.id()).build()))
			.toList();
		this.sender.send(SendMessage.builder()
			.chatId(chat)
			.text("Sie fragen gerade: " + current.name() + ". Für welchen Ort möchten Sie fragen?")
			.replyMarkup(
					InlineKeyboardMarkup.builder().keyboard(rows.stream().map(InlineKeyboardRow::new).toList()).build())
			.build());
	}

	/** The Kommune the chat picked with /ort, else the installation's default. */
	Tenant of(long chat) {
		return this.store.tenant(chat).flatMap(this.tenants::find).orElse(this.tenants.defaultTenant());
	}

}
