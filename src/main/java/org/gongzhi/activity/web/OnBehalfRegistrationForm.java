package org.gongzhi.activity.web;

import jakarta.validation.constraints.Size;

import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfFields;

/**
 * Registering (or cancelling) a resident without a phone for an event (代办报名), on the page and in the API: who
 * the resident is (name and address) and how they agreed. Anything else a request sends is ignored: the registrant
 * is only ever the matched resident and the helper only ever the signed-in account.
 */
public record OnBehalfRegistrationForm(@Size(max = 50) String residentName, String building, String unit,
        @Size(max = 10) String room, String consent, @Size(max = OnBehalf.MAX_NOTE) String consentNote)
        implements OnBehalfFields {

    static OnBehalfRegistrationForm empty() {
        return new OnBehalfRegistrationForm(null, null, null, null, null, null);
    }
}
