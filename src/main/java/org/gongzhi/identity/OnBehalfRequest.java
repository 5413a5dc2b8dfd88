package org.gongzhi.identity;

/**
 * Who is helped and how they agreed, as a helper types it: the resident's name and address (building, stairwell
 * unit, room), the consent method and a note (for example "本人口述，女儿在场").
 */
public record OnBehalfRequest(String residentName, Integer building, Integer unit, String room, String consent,
        String consentNote) {
}
