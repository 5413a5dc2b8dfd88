package org.gongzhi.community.resident;

import org.gongzhi.shared.domain.Labelled;

/**
 * What a resident may ask to have corrected in their own entry. The ID number is not among them: it is corrected
 * at the committee's office, with the card in hand.
 */
public enum CorrectionField implements Labelled {
    NAME, GENDER, BIRTH_DATE, PHONE, RELATION
}
