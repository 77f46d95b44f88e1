package de.rathausbot.dialogue.answers;

/** What about a service, contact or event a citizen asks for. */
enum Attribute {

	FEE, DOCUMENTS, STEPS, DEADLINE, VALIDITY, PROCESSING_TIME, ONLINE, WHERE, RESPONSIBLE, HOURS, ADDRESS, PHONE, FAX,
	EMAIL, WEBSITE, PERSON, DATE, TIME, PLACE

}
