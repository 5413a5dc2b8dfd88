package org.gongzhi.pet;

import java.util.List;

/** A dog that breaks one or more of the rules, with what it breaks, for staff's compliance list. */
public record DogFindings(Pet dog, List<ComplianceIssue> issues) {
}
