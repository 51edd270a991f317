package org.defendersdays.conference.domain.travel;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * How the organisers reach a participant while they travel: a phone number and an emergency contact
 * (a name and a number, in the person's words). Sensitive: stored sealed, shown to conference admins
 * on an audited read only.
 */
public record TravelContact(String phone, String emergencyContact) implements ValueObject {

    public static final int MAX_EMERGENCY = 300;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
    private static final String SEPARATOR = "\u001f";

    public TravelContact {
        phone = phone == null ? "" : phone.strip();
        emergencyContact = emergencyContact == null ? "" : emergencyContact.strip().replaceAll("\\s+", " ");
        if (phone.isEmpty()) {
            throw new TravelRuleViolation("phone", "travel.error.required");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new TravelRuleViolation("phone", "travel.error.phone.format");
        }
        if (emergencyContact.isEmpty()) {
            throw new TravelRuleViolation("emergencyContact", "travel.error.required");
        }
        if (emergencyContact.length() > MAX_EMERGENCY) {
            throw new TravelRuleViolation("emergencyContact", "travel.error.tooLong");
        }
    }

    public String sealable() {
        return String.join(SEPARATOR, "v1", phone, emergencyContact);
    }

    public static TravelContact unsealed(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length != 3 || !parts[0].equals("v1")) {
            throw new IllegalArgumentException("not a sealed travel contact");
        }
        return new TravelContact(parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return "TravelContact[sealed]";
    }
}
