package org.gongzhi.identity;

/**
 * Who is helped and how they agreed, as a helper types it: the resident's name and address (building, stairwell
 * unit, room), the consent method and a note (for example "本人口述，女儿在场").
 */
public record OnBehalfRequest(String residentName, Integer building, Integer unit, String room, String consent,
        String consentNote) {

    /** From a form's text fields: a building or unit that is not a number of up to four digits is left out. */
    public static OnBehalfRequest typed(String residentName, String building, String unit, String room,
            String consent, String consentNote) {
        return new OnBehalfRequest(residentName, number(building), number(unit), room, consent, consentNote);
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
