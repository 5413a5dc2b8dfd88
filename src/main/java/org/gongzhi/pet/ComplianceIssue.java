package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

/** A rule of 上海市养犬管理条例 a household's dog breaks, as {@link PetCompliance} finds it. */
public enum ComplianceIssue implements Labelled {
    MORE_THAN_ONE_DOG, BANNED_BREED, RABIES_OVERDUE, UNREGISTERED, LICENCE_EXPIRED, LICENCE_LAPSED, LATE_REPORT
}
