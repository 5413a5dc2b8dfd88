package org.gongzhi.privacy;

/**
 * What one module keeps about a person, for their own copy. Each module that stores personal data implements it;
 * the download asks every implementation.
 */
public interface PersonalDataSource {

    PersonalDataSection about(Subject subject);

    /** Whose data: the account, and the resident it is linked to (none for staff without a home here). */
    record Subject(long accountId, Long communityId, Long residentId) {

        public boolean isResident() {
            return communityId != null && residentId != null;
        }
    }
}
