package de.rathausbot.knowledge;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A fee with the condition it applies under ("ab 24 Jahren"). An amount of zero means
 * free of charge.
 */
public record Fee(BigDecimal amount, String condition) {

	/** German money format: {@code 37,00 €}. */
	public String formattedAmount() {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(this.amount) + " €";
	}

	public boolean isFree() {
		return this.amount.signum() == 0;
	}

}
